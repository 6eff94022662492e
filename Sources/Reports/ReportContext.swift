import BorderOps
import SafeText
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

/// Why a report cannot be made, as a value: the command says it in one line, in the report's
/// language (`word`), and exits non-zero.
public enum ReportError: WordedFailure, Equatable {
    public var exitCode: Int32 { 1 }

    /// No operation (or meeting) with this id; `known`: the ids there are.
    case unknownOperation(String, known: [String])
    case unknownMeeting(String, known: [String])
    case toBeforeFrom(from: CivilDate, to: CivilDate)
    case nothingInRange(from: CivilDate, to: CivilDate)

    /// The line in both languages: `no operation "x" (known: a, b)`, at most ten known ids, each
    /// cut at 40 scalars (escaped where the line is printed).
    public var word: Word {
        switch self {
        case .unknownOperation(let id, let known): return .reportUnknownOperation(Self.shown(id), known: Self.shown(known))
        case .unknownMeeting(let id, let known): return .reportUnknownMeeting(Self.shown(id), known: Self.shown(known))
        case .toBeforeFrom(let from, let to): return .reportToBeforeFrom(from: "\(from)", to: "\(to)")
        case .nothingInRange(let from, let to): return .reportNothingInRange(from: "\(from)", to: "\(to)")
        }
    }

    private static func shown(_ id: String) -> String { DisplayText.shortened(id, limit: 80) }

    private static func shown(_ known: [String]) -> String? {
        guard !known.isEmpty else { return nil }
        return known.prefix(10).map { DisplayText.shortened($0, limit: 40) }.joined(separator: ", ") + (known.count > 10 ? ", …" : "")
    }
}
