/// Times as officers write them: `Rab 20/11/2024 13.00 WITA` (day name, D/M/YYYY, a dot between
/// hours and minutes, the Indonesian zone name). Indonesia has no daylight saving, so a zone is
/// a fixed offset.
public struct PostZone: Sendable, Equatable {
    public var offsetSeconds: Int32
    public init(offsetSeconds: Int32) { self.offsetSeconds = offsetSeconds }

    public static let wib = PostZone(offsetSeconds: 7 * 3600)
    public static let wita = PostZone(offsetSeconds: 8 * 3600)
    public static let wit = PostZone(offsetSeconds: 9 * 3600)

    public var name: String {
        switch offsetSeconds {
        case 7 * 3600: return "WIB"
        case 8 * 3600: return "WITA"
        case 9 * 3600: return "WIT"
        default:
            let sign = offsetSeconds < 0 ? "-" : "+"
            let a = Int(abs(offsetSeconds))
            return "UTC\(sign)\(pad(a / 3600)):\(pad(a / 60 % 60))"
        }
    }
}

/// Times at a post: the clock and the local day. Dates in words (day and month names) are in
/// the `Words` target.
public enum PostTime {
    /// `13.00` on the day of `reference`, `26/11 13.00` on another day: short, never ambiguous.
    public static func clock(_ ts: Timestamp, relativeTo reference: Timestamp, in zone: PostZone = .wita) -> String {
        let (day, _) = local(ts, zone)
        let (today, _) = local(reference, zone)
        return day == today ? clock(ts, in: zone) : "\(day.day)/\(day.month) \(clock(ts, in: zone))"
    }

    /// `13.00`.
    public static func clock(_ ts: Timestamp, in zone: PostZone = .wita) -> String {
        let (_, minuteOfDay) = local(ts, zone)
        return "\(pad(minuteOfDay / 60)).\(pad(minuteOfDay % 60))"
    }

    /// The local calendar day and minute of day of an instant in a zone.
    public static func local(_ ts: Timestamp, _ zone: PostZone) -> (CivilDate, Int) {
        let local = ts.epochSeconds + Int64(zone.offsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (CivilDate(daysSinceEpoch: days), Int((local - days * 86_400) / 60))
    }
}
