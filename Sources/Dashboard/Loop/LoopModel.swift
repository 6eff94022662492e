import BorderOps
import Words

/// Everything the loop keeps between messages. The event data is not here: the fold is the
/// driver's, folded in place (on every core while catching up), and reaches `update` as the
/// frame's `DashboardInput`. A copy held here would make each batch folded copy the whole state,
/// and the model stays a small value that tests compare.
public struct LoopModel: Sendable, Equatable {
    public var ui: DashboardModel
    /// A line for the hints line until the next key (a failed append, a broken theme file).
    public var notice: String?
    /// What was wrong at the start (a broken theme file, a checkpoint not used): kept as a value
    /// and said in each frame's language, so it stays through `L` for an officer who reads the
    /// other language better; gone at any other key, as a notice is.
    public var startNotice: Word?
    /// The append that failed, kept for `r`.
    public var failed: OperatorIntent?
    /// The form whose events are being appended: `Tersimpan: …` once written, the form again
    /// (content kept) when the write fails.
    public var submitted: FormSubmission?
    /// Catching up on the history: bytes read and expected.
    public var progress: CatchUp?
    /// Keys typed while the history is read, acted on in order once it is (typeahead, as a shell
    /// has it): a filter typed during a ten-second start at headquarters is not lost. `q` quits
    /// at once only while nothing is typed ahead (Ctrl-C always). Clicks are not kept: what was
    /// under them then is not what is there after. At most `typedAheadLimit`.
    public var typedAhead: [Key] = []
    public static let typedAheadLimit = 256
    /// Something changed since the last frame.
    public var needsFrame = true
    /// The minute of the last frame (the clock on screen), and when a time rule next changes.
    public var minuteShown = Int64.min
    public var alertChange: Timestamp?
    public var rang = AlertBell()
    /// The bad line a detail view asked for, once read again from its file.
    public var detailLine: DetailFileLine?
    /// A voyage's every check, read again from the files for its detail view.
    public var detailChecks: VoyageChecksRead?

    public struct CatchUp: Sendable, Equatable {
        public var done: Int64
        public var total: Int64
    }

    public init(ui: DashboardModel, notice: String? = nil, startNotice: Word? = nil) {
        self.ui = ui
        self.notice = notice
        self.startNotice = startNotice
    }

    /// The frame's data with what the loop adds: the notice, the progress, the keys in force.
    public func frame(_ data: DashboardInput, demo: Bool) -> DashboardInput {
        var input = data
        input.notice = notice ?? startNotice?.text(ui.language)
        input.progress = progress.map { ($0.done, $0.total) }
        input.retryKept = failed != nil
        input.demo = demo
        input.detailLine = detailLine
        input.detailChecks = detailChecks
        return input
    }

    /// How long the driver may sleep: until the next minute or the next alert instant.
    public func wakeIn(now: Timestamp) -> Int32 {
        // Something said after the frame was drawn (a checkpoint not written) is drawn now.
        if needsFrame { return 0 }
        var timeout = Int32((60 - now.epochSeconds % 60) * 1000)
        if let change = alertChange {
            let ms = min(max(0, now.milliseconds(until: change)), 60_000)
            timeout = min(timeout, Int32(ms + 1))
        }
        return timeout
    }
}
