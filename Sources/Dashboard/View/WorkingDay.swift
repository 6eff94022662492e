import BorderOps

/// Today in each post's zone, as a window of seconds since 1970: from its midnight to the next.
struct WorkingDay {
    private let windows: [Int32: Range<Int64>]
    private let offsetOfPost: [String: Int32]
    private let ownOffset: Int32
    /// Every zone's today together (the windows of WIB, WITA and WIT overlap but for an hour or two).
    let span: Range<Int64>

    init(_ context: ViewContext) {
        let now = context.input.now
        ownOffset = context.input.zone.offsetSeconds
        offsetOfPost = Dictionary(context.input.postDirectory.map { ($0.id, $0.zone.offsetSeconds) }, uniquingKeysWith: { first, _ in first })
        var windows: [Int32: Range<Int64>] = [:]
        for offset in Set(offsetOfPost.values).union([ownOffset]) {
            // Today's civil date in the zone, as the times on screen have it (`PostTime.local`).
            let midnight = PostTime.local(now, PostZone(offsetSeconds: offset)).0.daysSinceEpoch * 86_400 - Int64(offset)
            windows[offset] = midnight..<(midnight + 86_400)
        }
        self.windows = windows
        span = (windows.values.map(\.lowerBound).min() ?? 0)..<(windows.values.map(\.upperBound).max() ?? 0)
    }

    /// Whether `time` falls on today in `post`'s zone.
    func contains(_ time: Timestamp?, post: String) -> Bool {
        guard let time else { return false }
        return windows[offsetOfPost[post] ?? ownOffset]?.contains(time.epochSeconds) ?? false
    }
}
