import JSON

/// A closed vocabulary matched straight from a line's bytes, without building a String.
public protocol FormatVocabulary: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// Every case with its raw bytes, made once: matching runs several times per line.
    static var table: VocabularyTable<Self> { get }
}

extension FormatVocabulary {
    /// The case whose raw value is exactly these bytes.
    static func match(_ bytes: UnsafeRawBufferPointer) -> Self? { table.match(bytes) }
}

/// The raw bytes of a vocabulary's cases. `allCases` builds a new array on every call and
/// `rawValue` a new String, too slow for a per-line lookup.
public struct VocabularyTable<Word: FormatVocabulary>: Sendable {
    private let words: [Word]
    private let rawBytes: [[UInt8]]

    public init() {
        words = Array(Word.allCases)
        rawBytes = words.map { Array($0.rawValue.utf8) }
    }

    /// Exact bytes only: no Unicode equivalence, as for every field of the format.
    func match(_ bytes: UnsafeRawBufferPointer) -> Word? {
        for i in rawBytes.indices where rawBytes[i].count == bytes.count {
            let equal = rawBytes[i].withUnsafeBufferPointer { raw in
                FlatObject.same(raw.baseAddress!, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), bytes.count)
            }
            if equal { return words[i] }
        }
        return nil
    }
}

/// The closed vocabularies of the event format. Raw values are the exact, lower-case strings
/// of `spec/event-format.md`; anything else makes a line malformed.

public enum DocumentKind: String, Sendable, CaseIterable, FormatVocabulary {
    case ktp, passport, plb, splp, seaman_book, other
    public static let table = VocabularyTable<DocumentKind>()
}

public enum CheckResult: String, Sendable, CaseIterable, FormatVocabulary {
    case cleared, postponed, referred, violation, denied
    public static let table = VocabularyTable<CheckResult>()
}

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

public enum StepState: String, Sendable, CaseIterable, FormatVocabulary {
    case done, skipped, open
    public static let table = VocabularyTable<StepState>()
}

public enum AgendaState: String, Sendable, CaseIterable, FormatVocabulary {
    case pending, discussing, done, deferred
    public static let table = VocabularyTable<AgendaState>()
}

public enum ActionState: String, Sendable, CaseIterable, FormatVocabulary {
    case open, done, dropped
    public static let table = VocabularyTable<ActionState>()
}

public enum KPIMetric: String, Sendable, CaseIterable, FormatVocabulary {
    case patrol, sambang, routine_check, socialisation
    public static let table = VocabularyTable<KPIMetric>()
}

public enum Commodity: String, Sendable, CaseIterable, FormatVocabulary {
    case narcotics, tobacco, lobster_seed, electronics, alcohol, plant_seed, wildlife, other
    public static let table = VocabularyTable<Commodity>()
}
