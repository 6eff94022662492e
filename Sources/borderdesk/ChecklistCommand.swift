import ArgumentParser
import Words
import EventLog
import BorderOps
import Catalogs
import Dashboard
import Ingest

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: Word.commandChecklist.help,
        subcommands: [Start.self]
    )

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: Word.commandChecklistStart.help)

        @Argument(help: .word(.optionTemplate))
        var template: String

        @Option(help: .word(.optionChecklistOperation))
        var op: String

        @Option(help: .word(.optionChecklistFile))
        var file: String

        @Option(help: .word(.optionPost))
        var post: String?

        @Option(help: .word(.optionChecklistBy))
        var by: String?

        @Option(help: .word(.optionChecklistID))
        var id: String?

        @Option(help: .word(.optionTemplates))
        var templates: String?

        mutating func run() throws {
            let files = try SettingsFiles.forCommand()
            try reportingErrors {
                guard let post = files.value("post", commandLine: post) else {
                    throw UserFacingError(message: "--post: which post (or `post` in \(files.machinePath))")
                }
                let loaded = try TemplateCatalog.template(named: template, in: files.templates(templates))
                let checklist = id ?? OperatorKeys.checklistID(for: op)
                do {
                    let notes = try ChecklistStart.append(loaded, checklist: checklist, op: op, post: post, by: files.operatorID(by), to: file)
                    for note in notes { say(note) }
                } catch {
                    throw UserFacingError(message: "not appended: \(error)", exitCode: 1)
                }
                var out = StandardOutput()
                out.line("started \(checklist): \(loaded.title), \(loaded.steps.count) steps")
                out.flush()
            }
        }
    }
}
