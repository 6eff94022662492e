import BorderOps
import Words

/// The search across panes (`s`): every voyage, operation, meeting, desk figure, seizure and
/// alert holding the query anywhere inside it. Each pane's hits are its rows as `/` would
/// filter them with the query (the same texts, the same order); alerts match their words, rule
/// and id. Hidden posts stay hidden.
public enum GlobalSearch {
    /// One hit: its group (a pane, or the alerts), its kind's word, a line about it, and what
    /// Enter opens.
    public struct Hit: Sendable, Equatable {
        public var group: Word
        public var kind: Word
        public var text: String
        public var target: DetailTarget
    }

    public static func hits(_ input: DashboardInput, model: DashboardModel) -> [Hit] {
        hits(ViewContext(input: input, model: model))
    }

    static func hits(_ context: ViewContext) -> [Hit] {
        let query = context.model.searchQuery
        guard !query.isEmpty else { return [] }
        // Each pane filtered by the query, exactly as `/` filters it.
        var model = context.model
        model.filters = Dictionary(uniqueKeysWithValues: PaneID.allCases.map { ($0, query) })
        let searching = ViewContext(input: context.input, model: model)
        var hits: [Hit] = []
        for v in VoyagesPane.rows(searching) {
            let departs = v.departs.map { " · \(context.time($0))" } ?? ""
            hits.append(Hit(group: PaneID.voyages.title, kind: .searchKindVoyage,
                            text: "\(v.vessel.isEmpty ? v.id : v.vessel) · \(v.from)→\(v.to)\(departs) · \(v.post)", target: .voyage(v.id)))
        }
        for op in OperationsPane.rows(searching) {
            let starts = op.starts.map { " · \(context.time($0))" } ?? ""
            hits.append(Hit(group: PaneID.operations.title, kind: .searchKindOperation,
                            text: "\(op.title.isEmpty ? op.id : op.title)\(starts) · \(op.post)", target: .operation(op.id)))
        }
        for m in TimporaPane.rows(searching) {
            let day = m.firstMention.map { " · " + context.date(PostTime.local($0, context.zone(of: m.post)).0, in: context.zone(of: m.post)) } ?? ""
            hits.append(Hit(group: PaneID.timpora.title, kind: .searchKindMeeting,
                            text: "\(m.title.isEmpty ? m.id : m.title)\(day) · \(m.post)", target: .meeting(m.id)))
        }
        let shown = DeskPane.shown(searching)
        let (reports, seizures) = (shown.reports, shown.seizures)
        let desk = context.input.state.desk
        for metric in KPIMetric.allCases where reports.contains(where: { desk.reports[$0].metric == metric }) {
            let agencies = Set(reports.filter { desk.reports[$0].metric == metric }.map { desk.reports[$0].agency }).sorted()
            hits.append(Hit(group: PaneID.desk.title, kind: .searchKindFigure,
                            text: "\(context.t(.code(metric))) · \(agencies.joined(separator: ", "))", target: .desk))
        }
        for s in seizures {
            hits.append(Hit(group: PaneID.desk.title, kind: .searchKindSeizure,
                            text: "\(s.caseID) · \(context.t(.code(s.commodity))) · \(context.language.shortRupiah(s.valueIDR)) · \(s.agency) · \(context.time(s.recorded))",
                            target: .seizure(s.caseID)))
        }
        for alert in AlertsList.ordered(context.input.alerts) where context.visible(post: alert.post ?? "") || alert.post == nil {
            let words = context.text(alert)
            guard ViewContext.holds(query, [alert.id, words, context.t(.alertRule(alert.rule)), alert.post ?? ""]) else { continue }
            hits.append(Hit(group: .alerts, kind: .searchKindAlert,
                            text: "\(alert.severity.mark) \(context.t(alert.severity.word)) · \(words)", target: .alert(alert.id)))
        }
        return hits
    }
}
