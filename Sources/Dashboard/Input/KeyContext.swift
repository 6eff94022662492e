import BorderOps
import Words

/// Where the keys are: the scopes in force, most specific first, and whether this terminal may
/// write. Looks keys up, and lists the keys that work here for `?` and the hints line.
public struct KeyContext: Sendable, Hashable {
    public var scopes: [KeyScope]
    public var canWrite: Bool
    /// Where Esc goes back to from the detail view open (`DetailReturn.place`); nil: Esc closes.
    public var backTo: Word?
    /// Every row is listed (`h` then goes back to the working rows: its hint says so).
    public var allRows = false

    public init(scopes: [KeyScope], canWrite: Bool, backTo: Word? = nil, allRows: Bool = false) {
        self.scopes = scopes
        self.canWrite = canWrite
        self.backTo = backTo
        self.allRows = allRows
    }

    /// The context of `model`. `operationOpen`: an operation is open in detail (its keys act on
    /// it); `alertsListed`: the alerts list has an alert to acknowledge; `voyageOpen`: a voyage
    /// that is not closed is open in detail (gate mode records on it); `meetingOpen`: a meeting
    /// that is not closed is open in detail (the secretary's keys record on it);
    /// `meetingFollowUp`: a closed meeting is open in detail (its actions are followed up); `deskFocused`:
    /// the desk pane has the focus (its rows are corrected where they are shown); `detailLinks`:
    /// the detail view open lists items Enter opens.
    public static func of(_ model: DashboardModel, canWrite: Bool, demo: Bool = false, retryKept: Bool = false,
                          operationOpen: Bool = false, alertsListed: Bool = false, voyageOpen: Bool = false,
                          meetingOpen: Bool = false, meetingFollowUp: Bool = false, deskFocused: Bool = false, detailLinks: Bool = false) -> KeyContext {
        func context(_ scopes: [KeyScope]) -> KeyContext { KeyContext(scopes: scopes, canWrite: canWrite, allRows: model.rowScope == .all) }
        if model.editingFilter { return context([.filter]) }
        switch model.operatorMode {
        case .voiding: return context([.editor])
        case .acknowledging where model.overlay == .alerts: return context([.editor])
        case .note where operationOpen, .skipReason where operationOpen: return context([.editor])
        case .team where operationOpen: return context([.teamForm])
        case .closeVoyage where voyageOpen: return context([.closeVoyage, .confirm])
        case .dropReason where meetingOpen || meetingFollowUp, .skipReason where meetingOpen: return context([.editor])
        case .closeMeeting where meetingOpen: return context([.confirm])
        default: break
        }
        if let overlay = model.overlay {
            switch overlay {
            case .posts: return context([.posts, .overlay])
            case .alerts where alertsListed: return context([.alerts, .describable, .overlay])
            case .badLines: return context([.describable, .overlay])
            case .describe:
                var detail = context(detailLinks ? [.detailLinks, .detail, .overlay] : [.detail, .overlay])
                detail.backTo = model.detailReturns.last?.place
                return detail
            case .search: return context([.search])
            default: return context([.overlay])
            }
        }
        // A form takes every key but the overlays' (`?` in a pick-list opens help over it).
        if case .form(let form) = model.operatorMode {
            return context(form.confirmingDiscard ? [.confirm] : form.current.isPick ? [.formPick, .form] : [.form])
        }
        // Gate mode takes every key but the overlays' (`?` opens help over it).
        if case .gate = model.operatorMode, voyageOpen { return context([.gate]) }
        var scopes: [KeyScope] = []
        if demo { scopes.append(.demo) }
        if retryKept { scopes.append(.retry) }
        if model.focus == .operations || model.focus == .timpora { scopes.append(.report) }
        if operationOpen { scopes.append(.operation) }
        if voyageOpen { scopes.append(.voyage) }
        if meetingOpen { scopes.append(.meeting) }
        if meetingFollowUp { scopes.append(.meetingFollowUp) }
        if deskFocused { scopes.append(.desk) }
        return context(scopes + [.general])
    }

