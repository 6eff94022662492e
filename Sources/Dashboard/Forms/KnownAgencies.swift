import BorderOps
import ExactKeys
import Words

/// The one list of agencies every form offers (operations, teams, the desk's figures and
/// seizures, meetings): those the posts file lists for the post (`agencies`), those the log
/// already names, then the Nunukan border post's usual ones, so a first record on an empty file
/// can still be made. An agency no list knows is typed into the pick-list by its code
/// (`FormField.takesNewCode`). Codes are shown as written.
public enum KnownAgencies {
    /// The agencies at the Nunukan border post (the domain notes' list, spelt as the sample log).
    static let usual = ["imigrasi", "bea-cukai", "lanal-nunukan", "ksop", "bnn", "bp3mi", "kesbangpol", "bin", "bais", "polres-nunukan", "karantina", "kp3", "bp2mi"]

    /// `first` (a meeting's attendees) leads, then `atPost` (the posts file's), then those the
    /// log names in code order, the usual ones, and `recorded` (the agency of a record being
    /// corrected) if none named it.
    public static func choices(_ state: BorderState, first: [String] = [], atPost: [String] = [], recorded: String? = nil) -> [FormField.Choice] {
        var seen: [String] = []
        func add(_ code: String) { if !code.isEmpty && !seen.contains(code) { seen.append(code) } }
        for meeting in state.meetings.values {
            meeting.attendees.forEach(add)
            meeting.items.forEach { add($0.owner) }
        }
        state.actions.values.forEach { add($0.owner) }
        for op in state.operations.values {
            add(op.lead)
            op.agencies.forEach(add)
            op.teams.values.forEach { add($0.agency) }
        }
        state.desk.reports.forEach { add($0.agency) }
        state.desk.seizures.values.forEach { add($0.agency) }
        seen.sort()
        var offered: [String] = []
        for code in first + atPost + seen + usual + [recorded ?? ""] where !code.isEmpty && !offered.contains(code) { offered.append(code) }
        return offered.map { FormField.Choice(code: $0) }
    }

    /// The list for a form at `post`: its posts-file agencies first.
    static func choices(_ input: DashboardInput, post: String, recorded: String? = nil) -> [FormField.Choice] {
        choices(input.state, atPost: FormContext(input, post: post).postAgencies, recorded: recorded)
    }
}
