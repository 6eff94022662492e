import BorderOps
import Words

/// The smuggling-prevention desk: the four daily KPIs and seizures.
enum DeskPane {
    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        PaneFrame.draw(.desk, into: &grid, rect: rect, context: context)
        let inner = rect.inner
        guard inner.width > 2, inner.height > 0 else { return }
        let desk = context.input.state.desk
        // Positions, not copies: a year of daily reports from every post is thousands of rows.
        let reports = desk.reports.indices.filter { i in
            context.visible(post: desk.reports[i].post)
                && context.matches(.desk, [desk.reports[i].agency, desk.reports[i].metric.rawValue, context.t(.code(desk.reports[i].metric))])
        }
        let all = desk.seizures.values
        let seizures = all.indices.filter { i in
            context.visible(post: all[i].post) && context.matches(.desk, [all[i].caseID, all[i].agency, all[i].commodity.rawValue, context.t(.code(all[i].commodity))])
        }.map { all[$0] }
        guard !reports.isEmpty || !seizures.isEmpty else {
            grid.text(context.t(.noDesk), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        var y = inner.y
        func line(_ text: String, role: Role = .text, style: CellStyle = []) {
            grid.line(text, at: &y, in: inner, role: role, style: style)
        }
        if context.model.focus == .desk { grid.cursor = (inner.x, y) }
        // Totals, and the latest day's figures beside them, in one pass.
        let metrics = KPIMetric.allCases
        var totals = [Int64](repeating: 0, count: metrics.count), onLatestDay = totals
        var latestDay: CivilDate?
        for i in reports {
            let (date, count) = (desk.reports[i].date, desk.reports[i].count)
            let m = metrics.firstIndex(of: desk.reports[i].metric) ?? 0
            totals[m] &+= count
            if latestDay.map({ $0 < date }) ?? true {
                latestDay = date
                onLatestDay = [Int64](repeating: 0, count: metrics.count)
            }
            if date == latestDay { onLatestDay[m] &+= count }
        }
        for (m, metric) in metrics.enumerated() {
            var text = "\(DisplayWidth.pad(context.t(.code(metric)), 18)) \(DisplayWidth.pad(context.count(totals[m]), 8))"
            if let day = latestDay { text += "  \(day.day)/\(day.month): \(context.count(onLatestDay[m]))" }
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