    /// What a key does here.
    public enum Lookup: Sendable, Equatable {
        case command(KeyCommand)
        /// A key that writes, on a read-only terminal: refused, and said so.
        case refused
        case none
    }

    public func lookup(_ key: Key) -> Lookup {
        for scope in scopes {
            for entry in KeyTable.entries(scope) where entry.matches(key) {
                return entry.writes && !canWrite ? .refused : .command(entry.command)
            }
        }
        return .none
    }

    /// The rows that work here, each with the keys of it that no earlier row takes (a key a
    /// read-only terminal refuses takes its key too, and is not listed).
    public var listed: [(entry: KeyEntry, keys: [Key])] {
        var taken: Set<Key> = []
        var rows: [(KeyEntry, [Key])] = []
        for scope in scopes {
            for entry in KeyTable.entries(scope) {
                let keys = entry.keys.filter { !taken.contains($0) }
                taken.formUnion(entry.keys)
                if entry.writes && !canWrite { continue }
                if keys.isEmpty && !entry.typing && !entry.otherKeys { continue }
                rows.append((entry, keys))
            }
        }
        return rows
    }

    /// The `?` lines: keys, then what they do (unwrapped; `HelpLines` fits them to a width).
    public func helpLines(_ language: Language) -> [String] {
        helpRows(language).map { DisplayWidth.pad($0.keys, 22) + $0.does }
    }

    /// The `?` rows: the keys' labels, and what they do.
    func helpRows(_ language: Language) -> [(keys: String, does: String)] {
        listed.map { row in
            var labels = row.keys.map { $0 == .character(" ") ? Word.keySpace.text(language) : $0.label }
            if row.entry.typing { labels.append(Word.keyLabelTyping.text(language)) }
            if row.entry.otherKeys { labels.append(Word.keyLabelOtherKeys.text(language)) }
            return (labels.joined(separator: " "), row.entry.help.text(language))
        }
    }

    /// The hints line: the short segments of the rows that work here.
    public func hints(_ language: Language) -> String {
        " " + listed.compactMap { hint($0.entry, language) }.joined(separator: " · ")
    }

    /// A row's segment of the hints line: Esc names the view it goes back to, if any.
    func hint(_ entry: KeyEntry, _ language: Language) -> String? {
        if entry.command == .overlayClose, let backTo { return "\(Word.keyHintBackTo.text(language)) \(backTo.text(language))" }
        if entry.command == .toggleRowScope, allRows { return Word.keyHintWorkingRows.text(language) }
        return entry.hint?.text(language)
    }

    /// The hints line in `width` columns, each segment whole: those that do not fit are left
    /// out from the end, `? help` (or Esc naming where it goes back) kept last while it fits.
    public func hints(_ language: Language, width: Int) -> String {
        HintsLineMemo.line(self, language, width: width) { makeHints(language, width: width) }
    }

    private func makeHints(_ language: Language, width: Int) -> String {
        let all = hints(language)
        guard DisplayWidth.of(all) > width else { return all }
        // Esc going back names where: kept like `? help`, as it says what the view alone does not.
        let segments = listed.compactMap { row in
            hint(row.entry, language).map { (help: row.entry.command == .help || (row.entry.command == .overlayClose && backTo != nil), text: $0) }
        }
        let help = segments.first { $0.help }.map(\.text)
        func line(_ texts: [String]) -> String { " " + texts.joined(separator: " · ") }
        for keepHelp in help == nil ? [false] : [true, false] {
            var kept: [String] = []
            for segment in segments where !segment.help {
                let tried = kept + [segment.text] + (keepHelp ? [help!] : [])
                guard DisplayWidth.of(line(tried)) <= width else { break }
                kept.append(segment.text)
            }
            let result = kept + (keepHelp ? [help!] : [])
            if !result.isEmpty, DisplayWidth.of(line(result)) <= width { return line(result) }
        }
        return ""
    }
}
