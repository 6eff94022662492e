import BorderOps
import ExactKeys
import JSON
import Words

/// The new-voyage form (`N` in the port pane): vessel (vessels seen before offered), from, to,
/// departure and manifest typed as officers write them, and the checkpoint (optional: where the
/// passengers are checked, `TPI Pelabuhan Tunon Taka`); `voyage.opened` once all are valid.
public enum VoyageForm {
    public static func make(_ input: DashboardInput, model: DashboardModel) -> Form {
        var vessels: [String] = []
        var checkpoints: [String] = []
        for voyage in input.state.voyages.values.reversed() {
            if !vessels.contains(voyage.vessel) { vessels.append(voyage.vessel) }
            if let checkpoint = voyage.checkpoint, !checkpoints.contains(checkpoint) { checkpoints.append(checkpoint) }
        }
        return Form(.voyage, title: .voyageFormTitle, pane: .voyages, post: FormDefaults.post(.voyages, model, input), fields: [
            FormField("vessel", .fieldVessel, suggestions: vessels),
            FormField("from", .fieldFrom),
            FormField("to", .fieldTo),
            FormField("departs", .fieldDeparts, kind: .time),
            FormField("manifest", .fieldManifest, kind: .count),
            FormField("checkpoint", .fieldCheckpoint, optional: true, suggestions: checkpoints),
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
                                    fields: [JSONMember("voyage", .string(id))] + values.members(["vessel", "from", "to", "departs", "manifest", "checkpoint"]))
        let route = "\(values["from"]?.string ?? "") → \(values["to"]?.string ?? "")"
        return FormSubmission(intents: [intent], select: (.voyages, id), summary: "\(vessel) · \(route) (\(id))", form: form)
    }

}
