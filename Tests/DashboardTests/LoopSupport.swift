import BorderOps
import Dashboard
import JSON
import Words
import Synchronization
import TestSupport

/// The dashboard's loop in process: a `LoopRunner` on an `InMemoryScreen`, a fixed clock and
/// numbered ids, the frame's data given by the test, every effect recorded. `results` answers
/// an effect with what came of it (by default: appends and reports succeed).
final class TestLoop {
    let screen: InMemoryScreen
    /// The frame's data; it always carries this terminal's writer.
    var data: DashboardInput { didSet { data.writer = writer } }
    let writer: (operatorID: String, file: String)?
    private(set) var effects: [Effect] = []
    var results: (Effect) -> [Message] = { effect in
        switch effect {
        case .append(let request): return [.appended(request.intent, .written(unconfirmed: nil))]
        case .writeReport(let request): return [.reportWritten(path: "/tmp/\(request.id).html", replaced: false)]
        default: return []
        }
    }
    private(set) var runner: LoopRunner!

    static let writer = (operatorID: "imigrasi-07", file: "/tmp/post/post.jsonl")

    init(_ data: DashboardInput = sampleInput(), writer: (operatorID: String, file: String)? = TestLoop.writer, demo: Bool = false,
         language: Language = .id, template: ChecklistTemplate? = nil, meetingTemplate: ChecklistTemplate? = nil, bell: Bool = false,
         width: Int = 120, height: Int = 35, themeNames: [String] = [],
         from model: LoopModel? = nil, drawing: Bool = true) {
        self.drawing = drawing
        screen = InMemoryScreen(width: width, height: height)
        self.writer = writer
        self.data = data
        self.data.writer = writer
        let now = data.now
        let counter = Counter()
        var environment = LoopEnvironment(now: { now }, newID: { "\($0)-\(counter.next())" }, writer: writer, operationTemplate: template)
        environment.meetingTemplate = meetingTemplate
        environment.demo = demo
        environment.bell = bell
        environment.themeCount = 3
        environment.themeNames = themeNames
        runner = LoopRunner(model: model ?? LoopModel(ui: DashboardModel(language: language, rowScope: .all)), environment: environment, screen: screen,
                            data: { [unowned self] _ in self.data }, perform: { [unowned self] effect in
                                self.effects.append(effect)
                                return self.results(effect)
                            })
        if drawing { runner.drawIfNeeded(now: now) }
    }

    /// Draws a frame after each message (off: only the model and the effects matter).
    let drawing: Bool

    var model: LoopModel { runner.model }
    var ui: DashboardModel { runner.model.ui }
    var text: String { screen.text }
    /// The effects performed outside the screen since the last call.
    func takeEffects() -> [Effect] {
        defer { effects = [] }
        return effects
    }
    var appended: [AppendRequest] {
        effects.compactMap { if case .append(let request) = $0 { request } else { nil } }
    }

    /// Appends answered as the driver's follower would: each event read back into the data (as
    /// line `after + 1`, `after + 2`, …) unless `ingesting` is off, then the sources changed.
    /// `memo`: the panes keep what they derived between frames, as the driver's feed has them
    /// (`PaneMemo`, its revisions noted per line read back).
    func readAppendsBack(after lines: Int, ingesting: Bool = true, memo: Bool = false) {
        var line = lines
        if memo {
            data.memo = PaneMemo()
            data.revisions = StateRevisions()
        }
        results = { [unowned self] effect in
            guard case .append(let request) = effect else { return [] }
            if ingesting {
                var data = self.data
                for event in request.events {
                    line += 1
                    let outcome = LineDecoder.decode(JSONWriter.compact(.object(event)))
                    let corrections = data.fold.state.corrections.count
                    data.fold.ingest(outcome, origin: LineOrigin(source: "t", line: line))
                    data.revisions?.note(outcome, voided: data.fold.state.corrections[corrections...])
                }
                self.data = data
            }
            return [.appended(request.intent, .written(unconfirmed: nil)), .sourcesChanged]
        }
    }

    /// A loop on `lines` seen at `now` (by default 13.00 WITA by a host whose clock says
    /// +00:00), its appends read back after them, and `keys` pressed.
    static func on(_ lines: [String], now: String = "2024-11-20T05:00:00+00:00", writer: (operatorID: String, file: String)? = TestLoop.writer,
                   language: Language = .id, keys: [Key] = []) -> TestLoop {
        let loop = TestLoop(DashboardInput(fold: foldLines(lines), sources: [], now: Timestamp.parse(now)!), writer: writer, language: language)
        loop.readAppendsBack(after: lines.count)
        loop.press(keys)
        return loop
    }

    /// Keys as the driver sends them, a frame after each.
    func press(_ keys: Key...) { press(keys) }
    func press(_ keys: [Key]) {
        for key in keys {
            screen.queuedKeys.append(key)
            runner.readKeys()
            if drawing { runner.drawIfNeeded(now: data.now) }
        }
    }
    /// Text as a keyboard-wedge scanner or a paste sends it: the characters arrive together,
    /// so the driver reads them as one batch and draws one frame after them.
    func type(_ text: String) {
        screen.queuedKeys.append(contentsOf: text.map { .character($0) })
        runner.readKeys()
        if drawing { runner.drawIfNeeded(now: data.now) }
    }
    /// Keys typed faster than frames are drawn (a trained officer moving on and typing a
    /// field's value): read as one batch, one frame drawn after them.
    func batch(_ keys: [Key]) {
        screen.queuedKeys.append(contentsOf: keys)
        runner.readKeys()
        if drawing { runner.drawIfNeeded(now: data.now) }
    }
    /// A reference and Enter as a keyboard-wedge scanner sends them: one batch, one frame.
    func scan(_ reference: String) {
        screen.queuedKeys.append(contentsOf: reference.map { .character($0) } + [.enter])
        runner.readKeys()
        if drawing { runner.drawIfNeeded(now: data.now) }
    }
    /// A key held down: the terminal repeats it faster than frames are drawn, so the driver
    /// reads the repeats as one batch and draws one frame after them.
    func hold(_ key: Key, times: Int) {
        screen.queuedKeys.append(contentsOf: Array(repeating: key, count: times))
        runner.readKeys()
        if drawing { runner.drawIfNeeded(now: data.now) }
    }
    func send(_ message: Message) {
        runner.send(message)
        if drawing { runner.drawIfNeeded(now: data.now) }
    }
    /// The row of the screen holding `text`.
    func row(_ text: String) -> String {
        self.text.split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? ""
    }
}

/// Numbered ids for the fixed environment.
final class Counter: Sendable {
    private let value = Mutex(0)
    func next() -> Int {
        value.withLock { value in
            value += 1
            return value
        }
    }
}

/// The operation template of the sample data (`sample-data/checklists`), small enough to read.
let sampleTemplate = ChecklistTemplate(name: "t", title: "Opgab", kind: .operation, phaseTitles: [:], steps: [
    ChecklistStepDefinition(step: "a1", title: "Surat perintah", phase: "persiapan"),
])
