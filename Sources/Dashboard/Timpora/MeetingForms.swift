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
    static func meeting(_ input: DashboardInput, model: DashboardModel, context: FormContext) -> Form {
        let post = FormDefaults.post(.timpora, model, input)
        let day = PostTime.local(context.now, context.zone).0.description.filter(\.isNumber)
        var chairs: [String] = [], places: [String] = []
        for m in input.state.meetings.values.reversed() {
            if !m.chair.isEmpty && !chairs.contains(m.chair) { chairs.append(m.chair) }
            if !m.location.isEmpty && !places.contains(m.location) { places.append(m.location) }
        }
        let id = FormDefaults.unique("timpora-\(post)-\(day)-\(context.randomPart(post))") { input.state.meetings[$0] != nil }
        return Form(.meeting(id), title: .meetingFormTitle, pane: .timpora, post: post, fields: [
            FormField("title", .fieldMeetingTitle, text: Word.meetingDefaultTitle.text(model.language)),
            FormField("chair", .fieldChair, suggestions: chairs),
            FormField("location", .fieldPlace, suggestions: places),
            FormField("attendees", .fieldAttendees, kind: .multiPick, choices: KnownAgencies.choices(input.state)),
        ])
    }

    /// `i03-k3f9`: the item's number in the meeting and a random part.
    static func agendaItem(_ meeting: Meeting, context: FormContext) -> Form {
        let number = String(meeting.items.count + 1)
        let id = FormDefaults.unique("i\(number.count < 2 ? "0" + number : number)-\(context.randomPart(meeting.post))") { id in
            meeting.items.contains { $0.item == id }
        }
        return Form(.agendaItem(meeting: meeting.id, item: id), title: .agendaItemFormTitle, pane: .timpora, post: meeting.post, fields: [
            FormField("title", .fieldAgendaTitle),
            FormField("owner", .fieldOwnerAgency, kind: .pick, choices: KnownAgencies.choices(context.state, first: meeting.attendees)),
            stateField(.pending),
        ])
    }

    /// `timpora-nunukan-20261204-k3f9-a2-x7pq`: unique across meetings, as an action id must be.
    static func action(_ meeting: Meeting, item: String?, context: FormContext) -> Form {
        let number = context.state.actions(of: meeting.id).count + 1
        let id = FormDefaults.unique("\(meeting.id)-a\(number)-\(context.randomPart(meeting.post))") { context.state.actions[$0] != nil }
        let items = meeting.items.map { FormField.Choice(code: $0.item, word: Word(en: $0.title, id: $0.title)) }
        return Form(.action(meeting: meeting.id, action: id), title: .actionFormTitle, pane: .timpora, post: meeting.post, fields: [
            FormField("title", .fieldActionTitle),
            FormField("owner", .fieldOwnerAgency, kind: .pick, choices: KnownAgencies.choices(context.state, first: meeting.attendees)),
            FormField("due", .fieldDue, kind: .date),
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

    /// `meeting.opened` (attendees may be none: an empty list).
    static func opened(_ id: String, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .meetingOpened, post: form.post, fields: [JSONMember("meeting", .string(id))]
            + values.members(["title", "chair", "location"]) + [JSONMember("attendees", values["attendees"]?.json ?? .array([]))])
        return FormSubmission(intents: [intent], select: (.timpora, id), summary: "\(values["title"]?.string ?? "") (\(id))", form: form)
    }

    /// A new `agenda.item`.
    static func added(_ item: String, meeting: String, _ form: Form, values: [String: FormValue]) -> FormSubmission {
        let intent = OperatorIntent(type: .agendaItem, post: form.post, fields: [JSONMember("meeting", .string(meeting)), JSONMember("item", .string(item))]
            + values.members(["title", "owner", "state"]))
        return FormSubmission(intents: [intent], select: nil, summary: values["title"]?.string ?? item, form: form)
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
