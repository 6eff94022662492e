import BorderOps
import ExactKeys
import JSON
import Words

/// The Timpora secretary's forms: a new meeting (`N` in the Timpora pane), an agenda item (`i`)
/// and an action (`a`) in an open meeting, and an item's minutes (Enter). Ids are made when the
/// form opens, meeting-scoped with a random part (`FormContext.randomPart`), so two
/// secretaries never write the same one and the new row can be selected before it is read back.
public enum MeetingForms {
    /// `timpora-nunukan-20261204-k3f9`: the post, the day in its zone, a random part.
    /// `template`: the run-of-show offered as the meeting's checklist (optional, none by default).
    static func meeting(_ input: DashboardInput, model: DashboardModel, context: FormContext, template: ChecklistTemplate? = nil) -> Form {
        let post = FormDefaults.post(.timpora, model, input)
        let day = PostTime.local(context.now, context.zone).0.description.filter(\.isNumber)
        var chairs: [String] = [], places: [String] = []
        for m in input.state.meetings.values.reversed() {
            if !m.chair.isEmpty && !chairs.contains(m.chair) { chairs.append(m.chair) }
            if !m.location.isEmpty && !places.contains(m.location) { places.append(m.location) }
        }
        let id = FormDefaults.unique("timpora-\(post)-\(day)-\(context.randomPart(post))") { input.state.meetings[$0] != nil }
        var fields = [
            FormField("title", .fieldMeetingTitle, text: Word.meetingDefaultTitle.text(model.language)),
            FormField("chair", .fieldChair, suggestions: chairs),
            FormField("location", .fieldPlace, suggestions: places),
            FormField("attendees", .fieldAttendees, kind: .multiPick, choices: KnownAgencies.choices(input, post: post), takesNewCode: true),
        ]
        if let template {
            fields.append(FormField("checklist", .fieldRunOfShow, kind: .pick, optional: true,
                                    choices: [FormField.Choice(code: template.name, word: Word(en: template.title, id: template.title))]))
        }
        return Form(.meeting(id, template: template), title: .meetingFormTitle, pane: .timpora, post: post, fields: fields)
    }

    /// `i03-k3f9`: the item's number in the meeting and a random part. `recorded`: an item to
    /// correct (`e` on it): its title and owner filled in, under its own id (its state and
    /// minutes are written again as they stand).
    static func agendaItem(_ meeting: Meeting, context: FormContext, recorded: AgendaItem? = nil) -> Form {
        let number = String(meeting.items.count + 1)
        let id = recorded?.item ?? FormDefaults.unique("i\(number.count < 2 ? "0" + number : number)-\(context.randomPart(meeting.post))") { id in
            meeting.items.contains { $0.item == id }
        }
        let owners = KnownAgencies.choices(context.state, first: meeting.attendees, atPost: context.postAgencies, recorded: recorded?.owner)
        let owner = FormField("owner", .fieldOwnerAgency, kind: .pick, choices: owners,
                              chosen: recorded.flatMap { r in owners.firstIndex { $0.code == r.owner } }.map { [$0] } ?? [], takesNewCode: true)
        guard let recorded else {
            return Form(.agendaItem(meeting: meeting.id, item: id), title: .agendaItemFormTitle, pane: .timpora, post: meeting.post, fields: [
                FormField("title", .fieldAgendaTitle), owner, stateField(.pending),
            ])
        }
        return Form(.agendaItemCorrection(meeting: meeting.id, item: recorded), title: .agendaItemCorrectionTitle, pane: .timpora, post: meeting.post,
                    fields: [FormField("title", .fieldAgendaTitle, text: recorded.title), owner])
    }

    /// `timpora-nunukan-20261204-k3f9-a2-x7pq`: unique across meetings, as an action id must be.
    /// `recorded`: an action to correct (Enter or `e` on it), its form filled with what was
    /// recorded, under its own id.
    static func action(_ meeting: Meeting, item: String?, context: FormContext, recorded: ActionItem? = nil) -> Form {
        let number = context.state.actions(of: meeting.id).count + 1
        let id = recorded?.id ?? FormDefaults.unique("\(meeting.id)-a\(number)-\(context.randomPart(meeting.post))") { context.state.actions[$0] != nil }
        let items = meeting.items.map { FormField.Choice(code: $0.item, word: Word(en: $0.title, id: $0.title)) }
        let owners = KnownAgencies.choices(context.state, first: meeting.attendees, atPost: context.postAgencies, recorded: recorded?.owner)
        var due = ""
        switch recorded?.due {
        case .day(let day)?: due = FormDefaults.day(day)
        case .time(let time)?:
            // An hour recorded stays an hour when the action is corrected.
            let (day, _) = PostTime.local(time, context.zone)
            due = FormDefaults.day(day) + " " + PostTime.clock(time, in: context.zone)
        case nil: break
        }
        return Form(.action(meeting: meeting.id, action: id), title: .actionFormTitle, pane: .timpora, post: meeting.post, fields: [
            FormField("title", .fieldActionTitle, text: recorded?.title ?? ""),
            FormField("owner", .fieldOwnerAgency, kind: .pick, choices: owners, chosen: recorded.flatMap { r in owners.firstIndex { $0.code == r.owner } }.map { [$0] } ?? [],
                      takesNewCode: true),
            FormField("due", .fieldDue, kind: .dayOrTime, text: due),
            FormField("item", .fieldForItem, kind: .pick, optional: true, choices: items,
                      chosen: item.flatMap { id in meeting.items.firstIndex { $0.item == id } }.map { [$0] } ?? []),
        ])
    }

