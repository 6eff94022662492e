import BorderOps

/// The posts pane (`p`): one row per post, from the posts file and from the events. Each post's
/// times are in its own zone; a post silent for longer than `--stale` is marked with a word,
/// not by colour alone. Space shows or hides a post, Enter shows only it, `*` shows all.
enum PostsView {
    static func title(_ context: ViewContext) -> String {
        let keys = context.language == .en ? "Space show/hide · Enter only this · * all · Esc" : "Spasi tampil/sembunyi · Enter hanya ini · * semua · Esc"
        return "\(context.t(.posts)) · \(keys)"
    }

    static func lines(_ context: ViewContext) -> [(String, Role)] {
        let input = context.input
        return DashboardView.posts(input).map { id in
            let info = input.postDirectory.first { $0.id == id }
            let zone = info?.zone ?? input.zone
            let activity = input.state.posts[id]
            let shown = context.visible(post: id)
            let (today, _) = PostTime.local(input.now, zone)
            var cells = [
                shown ? "[x]" : "[ ]",
                DisplayWidth.pad(id, 10),
                DisplayWidth.pad(info?.name ?? "?", 30),
                DisplayWidth.pad(zone.name, 4),
                DisplayWidth.pad("\(context.t(.today)) \(activity?.events(on: today) ?? 0)", 13),
            ]
            var role: Role = shown ? .text : .muted
            if let last = activity?.lastEvent {
                let minutes = (input.now.epochSeconds - last.epochSeconds) / 60
                cells.append(DisplayWidth.pad("\(context.t(.lastEvent)) \(time(last, zone: zone, context))", 40))
                cells.append(DisplayWidth.pad("\(context.t(.silent)) \(context.duration(from: last))", 18))
                if minutes >= input.staleMinutes {
                    cells.append("⚠ \(context.t(.stale))")
                    role = .warn
                }
            } else {
                cells.append(context.t(.neverHeard))
            }
            return (cells.joined(separator: " "), role)
        }
    }

    /// `17.02 WITA`, or `Rab 20/11 17.02 WITA` on another day: in the post's own zone.
    static func time(_ ts: Timestamp, zone: PostZone, _ context: ViewContext) -> String {
        let (day, _) = PostTime.local(ts, zone)
        let (today, _) = PostTime.local(context.input.now, zone)
        if day == today { return "\(PostTime.clock(ts, in: zone)) \(zone.name)" }
        let parts = PostTime.dateTime(ts, in: zone, language: context.language).split(separator: " ")
        return "\(parts[0]) \(parts[1].split(separator: "/").prefix(2).joined(separator: "/")) \(parts[2]) \(zone.name)"
    }
}
