/// One thing said to a person, in both languages side by side. Every user-facing word of the
/// dashboard, the reports, the alerts and the command line is a `Word` (`DashboardWords`,
/// `ReportWords`, `VocabularyWords`, `AlertWording`): a missing translation does not compile,
/// and the two languages cannot be swapped by a tuple's order.
public struct Word: Sendable, Hashable {
    public let en: String
    public let id: String

    public init(en: String, id: String) {
        self.en = en
        self.id = id
    }

    /// The word in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: return id
        case .en: return en
        }
    }

    /// The same word opening a sentence or heading a column: first letter capital in both
    /// languages (`departs` → `Departs`, `berangkat` → `Berangkat`).
    public var heading: Word { Word(en: Self.capitalised(en), id: Self.capitalised(id)) }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
