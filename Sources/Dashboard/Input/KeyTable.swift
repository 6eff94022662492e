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
    public var help: KeyWord
    /// Its segment of the hints line, if it has one.
    public var hint: KeyWord?

    public func matches(_ key: Key) -> Bool {
        if keys.contains(key) || otherKeys { return true }
        if typing, case .character = key { return true }
        return false
    }
}

public enum KeyTable {
    public static func entries(_ scope: KeyScope) -> [KeyEntry] { table[scope] ?? [] }

    static let table: [KeyScope: [KeyEntry]] = Dictionary(grouping: all, by: \.scope)

    static func row(_ scope: KeyScope, _ keys: [Key], _ command: KeyCommand, _ help: KeyWord, hint: KeyWord? = nil,
                    writes: Bool = false, typing: Bool = false, otherKeys: Bool = false) -> KeyEntry {
        KeyEntry(scope: scope, keys: keys, typing: typing, otherKeys: otherKeys, command: command, writes: writes, help: help, hint: hint)
    }

    static func chars(_ text: String) -> [Key] { text.map { .character($0) } }

    /// Every row, grouped by scope; within a scope the first row that matches a key wins.
    public static let all: [KeyEntry] = [
        row(.general, [.tab], .focusNext, .nextPane, hint: .hintPane),
        row(.general, [.backTab], .focusPrevious, .previousPane),
        row(.general, chars("1234"), .focusPane, .jumpToPane),
        row(.general, [.up, .character("k")], .up, .moveUp, hint: .hintMove),
        row(.general, [.down, .character("j")], .down, .moveDown),
        row(.general, [.pageUp], .pageUp, .pageUp),
        row(.general, [.pageDown], .pageDown, .pageDown),
        row(.general, [.home, .character("g")], .top, .firstRow),
        row(.general, [.end, .character("G")], .bottom, .lastRow),
        row(.general, [.enter], .open, .openDetail, hint: .hintOpen),
        row(.general, [.escape], .back, .backClearFilter, hint: .hintBack),
        row(.general, chars("/"), .filter, .filterPane, hint: .hintFilter),
        row(.general, chars("a"), .alerts, .alertsList, hint: .hintAlerts),
        row(.general, chars("p"), .choosePosts, .choosePosts, hint: .hintPosts),
        row(.general, chars("b"), .badLines, .badLines),
        row(.general, chars("t"), .cycleTheme, .nextTheme),
        row(.general, chars("L"), .toggleLanguage, .toggleLanguage, hint: .hintLanguage),
        row(.general, chars("?"), .help, .thisHelp, hint: .hintHelp),
        row(.general, [.character("q"), .control("c")], .quit, .quit, hint: .hintQuit),

        row(.report, chars("P"), .report, .report, writes: true),

        row(.filter, [], .filterType, .typeFilter, hint: .hintTypeFilter, typing: true),
        row(.filter, [.backspace], .filterDelete, .deleteCharacter),
        row(.filter, [.enter], .filterKeep, .keepFilter, hint: .hintKeepFilter),
        row(.filter, [.escape], .filterClear, .clearFilter, hint: .hintClearFilter),
        row(.filter, [.control("c")], .quit, .quit),

        row(.posts, [.character(" ")], .togglePost, .togglePost, hint: .hintTogglePost),
        row(.posts, [.enter], .onlyThisPost, .onlyThisPost),
        row(.posts, chars("*"), .allPosts, .allPosts),
        row(.alerts, [.enter, .character("a")], .acknowledge, .acknowledge, hint: .hintAcknowledge, writes: true),
        row(.overlay, [.escape, .character("q"), .character("?"), .enter], .overlayClose, .closeOverlay, hint: .hintClose),
        row(.overlay, [.up, .character("k")], .overlayUp, .overlayUp),
        row(.overlay, [.down, .character("j")], .overlayDown, .overlayDown),
        row(.overlay, [.pageUp], .overlayPageUp, .overlayPageUp),
        row(.overlay, [.pageDown], .overlayPageDown, .overlayPageDown),
        row(.overlay, [.control("c")], .quit, .quit),

        row(.demo, [.character(" ")], .demoPause, .demoPause),
        row(.demo, chars("n"), .demoNextStage, .demoNextStage),
        row(.demo, chars("+"), .demoFaster, .demoFaster),
        row(.demo, chars("-"), .demoSlower, .demoSlower),
        row(.demo, chars("r"), .demoRestart, .demoRestart),
        row(.retry, chars("r"), .retry, .retry, hint: .hintRetry, writes: true),

        row(.operation, [.up, .character("k")], .stepUp, .stepUp, hint: .hintMove),
        row(.operation, [.down, .character("j")], .stepDown, .stepDown),
        row(.operation, [.pageUp], .stepPageUp, .stepPageUp),
        row(.operation, [.pageDown], .stepPageDown, .stepPageDown),
        row(.operation, [.character(" "), .enter], .stepDone, .stepDone, hint: .hintStepDone, writes: true),
        row(.operation, chars("s"), .stepSkip, .stepSkip, hint: .hintStepSkip, writes: true),
        row(.operation, chars("u"), .stepUndo, .stepUndo, hint: .hintStepUndo, writes: true),
        row(.operation, chars("n"), .stepNote, .stepNote, hint: .hintStepNote, writes: true),
        row(.operation, chars("c"), .startChecklist, .startChecklist, writes: true),
        row(.operation, chars("T"), .teamForm, .teamStatus, hint: .hintTeam, writes: true),
        row(.operation, chars("f"), .findingForm, .recordFinding, hint: .hintFinding, writes: true),
        row(.operation, chars(">"), .nextPhase, .nextPhase, hint: .hintPhase, writes: true),

        row(.editor, [.enter], .save, .save, hint: .hintSave),
        row(.editor, [.escape], .cancel, .cancel, hint: .hintCancel),
        row(.editor, [], .editText, .typeText, typing: true),
        row(.editor, [.backspace, .left, .right, .home, .end], .editText, .moveCursor),
        row(.teamForm, [.up, .character("k")], .previousTeam, .previousTeam),
        row(.teamForm, [.down, .character("j")], .nextTeam, .nextTeam),
        row(.teamForm, [.left], .previousStatus, .previousStatus),
        row(.teamForm, [.right, .character(" ")], .nextStatus, .nextStatus),
        row(.teamForm, [.enter], .save, .save, hint: .hintSave),
        row(.teamForm, [.escape], .cancel, .cancel, hint: .hintCancel),
        row(.findingForm, [.tab, .down], .nextField, .nextField),
        row(.findingForm, [.backTab, .up], .previousField, .previousField),
        row(.findingForm, [.enter], .save, .save, hint: .hintSave),
        row(.findingForm, [.escape], .cancel, .cancel, hint: .hintCancel),
        row(.findingChoice, [.left], .previousValue, .changeValue),
        row(.findingChoice, [.right], .nextValue, .changeValue),
        row(.confirm, [.character("y"), .character("Y"), .enter], .confirmYes, .confirmYes),
        row(.catchUp, [.character("q"), .control("c")], .quit, .quit),
        row(.confirm, [], .confirmNo, .confirmOther, otherKeys: true),
    ]
}
