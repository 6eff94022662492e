import ArgumentParser
import EventLog
import BorderOps
import Catalogs
import Ingest
import SafeText
import Words

#if canImport(Glibc)
import Glibc
#endif

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The live dashboard: follows the sources and updates its panes in place.",
        discussion: """
            SOURCES are files, directories or - (standard input: `kcat -C -t border-events | borderdesk run -`).
            Keys: ? shows them all. q or Ctrl-C quits.
            """
    )

    @OptionGroup var input: SourceOptions

    @Option(help: "Theme name (from --themes-dir) or path to a .toml file.")
    var theme: String?

    @Option(help: "Directory of theme files.")
    var themesDir: String = "Themes"

    @Flag(help: "ASCII box drawing and marks (also when the locale is not UTF-8).")
    var ascii = false

    @Flag(help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "Poll files with stat every 500 ms instead of inotify (network mounts).")
    var poll = false

    @Option(help: "Language: id (Bahasa Indonesia) or en.")
    var lang: Language = .id

    @Option(help: "Who this terminal writes as (the events' `by`; default: the login name).")
    var `operator`: String?

    @Option(help: "The file this terminal appends to (default: the first file source, or operator-HOST.jsonl in the first directory source).")
    var write: String?

    @Flag(help: "Turn input off: show, never write.")
    var readOnly = false

    @Option(help: "Directory of checklist templates (TOML).")
    var templates: String = "sample-data/checklists"

    @OptionGroup var alerts: AlertOptions

    @Option(help: "The posts file: names, provinces and zones (default: sample-data/posts.toml when present).")
    var posts: String?

    @Option(help: "The viewer's zone for the clock: WIB, WITA or WIT (each post's times show in its own zone).")
    var zone: String = "WITA"

    @Flag(help: "Ring the terminal bell once for each new critical alert.")
    var bell = false

    /// NO_COLOR set to anything but nothing (no-color.org): the dashboard and the demo draw
    /// without colours.
    static var noColourRequested: Bool { getenv("NO_COLOR").map { String(cString: $0) }.map { !$0.isEmpty } ?? false }

    mutating func run() throws {
        let operatorID = `operator` ?? OperatorIdentity.loginName()
        let target = write ?? OperatorIdentity.defaultWriteTarget(for: input.sources)
        let catalog = TemplateCatalog.load(directory: templates)
        guard let viewerZone = PostZone(name: zone) else {
            try reportingErrors { throw UserFacingError(message: "--zone: WIB, WITA or WIT, got \(DisplayText.shortened(zone, limit: 20))") }
            return
        }
        var directory: [PostInfo] = []
        var settings = AlertSettings()
        try reportingErrors {
            directory = try PostsFile.load(posts)
            settings = try alerts.settings(posts: directory)
        }
        var app = DashboardApp(
            arguments: input.sources, themeChoice: theme, themesDirectory: themesDir, ascii: ascii,
            colour: !(noColor || Self.noColourRequested), forcePolling: poll, language: lang, zone: viewerZone,
            writer: readOnly ? nil : target.map { (operatorID, $0) },
            operationTemplate: catalog.templates.first { $0.kind == .operation })
        // At headquarters (--recursive) a silent post is news; at one post it is its own night.
        if input.recursive && settings.staleMinutes == nil { settings.staleMinutes = 15 }
        app.alertSettings = settings
        app.postDirectory = directory
        app.staleMinutes = settings.staleMinutes ?? 15
        app.bell = bell
        app.recursive = input.recursive
        app.checkpoints = !input.noCheckpoint
        for problem in catalog.problems { printError("borderdesk: template: \(problem)") }
        try reportingErrors {
            do {
                try app.run()
            } catch let failure as CursesTerminal.Failure {
                throw UserFacingError(message: failure.description)
            }
        }
    }
}
