import BorderOps
import ExactKeys
import Words

/// The whole screen as a pure function of the data, the UI state, the size and the glyph set.
public enum DashboardView {
    public static func render(_ input: DashboardInput, model: DashboardModel, width: Int, height: Int, ascii: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height, ascii: ascii)
        let context = ViewContext(input: input, model: model)
        let layout = Self.layout(input, model: model, width: width, height: height)
        guard layout.kind != .tooSmall else {
            drawTooSmall(into: &grid, context: context)
            return grid
        }
        drawHeader(into: &grid, rect: layout.header, context: context)
        // A detail view covers every row between the header and the hints: what it hides is not
        // drawn (↓ through a long detail view draws a frame per key).
        if case .describe = model.overlay, DetailView.coversScreen(width: width, height: height) {} else {
            drawPanes(layout, into: &grid, context: context)
        }
        drawHints(into: &grid, rect: layout.hints, context: context)
        if let overlay = model.overlay { Overlays.draw(overlay, into: &grid, context: context) }
        if case .voiding(let form) = model.operatorMode { VoidFormView.draw(form, into: &grid, context: context) }
        if let progress = input.progress { drawProgress(progress, into: &grid, context: context) }
        return grid
    }

    /// The alert strip, the tabs, the panes and the status line.
    private static func drawPanes(_ layout: Layout, into grid: inout Grid, context: ViewContext) {
        let model = context.model
        if let strip = layout.alerts { AlertStrip.draw(into: &grid, rect: strip, context: context) }
        if let tabs = layout.tabs { drawTabs(into: &grid, rect: tabs, context: context) }
        for pane in layout.panes {
            if case .form(let form) = model.operatorMode, form.pane == pane.pane {
                PaneFrame.draw(pane.pane, into: &grid, rect: pane.rect, context: context)
                FormView.draw(form, into: &grid, rect: pane.rect.inner, context: context)
                continue
            }
            switch pane.pane {
            case .voyages: VoyagesPane.draw(into: &grid, rect: pane.rect, context: context)
            case .operations: OperationsPane.draw(into: &grid, rect: pane.rect, context: context)
            case .timpora: TimporaPane.draw(into: &grid, rect: pane.rect, context: context)
            case .desk: DeskPane.draw(into: &grid, rect: pane.rect, context: context)
            }
        }
        StatusLine.draw(into: &grid, rect: layout.status, context: context)
    }

    /// Where everything goes for this frame (the app maps mouse clicks with it).
    public static func layout(_ input: DashboardInput, model: DashboardModel, width: Int, height: Int) -> Layout {
        // A form has its pane to itself: at 80×24 a quarter of the screen is too small to type in.
        var focus = model.focus, zoomed = model.detail != nil
        if case .form(let form) = model.operatorMode { (focus, zoomed) = (form.pane, true) }
        return Layout.make(width: width, height: height, focus: focus, zoomed: zoomed, alerts: AlertStrip.wanted(input.alerts))
    }

    /// The ids of a pane's selectable rows in display order (the model keeps its selection by these).
    public static func rowIDs(_ pane: PaneID, input: DashboardInput, model: DashboardModel) -> [String] {
        let context = ViewContext(input: input, model: model)
        switch pane {
        case .voyages: return VoyagesPane.rows(context).map(\.id)
        case .operations: return OperationsPane.rows(context).map(\.id)
        case .timpora: return TimporaPane.rows(context).map(\.id)
        case .desk:
            let rows = DeskPane.shown(context).rowIDs
            return rows.isEmpty ? ["desk"] : rows
        }
    }

    /// How many lines an overlay lists (the model clamps its selection with this).
    /// A detail view counts the positions its top line can take at `size`.
    public static func overlayRows(_ overlay: Overlay?, input: DashboardInput, model: DashboardModel = DashboardModel(),
                                   size: (width: Int, height: Int) = (120, 35)) -> Int {
        switch overlay {
        case .describe(let target)?:
            return DetailView.scrollPositions(target, context: ViewContext(input: input, model: model), width: size.width, height: size.height)
        case .help: return HelpLines.lines(model.helpKeys(input), language: model.language, width: HelpLines.width(screenWidth: size.width)).count
        case .badLines: return max(1, input.fold.problems.count)
        case .posts: return posts(input).count
        case .alerts: return max(1, input.alerts.count)
        case .search: return GlobalSearch.hits(input, model: model).count
        case nil: return 0
        }
    }

    /// The posts: those of the posts file in its order, then any other post heard from.
    public static func posts(_ input: DashboardInput) -> [String] {
        let listed = input.postDirectory.map(\.id)
        let heard = input.state.posts.values.map(\.post).filter { !listed.contains($0) }.sorted { ExactKey($0) < ExactKey($1) }
        return listed + heard
    }

    /// Title, posts, the EXERCISE banner and the post clock; on a narrow screen the clock is
    /// short and the posts give way first.
    static func drawHeader(into grid: inout Grid, rect: Rect, context: ViewContext) {
        grid.fill(rect, role: .accent)
        let now = context.input.now
        let clock = rect.width >= 80
            ? "\(PostTime.dateTime(now, in: context.input.zone, language: context.language)) "
            : "\(PostTime.clock(now, in: context.input.zone)) \(context.input.zone.name) "
        let clockX = max(0, rect.maxX - DisplayWidth.of(clock))
        var x = rect.x + grid.text(" \(context.t(.appTitle))", x: rect.x, y: rect.y, maxWidth: clockX - 1, role: .accent, style: .bold)
        var banner = ""
        if context.input.state.exerciseEvents > 0 {
            banner = rect.width >= 60 ? " ▲ \(context.t(.exerciseBanner)) ▲ " : " LATIHAN "
        }
        // The posts feeding in (heard from), not every post the posts file lists.
        let posts = DashboardView.posts(context.input).filter { context.visible(post: $0) && context.input.state.posts[$0] != nil }
        let room = clockX - x - DisplayWidth.of(banner) - 2
        if !posts.isEmpty && room > 8 {
            x += grid.text(postsFitting(posts, room: room), x: x, y: rect.y, maxWidth: room, role: .accent)
        }
        if !banner.isEmpty {
            let width = DisplayWidth.of(banner)
            let bx = max(x + 1, min((rect.width - width) / 2, clockX - width - 1))
            grid.text(banner, x: bx, y: rect.y, maxWidth: clockX - bx, role: .banner, style: [.bold, .reverse])
        }
        grid.text(clock, x: clockX, y: rect.y, role: .accent, style: .bold)
    }

    /// Every pane's number and title; where they do not all fit, the other panes by their
    /// number alone (a title is never cut in the middle of a word).
    /// ` · nunukan, tarakan +3`: the posts that fit whole in `room` columns, then how many more.
    /// Each post's width is measured once and summed: joining and measuring every prefix was
    /// two million instructions a frame for headquarters' fifty posts (callgrind), more than
    /// the rest of the header and the panes together. The text chosen is measured whole, in
    /// case a name's first character joins the separator before it.
    static func postsFitting(_ posts: [String], room: Int) -> String {
        let widths = posts.map { DisplayWidth.of($0) }
        var prefix = [0]
        prefix.reserveCapacity(posts.count + 1)
        for width in widths { prefix.append(prefix[prefix.count - 1] + width) }
        for shown in stride(from: posts.count, through: 1, by: -1) {
            let more = posts.count - shown
            let tail = more > 0 ? " +\(more)" : ""
            // " · " and ", " are one column a character.
            guard 3 + prefix[shown] + 2 * (shown - 1) + tail.utf8.count <= room else { continue }
            let text = " · " + posts.prefix(shown).joined(separator: ", ") + tail
            if DisplayWidth.of(text) <= room { return text }
        }
        return ""
    }

    static func drawTabs(into grid: inout Grid, rect: Rect, context: ViewContext) {
        var x = rect.x
        func label(_ pane: PaneID, titled: Bool) -> String {
            let name = titled ? PaneFrame.name(pane, context: context) : "\(pane.rawValue + 1)"
            return pane == context.model.focus ? "[\(name)]" : " \(name) "
        }
        let titled = PaneID.allCases.reduce(0) { $0 + DisplayWidth.of(label($1, titled: true)) + 1 } - 1 <= rect.width
        for pane in PaneID.allCases {
            let focused = pane == context.model.focus
            let label = label(pane, titled: titled || focused)
            let used = grid.text(label, x: x, y: rect.y, maxWidth: rect.maxX - x, role: focused ? .focus : .muted, style: focused ? [.bold, .reverse] : .plain)
            grid.clickable(.pane(pane), x: x, y: rect.y, width: used)
            x += used + 1
        }
    }

    static func drawHints(into grid: inout Grid, rect: Rect, context: ViewContext) {
        if context.input.state.isPreview {
            // Drawn from the checkpoint's preview while the rest is read: said where the keys are.
            grid.fill(rect, role: .warn)
            grid.text(" … \(context.t(.previewShown))", x: rect.x, y: rect.y, maxWidth: rect.width, role: .warn, style: .bold)
            return
        }
        if let caption = context.input.caption, context.input.notice == nil {
            // Too long for one line: two, over the status line (a demo is watched, not run).
            let two = DisplayWidth.of(" \(caption)") > rect.width && rect.y > 1
            let area = two ? Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 2) : rect
            grid.fill(area, role: .banner, style: [.bold, .reverse])
            let lines = two ? WrappedText.lines(caption, width: rect.width - 2) : [caption]
            let shown = lines.count > 2 ? [lines[0], lines[1...].joined(separator: " ")] : lines
            for (i, line) in shown.enumerated() {
                grid.text(" \(line)", x: rect.x, y: area.y + i, maxWidth: rect.width, role: .banner, style: [.bold, .reverse])
            }
            return
        }
        if let notice = context.input.notice {
            grid.fill(rect, role: .warn)
            grid.text(" ! \(notice)", x: rect.x, y: rect.y, maxWidth: rect.width, role: .warn, style: .bold)
            return
        }
        let hints = KeyContext.of(context.model, input: context.input).hints(context.language, width: rect.width)
        grid.text(hints, x: rect.x, y: rect.y, maxWidth: rect.width, role: .muted)
    }

    static func drawTooSmall(into grid: inout Grid, context: ViewContext) {
        let need = Layout.minimum
        let lines = [
            context.t(.tooSmall),
            "\(context.t(.have)) \(grid.width)×\(grid.height)",
            "\(context.t(.need)) \(need.width)×\(need.height)",
        ]
        let top = max(0, grid.height / 2 - 1)
        for (i, line) in lines.enumerated() where top + i < grid.height {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.text(line, x: x, y: top + i, role: i == 0 ? .warn : .text, style: i == 0 ? .bold : .plain)
        }
    }

    static func drawProgress(_ progress: (done: Int64, total: Int64), into grid: inout Grid, context: ViewContext) {
        let width = min(50, grid.width - 4)
        guard width > 10, grid.height > 4 else { return }
        let rect = Rect(x: (grid.width - width) / 2, y: grid.height / 2 - 2, width: width, height: 4)
        grid.fill(rect)
        grid.box(rect, title: context.t(.catchingUp))
        let mb = "\(context.count(progress.done / 1_000_000)) MB"
        guard progress.total >= progress.done, progress.total > 0 else {
            // Standard input, or files that grew: the total is not known.
            grid.text(mb, x: rect.x + 2, y: rect.y + 1, maxWidth: width - 4, role: .muted)
            return
        }
        let percent = min(100, Int(progress.done * 100 / progress.total))
        let bar = progressBar(progress.done, of: progress.total, width: width - 10)
        grid.text("\(bar) \(percent)%", x: rect.x + 2, y: rect.y + 1, maxWidth: width - 4, role: .ok)
        grid.text("\(mb) / \(context.count(progress.total / 1_000_000)) MB", x: rect.x + 2, y: rect.y + 2, maxWidth: width - 4, role: .muted)
    }
}
