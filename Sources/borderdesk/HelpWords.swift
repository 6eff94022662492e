import ArgumentParser
import Words

/// The language of `--help`, chosen as every command's sentences are before parsing
/// (`languageBeforeParsing`: `--lang`, else the settings' `language`, else Bahasa Indonesia),
/// once: the commands' configurations read it for every abstract and option.
let helpLanguage: Language = Borderdesk.languageBeforeParsing

extension Word {
    /// This word as help text, in the help's language.
    var help: String { text(helpLanguage) }
}

extension ArgumentHelp {
    /// An argument's help from the words table.
    static func word(_ word: Word) -> ArgumentHelp { ArgumentHelp(word.help) }
}
