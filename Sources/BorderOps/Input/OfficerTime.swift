/// Times and dates as officers write them, in the post's zone: `17.00` or `17:00` (today),
/// `3/12 17.00` (this year), `03/12/2026 17.00`; dates `10/12`, `10/12/2026`. RFC 3339 and
/// `YYYY-MM-DD` are taken as they are. The result carries the post's offset, so it is written
/// as `2026-12-03T17:00:00+08:00` at a WITA post, never in the host's zone.
public enum OfficerTime {
    /// The instant meant by `typed`, on the day of `today` in `zone` when no date is given.
    public static func time(_ typed: String, today: Timestamp, zone: PostZone) -> Result<Timestamp, OfficerInputProblem> {
        let text = OfficerText.trimmed(typed)
        if text.isEmpty { return .failure(.empty) }
        if let exact = Timestamp.parse(text) { return .success(exact) }
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 1 || words.count == 2 else { return .failure(.notATime) }
        let (localToday, _) = PostTime.local(today, zone)
        var day = localToday
        if words.count == 2 {
            switch date(String(words[0]), today: today, zone: zone) {
            case .success(let given): day = given
            case .failure(let problem): return .failure(problem == .notADate ? .notATime : problem)
            }
        }
        guard let (hour, minute) = clock(words[words.count - 1]) else { return .failure(.notATime) }
        guard hour <= 23, minute <= 59 else { return .failure(.noSuchTime) }
        let local = day.daysSinceEpoch * 86_400 + Int64(hour * 3600 + minute * 60)
        return .success(Timestamp(epochSeconds: local - Int64(zone.offsetSeconds), offsetSeconds: zone.offsetSeconds))
    }

    /// The day meant by `typed`: `10/12` in the year of `today` (in `zone`), or `10/12/2026`.
    public static func date(_ typed: String, today: Timestamp, zone: PostZone) -> Result<CivilDate, OfficerInputProblem> {
        let text = OfficerText.trimmed(typed)
        if text.isEmpty { return .failure(.empty) }
        if let exact = CivilDate.parse(text) { return .success(exact) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts[0].count <= 2, parts[1].count <= 2, parts.count == 2 || parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1])
        else { return .failure(.notADate) }
        let year = parts.count == 3 ? Int(parts[2])! : PostTime.local(today, zone).0.year
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return .failure(.noSuchDate) }
        return .success(CivilDate(year: year, month: month, day: day))
    }

    /// `17.00`, `17:00`, `9.05`: hours and minutes, not yet range-checked.
    static func clock(_ text: Substring) -> (Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == ":" })
        guard parts.count == 2, text.filter({ $0 == "." || $0 == ":" }).count == 1,
              (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1])
        else { return nil }
        return (hour, minute)
    }
}
