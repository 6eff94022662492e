import BorderOps
import Words
import Dashboard
import EventLog
import Ingest
import JSON

/// Replays a scenario into a new event file (`DemoFile`) through the same append path a real writer uses
/// (one locked write and fsync per event), paced by the events' own times divided by the speed,
/// while the dashboard follows that file: the audience sees the live path, not a mock. Every
/// replayed event is marked `exercise`. A gap longer than 3 s at the chosen speed is cut to 3 s.
public final class DemoReplay {
    public static let longestWaitMs: Int64 = 3_000

    public let name: String
    public let script: DemoScript
    private let events: [[JSONMember]]
    private let times: [Int64]  // ms since 1970
    private let stamps: [Timestamp]
    private let ids: [String]
    private let directory: String
    public private(set) var file: String
    /// Bumped by `restart`: the app then follows the new file from scratch.
    public private(set) var generation = 0
    /// nil: as fast as possible.
    public private(set) var speed: Double?
    public private(set) var paused = false
    private var next = 0
    private var lastEmitMs: Int64 = 0

    public init(name: String, lines: [String], script: DemoScript, speed: Double?, directory: String) throws {
        var events: [[JSONMember]] = [], times: [Int64] = [], ids: [String] = [], stamps: [Timestamp] = []
        for line in lines where !line.allSatisfy({ $0 == " " }) {
            guard case .event(let event) = LineDecoder.decode(line), case .object(var members) = try StrictJSONParser.parse(line) else { continue }
            members.removeAll { $0.key == "exercise" }
            let at = members.firstIndex { $0.key == "by" } ?? members.firstIndex { $0.key == "post" }!
            members.insert(JSONMember("exercise", .bool(true)), at: at + 1)
            events.append(members)
            times.append(event.envelope.ts.epochSeconds * 1000 + Int64(event.envelope.ts.nanoseconds / 1_000_000))
            ids.append(event.envelope.id)
            stamps.append(event.envelope.ts)
        }
        self.name = name
        self.script = script
        self.events = events
        self.times = times
        self.stamps = stamps
        self.ids = ids
        self.speed = speed
        self.directory = directory
        self.file = try DemoFile.create(in: directory)
        lastEmitMs = Self.nowMs()
    }

    public var finished: Bool { next >= events.count }

    /// The scenario's clock: the time of the latest replayed event (nil before the first).
    public var scenarioTime: Timestamp? { next > 0 ? stamps[next - 1] : nil }

    public static func nowMs() -> Int64 {
        let now = LocalClock.now()
        return now.epochSeconds * 1000 + Int64(now.nanoseconds / 1_000_000)
    }

    private func dueMs(_ i: Int) -> Int64 {
        guard let speed, i > 0 else { return lastEmitMs }
        let gap = Int64(Double(times[i] - times[i - 1]) / speed)
        return lastEmitMs + max(0, min(Self.longestWaitMs, gap))
    }

    /// Milliseconds until the next event is due (nil when paused or done).
    public func msUntilNext() -> Int32? {
        guard !paused, !finished else { return nil }
        return Int32(max(0, min(Int64(Int32.max), dueMs(next) - Self.nowMs())))
    }

    /// Appends every event that is due; returns how many.
    @discardableResult
    public func tick() throws -> Int {
        var appended = 0
        let now = Self.nowMs()
        while !paused, !finished, dueMs(next) <= now {
            lastEmitMs = speed == nil ? now : dueMs(next)
            try EventWriter.append(events[next], to: file)
            next += 1
            appended += 1
        }
        return appended
    }

    /// Appends at once everything before the next stage's first event, and that event.
    public func skipToNextStage() throws {
        let starts = script.stages.compactMap { stage in ids.firstIndex(of: stage.at) }.filter { $0 >= next }.sorted()
        let target = (starts.first(where: { $0 > next }) ?? starts.first ?? events.count - 1)
        while !finished && next <= target {
            try EventWriter.append(events[next], to: file)
            next += 1
        }
        lastEmitMs = Self.nowMs()
    }

    public func togglePause() {
        paused.toggle()
        if !paused { lastEmitMs = Self.nowMs() }
    }

    public func faster() { if let s = speed { speed = min(3600, s * 2) } }
    public func slower() { if let s = speed { speed = max(1, s / 2) } }

    /// Starts again into a new file (event files are never truncated).
    public func restart() throws(FileFailure) {
        file = try DemoFile.create(in: directory)
        generation += 1
        next = 0
        paused = false
        lastEmitMs = Self.nowMs()
    }

    /// The caption line: play state, speed, the current stage.
    public func caption(_ language: Language) -> String {
        let started = script.stages.last { stage in ids.firstIndex(of: stage.at).map { $0 < next } ?? false }
        let state = finished ? "✓" : (paused ? "❚❚" : "▶")
        let pace = speed.map { "\(Int($0))×" } ?? "max"
        let text: String
        if finished {
            text = language.text(.demoFinished)
        } else {
            text = started?.caption.text(language) ?? script.title
        }
        // The walkthrough keys as the key table lists them.
        let keys = KeyContext(scopes: [.demo], canWrite: false).hints(language)
        return "\(state) \(pace) \(next)/\(events.count) · \(text) ·\(keys)"
    }
}
