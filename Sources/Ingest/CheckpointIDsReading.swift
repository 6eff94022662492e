import BorderOps
import Dispatch
import Synchronization

extension CheckpointIDs {
    /// Reads the ids' table on a thread of its own while `EventFold(checkpoint:)` reads the state
    /// on the caller's (they are about a third and a half of loading a large checkpoint); on one
    /// core, or when no thread can be had, there and then.
    static func readOnAnotherCore(_ ids: CheckpointIDs) -> Pending {
        guard WorkerThread.onlineCores > 1 else { return readHere(ids) }
        let box = ReadResult()
        guard WorkerThread.start({ box.finish(Result { try ids.read() }) }) else { return readHere(ids) }
        return .later { box.wait() }
    }

    /// The thread's result, handed over once.
    private final class ReadResult: Sendable {
        private let result = Mutex<Result<IDSet, any Error>?>(nil)
        private let ready = DispatchSemaphore(value: 0)

        func finish(_ value: Result<IDSet, any Error>) {
            result.withLock { $0 = value }
            ready.signal()
        }

        /// Waits for the result; asked again, returns it again.
        func wait() -> Result<IDSet, any Error> {
            if let done = result.withLock({ $0 }) { return done }
            ready.wait()
            ready.signal()
            return result.withLock { $0! }
        }
    }
}
