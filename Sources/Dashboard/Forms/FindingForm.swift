import BorderOps
import JSON
import Words

/// The finding form (`f` in an open operation): category and severity picked in the
/// interface language, a summary; `op.finding` with the codes.
public enum FindingForm {
    /// `recorded`: a finding to correct, its form filled with what was recorded.
    public static func make(_ op: JointOperation, recorded: Finding? = nil) -> Form {
        let categories = FindingCategory.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        let severities = Severity.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        // Immigration first: the finding most operations at a port record.
        let category = FindingCategory.allCases.firstIndex(of: recorded?.category ?? .immigration) ?? 0
        let severity = recorded.flatMap { Severity.allCases.firstIndex(of: $0.severity) } ?? 0
        let purpose: FormPurpose = recorded.map { .findingCorrection(op: op.id, finding: $0.finding) } ?? .finding(op: op.id, count: op.findings.count)
        return Form(purpose, title: recorded == nil ? .findingFormTitle : .findingCorrectionTitle, pane: .operations, post: op.post, fields: [
            FormField("category", .fieldCategory, kind: .pick, choices: categories, chosen: [category]),
            FormField("severity", .fieldSeverity, kind: .pick, choices: severities, chosen: [severity]),
            FormField("summary", .fieldSummary, text: recorded?.summary ?? ""),
        ])
    }

    /// The finding's id: its number in the operation and a hash of the summary (`f-3-48213`).
    static func submission(_ form: Form, op: String, count: Int, values: [String: FormValue]) -> FormSubmission {
        let text = values["summary"]?.string ?? ""
        return submission(form, op: op, id: "f-\(count + 1)-\(text.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value } % 100_000)", values: values)
    }

    /// `op.finding` of finding `id` (a correction keeps the finding's id).
    static func submission(_ form: Form, op: String, id: String, values: [String: FormValue]) -> FormSubmission {
        let text = values["summary"]?.string ?? ""
        let intent = OperatorIntent(type: .opFinding, post: form.post, fields: [JSONMember("op", .string(op)), JSONMember("finding", .string(id))]
                                    + values.members(["category", "severity", "summary"]))
        return FormSubmission(intents: [intent], select: nil, summary: "\(values["severity"]?.string ?? "") · \(text) · \(op)", form: form)
    }
}
