/// What the alert rules know of one event source besides its events: whether it can be read,
/// how many malformed lines it has given, and where its integrity chain broke, each with the time
/// the reader first noticed.
public struct SourceHealth: Sendable, Equatable {
    public var path: String
    /// Why the source cannot be read now (deleted, permission), or nil.
    public var problem: SourceReadProblem?
    public var problemSince: Timestamp?
    public var malformed: Int
    public var malformedSince: Timestamp?
    /// When the count last grew (an acknowledgement older than this does not cover the new lines).
    public var malformedGrew: Timestamp?
    /// The line whose `prev` does not hold (the first broken link), or nil.
    public var chainBrokenAt: Int?
    public var chainBrokenSince: Timestamp?

    public init(path: String, problem: SourceReadProblem? = nil, problemSince: Timestamp? = nil, malformed: Int = 0,
                malformedSince: Timestamp? = nil, malformedGrew: Timestamp? = nil, chainBrokenAt: Int? = nil, chainBrokenSince: Timestamp? = nil) {
        self.path = path
        self.problem = problem
        self.problemSince = problemSince
        self.malformed = malformed
        self.malformedSince = malformedSince
        self.malformedGrew = malformedGrew
        self.chainBrokenAt = chainBrokenAt
        self.chainBrokenSince = chainBrokenSince
    }
}

/// Keeps `SourceHealth` current for a live reader: remembers when each problem was first seen,
/// so an alert's start time does not move on every frame.
public struct SourceHealthTracker: Sendable {
    public private(set) var sources: [String: SourceHealth] = [:]

    public init() {}

    /// `problems`: each source's current read problem (nil when fine); `malformed`: each
    /// source's malformed line count so far; `chainBreaks`: each tracked file's first broken link
    /// (nil when its chain holds; a file read again from its start may heal).
    public mutating func observe(problems: [String: SourceReadProblem?], malformed: [String: Int], chainBreaks: [String: Int?] = [:], now: Timestamp) {
        for (path, problem) in problems {
            var health = sources[path] ?? SourceHealth(path: path)
            if health.problem != problem { health.problemSince = problem == nil ? nil : now }
            health.problem = problem
            sources[path] = health
        }
        for (path, count) in malformed where count > 0 {
            var health = sources[path] ?? SourceHealth(path: path)
            if health.malformed == 0 { health.malformedSince = now }
            if count > health.malformed { health.malformedGrew = now }
            health.malformed = count
            sources[path] = health
        }
        for (path, line) in chainBreaks where line != nil || sources[path] != nil {
            var health = sources[path] ?? SourceHealth(path: path)
            if health.chainBrokenAt != line { health.chainBrokenSince = line == nil ? nil : now }
            health.chainBrokenAt = line
            sources[path] = health
        }
    }

    public var all: [SourceHealth] { sources.values.sorted { $0.path < $1.path } }
}
