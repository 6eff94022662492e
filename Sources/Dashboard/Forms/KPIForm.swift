import BorderOps
import JSON
import Words

/// The desk's daily figures (`N` in the desk pane): the date (today), the agency (the
/// officer's), and the four KPI counts; four `kpi.reported` events written as one batch.
public enum KPIForm {
    public static func make(_ input: DashboardInput, model: DashboardModel) -> Form {
        let post = FormDefaults.post(.desk, model, input)
        let agencies = KnownAgencies.choices(input, post: post)
        let own = FormDefaults.operatorAgency(input, agencies)
        return Form(.kpi, title: .kpiFormTitle, pane: .desk, post: post, fields: [
            FormField("date", .fieldDate, kind: .date, text: FormDefaults.today(input, FormContext.zone(of: post, input))),
            FormField("agency", .fieldAgency, kind: .pick, choices: agencies, chosen: own.isEmpty ? [0] : own, takesNewCode: true),
        ] + KPIMetric.allCases.map { FormField($0.rawValue, Word.code($0).heading, kind: .count) })
    }

    static func submission(_ form: Form, values: [String: FormValue], language: Language) -> FormSubmission {
        let common = values.members(["date", "agency"])
        var intents: [OperatorIntent] = []
        var said: [String] = []
        for metric in KPIMetric.allCases {
            guard case .count(let n)? = values[metric.rawValue] else { continue }
            intents.append(OperatorIntent(type: .kpiReported, post: form.post, fields: common + [
                JSONMember("metric", .string(metric.rawValue)), JSONMember("count", .number(JSONNumber(n))),
            ]))
            said.append("\(Word.code(metric).text(language)) \(language.grouped(n))")
        }
        let date = values["date"]?.json.flatMap { if case .string(let s) = $0 { s } else { nil } } ?? ""
        return FormSubmission(intents: intents, select: nil,
                              summary: "\(date) \(values["agency"]?.string ?? ""): \(said.joined(separator: " · "))", form: form)
    }
}
