import Words

/// One row of the key table: in a scope, these keys do `command`. The same rows dispatch keys,
/// write `?` help and the hints line, so the three cannot disagree.
public struct KeyEntry: Sendable, Equatable {
    public var scope: KeyScope
    public var keys: [Key]
    /// Any printable character too (typing text).
    public var typing = false
    /// Any key no earlier row of the context took (a yes/no question: anything else is no).
    public var otherKeys = false
    public var command: KeyCommand
    /// Appends an event or writes a file: not listed, and refused with a notice, on a
    /// read-only terminal.
    public var writes = false
    public var help: Word
    /// Its segment of the hints line, if it has one.
    public var hint: Word?

    public func matches(_ key: Key) -> Bool {
        if keys.contains(key) || otherKeys { return true }
        if typing, case .character = key { return true }
        return false
    }
}

public enum KeyTable {
    public static func entries(_ scope: KeyScope) -> [KeyEntry] { table[scope] ?? [] }

    static let table: [KeyScope: [KeyEntry]] = Dictionary(grouping: all, by: \.scope)

    static func row(_ scope: KeyScope, _ keys: [Key], _ command: KeyCommand, _ help: Word, hint: Word? = nil,
                    writes: Bool = false, typing: Bool = false, otherKeys: Bool = false) -> KeyEntry {
        KeyEntry(scope: scope, keys: keys, typing: typing, otherKeys: otherKeys, command: command, writes: writes, help: help, hint: hint)
    }

    static func chars(_ text: String) -> [Key] { text.map { .character($0) } }

