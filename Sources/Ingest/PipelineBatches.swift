import BorderOps
import Dispatch
import EventLog
import ExactKeys
import Synchronization

/// What travels through `PipelinedFold`: lines as read, decoded, and on their way between threads.
extension PipelinedFold {
    /// Lines as read, copied out of the reader's buffer so a decoder can take them.
    struct RawBatch: Sendable {
        /// Source paths seen for the first time in this batch, in index order.
        var newPaths: [String] = []
        /// Bytes the reader had read when it sent this batch.
        var bytesRead: Int64 = 0
        var bytes: [UInt8] = []
        /// Where each line ends in `bytes`; it starts where the previous one ended.
        var ends: [Int32] = []
        /// A line's full length when the reader kept only its beginning (over the limit), else 0.
        var fullLengths: [Int] = []
        var sources: [Int32] = []
        var lines: [Int] = []

        init() {
            bytes.reserveCapacity(PipelinedFold.batchSize * 256)
            ends.reserveCapacity(PipelinedFold.batchSize)
            fullLengths.reserveCapacity(PipelinedFold.batchSize)
            sources.reserveCapacity(PipelinedFold.batchSize)
            lines.reserveCapacity(PipelinedFold.batchSize)
        }

        var count: Int { ends.count }
    }

    /// Decoded lines of one raw batch, blank lines dropped.
    struct Batch: Sendable {
        var newPaths: [String] = []
        var bytesRead: Int64 = 0
        var outcomes: [LineOutcome] = []
        /// `IDSet.hash` of each outcome's id (0 without one), computed here rather than in the fold.
        var idHashes: [Int] = []
        var sources: [Int32] = []
        var lines: [Int] = []
    }

    public struct Finish: Sendable {
        public var notices: [SourceEvent]
        public var incompleteLines: [(path: String, bytes: Int)]
    }

    /// One batch on its way: read, then decoded by whichever thread claims it first.
    final class Pending: Sendable {
        private enum Stage: Sendable {
            case read(RawBatch)
            case decoding
            case decoded(Batch)
            case taken
        }
        private let stage: Mutex<Stage>
        private let ready = DispatchSemaphore(value: 0)
        let path: DecodePath
        /// The fold's id hash seed (`EventFold.idHashSeed`).
        let idSeed: ExactHashSeed

        init(_ raw: RawBatch, path: DecodePath, idSeed: ExactHashSeed) {
            stage = Mutex(.read(raw))
            self.path = path
            self.idSeed = idSeed
        }

        /// The raw lines, if no thread claimed them yet.
        private func claim() -> RawBatch? {
            stage.withLock { stage in
                guard case .read(let raw) = stage else { return nil }
                stage = .decoding
                return raw
            }
        }

        /// A decoder's turn: decodes unless the folding thread got there first.
        func decodeIfUnclaimed() {
            guard let raw = claim() else { return }
            let batch = PipelinedFold.decode(raw, path: path, idSeed: idSeed)
            stage.withLock { $0 = .decoded(batch) }
            ready.signal()
        }

        /// The folding thread's turn: decodes here if no decoder started; while a decoder is
        /// at it, calls `help` (decode something else) until that finds nothing, then waits.
        func take(help: () -> Bool) -> Batch {
            while true {
                if let raw = claim() {
                    stage.withLock { $0 = .taken }
                    return PipelinedFold.decode(raw, path: path, idSeed: idSeed)
                }
                let done: Batch? = stage.withLock { stage in
                    guard case .decoded(let batch) = stage else { return nil }
                    stage = .taken
                    return batch
                }
                if let done { return done }
                if !help() { break }
            }
            ready.wait()
            return stage.withLock { stage in
                guard case .decoded(let batch) = stage else { preconditionFailure("a batch is taken once") }
                stage = .taken
                return batch
            }
        }
    }
}
