import BorderOps
import Words

/// What `d` (describe the selected item), Enter on a seizure and `y` (copy its id) do: the
/// focused pane's selected row, the selected alert or bad line, the selected link of a detail
/// view (a seizure in the desk's), or the item a detail view shows. Pure: the model changes,
/// and copying is an effect (`Effect.copy`, OSC 52) with the id also on the bottom line, for a
/// terminal that does not take OSC 52. Nil: not one of these commands.
enum DetailKeys {
    static func perform(_ command: KeyCommand, model: inout DashboardModel, input: DashboardInput,
                        size: (width: Int, height: Int)) -> (effects: [Effect], notice: String?)? {
        switch command {
        case .describe:
            // A search with no hit has nothing to open, and nothing to say about it.
            guard let target = selected(model, input) else { return ([], model.overlay == .search ? nil : Word.nothingToCopy.text(model.language)) }
            return (open(target, &model), nil)
        case .open where model.overlay == nil && model.focus == .desk:
            // Enter on a seizure row opens the seizure; on a figure, as before.
            guard let row = selectedRow(model, input), case .seizure = row else { return nil }
            return (open(row, &model), nil)
        case .openLink:
            guard case .describe(let target)? = model.overlay else { return nil }
            let links = DetailView.document(target, context: ViewContext(input: input, model: model)).links
            guard !links.isEmpty else { return ([], nil) }
            return (open(links[min(model.detailLink, links.count - 1)], &model), nil)
        case .overlayUp, .overlayDown, .overlayPageUp, .overlayPageDown, .overlayTop, .overlayBottom:
            guard case .describe(let target)? = model.overlay, let move = command.listMove else { return nil }
            return DetailLinkMoves.move(move, target, model: &model, input: input, size: size) ? ([], nil) : nil
        case .copyID:
            guard let id = copyableID(model, input) else { return ([], Word.nothingToCopy.text(model.language)) }
            return ([.copy(id)], "\(Word.copiedID.text(model.language)): \(id)")
        default:
            return nil
        }
    }

    /// Opens `target`'s detail over the screen; closing it goes back to the list or detail
    /// view it was opened from (`DetailReturn`).
    static func open(_ target: DetailTarget, _ model: inout DashboardModel) -> [Effect] {
        model.pushReturn()
        model.overlay = .describe(target)
        model.overlaySelection = 0
        model.detailLink = 0
        if case .badLine(let origin) = target { return [.readLine(origin)] }
        if case .voyage(let id) = target { return [.readChecks(voyage: id)] }
        return []
    }

    /// Whether the detail view open lists items Enter opens (only the desk's does: the others'
    /// documents, a voyage's thousand checks, are not built for every key).
    static func hasLinks(_ model: DashboardModel, _ input: DashboardInput) -> Bool {
        guard case .describe(.desk)? = model.overlay else { return false }
        return !DetailView.document(.desk, context: ViewContext(input: input, model: model)).links.isEmpty
    }

    /// What `d` describes here: the selected alert or bad line in their lists, the hit in the
    /// search, else the focused pane's selected row.
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
            return selectedRow(model, input)
        }
    }

    /// The focused pane's selected row: a seizure on the desk is itself, a figure the desk.
    static func selectedRow(_ model: DashboardModel, _ input: DashboardInput) -> DetailTarget? {
        let ids = DashboardView.rowIDs(model.focus, input: input, model: model)
        if model.focus == .desk {
            guard !ids.isEmpty, case .seizure(let caseID)? = DeskRow(ids[model.selectedIndex(.desk, ids: ids)]) else { return .desk }
            return .seizure(caseID)
        }
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
        case .voyage(let id)?, .operation(let id)?, .meeting(let id)?, .alert(let id)?, .seizure(let id)?: return id
        case .badLine(let origin)?: return "\(origin.source):\(origin.line)"
        case .desk?, nil: return nil
        }
    }
}
