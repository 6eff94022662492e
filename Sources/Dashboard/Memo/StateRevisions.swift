import BorderOps

/// How often each part of the state that a pane derives its rows from has changed, counted by
/// whoever folds lines into the state the frames are drawn from (the dashboard's feed). A pane
/// keeps what it derived (`PaneMemo`) under the revision of the part it read: a passenger check
/// then costs the desk, Timpora and operations panes nothing, however long the history.
public struct StateRevisions: Sendable, Equatable {
    /// KPI reports and seizures.
    public private(set) var desk = 0
    /// Meetings, their agenda items and actions.
    public private(set) var meetings = 0
    /// Operations, their teams, findings and checklists.
    public private(set) var operations = 0
    /// Voyages' own fields (opened, closed, voided), not their checks: what `/` looks in.
    public private(set) var voyages = 0

    public init() {}

    /// Every part may have changed (the fold replaced, caught up, read from a checkpoint).
    public mutating func touchEverything() {
        desk &+= 1
        meetings &+= 1
        operations &+= 1
        voyages &+= 1
    }

    /// Notes what one folded line can have changed (`LineOutcome.reaches`).
    public mutating func note(_ outcome: LineOutcome, voided: ArraySlice<Correction>) {
        outcome.reaches(voided: voided) { note($0) }
    }

    private mutating func note(_ reach: LineReach) {
        switch reach {
        case .desk: desk &+= 1
        case .meeting, .action: meetings &+= 1
        case .operation, .checklist: operations &+= 1
        case .voyage: voyages &+= 1
        case .checks, .acknowledgementVoided: break
        case .extensionEvent:
            // Acknowledgements: rare, and no pane's rows read them; counted all the same, so that
            // an extension added later cannot be missed.
            touchEverything()
        }
    }
}
