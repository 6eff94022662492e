import BorderOps
import Words

/// The smuggling-prevention desk: the four daily KPIs and seizures.
enum DeskPane {
    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        PaneFrame.draw(.desk, into: &grid, rect: rect, context: context)
        let inner = rect.inner
        guard inner.width > 2, inner.height > 0 else { return }
        let desk = context.input.state.desk
        let reports = desk.reports.filter { context.visible(post: $0.post) && context.matches(.desk, [$0.agency, $0.metric.rawValue, context.t(.code($0.metric))]) }
        let seizures = desk.seizures.values.filter { context.visible(post: $0.post) && context.matches(.desk, [$0.caseID, $0.agency, $0.commodity.rawValue, context.t(.code($0.commodity))]) }
        guard !reports.isEmpty || !seizures.isEmpty else {
            grid.text(context.t(.noDesk), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        var y = inner.y
        func line(_ text: String, role: Role = .text, style: CellStyle = []) {
            grid.line(text, at: &y, in: inner, role: role, style: style)
        }
        if context.model.focus == .desk { grid.cursor = (inner.x, y) }
        // Totals, and the latest day's figures beside them.
        let latestDay = reports.map(\.date).max()
        for metric in KPIMetric.allCases {
            let total = reports.filter { $0.metric == metric }.reduce(Int64(0)) { $0 &+ $1.count }
            var text = "\(DisplayWidth.pad(context.t(.code(metric)), 18)) \(DisplayWidth.pad(context.count(total), 8))"
            if let day = latestDay {
                let today = reports.filter { $0.metric == metric && $0.date == day }.reduce(Int64(0)) { $0 &+ $1.count }
                text += "  \(day.day)/\(day.month): \(context.count(today))"
            }
            line(text)
        }
        y += 1
        let value = seizures.reduce(Int64(0)) { $0.addingReportingOverflow($1.valueIDR).overflow ? .max : $0 + $1.valueIDR }
        let suspects = seizures.reduce(Int64(0)) { $0 &+ $1.suspects }
        line("\(context.t(.seizures)) \(context.count(seizures.count)) · \(context.t(.value)) \(Rupiah.short(value)) · \(context.t(.suspects)) \(context.count(suspects))",
             role: .accent, style: [.bold])
        for s in seizures.sorted(by: { $0.recorded > $1.recorded }) where y < inner.maxY {
            line("  \(context.time(s.recorded))  \(DisplayWidth.pad(context.t(.code(s.commodity)), 14)) \(DisplayWidth.pad(Rupiah.short(s.valueIDR), 11)) "
                 + "\(context.count(s.suspects))  \(s.agency)")
        }
    }
}
