import BorderOps
import Words

/// The smuggling-prevention desk: the four daily KPIs and seizures. Its rows (the four figures,
/// then the seizures, newest first, each with its case id) are selectable, so that `e` corrects
/// one where it is shown and Enter opens a seizure's detail.
enum DeskPane {
    /// What the pane shows, derived from the desk for its posts and filter: kept between frames
    /// while neither changes (a year of every post's daily reports is thousands of rows, and a
    /// passenger check changes none of them).
    struct Shown: Sendable {
        /// The reports shown, as positions in `desk.reports` (not copies).
        var reports: [Int] = []
        /// Newest first.
        var seizures: [Seizure] = []
        /// The seizures counted: those shown, and those a preview left out.
        var seizureCount = 0
        /// The selectable rows, in display order; none when the desk has nothing to show.
        var rows: [DeskRow] = []
        var rowIDs: [String] = []
        /// Each metric's total over the reports shown, and the latest day's figures.
        var totals = [Int64](repeating: 0, count: KPIMetric.allCases.count)
        var onLatestDay = [Int64](repeating: 0, count: KPIMetric.allCases.count)
        var latestDay: CivilDate?
        var value: Int64 = 0
        var suspects: Int64 = 0
    }

    static func shown(_ context: ViewContext) -> Shown {
        context.kept(.deskShown, pane: .desk, reading: \.desk) { derive(context) }
    }

    private static func derive(_ context: ViewContext) -> Shown {
        let desk = context.input.state.desk
        var shown = Shown()
        // The hidden posts and the filter read once, in plain loops: where there is no memo (the
        // key table asks for the rows on every key, tests' frames), a closure copying the view's
        // context per report cost about a second per hundred keys over 840 reports.
        // The filter through the desk's search indexes (`SearchIndex`): a key typed into it looks
        // in bytes folded once, among what the query before it matched.
        let hidden = context.model.hiddenPosts
        let reports = context.filtered(.desk, .reportsIndex, reading: \.desk, count: desk.reports.count) {
            SearchIndex(count: desk.reports.count) { [desk.reports[$0].agency, desk.reports[$0].metric.rawValue, context.t(.code(desk.reports[$0].metric))] }
        }
        shown.reports.reserveCapacity(reports?.count ?? desk.reports.count)
        for i in reports ?? Array(desk.reports.indices) where hidden.isEmpty || !hidden.contains(desk.reports[i].post) {
            shown.reports.append(i)
        }
        let all = Array(desk.seizures.values)
        let seizures = context.filtered(.desk, .seizuresIndex, reading: \.desk, count: all.count) {
            SearchIndex(count: all.count) { [all[$0].caseID, all[$0].agency, all[$0].commodity.rawValue, context.t(.code(all[$0].commodity))] }
        }
        var order: [Int] = []
        order.reserveCapacity(seizures?.count ?? all.count)
        for i in seizures ?? Array(all.indices) where hidden.isEmpty || !hidden.contains(all[i].post) {
            order.append(i)
        }
        // Positions sorted, each seizure read in place, and copied once into place: sorting the
        // seizures themselves moved and retained them at every step (half of the whole fold's
        // first frame at 10M events, about 4,900 seizures).
        order.sort { Seizure.newerFirst(all[$0], all[$1]) }
        shown.seizures = order.map { all[$0] }
        guard !shown.reports.isEmpty || !order.isEmpty else { return shown }
        shown.rows = KPIMetric.allCases.map(DeskRow.figure)
        shown.rows.reserveCapacity(shown.rows.count + order.count)
        for i in order { shown.rows.append(.seizure(all[i].caseID)) }
        shown.rowIDs = shown.rows.map(\.id)
        // The totals, and the latest day's figures beside them, in one pass.
        let metrics = KPIMetric.allCases
        for i in shown.reports {
            let (date, count) = (desk.reports[i].date, desk.reports[i].count)
            let m = metrics.firstIndex(of: desk.reports[i].metric) ?? 0
            shown.totals[m] &+= count
            if shown.latestDay.map({ $0 < date }) ?? true {
                shown.latestDay = date
                shown.onLatestDay = [Int64](repeating: 0, count: metrics.count)
            }
            if date == shown.latestDay { shown.onLatestDay[m] &+= count }
        }
        for i in order {
            shown.value = shown.value.saturatingAdd(all[i].valueIDR)
            shown.suspects &+= all[i].suspects
        }
        shown.seizureCount = order.count
        // A preview's desk (`Desk.preview`) carries what it left out as sums. Its frame is the
        // dashboard's first, which hides no post and filters nothing: they are all shown.
        if reports == nil, seizures == nil, hidden.isEmpty {
            let left = context.input.state.leftOut.desk
            for m in metrics.indices { shown.totals[m] &+= left.totals[m] }
            shown.seizureCount += left.seizures
            shown.value = shown.value.saturatingAdd(left.valueIDR)
            shown.suspects &+= left.suspects
        }
        return shown
    }

