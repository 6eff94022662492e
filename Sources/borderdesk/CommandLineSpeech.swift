import ArgumentParser
import Catalogs
import EventLog
import Words

/// A command that takes `--lang`: what it says on standard error follows it.
protocol ChoosesLanguage {
    var lang: Language? { get }
}

extension ParsableArguments {
    /// The language of this command's sentences: `--lang`, else the settings files' `language`,
    /// else Bahasa Indonesia (a broken settings file is reported by the command itself). An
    /// option group (the alert options) has no `--lang` of its own: its command's is read from
    /// the arguments, which the parser has already checked.
    var spokenLanguage: Language {
        (self as? any ChoosesLanguage)?.lang ?? Self.languageBeforeParsing
    }

    /// The language before (or without) the parsed command: `--lang` among the arguments, else
    /// the settings files' `language`, else Bahasa Indonesia.
    static var languageBeforeParsing: Language {
        languageArgument ?? (try? SettingsFiles.current())?.language(nil) ?? .id
    }

    /// `--lang X` or `--lang=X` among the arguments (before a `--`), if X is a language.
    static var languageArgument: Language? {
        let arguments = Array(CommandLine.arguments.dropFirst().prefix { $0 != "--" })
        for (i, argument) in arguments.enumerated() {
            if argument == "--lang", i + 1 < arguments.count { return Language(rawValue: arguments[i + 1]) }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) }
        }
        return nil
    }

    /// `borderdesk: …` on standard error, in the command's language (`Word.commandLine`: the
    /// code below says it in English).
    func say(_ message: String) {
        printError("borderdesk: " + Word.commandLine(message).text(spokenLanguage))
    }
}

extension AppendCommand: ChoosesLanguage {}
extension CheckCommand: ChoosesLanguage { var lang: Language? { files.lang } }
extension RunCommand: ChoosesLanguage {}
extension ReportCommand.Common: ChoosesLanguage {}
extension AlertsCommand: ChoosesLanguage {}
extension DemoCommand: ChoosesLanguage {}
extension VerifyCommand: ChoosesLanguage { var lang: Language? { files.lang } }
