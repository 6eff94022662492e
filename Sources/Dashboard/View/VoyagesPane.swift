import BorderOps
import ExactKeys
import Words

/// Port passenger checks: a row per voyage, or one voyage in detail.
enum VoyagesPane {
    /// Open voyages by departure, then closed ones; filtered by post and text; only the working
    /// ones (`WorkingRows`) unless every row is asked for or a filter looks in them all.
    static func rows(_ context: ViewContext) -> IndexedRows<Voyage> {
        let all = context.input.state.voyages.values
        let working = context.showsWorkingRows(.voyages) ? WorkingDay(context) : nil
        if let kept = keptOrder(context) {
            guard let working else { return IndexedRows(all: all, order: kept.positions) }
            let rows = WorkingRows.keepingOpened(WorkingRows.voyages(kept, all: all, day: working), .voyages, in: context.input.state.voyages,
                                                 context: context,
                                                 key: { VoyageOrder.Key(all[$0]) }, by: <)
            return IndexedRows(all: all, order: rows, outOf: all.count + context.input.state.leftOut.voyages)
        }
        let matching = context.filtered(.voyages, .voyagesIndex, reading: \.voyages, count: all.count) {
            SearchIndex(count: all.count) { [all[$0].id, all[$0].vessel, all[$0].from, all[$0].to] }
        }
        let visible = (matching ?? Array(all.indices)).filter { context.visible(post: all[$0].post) }
        let order = WorkingRows.keepingOpened((working.map { day in visible.filter { WorkingRows.holds(all, at: $0, day) } } ?? visible)
            .sorted(byKey: { VoyageOrder.Key(all[$0]) }, by: <), .voyages, in: context.input.state.voyages, context: context,
                                                 key: { VoyageOrder.Key(all[$0]) }, by: <)
        // A preview's totals count what it left out (`LeftOut`).
        return IndexedRows(all: all, order: order, outOf: visible.count + context.input.state.leftOut.voyages)
    }

