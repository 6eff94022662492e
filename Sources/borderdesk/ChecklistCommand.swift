import ArgumentParser
import EventLog
import BorderOps
import Catalogs
import Dashboard
import Ingest

struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Checklists from templates (sample-data/checklists/*.toml).",
        subcommands: [Start.self]
    )

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a checklist for an operation: appends checklist.started with the template's steps.")

        @Argument(help: "A template name (in --templates) or a path to a .toml file.")
        var template: String

        @Option(help: "The operation the checklist belongs to.")
        var op: String

        @Option(help: "The event file to append to.")
        var file: String

        @Option(help: "The border post id, e.g. nunukan.")
        var post: String

        @Option(help: "Who starts it (default: the login name).")
        var by: String?

        @Option(help: "The checklist id (default: cl-OP).")
        var id: String?

        @Option(help: "Directory of checklist templates.")
        var templates: String = "sample-data/checklists"

        mutating func run() throws {
            try reportingErrors {
                let loaded: ChecklistTemplate
                switch TemplateCatalog.load(named: template, in: templates) {
                case .success(let t): loaded = t
                case .failure(let problem): throw UserFacingError(message: "template: \(problem)")
                }
                let checklist = id ?? OperatorKeys.checklistID(for: op)
                do {
                    let notes = try ChecklistStart.append(loaded, checklist: checklist, op: op, post: post, by: by ?? OperatorIdentity.loginName(), to: file)
                    for note in notes { printError("borderdesk: \(note)") }
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
