import ArgumentParser
import CommandLineHelp
import Words
import Configuration
import EventLog

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Borderdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderdesk",
        abstract: Word.commandBorderdesk.help,
        discussion: Word.commandBorderdeskDiscussion.help,
        version: BorderdeskVersion.text,
        subcommands: [RunCommand.self, DemoCommand.self, SummaryCommand.self, CheckCommand.self, VerifyCommand.self, AlertsCommand.self, ReportCommand.self, AppendCommand.self, ChecklistCommand.self, GenerateCommand.self, ConfigCommand.self]
    )

    /// The command that runs when none is named (`borderdesk sample-data` is `borderdesk run
    /// sample-data`). Named here, not as the parser's `defaultSubcommand`, which makes every
    /// parse, of every command, build and check `run`'s options too: a third of a short
    /// command's start (`check` 39 → 24 ms of processor time in a debug build).
    static let commandWhenNoneIsNamed = RunCommand.self

    /// The arguments with `run` put first when they name no command and ask nothing of the
    /// root itself (its help, its version).
    static func namingTheCommand(_ arguments: [String]) -> [String] {
        let rootsOwn: Set<String> = ["help", "-h", "--help", "--version", "--generate-completion-script", "--experimental-dump-help"]
        if let first = arguments.first,
           rootsOwn.contains(first) || configuration.subcommands.contains(where: { $0._commandName == first }) {
            return arguments
        }
        return [commandWhenNoneIsNamed._commandName] + arguments
    }

    /// The arguments parsed by the command they name, as a root of its own: the parser then
    /// builds that command's options only, not every command's (in a debug build it also checks
    /// each one it builds: most of a short command's start, paid ~440 times by the test suite).
    /// What the officer sees is the same: help and refusals are worded from `helpTree(naming:)`.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        var named: any ParsableCommand.Type = Borderdesk.self
        var rest = arguments[...]
        while let word = rest.first, let sub = named.configuration.subcommands.first(where: { $0._commandName == word }) {
            named = sub
            rest = rest.dropFirst()
        }
        guard named != Borderdesk.self, !isParsedFromTheRoot(named) else { return try parseAsRoot(arguments) }
        return try named.parseAsRoot(Array(rest))
    }

    /// A command of commands (`report`, `checklist`) is parsed from the root, which takes
    /// `--version` there; a command that runs is parsed as a root of its own.
    static func isParsedFromTheRoot(_ command: any ParsableCommand.Type) -> Bool { !command.configuration.subcommands.isEmpty }

    /// The argument parser's own entry point, except that its messages (which quote the
    /// arguments: `Unknown option '…'`) go through the one sanitiser like every other line.
    /// First the process's limits (`ProcessLimits.prepare`: descriptors, SIGXFSZ), then every
    /// argument's bytes must be UTF-8 (`ArgumentBytes`: Swift would replace a bad byte silently).
    static func main() {
        ProcessLimits.prepare()
        if let bad = ArgumentBytes.firstInvalidUTF8() {
            let word = Word.argumentNotUTF8(index: bad.index, option: bad.option, isSeparateValue: bad.isSeparateValue, byte: bad.byte, offset: bad.offset)
            printError("borderdesk: " + word.text(languageBeforeParsing))
            terminate(2)
        }
        // `help COMMAND…` is answered before parsing: the parser's `help` takes no `--lang`.
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "help", let tree = helpTree(naming: arguments), let path = CommandHelp.requested(arguments, root: tree) {
            print(CommandHelp.text(path, language: helpLanguage))
            terminate(0)
        }
        var command: any ParsableCommand
        do {
            command = try parse(namingTheCommand(arguments))
        } catch {
            finish(error, arguments, parsing: true)
        }
        do {
            try command.run()
        } catch {
            finish(error, arguments, parsing: false)
        }
    }

    /// A parse or a command that ended by throwing: help in the officer's language when it was
    /// asked for; a refusal of the arguments in the officer's language (`ParseErrorSpeech`);
    /// else the parser's message (the version; a refusal already said by `reportingErrors`)
    /// and its status. Each of the parser's messages is made once at most: making one describes
    /// the command again (and a debug build checks it again).
    static func finish(_ error: any Error, _ arguments: [String], parsing: Bool) -> Never {
        let status = exitCode(for: error)
        if status == .success {
            let full = fullMessage(for: error)
            printHelpIfAsked(full, arguments)
            ProcessExit.say(full, status: status.rawValue)
        } else if parsing, case let message = message(for: error), !message.isEmpty {
            for line in ParseErrorSpeech.lines(message, arguments: namingTheCommand(arguments), root: helpTree(naming: arguments), language: languageBeforeParsing) { printError(line) }
        } else {
            ProcessExit.say(fullMessage(for: error), status: status.rawValue)
        }
        terminate(status.rawValue)
    }
}

extension Borderdesk {
    /// A help request (`--help`, `-h`, `help`; the parser may answer it while parsing or as a
    /// command run) or a command of commands named alone (`borderdesk report`, for which the
    /// parser prints its help): the officer's help is printed instead of the parser's
    /// (`CommandHelp`), and the process ends. `parsersMessage`: the parser's own (its help
    /// begins `OVERVIEW:`).
    static func printHelpIfAsked(_ parsersMessage: String, _ arguments: [String]) {
        let parsersHelp = parsersMessage.hasPrefix("OVERVIEW:")
        // The version, asked for, is not help: no command is described for it.
        guard parsersHelp || CommandHelp.asksForHelp(arguments), let tree = helpTree(naming: arguments) else { return }
        if let path = CommandHelp.requested(arguments, root: tree) {
            print(CommandHelp.text(path, language: helpLanguage))
            terminate(0)
        }
        if parsersHelp {
            print(CommandHelp.text(ParseErrorSpeech.commandPath(namingTheCommand(arguments), root: tree), language: helpLanguage))
            terminate(0)
        }
    }
}

extension Borderdesk {
    /// The commands as the parser describes them, for the officer's help and refusals, in
    /// full only those the arguments name (`CommandHelp.tree`).
    static func helpTree(naming arguments: [String]) -> CommandHelp.Command? {
        let commands = configuration.subcommands.map { command in
            CommandHelp.Listed(name: command._commandName, abstract: command.configuration.abstract, discussion: command.configuration.discussion,
                               takesRootVersion: isParsedFromTheRoot(command), describe: { command._dumpHelp() })
        }
        return CommandHelp.tree(rootDump: RootAlone._dumpHelp(), whenNoneIsNamed: commandWhenNoneIsNamed._commandName, commands: commands,
                                naming: Set(namingTheCommand(arguments).prefix { $0 != "--" }))
    }

    /// The root without its commands: its own options (`--version`, `--help`) described.
    private struct RootAlone: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: Borderdesk.configuration.commandName, abstract: Borderdesk.configuration.abstract,
                                                        discussion: Borderdesk.configuration.discussion, version: Borderdesk.configuration.version)
    }
}

extension NumberRange.Refusal: OneLineFailure {}

extension ParsableArguments {
    /// Runs `body`, turning a `UserFacingError` into `borderdesk: message` (in the command's
    /// language) and its exit status (also from `validate()`, where ArgumentParser would
    /// otherwise print usage and exit 64).
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as any OneLineFailure {
            say(error.message)
            throw ExitCode(error.exitCode)
        } catch let error as any WordedFailure {
            printError("borderdesk: " + error.word.text(spokenLanguage))
            throw ExitCode(error.exitCode)
        }
    }
}

/// The C library's `exit` (inside a command, `exit` names the argument parser's).
private func terminate(_ status: Int32) -> Never { exit(status) }
