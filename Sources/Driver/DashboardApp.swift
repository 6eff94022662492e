import BorderOps
import Catalogs
import Words
import Dashboard
import Demo
import ExactKeys
import Ingest
import Reports
import EventLog

/// The live dashboard's settings and its driver: one thread, one `poll` over the keyboard and
/// the event sources (inotify or stdin), no timer faster than the clock (a wake-up at each new
/// minute or alert instant). What arrives becomes messages for `Loop.update` (through
/// `LoopRunner`); the effects it returns are performed by `DashboardEffects`.
public struct DashboardApp {
    public var arguments: [String]
    public var themeChoice: String?
    public var themesDirectory: String
    public var ascii: Bool
    public var colour: Bool
    public var forcePolling: Bool
    public var language: Language
    public var zone: PostZone
    /// Who appends (`by`) and where; nil: input off (`--read-only`).
    public var writer: (operatorID: String, file: String)?
    /// The checklist template `c` starts for an operation.
    public var operationTemplate: ChecklistTemplate?
    /// The run-of-show template the new-meeting form offers.
    public var meetingTemplate: ChecklistTemplate?
    /// A demo replaying a scenario into the file this dashboard follows.
    public var demo: DemoReplay?
    public var alertSettings = AlertSettings()
    /// Ring the terminal bell once for each new unacknowledged critical alert.
    public var bell = false
    /// Directory sources take in their subfolders (a headquarters' tree).
    public var recursive = false
    /// The posts file's posts, and the silence after which a post is stale on the posts pane.
    public var postDirectory: [PostInfo] = []
    public var staleMinutes: Int64 = 15
    /// Start from the sources' checkpoint and keep it (docs/checkpoints.md); off with `--no-checkpoint`.
    public var checkpoints = true
    /// Where the checkpoints are kept: nil for the user's cache folder (`CheckpointStore`); tests
    /// name their own.
    public var checkpointFolder: String?
    /// The rows the panes list at the start (`h` switches): what is open and today's, or, on the
    /// bundled sample data and in a demo (a past day replayed), every row.
    public var rowScope: RowScope = .working

    public init(arguments: [String], themeChoice: String?, themesDirectory: String, ascii: Bool, colour: Bool, forcePolling: Bool,
                language: Language, zone: PostZone, writer: (operatorID: String, file: String)?,
                operationTemplate: ChecklistTemplate?, demo: DemoReplay? = nil) {
        self.arguments = arguments
        self.themeChoice = themeChoice
        self.themesDirectory = themesDirectory
        self.ascii = ascii
        self.colour = colour
        self.forcePolling = forcePolling
        self.language = language
        self.zone = zone
        self.writer = writer
        self.operationTemplate = operationTemplate
        self.demo = demo
        if DataDirectory.current.holdsAll(arguments) { rowScope = .all }
    }

    /// The alert rules, the posts file's posts, and whether directories take in their subfolders:
    /// at headquarters (`recursive`) a silent post is news (stale after 15 minutes unless told);
    /// at one post it is its own night.
    public mutating func judge(by settings: AlertSettings, posts: [PostInfo], recursive: Bool) {
        alertSettings = settings
        if recursive && settings.staleMinutes == nil { alertSettings.staleMinutes = 15 }
        postDirectory = posts
        staleMinutes = alertSettings.staleMinutes ?? 15
        self.recursive = recursive
    }

    /// Starts with every row listed (`run --all-rows`).
    public mutating func showEveryRow() { rowScope = .all }

    /// A demo's dashboard: it follows the replay's file, read-only, in WITA, with the default theme.
    public init(demo replay: DemoReplay, language: Language) {
        self.init(arguments: [replay.file], themeChoice: nil, themesDirectory: DataDirectory.current.themes, ascii: false, colour: !Self.noColourRequested,
                  forcePolling: false, language: language, zone: .wita, writer: nil, operationTemplate: nil, demo: replay)
        rowScope = .all
    }

