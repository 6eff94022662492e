// The words of a joint operation: its phases, a team's status, a finding's category and severity.
// Closed vocabularies of the event format: raw values are the exact, lower-case strings of
// `docs/event-format.md`; anything else makes a line malformed.

public enum OperationPhase: String, Sendable, CaseIterable, FormatVocabulary, Comparable {
    case planned, briefing, deployed, checking, debrief, closed
    public static let table = VocabularyTable<OperationPhase>()
    public static func < (a: OperationPhase, b: OperationPhase) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum TeamStatus: String, Sendable, CaseIterable, FormatVocabulary {
    case standby, deployed, checking, returned
    public static let table = VocabularyTable<TeamStatus>()
}

public enum FindingCategory: String, Sendable, CaseIterable, FormatVocabulary {
    case narcotics, immigration, pmi, smuggling, document, other
    public static let table = VocabularyTable<FindingCategory>()
}

public enum Severity: String, Sendable, CaseIterable, FormatVocabulary {
    case info, warning, critical
    public static let table = VocabularyTable<Severity>()
}
