import ArgumentParser
import BorderOps
import Catalogs
import EventLog
import Ingest
import Notify
import JSON
import Reports
import Words

/// `borderdesk alerts`: the alerts in force at an instant, for cron and scripts (a pager, an
/// SMS gateway). Exit 1 while an unacknowledged critical alert is in force.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: Word.commandAlerts.help,
        discussion: Word.commandAlertsDiscussion.help
    )

    @OptionGroup var input: SourceOptions

    @Flag(help: .word(.optionJSONScripts))
    var json = false

    @Option(help: .word(.optionAt))
    var at: String?

    @Option(help: .word(.optionLanguageTable))
    var lang: Language?

    @OptionGroup var rules: AlertOptions

    @Option(help: .word(.optionPostsZones))
    var posts: String?

    @Flag(help: .word(.optionNotify))
    var notify = false

    @Option(help: .word(.optionNotified))
    var notified: String = AlertNotifier.defaultFile

    mutating func run() throws {
        let files = try SettingsFiles.forCommand()
        let lang = files.language(lang)
        try reportingErrors {
            let notifier = try notify ? AlertNotifier(settings: files, file: notified) : nil
            let now = try LocalClock.instant(at)
            let result = try FoldedSources.read(input.named(files), recursive: input.recursive, horizon: at == nil ? nil : now, unreadableIsFatal: false,
                                                checkpoint: !input.noCheckpoint, language: lang)
            var settings = try rules.settings(posts: try PostsFile.load(files.posts(posts)))
            if rules.stale == nil, let minutes = files.staleMinutes { settings.staleMinutes = minutes }
            let alerts = result.alerts(at: now, settings: settings)
            if let notifier {
                // Exit 1 only when a notification failed: the alerts themselves are the command's news.
                if try notifier.notify(alerts, at: now, language: lang) > 0 { throw ExitCode(1) }
                return
            }
            var out = StandardOutput()
            if json {
                out.rendered(JSONWriter.pretty(AlertReport.json(alerts, at: now)) + "\n")
            } else {
                for line in AlertReport.lines(alerts, at: now, language: lang) { out.rendered(line + "\n") }
            }
            out.flush()
            if alerts.contains(where: { $0.severity == .critical && !$0.acknowledged }) { throw ExitCode(1) }
        }
    }
}