    /// The order kept as events fold (`VoyageOrder`), when every post is shown and no filter is set.
    static func keptOrder(_ context: ViewContext) -> VoyageOrder? {
        guard let kept = context.input.voyageOrder, kept.positions.count == context.input.state.voyages.count,
              context.model.hiddenPosts.isEmpty, context.model.filter(.voyages).isEmpty else { return nil }
        return kept
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        let voyages = rows(context)
        guard let list = ListPane(.voyages, ids: voyages.ids, outOf: voyages.outOf, empty: .noVoyages, minimumWidth: 1, into: &grid, rect: rect, context: context)
        else { return }
        let (inner, selected) = (list.inner, list.selected)
        if context.model.detail == .voyages {
            drawDetail(voyages[selected], into: &grid, rect: inner, context: context)
            return
        }
        func tally(_ v: Voyage) -> String { "\(context.count(v.checked))/\(context.count(v.manifest))" }
        // Widths by arithmetic: formatting every voyage's tally cost more than the whole fold of an append.
        // By position: a closure given each voyage would copy it.
        // Kept with the order when every voyage is shown.
        let widest = keptOrder(context) != nil && voyages.count == voyages.outOf ? context.input.voyageOrder?.widestTally ?? 0
            : voyages.indices.reduce(0) { max($0, VoyageOrder.tallyWidth(voyages[$1])) }
        // The departure as wide as the widest shown (another year's date is written out in full,
        // `Jum 1/11/2024 08.04`): only the rows on screen are formatted.
        let shown = list.visible(height: inner.height - 1)
        let departsWidth = shown.map { voyages[$0].departs.map { DisplayWidth.of(context.time($0)) } ?? 1 }.max() ?? 0
        // The counts as wide as the widest shown, with its mark (`✓1.500`), the sum of the other four included.
        let countWidth = shown.map { i in
            let r = voyages[i].results
            return ([r.total - r.cleared] + CheckResult.allCases.map { r[$0] }).map { 1 + DisplayWidth.of(context.count($0)) }.max() ?? 0
        }.max() ?? 0
        let columns = VoyageColumns(width: inner.width, tallyDigits: voyages.isEmpty ? 7 : widest, departsWidth: departsWidth,
                                    countWidth: countWidth, checkedWidth: DisplayWidth.of(context.t(.checked)), legend: VoyageColumns.Legend(context))
        // Header row: the column names, each count column headed by its result's word (never
        // cut in the middle: the columns are as wide as their words). Each column leaves one
        // blank before the next.
        func heading(_ text: String, _ width: Int) -> String { DisplayWidth.pad(text, width - 1) + " " }
        var header = "  " + heading(context.t(.vessel), columns.vessel)
        if columns.route > 0 { header += heading(context.t(.route), columns.route) }
        if columns.departs > 0 { header += heading(context.t(.departs), columns.departs) }
        header += heading(context.t(.checked), columns.bar + columns.tally)
        header += columns.headings.indices.map { DisplayWidth.pad(columns.headings[$0], columns.count($0)) }.joined()
        grid.text(header, x: inner.x, y: inner.y, maxWidth: inner.width, role: .muted)
        for (row, i) in shown.enumerated() {
            let y = inner.y + 1 + row
            let v = voyages[i]
            let isSelected = list.highlight(i, id: v.id, y: y, into: &grid, context: context)
            // Closed voyages are dimmed; the selected row is reversed.
            let role: Role = isSelected ? .selection : (v.closed ? .muted : .text)
            let style: CellStyle = isSelected ? .reverse : (v.closed ? .dim : .plain)
            var x = inner.x
            let attention = v.results.violation + v.results.denied > 0
            // The selected row keeps its `!` beside the arrow: the mark is what draws the eye.
            x += grid.text(isSelected ? (attention ? "▶!" : "▶ ") : (attention ? "! " : "  "), x: x, y: y, maxWidth: 2, role: attention && !isSelected ? .critical : role, style: style)
            x += grid.text(heading(v.vessel.isEmpty ? v.id : v.vessel, columns.vessel), x: x, y: y, role: role, style: style)
            if columns.route > 0 { x += grid.text(heading("\(v.from)→\(v.to)", columns.route), x: x, y: y, role: role, style: style) }
            if columns.departs > 0 { x += grid.text(heading(v.departs.map { context.time($0) } ?? "–", columns.departs), x: x, y: y, role: role, style: style) }
            let bar = progressBar(Int64(v.checked), of: v.manifest, width: columns.bar)
            x += grid.text(bar, x: x, y: y, role: isSelected ? .selection : (v.closed ? .muted : .ok), style: style)
            x += grid.text(DisplayWidth.pad((columns.bar > 0 ? " " : "") + tally(v), columns.tally), x: x, y: y, role: role, style: style)
            if columns.summedCounts {
                let others = v.checked - v.results.cleared
                x += grid.text(DisplayWidth.pad("✓\(context.count(v.results.cleared))", columns.count(0)), x: x, y: y, maxWidth: inner.maxX - x, role: role, style: style)
                x += grid.text("!\(context.count(others))", x: x, y: y, maxWidth: inner.maxX - x, role: isSelected ? .selection : (others > 0 ? .warn : role), style: style)
            } else {
                let counts = CheckResult.allCases.map { resultMark($0) + context.count(v.results[$0]) }
                for (k, text) in counts.enumerated() where x < inner.maxX {
                    let n = v.results[CheckResult.allCases[k]]
                    let countRole: Role = isSelected ? .selection : (n > 0 && k >= 3 ? .critical : (n > 0 && k > 0 ? .warn : role))
                    x += grid.text(DisplayWidth.pad(text, columns.count(k)), x: x, y: y, maxWidth: inner.maxX - x, role: countRole, style: style)
                }
            }
            if columns.last > 0, inner.maxX - x > 4 {
                let last = v.closed ? context.t(.closed) : (v.lastCheck.map { context.time($0) } ?? "")
                grid.text(last, x: x, y: y, maxWidth: inner.maxX - x, role: isSelected ? .selection : .muted, style: style)
            }
        }
    }

