import BorderOps
import ExactKeys
import Words

/// The smuggling desk in full: every seizure (case, commodity, value, suspects, agency, when),
/// the KPI reports by day, corrections.
enum DeskDetail {
    static func document(context: ViewContext) -> DetailDocument {
        let t = context.t
        let desk = context.input.state.desk
        var d = DetailDocument(title: t(.paneDesk), id: "desk")
        let seizures = desk.seizures.values.filter { context.visible(post: $0.post) }.sorted(by: Seizure.newerFirst)
        let value = seizures.reduce(Int64(0)) { $0.saturatingAdd($1.valueIDR) }
        d.heading("\(t(.detailSeizures)) (\(seizures.count)) · \(t(.value)) \(context.language.shortRupiah(value))")
        if seizures.isEmpty { d.item("", t(.noSeizures), role: .muted) }
        for s in seizures {
            d.item("·", "\(s.caseID) · \(t(.code(s.commodity))) · \(context.language.rupiah(s.valueIDR)) · \(t(.suspects)) \(context.count(s.suspects)) · \(s.agency)",
                   opens: .seizure(s.caseID))
            d.item("", "\(DetailTime.full(s.recorded, post: s.post, context: context)) · \(t(.detailPost)) \(s.post)", role: .muted, indent: 3,
                   opens: .seizure(s.caseID))
        }
        let reports = desk.reports.filter { context.visible(post: $0.post) }
        d.heading(t(.detailKPIs))
        let days = Set(reports.map(\.date)).sorted(by: >)
        for day in days {
            let ofDay = reports.filter { $0.date == day }
            let figures = KPIMetric.allCases.map { metric in
                "\(t(.code(metric))) \(context.count(ofDay.filter { $0.metric == metric }.reduce(Int64(0)) { $0.saturatingAdd($1.count) }))"
            }
            d.item("·", "\(context.date(day)): " + figures.joined(separator: " · "))
        }
        DetailCorrections.add(DetailCorrections.of(.desk, in: context.input.state), to: &d, context: context)
        return d
    }
}
