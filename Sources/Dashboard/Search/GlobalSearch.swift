import BorderOps
import ExactKeys
import Words

/// The search across panes (`s`): every voyage, operation, meeting, desk figure, seizure and
/// alert holding the query anywhere inside it. Each pane's hits are its rows as `/` would
/// filter them with the query (the same texts, the same order); alerts match their words, rule
/// and id. Hidden posts stay hidden.
public enum GlobalSearch {
    /// One hit: its group (a pane, or the alerts), its kind's word, what its line says, and
    /// what Enter opens.
    public struct Hit: Sendable, Equatable {
        public var group: Word
        public var kind: Word
        var about: About
        public var target: DetailTarget
    }

    /// What a hit's line is made from: a row by its position in the state's table, written
    /// (`text`) only when it is on screen, as a query of one letter matches thousands; or the
    /// line itself, for the few figures.
    enum About: Sendable, Equatable {
        case voyage(Int), operation(Int), meeting(Int)
        case seizure(Seizure)
        case alert(Alert)
        case line(String)
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
        // By position: only the hits on screen are written (`text`).
        let voyages = VoyagesPane.rows(searching), all = context.input.state.voyages.values
        for position in voyages.order {
            hits.append(Hit(group: PaneID.voyages.title, kind: .searchKindVoyage, about: .voyage(position), target: .voyage(all[position].id)))
        }
        let operations = OperationsPane.rows(searching), ops = context.input.state.operations.values
        for position in operations.order {
            hits.append(Hit(group: PaneID.operations.title, kind: .searchKindOperation, about: .operation(position), target: .operation(ops[position].id)))
        }
        let meetings = TimporaPane.rows(searching), ms = context.input.state.meetings.values
        for position in meetings.order {
            hits.append(Hit(group: PaneID.timpora.title, kind: .searchKindMeeting, about: .meeting(position), target: .meeting(ms[position].id)))
        }
        let shown = DeskPane.shown(searching)
        let (reports, seizures) = (shown.reports, shown.seizures)
        let desk = context.input.state.desk
        for metric in KPIMetric.allCases where reports.contains(where: { desk.reports[$0].metric == metric }) {
            let agencies = Set(reports.filter { desk.reports[$0].metric == metric }.map { desk.reports[$0].agency }).sorted()
            hits.append(Hit(group: PaneID.desk.title, kind: .searchKindFigure,
                            about: .line("\(context.t(.code(metric))) · \(agencies.joined(separator: ", "))"), target: .desk))
        }
        for s in seizures {
            hits.append(Hit(group: PaneID.desk.title, kind: .searchKindSeizure, about: .seizure(s), target: .seizure(s.caseID)))
        }
        let alerts = AlertSearch.of(context)
        for i in alerts.index.matches(query) {
            let alert = alerts.ordered[i]
            guard context.visible(post: alert.post ?? "") || alert.post == nil else { continue }
            hits.append(Hit(group: .alerts, kind: .searchKindAlert, about: .alert(alert), target: .alert(alert.id)))
        }
        return hits
    }

    /// The line about `hit`: what it is, when, where.
    static func text(_ hit: Hit, context: ViewContext) -> String {
        let state = context.input.state
        switch hit.about {
        case .voyage(let position):
            let v = state.voyages.values[position]
            let departs = v.departs.map { " · \(context.time($0))" } ?? ""
            return "\(v.vessel.isEmpty ? v.id : v.vessel) · \(v.from)→\(v.to)\(departs) · \(v.post)"
        case .operation(let position):
            let op = state.operations.values[position]
            let starts = op.starts.map { " · \(context.time($0))" } ?? ""
            return "\(op.title.isEmpty ? op.id : op.title)\(starts) · \(op.post)"
        case .meeting(let position):
            let m = state.meetings.values[position]
            let day = m.firstMention.map { " · " + context.date(PostTime.local($0, context.zone(of: m.post)).0, in: context.zone(of: m.post)) } ?? ""
            return "\(m.title.isEmpty ? m.id : m.title)\(day) · \(m.post)"
        case .seizure(let s):
            return "\(s.caseID) · \(context.t(.code(s.commodity))) · \(context.language.shortRupiah(s.valueIDR)) · \(s.agency) · \(context.time(s.recorded))"
        case .alert(let alert):
            return "\(alert.severity.mark) \(context.t(alert.severity.word)) · \(context.text(alert))"
        case .line(let text):
            return text
        }
    }
}
