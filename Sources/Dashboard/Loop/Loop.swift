import BorderOps
import Words

/// The dashboard's one decision point: `update(&model, message)` changes the model and returns
/// the effects to perform. Pure: the clock and ids come from the environment, the event data
/// from the frame (`data`, read only when a message needs it), the size from the screen.
public enum Loop {
    public static func update(_ model: inout LoopModel, _ message: Message, _ env: LoopEnvironment,
                              data: () -> DashboardInput, size: (width: Int, height: Int)) -> [Effect] {
        switch message {
        case .key(let key):
            return press(key, &model, env, data: data, size: size)
        case .sourcesChanged:
            model.needsFrame = true
            openIfRead(&model, input: model.frame(data(), demo: env.demo))
        case .resized, .demoAdvanced, .previewGrew:
            model.needsFrame = true
        case .tick(let now):
            if now.epochSeconds / 60 != model.minuteShown { model.needsFrame = true }
            if let change = model.alertChange, !(now < change) { model.needsFrame = true }
        case .quitRequested:
            model.ui.quit = true
            return [.quit]
        case .catchUpProgress(let done, let total):
            model.progress = LoopModel.CatchUp(done: done, total: total)
            model.needsFrame = true
        case .caughtUp:
            model.progress = nil
            model.needsFrame = true
            let typed = model.typedAhead
            model.typedAhead = []
            return typed.isEmpty ? [] : [.press(typed)]
        case .appended(let intent, let outcome):
            let language = model.ui.language
            let t = { (key: Word) in key.text(language) }
            let submitted = model.submitted
            model.submitted = nil
            switch outcome {
            case .written(let unconfirmed):
                // Written: never kept for `r`, even when the disk did not confirm it.
                model.failed = nil
                model.notice = unconfirmed.map { "\(t(.savedUnconfirmed)): \(intent.summary): \($0)" }
                if let submitted { model.notice = FormKeys.savedLine(submitted, file: env.writer?.file, language: language) + (model.notice.map { " · \($0)" } ?? "") }
            case .failed(let reason) where submitted != nil:
                // The form comes back as it was sent: nothing typed is lost.
                model.ui.operatorMode = .form(submitted!.form)
                model.ui.openWhenRead = nil
                model.notice = "\(t(.appendFailed)): \(reason)"
            case .failed(let reason):
                model.failed = intent
                model.notice = "\(t(.appendFailed)): \(intent.summary): \(reason) · \(t(.retryHint))"
            }
            model.needsFrame = true
        case .reportWritten(let path, let replaced):
            // The same report written again (after more events) replaces the earlier one, and says so.
            model.notice = "\((replaced ? Word.reportReplaced : Word.reportWritten).text(model.ui.language)): \(path)"
            model.needsFrame = true
        case .lineRead(let line):
            model.detailLine = line
            model.needsFrame = true
        case .checksRead(let checks):
            model.detailChecks = checks
            // A voyage's void waiting for its checks has them now.
            if case .voiding(let form) = model.ui.operatorMode, form.checksPending {
                model.ui.operatorMode = .voiding(OpeningVoid.withChecks(form, read: checks, state: data().state))
            }
            model.needsFrame = true
        case .reportFailed(let reason):
            model.notice = "\(Word.appendFailed.text(model.ui.language)): \(reason)"
            model.needsFrame = true
        case .demoFailed(let reason):
            model.notice = "demo: \(reason)"
            model.needsFrame = true
        case .checkpointFailed(let sentence):
            model.notice = sentence
            model.needsFrame = true
        case .checkpointRefused(let why):
            if model.startNotice == nil { model.startNotice = why }
            model.needsFrame = true
        case .frameDrawn(let now, let alerts, let next):
            model.needsFrame = false
            guard model.progress == nil else { return [] }
            model.minuteShown = now.epochSeconds / 60
            model.alertChange = next
            if model.rang.ring(alerts) && env.bell { return [.bell] }
        }
        return []
    }

    /// A new item waiting to be read back (a meeting just opened from `3 N`) is opened in
    /// detail once its pane lists it, unless the officer has gone on to something else.
    static func openIfRead(_ model: inout LoopModel, input: DashboardInput) {
        guard let pending = model.ui.openWhenRead,
              DashboardView.rowIDs(pending.pane, input: input, model: model.ui).contains(pending.id) else { return }
        model.ui.openWhenRead = nil
        guard model.ui.operatorMode == .browsing, model.ui.overlay == nil, model.ui.focus == pending.pane else { return }
        model.ui.selectedIDs[pending.pane] = pending.id
        model.ui.detail = pending.pane
        model.ui.meetingRow = RowSelection()
    }

    /// One key: looked up in the key table for the context it is pressed in, then done.
    static func press(_ key: Key, _ model: inout LoopModel, _ env: LoopEnvironment,
                      data: () -> DashboardInput, size: (width: Int, height: Int)) -> [Effect] {
        // While the history is read quitting works at once; other keys wait for it (`typedAhead`),
        // and so does `q` once anything is typed ahead: it may be a filter's letter (`/quota`).
        if model.progress != nil {
            if case .click = key { return [] }
            let command = KeyContext(scopes: [.catchUp], canWrite: false).lookup(key)
            if command == .command(.quit) && (model.typedAhead.isEmpty || key == .control("c")) {
                model.ui.quit = true
                return [.quit]
            }
            if model.typedAhead.count < LoopModel.typedAheadLimit { model.typedAhead.append(key) }
            return []
        }
        model.notice = nil
        let startNotice = model.startNotice
        model.startNotice = nil
        model.needsFrame = true
        let input = model.frame(data(), demo: env.demo)
        if case .click(let x, let y) = key {
            click(at: (x, y), &model, input: input, size: size)
            return []
        }
        // Gate mode ends when its voyage is no longer the one open (a click moved away).
        if case .gate(let entry) = model.ui.operatorMode, input.openVoyage(model.ui)?.id != entry.voyage { model.ui.operatorMode = .browsing }
        let context = KeyContext.of(model.ui, input: input)
        switch context.lookup(key) {
        case .none: return []
        case .refused:
            model.notice = Word.readOnlyInput.text(model.ui.language)
            return []
        case .command(let command):
            if command == .toggleLanguage { model.startNotice = startNotice }
            return perform(command, key: key, context: context, &model, env, input: input, size: size)
        }
    }
}
