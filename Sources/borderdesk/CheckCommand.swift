import ArgumentParser
import EventLog
import BorderOps
import Ingest

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate event files: every malformed line as FILE:LINE: reason.",
        discussion: "Exit status: 0 when no line is malformed, 1 when any is, 2 when a source cannot be read."
    )

    @Argument(help: "Event files, directories or - for standard input.")
    var sources: [String]

    @Flag(help: "Directory sources take in their subfolders too (a headquarters' tree of posts).")
    var recursive = false

    mutating func run() throws {
        try reportingErrors {
            let result = try FoldedSources.read(sources, recursive: recursive, problems: ProblemLog(limit: 10_000, keeping: .first))
            var out = StandardOutput()
            for problem in result.fold.problems {
                out.line("\(problem.origin.source):\(problem.origin.line): \(problem.reason)")
            }
            if result.fold.problems.dropped > 0 {
                out.line("… \(result.fold.problems.dropped) more malformed lines not listed (the first \(result.fold.problems.count) are)")
            }
            let c = result.fold.counts
            out.line("\(c.lines) lines: \(c.folded) valid, \(c.voided) voided, \(c.malformed) malformed, \(c.duplicates) duplicate ids, \(c.unknown) unknown types")
            out.flush()
            for note in result.incompleteLineNotes { printError("borderdesk: \(note)") }
            exitKeeping(result, status: c.malformed > 0 ? 1 : 0)
        }
    }
}
