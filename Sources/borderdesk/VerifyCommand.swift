import ArgumentParser
import Words
import EventLog
import Catalogs
import Ingest

/// `borderdesk verify`: recomputes each file's running hash and checks every `prev` and anchor
/// (docs/event-format.md, "Integrity"). One pass over each file, in bounded memory.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: Word.commandVerify.help,
        discussion: Word.commandVerifyDiscussion.help
    )

    @OptionGroup var files: CheckedFiles

    @Option(name: .customLong("anchor"), help: .word(.optionAnchor))
    var anchors: [String] = []

    mutating func run() throws {
        try reportingErrors {
            let language = try SettingsFiles.forCommand().language(files.lang)
            let check = try ChainCheck(files.sources, recursive: files.recursive, anchors: anchors)
            var out = StandardOutput()
            for finding in check.findings { out.line(finding.word.text(language)) }
            out.flush()
            for notice in check.unreadable { say("cannot read \(notice)") }
            for (path, bytes) in check.incompleteLines {
                say("\(path): last line has no newline yet (\(bytes) bytes); not counted until it is complete")
            }
            if !check.unreadable.isEmpty { throw ExitCode(2) }
            if !check.holds { throw ExitCode(1) }
        }
    }
}
