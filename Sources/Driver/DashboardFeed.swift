import BorderOps
import Dashboard
import Demo
import EventLog
import Ingest
import Reports
import Words

/// What the dashboard's frames are drawn from: the sources followed, the fold they feed, each
/// source's state, integrity chain and health. The driver's, not the loop model's: it is folded
/// in place (on every core while catching up), and `frame` hands the loop a read-only view of it.
///
/// Each file's chain is taken as its bytes are read (`ChainTracking`), on the reader's thread
/// while catching up, and for the few new lines after that: never by reading a file again.
public final class DashboardFeed {
    public private(set) var sources: EventSources
    public private(set) var fold = DashboardFeed.newFold()
    private var states: [String: SourceState] = [:]
    /// Each file's chain seal as of the last read (kept here: while catching up, the sources
    /// belong to the reader's thread and are not asked).
    private var seals: [String: ChainSeal] = [:]
    private var health = SourceHealthTracker()
    /// The alerts kept up to date with the fold, and what was folded since they last were.
    private var alertIndex: AlertIndex
    private var voyageOrder = VoyageOrder()
    private var touched = AlertTouches(everything: true)
    /// How far each part of the state has changed, and what the panes derived from it.
    private var revisions = StateRevisions()
    /// The panes' rows kept between frames, under `revisions`; replaced at the switch from a
    /// preview by the one made on the reading thread for the whole fold's first frame.
    private(set) var memo = PaneMemo()
    private let settings: DashboardApp
    private let forcePolling: Bool
    /// Where this source set's checkpoint is kept (none in a demo, or with `--no-checkpoint`),
    /// written on a thread of its own.
    private let checkpoints: BackgroundCheckpoints?
    /// The loop's wakes to something to answer: the history's chain, hashed after the catch-up,
    /// holds back while one is answered.
    public let foreground = ForegroundActivity()
    /// Set once the history is folded: only then does the fold stand for every byte read.
    private(set) var caughtUp = false
    private var checkpointWritten: Timestamp?
    /// Lines folded when the last checkpoint was written (none is written when nothing changed).
    private var linesAtCheckpoint = -1
    /// Whether the alert index and the voyages' order were built for the fold as the checkpoint
    /// held it, every line folded since noted (`catchUp` then need not judge everything again).
    private var indexesCurrent = false
    /// Lines the checkpoint the dashboard started from held (nil: it started without one).
    private var linesLoaded: Int?
    /// Whether `memo` holds the rows made on the reading thread for the fold as the checkpoint
    /// held it, every line folded since noted in `revisions` (`catchUp` then need not make
    /// every pane's rows again).
    private var memoCurrent = false
    /// Run on the thread that reads the checkpoint behind a preview, before it reads (the tests
    /// hold the read back, so that lines arrive while it is under way).
    var beforeReadingCheckpoint: (@Sendable () -> Void)?

    public init(_ settings: DashboardApp) {
        self.settings = settings
        alertIndex = AlertIndex(settings: settings.alertSettings)
        forcePolling = settings.forcePolling
        sources = Self.newSources(settings)
        let store = settings.checkpointFolder.flatMap { CheckpointStore(sources: settings.arguments, recursive: settings.recursive, folder: $0) }
            ?? CheckpointStore(sources: settings.arguments, recursive: settings.recursive)
        checkpoints = settings.demo == nil && settings.checkpoints ? store.map(BackgroundCheckpoints.init) : nil
        sources.startFollowing(forcePolling: forcePolling)
    }

    /// The fold before anything is read (the problems kept: the newest ten thousand).
    private static func newFold() -> EventFold {
        EventFold(problems: ProblemLog(limit: 10_000, keeping: .newest))
    }

    /// The sources as given, nothing read yet; their chains are hashed after the catch-up.
    private static func newSources(_ settings: DashboardApp) -> EventSources {
        EventSources(arguments: settings.demo.map { [$0.file] } ?? settings.arguments, recursive: settings.recursive,
                     chains: ChainTracking(standardInput: false, deferred: true))
    }

    /// The preview of the sources' checkpoint (`CheckpointStore.loadPreview`), when there is one
    /// that can be drawn at `now` before the checkpoint is read.
    func loadPreview(now: Timestamp) -> CheckpointPreview? {
        checkpoints?.store.loadPreview(sources: sources, now: now)
    }

    /// Bytes written since the checkpoint up to which they are folded into its preview while it is
    /// read (`loadCheckpoint(behind:show:)`): more (a night at a busy post) are read with every
    /// core once it is, as without a preview.
    static let bytesIntoPreview: Int64 = 4 << 20

