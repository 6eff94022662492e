import BorderOps
import ExactKeys
import SafeText
import Words

/// The readable form of the summary. Every text from an event is escaped here, before the
/// columns are measured, so the lines are printed as they are.
public enum SummaryTable {
    public static func lines(_ fold: EventFold) -> [String] {
        let state = fold.state
        let c = fold.counts
        var out: [String] = []
        if state.exerciseEvents > 0 {
            out.append("*** EXERCISE / LATIHAN: \(state.exerciseEvents) events are drill or demo data ***")
        }
        out.append("Events / Kejadian: \(c.lines) lines, \(c.folded) folded, \(c.voided) voided, \(c.malformed) malformed, \(c.duplicates) duplicates, \(c.unknown) unknown type")

        out.append("")
        out.append("Voyages / Pelayaran")
        out += table(
            ["voyage", "vessel", "route", "departs", "checked", "cleared", "postponed", "referred", "violation", "denied", "state"],
            state.voyages.sortedByID.map { v in
                [v.id, v.vessel, v.opened ? "\(v.from) → \(v.to)" : "", v.departs.map { PostTime.dateTime($0) } ?? "",
                 "\(v.checked)/\(v.manifest)", "\(v.results.cleared)", "\(v.results.postponed)", "\(v.results.referred)",
                 "\(v.results.violation)", "\(v.results.denied)", v.closed ? "closed" : "open"]
            })

        out.append("")
        out.append("Joint operations / Operasi gabungan")
        out += table(
            ["op", "title", "lead", "phase", "teams", "findings", "critical"],
            state.operations.sortedByID.map { op in
                [op.id, op.title, op.lead, op.phase.rawValue, "\(op.teams.count)", "\(op.findings.count)", "\(op.criticalFindings)"]
            })

        out.append("")
        out.append("Checklists / Daftar periksa")
        out += table(
            ["checklist", "title", "op", "done", "skipped", "total"],
            state.checklists.sortedByID.map { cl in
                [cl.id, cl.title, cl.op ?? "", "\(cl.done)", "\(cl.skipped)", "\(cl.total)"]
            })

        out.append("")
        out.append("Timpora meetings / Rapat Timpora")
        out += table(
            ["meeting", "title", "chair", "items done", "actions open", "actions done", "state"],
            state.meetings.sortedByID.map { [actionCounts = state.actionCountsByMeeting()] m in
                let a = actionCounts[ExactKey(m.id)] ?? (0, 0)
                return [m.id, m.title, m.chair, "\(m.itemsDone)/\(m.items.count)", "\(a.open)", "\(a.done)", m.closed ? "closed" : "open"]
            })

        let desk = state.desk
        out.append("")
        out.append("Smuggling-prevention desk / Desk pencegahan penyelundupan")
        out.append("  patrol \(desk.total(.patrol)) · sambang \(desk.total(.sambang)) · routine check \(desk.total(.routine_check)) · socialisation \(desk.total(.socialisation))")
        out.append("  seizures \(desk.seizures.count) · value \(Rupiah.short(desk.seizureValueIDR)) · suspects \(desk.suspects)")
        return out
    }

    /// Left-aligned columns sized to their widest cell; texts escaped and cut at 40 scalars.
    public static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        guard !rows.isEmpty else { return ["  (none / tidak ada)"] }
        let cells = rows.map { $0.map { DisplayText.escaped($0, limit: 40) } }
        var widths = header.map(\.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        func render(_ row: [String]) -> String {
            "  " + row.enumerated().map { i, cell in
                i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        return [render(header)] + cells.map(render)
    }
}
