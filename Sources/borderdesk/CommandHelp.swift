import ArgumentParser
import JSON
import Words

/// `--help` (and `help COMMAND`) in the officer's language. The argument parser cannot have
/// its headings ("OVERVIEW", "USAGE", "Show help information.") replaced, so the help is
/// printed here, from the commands' own description (`_dumpHelp`: abstracts, options, defaults,
/// as configured through the words table) with the headings from `CommandHelpWords`, laid out
/// as the parser lays it out (80 columns, the help text from column 27).
enum CommandHelp {
    struct Command {
        var name: String
        var abstract = ""
        var discussion = ""
        var defaultSubcommand: String?
        var subcommands: [Command] = []
        var arguments: [Argument] = []
    }

    struct Argument {
        var kind: String
        /// `-h`, `--help`, short ones first, as written on the command line.
        var names: [String]
        var valueName: String
        var abstract: String
        var defaultValue: String?
        var values: [String]
        var isOptional: Bool
        var isRepeating: Bool
    }

    static let width = 80
    static let labelWidth = 24

    /// The commands from the root down that a help request names (`borderdesk run --help`,
    /// `borderdesk help report desk`), or nil when the arguments ask for no help.
    static func requested(_ arguments: [String], root: Command) -> [Command]? {
        let words = Array(arguments.prefix { $0 != "--" })
        guard words.contains("-h") || words.contains("--help") || words.first == "help" else { return nil }
        var path = [root]
        for word in words.dropFirst(words.first == "help" ? 1 : 0) {
            if let sub = path.last!.subcommands.first(where: { $0.name == word }) { path.append(sub) }
        }
        return path
    }

    /// The command tree as the parser describes it; nil if it cannot be read (the parser's
    /// own help is printed then).
    static func tree() -> Command? {
        guard let json = try? StrictJSONParser.parse(Borderdesk._dumpHelp()), let root = json["command"],
              var tree = command(root) else { return nil }
        tree.defaultSubcommand = Borderdesk.commandWhenNoneIsNamed._commandName
        return tree
    }

    private static func command(_ json: JSONValue) -> Command? {
        guard case .string(let name)? = json["commandName"] else { return nil }
        var c = Command(name: name)
        c.abstract = string(json["abstract"]) ?? ""
        c.discussion = string(json["discussion"]) ?? ""
        c.defaultSubcommand = string(json["defaultSubcommand"])
        if case .array(let subs)? = json["subcommands"] {
            // The parser's own `help` subcommand is not listed, as the parser does not list it.
            c.subcommands = subs.compactMap(command).filter { $0.name != "help" }
        }
        if case .array(let arguments)? = json["arguments"] { c.arguments = arguments.compactMap(argument) }
        return c
    }

    private static func argument(_ json: JSONValue) -> Argument? {
        guard json["shouldDisplay"] != .bool(false), let kind = string(json["kind"]) else { return nil }
        var short: [String] = [], long: [String] = []
        if case .array(let list)? = json["names"] {
            for name in list {
                guard let text = string(name["name"]) else { continue }
                switch string(name["kind"]) {
                case "short": short.append("-" + text)
                case "longWithSingleDash": long.append("-" + text)
                default: long.append("--" + text)
                }
            }
        }
        let names = short + long
        var values: [String] = []
        if case .array(let list)? = json["allValues"] { values = list.compactMap(string) }
        return Argument(kind: kind, names: names, valueName: string(json["valueName"]) ?? "", abstract: string(json["abstract"]) ?? "",
                        defaultValue: string(json["defaultValue"]), values: values,
                        isOptional: json["isOptional"] == .bool(true), isRepeating: json["isRepeating"] == .bool(true))
    }

    private static func string(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    /// The help of the last command of `path`, in `language`.
    static func text(_ path: [Command], language: Language) -> String {
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
    static func usage(_ path: [Command], language: Language) -> String {
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
