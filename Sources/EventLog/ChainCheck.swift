/// One `verify` pass: every source read once, in bounded memory, each file's chain recomputed
/// with the anchors' lines pinned, and what there is to say of it.
public struct ChainCheck {
    /// Per file: lines read, lines with prev, the first broken link, lines no link covers yet;
    /// the anchors; the verdict last.
    public var findings: [ChainFinding]
    /// The sources that could not be read (exit 2).
    public var unreadable: [SourceEvent]
    /// Files whose last line has no newline yet, and its length in bytes.
    public var incompleteLines: [(path: String, bytes: Int)]
    /// Whether every link and anchor holds.
    public var holds: Bool

    public init(_ sources: [String], recursive: Bool, anchors: [String]) throws(ChainVerification.Refusal) {
        let verification = try ChainVerification(anchors: anchors, sources: sources)
        let reader = EventSources(arguments: sources, recursive: recursive, chains: ChainTracking(pins: verification.pins))
        unreadable = reader.readAvailable { _, _ in }.filter(\.isFailure)
        (findings, holds) = verification.report(reader.chains, unreadable: unreadable.count)
        incompleteLines = reader.incompleteLines
    }
}
