import BorderOps
import Words

/// What `d` (describe the selected item) and `y` (copy its id) do: the focused pane's selected
/// row, the selected alert or bad line, or the item a detail view shows. Pure: the model
/// changes, and copying is an effect (`Effect.copy`, OSC 52) with the id also on the bottom
/// line, for a terminal that does not take OSC 52. Nil: not one of these commands.
enum DetailKeys {
    static func perform(_ command: KeyCommand, model: inout DashboardModel, input: DashboardInput) -> (effects: [Effect], notice: String?)? {
        switch command {
        case .describe:
            // A search with no hit has nothing to open, and nothing to say about it.
            guard let target = selected(model, input) else { return ([], model.overlay == .search ? nil : Word.nothingToCopy.text(model.language)) }
            if let overlay = model.overlay {
                (model.detailReturn, model.detailReturnSelection) = (overlay, model.overlaySelection)
            } else {
                model.detailReturn = nil
            }
            model.overlay = .describe(target)
            model.overlaySelection = 0
            if case .badLine(let origin) = target { return ([.readLine(origin)], nil) }
            if case .voyage(let id) = target { return ([.readChecks(voyage: id)], nil) }
            return ([], nil)
        case .copyID:
            guard let id = copyableID(model, input) else { return ([], Word.nothingToCopy.text(model.language)) }
            return ([.copy(id)], "\(Word.copiedID.text(model.language)): \(id)")
        default:
            return nil
        }
    }

    /// What `d` describes here: the selected alert or bad line in their lists, else the
    /// focused pane's selected row.
    static func selected(_ model: DashboardModel, _ input: DashboardInput) -> DetailTarget? {
        switch model.overlay {
        case .alerts?:
            guard !input.alerts.isEmpty else { return nil }
            return .alert(AlertsList.ordered(input.alerts)[min(model.overlaySelection, input.alerts.count - 1)].id)
        case .badLines?:
            let problems = input.fold.problems
            guard !problems.isEmpty else { return nil }
            // The list shows the newest first.
            return .badLine(problems[problems.count - 1 - min(model.overlaySelection, problems.count - 1)].origin)
        case .describe(let target)?:
            return target
        case .search?:
            let hits = GlobalSearch.hits(input, model: model)
            return hits.isEmpty ? nil : hits[min(model.overlaySelection, hits.count - 1)].target
        default:
            break
        }
        if model.focus == .desk { return .desk }
        let ids = DashboardView.rowIDs(model.focus, input: input, model: model)
        guard !ids.isEmpty else { return nil }
        let id = ids[model.selectedIndex(model.focus, ids: ids)]
        switch model.focus {
        case .voyages: return .voyage(id)
        case .operations: return .operation(id)
        case .timpora: return .meeting(id)
        case .desk: return .desk
        }
    }

    /// The id `y` copies: the described item's, or the selected row's (the desk has none).
    static func copyableID(_ model: DashboardModel, _ input: DashboardInput) -> String? {
        switch selected(model, input) {
        case .voyage(let id)?, .operation(let id)?, .meeting(let id)?, .alert(let id)?: return id
        case .badLine(let origin)?: return "\(origin.source):\(origin.line)"
        case .desk?, nil: return nil
        }
    }
}
