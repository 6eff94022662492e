/// The two languages of the screen and the papers. Indonesian comes first: it is the default
/// everywhere (`--lang id`), English is for visitors and liaison officers.
public enum Language: String, Sendable, CaseIterable {
    case id, en

    /// `word` in this language.
    public func text(_ word: Word) -> String { word.text(self) }

}
