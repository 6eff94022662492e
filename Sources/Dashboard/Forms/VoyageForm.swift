import BorderOps
import ExactKeys
import JSON
import Words

/// The new-voyage form (`N` in the port pane): vessel (vessels seen before offered), from, to,
/// departure and manifest typed as officers write them; `voyage.opened` once all are valid.
public enum VoyageForm {
    public static func make(_ input: DashboardInput, model: DashboardModel) -> Form {
        var vessels: [String] = []
        for voyage in input.state.voyages.values.reversed() where !vessels.contains(voyage.vessel) { vessels.append(voyage.vessel) }
        return Form(.voyage, title: .voyageFormTitle, pane: .voyages, post: FormDefaults.post(.voyages, model, input), fields: [
            FormField("vessel", .fieldVessel, suggestions: vessels),
            FormField("from", .fieldFrom),
            FormField("to", .fieldTo),
            FormField("departs", .fieldDeparts, kind: .time),
            FormField("manifest", .fieldManifest, kind: .count),
        ])
    }

    /// `voyage.opened`: the id from the vessel and the departure's day (`km-thalia-20261203`),
    /// with `-2`, `-3`… when the state knows it already.
    static func submission(_ form: Form, values: [String: FormValue], context: FormContext) -> FormSubmission {
        let vessel = values["vessel"]?.string ?? ""
        var day = ""
        if case .time(let departs)? = values["departs"] { day = PostTime.local(departs, context.zone).0.description.filter(\.isNumber) }
        let slug = FormDefaults.slug(vessel, limit: 64)
        let id = FormDefaults.unique("\(slug.isEmpty ? "voyage" : slug)-\(day)") { context.state.voyages[$0] != nil }
        let intent = OperatorIntent(type: .voyageOpened, post: form.post,
                                    fields: [JSONMember("voyage", .string(id))] + values.members(["vessel", "from", "to", "departs", "manifest"]))
        let route = "\(values["from"]?.string ?? "") → \(values["to"]?.string ?? "")"
        return FormSubmission(intents: [intent], select: (.voyages, id), summary: "\(vessel) · \(route) (\(id))", form: form)
    }

}
