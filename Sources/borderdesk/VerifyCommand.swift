import ArgumentParser
import EventLog

/// `borderdesk verify`: recomputes each file's running hash and checks every `prev` and anchor
/// (docs/event-format.md, "Integrity"). One pass over each file, in bounded memory.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the integrity chain of event files: every prev, and anchors from printed reports.",
        discussion: """
            Per file: the lines read, the lines that carry prev, the first broken link as
            FILE:LINE: reason, and how many lines at the end no link covers yet.
            --anchor LINE:HASH (or FILE:LINE:HASH when several files are read) checks that the
            running hash after line LINE is still HASH, as a printed report gives it.
            Exit status: 0 when every link and anchor holds, 1 when one does not, 2 when a
            source cannot be read.
            """
    )

    @Argument(help: "Event files, directories or - for standard input.")
    var sources: [String]

    @Option(name: .customLong("anchor"), help: "[FILE:]LINE:HASH from a report (repeatable).")
    var anchors: [String] = []

    @Flag(help: "Directory sources take in their subfolders too.")
    var recursive = false

    mutating func run() throws {
        try reportingErrors {
            let check = try ChainCheck(sources, recursive: recursive, anchors: anchors)
            var out = StandardOutput()
            for line in check.lines { out.line(line) }
            out.flush()
            for notice in check.unreadable { printError("borderdesk: cannot read \(notice)") }
            for (path, bytes) in check.incompleteLines {
                printError("borderdesk: \(path): last line has no newline yet (\(bytes) bytes); not counted until it is complete")
            }
            if !check.unreadable.isEmpty { throw ExitCode(2) }
            if !check.holds { throw ExitCode(1) }
        }
    }
}
