import BorderOps
import Words

/// What `N` (a new item in the focused pane) and every form's keys do: move between fields,
/// type, choose from pick-lists, save when every field is valid, discard (asking when
/// something was typed). Pure: the model changes, and at most one submission (one or more
/// events, one batch), with the zone of the form's post for the events' time. Nil: not one of
/// these keys here.
public enum FormKeys {
    /// `newID`: the loop's id generator, for the ids of new things (`FormContext.randomPart`).
    /// `meetingTemplate`: the run-of-show the new-meeting form offers.
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel, input: DashboardInput,
                               newID: (@Sendable (_ post: String) -> String)? = nil,
                               meetingTemplate: ChecklistTemplate? = nil) -> (OperatorKeys.Result, PostZone)? {
        let language = model.language
        if command == .newItem {
            guard let form = newItem(model, input, newID: newID, meetingTemplate: meetingTemplate) else { return (.notice(Word.newItemNotHere.text(language)), input.zone) }
            model.operatorMode = .form(form)
            return (.handled, input.zone)
        }
        if let form = opened(command, model, input) {
            model.operatorMode = .form(form)
            return (.handled, input.zone)
        }
        guard case .form(var form) = model.operatorMode else { return nil }
        let context = FormContext(input, post: form.post)
        guard let (result, stays) = edit(command, key: key, form: &form, language: language, context: context) else { return nil }
        model.operatorMode = stays ? .form(form) : .browsing
        // The new item is selected once it is read back (a new meeting is opened then too).
        if case .submit(let submission) = result, let select = submission.select {
            model.selectedIDs[select.pane] = select.id
            if submission.opens { model.openWhenRead = PaneRow(select.pane, select.id) }
        }
        return (result, context.zone)
    }

    /// The form `N` opens in the focused pane, if that pane has one.
    static func newItem(_ model: DashboardModel, _ input: DashboardInput, newID: (@Sendable (_ post: String) -> String)?,
                        meetingTemplate: ChecklistTemplate?) -> Form? {
        switch model.focus {
        case .voyages: return VoyageForm.make(input, model: model)
        case .operations: return OperationForm.make(input, model: model)
        case .desk: return KPIForm.make(input, model: model)
        case .timpora:
            let post = FormDefaults.post(.timpora, model, input)
            return MeetingForms.meeting(input, model: model, context: FormContext(input, post: post, newID: newID), template: meetingTemplate)
        }
    }

    /// The form a key of an item opens: a team or a finding in the open operation, a seizure
    /// in the desk pane.
    static func opened(_ command: KeyCommand, _ model: DashboardModel, _ input: DashboardInput) -> Form? {
        switch command {
        case .teamForm, .findingForm:
            guard let open = OperatorKeys.openOperation(input, model) else { return nil }
            return command == .teamForm ? TeamForm.make(open.operation, input: input) : FindingForm.make(open.operation)
        case .seizureForm: return SeizureForm.make(input, model: model)
        default: return nil
        }
    }

    /// One key of the open form: what comes of it and whether the form stays open.
    static func edit(_ command: KeyCommand, key: Key, form: inout Form, language: Language,
                     context: FormContext) -> (OperatorKeys.Result, stays: Bool)? {
        if form.confirmingDiscard {
            switch command {
            case .confirmYes: return (.handled, false)
            case .confirmNo: form.confirmingDiscard = false
            default: return nil
            }
            return (.handled, true)
        }
        let count = form.fields.count
        let before = form.fields[form.focus]
        // Moving on from what was typed in a pick-list: it is done with (its entry stays).
        switch command {
        case .nextField, .previousField, .firstValue, .lastValue, .previousValue, .nextValue, .toggleValue: PickTyping.settle(&form.fields[form.focus])
        default: break
        }
        switch command {
        case .nextField: form.focus = (form.focus + 1) % count
        case .previousField: form.focus = (form.focus + count - 1) % count
        case .editText:
            let typed = form.fields[form.focus].typed
            if !type(key, into: &form.fields[form.focus], language: language), case .character(let c) = key {
                return (.notice("\(Word.formNoEntryStarting.text(language)) \(typed)\(c)"), true)
            }
        case .firstValue, .lastValue:
            let field = form.fields[form.focus]
            let end = command == .firstValue ? 0 : max(0, field.choices.count - 1)
            if field.kind == .pick { form.fields[form.focus].chosen = field.choices.isEmpty ? [] : [end] } else { form.fields[form.focus].cursor = end }
        case .clearValue:
            if !PickTyping.erase(&form.fields[form.focus], language: language) { form.fields[form.focus].chosen = [] }
        case .previousValue: choose(by: -1, &form.fields[form.focus])
        case .nextValue: choose(by: 1, &form.fields[form.focus])
        case .toggleValue: toggle(&form.fields[form.focus])
        case .cancel:
            // Nothing typed: nothing to lose, no question.
            if !form.edited { return (.handled, false) }
            form.confirmingDiscard = true
        case .save:
            switch form.values(context) {
            case .success(let values):
                let submission = form.purpose.submission(form, values: values, context: context, language: language)
                // A correction that changes nothing writes nothing (not a void and its copy).
                guard !submission.intents.isEmpty else { return (.notice(Word.correctionNothingChanged.text(language)), true) }
                return (.submit(submission), false)
            case .failure(let problem):
                form.focus = problem.field
                let label = form.fields[problem.field].label.text(language)
                return (.notice("\(Word.formInvalid.text(language)): \(label): \(Word.problem(problem.problem).text(language))"), true)
            }
        default: return nil
        }
        // Another finding picked in a finding's correction: the form is filled with it.
        if let refilled = CorrectionKeys.refilled(form, context: context) { form = refilled }
        if command != .nextField && command != .previousField && form.fields.indices.contains(form.focus),
           before.editor != form.fields[form.focus].editor || before.chosen != form.fields[form.focus].chosen {
            form.edited = true
        }
        return (.handled, true)
    }

    /// Typing: a text field's editor; in a pick-list the letters find an entry (`PickTyping`).
    /// False: none does.
    static func type(_ key: Key, into field: inout FormField, language: Language) -> Bool {
        guard field.isPick else {
            _ = field.editor.handle(key)
            return true
        }
        guard case .character(let c) = key, !field.choices.isEmpty || field.takesNewCode else { return false }
        return PickTyping.type(c, into: &field, language: language)
    }

    /// ←→: the next or previous entry of a pick (none among them when it is optional), or the
    /// cursor of a multi-pick.
    static func choose(by delta: Int, _ field: inout FormField) {
        let n = field.choices.count
        guard n > 0 else { return }
        switch field.kind {
        case .pick:
            // Positions 0..<n are entries; n is "none" for an optional pick.
            let positions = field.optional ? n + 1 : n
            let current = field.chosen.first ?? (field.optional ? n : (delta > 0 ? -1 : 0))
            let next = (current + delta + positions) % positions
            field.chosen = next == n ? [] : [next]
        case .multiPick: field.cursor = (field.cursor + delta + n) % n
        default: break
        }
    }

    /// Space: ticks or unticks the multi-pick's entry under the cursor; the next entry of a pick.
    static func toggle(_ field: inout FormField) {
        switch field.kind {
        case .multiPick:
            guard field.choices.indices.contains(field.cursor) else { return }
            if let at = field.chosen.firstIndex(of: field.cursor) { field.chosen.remove(at: at) } else { field.chosen = (field.chosen + [field.cursor]).sorted() }
        case .pick: choose(by: 1, &field)
        default: break
        }
    }
}

extension FormKeys {
    /// "Tersimpan: KM. Thalia · Nunukan → Parepare (km-thalia-20241121) → post.jsonl": what was
    /// recorded and where (and how many events, when more than one).
    public static func savedLine(_ submission: FormSubmission, file: String?, language: Language) -> String {
        var line = "\(Word.formSaved.text(language)): \(submission.summary)"
        if submission.intents.count > 1 { line += " (\(submission.intents.count) \(Word.formEvents.text(language)))" }
        if let file { line += " → \(file.split(separator: "/").last.map(String.init) ?? file)" }
        return line
    }
}
