import BorderOps
import Dispatch
import EventLog
import Synchronization

/// Catching up on a large log with every core: decoding a line is pure, so a reader thread cuts
/// the sources into batches of lines, decoder threads decode them, and the caller folds them in
/// the order they were read, decoding a batch itself when no decoder has taken it yet (so no
/// core idles while the other works). The fold therefore sees exactly the sequence a single
/// thread would, bad lines included.
enum PipelinedFold {
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

    struct Finish: Sendable {
        var notices: [SourceEvent]
        var incompleteLines: [(path: String, bytes: Int)]
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

        init(_ raw: RawBatch, path: DecodePath) {
            stage = Mutex(.read(raw))
            self.path = path
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
            let batch = PipelinedFold.decode(raw, path: path)
            stage.withLock { $0 = .decoded(batch) }
            ready.signal()
        }

        /// The folding thread's turn: decodes here if no decoder started; while a decoder is
        /// at it, calls `help` (decode something else) until that finds nothing, then waits.
        func take(help: () -> Bool) -> Batch {
            while true {
                if let raw = claim() {
                    stage.withLock { $0 = .taken }
                    return PipelinedFold.decode(raw, path: path)
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

    /// About how many events `sources` hold now: events average 150 bytes or more.
    static func expectedLines(_ sources: EventSources) -> Int {
        Int(min(sources.totalFileBytes / 150, 50_000_000))
    }

    /// Decodes one raw batch (on any thread).
    static func decode(_ raw: RawBatch, path: DecodePath) -> Batch {
        var batch = Batch(newPaths: raw.newPaths, bytesRead: raw.bytesRead)
        batch.outcomes.reserveCapacity(raw.count)
        batch.idHashes.reserveCapacity(raw.count)
        batch.sources.reserveCapacity(raw.count)
        batch.lines.reserveCapacity(raw.count)
        let memo = DecodingMemo()
        raw.bytes.withUnsafeBytes { all in
            var start = 0
            for i in 0..<raw.count {
                let end = Int(raw.ends[i])
                let line = UnsafeRawBufferPointer(rebasing: all[start..<end])
                start = end
                let full = raw.fullLengths[i]
                let outcome = LineDecoder.decode(line, length: full > 0 ? full : nil, path: path, memo: memo)
                if case .blank = outcome { continue }
                batch.idHashes.append(outcome.id.map(IDSet.hash) ?? 0)
                batch.outcomes.append(outcome)
                batch.sources.append(raw.sources[i])
                batch.lines.append(raw.lines[i])
            }
        }
        return batch
    }

    /// Reads `sources` to the end of what is there now on a reader thread, decodes on decoder
    /// threads and here, and folds here; `progress` is called here with the bytes read so far
    /// and the fold, once per batch, and answers whether to go on: false stops folding at once
    /// (the dashboard quit while catching up; the reader thread is left to the process's exit).
    static func read(_ sources: EventSources, decodePath: DecodePath, into fold: inout EventFold,
                     progress: (Int64, EventFold) -> Bool = { _, _ in true }) -> Finish {
        let expected = expectedLines(sources)
        // This thread decodes too, so one decoder fewer than cores keeps each core busy; past
        // eight, the single folding thread is the limit.
        let wantedDecoders = min(8, max(1, WorkerThread.onlineCores - 1))
        let work = WorkQueue()
        var decoderCount = 0
        for _ in 0..<wantedDecoders {
            let started = WorkerThread.start {
                while let pending = work.next() { pending.decodeIfUnclaimed() }
            }
            if started { decoderCount += 1 }
        }
        // Enough batches in flight to keep every core busy while the fold catches up.
        let channel = Channel(depth: 4 + 2 * wantedDecoders)
        let handoff = Handoff(sources)
        let decoders = decoderCount
        let readerStarted = WorkerThread.start {
            let sources = handoff.sources
            // By exact bytes: two file names that differ only in Unicode form are two sources.
            var pathIndex: [ExactKey: Int32] = [:]
            var raw = RawBatch()
            func dispatch(_ full: RawBatch) {
                let pending = Pending(full, path: decodePath)
                channel.send(pending)
                work.put(pending)
            }
            // Lines come in runs from one source: the path is looked up only when it changes.
            var lastPath = ""
            var lastIndex: Int32 = -1
            let notices = sources.readAvailable { path, line in
                let index: Int32
                if lastIndex >= 0 && ExactKey.bytesEqual(lastPath, path) {
                    index = lastIndex
                } else {
                    if let known = pathIndex[ExactKey(path)] {
                        index = known
                    } else {
                        index = Int32(pathIndex.count)
                        pathIndex[ExactKey(path)] = index
                        raw.newPaths.append(path)
                    }
                    lastPath = path
                    lastIndex = index
                }
                raw.bytes.append(contentsOf: line.bytes)
                raw.ends.append(Int32(truncatingIfNeeded: raw.bytes.count))
                raw.fullLengths.append(line.length > line.bytes.count ? line.length : 0)
                raw.sources.append(index)
                raw.lines.append(line.number)
                // Batches end on a line count or on size, so a run of huge lines stays bounded.
                if raw.count == batchSize || raw.bytes.count >= 4 << 20 {
                    raw.bytesRead = sources.bytesRead
                    dispatch(raw)
                    raw = RawBatch()
                }
            }
            raw.bytesRead = sources.bytesRead
            if raw.count > 0 || !raw.newPaths.isEmpty { dispatch(raw) }
            for _ in 0..<decoders { work.put(nil) }
            channel.finish(Finish(notices: notices, incompleteLines: sources.incompleteLines))
        }
        guard readerStarted else {
            // No thread for the reader: everything on this one, progress as often as before.
            for _ in 0..<decoders { work.put(nil) }
            fold.reserveCapacity(lines: expected)
            var sinceProgress = 0
            let notices = sources.readAvailable { path, line in
                fold.ingest(LineDecoder.decode(line.bytes, length: line.length, path: decodePath),
                            origin: LineOrigin(source: path, line: line.number))
                sinceProgress += 1
                if sinceProgress == batchSize {
                    sinceProgress = 0
                    // No stopping here (no thread could be started: a rare, small case).
                    _ = progress(sources.bytesRead, fold)
                }
            }
            _ = progress(sources.bytesRead, fold)
            return Finish(notices: notices, incompleteLines: sources.incompleteLines)
        }
        // Room for the ids up front (no rehashing as the table grows), made while the reader
        // reads the first batches.
        fold.reserveCapacity(lines: expected)
        var paths: [String] = []
        while let pending = channel.receive() {
            var batch = pending.take(help: work.helpDecode)
            paths += batch.newPaths
            fold.warm(idHashes: batch.idHashes)
            // Each outcome is moved out (and `.blank` left in its place), not copied: the fold
            // then owns its strings without a retain and a release each.
            batch.outcomes.withUnsafeMutableBufferPointer { outcomes in
                for i in outcomes.indices {
                    let outcome = (outcomes.baseAddress! + i).move()
                    (outcomes.baseAddress! + i).initialize(to: .blank)
                    fold.ingest(outcome, idHash: batch.idHashes[i], origin: LineOrigin(source: paths[Int(batch.sources[i])], line: batch.lines[i]))
                }
            }
            if !progress(batch.bytesRead, fold) { return Finish(notices: [], incompleteLines: []) }
        }
        return channel.finished!
    }
}
