import ArgumentParser
import EventLog
import BorderOps
import Ingest
import Reports

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Fold the sources and print the state: a table, or --json for scripts."
    )

    @OptionGroup var input: SourceOptions

    @Flag(help: "Print the headless summary as JSON (docs/event-format.md).")
    var json = false

    @Flag(help: "Decode with the strict full-JSON path only (slower; the fast path's reference).")
    var strictDecoder = false

    @Flag(help: "Read, decode and fold on one thread (the reference for the two-thread pipeline).")
    var singleThread = false

    mutating func run() throws {
        try reportingErrors {
            let result = try FoldedSources.read(input.sources, recursive: input.recursive, decodePath: strictDecoder ? .strictOnly : .automatic, pipelined: !singleThread,
                                                checkpoint: !input.noCheckpoint)
            var out = StandardOutput()
            if json {
                out.rendered(HeadlessSummary.text(result.fold) + "\n")
            } else {
                for line in SummaryTable.lines(result.fold) { out.rendered(line + "\n") }
            }
            out.flush()
            for note in result.incompleteLineNotes { printError("borderdesk: \(note)") }
            exitKeeping(result)
        }
    }
}
