import BorderOps
import Dispatch
import EventLog
import ExactKeys
import Synchronization

/// How `PipelinedFold`'s threads hand batches to each other.
extension PipelinedFold {
    /// Batches waiting for a decoder, in reading order; `nil` tells a decoder to stop.
    final class WorkQueue: Sendable {
        private let queue = Mutex<[Pending?]>([])
        private let filled = DispatchSemaphore(value: 0)

        func put(_ pending: Pending?) {
            queue.withLock { $0.append(pending) }
            filled.signal()
        }

        func next() -> Pending? {
            filled.wait()
            return queue.withLock { $0.removeFirst() }
        }

        /// For the folding thread while it waits: decodes the next queued batch, if any.
        func helpDecode() -> Bool {
            guard filled.wait(timeout: .now()) == .success else { return false }
            guard let pending = queue.withLock({ $0.removeFirst() }) else {
                put(nil)  // a decoder's stop mark: leave it for the decoder
                return false
            }
            pending.decodeIfUnclaimed()
            return true
        }
    }

    /// A bounded FIFO of pending batches between the reading thread and the folding thread:
    /// at most `depth` batches are in flight, so memory stays bounded however large the log.
    final class Channel: Sendable {
        private let queue = Mutex<(pending: [Pending], finish: Finish?)>(([], nil))
        private let filled = DispatchSemaphore(value: 0)
        private let free: DispatchSemaphore

        init(depth: Int) { free = DispatchSemaphore(value: depth) }

        func send(_ pending: Pending) {
            free.wait()
            queue.withLock { $0.pending.append(pending) }
            filled.signal()
        }

        func finish(_ finish: Finish) {
            queue.withLock { $0.finish = finish }
            filled.signal()
        }

        /// The next pending batch, or nil once the reader finished and every batch was taken.
        func receive() -> Pending? {
            filled.wait()
            let pending: Pending? = queue.withLock { $0.pending.isEmpty ? nil : $0.pending.removeFirst() }
            guard let pending else { return nil }
            free.signal()
            return pending
        }

        var finished: Finish? { queue.withLock { $0.finish } }
    }

    /// Hands the reader to the worker thread and back. Safe because the caller does not touch
    /// the sources until `read` returns, and `read` returns only after the worker finished.
    final class Handoff: @unchecked Sendable {
        let sources: EventSources
        init(_ sources: EventSources) { self.sources = sources }
    }

    static let batchSize = 4096
}
