import BorderOps
import ExactKeys
import Words

/// The agencies a form offers to pick: those the posts file lists for the post (`agencies`),
/// those the log already names (meeting attendees and owners, operations' agencies), then the
/// Nunukan border post's usual ones, so a first meeting on an empty file can still be recorded.
/// Codes are shown as written.
public enum KnownAgencies {
    /// The agencies at the Nunukan border post (the domain notes' list, spelt as the sample log).
    static let usual = ["imigrasi", "bea-cukai", "lanal-nunukan", "ksop", "bnn", "bp3mi", "kesbangpol", "bin", "bais", "polres-nunukan", "karantina", "kp3", "bp2mi"]

    /// `first` (a meeting's attendees) leads, then `atPost` (the posts file's), then the rest in
    /// the order met.
    public static func choices(_ state: BorderState, first: [String] = [], atPost: [String] = []) -> [FormField.Choice] {
        var seen: [String] = []
        func add(_ code: String) { if !code.isEmpty && !seen.contains(code) { seen.append(code) } }
        first.forEach(add)
        atPost.forEach(add)
        for meeting in state.meetings.values {
            meeting.attendees.forEach(add)
            meeting.items.forEach { add($0.owner) }
        }
        state.actions.values.forEach { add($0.owner) }
        for op in state.operations.values {
            add(op.lead)
            op.agencies.forEach(add)
        }
        usual.forEach(add)
        return seen.map { FormField.Choice(code: $0) }
    }
}