    static func drawDetail(_ v: Voyage, into grid: inout Grid, rect: Rect, context: ViewContext) {
        var y = rect.y
        let w = rect.width
        grid.text("\(v.vessel.isEmpty ? v.id : v.vessel)  \(v.from) → \(v.to)", x: rect.x + 1, y: y, maxWidth: w - 1, role: .accent, style: .bold)
        y += 1
        var line = "\(context.t(.departs)) \(v.departs.map { context.time($0) } ?? "–")  ·  \(context.t(.manifest)) \(context.count(v.manifest))  ·  "
            + "\(context.t(.checked)) \(context.count(v.checked))"
        if v.closed { line += "  ·  \(context.t(.closed))" }
        grid.text(line, x: rect.x + 1, y: y, maxWidth: w - 1)
        y += 1
        if case .closeVoyage(let id, let departed) = context.model.operatorMode, id == v.id {
            grid.text(context.t(.closeVoyagePrompt), x: rect.x + 1, y: y, maxWidth: w - 1, role: .warn, style: [.bold, .reverse])
            y += 1
            if y < rect.maxY { y += CloseVoyageLine.draw(departed, post: v.post, into: &grid, x: rect.x + 1, y: y, width: w - 1, context: context) }
        }
        if case .gate(let entry) = context.model.operatorMode, entry.voyage == v.id {
            GateView.draw(entry, voyage: v, into: &grid, rect: Rect(x: rect.x, y: y, width: rect.width, height: rect.maxY - y), context: context)
            return
        }
        let checks = Array(v.recentChecks.reversed())
        // The selected check (`v` voids it) only where the keys can move over them.
        let selected = context.input.voyageTakesChecks(context.model) && !checks.isEmpty
            ? min(context.model.checkSelection, checks.count - 1) : nil
        // On a pane too short for the bars and a few checks (40×12), the results take one line,
        // marks beside their counts, so the checks the keys move over stay in view.
        let compact = selected != nil && rect.maxY - y < CheckResult.allCases.count + 5
        if compact {
            let tally = CheckResult.allCases.map { "\(resultMark($0))\(context.count(v.results[$0]))" }.joined(separator: " ")
            grid.text(tally, x: rect.x + 1, y: y, maxWidth: w - 1)
            y += 1
        }
        for result in CheckResult.allCases where y < rect.maxY && !compact {
            let n = v.results[result]
            let role: Role = result == .cleared ? .ok : (result == .violation || result == .denied ? .critical : .warn)
            let label = DisplayWidth.pad(context.t(.code(result)), 12)
            let x = rect.x + 1 + grid.text(label, x: rect.x + 1, y: y, role: n > 0 && result != .cleared ? role : .text)
            let bar = progressBar(Int64(n), of: Int64(max(v.checked, 1)), width: min(30, max(0, w - 24)))
            let x2 = x + grid.text(bar, x: x, y: y, role: n > 0 ? role : .muted)
            grid.text(" \(context.count(n))", x: x2, y: y, maxWidth: rect.maxX - x2)
            y += 1
        }
        // The heading and the blank line above it give way on the compact pane.
        if !compact {
            guard y + 1 < rect.maxY else { return }
            y += 1
            grid.text(context.t(.latestChecks), x: rect.x + 1, y: y, maxWidth: w - 1, role: .muted)
            y += 1
        }
        drawChecks(checks, into: &grid, x: rect.x + 1, y: y, width: w - 1, maxY: rect.maxY, context: context, selected: selected)
    }

    /// The checks given, newest first, one a line, coloured by result. With a selection (the
    /// keys move over them) each line is marked for a click, and the lines scroll to keep the
    /// selected one in view, the terminal cursor on it.
    static func drawChecks(_ checks: [PassengerCheck], into grid: inout Grid, x: Int, y top: Int, width: Int, maxY: Int, context: ViewContext,
                           selected: Int? = nil) {
        var y = top
        let shown = selected.map { PaneFrame.scrolled(count: checks.count, selected: $0, height: maxY - top) } ?? checks.indices
        for i in shown where y < maxY {
            let check = checks[i]
            if selected != nil { grid.clickable(.check(i), x: x - 1, y: y, width: width + 1) }
            if i == selected {
                grid.text("▶ ", x: x - 1, y: y, maxWidth: 2, role: .selection, style: .reverse)
                grid.cursor = (x - 1, y)
            }
            let text = "\(context.time(check.at))  \(DisplayWidth.pad(check.passenger, 10)) \(DisplayWidth.pad(context.t(.code(check.doc)), 13)) "
                + "\(DisplayWidth.pad(context.t(.code(check.result)), 12)) \(check.by ?? "")"
            grid.text(text, x: x, y: y, maxWidth: width, role: resultRole(check.result))
            y += 1
        }
    }

    /// Cleared reads as text, violation and denied as critical, the others as warnings.
    static func resultRole(_ result: CheckResult) -> Role {
        result == .cleared ? .text : (result == .violation || result == .denied ? .critical : .warn)
    }
}

/// A mark per result, so results read without colour: ✓ cleared, ⏸ postponed, ↪ referred,
/// ⚠ violation, ✗ denied.
func resultMark(_ result: CheckResult) -> String {
    switch result {
    case .cleared: return "✓"
    case .postponed: return "⏸"
    case .referred: return "↪"
    case .violation: return "⚠"
    case .denied: return "✗"
    }
}
