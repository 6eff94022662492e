/// What an alert is about, with what its words need (the words themselves are made in `Words`).
public enum AlertSubject: Sendable, Equatable {
    /// `passed`: the departure time has passed (critical).
    case departure(vessel: String, departs: Timestamp, missing: Int64, manifest: Int64, passed: Bool)
    case overdueAction(title: String, owner: String, due: DueDate, dueAt: Timestamp)
    case criticalFinding(category: FindingCategory, place: String, summary: String)
    case stalePost(post: String, last: Timestamp, silentMinutes: Int64)
    case unreadableSource(path: String, problem: SourceReadProblem)
    case malformedLines(path: String, count: Int)
    /// The file's integrity chain does not hold at `line` (its first broken link).
    case brokenChain(path: String, line: Int)
}
