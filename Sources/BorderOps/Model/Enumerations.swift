/// The closed vocabularies of the event format. Raw values are the exact, lower-case strings
/// of `spec/event-format.md`; anything else makes a line malformed.

public enum DocumentKind: String, Sendable, CaseIterable { case ktp, passport, plb, splp, seaman_book, other }

public enum CheckResult: String, Sendable, CaseIterable { case cleared, postponed, referred, violation, denied }

public enum OperationPhase: String, Sendable, CaseIterable, Comparable {
    case planned, briefing, deployed, checking, debrief, closed
    public static func < (a: OperationPhase, b: OperationPhase) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum TeamStatus: String, Sendable, CaseIterable { case standby, deployed, checking, returned }

public enum FindingCategory: String, Sendable, CaseIterable { case narcotics, immigration, pmi, smuggling, document, other }

public enum Severity: String, Sendable, CaseIterable { case info, warning, critical }

public enum StepState: String, Sendable, CaseIterable { case done, skipped, open }

public enum AgendaState: String, Sendable, CaseIterable { case pending, discussing, done, deferred }

public enum ActionState: String, Sendable, CaseIterable { case open, done, dropped }

public enum KPIMetric: String, Sendable, CaseIterable { case patrol, sambang, routine_check, socialisation }

public enum Commodity: String, Sendable, CaseIterable {
    case narcotics, tobacco, lobster_seed, electronics, alcohol, plant_seed, wildlife, other
}
