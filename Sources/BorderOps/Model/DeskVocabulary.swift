// What the desk reports: its KPI metrics and the commodities of a seizure.
// Closed vocabularies of the event format: raw values are the exact, lower-case strings of
// `docs/event-format.md`; anything else makes a line malformed.

public enum KPIMetric: String, Sendable, CaseIterable, FormatVocabulary {
    case patrol, sambang, routine_check, socialisation
    public static let table = VocabularyTable<KPIMetric>()
}

public enum Commodity: String, Sendable, CaseIterable, FormatVocabulary {
    case narcotics, tobacco, lobster_seed, electronics, alcohol, plant_seed, wildlife, other
    public static let table = VocabularyTable<Commodity>()
}
