import BorderOps

/// The bottom status line: each source and its state, the last event's time, malformed and
/// duplicate counts, and the post clock in its zone.
enum StatusLine {
    static func draw(into grid: inout Grid, rect: Rect, context: ViewContext) {
        grid.fill(rect, role: .muted, style: [.reverse])
        let counts = context.input.fold.counts
        var parts: [(String, Role)] = []
        for source in context.input.sources {
            let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
            let (word, role): (String, Role)
            switch source.state {
            case .following: (word, role) = (context.t(.following), .muted)
            case .rotated: (word, role) = (context.t(.rotated), .warn)
            case .truncated: (word, role) = (context.t(.truncated), .warn)
            case .deleted: (word, role) = (context.t(.deleted), .warn)
            case .missing: (word, role) = (context.t(.missing), .warn)
            case .ended: (word, role) = (context.t(.ended), .muted)
            case .error(let message): (word, role) = ("\(context.t(.error)): \(message)", .critical)
            }
            parts.append(("● \(name) \(word)", role))
        }
        if let writer = context.input.writer {
            let name = writer.file.split(separator: "/").last.map(String.init) ?? writer.file
            parts.append(("✎ \(name) (\(writer.operatorID))", .muted))
        } else {
            parts.append((context.t(.readOnlyBanner), .warn))
        }
        if let last = context.input.state.lastEventTime {
            parts.append(("\(context.t(.lastEvent)) \(context.time(last))", .muted))
        }
        let bad = counts.malformed > 0
        parts.append(("\(context.t(.malformed)) \(counts.malformed)" + (bad ? " (b)" : ""), bad ? .warn : .muted))
        parts.append(("\(context.t(.duplicates)) \(counts.duplicates)", counts.duplicates > 0 ? .warn : .muted))
        let clock = " \(PostTime.clock(context.input.now, in: context.input.zone)) \(context.input.zone.name) "
        let clockWidth = DisplayWidth.of(clock)
        var x = rect.x + 1
        let limit = rect.maxX - clockWidth - 1
        for (i, part) in parts.enumerated() where x < limit {
            if i > 0 { x += grid.text(" · ", x: x, y: rect.y, maxWidth: limit - x, role: .muted, style: [.reverse]) }
            x += grid.text(part.0, x: x, y: rect.y, maxWidth: limit - x, role: part.1, style: [.reverse])
        }
        grid.text(clock, x: rect.maxX - clockWidth, y: rect.y, role: .accent, style: [.bold, .reverse])
    }
}
