import ArgumentParser
import EventLog
import BorderOps
import Catalogs
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
    var themesDir: String = "Themes"

    @Flag(help: .word(.optionASCII))
    var ascii = false

    @Flag(help: .word(.optionNoColor))
    var noColor = false

    @Flag(help: .word(.optionPoll))
    var poll = false

    @Option(help: .word(.optionLanguage))
    var lang: Language = .id

    @Option(help: .word(.optionOperator))
    var `operator`: String?

    @Option(help: .word(.optionWrite))
    var write: String?

    @Flag(help: .word(.optionReadOnly))
    var readOnly = false

    @Option(help: .word(.optionTemplatesTOML))
    var templates: String = "sample-data/checklists"

    @OptionGroup var alerts: AlertOptions

    @Option(help: .word(.optionPostsRun))
    var posts: String?

    @Option(help: .word(.optionZone))
    var zone: String = "WITA"

    @Flag(help: .word(.optionBell))
    var bell = false

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
            colour: !(noColor || DashboardApp.noColourRequested), forcePolling: poll, language: lang, zone: viewerZone,
            writer: readOnly ? nil : target.map { (operatorID, $0) },
            operationTemplate: catalog.templates.first { $0.kind == .operation })
        app.judge(by: settings, posts: directory, recursive: input.recursive)
        app.bell = bell
        app.checkpoints = !input.noCheckpoint
        for problem in catalog.problems { printError("borderdesk: template: \(problem)") }
        try reportingErrors { try app.run { try CursesTerminal(colour: $0) } }
    }
}
