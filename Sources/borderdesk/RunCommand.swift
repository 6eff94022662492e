import ArgumentParser
import EventLog
import BorderOps
import Catalogs
import CursesScreen
import Driver
import Ingest
import SafeText
import Words

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: Word.commandRun.help,
        discussion: Word.commandRunDiscussion.help
    )

    @OptionGroup var input: SourceOptions

    @Option(help: .word(.optionTheme))
    var theme: String?

    @Option(help: .word(.optionThemesDir))
    var themesDir: String?

    @Flag(help: .word(.optionASCII))
    var ascii = false

    @Flag(help: .word(.optionNoColor))
    var noColor = false

    @Flag(help: .word(.optionPoll))
    var poll = false

    @Option(help: .word(.optionLanguage))
    var lang: Language?

    @Option(help: .word(.optionOperator))
    var `operator`: String?

    @Option(help: .word(.optionWrite))
    var write: String?

    @Flag(help: .word(.optionReadOnly))
    var readOnly = false

    @Option(help: .word(.optionTemplatesTOML))
    var templates: String?

    @OptionGroup var alerts: AlertOptions

    @Option(help: .word(.optionPostsRun))
    var posts: String?

    @Option(help: .word(.optionZone))
    var zone: String?

    @Flag(help: .word(.optionBell))
    var bell = false

    @Flag(help: .word(.optionAllRows))
    var allRows = false

    mutating func run() throws {
        // The settings files under the command line (docs/configuration.md).
        let files = try SettingsFiles.forCommand()
        let sources = input.named(files)
        let operatorID = files.operatorID(`operator`)
        let target = files.value("write", commandLine: write) ?? OperatorIdentity.defaultWriteTarget(for: sources)
        let catalog = TemplateCatalog.load(directory: files.templates(templates))
        var viewerZone = PostZone.wita
        try reportingErrors { viewerZone = try files.zone(zone, post: nil, postsFile: nil) }
        var directory: [PostInfo] = []
        var settings = AlertSettings()
        try reportingErrors {
            directory = try PostsFile.load(files.posts(posts))
            settings = try alerts.settings(posts: directory)
        }
        if alerts.stale == nil, let minutes = files.staleMinutes { settings.staleMinutes = minutes }
        let language = files.language(lang)
        var app = DashboardApp(
            arguments: sources, themeChoice: files.value("theme", commandLine: theme), themesDirectory: themesDir ?? DataDirectory.current.themes, ascii: ascii,
            colour: !(noColor || DashboardApp.noColourRequested), forcePolling: poll, language: language, zone: viewerZone,
            writer: readOnly ? nil : target.map { (operatorID, $0) },
            operationTemplate: catalog.templates.first { $0.kind == .operation })
        app.judge(by: settings, posts: directory, recursive: input.recursive)
        app.bell = bell
        if allRows { app.showEveryRow() }
        app.meetingTemplate = catalog.templates.first { $0.kind == .meeting }
        app.checkpoints = !input.noCheckpoint
        for problem in catalog.problems { printError("borderdesk: " + Word.templateProblem(problem).text(language)) }
        try reportingErrors { try app.run { try CursesTerminal(colour: $0) } }
    }
}
