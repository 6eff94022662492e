import Words

/// `--help`'s text laid out as the argument parser lays it out (80 columns, the help text from
/// column 27), its headings in the officer's language (`CommandHelpWords`).
extension CommandHelp {
    static let width = 80
    static let labelWidth = 24

    /// The help of the last command of `path`, in `language`.
    public static func text(_ path: [Command], language: Language) -> String {
        let command = path.last!
        let t = { (word: Word) in word.text(language) }
        var out: [String] = []
        if !command.abstract.isEmpty { out += wrap("\(t(.helpOverview)): \(command.abstract)", width: width) }
        if !command.discussion.isEmpty { out += [""] + wrap(command.discussion, width: width) }
        if !out.isEmpty { out.append("") }
        out += wrap("\(t(.helpUsage)): \(usage(path, language: language))", width: width)
        let positionals = command.arguments.filter { $0.kind == "positional" }
        let options = command.arguments.filter { $0.kind != "positional" }
        if !positionals.isEmpty {
            out += ["", "\(t(.helpArguments)):"]
            for a in positionals { out += row("<\(a.valueName)>", describe(a, language)) }
        }
        if !options.isEmpty {
            out += ["", "\(t(.helpOptions)):"]
            for a in options {
                let label = a.names.joined(separator: ", ") + (a.kind == "option" ? " <\(a.valueName)>" : "")
                out += row(label, describe(a, language))
            }
        }
        if !command.subcommands.isEmpty {
            out += ["", "\(t(.helpSubcommands)):"]
            for sub in command.subcommands {
                out += row(sub.name + (sub.name == command.defaultSubcommand ? " \(t(.helpDefaultSubcommand))" : ""), sub.abstract)
            }
            out += ["", "  " + t(.helpSeeSubcommand(path[0].name))]
        }
        return out.joined(separator: "\n")
    }

    /// `borderdesk run [<opsi>] [<sources> ...]`: the options that must be given written out,
    /// the others as one placeholder, then the positional arguments.
    public static func usage(_ path: [Command], language: Language) -> String {
        let command = path.last!
        var parts = path.map(\.name)
        let named = command.arguments.filter { $0.kind != "positional" }
        let own = named.filter { !$0.names.contains("--help") && !$0.names.contains("--version") }
        if !command.subcommands.isEmpty && own.isEmpty && !command.arguments.contains(where: { $0.kind == "positional" }) {
            return (parts + [Word.helpSubcommandPlaceholder.text(language)]).joined(separator: " ")
        }
        for a in own where !a.isOptional {
            parts.append((a.names.last ?? "") + (a.kind == "option" ? " <\(a.valueName)>" : "") + (a.isRepeating ? " ..." : ""))
        }
        if named.contains(where: \.isOptional) { parts.append("[\(Word.helpOptionsPlaceholder.text(language))]") }
        for a in command.arguments where a.kind == "positional" {
            let name = "<\(a.valueName)>" + (a.isRepeating ? " ..." : "")
            parts.append(a.isOptional ? "[\(name)]" : name)
        }
        if !command.subcommands.isEmpty { parts.append(Word.helpSubcommandPlaceholder.text(language)) }
        return parts.joined(separator: " ")
    }

    /// An argument's help: its words, the parser's own flags in the help's language, its
    /// default and its values when it has them.
    static func describe(_ a: Argument, _ language: Language) -> String {
        if a.names.contains("--help") { return Word.helpShowHelp.text(language) }
        if a.names.contains("--version") { return Word.helpShowVersion.text(language) }
        var text = a.abstract
        if !a.values.isEmpty { text += " " + Word.helpValues(a.values.joined(separator: ", ")).text(language) }
        if let value = a.defaultValue, !value.isEmpty, a.kind != "flag" { text += " " + Word.helpDefaultValue(value).text(language) }
        return text
    }

    /// `  label                   text…`, the text wrapped from column 27 (a long label on its own line).
    static func row(_ label: String, _ text: String) -> [String] {
        let pad = String(repeating: " ", count: labelWidth + 2)
        let lines = wrap(text, width: width - pad.count)
        if label.count >= labelWidth { return ["  " + label] + lines.map { pad + $0 } }
        let head = "  " + label + String(repeating: " ", count: labelWidth - label.count)
        return lines.enumerated().map { ($0.offset == 0 ? head : pad) + $0.element }
    }

    /// Lines of at most `width` characters, broken at spaces (a longer word stands alone). The
    /// text's own line breaks are kept after a sentence (`.`, `:`); inside one they were laid
    /// out for the English, and the words flow on.
    static func wrap(_ text: String, width: Int) -> [String] {
        var paragraphs: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let last = paragraphs.last?.last, !".:!?".contains(last), !line.isEmpty {
                paragraphs[paragraphs.count - 1] += " " + line
            } else {
                paragraphs.append(String(line))
            }
        }
        var lines: [String] = []
        for paragraph in paragraphs {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty { line = String(word) } else if line.count + 1 + word.count <= width { line += " " + word } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }
}
