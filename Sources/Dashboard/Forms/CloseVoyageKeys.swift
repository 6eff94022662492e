import BorderOps
import ExactKeys
import JSON
import Words

/// What `x` (close the open voyage) and its question do. Pure: the model changes, and at most
/// one `voyage.closed` to append, with the zone of its post for the event's time. Nil: not
/// one of these keys here.
public enum CloseVoyageKeys {
    public static func perform(_ command: KeyCommand, model: inout DashboardModel,
                               input: DashboardInput) -> (OperatorKeys.Result, PostZone)? {
        switch (command, model.operatorMode) {
        case (.closeVoyage, _):
            guard let voyage = input.openVoyage(model), !voyage.closed else { return nil }
            model.operatorMode = .closeVoyage(voyage.id)
            return (.handled, input.zone)
        case (.confirmYes, .closeVoyage(let id)):
            model.operatorMode = .browsing
            let post = input.state.voyages[id]?.post ?? FormDefaults.post(.voyages, model, input)
            return (.append(OperatorIntent(type: .voyageClosed, post: post, fields: [JSONMember("voyage", .string(id))])),
                    FormContext.zone(of: post, input))
        case (.confirmNo, .closeVoyage):
            model.operatorMode = .browsing
            return (.handled, input.zone)
        default:
            return nil
        }
    }
}
