import BorderOps
import Words

/// The alerts strip under the header: one line per unacknowledged alert, most urgent first,
/// each with a mark and a word for its severity (never colour alone). It takes no room when
/// nothing is unacknowledged; acknowledged alerts live in the `a` list, below the others.
enum AlertStrip {
    /// How many alerts want a line: the unacknowledged, which come first in screen order
    /// (`Alert.ScreenKey`), so a binary search finds them: thousands of alerts are in force at
    /// headquarters, and a pass over them on every frame grew with the year.
    static func wanted(_ alerts: [Alert]) -> Int { alerts.partitioningIndex { $0.acknowledged } }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        let alerts = context.input.alerts
        let open = wanted(alerts)
        grid.fill(rect)
        let overflow = open > rect.height
        let shown = overflow ? rect.height - 1 : open
        for row in 0..<shown {
            draw(alerts[row], into: &grid, x: rect.x, y: rect.y + row, width: rect.width, context: context)
        }
        if overflow {
            let rest = open - shown
            // The most urgent come first: the worst of the rest is the first of them.
            let worst = alerts[shown].severity
            grid.text(" \(worst.mark) +\(context.count(rest)) \(context.t(.moreAlerts))", x: rect.x, y: rect.maxY - 1,
                      maxWidth: rect.width, role: role(worst), style: .bold)
        }
    }

    static func draw(_ alert: Alert, into grid: inout Grid, x: Int, y: Int, width: Int, context: ViewContext) {
        let (text, role) = label(alert, context: context)
        grid.text(text, x: x, y: y, maxWidth: width, role: role, style: alert.severity == .critical ? [.bold, .reverse] : .bold)
    }

    /// One alert as a line: mark, severity word, since when (`sejak 14.30`, with the date when
    /// not today and the year when not this year), text; who acknowledged it, if anyone.
    static func label(_ alert: Alert, context: ViewContext) -> (String, Role) {
        let mark = alert.acknowledged ? "✓" : alert.severity.mark
        var line = " \(mark) \(context.t(alert.severity.word)) \(context.t(.since)) \(context.time(alert.since))  "
        if alert.acknowledged, let ack = alert.acknowledgement {
            // Who and why first: on a narrow list that is what the row is for now.
            line += "[\(context.t(.acknowledgedBy)) \(ack.by ?? "?") \(context.time(ack.at))"
                + (ack.note.map { $0.isEmpty ? "" : ": \($0)" } ?? "") + "] "
        }
        line += context.text(alert)
        return (line, alert.acknowledged ? .muted : role(alert.severity))
    }

    static func role(_ severity: AlertSeverity) -> Role {
        switch severity {
        case .critical: return .critical
        case .warning: return .warn
        case .info: return .accent
        }
    }
}
