import ArgumentParser
import Words

extension Word {
    /// This word as help text, in the help's language (`Language.ofLocale`; the argument
    /// parser's own headings stay English).
    var help: String { text(Language.ofLocale) }
}

extension ArgumentHelp {
    /// An argument's help from the words table.
    static func word(_ word: Word) -> ArgumentHelp { ArgumentHelp(word.help) }
}
