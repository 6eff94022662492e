import BorderOps
import ExactKeys

extension DashboardInput {
    /// The voyage open in detail in the voyages pane (Enter on it), if any.
    public func openVoyage(_ model: DashboardModel) -> Voyage? {
        guard model.focus == .voyages, model.detail == .voyages else { return nil }
        let ids = DashboardView.rowIDs(.voyages, input: self, model: model)
        guard !ids.isEmpty else { return nil }
        return state.voyages[ids[model.selectedIndex(.voyages, ids: ids)]]
    }

    /// A voyage open in detail that takes checks: `g` works on one not closed; gate mode stays
    /// on its voyage even when another terminal closes it (a scanner's next keys must not become
    /// the dashboard's commands; Enter then says the voyage is closed).
    public func voyageTakesChecks(_ model: DashboardModel) -> Bool {
        guard let voyage = openVoyage(model) else { return false }
        if case .gate(let entry) = model.operatorMode { return entry.voyage == voyage.id }
        return !voyage.closed
    }
}
