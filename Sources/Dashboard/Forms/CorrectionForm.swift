import BorderOps
import ExactKeys
import JSON
import Words

/// What every correction form shares (`e` on a recorded item): the item's own form, filled in
/// with what was recorded, a reason (required, as for a void), and one batch that voids the
/// recorded event and writes the corrected one, so the file never holds one without the other.
/// Also the one correction with a form of its own: a check moved to the voyage it belongs to.
public enum CorrectionForm {
    /// `form` as the correction of `event`: it voids it, says so under its title, asks why.
    /// `now`: the post's today (a date of another year is written with its year).
    static func correcting(_ form: Form, event: ShapingEvent, zone: PostZone, now: Timestamp, title: Word) -> Form {
        var form = form
        form.title = title
        form.corrects = event.id
        form.correcting = line(event, zone: zone, now: now)
        form.fields.append(reasonField())
        return form
    }

    static func reasonField() -> FormField { FormField("reason", .fieldCorrectionReason) }

    /// "kpi.reported b7 · imigrasi-03 · 20/11 08.00": the event, who recorded it and when (the
    /// post's zone; `20/11/2023` in another year than `now`'s), as the form names what it corrects.
    static func line(_ event: ShapingEvent, zone: PostZone, now: Timestamp) -> String {
        let (day, _) = PostTime.local(event.at, zone)
        let date = "\(day.day)/\(day.month)" + (day.year == PostTime.local(now, zone).0.year ? "" : "/\(day.year)")
        return "\(event.type) \(event.id) · \(event.by ?? "?") · \(date) \(PostTime.clock(event.at, in: zone))"
    }

    /// The `event.voided` of `target`, with the form's reason.
    static func void(_ target: String, post: String, values: [String: FormValue]) -> OperatorIntent {
        OperatorIntent(type: .eventVoided, post: post, fields: [
            JSONMember("target", .string(target)), JSONMember("reason", .string(values["reason"]?.string ?? "")),
        ])
    }

    /// `submission` with the void of `target` (written for the corrected item's `post`) first.
    static func voiding(_ target: String, _ submission: FormSubmission, post: String, values: [String: FormValue]) -> FormSubmission {
        var batch = submission
        batch.intents = [void(target, post: post, values: values)] + submission.intents
        return batch
    }

    /// `m` on a check of an open voyage: the voyages it may belong to (open ones first, the
    /// most recent first) and a reason; nil when there is no other voyage.
    static func checkMove(_ check: PassengerCheck, from voyage: Voyage, input: DashboardInput) -> Form? {
        let others = input.state.voyages.values.filter { $0.id != voyage.id }.sorted { a, b in
            a.closed != b.closed ? !a.closed : (a.departs?.epochSeconds ?? .min) > (b.departs?.epochSeconds ?? .min)
        }
        guard !others.isEmpty else { return nil }
        let choices = others.map { FormField.Choice(code: $0.id, word: Word(en: "\($0.vessel) · \($0.id)", id: "\($0.vessel) · \($0.id)")) }
        let zone = FormContext.zone(of: voyage.post, input)
        var form = Form(.checkMove(check), title: .checkMoveTitle, pane: .voyages, post: voyage.post, fields: [
            FormField("voyage", .fieldVoyage, kind: .pick, choices: choices, chosen: [0]), reasonField(),
        ])
        form.corrects = check.id
        form.correcting = line(ShapingEvent(id: check.id, type: EventType.passengerChecked.rawValue, at: check.at, by: check.by, count: 1), zone: zone, now: input.now)
            + " · \(check.passenger) · \(voyage.id)"
        return form
    }

    /// The same check (passenger, document, nationality, result, note) on the voyage picked, at its post.
    static func moved(_ check: PassengerCheck, _ form: Form, values: [String: FormValue], state: BorderState) -> FormSubmission {
        let voyage = values["voyage"]?.string ?? ""
        let post = state.voyages[voyage]?.post ?? form.post
        var fields = [JSONMember("voyage", .string(voyage)), JSONMember("passenger", .string(check.passenger)),
                      JSONMember("doc", .string(check.doc.rawValue))]
        if let nationality = check.nationality { fields.append(JSONMember("nationality", .string(nationality))) }
        fields.append(JSONMember("result", .string(check.result.rawValue)))
        if let note = check.note { fields.append(JSONMember("note", .string(note))) }
        return FormSubmission(intents: [OperatorIntent(type: .passengerChecked, post: post, fields: fields)],
                              select: (.voyages, voyage), summary: "\(check.passenger) → \(voyage)", form: form)
    }
}
