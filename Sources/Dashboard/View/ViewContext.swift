import BorderOps
import Words

/// What every pane view reads: the data, the UI state, and helpers for words and times.
public struct ViewContext: Sendable {
    public var input: DashboardInput
    public var model: DashboardModel

    public var language: Language { model.language }
    public func t(_ key: Word) -> String { key.text(language) }

    public func visible(post: String) -> Bool { model.hiddenPosts.isEmpty || !model.hiddenPosts.contains(post) }

    /// Whether `pane` lists only the working rows (`WorkingRows`): unless every row is asked for,
    /// or a filter is set (`/` looks in every row).
    func showsWorkingRows(_ pane: PaneID) -> Bool { model.rowScope == .working && model.filter(pane).isEmpty }

    /// Whether any of `texts` holds `query`, case-insensitively: what `/` and `s` match by.
    public static func holds(_ query: String, _ texts: [String]) -> Bool { SearchText.holds(query, texts) }

    /// A post's own zone (the posts file), or the dashboard's for a post it does not list.
    public func zone(of post: String?) -> PostZone {
        post.flatMap { id in input.postDirectory.first { $0.id == id }?.zone } ?? input.zone
    }

    /// `17.00`, or `Rab 20/11 17.00` when not today, or `Rab 20/11/2023 17.00` when not this
    /// year, in `zone` (default: the dashboard's). The status line names the zone once.
    public func time(_ ts: Timestamp, in zone: PostZone? = nil) -> String {
        let zone = zone ?? input.zone
        let (day, _) = PostTime.local(ts, zone)
        let (today, _) = PostTime.local(input.now, zone)
        if day == today { return PostTime.clock(ts, in: zone) }
        return "\(PostTime.date(day, language: language, currentYear: today.year)) \(PostTime.clock(ts, in: zone))"
    }

    /// The year of today in `zone`: a date in it is shown without its year (`Rab 20/11`), one of
    /// another year with it (`Rab 20/11/2023`). The header's date is the year's one mention.
    public func currentYear(in zone: PostZone? = nil) -> Int { PostTime.local(input.now, zone ?? input.zone).0.year }

    /// `Rab 20/11`, or `Rab 20/11/2023` when not this year in `zone`.
    public func date(_ day: CivilDate, in zone: PostZone? = nil) -> String {
        PostTime.date(day, language: language, currentYear: currentYear(in: zone))
    }

    /// `20/11`, or `20/11/2023` when not this year in `zone` (a column with no day name).
    public func dayMonth(_ day: CivilDate, in zone: PostZone? = nil) -> String {
        "\(day.day)/\(day.month)" + (day.year == currentYear(in: zone) ? "" : "/\(day.year)")
    }

    /// `Rab 20/11 17.00 WITA`, or `Rab 20/11/2023 17.00 WITA` when not this year, in `zone`.
    public func dateTime(_ ts: Timestamp, in zone: PostZone? = nil) -> String {
        let zone = zone ?? input.zone
        return PostTime.dateTime(ts, in: zone, language: language, currentYear: currentYear(in: zone))
    }

    /// An alert's sentence, its dates without the year when in this year (the post's).
    public func text(_ alert: Alert) -> String { t(alert.text(currentYear: currentYear(in: alert.zone))) }

    /// Since `start` until now: `3h 05m` / `3 j 05 mnt`, `2d 4h` / `2 hr 4 j`.
    public func duration(from start: Timestamp) -> String { duration(from: start, to: input.now) }

    /// From `start` to `end` in the same words.
    public func duration(from start: Timestamp, to end: Timestamp) -> String {
        let seconds = max(0, end.epochSeconds - start.epochSeconds)
        let minutes = Int(seconds / 60)
        let (d, h, m) = (minutes / 1440, minutes / 60 % 24, minutes % 60)
        if d > 0 { return "\(count(d))\(t(.dayUnit)) \(h)\(t(.hourUnit))" }
        return "\(h)\(t(.hourUnit)) \(m < 10 ? "0" : "")\(m)\(t(.minuteUnit))"
    }

    /// A count as officers write it, thousands grouped by dots in both languages (`12.345`),
    /// as the reports and the rupiah amounts do.
    public func count(_ n: some BinaryInteger) -> String { language.grouped(n) }
}
