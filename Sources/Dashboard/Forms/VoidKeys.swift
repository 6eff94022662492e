import BorderOps
import ExactKeys
import JSON
import Words

/// What `v` (void the selected item), the reason's editor and ↑↓ over an open voyage's latest
/// checks do. Pure: the model changes, and at most one `event.voided` to append, with the zone
/// of the item's post for the event's time. Nil: not one of these keys here.
public enum VoidKeys {
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel,
                               input: DashboardInput) -> (OperatorKeys.Result, PostZone)? {
        let language = model.language
        if case .voiding(let form) = model.operatorMode {
            switch ReasonEditing.perform(command, key: key, model: &model, required: true) {
            case .success(.done)?, nil: break
            case .failure(let needed)?: return (.notice(needed.notice), input.zone)
            case .success(.saved(let reason))?:
                if form.isOpening {
                    // The opening and every record that hangs on it, one batch; the detail it
                    // was open in closes (the row is gone once read back).
                    if let refusal = OpeningVoid.refusal(form) { return (.notice(refusal.text(language)), input.zone) }
                    model.operatorMode = .browsing
                    model.detail = nil
                    return (.appendAll(OpeningVoid.intents(form, reason: reason)), FormContext.zone(of: form.post, input))
                }
                model.operatorMode = .browsing
                let intent = OperatorIntent(type: .eventVoided, post: form.post,
                                            fields: [JSONMember("target", .string(form.target)), JSONMember("reason", .string(reason))])
                return (.append(intent), FormContext.zone(of: form.post, input))
            }
            return (.handled, input.zone)
        }
        switch command {
        case .checkUp, .checkDown, .checkPageUp, .checkPageDown, .checkTop, .checkBottom:
            guard let voyage = input.openVoyage(model), let move = command.listMove else { return nil }
            let count = voyage.recentChecks.count
            let current = min(model.checkSelection, max(0, count - 1))
            model.checkSelection = move.index(from: current, count: count, page: 10)
            return (.handled, input.zone)
        case .voidItem:
            guard let form = selectedItem(model, input) else {
                let nothing: Word = model.overlay == .alerts && !input.alerts.isEmpty ? .voidNotAcknowledged : .voidNothingSelected
                return (.notice(nothing.text(language)), input.zone)
            }
            model.operatorMode = .voiding(form)
            return (.handled, input.zone)
        default:
            return nil
        }
    }

    /// The selected one of an open voyage's latest checks (newest first).
    static func selectedCheck(_ model: DashboardModel, _ voyage: Voyage) -> PassengerCheck? {
        let checks = Array(voyage.recentChecks.reversed())
        return checks.isEmpty ? nil : checks[min(model.checkSelection, checks.count - 1)]
    }

    /// The item selected where `v` was pressed: the acknowledgement of the alert selected in
    /// the alerts list, the team picked in the team status form, the
    /// selected seizure of the desk, the selected
    /// agenda item or action of the open meeting, the selected check of the open voyage, or in
    /// the open operation the selected step's latest mark or
    /// the selected finding's latest `op.finding`; else the voyage, operation or meeting
    /// selected (`OpeningVoid`).
    static func selectedItem(_ model: DashboardModel, _ input: DashboardInput) -> VoidForm? {
        // In the alerts list: the selected alert's acknowledgement, if it is acknowledged.
        if model.overlay == .alerts {
            let alerts = AlertsList.ordered(input.alerts)
            guard !alerts.isEmpty else { return nil }
            let alert = alerts[min(model.overlaySelection, alerts.count - 1)]
            guard alert.acknowledged, let event = input.state.shapingEvent(acknowledgement: alert.id) else { return nil }
            let post = alert.post ?? DashboardView.posts(input).first ?? "borderdesk"
            return VoidForm(item: .acknowledgement(alert: alert.id), target: event.id, type: event.type, post: post, at: event.at, by: event.by,
                            shapedBy: event.count)
        }
        // In the team status form (`S` in an open operation): the team picked there.
        if case .team(let index, _) = model.operatorMode, let open = OperatorKeys.openOperation(input, model) {
            let teams = OperatorKeys.sortedTeams(open.operation)
            guard teams.indices.contains(index),
                  let event = input.state.shapingEvent(operation: open.operation.id, team: teams[index].team) else { return nil }
            return VoidForm(item: .team(op: open.operation.id, team: teams[index].team, status: teams[index].status), target: event.id,
                            type: event.type, post: open.operation.post, at: event.at, by: event.by, shapedBy: event.count)
        }
        if model.focus == .desk {
            let ids = DashboardView.rowIDs(.desk, input: input, model: model)
            guard case .seizure(let caseID)? = DeskRow(ids[model.selectedIndex(.desk, ids: ids)]),
                  let seizure = input.state.desk.seizures.values.first(where: { $0.caseID == caseID }),
                  let event = input.state.shapingEvent(seizure: caseID) else { return nil }
            return VoidForm(item: .seizure(case: caseID, commodity: seizure.commodity), target: event.id, type: event.type, post: seizure.post,
                            at: event.at, by: event.by, shapedBy: event.count)
        }
        // An open item with nothing in it to void (or closed): the item itself, opened by mistake.
        if let meeting = input.openMeeting(model) {
            return (meeting.closed ? nil : meetingRow(meeting, model, input)) ?? OpeningVoid.form(model, input)
        }
        if let voyage = input.openVoyage(model) {
            guard !voyage.closed, let check = selectedCheck(model, voyage) else { return OpeningVoid.form(model, input) }
            return VoidForm(item: .check(voyage: voyage.id, passenger: check.passenger, result: check.result), target: check.id,
                            type: EventType.passengerChecked.rawValue, post: voyage.post, at: check.at, by: check.by)
        }
        // A row of the voyages, operations or Timpora pane: the item, opened by mistake.
        guard let open = OperatorKeys.openOperation(input, model) else { return OpeningVoid.form(model, input) }
        let rows = OperationRow.rows(open.operation, checklist: open.checklist)
        guard !rows.isEmpty else { return OpeningVoid.form(model, input) }
        switch rows[model.stepIndex(ids: rows.map(\.key))] {
        case .finding(let finding):
            let op = open.operation
            guard let event = input.state.shapingEvent(operation: op.id, finding: finding.finding) else { return nil }
            return VoidForm(item: .finding(op: op.id, finding: finding.finding, severity: finding.severity, summary: finding.summary),
                            target: event.id, type: event.type, post: op.post, at: event.at, by: event.by, shapedBy: event.count)
        case .step(let step):
            return stepMark(step, open.checklist, input)
        }
    }

    /// The selected agenda item's latest `agenda.item` (its state and minutes) or action's
    /// latest `action.assigned` in an open meeting.
    static func meetingRow(_ meeting: Meeting, _ model: DashboardModel, _ input: DashboardInput) -> VoidForm? {
        let rows = MeetingRow.rows(meeting, state: input.state)
        guard !rows.isEmpty else { return nil }
        switch rows[model.meetingRow.index(in: rows.map(\.key))] {
        case .item(let item):
            guard let event = input.state.shapingEvent(meeting: meeting.id, item: item.item) else { return nil }
            return VoidForm(item: .agendaItem(meeting: meeting.id, item: item.item, title: item.title), target: event.id, type: event.type,
                            post: meeting.post, at: event.at, by: event.by, shapedBy: event.count)
        case let .step(checklist, step, _, _):
            return stepMark(step, input.state.checklists[checklist], input)
        case .action(let action):
            guard let event = input.state.shapingEvent(action: action.id) else { return nil }
            return VoidForm(item: .action(meeting: meeting.id, action: action.id, title: action.title), target: event.id, type: event.type,
                            post: meeting.post, at: event.at, by: event.by, shapedBy: event.count)
        }
    }

    /// The void of `step`'s latest mark, if it has one.
    static func stepMark(_ step: String, _ checklist: Checklist?, _ input: DashboardInput) -> VoidForm? {
        guard let checklist, let event = input.state.shapingEvent(checklist: checklist.id, step: step) else { return nil }
        return VoidForm(item: .step(checklist: checklist.id, step: step, state: checklist.state(of: step)), target: event.id,
                        type: event.type, post: checklist.post, at: event.at, by: event.by, shapedBy: event.count)
    }
}
