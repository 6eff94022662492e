import BorderOps
import Dispatch
import EventLog
import Synchronization

/// Reads a checkpoint on a thread of its own (`CheckpointStore.read`), while the dashboard's
/// thread draws the preview and folds the lines written since into it (issue 19): at 10M events
/// the checkpoint takes 0.6 s, and an append made meanwhile waited that long to be seen.
public final class BackgroundCheckpointRead: Sendable {
    private let result = Mutex<CheckpointStore.Read?>(nil)
    private let indexes = Mutex<CheckpointIndexes?>(nil)
    private let done = DispatchSemaphore(value: 0)
    /// Written to once the checkpoint is read, so a loop waiting in `poll` takes it at once.
    public let wake: WakePipe

    /// Starts reading `store`'s checkpoint, and then (`indexing`) building its fold's alert index
    /// and voyages' order as of `now`; nil when no thread or pipe can be had (the caller then
    /// reads it on its own thread). `first`: run on the reading thread before it reads (the
    /// tests hold the read back with it, so that lines arrive while it is under way). `then`:
    /// run there with the fold read and its indexes, before the dashboard is told (the
    /// dashboard makes its first frame's rows there: `DashboardFeed.loadCheckpoint(behind:)`).
    public init?(_ store: CheckpointStore, problems: ProblemLog, indexing settings: AlertSettings? = nil, now: Timestamp = LocalClock.now(),
                 first: (@Sendable () -> Void)? = nil, then: (@Sendable (EventFold, CheckpointIndexes?) -> Void)? = nil) {
        guard let wake = WakePipe() else { return nil }
        self.wake = wake
        let started = WorkerThread.start { [self] in
            first?()
            // Moved in, not copied: a reference left here until the signals would have the
            // first line the dashboard folds into it copy every table.
            var read: CheckpointStore.Read? = store.read(problems: problems)
            // In a block of its own: the fold it borrows is let go of before the signals.
            if case .read(let fold, _)? = read {
                let built = settings.map { CheckpointIndexes(fold.state, settings: $0, now: now) }
                then?(fold, built)
                indexes.withLock { $0 = built }
            }
            result.withLock { $0 = read.take() }
            done.signal()
            wake.signal()
        }
        guard started else { return nil }
    }

    /// What reading gave, once it is done (nil before, and once taken).
    public func take() -> CheckpointStore.Read? {
        wake.drain()
        return result.withLock { $0.take() }
    }

    /// The indexes built for the fold read, once (nil: none asked, not read, or taken already).
    public func takeIndexes() -> CheckpointIndexes? {
        indexes.withLock { $0.take() }
    }

    /// Waits until reading is done and takes what it gave (nil: taken already).
    public func wait() -> CheckpointStore.Read? {
        done.wait()
        done.signal()
        return take()
    }
}

/// What the first frame of a fold read from a checkpoint would otherwise build from scratch
/// (every alert judged, every voyage ordered: up to 100 ms at 10M events, which the append
/// arriving at the switch from the preview waited for), built on the reading thread.
public struct CheckpointIndexes: Sendable {
    public var alerts: AlertIndex
    public var voyageOrder: VoyageOrder

    init(_ state: BorderState, settings: AlertSettings, now: Timestamp) {
        alerts = AlertIndex(settings: settings)
        alerts.update(state, touched: AlertTouches(everything: true), now: now)
        voyageOrder = VoyageOrder()
        voyageOrder.update(state, touched: AlertTouches(everything: true))
    }
}
