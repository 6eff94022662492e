import BorderOps
import Dispatch
import EventLog
import Synchronization

/// Writes a live dashboard's checkpoints on a thread of their own, one at a time. Encoding a
/// year of headquarters' state and syncing it to disk took the dashboard's thread for a few
/// hundred milliseconds after the first frame and every five minutes; now that thread only
/// copies the fold (its arrays are shared until it next changes them) and the sources'
/// positions, taken together so the checkpoint stands for exactly the bytes folded.
public final class BackgroundCheckpoints: Sendable {
    public let store: CheckpointStore

    private enum Stage {
        case idle
        case writing
        /// Done; the failure not yet taken, if any.
        case finished(FileFailure?)
    }

    private let stage = Mutex<Stage>(.idle)
    /// Signalled once per write, when it is done.
    private let done = DispatchSemaphore(value: 0)
    /// Written to when a write is done, so a loop waiting in `poll` takes its failure at once.
    public let wake = WakePipe()

    public init(store: CheckpointStore) {
        self.store = store
    }

    /// Starts writing `fold` as of `positions`; false (nothing started) while the last one is
    /// still being written, or when no thread can be had.
    public func start(_ fold: EventFold, at positions: [FilePosition]) -> Bool {
        let free = stage.withLock { stage -> Bool in
            if case .writing = stage { return false }
            stage = .writing
            return true
        }
        guard free else { return false }
        let store = store
        let handed = Handed(fold)
        let started = WorkerThread.start { [self] in
            var failure: FileFailure?
            do throws(FileFailure) { try store.save(handed.take(), at: positions) } catch { failure = error }
            stage.withLock { $0 = .finished(failure) }
            done.signal()
            wake?.signal()
        }
        if !started { stage.withLock { $0 = .idle } }
        return started
    }

    /// The fold handed to the writing thread, which takes it out: then the live fold and the
    /// fold being written are the only two holding its tables, and each part the writer lets go
    /// of is the live fold's alone again. Unchecked: taken once, by that thread only.
    private final class Handed: @unchecked Sendable {
        private var fold: EventFold?
        init(_ fold: EventFold) { self.fold = fold }

        func take() -> EventFold {
            defer { fold = nil }
            return fold!
        }
    }

    /// Whether a write is under way.
    public var writing: Bool {
        stage.withLock { if case .writing = $0 { true } else { false } }
    }

    /// The last write's failure, once (nil: none, or still writing, or already taken).
    public func takeFailure() -> FileFailure? {
        wake?.drain()
        return stage.withLock { stage -> FileFailure? in
            guard case .finished(let failure) = stage else { return nil }
            stage = .idle
            return failure
        }
    }

    /// Waits for the write under way, if any (a closing dashboard does not leave it half done:
    /// the file is replaced atomically either way, but the newest state should be the one kept).
    public func wait() {
        // A signal left by an earlier write nobody waited for only goes round once more.
        while writing { done.wait() }
    }
}
