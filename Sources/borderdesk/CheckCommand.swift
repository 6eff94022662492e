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

    @OptionGroup var files: CheckedFiles

    mutating func run() throws {
        try reportingErrors {
            let language = try SettingsFiles.forCommand().language(files.lang)
            let result = try FoldedSources.read(files.sources, recursive: files.recursive, problems: ProblemLog(limit: 10_000, keeping: .first), language: language)
            var out = StandardOutput()
            for line in result.checkListing(language) { out.line(line) }
            out.flush()
            for note in result.incompleteLineNotes { say(note) }
            exitKeeping(result, status: result.fold.counts.malformed > 0 ? 1 : 0)
        }
    }
}
