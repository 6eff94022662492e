import BorderOps
import ExactKeys
import JSON
import Words

/// What `x` (close the open voyage) and its question do. The question takes the hour the vessel
/// left, optional, typed as officers write it (`09.34`, `17/12 09.34`), as the voyage's
/// `departed`; y or Enter closes, any other key does not. Pure: the model changes, and at most
/// one `voyage.closed` to append, with the zone of its post for the event's time. Nil: not one
/// of these keys here.
public enum CloseVoyageKeys {
    public static func perform(_ command: KeyCommand, key: Key, model: inout DashboardModel,
                               input: DashboardInput) -> (OperatorKeys.Result, PostZone)? {
        switch (command, model.operatorMode) {
        case (.closeVoyage, _):
            guard let voyage = input.openVoyage(model), !voyage.closed else { return nil }
            model.operatorMode = .closeVoyage(voyage.id, departed: LineEditor())
            return (.handled, input.zone)
        case (.editText, .closeVoyage(let id, var departed)):
            _ = departed.handle(key)
            model.operatorMode = .closeVoyage(id, departed: departed)
            return (.handled, input.zone)
        case (.confirmYes, .closeVoyage(let id, let departed)):
            let post = input.state.voyages[id]?.post ?? FormDefaults.post(.voyages, model, input)
            let zone = FormContext.zone(of: post, input)
            var fields = [JSONMember("voyage", .string(id))]
            switch departedValue(departed, FormContext(input, post: post)) {
            case .failure(let problem):
                // Not closed: the hour is typed again.
                let language = model.language
                return (.notice("\(Word.fieldDeparted.text(language)): \(Word.problem(problem).text(language))"), zone)
            case .success(.time(let at)): fields.append(JSONMember("departed", .string(at.rfc3339())))
            case .success: break
            }
            model.operatorMode = .browsing
            return (.append(OperatorIntent(type: .voyageClosed, post: post, fields: fields)), zone)
        case (.confirmNo, .closeVoyage):
            model.operatorMode = .browsing
            return (.handled, input.zone)
        default:
            return nil
        }
    }

    /// The hour typed, read as a form's optional time field reads it (in the post's zone).
    public static func departedValue(_ editor: LineEditor, _ context: FormContext) -> Result<FormValue, OfficerInputProblem> {
        var field = FormField("departed", .fieldDeparted, kind: .time, optional: true)
        field.editor = editor
        return field.value(context)
    }
}
