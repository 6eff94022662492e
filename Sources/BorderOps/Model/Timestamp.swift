/// An RFC 3339 date-time with its offset kept, so a time can be shown in the zone it was
/// written in (or converted to the post's zone) without a time-zone database.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z (a leap second 60 counts as the next second).
    public var epochSeconds: Int64
    public var nanoseconds: Int32
    /// The offset it was written with, in seconds east of UTC.
    public var offsetSeconds: Int32

    public init(epochSeconds: Int64, nanoseconds: Int32 = 0, offsetSeconds: Int32) {
        self.epochSeconds = epochSeconds
        self.nanoseconds = nanoseconds
        self.offsetSeconds = offsetSeconds
    }

    /// Earlier instant first, whatever the offsets (`Instant`'s order).
    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.instant < b.instant }

    /// The instant alone, to order by with a tie-break (`(t.instant, id) < …`): `==` tells two
    /// writings of one instant apart by their offsets and `<` does not, so a tuple of timestamps
    /// would find neither before the other and leave the order to the sort.
    public var instant: Instant { Instant(epochSeconds: epochSeconds, nanoseconds: nanoseconds) }

    /// A point in time without the offset it was written with.
    public struct Instant: Sendable, Hashable, Comparable {
        public var epochSeconds: Int64
        public var nanoseconds: Int32

        public static func < (a: Instant, b: Instant) -> Bool {
            (a.epochSeconds, a.nanoseconds) < (b.epochSeconds, b.nanoseconds)
        }
    }

    /// The same instant as RFC 3339 in the given offset, seconds precision: `2024-11-20T13:00:00+08:00`.
    public func rfc3339(offsetSeconds offset: Int32? = nil) -> String {
        let off = offset ?? offsetSeconds
        let local = epochSeconds + Int64(off)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secondOfDay = local - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        let sign = off < 0 ? "-" : "+"
        let absOff = abs(Int(off))
        return "\(date)T\(pad(Int(secondOfDay / 3600))):\(pad(Int(secondOfDay / 60 % 60))):\(pad(Int(secondOfDay % 60)))"
            + "\(sign)\(pad(absOff / 3600)):\(pad(absOff / 60 % 60))"
    }

    public var description: String { rfc3339() }

    /// Parses an RFC 3339 date-time with a mandatory offset (`Z` or `±HH:MM`), range-checked:
    /// no 30 February, no hour 24, second 60 allowed, offset at most ±23:59. `T` and `Z` may be
    /// lower case; a fraction of a second of any length is allowed.
    public static func parse(_ text: String) -> Timestamp? {
        var copy = text
        return copy.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    public static func parse(_ b: UnsafeRawBufferPointer) -> Timestamp? {
        // YYYY-MM-DDTHH:MM:SS = 19 bytes, then fraction, then Z or ±HH:MM.
        guard b.count >= 20, let date = CivilDate.parse(UnsafeRawBufferPointer(rebasing: b[0..<10])) else { return nil }
        guard b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let hour = digits(b, 11, 2), let minute = digits(b, 14, 2), let second = digits(b, 17, 2),
              hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var i = 19
        var nanos: Int32 = 0
        if b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            var scale: Int32 = 100_000_000
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 {
                nanos += Int32(b[i] - 0x30) * scale
                scale /= 10
                i += 1
            }
            guard i > start else { return nil }
        }
        guard i < b.count else { return nil }
        var offset: Int32
        if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
            offset = 0
            i += 1
        } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            guard i + 6 == b.count, b[i + 3] == UInt8(ascii: ":"),
                  let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2), oh <= 23, om <= 59
            else { return nil }
            offset = Int32(oh * 3600 + om * 60)
            if b[i] == UInt8(ascii: "-") { offset = -offset }
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let local = date.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Timestamp(epochSeconds: local - Int64(offset), nanoseconds: nanos, offsetSeconds: offset)
    }

    /// `count` (at most 4) decimal digits at `at`. Wrapping arithmetic: four digits cannot
    /// overflow, and the checks showed in the decoding profile.
    @inline(__always)
    static func digits(_ b: UnsafeRawBufferPointer, _ at: Int, _ count: Int) -> Int? {
        guard at &+ count <= b.count else { return nil }
        var v = 0
        var k = at
        while k < at &+ count {
            let d = b[k] &- 0x30
            guard d <= 9 else { return nil }
            v = v &* 10 &+ Int(d)
            k &+= 1
        }
        return v
    }
}

package func pad(_ n: Int, _ width: Int = 2) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// A calendar date (`YYYY-MM-DD`), proleptic Gregorian.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String { "\(pad(year, 4))-\(pad(month))-\(pad(day))" }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func parse(_ text: String) -> CivilDate? {
        var copy = text
        return copy.withUTF8 { parse(UnsafeRawBufferPointer($0)) }
    }

    /// Exactly `YYYY-MM-DD`, range-checked.
    public static func parse(_ b: UnsafeRawBufferPointer) -> CivilDate? {
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              let y = Timestamp.digits(b, 0, 4), let m = Timestamp.digits(b, 5, 2), let d = Timestamp.digits(b, 8, 2),
              (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y)
        else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((month + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(daysSinceEpoch z0: Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), month: Int(m), day: Int(d))
    }
}

/// A due date: a whole day or an exact time (`action.assigned` accepts both).
public enum DueDate: Sendable, Hashable {
    case day(CivilDate)
    case time(Timestamp)

    public static func parse(_ text: String) -> DueDate? {
        if let d = CivilDate.parse(text) { return .day(d) }
        if let t = Timestamp.parse(text) { return .time(t) }
        return nil
    }
}
