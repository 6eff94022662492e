// The states of a checklist step, a meeting's agenda item and an action item.
// Closed vocabularies of the event format: raw values are the exact, lower-case strings of
// `docs/event-format.md`; anything else makes a line malformed.

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
