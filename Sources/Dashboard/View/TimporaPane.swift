import BorderOps
import ExactKeys
import Words

/// Timpora meetings: the list, then the selected meeting's chair, attendees, agenda and actions.
enum TimporaPane {
    static func rows(_ context: ViewContext) -> [Meeting] {
        context.input.state.meetings.values
            .filter { context.visible(post: $0.post) && context.matches(.timpora, [$0.id, $0.title, $0.chair, $0.location]) }
            .sorted(byKey: { $0.closed ? 1 : 0 }, by: <)
    }

    /// Past its due date and still open, by the same rule as the overdue alert (a whole-day
    /// due date falls due at the end of that day in the post's zone), so pane and strip agree.
    static func isOverdue(_ action: ActionItem, context: ViewContext) -> Bool {
        guard action.state == .open, let due = action.due else { return false }
        let post = action.meeting.flatMap { context.input.state.meetings[$0]?.post }
        return !(context.input.now < AlertRules.dueInstant(due, context.zone(of: post)))
    }

    /// A meeting's actions as listed: open ones first, each group in the log's order.
    static func actions(of meeting: Meeting, context: ViewContext) -> [ActionItem] {
        context.input.state.actions(of: meeting.id).sorted { ($0.state == .open ? 0 : 1) < ($1.state == .open ? 0 : 1) }
    }

    /// The meeting whose details the pane shows (the selected one), if any.
    static func selectedMeeting(_ context: ViewContext) -> Meeting? {
        let meetings = rows(context)
        guard !meetings.isEmpty else { return nil }
        return meetings[context.model.selectedIndex(.timpora, ids: meetings.map(\.id))]
    }

    /// How many rows the keys move over in the meeting opened in detail: items, then actions.
    static func selectableRows(_ context: ViewContext) -> Int {
        guard let m = selectedMeeting(context) else { return 0 }
        return m.items.count + actions(of: m, context: context).count
    }

