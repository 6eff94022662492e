import BorderOps
import ExactKeys
import JSON
import Words

/// `v` on a voyage, operation or meeting opened by mistake (its row in the pane, or the item
/// open in detail when nothing in it is selected): the void form for its opening, which first
/// warns how many records hang on it. Saving voids the opening AND every record that names it
/// in ONE batch: by the spec's fold rule a thing other lines still mention goes on existing, so
/// voiding the opening alone would leave a row without an opening. A voyage's checks are read
/// from the event files first (the state keeps its latest 16): the form waits for the read.
enum OpeningVoid {
    /// Records one batch may void: a ferry's manifest of a few thousand is one batch (about
    /// 250 bytes a void), a log gone wrong by the hundred thousand is `borderdesk append`'s.
    static let batchLimit = 20_000

    /// The void form of the focused pane's selected voyage, operation or meeting.
    static func form(_ model: DashboardModel, _ input: DashboardInput) -> VoidForm? {
        guard [.voyages, .operations, .timpora].contains(model.focus) else { return nil }
        let ids = DashboardView.rowIDs(model.focus, input: input, model: model)
        guard !ids.isEmpty else { return nil }
        let id = ids[model.selectedIndex(model.focus, ids: ids)]
        let state = input.state
        switch model.focus {
        case .voyages:
            guard let voyage = state.voyages[id], var hanging = state.hangingRecords(voyage: id) else { return nil }
            // The latest checks the state holds; the rest come with the read (`withChecks`).
            hanging.others += voyage.recentChecks.map(checkRecord)
            var form = make(.voyage(voyage: id, vessel: voyage.vessel), hanging, post: voyage.post)
            // Every check, not only the state's latest: read afresh from the files (`Loop`
            // asks, and fills them in with `withChecks` when they come).
            if voyage.checked > 0 || !voyage.recentChecks.isEmpty { form?.checksPending = true }
            return form
        case .operations:
            guard let op = state.operations[id], let hanging = state.hangingRecords(operation: id) else { return nil }
            return make(.operation(op: id, title: op.title), hanging, post: op.post)
        default:
            guard let meeting = state.meetings[id], let hanging = state.hangingRecords(meeting: id) else { return nil }
            return make(.meeting(meeting: id, title: meeting.title), hanging, post: meeting.post)
        }
    }

    /// The form for `hanging`: the opening is the target (else the first record), the rest go too.
    static func make(_ item: VoidForm.Item, _ hanging: HangingRecords, post: String) -> VoidForm? {
        var others = hanging.others
        guard let target = hanging.opening ?? (others.isEmpty ? nil : others.removeFirst()) else { return nil }
        var form = VoidForm(item: item, target: target.id, type: target.type, post: post, at: target.at, by: target.by)
        form.alsoVoids = others
        return form
    }

    /// The voyage's form with every check read from the files, each once, voided ones left out.
    static func withChecks(_ form: VoidForm, read: VoyageChecksRead, state: BorderState) -> VoidForm {
        guard case .voyage(let id, _) = form.item, read.voyage == id else { return form }
        var form = form
        form.checksPending = false
        guard let checks = read.checks else {
            form.checksProblem = read.problem ?? ""
            return form
        }
        let voided = Set(state.corrections.map(\.target))
        var known = Set(form.alsoVoids.map(\.id))
        known.insert(form.target)
        form.alsoVoids += checks.filter { !voided.contains($0.id) && known.insert($0.id).inserted }.map(checkRecord)
        return form
    }

    static func checkRecord(_ check: PassengerCheck) -> ShapingEvent {
        ShapingEvent(id: check.id, type: EventType.passengerChecked.rawValue, at: check.at, by: check.by, count: 1)
    }

    /// Why the form cannot be saved yet, if it cannot.
    static func refusal(_ form: VoidForm) -> Word? {
        if form.checksPending { return .voidChecksNotRead }
        if form.checksProblem != nil { return .voidChecksUnreadable }
        if form.alsoVoids.count + 1 > batchLimit { return .voidTooMany }
        return nil
    }

    /// The batch: the opening's void, then one for each record that hangs on it, same reason.
    static func intents(_ form: VoidForm, reason: String) -> [OperatorIntent] {
        ([form.target] + form.alsoVoids.map(\.id)).map { target in
            OperatorIntent(type: .eventVoided, post: form.post, fields: [JSONMember("target", .string(target)), JSONMember("reason", .string(reason))])
        }
    }

    /// The warning: how many records go with it, then what they are (a line each).
    static func warning(_ form: VoidForm, language: Language) -> [String] {
        let kinds: [(EventType, Word)] = [
            (.passengerChecked, .hangingChecks), (.voyageClosed, .hangingClosings), (.opPhase, .hangingPhases), (.opTeam, .hangingTeams),
            (.opFinding, .hangingFindings), (.checklistStarted, .hangingChecklists), (.checklistStep, .hangingSteps),
            (.agendaItem, .hangingAgendaItems), (.actionAssigned, .hangingActions), (.actionState, .hangingActionStates),
            (.meetingClosed, .hangingClosings), (.voyageOpened, .hangingOpenings), (.opPlanned, .hangingOpenings), (.meetingOpened, .hangingOpenings),
        ]
        let all = [ShapingEvent(id: form.target, type: form.type, at: form.at, by: form.by, count: 1)] + form.alsoVoids
        // The target itself is not "hanging" unless it stands in for a missing opening.
        let openings: Set<String> = [EventType.voyageOpened.rawValue, EventType.opPlanned.rawValue, EventType.meetingOpened.rawValue]
        let counted = openings.contains(form.type) ? form.alsoVoids : all
        var parts: [String] = []
        for (type, word) in kinds {
            let n = counted.count { $0.type == type.rawValue }
            if n > 0 { parts.append("\(language.grouped(n)) \(word.text(language))") }
        }
        if form.checksPending { parts.append(Word.voidReadingChecks.text(language)) }
        if let problem = form.checksProblem { parts.append("\(Word.voidChecksUnreadable.text(language)) (\(problem))") }
        guard !parts.isEmpty else { return [Word.voidNothingHangs.text(language)] }
        return ["\(Word.voidAlsoVoids.text(language)) (\(language.grouped(counted.count))):", parts.joined(separator: ", ")]
    }
}
