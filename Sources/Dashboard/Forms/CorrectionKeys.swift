import BorderOps
import ExactKeys
import Words

/// What `e` (correct the selected item) and `m` (a check on the wrong voyage) do: open the
/// item's form filled in with what was recorded, as a correction (`CorrectionForm`). In the team
/// status form the team picked there; in the desk pane the selected figure or seizure; in an open operation the selected finding row (else the
/// latest; the form's first field picks another). Pure: the model changes; nothing is appended until
/// the form is saved. Nil: not one of these keys here.
public enum CorrectionKeys {
    public static func perform(_ command: KeyCommand, model: inout DashboardModel, input: DashboardInput) -> (OperatorKeys.Result, PostZone)? {
        let language = model.language
        let form: Form?
        // In the team status form (`S`): the team picked there, its name, agency and place.
        if command == .correctItem, case .team(let index, _) = model.operatorMode, let open = OperatorKeys.openOperation(input, model) {
            let teams = OperatorKeys.sortedTeams(open.operation)
            guard teams.indices.contains(index), let event = input.state.shapingEvent(operation: open.operation.id, team: teams[index].team) else {
                return (.notice(Word.correctNothingSelected.text(language)), input.zone)
            }
            let recorded = TeamForm.make(open.operation, input: input, recorded: teams[index])
            model.operatorMode = .form(CorrectionForm.correcting(recorded, event: event, zone: FormContext.zone(of: open.operation.post, input),
                                                                 now: input.now, title: .teamCorrectionTitle))
            return (.handled, input.zone)
        }
        switch command {
        case .moveCheck:
            guard let voyage = input.openVoyage(model), let check = VoidKeys.selectedCheck(model, voyage) else {
                return (.notice(Word.correctNothingSelected.text(language)), input.zone)
            }
            guard let move = CorrectionForm.checkMove(check, from: voyage, input: input) else {
                return (.notice(Word.moveCheckNoOtherVoyage.text(language)), input.zone)
            }
            form = move
        case .correctItem where model.focus == .desk:
            let ids = DashboardView.rowIDs(.desk, input: input, model: model)
            let row = DeskRow(ids[model.selectedIndex(.desk, ids: ids)])
            switch row {
            case .figure(let metric)?:
                guard let kpi = KPICorrection.make(metric, input: input, model: model) else { return (.notice(Word.correctNoKPIReport.text(language)), input.zone) }
                form = kpi
            case .seizure(let caseID)?:
                guard let seizure = input.state.desk.seizures.values.first(where: { $0.caseID == caseID }),
                      let event = input.state.shapingEvent(seizure: caseID) else { return (.notice(Word.correctNothingSelected.text(language)), input.zone) }
                form = CorrectionForm.correcting(SeizureForm.make(input, model: model, recorded: seizure), event: event,
                                                 zone: FormContext.zone(of: seizure.post, input), now: input.now, title: .seizureCorrectionTitle)
            case nil: return (.notice(Word.correctNothingSelected.text(language)), input.zone)
            }
        case .correctItem:
            // An operation open in detail (elsewhere `e` is an open meeting's: `MeetingKeys`).
            guard let open = OperatorKeys.openOperation(input, model) else { return nil }
            let findings = latestFirst(open.operation)
            guard let latest = findings.first else { return (.notice(Word.correctNoFinding.text(language)), input.zone) }
            // The selected finding row, else the latest finding.
            let rows = OperationRow.rows(open.operation, checklist: open.checklist)
            var chosen = latest
            if !rows.isEmpty, case .finding(let selected) = rows[model.stepIndex(ids: rows.map(\.key))] { chosen = selected }
            form = findingCorrection(open.operation, chosen.finding, state: input.state, zone: FormContext.zone(of: open.operation.post, input), now: input.now)
        default: return nil
        }
        guard let form else { return (.notice(Word.correctNothingSelected.text(language)), input.zone) }
        model.operatorMode = .form(form)
        return (.handled, input.zone)
    }

    static func latestFirst(_ op: JointOperation) -> [Finding] { OperationRow.latestFindings(op) }

    /// The finding form filled in with finding `id` as recorded, as its correction; its first
    /// field picks the finding (the latest first), and picking another fills the form with it
    /// (`FormKeys`).
    static func findingCorrection(_ op: JointOperation, _ id: String, state: BorderState, zone: PostZone, now: Timestamp) -> Form? {
        let findings = latestFirst(op)
        guard let index = findings.firstIndex(where: { $0.finding == id }), let event = state.shapingEvent(operation: op.id, finding: id) else { return nil }
        var form = CorrectionForm.correcting(FindingForm.make(op, recorded: findings[index]), event: event, zone: zone, now: now, title: .findingCorrectionTitle)
        let choices = findings.map { f in
            FormField.Choice(code: f.finding, word: Word(en: "\(Word.code(f.severity).en) · \(f.summary)", id: "\(Word.code(f.severity).id) · \(f.summary)"))
        }
        form.fields.insert(FormField("finding", .fieldFinding, kind: .pick, choices: choices, chosen: [index]), at: 0)
        return form
    }

    /// The correction of the finding now picked in `form`, what was typed as the reason kept.
    static func refilled(_ form: Form, context: FormContext) -> Form? {
        guard case .findingCorrection(let op, let current) = form.purpose, case .success(.pick(let picked))? = form["finding"]?.value(context),
              picked != current, let operation = context.state.operations[op],
              var refilled = findingCorrection(operation, picked, state: context.state, zone: context.zone, now: context.now) else { return nil }
        refilled.fields[refilled.fields.count - 1].editor = form.fields[form.fields.count - 1].editor
        refilled.focus = form.focus
        return refilled
    }
}