    /// The item's state and minutes, filled with what is recorded so far.
    static func minutes(_ meeting: Meeting, item: AgendaItem, context: FormContext) -> Form {
        Form(.minutes(meeting: meeting.id, item: item), title: .minutesFormTitle, pane: .timpora, post: meeting.post, fields: [
            stateField(item.state),
            FormField("discussion", .fieldDiscussion, optional: true, text: item.minutes.discussion ?? ""),
            FormField("decision", .fieldDecision, optional: true, text: item.minutes.decision ?? ""),
            FormField("recommendation", .fieldRecommendation, optional: true, text: item.minutes.recommendation ?? ""),
        ])
    }

    static func stateField(_ state: AgendaState) -> FormField {
        FormField("state", .fieldItemState, kind: .pick, choices: AgendaState.allCases.map { FormField.Choice(code: $0.rawValue, word: .code($0)) },
                  chosen: [AgendaState.allCases.firstIndex(of: state)!])
    }

    /// `meeting.opened` (attendees may be none: an empty list), and the run-of-show's
    /// `checklist.started` (checklist `cl-MEETING`, its `op` the meeting, as `checklist start
    /// --op MEETING` writes it) when it was picked; the meeting opens once read back.
    static func opened(_ id: String, template: ChecklistTemplate?, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        var intents = [OperatorIntent(type: .meetingOpened, post: form.post, fields: [JSONMember("meeting", .string(id))]
            + values.members(["title", "chair", "location"]) + [JSONMember("attendees", values["attendees"]?.json ?? .array([]))])]
        if let template, values["checklist"]?.string == template.name {
            intents.append(OperatorIntent(type: .checklistStarted, post: form.post,
                                          fields: template.startedFields(checklist: OperatorKeys.checklistID(for: id), op: id)))
        }
        var submission = FormSubmission(intents: intents, select: (.timpora, id), summary: "\(values["title"]?.string ?? "") (\(id))", form: form)
        submission.opens = true
        return submission
    }

    /// A new `agenda.item`.
    static func added(_ item: String, meeting: String, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .agendaItem, post: form.post, fields: [JSONMember("meeting", .string(meeting)), JSONMember("item", .string(item))]
            + values.members(["title", "owner", "state"]))
        return FormSubmission(intents: [intent], select: nil, summary: values["title"]?.string ?? item, form: form)
    }

    /// The item with its corrected title and owner, its state and minutes as they stand (the
    /// void of its latest record, before this in the batch, would otherwise take them away).
    static func corrected(_ item: AgendaItem, meeting: String, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        let minutes = [("discussion", item.minutes.discussion), ("decision", item.minutes.decision), ("recommendation", item.minutes.recommendation)]
            .compactMap { key, text in text.map { JSONMember(key, .string($0)) } }
        let intent = OperatorIntent(type: .agendaItem, post: form.post, fields: [JSONMember("meeting", .string(meeting)), JSONMember("item", .string(item.item))]
            + values.members(["title", "owner"]) + [JSONMember("state", .string(item.state.rawValue))] + minutes)
        return FormSubmission(intents: [intent], select: nil, summary: values["title"]?.string ?? item.item, form: form)
    }

    /// A new `action.assigned`.
    static func assigned(_ action: String, meeting: String, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .actionAssigned, post: form.post, fields: [JSONMember("meeting", .string(meeting)), JSONMember("action", .string(action))]
            + values.members(["title", "owner", "due", "item"]))
        return FormSubmission(intents: [intent], select: nil, summary: values["title"]?.string ?? action, form: form)
    }

    /// The item again with its state and minutes. A text emptied in the form is written empty:
    /// left out, it would keep what was recorded (`AgendaMinutes.updated(by:)`).
    static func minutes(_ item: AgendaItem, meeting: String, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        let recorded = ["discussion": item.minutes.discussion, "decision": item.minutes.decision, "recommendation": item.minutes.recommendation]
        let minutes = ["discussion", "decision", "recommendation"].compactMap { key -> JSONMember? in
            if let json = values[key]?.json { return JSONMember(key, json) }
            return (recorded[key] ?? nil) != nil ? JSONMember(key, .string("")) : nil
        }
        let intent = OperatorIntent(type: .agendaItem, post: form.post, fields: [
            JSONMember("meeting", .string(meeting)), JSONMember("item", .string(item.item)), JSONMember("title", .string(item.title)),
            JSONMember("owner", .string(item.owner)),
        ] + values.members(["state"]) + minutes)
        return FormSubmission(intents: [intent], select: nil, summary: item.title, form: form)
    }
}
