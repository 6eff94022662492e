import BorderOps
import JSON
import Words

/// The finding form (`f` in an open operation): category and severity picked in the
/// interface language, a summary; `op.finding` with the codes.
public enum FindingForm {
    public static func make(_ op: JointOperation) -> Form {
        let categories = FindingCategory.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        let severities = Severity.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        return Form(.finding(op: op.id, count: op.findings.count), title: .findingFormTitle, pane: .operations, post: op.post, fields: [
            // Immigration first: the finding most operations at a port record.
            FormField("category", .fieldCategory, kind: .pick, choices: categories, chosen: [FindingCategory.allCases.firstIndex(of: .immigration) ?? 0]),
            FormField("severity", .fieldSeverity, kind: .pick, choices: severities, chosen: [0]),
            FormField("summary", .fieldSummary),
        ])
    }

    /// The finding's id: its number in the operation and a hash of the summary (`f-3-48213`).
    static func submission(_ form: Form, op: String, count: Int, values: [String: FormValue]) -> FormSubmission {
        let text = values["summary"]?.string ?? ""
        let id = "f-\(count + 1)-\(text.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value } % 100_000)"
        let intent = OperatorIntent(type: .opFinding, post: form.post, fields: [JSONMember("op", .string(op)), JSONMember("finding", .string(id))]
                                    + values.members(["category", "severity", "summary"]))
        return FormSubmission(intents: [intent], select: nil, summary: "\(values["severity"]?.string ?? "") · \(text) · \(op)", form: form)
    }
}
