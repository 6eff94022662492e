import ArgumentParser
import BorderOps
import Catalogs
import Configuration
import Words
import EventLog
import ExactKeys
import Ingest
import Reports

#if canImport(Glibc)
import Glibc
#endif

/// `borderdesk report op|meeting|desk`: the documents officers otherwise type by hand.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report from the log: an operation, a Timpora meeting, or the desk's KPIs.",
        discussion: """
            Bahasa Indonesia by default (--lang en for English); text to the terminal by default,
            --format md or html (a self-contained printable A4 page) and -o FILE. The generation
            time honours SOURCE_DATE_EPOCH, so the same log gives a byte-identical report.
            """,
        subcommands: [OperationCommand.self, MeetingCommand.self, DeskCommand.self]
    )

    /// Options every report takes.
    struct Common: ParsableArguments {
        @Argument(help: "Event files, directories or - (default: sample-data).")
        var sources: [String] = ["sample-data"]

        @Option(help: "Language: id (default) or en.")
        var lang: Language = .id

        @Option(help: "text, md or html.")
        var format: ReportFormat = .text

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output (- for standard output); only a regular file is replaced.")
        var output: String?

        @Flag(help: "Directory sources take in their subfolders too.")
        var recursive = false

        @Flag(help: "Read every source from its start, not from the dashboard's checkpoint (docs/checkpoints.md).")
        var noCheckpoint = false

        @Option(help: "The posts file (each post's zone; default: sample-data/posts.toml when present).")
        var posts: String?

        /// Every report's run: fold the sources, build the document for the post the report is
        /// about, write it; a report the log cannot give (no such operation) exits 1.
        func report(post: (BorderState) -> String?, _ build: (BorderState, ReportContext) throws -> ReportDocument) throws {
            try reportingErrors {
                let (state, context) = try load()
                do {
                    try write(try build(state, try context(post(state))))
                } catch let error as ReportError {
                    throw UserFacingError(message: error.description, exitCode: 1)
                }
            }
        }

        /// Folds the sources and returns the state and the report context for a post.
        func load() throws -> (BorderState, (String?) throws -> ReportContext) {
            let folded = try FoldedSources.read(sources, recursive: recursive, chains: ChainTracking(), checkpoint: !noCheckpoint)
            let state = folded.fold.state
            let directory = try PostsFile.load(posts)
            let generated = try Self.generationTime()
            let zones = PostDirectory.zones(directory)
            return (state, { post in
                var context = ReportContext(language: lang, post: post, postZones: zones, generated: generated)
                // The log as folded, where each file stood: a paper copy pins it.
                context.anchors = LogAnchor.of(folded.chains)
                return context
            })
        }

        /// SOURCE_DATE_EPOCH (reproducible builds' convention) when set, else now.
        static func generationTime() throws -> Timestamp {
            guard let raw = getenv("SOURCE_DATE_EPOCH").map({ String(cString: $0) }) else { return LocalClock.now() }
            return Timestamp(epochSeconds: try NumberRange.epochSeconds.value(of: raw, name: "SOURCE_DATE_EPOCH"), offsetSeconds: 0)
        }

        func write(_ doc: ReportDocument) throws {
            if let output, output != "-" {
                try ReportFile.save(format.render(doc), to: output)
            } else {
                var out = StandardOutput()
                out.rendered(format.render(doc))
                out.flush()
            }
        }
    }

    struct OperationCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "op", abstract: "Laporan hasil kegiatan of a joint operation.")
        @Argument(help: "The operation id.") var op: String
        @OptionGroup var common: Common
        mutating func run() throws {
            try common.report(post: { $0.operations[op]?.post }) { try OperationReport.build($0, op: op, context: $1) }
        }
    }

    struct MeetingCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Minutes of a Timpora meeting.")
        @Argument(help: "The meeting id.") var meeting: String
        @OptionGroup var common: Common
        mutating func run() throws {
            try common.report(post: { $0.meetings[meeting]?.post }) { try MeetingReport.build($0, meeting: meeting, context: $1) }
        }
    }

    struct DeskCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "desk", abstract: "The smuggling-prevention desk's KPIs and seizures for a date range.")
        @Option(help: "First day, YYYY-MM-DD.") var from: String
        @Option(help: "Last day, YYYY-MM-DD.") var to: String
        @Option(help: "Add a breakdown by contributing agency (--by agency).") var by: String?
        @OptionGroup var common: Common

        func validate() throws {
            guard CivilDate.parse(from) != nil else { throw ValidationError("--from: a date such as 2025-07-28") }
            guard CivilDate.parse(to) != nil else { throw ValidationError("--to: a date such as 2025-08-31") }
            if let by, by != "agency" { throw ValidationError("--by: only agency") }
        }

        mutating func run() throws {
            try common.report(post: { $0.desk.reports.first?.post }) {
                try DeskReport.build($0, from: CivilDate.parse(from)!, to: CivilDate.parse(to)!, byAgency: by == "agency", context: $1)
            }
        }
    }
}

/// `--format text|md|html`.
extension ReportFormat: ExpressibleByArgument {}
