import BorderOps
import ExactKeys
import JSON
import Words

/// The new-team form (`T` in an open operation): name, agency (the officer's by default),
/// status (standby by default), place (optional); `op.team`. A name the operation already has
/// updates that team, as the format says. `recorded`: a team to correct (`e` in the team status
/// form), the form filled with what was recorded.
public enum TeamForm {
    public static func make(_ op: JointOperation, input: DashboardInput, recorded: OperationTeam? = nil) -> Form {
        let agencies = KnownAgencies.choices(input, post: op.post, recorded: recorded?.agency)
        let own = recorded.flatMap { r in agencies.firstIndex { $0.code == r.agency } }.map { [$0] } ?? FormDefaults.operatorAgency(input, agencies)
        let statuses = TeamStatus.allCases.map { FormField.Choice(code: $0.rawValue, word: Word.code($0)) }
        let status = recorded.flatMap { r in TeamStatus.allCases.firstIndex(of: r.status) } ?? 0
        let places = [op.location] + op.teams.values.compactMap(\.location)
        let purpose: FormPurpose = recorded.map { .teamCorrection(op: op.id, team: $0.team) } ?? .team(op: op.id)
        return Form(purpose, title: .teamFormTitle, pane: .operations, post: op.post, fields: [
            FormField("team", .fieldTeamName, text: recorded?.team ?? "", suggestions: op.teams.values.map(\.team).sorted { ExactKey($0) < ExactKey($1) }),
            FormField("agency", .fieldAgency, kind: .pick, choices: agencies, chosen: own.isEmpty ? [0] : own, takesNewCode: true),
            FormField("status", .fieldStatus, kind: .pick, choices: statuses, chosen: [status]),
            FormField("location", .fieldPlace, optional: true, text: recorded?.location ?? "", suggestions: places),
        ])
    }

    /// The corrected `op.team`. Renamed, the team's earlier records are voided too (after the
    /// latest, which every correction voids): the old name then leaves the operation.
    static func corrected(_ form: Form, op: String, team: String, values: [String: FormValue], state: BorderState) -> FormSubmission {
        var made = submission(form, op: op, values: values)
        if let name = values["team"]?.string, !ExactKey.bytesEqual(name, team) {
            let earlier = state.teamRecords(operation: op, team: team).map(\.id).filter { $0 != form.corrects }
            made.intents = earlier.map { CorrectionForm.void($0, post: form.post, values: values) } + made.intents
        }
        return made
    }

    static func submission(_ form: Form, op: String, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .opTeam, post: form.post,
                                    fields: [JSONMember("op", .string(op))] + values.members(["team", "agency", "status", "location"]))
        return FormSubmission(intents: [intent], select: nil,
                              summary: "\(values["team"]?.string ?? "") (\(values["agency"]?.string ?? "")) · \(op)", form: form)
    }
}
