/// What a key asks the dashboard to do: the key table maps (scope, key) to one of these, and
/// `update` does it. One list for every scope, so a key's meaning is named once.
public enum KeyCommand: Sendable, Equatable {
    // General (`DashboardModel.apply`).
    case focusNext, focusPrevious, focusPane
    case up, down, pageUp, pageDown, top, bottom
    case open, back
    case filter, choosePosts, toggleRowScope, cycleTheme, toggleLanguage, toggleMouse, help, badLines, alerts, report
    // The search across panes (`s`).
    case search, searchType, searchDelete
    case quit
    /// While the history is read: kept until it is (`LoopModel.typedAhead`).
    case typeAhead
    // Typing a filter.
    case filterType, filterDelete, filterKeep, filterClear
    // Any overlay, the posts chooser, the alerts list.
    case overlayClose, overlayUp, overlayDown, overlayPageUp, overlayPageDown, overlayTop, overlayBottom
    /// Enter on a detail view's selected link (a seizure in the desk's detail).
    case openLink
    case togglePost, onlyThisPost, allPosts
    case acknowledge
    // A demo, and the failed append kept.
    case demoPause, demoNextStage, demoFaster, demoSlower, demoRestart
    case retry
    // An operation's detail view (`OperatorKeys`).
    case stepUp, stepDown, stepPageUp, stepPageDown, stepTop, stepBottom
    case stepDone, stepUndo, stepSkip, stepNote, startChecklist, teamForm, teamStatus, findingForm, nextPhase, seizureForm
    // A voyage's detail view and its gate mode (`GateKeys`).
    case newItem, closeVoyage
    case gateMode, gateRecord, gateResult, gateDocument, gateField, gateEscape, gateType
    // A line editor (a note, a skip reason, an acknowledgement, a finding's summary).
    case editText, save, cancel
    // The team and finding forms and the closing question.
    case previousTeam, nextTeam, previousStatus, nextStatus
    case nextField, previousField, previousValue, nextValue, toggleValue, firstValue, lastValue, clearValue
    case confirmYes, confirmNo
    // Corrections: moving over a voyage's latest checks, and voiding the selected item.
    case checkUp, checkDown, checkPageUp, checkPageDown, checkTop, checkBottom, voidItem
    // Correcting the selected item (its form filled in), moving a check to another voyage.
    case correctItem, moveCheck
    // Detail views (`DetailKeys`): describe the selected item, copy its id.
    case describe, copyID
    // The alerts list: acknowledge every alert of the selected one's rule.
    case acknowledgeRule
    // A Timpora meeting open in detail (`MeetingKeys`).
    case meetingRowUp, meetingRowDown, meetingPageUp, meetingPageDown, meetingTop, meetingBottom
    case markDone, nextItemState, writeMinutes, newAgendaItem, newAction, dropAction, closeMeeting
}
