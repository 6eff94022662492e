import ArgumentParser
import Words
import EventLog
import BorderOps
import Ingest
import Reports
import Catalogs

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: Word.commandSummary.help
    )

    @OptionGroup var input: SourceOptions

    @Flag(help: .word(.optionSummaryJSON))
    var json = false

    @Flag(help: .word(.optionStrictDecoder))
    var strictDecoder = false

    @Flag(help: .word(.optionSingleThread))
    var singleThread = false

    mutating func run() throws {
        let files = try SettingsFiles.forCommand()
        try reportingErrors {
            let result = try FoldedSources.read(input.named(files), recursive: input.recursive, decodePath: strictDecoder ? .strictOnly : .automatic, pipelined: !singleThread,
                                                checkpoint: !input.noCheckpoint, language: spokenLanguage)
            var out = StandardOutput()
            if json {
                out.rendered(HeadlessSummary.text(result.fold) + "\n")
            } else {
                for line in SummaryTable.lines(result.fold) { out.rendered(line + "\n") }
            }
            out.flush()
            for note in result.incompleteLineNotes { say(note) }
            exitKeeping(result)
        }
    }
}
