import BorderOps
import Dispatch
import EventLog
import ExactKeys
import Synchronization

/// Catching up on a large log with every core: decoding a line is pure, so a reader thread cuts
/// the sources into batches of lines, decoder threads decode them, and the caller folds them in
/// the order they were read, decoding a batch itself when no decoder has taken it yet (so no
/// core idles while the other works). The fold therefore sees exactly the sequence a single
/// thread would, bad lines included.
public enum PipelinedFold {
    /// About how many events `sources` hold now beyond what was read (or taken from a
    /// checkpoint): events average 150 bytes or more.
    static func expectedLines(_ sources: EventSources) -> Int {
        Int(min(max(0, sources.totalFileBytes - sources.bytesRead) / 150, 50_000_000))
    }

    /// Decodes one raw batch (on any thread).
    static func decode(_ raw: RawBatch, path: DecodePath, idSeed: ExactHashSeed) -> Batch {
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
                batch.idHashes.append(outcome.id.map { IDSet.hash($0, seed: idSeed) } ?? 0)
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
    public static func read(_ sources: EventSources, decodePath: DecodePath, into fold: inout EventFold,
                            progress: (Int64, EventFold) -> Bool = { _, _ in true }) -> Finish {
        let expected = expectedLines(sources)
        let idSeed = fold.idHashSeed
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
                let pending = Pending(full, path: decodePath, idSeed: idSeed)
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
