import BorderOps
import ExactKeys
import JSON
import Words

extension Loop {
    /// Does one command of the key table: the demo's and the report become effects, the
    /// operation's and the alerts list's go to `OperatorKeys` and `AlertKeys`, the rest change
    /// the UI model.
    static func perform(_ command: KeyCommand, key: Key, context: KeyContext, _ model: inout LoopModel, _ env: LoopEnvironment,
                        input: DashboardInput, size: (width: Int, height: Int)) -> [Effect] {
        switch command {
        case .demoPause: return [.demo(.pause)]
        case .demoNextStage: return [.demo(.nextStage)]
        case .demoFaster: return [.demo(.faster)]
        case .demoSlower: return [.demo(.slower)]
        case .demoRestart: return [.demo(.restart)]
        case .retry:
            guard let intent = model.failed else { return [] }
            return append([intent], &model, env)
        case .report:
            return report(&model, env, input: input)
        default: break
        }
        if command == .acknowledgeRule {
            return acknowledgeRule(&model, env, input: input)
        }
        if let (effects, notice) = DetailKeys.perform(command, model: &model.ui, input: input, size: size) {
            model.notice = notice
            return effects
        }
        if let (result, zone) = VoidKeys.perform(command, key: key, model: &model.ui, input: input) {
            // A voyage's void waits for its every check, read from the files.
            if case .voiding(let form) = model.ui.operatorMode, form.checksPending, case .voyage(let id, _) = form.item, command == .voidItem {
                return outcome(result, &model, env, zone: zone) + [.readChecks(voyage: id)]
            }
            return outcome(result, &model, env, zone: zone)
        }
        if let (result, zone) = CorrectionKeys.perform(command, model: &model.ui, input: input) {
            return outcome(result, &model, env, zone: zone)
        }
        if let (result, zone) = FormKeys.perform(command, key: key, model: &model.ui, input: input, newID: env.newID,
                                                  meetingTemplate: env.meetingTemplate) {
            return outcome(result, &model, env, zone: zone)
        }
        if let (result, zone) = MeetingKeys.perform(command, key: key, model: &model.ui, input: input, newID: env.newID) {
            return outcome(result, &model, env, zone: zone)
        }
        if let (result, zone) = CloseVoyageKeys.perform(command, key: key, model: &model.ui, input: input) {
            return outcome(result, &model, env, zone: zone)
        }
        if context.scopes.contains(.gate) || command == .gateMode, let voyage = input.openVoyage(model.ui) {
            let result = GateKeys.perform(command, key: key, model: &model.ui, voyage: voyage, state: input.state)
            let zone = ViewContext(input: input, model: model.ui).zone(of: voyage.post)
            if result != .notHandled { return outcome(result, &model, env, zone: zone) }
        }
        if command == .acknowledge || (context.scopes.contains(.editor) && model.ui.operatorMode.isAcknowledging) {
            let post = input.alerts.first?.post ?? DashboardView.posts(input).first ?? "borderdesk"
            let result = AlertKeys.perform(command, key: key, model: &model.ui, alerts: AlertsList.ordered(input.alerts), fallbackPost: post)
            return outcome(result, &model, env)
        }
        if context.scopes.contains(where: OperatorKeys.scopes.contains), let open = OperatorKeys.openOperation(input, model.ui) {
            let target = OperatorKeys.Target(operation: open.operation, checklist: open.checklist,
                                             template: env.operationTemplate, readOnly: env.writer == nil)
            let result = OperatorKeys.perform(command, key: key, model: &model.ui, target: target)
            if result != .notHandled { return outcome(result, &model, env) }
        }
        let before = model.ui.themeIndex
        let current = model.ui
        model.ui.apply(command, key: key, context: context, rows: { DashboardView.rowIDs($0, input: input, model: current) },
                       pageSize: max(1, size.height / 3), themes: env.themeCount,
                       overlayRows: DashboardView.overlayRows(current.overlay, input: input, model: current, size: size), posts: DashboardView.posts(input),
                       meetingRows: input.openMeeting(current).map { MeetingRow.rows($0, state: input.state).map(\.key) } ?? [])
        var effects: [Effect] = []
        if model.ui.themeIndex != before {
            effects.append(.useTheme(model.ui.themeIndex))
            let index = model.ui.themeIndex
            let name = env.themeNames.indices.contains(index) ? env.themeNames[index] : "\(index + 1)/\(env.themeCount)"
            model.notice = "\(Word.themeInUse.text(model.ui.language)): \(name)"
        }
        if model.ui.quit { effects.append(.quit) }
        return effects
    }

