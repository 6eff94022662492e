import BorderOps
import JSON
import SafeText
import Words

/// The headless forms of the alerts: JSON for scripts, lines for people.
public enum AlertReport {
    public static func json(_ alerts: [Alert], at now: Timestamp) -> JSONValue {
        .object([
            JSONMember("at", .string(now.rfc3339())),
            JSONMember("critical_unacknowledged", .number(JSONNumber(Int64(alerts.filter { $0.severity == .critical && !$0.acknowledged }.count)))),
            JSONMember("alerts", .array(alerts.map { alert in
                .object([
                    JSONMember("id", .string(alert.id)),
                    JSONMember("severity", .string(alert.severity.rawValue)),
                    JSONMember("began", .string(alert.began.rfc3339())),
                    JSONMember("since", .string(alert.since.rfc3339())),
                    JSONMember("acknowledged", .bool(alert.acknowledged)),
                    JSONMember("ack", alert.acknowledgement.map { ack in
                        .object([
                            JSONMember("at", .string(ack.at.rfc3339())),
                            JSONMember("by", ack.by.map(JSONValue.string) ?? .null),
                            JSONMember("note", ack.note.map(JSONValue.string) ?? .null),
                        ])
                    } ?? .null),
                    JSONMember("text", .object([JSONMember("en", .string(alert.text.en)), JSONMember("id", .string(alert.text.id))])),
                ])
            })),
        ])
    }

    /// One line per alert: mark, severity word, since when (post zone), text, acknowledgement.
    /// Event text is escaped: nothing from a file reaches the terminal raw.
    public static func lines(_ alerts: [Alert], at now: Timestamp, language: Language, zone: PostZone = .wita) -> [String] {
        let header = "\(language.text(.alertsAt)) \(PostTime.dateTime(now, in: zone, language: language)): \(alerts.count)"
        return [header] + alerts.map { alert in
            let word = alert.severity.word.text(language)
            let since = language.text(.since) + " " + PostTime.clock(alert.since, relativeTo: now, in: zone)
            var line = "\(alert.severity.mark) \(word.padding(10)) \(since.padding(17)) \(DisplayText.escaped(alert.text.text(language)))"
            if alert.acknowledged, let ack = alert.acknowledgement {
                let by = ack.by.map { DisplayText.escaped($0, limit: 40) } ?? "?"
                line += "  [\(language.text(.acknowledgedBy)) \(by) \(PostTime.clock(ack.at, in: zone))]"
                if let note = ack.note, !note.isEmpty { line += " \(DisplayText.escaped(note, limit: 80))" }
            }
            return line + "  (\(DisplayText.escaped(alert.id, limit: 120)))"
        }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
