import ArgumentParser
import Words

#if canImport(Glibc)
import Glibc
#endif

/// The language of `--help` (the words table's `CommandWords` and `OptionWords`): Bahasa
/// Indonesia when the locale asks for it (`LC_ALL`, `LC_MESSAGES` or `LANG` such as
/// `id_ID.UTF-8`), English otherwise. The argument parser's own headings stay English.
enum HelpLanguage {
    static let current: Language = {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { continue }
            return value.hasPrefix("id") ? .id : .en
        }
        return .en
    }()
}

extension Word {
    /// This word as help text, in the help's language.
    var help: String { text(HelpLanguage.current) }
}

extension ArgumentHelp {
    /// An argument's help from the words table.
    static func word(_ word: Word) -> ArgumentHelp { ArgumentHelp(word.help) }
}
