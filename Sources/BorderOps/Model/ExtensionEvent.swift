/// Event types Borderdesk adds to the format (docs/event-format.md, Part 2). A reader that knows
/// only the spec counts them as unknown types; so does Borderdesk's headless summary, so every
/// conforming tool gives the same summary of the same files. Borderdesk still applies them.
public enum ExtensionType: String, Sendable, CaseIterable, FormatVocabulary {
    case alertAck = "alert.ack"
    public static let table = VocabularyTable<ExtensionType>()
}

public enum ExtensionBody: Sendable, Equatable {
    /// A duty officer acknowledged an alert (`alert`: the alert's id) on some terminal.
    case alertAck(alert: String, note: String?)
}

/// An extension event as read: its body, or why it could not be applied (the line is still
/// not malformed: the spec does not know the type).
public enum ExtensionOutcome: Sendable, Equatable {
    case valid(ExtensionBody)
    case invalid(reason: String)
}
