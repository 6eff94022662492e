import ExactKeys

/// When a post was last heard from.
public struct PostActivity: Sendable, Equatable, Identified {
    public var post: String
    public var id: String { post }
    public var events = 0
    public var lastEvent: Timestamp?

    init(post: String) { self.post = post }

    /// Events per calendar day as the post wrote its times (days since 1970 in each event's
    /// own offset): "today" on the posts pane. The day being written is counted apart, so the
    /// fold's hot path does no hashing while events keep to one day.
    var earlierDays: [Int64: Int] = [:]
    var currentDay = Int64.min
    /// `currentDay` in seconds (a day no event falls in until the first one is counted).
    var currentDayStart = Int64.min
    var currentDayCount = 0

    public func events(on date: CivilDate) -> Int {
        let day = date.daysSinceEpoch
        return (earlierDays[day] ?? 0) + (day == currentDay ? currentDayCount : 0)
    }

    /// One more event stamped `ts`.
    mutating func record(_ ts: Timestamp) {
        events += 1
        if lastEvent.map({ $0 < ts }) ?? true { lastEvent = ts }
        // Seconds since 1970 in the event's own offset; within the day being written (nearly
        // always) one comparison counts it, without dividing.
        let local = ts.epochSeconds + Int64(ts.offsetSeconds)
        let offset = local &- currentDayStart
        if offset >= 0 && offset < 86_400 {
            currentDayCount += 1
        } else {
            countEvent(onDay: local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        }
    }

    private mutating func countEvent(onDay day: Int64) {
        if day != currentDay {
            if currentDayCount > 0 { earlierDays[currentDay, default: 0] += currentDayCount }
            currentDay = day
            currentDayStart = day * 86_400
            currentDayCount = 0
        }
        currentDayCount += 1
    }
}
