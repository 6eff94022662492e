import BorderOps
import Dispatch
import EventLog
import Synchronization

/// Catching up on a large log with both cores: decoding a line is pure, so a worker reads and
/// decodes while the caller folds. Batches travel in order through a small bounded queue, so
/// the fold sees exactly the sequence a single thread would.
enum PipelinedFold {
    struct Batch: Sendable {
        /// Source paths seen for the first time in this batch, in index order.
        var newPaths: [String] = []
        /// Bytes the reader had read when it sent this batch.
        var bytesRead: Int64 = 0
        var outcomes: [LineOutcome] = []
        var sources: [Int32] = []
        var lines: [Int32] = []
    }

    struct Finish: Sendable {
        var notices: [SourceEvent]
        var incompleteLines: [(path: String, bytes: Int)]
    }

    /// A bounded FIFO between the reading thread and the folding thread.
    final class Channel: Sendable {
        private let queue = Mutex<(batches: [Batch], finish: Finish?)>(([], nil))
        private let filled = DispatchSemaphore(value: 0)
        private let free = DispatchSemaphore(value: 8)

        func send(_ batch: Batch) {
            free.wait()
            queue.withLock { $0.batches.append(batch) }
            filled.signal()
        }

        func finish(_ finish: Finish) {
            queue.withLock { $0.finish = finish }
            filled.signal()
        }

        /// The next batch, or nil once the reader finished and every batch was taken.
        func receive() -> Batch? {
            filled.wait()
            let batch: Batch? = queue.withLock { $0.batches.isEmpty ? nil : $0.batches.removeFirst() }
            guard let batch else { return nil }
            free.signal()
            return batch
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

    static func read(_ arguments: [String], recursive: Bool = false, decodePath: DecodePath, into fold: inout EventFold) -> Finish {
        read(EventSources(arguments: arguments, recursive: recursive), decodePath: decodePath, into: &fold)
    }

    /// Reads `sources` to the end of what is there now on a worker thread while this thread
    /// folds; `progress` is called here with the bytes read so far and the fold, once per batch.
    static func read(_ sources: EventSources, decodePath: DecodePath, into fold: inout EventFold,
                     progress: (Int64, EventFold) -> Void = { _, _ in }) -> Finish {
        let channel = Channel()
        let handoff = Handoff(sources)
        DispatchQueue.global(qos: .userInitiated).async {
            let sources = handoff.sources
            var pathIndex: [String: Int32] = [:]
            var batch = Batch()
            batch.outcomes.reserveCapacity(batchSize)
            let notices = sources.readAvailable { path, line in
                let outcome = LineDecoder.decode(line.bytes, length: line.length, path: decodePath)
                if case .blank = outcome { return }
                let index: Int32
                if let known = pathIndex[path] {
                    index = known
                } else {
                    index = Int32(pathIndex.count)
                    pathIndex[path] = index
                    batch.newPaths.append(path)
                }
                batch.outcomes.append(outcome)
                batch.sources.append(index)
                batch.lines.append(Int32(truncatingIfNeeded: line.number))
                if batch.outcomes.count == batchSize {
                    batch.bytesRead = sources.bytesRead
                    channel.send(batch)
                    batch = Batch()
                    batch.outcomes.reserveCapacity(batchSize)
                }
            }
            batch.bytesRead = sources.bytesRead
            if !batch.outcomes.isEmpty { channel.send(batch) }
            channel.finish(Finish(notices: notices, incompleteLines: sources.incompleteLines))
        }
        var paths: [String] = []
        while let batch = channel.receive() {
            paths += batch.newPaths
            for i in batch.outcomes.indices {
                fold.ingest(batch.outcomes[i], origin: LineOrigin(source: paths[Int(batch.sources[i])], line: Int(batch.lines[i])))
            }
            progress(batch.bytesRead, fold)
        }
        return channel.finished!
    }
}
