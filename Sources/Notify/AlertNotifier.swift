import BorderOps
import Catalogs
import EventLog
import JSON
import Reports
import SafeText
import Words

/// `alerts --notify`: runs the machine's `notify_command` once for each new episode of a
/// critical alert (`AlertNotification`), with the alert's line as its last argument and
/// `BORDERDESK_ALERT_ID`, `_POST`, `_SINCE` in its environment. The episodes told are kept in
/// a small JSON file (the systemd service's `/var/lib/borderdesk`); a command that fails leaves
/// its alert untold, so the next run (a minute later) tries again.
public struct AlertNotifier {
    public var command: String
    public var file: String

    public static let defaultFile = "/var/lib/borderdesk/notified-alerts.json"

    public init(command: String, file: String) {
        self.command = command
        self.file = file
    }

    /// The machine's `notify_command`, which `--notify` needs.
    public init(settings: SettingsFiles, file: String) throws(UserFacingError) {
        guard let command = settings.value("notify_command", commandLine: nil) else {
            throw UserFacingError(message: "--notify: no notify_command in \(settings.machinePath)")
        }
        self.init(command: command, file: file)
    }

    /// The episodes told before; none when the file is not there yet.
    public func told() throws(UserFacingError) -> Set<String> {
        let text: String?
        do {
            text = try TextFile.read(file)
        } catch {
            throw UserFacingError(message: "notified alerts \(error)")
        }
        guard let text else { return [] }
        guard let value = try? StrictJSONParser.parse(text), case .array(let items)? = value["notified"] else {
            throw UserFacingError(message: "notified alerts \(file): not {\"notified\": [...]}; remove it to start afresh")
        }
        var keys = Set<String>()
        for case .string(let key) in items { keys.insert(key) }
        return keys
    }

    /// Tells each due alert, then keeps the episodes told. Returns how many commands failed.
    public func notify(_ alerts: [Alert], at now: Timestamp, language: Language) throws(UserFacingError) -> Int {
        var told = try told()
        var failed = 0
        for alert in AlertNotification.due(alerts, told: told) {
            let line = AlertReport.lines([alert], at: now, language: language).dropFirst().first ?? alert.id
            let environment = ["BORDERDESK_ALERT_ID": DisplayText.escaped(alert.id, limit: 200),
                               "BORDERDESK_ALERT_POST": DisplayText.escaped(alert.post ?? "", limit: 80),
                               "BORDERDESK_ALERT_SINCE": alert.since.rfc3339()]
            let status = ShellCommand.run(command, arguments: [line], environment: environment)
            if status == 0 {
                told.insert(AlertNotification.key(alert))
                var out = StandardOutput()
                out.rendered(Word.notified.text(language) + ": " + line + "\n")
                out.flush()
            } else {
                failed += 1
                printError("borderdesk: " + Word.notifyCommandFailed(status: status, alert: DisplayText.escaped(alert.id, limit: 120)).text(language))
            }
        }
        let kept = JSONValue.object([JSONMember("notified", .array(AlertNotification.kept(alerts, told: told).map(JSONValue.string)))])
        do {
            try ReportFile.save(JSONWriter.pretty(kept) + "\n", to: file)
        } catch {
            throw UserFacingError(message: error.message)
        }
        return failed
    }
}
