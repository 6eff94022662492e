import BorderOps

/// What every report builder needs besides the state: language, the post's zone, the
/// generation time (SOURCE_DATE_EPOCH when set: the same log gives the same bytes).
public struct ReportContext: Sendable {
    public var language: Language
    public var zone: PostZone
    public var generated: Timestamp

    public init(language: Language, zone: PostZone, generated: Timestamp) {
        self.language = language
        self.zone = zone
        self.generated = generated
    }

    func w(_ word: ReportWord) -> String { word.text(language) }

    /// `Rab 20/11/2024 13.00 WITA`.
    func dateTime(_ ts: Timestamp) -> String { PostTime.dateTime(ts, in: zone, language: language) }

    /// `13.00`.
    func clock(_ ts: Timestamp) -> String { PostTime.clock(ts, in: zone) }

    /// `20 November 2024`.
    func longDate(_ ts: Timestamp) -> String { VocabularyWords.longDate(PostTime.local(ts, zone).0, language) }

    var generatedLine: String { "\(w(.generated)) · \(dateTime(generated))" }
}

/// Why a report cannot be made: said in one line, non-zero exit.
public struct ReportError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
