import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

@main
struct Borderdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "borderdesk",
        abstract: "Border-post operations from append-only event files (JSON Lines).",
        discussion: """
            SOURCES are event files, directories (every *.jsonl in them) or - for standard input.
            Event format: docs/event-format.md.
            """,
        subcommands: [RunCommand.self, DemoCommand.self, SummaryCommand.self, CheckCommand.self, AlertsCommand.self, ReportCommand.self, AppendCommand.self, ChecklistCommand.self, GenerateCommand.self],
        defaultSubcommand: RunCommand.self
    )

    static func main() {
        if let problem = ArgumentBytes.firstInvalidUTF8() {
            printError("borderdesk: \(problem)")
            Glibc.exit(2)
        }
        main(nil)
    }
}

/// A failure the user can act on: printed as one line on standard error, then a non-zero exit.
struct UserFacingError: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32 = 2
    var description: String { message }
}

extension ParsableArguments {
    /// Runs `body`, turning a `UserFacingError` into `borderdesk: message` and its exit status
    /// (also from `validate()`, where ArgumentParser would otherwise print usage and exit 64).
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as UserFacingError {
            printError("borderdesk: \(error.message)")
            throw ExitCode(error.exitCode)
        }
    }
}
