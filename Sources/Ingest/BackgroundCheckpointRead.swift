import BorderOps
import Dispatch
import EventLog
import Synchronization

/// Reads a checkpoint on a thread of its own (`CheckpointStore.read`), while the dashboard's
/// thread draws the preview and folds the lines written since into it (issue 19): at 10M events
/// the checkpoint takes 0.6 s, and an append made meanwhile waited that long to be seen.
public final class BackgroundCheckpointRead: Sendable {
    private let result = Mutex<CheckpointStore.Read?>(nil)
    private let done = DispatchSemaphore(value: 0)
    /// Written to once the checkpoint is read, so a loop waiting in `poll` takes it at once.
    public let wake: WakePipe

    /// Starts reading `store`'s checkpoint; nil when no thread or pipe can be had (the caller then
    /// reads it on its own thread).
    public init?(_ store: CheckpointStore, problems: ProblemLog) {
        guard let wake = WakePipe() else { return nil }
        self.wake = wake
        let started = WorkerThread.start { [self] in
            // Moved in, not copied: a reference left here until the signals would have the
            // first line the dashboard folds into it copy every table.
            var read: CheckpointStore.Read? = store.read(problems: problems)
            result.withLock { $0 = read.take() }
            done.signal()
            wake.signal()
        }
        guard started else { return nil }
    }

    /// What reading gave, once it is done (nil before, and once taken).
    public func take() -> CheckpointStore.Read? {
        wake.drain()
        return result.withLock { read in
            defer { read = nil }
            return read
        }
    }

    /// Waits until reading is done and takes what it gave (nil: taken already).
    public func wait() -> CheckpointStore.Read? {
        done.wait()
        done.signal()
        return take()
    }
}
