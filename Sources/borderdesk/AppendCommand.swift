import ArgumentParser
import Words
import EventLog
import Ingest
import Catalogs

struct AppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: Word.commandAppend.help,
        discussion: Word.commandAppendDiscussion.help
    )

    @Argument(help: .word(.optionAppendFile))
    var file: String

    @Option(help: .word(.optionType))
    var type: String?

    @Option(help: .word(.optionPost))
    var post: String?

    @Option(help: .word(.optionBy))
    var by: String?

    @Flag(help: .word(.optionExercise))
    var exercise = false

    @Option(name: .customLong("field"), help: .word(.optionField))
    var fields: [String] = []

    @Flag(help: .word(.optionAppendJSON))
    var json = false

    @Flag(help: .word(.optionForce))
    var force = false

    @Flag(name: .customLong("jsonl"), help: .word(.optionJSONLines))
    var jsonLines = false

    mutating func run() throws {
        // The machine's `post` stands in for `--post` when the event is built from options.
        let files = try SettingsFiles.forCommand()
        try reportingErrors {
            let request = EventDraft(type: type, post: post ?? (json || jsonLines ? nil : files.value("post", commandLine: nil)), by: by, exercise: exercise, fields: fields)
            let events = jsonLines ? try request.events(fromLines: StandardInput.read)
                : [try request.event(from: json ? try request.object(from: StandardInput.read) : [])]
            for note in try AppendBatch(events, force: force).write(to: file) { printError("borderdesk: \(note)") }
        }
    }
}