    /// Reads the checkpoint on another thread while its preview is on the screen (issue 19): the
    /// sources are taken up where the checkpoint left them, and the lines written since, as they
    /// arrive, are folded into the preview (the feed's fold meanwhile, its frames drawn with the
    /// kept orderings as the whole fold's are; `show` is told each change) and kept; once the
    /// checkpoint is read they are folded into it, so nothing is read twice. Keys wait meanwhile
    /// (`DashboardApp.run`). The same answer as `loadCheckpoint()`, which it falls back to when
    /// the files grew by more than `bytesIntoPreview`; when the checkpoint is refused after all,
    /// the sources start again from their first byte, and when another writer's replaced it
    /// meanwhile, from where that one stands.
    /// `drawingFirst` draws a frame of the input it is given and is let go of: called on the
    /// reading thread with the fold read, so that the rows of the whole fold's first frame are
    /// made there (a year of operations, meetings and seizures sorted: 9–35 ms at 10M events,
    /// which the append arriving at the switch waited for) and kept for it.
    func loadCheckpoint(behind preview: CheckpointPreview, drawingFirst: (@Sendable (DashboardInput) -> Void)? = nil,
                        show: () -> Void) -> Word? {
        let written = sources.totalFileBytes - preview.positions.reduce(0) { $0 + $1.offset }
        let firstRows = FirstFrameRows(settings: settings, now: LocalClock.now())
        guard let checkpoints, written <= Self.bytesIntoPreview,
              let reading = BackgroundCheckpointRead(checkpoints.store, problems: fold.problems, indexing: settings.alertSettings,
                                                     first: beforeReadingCheckpoint, then: drawingFirst.map(firstRows.making))
        else { return loadCheckpoint() }
        let opened: [SourceEvent]
        do throws(ResumeRefusal) {
            opened = try sources.resume(at: preview.positions)
        } catch {
            // The files changed since the preview was checked: as `load` would find them. The fold
            // read is let go of before the fold from scratch is made (two at 10M events: 2 GB).
            _ = reading.wait()
            return CheckpointStore.Refusal.sources(error).word
        }
        noteStates(opened)
        fold = preview.fold
        touched.touchEverything()
        revisions.touchEverything()
        var keptLines: [KeptLine] = []
        var read: CheckpointStore.Read?
        // First what is there already (no wake says so), then what arrives.
        var sourcesWoke = true
        while read == nil {
            if sourcesWoke || sources.pollingIntervalMs != nil {
                var changed = false
                let notices = sources.readAvailable { path, line in
                    foldLine { $0.ingest(line, from: path) }
                    keptLines.append(KeptLine(path: path, line: line))
                    changed = true
                }
                noteStates(notices)
                if changed || !notices.isEmpty { show() }
            }
            read = reading.take()
            if read == nil { sourcesWoke = sources.wait(timeoutMs: 1000, alsoWatching: [reading.wake.readEnd]).sources }
        }
        let refused: Word?
        var keptLinesFollow = false
        switch read.take() {
        case .read(let loaded, let positions)? where positions == preview.positions:
            start(from: loaded, indexes: reading.takeIndexes())
            if drawingFirst != nil {
                // The rows made for this fold, under the revisions they were made at; the kept
                // lines folded next note what they change, as every line does.
                (memo, revisions, memoCurrent) = (firstRows.memo, firstRows.revisions, true)
            }
            (refused, keptLinesFollow) = (nil, true)
        case .read(let loaded, let positions)?:
            // Another writer's checkpoint (a second dashboard on the same files), further on:
            // taken up where it stands, as `loadCheckpoint()` would have; the lines kept are
            // read again from there.
            startAgain()
            do throws(ResumeRefusal) {
                let opened = try sources.resume(at: positions)
                start(from: loaded, indexes: reading.takeIndexes())
                noteStates(opened)
                refused = nil
            } catch {
                refused = CheckpointStore.Refusal.replacedWhileRead.word
            }
        case .refused(let refusal)?:
            startAgain()
            refused = refusal.word
        case .absent?, nil:
            // Removed meanwhile: as a start without one, nothing to say.
            startAgain()
            refused = nil
        }
        // Only after the switch: the value switched over holds the fold's tables until it ends,
        // and the first line folded beside that second reference would copy them all.
        if keptLinesFollow {
            for line in keptLines { foldLine { line.fold(into: &$0) } }
        }
        return refused
    }

