import ArgumentParser
import EventLog
import Ingest

struct AppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append one validated event to an event file (locked, one write, fsync).",
        discussion: """
            --field key=value sets a field: a string, or an integer for the integer fields
            (manifest, count, value_idr, suspects), or a comma-separated list for agencies and
            attendees. --field key:=JSON sets any JSON value (steps, null, ...).
            id and ts are filled in when missing (ts: now, with the local offset).
            Exit status 2, and nothing written, when the event is not valid.
            """
    )

    @Argument(help: "The event file to append to (created with mode 0640 if missing).")
    var file: String

    @Option(help: "The event type, e.g. passenger.checked.")
    var type: String?

    @Option(help: "The border post id, e.g. nunukan.")
    var post: String?

    @Option(help: "Who records it: officer, operator or device id.")
    var by: String?

    @Flag(help: "Mark the event as exercise (drill or demo) data.")
    var exercise = false

    @Option(name: .customLong("field"), help: "key=value or key:=JSON (repeatable).")
    var fields: [String] = []

    @Flag(help: "Read one event object from standard input instead of --type/--field.")
    var json = false

    @Flag(help: "Append an action.assigned that moves an action to another meeting than the one it is in.")
    var force = false

    @Flag(name: .customLong("jsonl"), help: "Read events from standard input, one object a line; all are checked before any is written.")
    var jsonLines = false

    mutating func run() throws {
        try reportingErrors {
            let request = EventDraft(type: type, post: post, by: by, exercise: exercise, fields: fields)
            let events = jsonLines ? try request.events(fromLines: StandardInput.read)
                : [try request.event(from: json ? try request.object(from: StandardInput.read) : [])]
            for note in try AppendBatch(events, force: force).write(to: file) { printError("borderdesk: \(note)") }
        }
    }
}
