import BorderOps
import JSON
import Words

/// What `v` (void the selected item), the reason's editor and ↑↓ over an open voyage's latest
/// checks do. Pure: the model changes, and at most one `event.voided` to append, with the zone
/// of the item's post for the event's time. Nil: not one of these keys here.
public enum VoidKeys {
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel,
                               input: DashboardInput) -> (OperatorKeys.Result, PostZone)? {
        let language = model.language
        if case .voiding(var form) = model.operatorMode {
            switch command {
            case .editText:
                _ = form.reason.handle(key)
                model.operatorMode = .voiding(form)
            case .cancel:
                model.operatorMode = .browsing
            case .save:
                let reason = OfficerText.trimmed(form.reason.text)
                guard !reason.isEmpty else { return (.notice(Word.voidReasonNeeded.text(language)), input.zone) }
                model.operatorMode = .browsing
                let intent = OperatorIntent(type: .eventVoided, post: form.post,
                                            fields: [JSONMember("target", .string(form.target)), JSONMember("reason", .string(reason))])
                return (.append(intent), FormContext.zone(of: form.post, input))
            default: break
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
            guard let form = selectedItem(model, input) else { return (.notice(Word.voidNothingSelected.text(language)), input.zone) }
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

    /// The item selected where `v` was pressed: the selected seizure of the desk, the selected
    /// check of the open voyage, or the selected step's latest mark in the open operation's
    /// checklist.
    static func selectedItem(_ model: DashboardModel, _ input: DashboardInput) -> VoidForm? {
        if model.focus == .desk {
            let ids = DashboardView.rowIDs(.desk, input: input, model: model)
            guard case .seizure(let caseID)? = DeskRow(ids[model.selectedIndex(.desk, ids: ids)]),
                  let seizure = input.state.desk.seizures.values.first(where: { $0.caseID == caseID }),
                  let event = input.state.shapingEvent(seizure: caseID) else { return nil }
            return VoidForm(item: .seizure(case: caseID, commodity: seizure.commodity), target: event.id, type: event.type, post: seizure.post,
                            at: event.at, by: event.by, shapedBy: event.count)
        }
        if let voyage = input.openVoyage(model) {
            guard let check = selectedCheck(model, voyage) else { return nil }
            return VoidForm(item: .check(voyage: voyage.id, passenger: check.passenger, result: check.result), target: check.id,
                            type: EventType.passengerChecked.rawValue, post: voyage.post, at: check.at, by: check.by)
        }
        guard model.focus == .operations, model.detail == .operations, let open = OperatorKeys.openOperation(input, model),
              let checklist = open.checklist else { return nil }
        let ids = checklist.steps.map(\.step)
        guard !ids.isEmpty else { return nil }
        let step = ids[model.stepIndex(ids: ids)]
        guard let event = input.state.shapingEvent(checklist: checklist.id, step: step) else { return nil }
        return VoidForm(item: .step(checklist: checklist.id, step: step, state: checklist.state(of: step)), target: event.id,
                        type: event.type, post: checklist.post, at: event.at, by: event.by, shapedBy: event.count)
    }
}
