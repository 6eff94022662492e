import BorderOps
import JSON
import ExactKeys
import Words

/// The secretary's keys in a meeting open in detail (Enter in the Timpora pane): move over the
/// agenda items and actions, Space marks the selected one done, `s` moves an item to its next
/// state, `d` drops an action with a reason, `x` closes the meeting (asks first); `i`, `a` and
/// Enter open the agenda item, action and minutes forms (`MeetingForms`); `e` corrects the
/// selected item's title and owner, or the action. Pure: the model
/// changes, and at most one event (or one form's batch) to append, with the zone of the
/// meeting's post for the event's time. Nil: not one of these keys here. A closed meeting
/// keeps only the follow-up of its actions (moving, Space, `d`).
public enum MeetingKeys {
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel, input: DashboardInput,
                               newID: @escaping @Sendable (String) -> String) -> (OperatorKeys.Result, PostZone)? {
        let language = model.language
        guard let meeting = input.openMeeting(model) else {
            if case .dropReason = model.operatorMode { model.operatorMode = .browsing }
            if case .closeMeeting = model.operatorMode { model.operatorMode = .browsing }
            if case .skipReason = model.operatorMode, !(model.focus == .operations && model.detail == .operations) { model.operatorMode = .browsing }
            return nil
        }
        let zone = FormContext.zone(of: meeting.post, input)
        switch model.operatorMode {
        case .dropReason, .skipReason:
            // An action dropped, a run-of-show step skipped (`s` on it): the reason is required.
            let mode = model.operatorMode
            switch ReasonEditing.perform(command, key: key, model: &model, required: true) {
            case nil: return nil
            case .success(.done)?: return (.handled, zone)
            case .failure(let needed)?: return (.notice(needed.notice), zone)
            case .success(.saved(let reason))?:
                model.operatorMode = .browsing
                if case .dropReason(let action, _) = mode { return (.append(actionState(action, .dropped, reason: reason, post: meeting.post)), zone) }
                guard case .skipReason(let step, _) = mode, let checklist = DetailChecklist.of(meeting.id, in: input.state) else { return (.handled, zone) }
                return (.append(OperatorIntent(type: .checklistStep, post: meeting.post, fields: [
                    JSONMember("checklist", .string(checklist.id)), JSONMember("step", .string(step)),
                    JSONMember("state", .string(StepState.skipped.rawValue)), JSONMember("note", .string(reason)),
                ])), zone)
            }
        case .closeMeeting(let id):
            switch command {
            case .confirmYes:
                model.operatorMode = .browsing
                return (.append(OperatorIntent(type: .meetingClosed, post: meeting.post, fields: [JSONMember("meeting", .string(id))])), zone)
            case .confirmNo:
                model.operatorMode = .browsing
                return (.handled, zone)
            default: return nil
            }
        case .browsing: break
        default: return nil
        }
        let rows = MeetingRow.rows(meeting, state: input.state)
        let keys = rows.map(\.key)
        let index = model.meetingRow.index(in: keys)
        let selected = rows.isEmpty ? nil : rows[index]
        if meeting.closed {
            // Closed: the minutes are final, but actions are followed up after the meeting
            // (days later, as a rule): moving, Space and `d` on an action still work.
            switch command {
            case .meetingRowUp, .meetingRowDown, .meetingPageUp, .meetingPageDown, .meetingTop, .meetingBottom: break
            case .markDone, .dropAction:
                guard case .action? = selected else { return (.notice(Word.meetingClosedActionsOnly.text(language)), zone) }
            default: return nil
            }
        }
        let context = FormContext(input, post: meeting.post, newID: newID)
        switch command {
        case .meetingRowUp, .meetingRowDown, .meetingPageUp, .meetingPageDown, .meetingTop, .meetingBottom:
            if let move = command.listMove { model.meetingRow.select(move.index(from: index, count: keys.count, page: 10), in: keys) }
        case .markDone:
            switch selected {
            case .item(let item)?:
                guard item.state != .done else { return (.notice(Word.alreadyConcluded.text(language)), zone) }
                selectNextOpen(after: index, rows: rows, model: &model)
                return (.append(agendaItem(item, meeting: meeting, state: .done)), zone)
            case .action(let action)?:
                guard action.state != .done else { return (.notice(Word.alreadyDone.text(language)), zone) }
                selectNextOpen(after: index, rows: rows, actionsOnly: meeting.closed, model: &model)
                return (.append(actionState(action.id, .done, reason: nil, post: meeting.post)), zone)
            case let .step(checklist, step, _, state)?:
                // A run-of-show step done, as Space marks an operation's.
                guard state != .done else { return (.notice(Word.alreadyDone.text(language)), zone) }
                selectNextOpen(after: index, rows: rows, model: &model)
                return (.append(OperatorIntent(type: .checklistStep, post: meeting.post, fields: [
                    JSONMember("checklist", .string(checklist)), JSONMember("step", .string(step)), JSONMember("state", .string(StepState.done.rawValue)),
                ])), zone)
            case nil: return (.notice(Word.meetingNothingSelected.text(language)), zone)
            }
        case .nextItemState:
            if case let .step(checklist, step, _, state)? = selected {
                // A run-of-show step: skipped, with a reason (asked first), as an operation's `s`.
                guard state != .skipped else { return (.notice(Word.alreadySkipped.text(language)), zone) }
                let note = input.state.checklists[checklist]?.marks[ExactKey(step)]?.note ?? ""
                model.operatorMode = .skipReason(step: step, editor: LineEditor(note))
                return (.handled, zone)
            }
            guard case .item(let item)? = selected else { return (.notice(Word.itemStateOnlyItems.text(language)), zone) }
            let states = AgendaState.allCases
            let next = states[(states.firstIndex(of: item.state)! + 1) % states.count]
            return (.append(agendaItem(item, meeting: meeting, state: next)), zone)
        case .dropAction:
            guard case .action(let action)? = selected else { return (.notice(Word.dropOnlyActions.text(language)), zone) }
            guard action.state != .dropped else { return (.notice(Word.alreadyDropped.text(language)), zone) }
            model.operatorMode = .dropReason(action: action.id, editor: LineEditor())
        case .closeMeeting:
            model.operatorMode = .closeMeeting(meeting.id)
        case .newAgendaItem:
            let form = MeetingForms.agendaItem(meeting, context: context)
            // The new row is selected once it is read back (until then, or if the form is
            // discarded, the row at the same position).
            if case .agendaItem(_, let id) = form.purpose { model.meetingRow.key = "item:" + id }
            model.operatorMode = .form(form)
        case .newAction:
            var item: String?
            if case .item(let selectedItem)? = selected { item = selectedItem.item }
            let form = MeetingForms.action(meeting, item: item, context: context)
            if case .action(_, let id) = form.purpose { model.meetingRow.key = "action:" + id }
            model.operatorMode = .form(form)
        case .writeMinutes, .correctItem:
            switch selected {
            case .item(let item)? where command == .writeMinutes: model.operatorMode = .form(MeetingForms.minutes(meeting, item: item, context: context))
            case .item(let item)?:
                // `e` on an item: its title and owner, corrected (its state and minutes kept).
                guard let event = input.state.shapingEvent(meeting: meeting.id, item: item.item) else {
                    return (.notice(Word.correctNothingSelected.text(language)), zone)
                }
                let form = MeetingForms.agendaItem(meeting, context: context, recorded: item)
                model.operatorMode = .form(CorrectionForm.correcting(form, event: event, zone: zone, now: input.now, title: .agendaItemCorrectionTitle))
            case .action(let action)?:
                // An action's "minutes" are its fields: the correction of what was recorded.
                guard let recorded = input.state.actions[action.id], let event = input.state.shapingEvent(action: action.id) else {
                    return (.notice(Word.correctNothingSelected.text(language)), zone)
                }
                let form = MeetingForms.action(meeting, item: recorded.item, context: context, recorded: recorded)
                model.operatorMode = .form(CorrectionForm.correcting(form, event: event, zone: zone, now: input.now, title: .actionCorrectionTitle))
            case .step?: return (.notice(Word.runOfShowStepKeys.text(language)), zone)
            case nil: return (.notice(Word.meetingNothingSelected.text(language)), zone)
            }
        default: return nil
        }
        return (.handled, zone)
    }

    /// After Space the selection moves on to the next row still to do (a key pressed twice
    /// then marks the next one, never the same one again).
    /// In a closed meeting (`actionsOnly`) the next open action.
    static func selectNextOpen(after index: Int, rows: [MeetingRow], actionsOnly: Bool = false, model: inout DashboardModel) {
        let keys = rows.map(\.key)
        func wanted(_ row: MeetingRow) -> Bool {
            guard row.isOpen else { return false }
            if actionsOnly, case .action = row { return true }
            return !actionsOnly
        }
        if let next = rows.indices.first(where: { $0 > index && wanted(rows[$0]) }) { model.meetingRow.select(next, in: keys) }
    }

    /// The item again with a new state; its minutes are left out, so they stay as written.
    static func agendaItem(_ item: AgendaItem, meeting: Meeting, state: AgendaState) -> OperatorIntent {
        OperatorIntent(type: .agendaItem, post: meeting.post, fields: [
            JSONMember("meeting", .string(meeting.id)), JSONMember("item", .string(item.item)), JSONMember("title", .string(item.title)),
            JSONMember("owner", .string(item.owner)), JSONMember("state", .string(state.rawValue)),
        ])
    }

    static func actionState(_ action: String, _ state: ActionState, reason: String?, post: String) -> OperatorIntent {
        var fields = [JSONMember("action", .string(action)), JSONMember("state", .string(state.rawValue))]
        if let reason { fields.append(JSONMember("reason", .string(reason))) }
        return OperatorIntent(type: .actionState, post: post, fields: fields)
    }
}
