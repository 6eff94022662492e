import BorderOps
import Words

/// A source as the status line shows it (the app maps the reader's states to these).
public struct SourceStatus: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case following, rotated, truncated, deleted, missing, ended
        /// Why it cannot be read, in both languages, as the status line says it (`galat: izin ditolak`).
        case error(Word)
        /// Left out on purpose (a link out of the tree), and why, in both languages.
        case notFollowed(Word)
    }

    /// How far the file's integrity chain vouches for what was read (docs/event-format.md,
    /// "Integrity"); the app maps the reader's `ChainSeal` to it.
    public enum Chain: Sendable, Equatable {
        /// Every line before the last is covered by a later `prev`, and the last line's holds.
        case sealed
        /// Lines at the end after the last `prev`: no link covers them yet.
        case notCovered(lines: Int)
        /// The first `prev` that does not hold.
        case broken(line: Int)
        /// Being hashed after the history was read (not known yet).
        case checking
    }

    public var path: String
    public var state: State
    /// nil: not tracked (standard input, or a caller that does not hash).
    public var chain: Chain?
    public init(path: String, state: State, chain: Chain? = nil) {
        self.path = path
        self.state = state
        self.chain = chain
    }
}

/// Everything a frame is drawn from, besides the UI's own state.
public struct DashboardInput: Sendable {
    public var fold: EventFold
    public var sources: [SourceStatus]
    public var now: Timestamp
    public var zone: PostZone
    /// Lines read so far and the total expected, while catching up on a large history.
    public var progress: (done: Int64, total: Int64)?
    /// A problem to show on the hints line until the next key (a broken theme file, say).
    public var notice: String?
    /// A demo's caption line (stage text, speed, paused), shown at the bottom instead of the hints.
    public var caption: String?
    /// The posts file (names, provinces, zones), and after how many silent minutes a post is stale.
    public var postDirectory: [PostInfo] = []
    public var staleMinutes: Int64 = 15
    /// The alerts in force now, in screen order (`AlertRules.evaluate`).
    public var alerts: [Alert] = []
    /// The voyages pane's order (and widest tally) kept as events fold; nil: sorted when drawn
    /// (a fold still catching up, the tests' frames).
    public var voyageOrder: VoyageOrder?
    /// What panes derived on earlier frames, and how far each part of the state has changed
    /// since (`PaneMemo`); nil: everything derived afresh (a fold still catching up, the tests'
    /// frames).
    public var memo: PaneMemo?
    public var revisions: StateRevisions?
    /// Who this terminal writes as and where; nil when input is off (`--read-only`).
    public var writer: (operatorID: String, file: String)?
    /// A demo is playing (its keys work); a failed append is kept for `r`.
    public var demo = false
    public var retryKept = false
    /// A bad line read again from its file for its detail view (`Effect.readLine`).
    public var detailLine: DetailFileLine?
    /// A voyage's every check read again from the files for its detail view (`Effect.readChecks`).
    public var detailChecks: VoyageChecksRead?

    public init(fold: EventFold, sources: [SourceStatus], now: Timestamp, zone: PostZone = .wita, progress: (done: Int64, total: Int64)? = nil) {
        self.fold = fold
        self.sources = sources
        self.now = now
        self.zone = zone
        self.progress = progress
    }

    public var state: BorderState { fold.state }
}