    /// Runs the dashboard on the terminal `open` gives (told whether to use colours) until it quits.
    public func run(on open: (_ colour: Bool) throws -> any DashboardTerminal) throws {
        let feed = DashboardFeed(self)
        // The preview first (milliseconds), drawn while the checkpoint is read (issue 19): the
        // rows worked on, as the last checkpoint had them and with what was written since, marked
        // as such; keys are read once the whole fold is.
        let preview = rowScope == .working ? feed.loadPreview(now: LocalClock.now()) : nil
        // Without one, the checkpoint is read before the terminal is taken (Ctrl-C still stops it).
        let refusedAtOnce = preview == nil ? feed.loadCheckpoint() : nil
        let (catalog, startTheme) = ThemeCatalog.load(directory: themesDirectory, chosen: themeChoice)
        let terminal = try open(colour)
        defer {
            terminal.close()
            // Also on the normal screen once the dashboard is gone.
            for problem in catalog.problems { printError("borderdesk: " + Word.themeProblem(problem).text(language)) }
        }
        var ui = DashboardModel(language: language, rowScope: rowScope)
        ui.themeIndex = startTheme
        var environment = LoopEnvironment(now: { LocalClock.now() }, newID: { EventID.make(post: $0) },
                                          writer: writer, operationTemplate: operationTemplate)
        environment.themeCount = catalog.themes.count
        environment.themeNames = catalog.themes.map(\.name)
        environment.meetingTemplate = meetingTemplate
        environment.bell = bell
        environment.demo = demo != nil
        let effects = DashboardEffects(feed: feed, demo: demo, postDirectory: postDirectory)
        // A broken theme file is named (file, line, key) until the first key; the default is used.
        let runner = LoopRunner(
            model: LoopModel(ui: ui, startNotice: catalog.problems.first.map { Word.themeProblem($0) } ?? refusedAtOnce), environment: environment,
            screen: terminal, themes: catalog.themes, colour: colour, ascii: ascii || !terminal.utf8,
            data: { feed.frame(now: LocalClock.now(), language: $0.language) }, perform: effects.perform)
        if let preview {
            let now = LocalClock.now()
            runner.drawIfNeeded(now: now, partial: feed.frame(now: now, language: ui.language, fold: preview.fold))
            // What is appended meanwhile is shown in the preview (the checkpoint takes 0.6 s at 10M
            // events); the whole fold's first frame is drawn once on the reading thread, so that
            // its rows are made there (the frame itself is drawn again here, at the switch).
            let (firstModel, size) = (runner.model.ui, terminal.size)
            let refused = feed.loadCheckpoint(behind: preview, drawingFirst: { input in
                _ = DashboardView.render(input, model: firstModel, width: size.width, height: size.height)
            }) {
                runner.send(.previewGrew)
                runner.drawIfNeeded(now: LocalClock.now())
            }
            if let refused {
                runner.send(.checkpointRefused(refused))
            }
        }
        catchUp(feed, runner, terminal)
        var demoGeneration = demo?.generation ?? 0
        while !runner.quit {
            let now = LocalClock.now()
            runner.send(.tick(now))
            runner.drawIfNeeded(now: now) { _ in feed.nextAlertChange(now: now) }
            // After the first frame, then every five minutes (a fold that changed).
            if let failed = feed.saveCheckpoint(now: now, force: false, language: runner.model.ui.language) { runner.send(.checkpointFailed(failed)) }
            // Sleep until a key, a source change, the demo's next event, the next minute, or the
            // instant a time rule changes (a departure warning begins), or a checkpoint written.
            var timeout = runner.model.wakeIn(now: now)
            if let due = demo?.msUntilNext() { timeout = min(timeout, due) }
            let watched = [terminal.inputDescriptor, terminal.signalDescriptor] + [feed.checkpointDone].compactMap { $0 }
            let woke = feed.sources.wait(timeoutMs: timeout, alsoWatching: watched)
            if let demo {
                do {
                    if try demo.tick() > 0 || demo.finished { runner.send(.demoAdvanced) }
                } catch {
                    runner.send(.demoFailed("\(error)"))
                }
            }
            if woke.sources || feed.sources.pollingIntervalMs != nil || feed.sources.standardInputOpen {
                if feed.ingest() {
                    feed.foreground.note()
                    runner.send(.sourcesChanged)
                }
            }
            if woke.ready.contains(terminal.signalDescriptor) {
                let signals = terminal.handleSignals()
                if signals.quit { runner.send(.quitRequested) }
                if signals.resized { runner.send(.resized) }
            }
            let keys = terminal.readKeys()
            if !keys.isEmpty { feed.foreground.note() }
            if keys.isEmpty && woke.ready.contains(terminal.inputDescriptor) && terminal.hungUp { runner.send(.quitRequested) }
            runner.send(keys: keys)
            // A restarted demo writes a new file: follow it from scratch.
            if let demo, demo.generation != demoGeneration {
                demoGeneration = demo.generation
                feed.restart(following: demo.file)
                runner.send(.sourcesChanged)
            }
        }
        // A clean exit: the state as it stands now is where the next start begins.
        _ = feed.saveCheckpoint(now: LocalClock.now(), force: true, language: runner.model.ui.language)
    }

    /// Catches up on the history with every core, showing progress when it takes a while;
    /// q, Ctrl-C or a signal stops it (the caller's loop then ends and cleans up).
    private func catchUp(_ feed: DashboardFeed, _ runner: LoopRunner, _ terminal: any DashboardTerminal) {
        let total = feed.sources.totalFileBytes
        let started = LocalClock.now()
        var lastProgress = Int64(0)
        feed.catchUp { done, partial in
            let now = LocalClock.now()
            let elapsedMs = started.milliseconds(until: now)
            guard elapsedMs > 150, elapsedMs - lastProgress >= 250 else { return true }
            lastProgress = elapsedMs
            runner.send(.catchUpProgress(done: done, total: total))
            if terminal.handleSignals().quit || terminal.hungUp { runner.send(.quitRequested) }
            runner.readKeys()
            if runner.quit { return false }
            runner.drawIfNeeded(now: now, partial: feed.frame(now: now, language: runner.model.ui.language, fold: partial))
            return true
        }
        runner.send(.caughtUp)
    }
}
