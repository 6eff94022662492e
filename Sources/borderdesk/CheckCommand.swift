import ArgumentParser
import Words
import EventLog
import BorderOps
import Catalogs
import Ingest

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Word.commandCheck.help,
        discussion: Word.commandCheckDiscussion.help
    )

    @Argument(help: .word(.optionSources))
    var sources: [String]

    @Flag(help: .word(.optionRecursive))
    var recursive = false

    @Option(help: .word(.optionLanguageReport))
    var lang: Language?

    mutating func run() throws {
        try reportingErrors {
            let language = try SettingsFiles.forCommand().language(lang)
            let result = try FoldedSources.read(sources, recursive: recursive, problems: ProblemLog(limit: 10_000, keeping: .first), language: language)
            var out = StandardOutput()
            for line in result.checkListing(language) { out.line(line) }
            out.flush()
            for note in result.incompleteLineNotes { say(note) }
            exitKeeping(result, status: result.fold.counts.malformed > 0 ? 1 : 0)
        }
    }
}
