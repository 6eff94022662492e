import BorderOps
import EventLog
import ExactKeys
import Ingest
import TestSupport
import Testing

/// A checkpoint keeps its id table's seed and slots, so that reading it is a copy: a fold read
/// back in another process goes on hashing ids with the checkpoint's seed, not the process's,
/// on every path (the pipeline's decoder threads hash ids before the fold sees them).
@Suite struct CheckpointSeedTests {
    @Test(arguments: 0..<20)
    func aFoldMadeByAnotherProcessGoesOnThroughThePipeline(seed: Int) throws {
        let (codes, cut, _) = CheckpointStoreTests.stream(seed: seed)
        let dir = TempDirectory()
        let k = codes.isEmpty ? 0 : cut % (codes.count + 1)
        dir.write("a.jsonl", CheckpointStoreTests.text(codes.prefix(k), file: 0, from: 0))
        let paths = [dir.file("a.jsonl")]
        let store = try #require(CheckpointStore(sources: paths, recursive: false, folder: dir.file("cache")))
        // Another process's seed: the table's slots say nothing to this process's.
        let other = ExactHashSeed(UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 | 1, 0x0123_4567_89AB_CDEF)
        #expect(other != .process)
        let live = EventSources(arguments: paths)
        var liveFold = EventFold(idHashSeed: other)
        CheckpointStoreTests.read(live, into: &liveFold)
        #expect(try store.save(liveFold, readFrom: live))

        dir.append("a.jsonl", CheckpointStoreTests.text(codes.dropFirst(k), file: 0, from: k))
        let restarted = EventSources(arguments: paths)
        guard case .loaded(var fold, _) = store.load(into: restarted, problems: ProblemLog(limit: 10_000, keeping: .first)) else {
            Issue.record("checkpoint not loaded")
            return
        }
        #expect(fold.idHashSeed == other)
        _ = PipelinedFold.read(restarted, decodePath: .automatic, into: &fold)

        var scratch = EventFold()
        CheckpointStoreTests.read(EventSources(arguments: paths), into: &scratch)
        #expect(fold.counts == scratch.counts)
        #expect(HeadlessSummary.text(fold) == HeadlessSummary.text(scratch))
        // (A `kpi.reported` line of the stream is malformed: its id is not claimed.)
        for code in codes where code % 17 == 0 && code % 7 != 2 {
            #expect(fold.hasSeen(id: "dup-\(code % 3)"), "an id from before the checkpoint is found with its seed")
        }
    }
}