    /// The checkpoint's fold taken as the dashboard's: everything in it is new to the panes, and
    /// a checkpoint is written again only once the fold has changed (`saveCheckpoint`). With its
    /// `indexes` built on the reading thread, the alerts and the voyages' order start from them.
    private func start(from loaded: consuming EventFold, indexes: CheckpointIndexes? = nil) {
        fold = loaded
        if let indexes {
            (alertIndex, voyageOrder) = (indexes.alerts, indexes.voyageOrder)
            touched = AlertTouches()
        } else {
            touched.touchEverything()
        }
        indexesCurrent = indexes != nil
        revisions.touchEverything()
        linesAtCheckpoint = fold.counts.lines
        linesLoaded = fold.counts.lines
    }

    /// Back to nothing read, the files to be read from their first byte.
    private func startAgain() {
        sources = Self.newSources(settings)
        sources.startFollowing(forcePolling: forcePolling)
        fold = Self.newFold()
        touched.touchEverything()
        revisions.touchEverything()
        indexesCurrent = false
        states = [:]
        seals = [:]
    }

    /// Takes the sources up from their checkpoint, when there is one that matches (before
    /// `catchUp`, which then reads only what was written since). Why not, when it could not be
    /// used: a value, said in each frame's language (`LoopModel.startNotice`).
    func loadCheckpoint() -> Word? {
        guard let checkpoints else { return nil }
        switch checkpoints.store.load(into: sources, problems: fold.problems) {
        case .loaded(let loaded, let opened):
            start(from: loaded)
            noteStates(opened)
            return nil
        case .absent:
            return nil
        case .refused(let refusal):
            return refusal.word
        }
    }

    /// Writes the checkpoint once the history is folded, when due (the first frame is drawn,
    /// five minutes passed, the dashboard is closing: `force`) and the fold changed since the
    /// last one: on another thread, except when closing (which first waits for one under way).
    /// A notice when the last one could not be written (it is tried again when next due).
    func saveCheckpoint(now: Timestamp, force: Bool, language: Language) -> String? {
        guard let checkpoints else { return nil }
        func notice(_ failure: FileFailure) -> String {
            linesAtCheckpoint = -1
            return "\(Word.checkpointNotWritten.text(language)): \(Word.commandLine(failure.message).text(language))"
        }
        if force { checkpoints.wait() }
        // The table the last one shared is the live fold's alone again: the ids claimed meanwhile join it.
        if !checkpoints.writing { fold.takeIDsBack() }
        if let failure = checkpoints.takeFailure() { return notice(failure) }
        guard caughtUp, fold.counts.lines != linesAtCheckpoint, fold.horizon == nil, let positions = sources.positions else { return nil }
        if !force, let last = checkpointWritten, last.milliseconds(until: now) < Self.checkpointIntervalMs { return nil }
        // Started from a checkpoint and little read since: the next is due in five minutes, not
        // now. Written at once, the first appends arrived while the writing thread still shared
        // the fold's tables, and the first of them copied them (0.5 s at 10M events).
        if !force, checkpointWritten == nil, let linesLoaded, fold.counts.lines - linesLoaded < Self.linesWorthWritingAtOnce {
            checkpointWritten = now
            return nil
        }
        if force {
            do throws(FileFailure) {
                try checkpoints.store.save(fold, at: positions)
            } catch {
                return notice(error)
            }
        } else if checkpoints.start(fold, at: positions) {
            fold.setIDsAside()
        } else {
            return nil
        }
        checkpointWritten = now
        linesAtCheckpoint = fold.counts.lines
        return nil
    }

    static let checkpointIntervalMs: Int64 = 5 * 60 * 1000
    /// Lines read after a checkpoint at the start that make a new one worth writing at once (a
    /// night's appends at a busy post), rather than five minutes on.
    static let linesWorthWritingAtOnce = 100_000

    /// Readable when a checkpoint written on another thread is done (the loop wakes to say a
    /// failure at once).
    var checkpointDone: Int32? { checkpoints?.wake?.readEnd }
    /// Reads the history with every core; `progress` is told the bytes read and the partial
    /// fold, and answers whether to go on (false: quit before the history is read).
    public func catchUp(progress: (Int64, EventFold) -> Bool) {
        let linesBefore = fold.counts.lines
        let finish = PipelinedFold.read(sources, decodePath: .automatic, into: &fold, progress: progress)
        noteStates(finish.notices)
        caughtUp = true
        let readLines = fold.counts.lines != linesBefore
        // The lines read here are not noted one by one: everything is judged again, unless
        // nothing was read after a checkpoint whose indexes came with it (`start(from:indexes:)`).
        if readLines || !indexesCurrent { touched.touchEverything() }
        // Likewise the panes' rows, unless they were made for the checkpoint's fold on the
        // reading thread and nothing was read here.
        if readLines || !memoCurrent { revisions.touchEverything() }
        memoCurrent = false
        // The history was read without hashing (SHA-256 over every byte would delay the first
        // frame by most of the fold's time): it is hashed now, on other threads.
        sources.hashInBackground(oneCore: true, givingWayTo: foreground)
        noteSeals()
    }

