/// Why a line's link is broken (`FileChain.Break`), as a value: the command says it in the
/// officer's language (`Word.verify…`, through Ingest's `ChainFinding.word`).
public enum ChainBreakReason: Sendable, Equatable {
    /// The line has `prev` twice.
    case twice
    /// Its `prev` is not 64 lower-case hex digits.
    case notHex
    /// Its `prev` is not the running hash: a change from line `suspectsFrom` up to this
    /// line's `prev` (`suspectsFrom` is the last link that held, or 1).
    case mismatch(suspectsFrom: Int)
}

/// One thing `verify` says (`ChainVerification.report`), as a value; each becomes one line of
/// standard output in the command's language. Paths are raw: the printer escapes them.
public enum ChainFinding: Sendable, Equatable {
    /// A file read: its complete lines, those carrying `prev`, and where the last link stands.
    case file(path: String, lines: Int, links: Int, lastLink: Int, uncovered: Int)
    /// The first broken link of a file.
    case broken(path: String, line: Int, reason: ChainBreakReason)
    case anchorHolds(path: String, line: Int)
    /// The running hash after `line` is `found`, the anchor said `said` (hex).
    case anchorDiffers(path: String, line: Int, found: String, said: String)
    /// The file ended (after `fileLines` lines) before the anchor's line.
    case anchorNotReached(path: String, line: Int, fileLines: Int)
    /// An anchor names a file that was not among the sources read.
    case anchorFileNotRead(path: String, line: Int)
    /// The last line: whether every link and anchor held, or how many sources could not be read.
    case verdict(holds: Bool, unreadable: Int)
}