    /// The body below the meeting's facts: the agenda heading and items, the actions heading
    /// and actions, one line each.
    enum BodyRow {
        case agendaHeading, item(Int), actionsHeading, action(Int)
    }

    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        let meetings = rows(context)
        guard let list = ListPane(.timpora, ids: meetings.map(\.id), empty: .noMeetings, into: &grid, rect: rect, context: context) else { return }
        let (inner, selected) = (list.inner, list.selected)
        let open = context.model.detail == .timpora
        var y = inner.y
        if meetings.count > 1 && !open {
            for i in list.visible(height: min(2, meetings.count)) {
                let isSelected = list.highlight(i, y: y, into: &grid, context: context)
                grid.text((isSelected ? "▶ " : "  ") + meetings[i].title, x: inner.x, y: y, maxWidth: inner.width,
                          role: isSelected ? .selection : .text, style: isSelected ? [.reverse] : [])
                y += 1
            }
        }
        let m = meetings[selected]
        func line(_ text: String, role: Role = .text, style: CellStyle = []) {
            grid.line(text, at: &y, in: inner, role: role, style: style)
        }
        if meetings.count == 1 && context.model.focus == .timpora { grid.cursor = (inner.x, y) }
        line((m.title.isEmpty ? m.id : m.title) + (m.closed ? "  (\(context.t(.closed)))" : ""), role: .accent, style: [.bold])
        line("\(context.t(.chair)): \(m.chair)", role: .muted)
        line("\(context.t(.attendees)): \(m.attendees.joined(separator: ", "))", role: .muted)
        let actions = actions(of: m, context: context)
        let room = inner.maxY - y
        guard room > 0 else { return }
        let body: [BodyRow]
        let window: Range<Int>
        var selectedRow: Int?
        if open {
            // Opened: one list that scrolls, the selected item or action kept in view.
            body = [.agendaHeading] + m.items.indices.map(BodyRow.item) + [.actionsHeading] + actions.indices.map(BodyRow.action)
            let chosen = min(context.model.meetingRow, max(0, m.items.count + actions.count - 1))
            let position = chosen < m.items.count ? 1 + chosen : 2 + chosen
            selectedRow = m.items.count + actions.count > 0 ? position : nil
            window = PaneFrame.scrolled(count: body.count, selected: position, height: room)
        } else {
            // The overview: the agenda gets what the actions leave; both get at least a few rows.
            let agendaRows = min(m.items.count + 1, max(3, room - min(actions.count + 1, room / 2)))
            body = [.agendaHeading] + m.items.indices.prefix(max(0, agendaRows - 1)).map(BodyRow.item)
                + [.actionsHeading] + actions.indices.map(BodyRow.action)
            window = 0..<min(body.count, room)
        }
        let rowWidth = inner.width - 1
        for i in window {
            let isSelected = i == selectedRow && context.model.focus == .timpora
            if isSelected {
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), role: .selection, style: [.reverse])
                grid.cursor = (inner.x, y)
            }
            let (text, role, style) = bodyLine(body[i], meeting: m, actions: actions, width: rowWidth, context: context)
            line(text, role: isSelected ? .selection : role, style: isSelected ? [.reverse] : style)
        }
    }

    /// One line of the body, with its role and style.
    static func bodyLine(_ row: BodyRow, meeting m: Meeting, actions: [ActionItem], width w: Int, context: ViewContext) -> (String, Role, CellStyle) {
        switch row {
        case .agendaHeading:
            return ("\(context.t(.agenda)) \(context.count(m.itemsDone))/\(context.count(m.items.count))", .muted, [])
        case .item(let i):
            let item = m.items[i]
            let mark: String
            switch item.state {
            case .done: mark = "✓"
            case .discussing: mark = "▸"
            case .deferred: mark = "»"
            case .pending: mark = "○"
            }
            // The state column as wide as this language's longest state word; on a narrow pane
            // the owner gives way first, then the title (at least 10 columns each way).
            let stateWidth = AgendaState.allCases.map { DisplayWidth.of(context.t(.code($0))) }.max() ?? 10
            let ownerWidth = min(14, max(6, w - 14 - stateWidth))
            let titleWidth = max(10, w - 4 - ownerWidth - stateWidth)
            let text = "\(mark) \(DisplayWidth.pad(item.title, titleWidth)) \(DisplayWidth.pad(item.owner, ownerWidth)) \(context.t(.code(item.state)))"
            return (text, item.state == .discussing ? .accent : (item.state == .done ? .muted : .text), [])
        case .actionsHeading:
            let overdue = actions.filter { isOverdue($0, context: context) }.count
            let text = "\(context.t(.actions)) \(context.count(actions.filter { $0.state == .done }.count))/\(context.count(actions.count))"
                + (overdue > 0 ? "  ‼ \(context.count(overdue)) \(context.t(.overdue))" : "")
            return (text, overdue > 0 ? .warn : .muted, overdue > 0 ? [.bold] : [])
        case .action(let i):
            let action = actions[i]
            let late = isOverdue(action, context: context)
            let due: String
            switch action.due {
            case .time(let t)?: due = context.time(t)
            case .day(let d)?: due = "\(d.day)/\(d.month)/\(d.year)"
            case nil: due = "–"
            }
            let mark = action.state == .done ? "✓" : (action.state == .dropped ? "×" : (late ? "‼" : "○"))
            // When any action is late, the overdue word's room is kept on every row, so owners
            // and dates line up.
            let overdueWidth = actions.contains { isOverdue($0, context: context) } ? 1 + DisplayWidth.of(context.t(.overdue)) : 0
            let tail = " \(DisplayWidth.pad(action.owner, 12)) \(DisplayWidth.pad(due, 15))" + (late ? " \(context.t(.overdue))" : "")
            let text = "\(mark) \(DisplayWidth.pad(action.title, max(10, w - 2 - 1 - 12 - 1 - 15 - overdueWidth)))" + tail
            return (text, late ? .warn : (action.state == .open ? .text : .muted), late ? [.bold] : [])
        }
    }
}