    /// Reads what arrived; whether anything changed.
    public func ingest() -> Bool {
        var changed = false
        let notices = sources.readAvailable { path, line in
            self.foldLine { $0.ingest(line, from: path) }
            changed = true
        }
        noteStates(notices)
        let before = seals
        noteSeals()
        return changed || !notices.isEmpty || seals != before
    }

    /// Folds one line (`ingest` folds it into the fold given), noting what it touched for the
    /// alerts and the panes' kept orderings.
    private func foldLine(_ ingest: (inout EventFold) -> LineOutcome) {
        let corrections = fold.state.corrections.count
        let outcome = ingest(&fold)
        touched.note(outcome, voided: fold.state.corrections[corrections...])
        revisions.note(outcome, voided: fold.state.corrections[corrections...])
    }

    /// Each file's state as the reader's notices leave it (opened, rotated, truncated, gone).
    private func noteStates(_ notices: [SourceEvent]) {
        for notice in notices { states[notice.path] = notice.kind.stateAfter }
    }

    private func noteSeals() {
        seals = Dictionary(sources.seals.map { ($0.path, $0.seal) }, uniquingKeysWith: { _, last in last })
    }

    /// Where each file stood in what was folded: printed on a report, it pins every line up to
    /// there (as `borderdesk report`'s anchors do).
    public func anchors() -> [LogAnchor] {
        sources.finishChains()
        return LogAnchor.of(sources.chains)
    }

    /// Follows `file` from scratch (a restarted demo writes a new one).
    public func restart(following file: String) {
        sources = EventSources(arguments: [file], chains: ChainTracking(standardInput: false))
        sources.startFollowing(forcePolling: forcePolling)
        fold = Self.newFold()
        caughtUp = true
        touched.touchEverything()
        revisions.touchEverything()
        states = [:]
        seals = [:]
        _ = ingest()
    }

    /// The frame's data at `now`, from `fold` (a partial one while catching up).
    public func frame(now: Timestamp, language: Language, fold partial: EventFold? = nil) -> DashboardInput {
        let fold = partial ?? self.fold
        var list = states.map {
            SourceStatus(path: $0.key, state: SourceStateMapping.status($0.value), chain: seals[$0.key].map(SourceStateMapping.chain))
        }
        list.sort { $0.path < $1.path }
        // A demo runs on the scenario's clock, not today's: the time rules, the header clock,
        // "today" in times, the overdue marks (the sources' health stays on the real clock).
        let alertsNow = settings.demo?.scenarioTime ?? now
        var frame = DashboardInput(fold: fold, sources: list, now: alertsNow, zone: settings.zone)
        frame.postDirectory = settings.postDirectory
        frame.staleMinutes = settings.staleMinutes
        health.observe(problems: states.mapValues { $0.readProblem }, malformed: fold.malformedBySource,
                       chainBreaks: seals.mapValues { if case .broken(let line) = $0 { line } else { nil } }, now: now)
        if partial == nil {
            // The whole fold: only what changed is judged again (a frame's cost must not grow with the history).
            updateAlerts(now: alertsNow)
            frame.alerts = alertIndex.alerts(fold.state, sources: health.all)
            frame.voyageOrder = voyageOrder
            frame.memo = memo
            frame.revisions = revisions
        } else {
            frame.alerts = AlertRules.evaluate(fold.state, sources: health.all, now: alertsNow, settings: settings.alertSettings)
        }
        frame.caption = settings.demo?.caption(language)
        frame.writer = settings.writer
        return frame
    }

    /// When a time rule next changes its answer (none in a demo: its clock is the scenario's).
    public func nextAlertChange(now: Timestamp) -> Timestamp? {
        guard settings.demo == nil else { return nil }
        // The frame may have been judged a moment after `now`: not a clock going back.
        updateAlerts(now: alertIndex.evaluatedAt.map { max($0, now) } ?? now)
        return alertIndex.nextChange(fold.state)
    }

    private func updateAlerts(now: Timestamp) {
        alertIndex.update(fold.state, touched: touched, now: now)
        voyageOrder.update(fold.state, touched: touched)
        touched = AlertTouches()
    }
}
