import BorderOps
import ExactKeys
import Words

extension KeyContext {
    /// The context of `model` over the data of a frame: the permissions and what is open come
    /// from the frame (writer, demo, kept failure, the operation or voyage in detail, the alerts listed).
    public static func of(_ model: DashboardModel, input: DashboardInput) -> KeyContext {
        of(model, canWrite: input.writer != nil, demo: input.demo, retryKept: input.retryKept,
           operationOpen: OperatorKeys.openOperation(input, model) != nil,
           alertsListed: !input.alerts.isEmpty, voyageOpen: input.voyageTakesChecks(model),
           meetingOpen: input.meetingTakesMinutes(model), meetingFollowUp: input.openMeeting(model)?.closed ?? false, deskFocused: model.focus == .desk && !DeskPane.rows(ViewContext(input: input, model: model)).isEmpty,
           detailLinks: DetailKeys.hasLinks(model, input))
    }
}

extension DashboardModel {
    /// The keys `?` lists: those of the context it was pressed in, or the general ones.
    public func helpKeys(_ input: DashboardInput) -> KeyContext {
        if let helpContext { return helpContext }
        var underneath = self
        underneath.overlay = nil
        return KeyContext.of(underneath, input: input)
    }
}

extension OperatorKeys {
    /// The operation open in detail (the operations pane focused, Enter on it), and its
    /// checklist; nil anywhere else, so no caller acts on an operation selected behind what is open.
    public static func openOperation(_ input: DashboardInput, _ model: DashboardModel) -> (operation: JointOperation, checklist: Checklist?)? {
        guard model.focus == .operations, model.detail == .operations else { return nil }
        let ids = DashboardView.rowIDs(.operations, input: input, model: model)
        guard !ids.isEmpty, let op = input.state.operations[ids[model.selectedIndex(.operations, ids: ids)]] else { return nil }
        let checklist = input.state.checklists.values.first { $0.op.map { ExactKey.bytesEqual($0, op.id) } ?? false }
        return (op, checklist)
    }
}
