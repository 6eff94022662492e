import BorderOps
import ExactKeys
import Words

/// An operation in full: facts, phases with who and notes, every finding (category, severity,
/// summary, who), teams, the checklist with full notes and skip reasons, corrections.
enum OperationDetail {
    static func document(_ op: JointOperation, context: ViewContext) -> DetailDocument {
        var d = DetailDocument(title: op.title.isEmpty ? op.id : op.title, id: op.id)
        let t = context.t
        func time(_ ts: Timestamp) -> String { DetailTime.full(ts, post: op.post, context: context) }
        d.field(t(.detailID), op.id)
        d.field(t(.detailPost.heading), op.post)
        if !op.location.isEmpty { d.field(t(.place), op.location) }
        if !op.lead.isEmpty { d.field(t(.leadAgency), op.lead) }
        if !op.agencies.isEmpty { d.field(t(.agencies), op.agencies.joined(separator: ", ")) }
        if let starts = op.starts { d.field(t(.time), time(starts)) }
        d.field(t(.phase.heading), t(.code(op.phase)))

        if !op.phaseChanges.isEmpty {
            d.heading(t(.detailPhases))
            for change in op.phaseChanges {
                d.item("·", [time(change.at), t(.code(change.phase)), change.by, change.note].compactMap { $0 }.joined(separator: " · "))
            }
        }

        let findings = op.findings.values.sorted { a, b in a.severity != b.severity ? a.severity.rank > b.severity.rank : ExactKey(a.finding) < ExactKey(b.finding) }
        d.heading("\(t(.findings)) (\(findings.count))", role: findings.contains { $0.severity == .critical } ? .critical : .accent)
        if findings.isEmpty { d.item("", t(.noFindings), role: .muted) }
        for f in findings {
            let role: Role = f.severity == .critical ? .critical : (f.severity == .warning ? .warn : .text)
            d.item(f.severity.mark, "\(t(.code(f.severity))) · \(t(.code(f.category))) · \(f.summary)", role: role, style: f.severity == .critical ? .bold : .plain)
            d.item("", "\(t(.detailID)) \(f.finding) · \(time(f.recorded)) · \(f.by ?? "?")", role: .muted, indent: 3)
        }

        d.heading("\(t(.teams)) (\(op.teams.count))")
        let teams = op.teams.values.sorted { ExactKey($0.team) < ExactKey($1.team) }
        if teams.isEmpty { d.item("", t(.detailNoTeams), role: .muted) }
        for team in teams {
            d.item("·", "\(team.team) · \(team.agency) · \(t(.code(team.status)))" + (team.location.map { " · \($0)" } ?? "")
                   + " · \(context.time(team.updated, in: context.zone(of: op.post)))")
        }

        d.heading(t(.detailChecklist))
        if let checklist = DetailChecklist.of(op.id, in: context.input.state) {
            DetailChecklist.add(checklist, to: &d, post: op.post, context: context)
        } else {
            d.item("", t(.noChecklistRecorded), role: .muted)
        }
        DetailCorrections.add(DetailCorrections.of(.operation(op.id), in: context.input.state), to: &d, context: context)
        return d
    }
}

extension Severity {
    /// A mark per severity, so it reads without colour (beside its word).
    var mark: String {
        switch self {
        case .critical: return "‼"
        case .warning: return "!"
        case .info: return "·"
        }
    }

    /// Critical first when sorted by it, descending.
    var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }
}
