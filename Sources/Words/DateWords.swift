import BorderOps

/// Dates as officers write them, with the day and month names in words: `Rab 20/11/2024 13.00
/// WITA`, `20 November 2024`. The clock alone (`13.00`) has no words and stays in `PostTime`.
extension PostTime {
    static let dayNames = [
        Word(en: "Sun", id: "Min"), Word(en: "Mon", id: "Sen"), Word(en: "Tue", id: "Sel"), Word(en: "Wed", id: "Rab"),
        Word(en: "Thu", id: "Kam"), Word(en: "Fri", id: "Jum"), Word(en: "Sat", id: "Sab"),
    ]

    static let monthNames = [
        Word(en: "January", id: "Januari"), Word(en: "February", id: "Februari"), Word(en: "March", id: "Maret"),
        Word(en: "April", id: "April"), Word(en: "May", id: "Mei"), Word(en: "June", id: "Juni"),
        Word(en: "July", id: "Juli"), Word(en: "August", id: "Agustus"), Word(en: "September", id: "September"),
        Word(en: "October", id: "Oktober"), Word(en: "November", id: "November"), Word(en: "December", id: "Desember"),
    ]

    /// `Rab 20/11/2024 13.00 WITA`; `Rab 20/11 13.00 WITA` when `currentYear` (the year of
    /// the post's today, on screen) is its year.
    public static func dateTime(_ ts: Timestamp, in zone: PostZone = .wita, language: Language = .id, currentYear: Int? = nil) -> String {
        let (day, _) = local(ts, zone)
        return "\(date(day, language: language, currentYear: currentYear)) \(clock(ts, in: zone)) \(zone.name)"
    }

    /// `Sel 26/11/2024`; `Sel 26/11` when `currentYear` is its year.
    public static func date(_ date: CivilDate, language: Language = .id, currentYear: Int? = nil) -> String {
        let weekday = Int((date.daysSinceEpoch % 7 + 11) % 7)  // 1970-01-01 was a Thursday
        let year = date.year == currentYear ? "" : "/\(date.year)"
        return "\(dayNames[weekday].text(language)) \(date.day)/\(date.month)\(year)"
    }

    /// `20 November 2024`.
    public static func longDate(_ date: CivilDate, language: Language) -> String {
        "\(date.day) \(monthNames[date.month - 1].text(language)) \(date.year)"
    }
}
