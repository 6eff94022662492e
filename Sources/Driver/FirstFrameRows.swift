import BorderOps
import Dashboard
import Ingest

/// The panes' rows of the whole fold's first frame, made on the thread that reads the checkpoint
/// behind a preview (issue 19): the desk's seizures, the operations and meetings listed, each
/// sorted over a year of them, took the dashboard's thread 9–35 ms at 10M events at the switch
/// from the preview, and the append arriving then waited for them. The frame is drawn there once,
/// into a memo of its own under revisions of its own; the dashboard takes both over with the
/// fold (`DashboardFeed.loadCheckpoint(behind:drawingFirst:show:)`), and its first frame finds
/// the rows kept, but for the parts the lines folded since changed.
struct FirstFrameRows: Sendable {
    let memo = PaneMemo()
    let revisions: StateRevisions
    private let now: Timestamp
    private let zone: PostZone
    private let postDirectory: [PostInfo]
    private let staleMinutes: Int64

    init(settings: DashboardApp, now: Timestamp) {
        var revisions = StateRevisions()
        revisions.touchEverything()
        self.revisions = revisions
        self.now = now
        zone = settings.zone
        postDirectory = settings.postDirectory
        staleMinutes = settings.staleMinutes
    }

    /// What the reading thread runs with the fold read: the input the dashboard's frame would
    /// have (the alerts aside: no pane keeps rows made from them), drawn by `draw`.
    func making(_ draw: @escaping @Sendable (DashboardInput) -> Void) -> @Sendable (EventFold, CheckpointIndexes?) -> Void {
        { [self] fold, indexes in
            var input = DashboardInput(fold: fold, sources: [], now: now, zone: zone)
            input.postDirectory = postDirectory
            input.staleMinutes = staleMinutes
            input.voyageOrder = indexes?.voyageOrder
            input.memo = memo
            input.revisions = revisions
            draw(input)
        }
    }
}
