import BorderOps
import ExactKeys
import Words

/// Timpora meetings: the list, then the selected meeting's chair, attendees, agenda and actions.
enum TimporaPane {
    static func rows(_ context: ViewContext) -> IndexedRows<Meeting> {
        let all = context.input.state.meetings.values
        let working = context.showsWorkingRows(.timpora) ? WorkingDay(context) : nil
        let (order, outOf) = context.kept(.timporaRows, pane: .timpora, reading: \.meetings,
                                            extra: WorkingRows.MemoKey(day: working?.span, opened: WorkingRows.opened(.timpora, context))) {
            let matching = context.filtered(.timpora, .meetingsIndex, reading: \.meetings, count: all.count) {
                // Each meeting's actions found in one pass over them, not one pass a meeting.
                let actions = context.input.state.actions.values
                var byMeeting: [String: [Int]] = [:]
                for i in actions.indices { if let meeting = actions[i].meeting { byMeeting[meeting, default: []].append(i) } }
                return SearchIndex(count: all.count) { searchTexts(all[$0], actions: (byMeeting[all[$0].id] ?? []).map { actions[$0] }) }
            }
            let visible = (matching ?? Array(all.indices)).filter { context.visible(post: all[$0].post) }
            let withOpenActions = working == nil ? [] : WorkingRows.meetingsWithOpenActions(context.input.state)
            let order = (working.map { day in visible.filter { WorkingRows.holds(all, at: $0, withOpenActions: withOpenActions, day) } } ?? visible)
                .sorted(byKey: { all[$0].closed ? 1 : 0 }, by: <)
            return (WorkingRows.keepingOpened(order, .timpora, in: context.input.state.meetings, context: context,
                                              key: { all[$0].closed ? 1 : 0 }, by: <), visible.count + context.input.state.leftOut.meetings)
        }
        return IndexedRows(all: all, order: order, outOf: outOf)
    }

    /// The title, with the date and the post when another meeting has the same title (fifteen
    /// `Rapat Timpora` rows are told apart).
    static func rowTitle(_ m: Meeting, among meetings: IndexedRows<Meeting>, context: ViewContext) -> String {
        guard meetings.contains(where: { $0.id != m.id && $0.title == m.title }) else { return m.title }
        let day = m.firstMention.map { context.date(PostTime.local($0, context.zone(of: m.post)).0, in: context.zone(of: m.post)) } ?? m.id
        return "\(day) · \(m.post) · \(m.title)"
    }

    /// What `/` looks in: the meeting's own fields, attendees, agenda items and their owners,
    /// its actions and their owners.
    static func searchTexts(_ m: Meeting, actions: [ActionItem]) -> [String] {
        [m.id, m.title, m.chair, m.location] + m.attendees + m.items.flatMap { [$0.title, $0.owner] }
            + actions.flatMap { [$0.id, $0.title, $0.owner] }
    }

