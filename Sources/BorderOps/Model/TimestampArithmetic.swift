/// Time arithmetic that cannot trap. A timestamp is kept within what RFC 3339 can write (years
/// 0000 to 9999): a sum or difference past that stops at the bound instead of overflowing, so a
/// setting of any size (minutes from the command line, a due date) moves an instant at most to
/// the end of time, and every result can still be shown and compared.
extension Timestamp {
    /// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z.
    public static let earliestEpochSeconds: Int64 = -62_167_219_200
    public static let latestEpochSeconds: Int64 = 253_402_300_799

    /// The instant `seconds` later (earlier when negative), written in the same offset;
    /// saturating at the first and last instants RFC 3339 can write.
    public func adding(seconds: Int64) -> Timestamp {
        let (sum, overflow) = epochSeconds.addingReportingOverflow(seconds)
        let clamped = overflow ? (seconds > 0 ? Self.latestEpochSeconds : Self.earliestEpochSeconds)
                               : min(max(sum, Self.earliestEpochSeconds), Self.latestEpochSeconds)
        return Timestamp(epochSeconds: clamped, nanoseconds: nanoseconds, offsetSeconds: offsetSeconds)
    }

    /// The instant `minutes` later, saturating like `adding(seconds:)`.
    public func adding(minutes: Int64) -> Timestamp {
        adding(seconds: Self.saturatingProduct(minutes, 60))
    }

    /// The instant `minutes` earlier, saturating like `adding(seconds:)`.
    public func subtracting(minutes: Int64) -> Timestamp {
        let seconds = Self.saturatingProduct(minutes, 60)
        // -Int64.min does not exist; one second more than the whole range changes nothing.
        return adding(seconds: seconds == .min ? .max : -seconds)
    }

    /// Milliseconds from this instant to `later` (negative when `later` is earlier), saturating.
    public func milliseconds(until later: Timestamp) -> Int64 {
        let (seconds, overflow) = later.epochSeconds.subtractingReportingOverflow(epochSeconds)
        if overflow { return later.epochSeconds > epochSeconds ? .max : .min }
        let fraction = (Int64(later.nanoseconds) - Int64(nanoseconds)) / 1_000_000
        let (total, overflowed) = Self.saturatingProduct(seconds, 1000).addingReportingOverflow(fraction)
        return overflowed ? (fraction > 0 ? .max : .min) : total
    }

    static func saturatingProduct(_ a: Int64, _ b: Int64) -> Int64 {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard overflow else { return product }
        return (a < 0) == (b < 0) ? .max : .min
    }
}
