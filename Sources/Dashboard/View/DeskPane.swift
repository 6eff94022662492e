import BorderOps
import Words

/// The smuggling-prevention desk: the four daily KPIs and seizures. Its rows (the four figures,
/// then the seizures, newest first, each with its case id) are selectable, so that `e` corrects
/// one where it is shown and Enter opens a seizure's detail.
enum DeskPane {
    /// The reports (positions, not copies: a year of daily reports from every post is thousands
    /// of rows) and seizures the pane shows (its posts, its filter); seizures newest first.
    static func shown(_ context: ViewContext) -> (reports: [Int], seizures: [Seizure]) {
        let desk = context.input.state.desk
        // The posts hidden read once, in a plain loop: a closure copying the context per
        // report cost about a second per hundred keys over 840 reports (the key table asks for
        // the rows on every key).
        let hidden = context.model.hiddenPosts, filtering = !context.model.filter(.desk).isEmpty
        var reports: [Int] = []
        reports.reserveCapacity(desk.reports.count)
        for i in desk.reports.indices where hidden.isEmpty || !hidden.contains(desk.reports[i].post) {
            if filtering && !shows(desk.reports[i], context) { continue }
            reports.append(i)
        }
        return (reports, shownSeizures(context))
    }

    /// The seizures the pane shows, newest first.
    static func shownSeizures(_ context: ViewContext) -> [Seizure] {
        var seizures: [Seizure] = []
        for seizure in context.input.state.desk.seizures.values where context.visible(post: seizure.post) {
            if context.matches(.desk, [seizure.caseID, seizure.agency, seizure.commodity.rawValue, context.t(.code(seizure.commodity))]) { seizures.append(seizure) }
        }
        return seizures.sorted { ($0.recorded, $0.caseID) > ($1.recorded, $1.caseID) }
    }

    /// The selectable rows, in display order; none when the desk has nothing to show. Asked on
    /// every key (the key table's context): the reports are only looked through until one shows.
    static func rows(_ context: ViewContext) -> [DeskRow] {
        let seizures = shownSeizures(context)
        guard !seizures.isEmpty || anyReportShown(context) else { return [] }
        return rows(seizures)
    }

    static func anyReportShown(_ context: ViewContext) -> Bool {
        let reports = context.input.state.desk.reports
        let hidden = context.model.hiddenPosts, filtering = !context.model.filter(.desk).isEmpty
        for i in reports.indices where hidden.isEmpty || !hidden.contains(reports[i].post) {
            if !filtering || shows(reports[i], context) { return true }
        }
        return false
    }

    static func rows(_ seizures: [Seizure]) -> [DeskRow] {
        KPIMetric.allCases.map(DeskRow.figure) + seizures.map { .seizure($0.caseID) }
    }

    static func shows(_ report: KPIReport, _ context: ViewContext) -> Bool {
        context.visible(post: report.post) && context.matches(.desk, [report.agency, report.metric.rawValue, context.t(.code(report.metric))])
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        PaneFrame.draw(.desk, into: &grid, rect: rect, context: context)
        let inner = rect.inner
        guard inner.width > 2, inner.height > 0 else { return }
        let (reports, seizures) = shown(context)
        guard !reports.isEmpty || !seizures.isEmpty else {
            grid.text(context.t(.noDesk), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        let rows = Self.rows(seizures).map(\.id)
        let focused = context.model.focus == .desk
        let selected = focused ? context.model.selectedIndex(.desk, ids: rows) : -1
        var y = inner.y
        func line(_ text: String, role: Role = .text, style: CellStyle = [], row: Int? = nil) {
            if let row, y < inner.maxY { grid.clickable(.row(.desk, index: row, id: rows[row]), x: inner.x, y: y, width: inner.width) }
            if let row, row == selected {
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection, style: [.reverse])
                grid.cursor = (inner.x, y)
                grid.line(text, at: &y, in: inner, role: .selection, style: [.reverse])
            } else {
                grid.line(text, at: &y, in: inner, role: role, style: style)
            }
        }
        if focused { grid.cursor = (inner.x, y) }
        // Totals, and the latest day's figures beside them, in one pass.
        let desk = context.input.state.desk
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
        // A selected seizure on a pane too short for the figures, the totals and one seizure
        // (40×12): the figures give up their lines, or the seizures could not be reached.
        let figuresHidden = selected >= metrics.count && inner.height < metrics.count + 2
        for (m, metric) in metrics.enumerated() where !figuresHidden {
            var text = "\(DisplayWidth.pad(context.t(.code(metric)), 18)) \(DisplayWidth.pad(context.count(totals[m]), 8))"
            if let day = latestDay { text += "  \(day.day)/\(day.month): \(context.count(onLatestDay[m]))" }
            line(text, row: m)
        }
        // A selected seizure needs a line below the summary: the blank line gives it up.
        if !figuresHidden && (selected < KPIMetric.allCases.count || y + 2 < inner.maxY) { y += 1 }
        let value = seizures.reduce(Int64(0)) { $0.addingReportingOverflow($1.valueIDR).overflow ? .max : $0 + $1.valueIDR }
        let suspects = seizures.reduce(Int64(0)) { $0 &+ $1.suspects }
        line("\(context.t(.seizures)) \(context.count(seizures.count)) · \(context.t(.value)) \(Rupiah.short(value)) · \(context.t(.suspects)) \(context.count(suspects))",
             role: .accent, style: [.bold])
        // The seizures scroll so that the selected one shows.
        let room = max(1, inner.maxY - y)
        let first = max(0, selected - KPIMetric.allCases.count - room + 1)
        // Times of today are shorter than other days' (`14.20`, `Sel 19/11 09.00`): padded to the
        // widest shown, so the columns after them line up.
        // The case ids likewise: two seizures alike in everything else are told apart by them.
        let timeWidth = seizures.dropFirst(first).prefix(room).map { DisplayWidth.of(context.time($0.recorded)) }.max() ?? 0
        let caseWidth = min(20, seizures.dropFirst(first).prefix(room).map { DisplayWidth.of($0.caseID) }.max() ?? 0)
        // Where the time and the case id do not both fit (another year's date at 80×24), the time
        // gives way: the case id tells the row apart, and the seizure's detail has the time.
        let showTime = 2 + timeWidth + 2 + caseWidth <= inner.width - 1
        for (i, s) in seizures.enumerated().dropFirst(first) where y < inner.maxY {
            let time = showTime ? "\(DisplayWidth.pad(context.time(s.recorded), timeWidth))  " : ""
            line("  \(time)\(DisplayWidth.pad(s.caseID, caseWidth))  \(DisplayWidth.pad(context.t(.code(s.commodity)), 14)) "
                 + "\(DisplayWidth.pad(Rupiah.short(s.valueIDR), 11)) \(context.count(s.suspects))  \(s.agency)", row: KPIMetric.allCases.count + i)
        }
    }
}

/// A row of the desk pane: one of the four figures, or a seizure (by its case).
enum DeskRow: Equatable {
    case figure(KPIMetric)
    case seizure(String)

    init?(_ id: String) {
        if id.hasPrefix("kpi:"), let metric = KPIMetric(rawValue: String(id.dropFirst(4))) { self = .figure(metric) }
        else if id.hasPrefix("seizure:") { self = .seizure(String(id.dropFirst(8))) }
        else { return nil }
    }

    var id: String {
        switch self {
        case .figure(let metric): return "kpi:" + metric.rawValue
        case .seizure(let caseID): return "seizure:" + caseID
        }
    }
}
