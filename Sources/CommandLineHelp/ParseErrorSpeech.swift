import Words

/// The argument parser's own refusals (`Unknown option '--x'`, `Missing expected argument`, …)
/// said in the officer's language: the sentence, the command's usage line from `CommandHelp`
/// and the hint `borderdesk COMMAND --help`. The parser's error types are internal; its public
/// `message(for:)` is English, so each kind is recognised by that text, narrowly (the parser's
/// sentence, whole), and anything else is said generally. The exit status stays the parser's.
public enum ParseErrorSpeech {
    /// The lines for `message` (the parser's `message(for:)`), for the command `arguments`
    /// name in the command tree `root` (none: no usage line), in `language`.
    public static func lines(_ message: String, arguments: [String], root: CommandHelp.Command?, language: Language) -> [String] {
        let path = root.map { commandPath(arguments, root: $0) }
        var lines = ["borderdesk: " + sentence(message).text(language)]
        if let path {
            lines.append(Word.parseUsageLine(CommandHelp.usage(path, language: language)).text(language))
            lines.append(Word.parseSeeHelp(path.map(\.name).joined(separator: " ")).text(language))
        }
        return lines
    }

    /// The parser's English sentence as a `Word`.
    static func sentence(_ message: String) -> Word {
        let text = message.trimmingSuffix("\n")
        if let m = text.wholeMatch(of: #/Unknown option '(.+)'\. Did you mean '(.+)'\?/#) {
            return .parseUnknownOption(shown(m.1), suggestion: String(m.2))
        }
        if let m = text.wholeMatch(of: #/Unknown option '(.+)'/#) { return .parseUnknownOption(shown(m.1), suggestion: nil) }
        if let m = text.wholeMatch(of: #/Invalid option: (.+)/#) { return .parseInvalidOption(shown(m.1)) }
        if let m = text.wholeMatch(of: #/Missing value for '(.+)'/#) { return .parseMissingValue(shown(m.1)) }
        if let m = text.wholeMatch(of: #/Missing expected argument '(.+)'/#) { return .parseMissingArgument([String(m.1)]) }
        if let m = text.wholeMatch(of: #/Missing one of: '(.+)'/#) {
            return .parseMissingArgument(m.1.split(separator: "', '").map(String.init))
        }
        if let m = text.wholeMatch(of: #/(?s)The value '(.*)' is invalid for '([^']+)'(.*)/#) {
            return invalidValue(String(m.1), option: String(m.2), tail: String(m.3))
        }
        if let m = text.wholeMatch(of: #/(?s)The value '(.*)' is invalid\.(.*)/#) {
            return invalidValue(String(m.1), option: "", tail: String(m.2))
        }
        if let m = text.wholeMatch(of: #/Unexpected argument '(.*)'/#) { return .parseUnexpectedArguments([shown(m.1)]) }
        if let m = text.wholeMatch(of: #/\d+ unexpected arguments: '(.*)'/#) {
            return .parseUnexpectedArguments(m.1.split(separator: "', '").map { shown($0) })
        }
        if let m = text.wholeMatch(of: #/The option '(.+)' does not take any value, but '(.*)' was specified\./#) {
            return .parseFlagWithValue(shown(m.1), value: shown(m.2))
        }
        if text == "Missing required subcommand." { return .parseMissingSubcommand }
        // A command's own `validate()` refusal (`--from: a date such as 2025-07-28`): the
        // project's English, said through the command line's phrases when they know it.
        let own = Word.commandLine(text)
        return own.id != own.en ? own : .parseArgumentsNotUnderstood
    }

    /// `The value 'x' is invalid for '--y <y>'` and what follows: the accepted values
    /// (`. Please provide one of 'id' and 'en'.`, or one per line) or a reason (`: …`, the
    /// project's own English, said through the command line's phrases).
    static func invalidValue(_ value: String, option: String, tail: String) -> Word {
        var accepted: [String] = []
        var reason: Word?
        if tail.hasPrefix(". Please provide one of the following:") {
            accepted = tail.split(separator: "\n").dropFirst().compactMap { line in
                line.hasPrefix("  - ") ? String(line.dropFirst(4)) : nil
            }
        } else if tail.hasPrefix(". Please provide one of ") {
            accepted = tail.matches(of: #/'([^']*)'/#).map { String($0.1) }
        } else if tail.hasPrefix(": ") {
            reason = Word.commandLine(String(tail.dropFirst(2)))
        }
        let shownOption = option.isEmpty ? "" : option
        return .parseInvalidValue(shown(value), for: shownOption, accepted: accepted, reason: reason)
    }

    /// What the officer typed, quoted back no longer than a line allows.
    static func shown(_ text: some StringProtocol) -> String {
        text.count > 60 ? String(text.prefix(59)) + "…" : String(text)
    }

    /// The commands the arguments name from the root down: the leading words that are
    /// subcommands (the arguments as parsed: `Borderdesk.namingTheCommand` has put `run` first
    /// when they name none).
    public static func commandPath(_ arguments: [String], root: CommandHelp.Command) -> [CommandHelp.Command] {
        var path = [root]
        for word in arguments {
            guard let sub = path.last!.subcommands.first(where: { $0.name == word }) else { break }
            path.append(sub)
        }
        return path
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
