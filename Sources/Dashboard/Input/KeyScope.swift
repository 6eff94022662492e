/// The groups of the key table. A context is a list of scopes, most specific first; a key is
/// looked up in them in that order (`KeyContext`).
public enum KeyScope: String, Sendable, CaseIterable {
    /// Panes and what opens from them (always, unless an overlay, a filter or a form is open).
    case general
    /// `P`: only with the operations or Timpora pane focused.
    case report
    /// Typing the focused pane's filter.
    case filter
    /// Any overlay (help, bad lines, posts, alerts).
    case overlay
    /// The search across panes (`s`): typing the query, choosing and opening a hit.
    case search
    /// The posts chooser on top of `overlay`.
    case posts
    /// A list overlay whose rows can be described (`d`: the alerts, the bad lines).
    case describable
    /// A detail view (`d`): copying its id, scrolling to either end, on top of `overlay`.
    case detail
    /// A detail view listing items Enter opens (the desk's seizures), on top of `detail`.
    case detailLinks
    /// The alerts list on top of `overlay`, when it lists an alert.
    case alerts
    /// A demo's walkthrough keys (only in `borderdesk demo`).
    case demo
    /// `r` sends a failed append again (only while one is kept).
    case retry
    /// An operation opened in detail: its checklist, teams, findings, phase.
    case operation
    /// A voyage opened in detail, not closed: `g` starts gate mode.
    case voyage
    /// A Timpora meeting open in detail, not closed: the secretary's agenda items and actions.
    case meeting
    /// A closed meeting open in detail: its actions are still followed up (done, dropped),
    /// usually days later; its agenda and minutes are closed.
    case meetingFollowUp
    /// The desk pane focused: its figures and seizures are corrected where they are shown.
    case desk
    /// Gate mode: a passenger reference typed or scanned, Enter records it.
    case gate
    /// Any recording form (`N` in a pane, and the forms opened in an item)...
    case form
    /// ...and its pick-lists, when the field in focus is one.
    case formPick
    /// A one-line editor (note, skip reason, acknowledgement note, a finding's summary).
    case editor
    /// The team status form.
    case teamForm
    /// Asking before a voyage is closed: the hour it left typed in the question (before `confirm`).
    case closeVoyage
    /// Asking before an operation is closed.
    case confirm
    /// Reading the history at start-up: only quitting.
    case catchUp
}
