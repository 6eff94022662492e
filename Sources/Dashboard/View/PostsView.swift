import BorderOps
import ExactKeys
import Words

/// The posts pane (`p`): one row per post, from the posts file and from the events. Each post's
/// times are in its own zone; a post silent for longer than `--stale` is marked with a word,
/// not by colour alone. Space shows or hides a post, Enter shows only it, `*` shows all.
enum PostsView {
    static func title(_ context: ViewContext) -> String {
        // The chooser's own keys from the key table, then the way out.
        "\(context.t(.posts)) ·\(KeyContext(scopes: [.posts], canWrite: true).hints(context.language)) · Esc"
    }

    static func lines(_ context: ViewContext) -> [(String, Role)] {
        let input = context.input
        return DashboardView.posts(input).map { id in
            let info = input.postDirectory.first { $0.id == id }
            let zone = context.zone(of: id)
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
                cells.append(DisplayWidth.pad("\(context.t(.lastEvent)) \(context.time(last, in: zone)) \(zone.name)", 40))
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
}
