import BorderOps
import ExactKeys
import JSON
import Words

/// One agency's day of KPI figures at a post, as recorded: what `e` on a figure of the desk
/// corrects. Each report keeps its event's id, so the correction voids exactly those it changes.
public struct KPIDay: Sendable, Equatable {
    public struct Recorded: Sendable, Equatable {
        public var id: String
        public var metric: KPIMetric
        public var count: Int64
    }

    public var date: CivilDate
    public var agency: String
    public var post: String
    public var recorded: [Recorded]

    /// A metric's figure that day (reports of it add up), nil when none was reported.
    public func figure(_ metric: KPIMetric) -> Int64? {
        let reports = recorded.filter { $0.metric == metric }
        return reports.isEmpty ? nil : reports.reduce(Int64(0)) { $0.saturatingAdd($1.count) }
    }
}

/// `e` on a figure in the desk pane: the day's form (date, agency, the four figures) filled in
/// with the day of the latest report of that figure. Saving voids the reports of each figure
/// that changed and writes the new figure, one batch; a figure emptied is voided only. A
/// changed date or agency moves every figure to it.
public enum KPICorrection {
    public static func make(_ metric: KPIMetric, input: DashboardInput, model: DashboardModel) -> Form? {
        let context = ViewContext(input: input, model: model)
        // The latest day's report of the figure (the day the pane shows beside it).
        let reports = input.state.desk.reports.filter { $0.metric == metric && context.visible(post: $0.post) }
        guard let latestDay = reports.map(\.date).max(), let latest = reports.last(where: { $0.date == latestDay }) else { return nil }
        let events = input.state.kpiReports(date: latest.date, agency: latest.agency, post: latest.post)
        let day = KPIDay(date: latest.date, agency: latest.agency, post: latest.post,
                         recorded: events.map { KPIDay.Recorded(id: $0.event.id, metric: $0.report.metric, count: $0.report.count) })
        let agencies = KnownAgencies.choices(input, post: day.post, recorded: day.agency)
        var form = Form(.kpiCorrection(day), title: .kpiCorrectionTitle, pane: .desk, post: day.post, fields: [
            FormField("date", .fieldDate, kind: .date, text: FormDefaults.day(day.date)),
            FormField("agency", .fieldAgency, kind: .pick, choices: agencies, chosen: [agencies.firstIndex { $0.code == day.agency } ?? 0], takesNewCode: true),
        ] + KPIMetric.allCases.map { FormField($0.rawValue, Word.code($0).heading, kind: .count, optional: true, text: day.figure($0).map { model.language.grouped($0) } ?? "") }
          + [CorrectionForm.reasonField()])
        let ids = day.recorded.map { $0.id }
        form.correcting = "\(FormDefaults.day(day.date)) · \(day.agency) · \(EventType.kpiReported.rawValue) "
            + ids.prefix(4).joined(separator: ", ") + (ids.count > 4 ? " …" : "")
        return form
    }

    static func submission(_ day: KPIDay, _ form: Form, values: [String: FormValue], language: Language) -> FormSubmission {
        let moved = values["date"] != .date(day.date) || values["agency"]?.string != day.agency
        var voids: [OperatorIntent] = [], written: [OperatorIntent] = [], said: [String] = []
        for metric in KPIMetric.allCases {
            let before = day.figure(metric)
            var after: Int64?
            if case .count(let n)? = values[metric.rawValue] { after = n }
            guard moved || before != after else { continue }
            voids += day.recorded.filter { $0.metric == metric }.map { CorrectionForm.void($0.id, post: day.post, values: values) }
            if let after {
                written.append(OperatorIntent(type: .kpiReported, post: form.post, fields: values.members(["date", "agency"]) + [
                    JSONMember("metric", .string(metric.rawValue)), JSONMember("count", .number(JSONNumber(after))),
                ]))
            }
            said.append("\(Word.code(metric).text(language)) \(before.map { language.grouped($0) } ?? "–") → \(after.map { language.grouped($0) } ?? "–")")
        }
        let date = values["date"]?.json.flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
        return FormSubmission(intents: voids + written, select: nil,
                              summary: "\(date) \(values["agency"]?.string ?? ""): \(said.joined(separator: " · "))", form: form)
    }
}
