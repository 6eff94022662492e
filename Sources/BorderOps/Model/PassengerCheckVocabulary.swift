// What a passenger check records: the travel document shown and the outcome.
// Closed vocabularies of the event format: raw values are the exact, lower-case strings of
// `docs/event-format.md`; anything else makes a line malformed.

public enum DocumentKind: String, Sendable, CaseIterable, FormatVocabulary {
    case ktp, passport, plb, splp, seaman_book, other
    public static let table = VocabularyTable<DocumentKind>()
}

public enum CheckResult: String, Sendable, CaseIterable, FormatVocabulary {
    case cleared, postponed, referred, violation, denied
    public static let table = VocabularyTable<CheckResult>()
}