    /// Every row, grouped by scope; within a scope the first row that matches a key wins.
    public static let all: [KeyEntry] = [
        row(.general, [.tab], .focusNext, .keyNextPane, hint: .keyHintPane),
        row(.general, [.backTab], .focusPrevious, .keyPreviousPane),
        row(.general, chars("1234"), .focusPane, .keyJumpToPane),
        row(.general, [.up, .character("k")], .up, .keyMoveUp, hint: .keyHintMove),
        row(.general, [.down, .character("j")], .down, .keyMoveDown),
        row(.general, [.pageUp], .pageUp, .keyPageUp),
        row(.general, [.pageDown], .pageDown, .keyPageDown),
        row(.general, [.home, .character("g")], .top, .keyFirstRow),
        row(.general, [.end, .character("G")], .bottom, .keyLastRow),
        row(.general, [.enter], .open, .keyOpenDetail, hint: .keyHintOpen),
        row(.general, [.escape], .back, .keyBackClearFilter, hint: .keyHintBack),
        row(.general, chars("/"), .filter, .keyFilterPane, hint: .keyHintFilter),
        row(.general, chars("a"), .alerts, .keyAlertsList, hint: .keyHintAlerts),
        row(.general, chars("p"), .choosePosts, .keyChoosePosts, hint: .keyHintPosts),
        row(.general, chars("b"), .badLines, .keyBadLines),
        row(.general, chars("t"), .cycleTheme, .keyNextTheme),
        row(.general, chars("L"), .toggleLanguage, .keyToggleLanguage, hint: .keyHintLanguage),
        row(.general, chars("M"), .toggleMouse, .keyToggleMouse),
        row(.general, chars("N"), .newItem, .keyNewItem, writes: true),
        row(.general, chars("S"), .seizureForm, .keySeizureForm, writes: true),
        row(.general, chars("v"), .voidItem, .keyVoidOpening, writes: true),
        row(.general, chars("d"), .describe, .keyDescribe),
        row(.general, chars("s"), .search, .keySearchAll),
        row(.general, chars("y"), .copyID, .keyCopyID),
        row(.general, chars("?"), .help, .keyThisHelp, hint: .keyHintHelp),
        row(.general, [.character("q"), .control("c")], .quit, .keyQuit, hint: .keyHintQuit),
        // Last of the hints: the first left out where the line is short.
        row(.general, chars("h"), .toggleRowScope, .keyToggleRowScope, hint: .keyHintRowScope),

        row(.report, chars("P"), .report, .keyReport, writes: true),

        row(.filter, [], .filterType, .keyTypeFilter, hint: .keyHintTypeFilter, typing: true),
        row(.filter, [.backspace], .filterDelete, .keyDeleteCharacter),
        row(.filter, [.enter], .filterKeep, .keyKeepFilter, hint: .keyHintKeepFilter),
        row(.filter, [.escape], .filterClear, .keyClearFilter, hint: .keyHintClearFilter),
        row(.filter, [.control("c")], .quit, .keyQuit),

        row(.search, [], .searchType, .keyTypeSearch, hint: .keyHintTypeSearch, typing: true),
        row(.search, [.backspace], .searchDelete, .keyDeleteCharacter),
        row(.search, [.up], .overlayUp, .keyOverlayUp, hint: .keyHintSearchMove),
        row(.search, [.down], .overlayDown, .keyOverlayDown),
        row(.search, [.pageUp], .overlayPageUp, .keyOverlayPageUp),
        row(.search, [.pageDown], .overlayPageDown, .keyOverlayPageDown),
        row(.search, [.enter], .describe, .keyOpenHit, hint: .keyHintOpenHit),
        row(.search, [.escape], .overlayClose, .keyCloseOverlay, hint: .keyHintClose),
        row(.search, [.control("c")], .quit, .keyQuit),

        row(.posts, [.character(" ")], .togglePost, .keyTogglePost, hint: .keyHintTogglePost),
        row(.posts, [.enter], .onlyThisPost, .keyOnlyThisPost, hint: .keyHintOnlyPost),
        row(.posts, chars("*"), .allPosts, .keyAllPosts, hint: .keyHintAllPosts),
        row(.posts, chars("M"), .toggleMouse, .keyToggleMouse),
        row(.alerts, [.enter, .character("a")], .acknowledge, .keyAcknowledge, hint: .keyHintAcknowledge, writes: true),
        row(.alerts, chars("A"), .acknowledgeRule, .keyAcknowledgeRule, hint: .keyHintAcknowledgeRule, writes: true),
        row(.alerts, chars("v"), .voidItem, .keyVoidAcknowledgement, hint: .keyHintVoid, writes: true),
        row(.describable, chars("d"), .describe, .keyDescribe, hint: .keyHintDescribe),
        row(.describable, chars("M"), .toggleMouse, .keyToggleMouse),
        row(.detailLinks, [.enter], .openLink, .keyOpenSeizure, hint: .keyHintOpenSeizure),
        row(.detailLinks, [.up, .character("k")], .overlayUp, .keyPreviousSeizure),
        row(.detailLinks, [.down, .character("j")], .overlayDown, .keyNextSeizure),
        row(.detail, chars("y"), .copyID, .keyCopyID, hint: .keyHintCopyID),
        row(.overlay, [.escape, .character("q"), .character("?"), .enter], .overlayClose, .keyCloseOverlay, hint: .keyHintClose),
        row(.overlay, [.up, .character("k")], .overlayUp, .keyOverlayUp),
        row(.overlay, [.down, .character("j")], .overlayDown, .keyOverlayDown),
        row(.overlay, [.pageUp], .overlayPageUp, .keyOverlayPageUp),
        row(.overlay, [.pageDown], .overlayPageDown, .keyOverlayPageDown),
        row(.overlay, [.home, .character("g")], .overlayTop, .keyFirstRow),
        row(.overlay, [.end, .character("G")], .overlayBottom, .keyLastRow),
        row(.overlay, [.control("c")], .quit, .keyQuit),

        row(.demo, [.character(" ")], .demoPause, .keyDemoPause, hint: .keyHintDemoPause),
        row(.demo, chars("n"), .demoNextStage, .keyDemoNextStage, hint: .keyHintDemoNext),
        row(.demo, chars("+"), .demoFaster, .keyDemoFaster, hint: .keyHintDemoSpeed),
        row(.demo, chars("-"), .demoSlower, .keyDemoSlower),
        row(.demo, chars("r"), .demoRestart, .keyDemoRestart),
        row(.retry, chars("r"), .retry, .keyRetry, hint: .keyHintRetry, writes: true),

        row(.operation, [.up, .character("k")], .stepUp, .keyStepUp, hint: .keyHintMove),
        row(.operation, [.down, .character("j")], .stepDown, .keyStepDown),
        row(.operation, [.pageUp], .stepPageUp, .keyStepPageUp),
        row(.operation, [.pageDown], .stepPageDown, .keyStepPageDown),
        row(.operation, [.home, .character("g")], .stepTop, .keyFirstStep),
        row(.operation, [.end, .character("G")], .stepBottom, .keyLastStep),
        row(.operation, [.character(" "), .enter], .stepDone, .keyStepDone, hint: .keyHintStepDone, writes: true),
        row(.operation, chars("s"), .stepSkip, .keyStepSkip, hint: .keyHintStepSkip, writes: true),
        row(.operation, chars("u"), .stepUndo, .keyStepUndo, hint: .keyHintStepUndo, writes: true),
        row(.operation, chars("n"), .stepNote, .keyStepNote, hint: .keyHintStepNote, writes: true),
        row(.operation, chars("c"), .startChecklist, .keyStartChecklist, writes: true),
        row(.operation, chars("T"), .teamForm, .keyNewTeam, hint: .keyHintNewTeam, writes: true),
        row(.operation, chars("S"), .teamStatus, .keyTeamStatus, hint: .keyHintTeam, writes: true),
        row(.operation, chars("f"), .findingForm, .keyRecordFinding, hint: .keyHintFinding, writes: true),
        row(.operation, chars("e"), .correctItem, .keyCorrectFinding, hint: .keyHintCorrect, writes: true),
        row(.operation, chars(">"), .nextPhase, .keyNextPhase, hint: .keyHintPhase, writes: true),
        row(.operation, chars("v"), .voidItem, .keyVoidStep, hint: .keyHintVoid, writes: true),
        row(.desk, chars("e"), .correctItem, .keyCorrectItem, hint: .keyHintCorrect, writes: true),
        row(.desk, chars("v"), .voidItem, .keyVoidSeizure, hint: .keyHintVoid, writes: true),

        row(.meeting, [.up, .character("k")], .meetingRowUp, .keyMeetingRowUp, hint: .keyHintMeetingMove),
        row(.meeting, [.down, .character("j")], .meetingRowDown, .keyMeetingRowDown),
        row(.meeting, [.pageUp], .meetingPageUp, .keyMeetingPageUp),
        row(.meeting, [.pageDown], .meetingPageDown, .keyMeetingPageDown),
        row(.meeting, [.home, .character("g")], .meetingTop, .keyFirstRow),
        row(.meeting, [.end, .character("G")], .meetingBottom, .keyLastRow),
        row(.meeting, [.character(" ")], .markDone, .keyMarkDone, hint: .keyHintMarkDone, writes: true),
        row(.meeting, chars("s"), .nextItemState, .keyNextItemState, hint: .keyHintNextItemState, writes: true),
        row(.meeting, [.enter], .writeMinutes, .keyWriteMinutes, hint: .keyHintWriteMinutes, writes: true),
        row(.meeting, chars("e"), .correctItem, .keyCorrectMeetingRow, hint: .keyHintCorrect, writes: true),
        row(.meeting, chars("i"), .newAgendaItem, .keyNewAgendaItem, hint: .keyHintNewAgendaItem, writes: true),
        row(.meeting, chars("a"), .newAction, .keyNewAction, hint: .keyHintNewAction, writes: true),
        row(.meeting, chars("d"), .dropAction, .keyDropAction, writes: true),
        row(.meeting, chars("x"), .closeMeeting, .keyCloseMeeting, hint: .keyHintCloseMeeting, writes: true),
        row(.meeting, chars("v"), .voidItem, .keyVoidMeetingRow, writes: true),
        row(.meetingFollowUp, [.up, .character("k")], .meetingRowUp, .keyMeetingRowUp, hint: .keyHintMeetingMove),
        row(.meetingFollowUp, [.down, .character("j")], .meetingRowDown, .keyMeetingRowDown),
        row(.meetingFollowUp, [.pageUp], .meetingPageUp, .keyMeetingPageUp),
        row(.meetingFollowUp, [.pageDown], .meetingPageDown, .keyMeetingPageDown),
        row(.meetingFollowUp, [.home, .character("g")], .meetingTop, .keyFirstRow),
        row(.meetingFollowUp, [.end, .character("G")], .meetingBottom, .keyLastRow),
        row(.meetingFollowUp, [.character(" ")], .markDone, .keyMarkActionDone, hint: .keyHintMarkDone, writes: true),
        row(.meetingFollowUp, chars("d"), .dropAction, .keyDropAction, writes: true),

        row(.voyage, [.character("g"), .enter], .gateMode, .keyGateMode, hint: .keyHintGateMode, writes: true),
        row(.voyage, chars("x"), .closeVoyage, .keyCloseVoyage, hint: .keyHintCloseVoyage, writes: true),
        row(.voyage, [.up, .character("k")], .checkUp, .keyCheckUp, hint: .keyHintCheckMove),
        row(.voyage, [.down, .character("j")], .checkDown, .keyCheckDown),
        // `g` stays gate mode here (above): Home goes to the newest check.
        row(.voyage, [.pageUp], .checkPageUp, .keyCheckPageUp),
        row(.voyage, [.pageDown], .checkPageDown, .keyCheckPageDown),
        row(.voyage, [.home], .checkTop, .keyCheckTop),
        row(.voyage, [.end, .character("G")], .checkBottom, .keyCheckBottom),
        row(.voyage, chars("v"), .voidItem, .keyVoidCheck, hint: .keyHintVoid, writes: true),
        row(.voyage, chars("m"), .moveCheck, .keyMoveCheck, hint: .keyHintMoveCheck, writes: true),
        row(.formPick, [.left], .previousValue, .keyChangeValue, hint: .keyHintChoose),
        row(.formPick, [.right], .nextValue, .keyChangeValue),
        row(.formPick, [.character(" ")], .toggleValue, .keyToggleValue, hint: .keyHintToggle),
        row(.formPick, chars("?"), .help, .keyFormHelp),
        row(.formPick, [.home], .firstValue, .keyFirstValue),
        row(.formPick, [.end], .lastValue, .keyLastValue),
        row(.formPick, [.backspace], .clearValue, .keyEraseTyped),
        row(.formPick, [], .editText, .keyJumpToValue, typing: true),
        row(.form, [.tab, .down], .nextField, .keyNextField, hint: .keyHintNextField),
        row(.form, [.backTab, .up], .previousField, .keyPreviousField),
        row(.form, [.enter], .save, .keySave, hint: .keyHintSave, writes: true),
        row(.form, [.escape], .cancel, .keyCancel, hint: .keyHintCancel),
        row(.form, [.control("c")], .quit, .keyQuit),
        row(.form, [], .editText, .keyTypeText, typing: true),
        row(.form, [.backspace, .left, .right, .home, .end], .editText, .keyMoveCursor),
        row(.gate, [.enter], .gateRecord, .keyGateRecord, hint: .keyHintGateRecord, writes: true),
        row(.gate, [.tab], .gateResult, .keyGateResult, hint: .keyHintGateResult),
        row(.gate, [.backTab], .gateDocument, .keyGateDocument, hint: .keyHintGateDocument),
        row(.gate, [.down, .up], .gateField, .keyGateField, hint: .keyHintGateField),
        row(.gate, [.escape], .gateEscape, .keyGateEscape, hint: .keyHintGateEscape),
        row(.gate, chars("?"), .help, .keyThisHelp),
        row(.gate, [.control("c")], .quit, .keyQuit),
        row(.gate, [], .gateType, .keyGateType, typing: true),
        row(.gate, [.backspace, .left, .right, .home, .end], .gateType, .keyMoveCursor),

        row(.editor, [.enter], .save, .keySave, hint: .keyHintSave),
        row(.editor, [.escape], .cancel, .keyCancel, hint: .keyHintCancel),
        row(.editor, [], .editText, .keyTypeText, typing: true),
        row(.editor, [.backspace, .left, .right, .home, .end], .editText, .keyMoveCursor),
        row(.teamForm, [.up, .character("k")], .previousTeam, .keyPreviousTeam),
        row(.teamForm, [.down, .character("j")], .nextTeam, .keyNextTeam),
        row(.teamForm, [.left], .previousStatus, .keyPreviousStatus),
        row(.teamForm, [.right, .character(" ")], .nextStatus, .keyNextStatus),
        row(.teamForm, [.enter], .save, .keySave, hint: .keyHintSave),
        row(.teamForm, chars("e"), .correctItem, .keyCorrectTeam, writes: true),
        row(.teamForm, chars("v"), .voidItem, .keyVoidTeam, writes: true),
        row(.teamForm, [.escape], .cancel, .keyCancel, hint: .keyHintCancel),
        row(.closeVoyage, chars("0123456789./: ") + [.backspace, .left, .right, .home, .end], .editText, .keyTypeDeparted),
        row(.confirm, [.character("y"), .character("Y"), .enter], .confirmYes, .keyConfirmYes),
        row(.catchUp, [.character("q"), .control("c")], .quit, .keyQuit),
        row(.catchUp, [], .typeAhead, .keyTypedAhead, otherKeys: true),
        row(.confirm, [], .confirmNo, .keyConfirmOther, otherKeys: true),
    ]
}
