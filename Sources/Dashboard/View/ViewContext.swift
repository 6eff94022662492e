import BorderOps

/// What every pane view reads: the data, the UI state, and helpers for words and times.
public struct ViewContext: Sendable {
    public var input: DashboardInput
    public var model: DashboardModel

    public var language: Language { model.language }
    public func t(_ key: UIText) -> String { key.text(language) }

    public func visible(post: String) -> Bool { !model.hiddenPosts.contains(post) }

    /// Whether a row's texts match the pane's filter (case-insensitive substring).
    public func matches(_ pane: PaneID, _ texts: [String]) -> Bool {
        let filter = model.filter(pane).lowercased()
        guard !filter.isEmpty else { return true }
        return texts.contains { $0.lowercased().contains(filter) }
    }

    /// `17.00`, or `Rab 20/11 17.00` when not today in the post's zone.
    public func time(_ ts: Timestamp) -> String {
        let (day, _) = PostTime.local(ts, input.zone)
        let (today, _) = PostTime.local(input.now, input.zone)
        if day == today { return PostTime.clock(ts, in: input.zone) }
        let full = PostTime.dateTime(ts, in: input.zone, language: language)
        // Drop the year and the zone: the status line names the zone once.
        let parts = full.split(separator: " ")
        let date = parts[1].split(separator: "/").prefix(2).joined(separator: "/")
        return "\(parts[0]) \(date) \(parts[2])"
    }

    /// `3h 05m` / `3 j 05 m`, `2d 4h` / `2 hr 4 j`.
    public func duration(from start: Timestamp) -> String {
        let seconds = max(0, input.now.epochSeconds - start.epochSeconds)
        let minutes = Int(seconds / 60)
        let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60)
        let units = language == .en ? ("d", "h", "m") : (" hr", " j", " mnt")
        if d > 0 { return "\(d)\(units.0) \(h)\(units.1)" }
        return "\(h)\(units.1) \(m < 10 ? "0" : "")\(m)\(units.2)"
    }
}
