import JSON
import Words

/// `--help` (and `help COMMAND`) in the officer's language. The argument parser cannot have
/// its headings ("OVERVIEW", "USAGE", "Show help information.") replaced, so the help is
/// printed here, from the commands' own description (`_dumpHelp`: abstracts, options, defaults,
/// as configured through the words table) with the headings from `CommandHelpWords`, laid out
/// as the parser lays it out (80 columns, the help text from column 27).
public enum CommandHelp {
    public struct Command: Sendable {
        public var name: String
        public var abstract = ""
        public var discussion = ""
        public var defaultSubcommand: String?
        public var subcommands: [Command] = []
        public var arguments: [Argument] = []

        /// A command as a list of commands names it: its name and its words, its options unread.
        public init(name: String, abstract: String = "", discussion: String = "") {
            self.name = name
            self.abstract = abstract
            self.discussion = discussion
        }
    }

    public struct Argument: Sendable {
        public var kind: String
        /// `-h`, `--help`, short ones first, as written on the command line.
        public var names: [String]
        public var valueName: String
        public var abstract: String
        public var defaultValue: String?
        public var values: [String]
        public var isOptional: Bool
        public var isRepeating: Bool
    }

    /// The commands from the root down that a help request names (`borderdesk run --help`,
    /// `borderdesk help report desk`), or nil when the arguments ask for no help.
    public static func requested(_ arguments: [String], root: Command) -> [Command]? {
        guard asksForHelp(arguments) else { return nil }
        let words = Array(arguments.prefix { $0 != "--" })
        var path = [root]
        for word in words.dropFirst(words.first == "help" ? 1 : 0) {
            if let sub = path.last!.subcommands.first(where: { $0.name == word }) { path.append(sub) }
        }
        return path
    }

    /// Whether the arguments ask for help (`-h`, `--help` before any `--`, or `help` first):
    /// answered without the command tree, so that a command that asks none never builds it.
    public static func asksForHelp(_ arguments: [String]) -> Bool {
        let words = arguments.prefix { $0 != "--" }
        return words.contains("-h") || words.contains("--help") || words.first == "help"
    }

    /// A command as the tree lists it: its name and words, and its description (the parser's
    /// `_dumpHelp()` of it alone) asked for only where the arguments name it.
    public struct Listed {
        public var name: String
        public var abstract: String
        public var discussion: String
        /// Parsed from the root (a command of commands), it takes the root's `--version` there.
        public var takesRootVersion: Bool
        public var describe: () -> String

        public init(name: String, abstract: String, discussion: String, takesRootVersion: Bool, describe: @escaping () -> String) {
            (self.name, self.abstract, self.discussion, self.takesRootVersion, self.describe) = (name, abstract, discussion, takesRootVersion, describe)
        }
    }

    /// The commands for the officer's help and refusals (`CommandHelpText`, `ParseErrorSpeech`):
    /// the root (`rootDump`: its own options described), the command that runs when none is
    /// named, its commands by name and words, and in full only those `words` name. Each is
    /// described alone, as a command that runs is parsed (a root of its own), so its help lists
    /// the options it takes: `summary --help` lists no `--version`, which `summary --version`
    /// refuses. Describing every command cost a debug build 30 ms for each refusal and each help
    /// (the parser checks each command it describes). A command whose description cannot be
    /// read is listed by its name and words, as the others; nil if the root's cannot (the
    /// parser's own help is printed then).
    public static func tree(rootDump: String, whenNoneIsNamed: String, commands: [Listed], naming words: Set<String>) -> Command? {
        guard var root = command(dump: rootDump) else { return nil }
        root.defaultSubcommand = whenNoneIsNamed
        root.subcommands = commands.map { listed in
            guard words.contains(listed.name), var described = command(dump: listed.describe()) else {
                return Command(name: listed.name, abstract: listed.abstract, discussion: listed.discussion)
            }
            // Listed before its own `--help`, as the root lists it (`borderdesk report --version`).
            if listed.takesRootVersion, let version = root.arguments.first(where: { $0.names == ["--version"] }) {
                described.arguments.insert(version, at: described.arguments.firstIndex { $0.names.contains("--help") } ?? described.arguments.endIndex)
            }
            return described
        }
        return root
    }

    /// One command as the parser describes it (`_dumpHelp()`'s JSON, of that command and the
    /// commands under it); nil if it cannot be read.
    public static func command(dump: String) -> Command? {
        guard let json = try? StrictJSONParser.parse(dump), let root = json["command"] else { return nil }
        return command(root)
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
}
