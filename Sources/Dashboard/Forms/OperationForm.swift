import BorderOps
import ExactKeys
import JSON
import Words

/// The new-operation form (`N` in the operations pane): title, place, lead agency, agencies
/// (multi-pick from the known agencies, the lead among them), start (now by default, typed as
/// officers write it); `op.planned` once all are valid.
public enum OperationForm {
    public static func make(_ input: DashboardInput, model: DashboardModel) -> Form {
        let post = FormDefaults.post(.operations, model, input)
        let zone = FormContext.zone(of: post, input)
        let agencies = KnownAgencies.choices(input, post: post)
        let own = FormDefaults.operatorAgency(input, agencies)
        var places: [String] = []
        for op in input.state.operations.values.reversed() where !places.contains(op.location) { places.append(op.location) }
        return Form(.operation, title: .operationFormTitle, pane: .operations, post: post, fields: [
            FormField("title", .fieldTitle),
            FormField("location", .fieldPlace, suggestions: places),
            FormField("lead", .fieldLead, kind: .pick, choices: agencies, chosen: own.isEmpty ? [0] : own, takesNewCode: true),
            FormField("agencies", .fieldAgencies, kind: .multiPick, choices: agencies, chosen: own, takesNewCode: true),
            FormField("starts", .fieldStarts, kind: .time, text: FormDefaults.now(input, zone)),
        ])
    }

    /// `op.planned`: the id from the title and the start's day (`razia-pelabuhan-20261204`).
    static func submission(_ form: Form, values: [String: FormValue], context: FormContext) -> FormSubmission {
        var values = values
        let lead = values["lead"]?.string ?? ""
        // The lead agency takes part: it is among the agencies whether ticked or not.
        if case .picks(let codes)? = values["agencies"], !codes.contains(lead) { values["agencies"] = .picks([lead] + codes) }
        var day = ""
        if case .time(let starts)? = values["starts"] { day = PostTime.local(starts, context.zone).0.description.filter(\.isNumber) }
        let title = values["title"]?.string ?? ""
        let slug = FormDefaults.slug(title)
        let id = FormDefaults.unique("\(slug.isEmpty ? "op" : slug)-\(day)") { context.state.operations[$0] != nil }
        let intent = OperatorIntent(type: .opPlanned, post: form.post,
                                    fields: [JSONMember("op", .string(id))] + values.members(["title", "location", "lead", "agencies", "starts"]))
        return FormSubmission(intents: [intent], select: (.operations, id),
                              summary: "\(title) · \(values["location"]?.string ?? "") (\(id))", form: form)
    }
}