    /// `A` in the alerts list: an `alert.ack` for every unacknowledged alert of the selected
    /// alert's rule (46 overdue actions in one key, not 92).
    static func acknowledgeRule(_ model: inout LoopModel, _ env: LoopEnvironment, input: DashboardInput) -> [Effect] {
        let alerts = AlertsList.ordered(input.alerts)
        guard !alerts.isEmpty else { return [] }
        let rule = alerts[min(model.ui.overlaySelection, alerts.count - 1)].rule
        let fallback = DashboardView.posts(input).first ?? "borderdesk"
        let open = alerts.filter { $0.rule == rule && !$0.acknowledged }
        guard !open.isEmpty else {
            model.notice = Word.allAcknowledged.text(model.ui.language)
            return []
        }
        // One batch: every ack or none (`EventWriter.append(batch:)`).
        return append(open.map { OperatorIntent(type: .alertAck, post: $0.post ?? fallback, fields: [JSONMember("alert", .string($0.id))]) }, &model, env)
    }

    /// `zone`: the post's, for the event's time (nil: the clock's offset).
    static func outcome(_ result: OperatorKeys.Result, _ model: inout LoopModel, _ env: LoopEnvironment, zone: PostZone? = nil) -> [Effect] {
        switch result {
        case .handled, .notHandled: return []
        case .notice(let text):
            model.notice = text
            return []
        case .append(let intent): return append([intent], &model, env, zone: zone)
        case .appendAll(let intents): return append(intents, &model, env, zone: zone)
        case .submit(let submission):
            let effects = append(submission.intents, &model, env, zone: zone)
            if !effects.isEmpty { model.submitted = submission }
            return effects
        }
    }

    /// The intents with their envelopes, one batch: a new id each and now, from the
    /// environment; `zone`: the offset the time is written with (`+08:00` at a WITA post,
    /// whatever the host's).
    static func append(_ intents: [OperatorIntent], _ model: inout LoopModel, _ env: LoopEnvironment, zone: PostZone? = nil) -> [Effect] {
        guard let writer = env.writer else {
            model.notice = Word.readOnlyInput.text(model.ui.language)
            return []
        }
        var now = env.now()
        if let zone { now.offsetSeconds = zone.offsetSeconds }
        return [.append(AppendRequest(intents: intents, ids: intents.map { env.newID($0.post) }, at: now, by: writer.operatorID, file: writer.file))]
    }

    /// `P`: the focused operation's or meeting's report, next to the event files.
    static func report(_ model: inout LoopModel, _ env: LoopEnvironment, input: DashboardInput) -> [Effect] {
        let ui = model.ui
        guard let writer = env.writer else {
            model.notice = Word.readOnlyInput.text(ui.language)
            return []
        }
        let ids = DashboardView.rowIDs(ui.focus, input: input, model: ui)
        guard !ids.isEmpty else {
            model.notice = Word.nothingToReport.text(ui.language)
            return []
        }
        let id = ids[ui.selectedIndex(ui.focus, ids: ids)]
        let operation = ui.focus == .operations
        let post = operation ? input.state.operations[id]?.post : input.state.meetings[id]?.post
        return [.writeReport(ReportRequest(kind: operation ? .operation : .meeting, id: id, post: post, language: ui.language, nextTo: writer.file))]
    }
}

extension OperatorMode {
    var isAcknowledging: Bool {
        if case .acknowledging = self { return true }
        return false
    }
}
