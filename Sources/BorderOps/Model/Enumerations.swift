/// A closed vocabulary matched straight from a line's bytes, without building a String.
public protocol FormatVocabulary: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension FormatVocabulary {
    /// The case whose raw value is exactly these bytes.
    static func match(_ bytes: UnsafeRawBufferPointer) -> Self? {
        for candidate in allCases {
            var raw = candidate.rawValue
            let equal = raw.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
            if equal { return candidate }
        }
        return nil
    }
}

/// The closed vocabularies of the event format. Raw values are the exact, lower-case strings
/// of `spec/event-format.md`; anything else makes a line malformed.

public enum DocumentKind: String, Sendable, CaseIterable, FormatVocabulary { case ktp, passport, plb, splp, seaman_book, other }

public enum CheckResult: String, Sendable, CaseIterable, FormatVocabulary { case cleared, postponed, referred, violation, denied }

public enum OperationPhase: String, Sendable, CaseIterable, FormatVocabulary, Comparable {
    case planned, briefing, deployed, checking, debrief, closed
    public static func < (a: OperationPhase, b: OperationPhase) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public enum TeamStatus: String, Sendable, CaseIterable, FormatVocabulary { case standby, deployed, checking, returned }

public enum FindingCategory: String, Sendable, CaseIterable, FormatVocabulary { case narcotics, immigration, pmi, smuggling, document, other }

public enum Severity: String, Sendable, CaseIterable, FormatVocabulary { case info, warning, critical }

public enum StepState: String, Sendable, CaseIterable, FormatVocabulary { case done, skipped, open }

public enum AgendaState: String, Sendable, CaseIterable, FormatVocabulary { case pending, discussing, done, deferred }

public enum ActionState: String, Sendable, CaseIterable, FormatVocabulary { case open, done, dropped }

public enum KPIMetric: String, Sendable, CaseIterable, FormatVocabulary { case patrol, sambang, routine_check, socialisation }

public enum Commodity: String, Sendable, CaseIterable, FormatVocabulary {
    case narcotics, tobacco, lobster_seed, electronics, alcohol, plant_seed, wildlife, other
}
