import BorderOps
import ExactKeys
import JSON
import Words

/// The new-team form (`T` in an open operation): name, agency (the officer's by default),
/// status (standby by default), place (optional); `op.team`. A name the operation already has
/// updates that team, as the format says.
public enum TeamForm {
    public static func make(_ op: JointOperation, input: DashboardInput) -> Form {
        let agencies = FormDefaults.agencyChoices(input.state)
        let own = FormDefaults.operatorAgency(input, agencies)
        let statuses = TeamStatus.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        let places = [op.location] + op.teams.values.compactMap(\.location)
        return Form(.team(op: op.id), title: .teamFormTitle, pane: .operations, post: op.post, fields: [
            FormField("team", .fieldTeamName, suggestions: op.teams.values.map(\.team).sorted { ExactKey($0) < ExactKey($1) }),
            FormField("agency", .fieldAgency, kind: .pick, choices: agencies, chosen: own.isEmpty ? [0] : own),
            FormField("status", .fieldStatus, kind: .pick, choices: statuses, chosen: [0]),
            FormField("location", .fieldPlace, optional: true, suggestions: places),
        ])
    }

    static func submission(_ form: Form, op: String, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .opTeam, post: form.post,
                                    fields: [JSONMember("op", .string(op))] + values.members(["team", "agency", "status", "location"]))
        return FormSubmission(intents: [intent], select: nil,
                              summary: "\(values["team"]?.string ?? "") (\(values["agency"]?.string ?? "")) · \(op)", form: form)
    }
}
