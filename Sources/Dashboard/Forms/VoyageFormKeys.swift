import BorderOps
import ExactKeys
import JSON
import Words

/// What `N` (a new voyage), `x` (close the open voyage) and the form's keys do. Pure: the model
/// changes, and at most one event to append, with the zone of its post for the event's time.
/// Nil: not one of these keys here.
public enum VoyageFormKeys {
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel,
                               input: DashboardInput) -> (OperatorKeys.Result, PostZone)? {
        let language = model.language
        switch (command, model.operatorMode) {
        case (.newItem, _):
            guard model.focus == .voyages else { return (.notice(Word.newItemNotHere.text(language)), input.zone) }
            model.operatorMode = .voyageForm(VoyageForm())
            model.detail = nil
            return (.handled, input.zone)
        case (.closeVoyage, _):
            guard let voyage = input.openVoyage(model), !voyage.closed else { return nil }
            model.operatorMode = .closeVoyage(voyage.id)
            return (.handled, input.zone)
        case (.confirmYes, .closeVoyage(let id)):
            model.operatorMode = .browsing
            let post = input.state.voyages[id]?.post ?? newVoyagePost(model, input)
            return (.append(OperatorIntent(type: .voyageClosed, post: post, fields: [JSONMember("voyage", .string(id))])), zone(post, input))
        case (.confirmNo, .closeVoyage):
            model.operatorMode = .browsing
            return (.handled, input.zone)
        case (_, .voyageForm(var form)):
            let post = newVoyagePost(model, input)
            let zone = zone(post, input)
            guard let (result, stays) = edit(command, key: key, form: &form, language: language, post: post, zone: zone, input: input) else { return nil }
            model.operatorMode = stays ? .voyageForm(form) : .browsing
            // The new voyage is selected once it is read back.
            if case .append(let intent) = result, case .string(let id)? = intent.fields.first?.value { model.selectedIDs[.voyages] = id }
            return (result, zone)
        default:
            return nil
        }
    }

    /// One key of the open form: what comes of it and whether the form stays open.
    static func edit(_ command: KeyCommand, key: Key, form: inout VoyageForm, language: Language, post: String, zone: PostZone,
                     input: DashboardInput) -> (OperatorKeys.Result, stays: Bool)? {
        let fields = VoyageForm.Field.allCases
        if form.confirmingDiscard {
            switch command {
            case .confirmYes: return (.handled, false)
            case .confirmNo: form.confirmingDiscard = false
            default: return nil
            }
            return (.handled, true)
        }
        switch command {
        case .nextField: form.field = fields[(form.field.rawValue + 1) % fields.count]
        case .previousField: form.field = fields[(form.field.rawValue + fields.count - 1) % fields.count]
        case .editText: _ = form.editors[form.field.rawValue].handle(key)
        case .cancel:
            // Nothing typed: nothing to lose, no question.
            if form.isBlank { return (.handled, false) }
            form.confirmingDiscard = true
        case .save:
            if let intent = form.intent(post: post, state: input.state, today: input.now, zone: zone) { return (.append(intent), false) }
            guard let (field, problem) = form.firstProblem(today: input.now, zone: zone) else { return (.handled, true) }
            form.field = field
            return (.notice("\(Word.formInvalid.text(language)): \(fieldWord(field).text(language)): \(Word.problem(problem).text(language))"), true)
        default: return nil
        }
        return (.handled, true)
    }

    /// The post a new voyage is written for: the selected voyage's, or the first post shown.
    static func newVoyagePost(_ model: DashboardModel, _ input: DashboardInput) -> String {
        let ids = DashboardView.rowIDs(.voyages, input: input, model: model)
        if !ids.isEmpty, let voyage = input.state.voyages[ids[model.selectedIndex(.voyages, ids: ids)]] { return voyage.post }
        return DashboardView.posts(input).first { !model.hiddenPosts.contains($0) } ?? "borderdesk"
    }

    static func zone(_ post: String, _ input: DashboardInput) -> PostZone {
        input.postDirectory.first { $0.id == post }?.zone ?? input.zone
    }

    public static func fieldWord(_ field: VoyageForm.Field) -> Word {
        switch field {
        case .vessel: return .fieldVessel
        case .from: return .fieldFrom
        case .to: return .fieldTo
        case .departs: return .fieldDeparts
        case .manifest: return .fieldManifest
        }
    }
}
