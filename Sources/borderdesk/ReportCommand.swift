import ArgumentParser
import BorderOps
import Catalogs
import Driver
import Words
import EventLog
import ExactKeys
import Reports

/// `borderdesk report op|meeting|desk`: the documents officers otherwise type by hand.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: Word.commandReport.help,
        discussion: Word.commandReportDiscussion.help,
        subcommands: [OperationCommand.self, MeetingCommand.self, DeskCommand.self]
    )

    /// Options every report takes.
    struct Common: ParsableArguments {
        @Argument(help: .word(.optionReportSources))
        var sources: [String] = []

        @Option(help: .word(.optionLanguageReport))
        var lang: Language?

        @Option(help: .word(.optionFormat))
        var format: ReportFormat = .text

        @Option(name: .shortAndLong, help: .word(.optionOutput))
        var output: String?

        @Flag(help: .word(.optionRecursiveShort))
        var recursive = false

        @Flag(help: .word(.optionNoCheckpoint))
        var noCheckpoint = false

        @Option(help: .word(.optionPostsReport))
        var posts: String?

        /// Every report's run: fold the sources, build the document for the post the report is
        /// about, write it; a report the log cannot give (no such operation) exits 1.
        func report(post: (BorderState) -> String?, _ build: (BorderState, ReportContext) throws -> ReportDocument) throws {
            let files = try SettingsFiles.forCommand()
            try reportingErrors {
                let folded = try ReportSources(files.sources(sources), recursive: recursive, checkpoint: !noCheckpoint, language: files.language(lang),
                                               posts: { try PostsFile.load(files.posts(posts)) })
                // A report the log cannot give is a `ReportError`, said in the report's language.
                let doc = try build(folded.state, folded.context(language: files.language(lang), post: post(folded.state)))
                try ReportFile.deliver(format.render(doc), to: output)
            }
        }
    }

    struct OperationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "op", abstract: Word.commandReportOperation.help)
        @Argument(help: .word(.optionOperationID)) var op: String
        @OptionGroup var common: Common
        mutating func run() throws {
            try common.report(post: { $0.operations[op]?.post }) { try OperationReport.build($0, op: op, context: $1) }
        }
    }

    struct MeetingCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "meeting", abstract: Word.commandReportMeeting.help)
        @Argument(help: .word(.optionMeetingID)) var meeting: String
        @OptionGroup var common: Common
        mutating func run() throws {
            try common.report(post: { $0.meetings[meeting]?.post }) { try MeetingReport.build($0, meeting: meeting, context: $1) }
        }
    }

    struct DeskCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "desk", abstract: Word.commandReportDesk.help)
        @Option(help: .word(.optionFrom)) var from: String
        @Option(help: .word(.optionTo)) var to: String
        @Option(help: .word(.optionByAgency)) var by: String?
        @Option(help: .word(.optionDeskPost)) var post: String?
        @OptionGroup var common: Common

        func validate() throws {
            guard CivilDate.parse(from) != nil else { throw ValidationError("--from: a date such as 2025-07-28") }
            guard CivilDate.parse(to) != nil else { throw ValidationError("--to: a date such as 2025-08-31") }
            if let by, by != "agency" { throw ValidationError("--by: only agency") }
        }

        mutating func run() throws {
            try common.report(post: { [post] in post ?? $0.desk.reports.first?.post }) { [post] in
                try DeskReport.build($0, from: CivilDate.parse(from)!, to: CivilDate.parse(to)!, byAgency: by == "agency", post: post, context: $1)
            }
        }
    }
}

/// `--format text|md|html`.
extension ReportFormat: ExpressibleByArgument {}
