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
    /// What the officer sees is the same: help and refusals are worded from `helpTree()`.
    static func parse(_ arguments: [String]) throws -> any ParsableCommand {
        var named: any ParsableCommand.Type = Borderdesk.self
        var rest = arguments[...]
        while let word = rest.first, let sub = named.configuration.subcommands.first(where: { $0._commandName == word }) {
            named = sub
            rest = rest.dropFirst()
        }
        guard named != Borderdesk.self, named.configuration.subcommands.isEmpty else { return try parseAsRoot(arguments) }
        return try named.parseAsRoot(Array(rest))
    }

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
        if arguments.first == "help", let tree = helpTree(), let path = CommandHelp.requested(arguments, root: tree) {
            print(CommandHelp.text(path, language: helpLanguage))
            terminate(0)
        }
        var command: any ParsableCommand
        do {
            command = try parse(namingTheCommand(arguments))
        } catch {
            let status = exitCode(for: error)
            printHelpIfAsked(error, arguments)
            // A refusal of the arguments: in the officer's language (`ParseErrorSpeech`); the
            // version, and a refusal already said by `reportingErrors` (no message), as before.
            let message = message(for: error)
            if status != .success, !message.isEmpty {
                for line in ParseErrorSpeech.lines(message, arguments: namingTheCommand(arguments), root: helpTree(), language: languageBeforeParsing) { printError(line) }
            } else {
                ProcessExit.say(fullMessage(for: error), status: status.rawValue)
            }
            terminate(status.rawValue)
        }
        do {
            try command.run()
        } catch {
            let status = exitCode(for: error)
            printHelpIfAsked(error, arguments)
            ProcessExit.say(fullMessage(for: error), status: status.rawValue)
            terminate(status.rawValue)
        }
    }
}

extension Borderdesk {
    /// A help request (`--help`, `-h`, `help`; the parser may answer it while parsing or as a
    /// command run) or a command of commands named alone (`borderdesk report`, for which the
    /// parser prints its help): the officer's help is printed instead of the parser's
    /// (`CommandHelp`), and the process ends.
    static func printHelpIfAsked(_ error: any Error, _ arguments: [String]) {
        guard exitCode(for: error) == .success, let tree = helpTree() else { return }
        if let path = CommandHelp.requested(arguments, root: tree) {
            print(CommandHelp.text(path, language: helpLanguage))
            terminate(0)
        }
        if fullMessage(for: error).hasPrefix("OVERVIEW:") {
            print(CommandHelp.text(ParseErrorSpeech.commandPath(namingTheCommand(arguments), root: tree), language: helpLanguage))
            terminate(0)
        }
    }
}

extension Borderdesk {
    /// The commands as the parser describes them, for the officer's help (`CommandHelp`).
    static func helpTree() -> CommandHelp.Command? {
        CommandHelp.tree(dump: _dumpHelp(), commandWhenNoneIsNamed: commandWhenNoneIsNamed._commandName)
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
