import BorderOps
import Catalogs
import Words
import Dashboard
import ExactKeys
import Ingest
import Reports
import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// The live dashboard: one thread, one `poll` over the keyboard and the event sources (inotify
/// or stdin), no timer faster than the clock (a wake-up at each new minute). Keys change the UI
/// model; lines change the fold; either redraws.
struct DashboardApp {
    var arguments: [String]
    var themeChoice: String?
    var themesDirectory: String
    var ascii: Bool
    var colour: Bool
    var forcePolling: Bool
    var language: Language
    var zone: PostZone
    /// Who appends (`by`) and where; nil: input off (`--read-only`).
    var writer: (operatorID: String, file: String)?
    /// The checklist template `c` starts for an operation.
    var operationTemplate: ChecklistTemplate?
    /// A demo replaying a scenario into the file this dashboard follows.
    var demo: DemoReplay?
    var alertSettings = AlertSettings()
    /// Ring the terminal bell once for each new unacknowledged critical alert.
    var bell = false
    /// Directory sources take in their subfolders (a headquarters' tree).
    var recursive = false
    /// The posts file's posts, and the silence after which a post is stale on the posts pane.
    var postDirectory: [PostInfo] = []
    var staleMinutes: Int64 = 15

    func run() throws {
        var sources = EventSources(arguments: demo.map { [$0.file] } ?? arguments, recursive: recursive)
        sources.startFollowing(forcePolling: forcePolling)
        var fold = EventFold(problems: ProblemLog(limit: 10_000, keeping: .newest))
        var demoGeneration = demo?.generation ?? 0
        var model = DashboardModel(language: language)
        let (catalog, startTheme) = ThemeCatalog.load(directory: themesDirectory, chosen: themeChoice)
        model.themeIndex = startTheme

        let terminal = try CursesTerminal(colour: colour)
        defer {
            terminal.close()
            // Also on the normal screen once the dashboard is gone.
            for problem in catalog.problems { printError("borderdesk: theme: \(problem)") }
        }
        let useASCII = ascii || !terminal.utf8
        terminal.use(colour ? catalog.themes[model.themeIndex] : .mono)
        var themeShown = model.themeIndex

        var states: [String: SourceState] = [:]
        var health = SourceHealthTracker()
        func ingest() -> Bool {
            var changed = false
            let notices = sources.readAvailable { path, line in
                fold.ingest(line, from: path)
                changed = true
            }
            for notice in notices { states[notice.path] = notice.kind.stateAfter }
            return changed || !notices.isEmpty
        }

        // A broken theme file is named (file, line, key) until the first key; the default is used.
        var notice: String? = catalog.problems.first.map { "theme: \($0)" }
        func input(now: Timestamp, _ fold: EventFold) -> DashboardInput {
            var list = states.map { SourceStatus(path: $0.key, state: SourceStateMapping.status($0.value)) }
            list.sort { $0.path < $1.path }
            var frame = DashboardInput(fold: fold, sources: list, now: now, zone: zone)
            frame.postDirectory = postDirectory
            frame.staleMinutes = staleMinutes
            // A demo judges time rules by the scenario's clock, not today's.
            let alertsNow = demo?.scenarioTime ?? now
            health.observe(problems: states.mapValues { $0.readProblem }, malformed: fold.malformedBySource, now: now)
            frame.alerts = AlertRules.evaluate(fold.state, sources: health.all, now: alertsNow, settings: alertSettings)
            frame.notice = notice
            frame.caption = demo?.caption(model.language)
            frame.writer = writer
            return frame
        }

        // Operator input: an intent becomes an event appended to the write file; the screen
        // changes only when the follower reads it back. A failure is said in plain words and
        // the intent kept for `r`.
        var failed: OperatorIntent?
        func perform(_ intent: OperatorIntent) -> String? {
            guard let writer else { return UIText.readOnlyInput.text(model.language) }
            do {
                let appended = try EventWriter.append(EventWriter.event(type: intent.type, post: intent.post, by: writer.operatorID, fields: intent.fields), to: writer.file)
                // Written: never kept for `r`, even when the disk did not confirm it.
                failed = nil
                return appended.notConfirmed.map { "\(UIText.savedUnconfirmed.text(model.language)): \(intent.summary): \($0)" }
            } catch {
                failed = intent
                return "\(UIText.appendFailed.text(model.language)): \(intent.summary): \(error) · \(UIText.retryHint.text(model.language))"
            }
        }

        func writeReport(_ frame: DashboardInput, _ model: DashboardModel) -> String {
            let language = model.language
            guard let writer else { return UIText.readOnlyInput.text(language) }
            let ids = DashboardView.rowIDs(model.focus, input: frame, model: model)
            guard !ids.isEmpty else { return UIText.nothingToReport.text(language) }
            let id = ids[model.selectedIndex(model.focus, ids: ids)]
            let state = frame.state
            let post = model.focus == .operations ? state.operations[id]?.post : state.meetings[id]?.post
            let context = ReportContext(language: language, post: post, postZones: PostDirectory.zones(postDirectory),
                                        generated: (try? ReportCommand.Common.generationTime()) ?? LocalClock.now())
            do {
                let doc = model.focus == .operations
                    ? try OperationReport.build(state, op: id, context: context)
                    : try MeetingReport.build(state, meeting: id, context: context)
                let slash = writer.file.lastIndex(of: "/")
                let folder = slash.map { String(writer.file[..<$0]) } ?? "."
                let path = "\(folder)/\(ReportFileName.dashboard(model.focus == .operations ? .operation : .meeting, id: id, language: language))"
                // The same report written again (after more events) replaces the earlier one, and says so.
                let replaced = try ReportFile.save(HTMLRenderer.render(doc), to: path)
                return "\((replaced ? UIText.reportReplaced : UIText.reportWritten).text(language)): \(path)"
            } catch {
                return "\(UIText.appendFailed.text(language)): \(error)"
            }
        }

        func operatorTarget(_ frame: DashboardInput, _ model: DashboardModel) -> OperatorKeys.Target? {
            let ids = DashboardView.rowIDs(.operations, input: frame, model: model)
            guard !ids.isEmpty else { return nil }
            let id = ids[model.selectedIndex(.operations, ids: ids)]
            guard let op = frame.state.operations[id] else { return nil }
            let checklist = frame.state.checklists.values.first { $0.op.map { ExactKey.bytesEqual($0, op.id) } ?? false }
            return OperatorKeys.Target(operation: op, checklist: checklist, template: operationTemplate, readOnly: writer == nil)
        }

        // Catch up on the history with both cores, showing progress when it takes a while.
        let total = sources.totalFileBytes
        let started = LocalClock.now()
        var lastProgress = Int64(0)
        let finish = PipelinedFold.read(sources, decodePath: .automatic, into: &fold) { done, partial in
            let now = LocalClock.now()
            let elapsedMs = started.milliseconds(until: now)
            guard elapsedMs > 150, elapsedMs - lastProgress >= 250 else { return }
            lastProgress = elapsedMs
            // Every 250 ms: q, Ctrl-C or a signal quits even before the history is read.
            let signals = terminal.handleSignals()
            let keys = terminal.readKeys()
            if signals.quit || keys.contains(.character("q")) || keys.contains(.control("c")) || terminal.hungUp {
                terminal.close()
                exit(0)
            }
            var frame = input(now: now, partial)
            frame.progress = (done, total)
            let (width, height) = terminal.size
            terminal.draw(DashboardView.render(frame, model: model, width: width, height: height, ascii: useASCII))
        }
        for notice in finish.notices { states[notice.path] = notice.kind.stateAfter }
        var minuteShown = Int64.min
        var rang = AlertBell()
        // The next instant a time rule changes its answer: the loop wakes and redraws then.
        var alertChange: Timestamp?
        var dirty = true
        while !model.quit {
            let now = LocalClock.now()
            if now.epochSeconds / 60 != minuteShown { dirty = true }
            if let change = alertChange, !(now < change) { dirty = true }
            if model.themeIndex != themeShown {
                terminal.use(colour ? catalog.themes[model.themeIndex % catalog.themes.count] : .mono)
                themeShown = model.themeIndex
                dirty = true
            }
            if dirty {
                let (width, height) = terminal.size
                let frame = input(now: now, fold)
                terminal.draw(DashboardView.render(frame, model: model, width: width, height: height, ascii: useASCII))
                if bell && rang.ring(frame.alerts) { terminal.bell() }
                // Every change of the state or a passed instant makes a frame: only then can
                // the next instant a time rule changes move.
                alertChange = demo == nil ? AlertRules.nextChange(fold.state, now: now, settings: alertSettings) : nil
                minuteShown = now.epochSeconds / 60
                dirty = false
            }
            // Sleep until a key, a source change, the demo's next event, the next minute, or the
            // instant a time rule changes (a departure warning begins).
            var timeout = Int32((60 - now.epochSeconds % 60) * 1000)
            if let change = alertChange {
                let ms = min(max(0, now.milliseconds(until: change)), 60_000)
                timeout = min(timeout, Int32(ms + 1))
            }
            if let due = demo?.msUntilNext() { timeout = min(timeout, due) }
            let woke = sources.wait(timeoutMs: timeout, alsoWatching: [terminal.inputDescriptor, terminal.resizeDescriptor])
            if let demo {
                do {
                    if try demo.tick() > 0 || demo.finished { dirty = true }
                } catch {
                    notice = "demo: \(error)"
                }
            }
            if woke.sources || sources.pollingIntervalMs != nil || sources.standardInputOpen {
                if ingest() { dirty = true }
            }
            if woke.ready.contains(terminal.resizeDescriptor) {
                let signals = terminal.handleSignals()
                if signals.quit { break }
                if signals.resized { dirty = true }
            }
            let keys = terminal.readKeys()
            defer {
                // A restarted demo writes a new file: follow it from scratch.
                if let demo, demo.generation != demoGeneration {
                    demoGeneration = demo.generation
                    sources = EventSources(arguments: [demo.file])
                    sources.startFollowing(forcePolling: forcePolling)
                    fold = EventFold(problems: ProblemLog(limit: 10_000, keeping: .newest))
                    states = [:]
                    _ = ingest()
                    dirty = true
                }
            }
            if keys.isEmpty {
                if woke.ready.contains(terminal.inputDescriptor) && terminal.hungUp { break }
                continue
            }
            notice = nil
            let frame = input(now: LocalClock.now(), fold)
            let (width, height) = terminal.size
            let layout = DashboardView.layout(frame, model: model, width: width, height: height)
            for key in keys {
                // Demo keys: Space pauses, n jumps to the next stage, +/- speed, r restarts.
                if let demo, model.operatorMode == .browsing, !model.editingFilter, model.overlay == nil,
                   [.character(" "), .character("n"), .character("+"), .character("-"), .character("r")].contains(key) {
                    switch key {
                    case .character(" "): demo.togglePause()
                    case .character("n"): do { try demo.skipToNextStage() } catch { notice = "demo: \(error)" }
                    case .character("+"): demo.faster()
                    case .character("-"): demo.slower()
                    default: do { try demo.restart() } catch { notice = "demo: \(error.message)" }
                    }
                    continue
                }
                // A failed append is kept: r sends it again.
                if key == .character("r"), let intent = failed, model.operatorMode == .browsing, !model.editingFilter, model.overlay == nil {
                    notice = perform(intent)
                    continue
                }
                // P: the focused operation's or meeting's report, written next to the event files.
                if key == .character("P"), model.overlay == nil, !model.editingFilter, model.operatorMode == .browsing,
                   model.focus == .operations || model.focus == .timpora {
                    notice = writeReport(frame, model)
                    continue
                }
                if model.overlay == .alerts {
                    let post = frame.alerts.first?.post ?? DashboardView.posts(frame).first ?? "borderdesk"
                    switch AlertKeys.handle(key, model: &model, alerts: frame.alerts, fallbackPost: post, readOnly: writer == nil) {
                    case .handled: continue
                    case .notice(let text): notice = text; continue
                    case .append(let intent): notice = perform(intent); continue
                    case .notHandled: break
                    }
                }
                if model.focus == .operations, model.detail == .operations, model.overlay == nil, !model.editingFilter,
                   let target = operatorTarget(frame, model) {
                    switch OperatorKeys.handle(key, model: &model, target: target) {
                    case .handled: continue
                    case .notice(let text): notice = text; continue
                    case .append(let intent): notice = perform(intent); continue
                    case .notHandled: break
                    }
                }
                switch key {
                case .resize: break
                case .click(let x, let y):
                    model.focus(at: (x, y), panes: layout.panes.map { ($0.pane, $0.rect) })
                default:
                    let current = model
                    model.update(key, rows: { DashboardView.rowIDs($0, input: frame, model: current) },
                                 pageSize: max(1, height / 3), themes: catalog.themes.count,
                                 overlayRows: DashboardView.overlayRows(current.overlay, input: frame), posts: DashboardView.posts(frame))
                }
            }
            dirty = true
        }
    }
}

/// The reader's source states as the dashboard names them.
enum SourceStateMapping {
    static func status(_ state: SourceState) -> SourceStatus.State {
        switch state {
        case .following: return .following
        case .rotated: return .rotated
        case .truncated: return .truncated
        case .deleted: return .deleted
        case .missing: return .missing
        case .ended: return .ended
        case .error(let message): return .error(message)
        case .notFollowed(let reason): return .notFollowed(reason)
        }
    }
}