    /// The selectable rows, in display order; none when the desk has nothing to show.
    static func rows(_ context: ViewContext) -> [DeskRow] { shown(context).rows }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        PaneFrame.draw(.desk, into: &grid, rect: rect, context: context)
        let inner = rect.inner
        guard inner.width > 2, inner.height > 0 else { return }
        let shown = shown(context)
        let seizures = shown.seizures
        guard !shown.rows.isEmpty else {
            grid.text(context.t(.noDesk), x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, role: .muted)
            return
        }
        let rows = shown.rowIDs
        let focused = context.model.focus == .desk
        let selected = focused ? context.model.selectedIndex(.desk, ids: rows) : -1
        var y = inner.y
        func line(_ text: String, role: Role = .text, style: CellStyle = .plain, row: Int? = nil) {
            if let row, y < inner.maxY { grid.clickable(.row(.desk, index: row, id: rows[row]), x: inner.x, y: y, width: inner.width) }
            if let row, row == selected {
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection, style: .reverse)
                grid.cursor = (inner.x, y)
                grid.line(text, at: &y, in: inner, role: .selection, style: .reverse)
            } else {
                grid.line(text, at: &y, in: inner, role: role, style: style)
            }
        }
        if focused { grid.cursor = (inner.x, y) }
        let metrics = KPIMetric.allCases
        let (totals, onLatestDay, latestDay) = (shown.totals, shown.onLatestDay, shown.latestDay)
        // A selected seizure on a pane too short for the figures, the totals and one seizure
        // (40×12): the figures give up their lines, or the seizures could not be reached.
        let figuresHidden = selected >= metrics.count && inner.height < metrics.count + 2
        // The columns as wide as this language's widest metric and the widest total, so the
        // latest day (`20/11/2024: 7`) fits whole beside them at 40 columns.
        let metricWidth = metrics.map { DisplayWidth.of(context.t(.code($0))) }.max() ?? 0
        let totalWidth = metrics.indices.map { DisplayWidth.of(context.count(totals[$0])) }.max() ?? 0
        for (m, metric) in metrics.enumerated() where !figuresHidden {
            var text = "\(DisplayWidth.pad(context.t(.code(metric)), metricWidth)) \(DisplayWidth.pad(context.count(totals[m]), totalWidth))"
            if let day = latestDay { text += "  \(context.dayMonth(day)): \(context.count(onLatestDay[m]))" }
            line(text, row: m)
        }
        // A selected seizure needs a line below the summary: the blank line gives it up.
        if !figuresHidden && (selected < KPIMetric.allCases.count || y + 2 < inner.maxY) { y += 1 }
        line("\(context.t(.seizures)) \(context.count(shown.seizureCount)) · \(context.t(.value)) \(context.language.shortRupiah(shown.value)) · \(context.t(.suspects)) \(context.count(shown.suspects))",
             role: .accent, style: .bold)
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
        // Only the rows that fit are visited: a year of seizures is thousands, each a copy.
        for i in seizures.indices.dropFirst(first).prefix(room) where y < inner.maxY {
            let s = seizures[i]
            let time = showTime ? "\(DisplayWidth.pad(context.time(s.recorded), timeWidth))  " : ""
            line("  \(time)\(DisplayWidth.pad(s.caseID, caseWidth))  \(DisplayWidth.pad(context.t(.code(s.commodity)), 14)) "
                 + "\(DisplayWidth.pad(context.language.shortRupiah(s.valueIDR), 11)) \(context.count(s.suspects))  \(s.agency)", row: KPIMetric.allCases.count + i)
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