    /// Past its due date and still open, by the same rule as the overdue alert (a whole-day
    /// due date falls due at the end of that day in the post's zone), so pane and strip agree.
    static func isOverdue(_ action: ActionItem, context: ViewContext) -> Bool {
        guard action.state == .open, let due = action.due else { return false }
        let post = action.meeting.flatMap { context.input.state.meetings[$0]?.post }
        return !(context.input.now < AlertRules.dueInstant(due, context.zone(of: post)))
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        let meetings = rows(context)
        guard let list = ListPane(.timpora, ids: meetings.ids, outOf: meetings.outOf, empty: .noMeetings, into: &grid, rect: rect, context: context) else { return }
        let (inner, selected) = (list.inner, list.selected)
        var y = inner.y
        if meetings.count > 1 && context.model.detail != .timpora {
            for i in list.visible(height: min(2, meetings.count)) {
                let isSelected = list.highlight(i, id: meetings[i].id, y: y, into: &grid, context: context)
                grid.text((isSelected ? "▶ " : "  ") + rowTitle(meetings[i], among: meetings, context: context), x: inner.x, y: y, maxWidth: inner.width,
                          role: isSelected ? .selection : .text, style: isSelected ? .reverse : .plain)
                y += 1
            }
        }
        let m = meetings[selected]
        let w = inner.width - 1
        func line(_ text: String, role: Role = .text, style: CellStyle = .plain) {
            grid.line(text, at: &y, in: inner, role: role, style: style)
        }
        if meetings.count == 1 && context.model.focus == .timpora { grid.cursor = (inner.x, y) }
        // The title gives way, not the word saying the meeting is closed.
        let closed = m.closed ? "  (\(context.t(.closed)))" : ""
        line(DisplayWidth.fit(m.title.isEmpty ? m.id : m.title, w - DisplayWidth.of(closed)) + closed, role: .accent, style: .bold)
        line("\(context.t(.chair)): \(m.chair)", role: .muted)
        line("\(context.t(.attendees)): \(m.attendees.joined(separator: ", "))", role: .muted)
        if context.model.detail == .timpora && context.model.focus == .timpora {
            MeetingDetailView.draw(m, into: &grid, from: y, inner: inner, context: context)
            return
        }
        // Kept between frames: finding a meeting's actions is a pass over every action.
        let actions = context.kept(.meetingActions, pane: .timpora, reading: \.meetings, extra: m.id) { context.input.state.actions(of: m.id) }
        // Agenda gets what actions leave; both get at least a few rows.
        let room = inner.maxY - y
        let agendaRows = min(m.items.count + 1, max(3, room - min(actions.count + 1, room / 2)))
        let agendaEnd = y + agendaRows
        line("\(context.t(.agenda)) \(context.count(m.itemsDone))/\(context.count(m.items.count))", role: .muted)
        // The state column as wide as this language's longest state word, where the title keeps
        // 16 columns beside a whole owner; on a narrower pane (80×24) the mark alone says the
        // state (`✓ ▸ » ○`), then the owner gives way, then the title (at least 10 columns).
        let stateWidth = AgendaState.allCases.map { DisplayWidth.of(context.t(.code($0))) }.max() ?? 10
        let stateColumn = w - 4 - 14 - stateWidth >= 16 ? 1 + stateWidth : 0
        let ownerWidth = min(14, max(6, w - 13 - stateColumn))
        let titleWidth = max(10, w - 3 - ownerWidth - stateColumn)
        for item in m.items where y < min(agendaEnd, inner.maxY) {
            let state = stateColumn > 0 ? " " + context.t(.code(item.state)) : ""
            line("\(mark(item.state)) \(DisplayWidth.pad(item.title, titleWidth)) \(DisplayWidth.pad(item.owner, ownerWidth))\(state)",
                 role: item.state == .discussing ? .accent : (item.state == .done ? .muted : .text))
        }
        guard y < inner.maxY else { return }
        let overdue = actions.filter { isOverdue($0, context: context) }.count
        line("\(context.t(.actions)) \(context.count(actions.filter { $0.state == .done }.count))/\(context.count(actions.count))"
             + (overdue > 0 ? "  ‼ \(context.count(overdue)) \(context.t(.overdue))" : ""),
             role: overdue > 0 ? .warn : .muted, style: overdue > 0 ? .bold : .plain)
        // When any action is late, the overdue word's room is kept on every row, so owners and
        // dates line up.
        let overdueWidth = overdue > 0 ? 1 + DisplayWidth.of(context.t(.overdue)) : 0
        // The due column as wide as the widest due date shown (`26/11`, `Sel 19/11 12.00`, another
        // year's `1/12/2023`), not a fixed 15: on a narrow pane the title keeps the rest.
        let shownActions = actions.sorted(by: { ($0.state == .open ? 0 : 1) < ($1.state == .open ? 0 : 1) }).prefix(max(0, inner.maxY - y))
        let dueWidth = shownActions.map { DisplayWidth.of(due($0, context: context)) }.max() ?? 0
        for action in shownActions {
            let late = isOverdue(action, context: context)
            let tail = " \(DisplayWidth.pad(action.owner, 12)) \(DisplayWidth.pad(due(action, context: context), dueWidth))" + (late ? " \(context.t(.overdue))" : "")
            let text = "\(mark(action, late: late)) \(DisplayWidth.pad(action.title, max(10, w - 2 - 1 - 12 - 1 - dueWidth - overdueWidth)))" + tail
            line(text, role: late ? .warn : (action.state == .open ? .text : .muted), style: late ? .bold : .plain)
        }
    }

    /// An agenda item's state, without colour.
    static func mark(_ state: AgendaState) -> String {
        switch state {
        case .done: return "✓"
        case .discussing: return "▸"
        case .deferred: return "»"
        case .pending: return "○"
        }
    }

    /// An action's state, without colour; `late`: overdue.
    static func mark(_ action: ActionItem, late: Bool) -> String {
        action.state == .done ? "✓" : (action.state == .dropped ? "×" : (late ? "‼" : "○"))
    }

    /// The due date as officers write it (`10/12`, with the year when not this year at the
    /// meeting's post: `10/12/2026`), or the time.
    static func due(_ action: ActionItem, context: ViewContext) -> String {
        switch action.due {
        case .time(let t)?: return context.time(t)
        case .day(let d)?:
            let post = action.meeting.flatMap { context.input.state.meetings[$0]?.post }
            return context.dayMonth(d, in: context.zone(of: post))
        case nil: return "–"
        }
    }
}
