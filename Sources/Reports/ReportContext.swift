import BorderOps
import Words

/// What every report builder needs besides the state: language, the post's zone, the
/// generation time (SOURCE_DATE_EPOCH when set: the same log gives the same bytes).
public struct ReportContext: Sendable {
    public var language: Language
    public var zone: PostZone
    public var generated: Timestamp
    /// Every listed post's zone (a desk report spans posts: each seizure's day is its own post's).
    public var postZones: [String: PostZone]
    /// The log the state was folded from (`LogAnchor`): printed at the end of the report.
    public var anchors: [LogAnchor] = []

    public init(language: Language, zone: PostZone, generated: Timestamp, postZones: [String: PostZone] = [:]) {
        self.language = language
        self.zone = zone
        self.generated = generated
        self.postZones = postZones
    }

    /// A report about `post`: times in its zone (WITA when the posts file does not list it).
    public init(language: Language, post: String?, postZones: [String: PostZone], generated: Timestamp) {
        self.init(language: language, zone: post.flatMap { postZones[$0] } ?? .wita, generated: generated, postZones: postZones)
    }

    func zone(of post: String) -> PostZone { postZones[post] ?? zone }

    func w(_ word: Word) -> String { word.text(language) }

    /// `Rab 20/11/2024 13.00 WITA`.
    func dateTime(_ ts: Timestamp) -> String { PostTime.dateTime(ts, in: zone, language: language) }

    /// `13.00`.
    func clock(_ ts: Timestamp) -> String { PostTime.clock(ts, in: zone) }

    /// `20 November 2024`.
    func longDate(_ ts: Timestamp) -> String { PostTime.longDate(PostTime.local(ts, zone).0, language: language) }

    var generatedLine: String { "\(w(.generated)) · \(dateTime(generated))" }

    /// Every report's end: the closing sentence and the signature (place and date, who signs),
    /// then the document with the generation line and the log's anchors.
    func document(_ kind: Word, title: String, exercise: Bool, blocks: [ReportBlock], signedAt placeAndDate: String, by signer: Word) -> ReportDocument {
        ReportDocument(kind: w(kind), title: title, language: language, exercise: exercise, generatedLine: generatedLine,
                       blocks: blocks + [.paragraph(w(.closing)), .signature(placeAndDate: placeAndDate, role: w(signer))], anchors: anchors)
    }
}

/// The known ids for an "unknown id" message: at most ten, each cut at 40 scalars (escaped where
/// the message is printed).
func knownList(_ ids: [String]) -> String {
    guard !ids.isEmpty else { return "" }
    let shown = ids.prefix(10).map { DisplayText.shortened($0, limit: 40) }.joined(separator: ", ")
    return " (known: \(shown)\(ids.count > 10 ? ", …" : ""))"
}

/// Why a report cannot be made: said in one line, non-zero exit.
public struct ReportError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }

    /// `no meeting "x" (known: a, b)`.
    static func unknown(_ kind: String, _ id: String, known: [String]) -> ReportError {
        ReportError("no \(kind) \"\(DisplayText.shortened(id, limit: 80))\"" + knownList(known))
    }
}
