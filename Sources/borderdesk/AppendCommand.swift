import ArgumentParser
import BorderOps
import Catalogs
import Configuration
import Words
import EventLog
import Ingest
import SafeText

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

    @Option(name: .customLong("known"), parsing: .upToNextOption, help: .word(.optionKnown))
    var known: [String] = []

    @Flag(name: .customLong("jsonl"), help: .word(.optionJSONLines))
    var jsonLines = false

    @Option(help: .word(.optionLanguage))
    var lang: Language?

    @Option(help: .word(.optionAppendZone))
    var zone: String?

    @Option(help: .word(.optionPostsRun))
    var posts: String?

    mutating func run() throws {
        try reportingErrors {
            let files = try SettingsFiles.current()
            let language = files.language(lang)
            // The machine's `post` stands in for `--post` when the event is built from options.
            let post = post ?? (json || jsonLines ? nil : files.value("post", commandLine: nil))
            let request = EventDraft(type: type, post: post, by: by, exercise: exercise, fields: fields,
                                     zone: try files.zone(zone, post: post, postsFile: posts), language: language)
            let events = jsonLines ? try request.events(fromLines: StandardInput.read)
                : [try request.event(from: json ? try request.object(from: StandardInput.read) : [])]
            // References are checked against the file written and every known source: those
            // named with --known, else the settings' `sources` (not the sample data).
            let knownFiles = try KnownSources.files(known.isEmpty ? files.settings["sources"]?.values ?? [] : known, besides: file)
            let written = try AppendBatch(events, force: force, known: knownFiles).write(to: file)
            for note in written.notes { say(note) }
            var out = StandardOutput()
            if jsonLines {
                // One line for a batch: a million events would otherwise be a million lines.
                out.line(Word.appendedEvents(count: events.count, file: file, firstLine: written.firstLine).text(language))
            } else {
                for (i, event) in events.enumerated() {
                    out.line(Word.appendedEvent(type: event.type, id: event.id, file: file, line: written.firstLine + i).text(language))
                }
            }
            out.flush()
        }
    }
}
