import BorderOps
import EventLog
import Foundation
import Ingest
import TestSupport
import Testing

/// A folder's checkpoint (`run hq`, `run --recursive hq`): files that appear, go, are rewritten or
/// delivered again grown.
extension CheckpointStoreTests {
    /// A headquarters' tree (`run --recursive hq`): a post's file, a file in a subfolder, and
    /// after the checkpoint a new file that sorts between them (a new terminal): taken up from
    /// the checkpoint, the fold is the one of a reader that never stopped, which read the new
    /// file when it appeared, after the others (ids repeated across files included).
    @Test(arguments: 0..<60)
    func aFolderTakenUpIsTheFoldThatNeverStopped(seed: Int) throws {
        let (codes, cutA, cutB) = Self.stream(seed: seed)
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("hq/tarakan"), withIntermediateDirectories: true)
        let third = codes.count / 3
        let (a, b, c) = (codes[..<third], codes[third..<(2 * third)], codes[(2 * third)...])
        let (ka, kb) = (a.isEmpty ? 0 : cutA % (a.count + 1), b.isEmpty ? 0 : cutB % (b.count + 1))
        dir.write("hq/nunukan.jsonl", Self.text(a.prefix(ka), file: 0, from: 0) + #"{"id":"half"#)
        dir.write("hq/tarakan/pos2.jsonl", Self.text(b.prefix(kb), file: 1, from: 0))
        let paths = [dir.file("hq")]
        let store = try #require(CheckpointStore(sources: paths, recursive: true, folder: dir.file("cache")))

        let live = EventSources(arguments: paths, recursive: true)
        var liveFold = EventFold()
        Self.read(live, into: &liveFold)
        #expect(try store.save(liveFold, readFrom: live))

        dir.append("hq/nunukan.jsonl", #"","ts":"2024-11-20T10:00:00+08:00","post":"p","type":"meeting.closed","meeting":"m1"}"# + "\n"
                   + Self.text(a.dropFirst(ka), file: 0, from: ka))
        dir.append("hq/tarakan/pos2.jsonl", Self.text(b.dropFirst(kb), file: 1, from: kb))
        dir.write("hq/tarakan/pos1.jsonl", Self.text(c, file: 2, from: 0))
        Self.read(live, into: &liveFold)

        let restarted = EventSources(arguments: paths, recursive: true)
        guard case .loaded(var fold, let opened) = store.load(into: restarted, problems: ProblemLog(limit: 10_000, keeping: .first)) else {
            Issue.record("checkpoint of a folder not loaded")
            return
        }
        #expect(opened.map(\.path) == [dir.file("hq/nunukan.jsonl"), dir.file("hq/tarakan/pos2.jsonl")])
        Self.read(restarted, into: &fold)
        #expect(try Self.bytes(fold) == Self.bytes(liveFold))
        #expect(HeadlessSummary.text(fold) == HeadlessSummary.text(liveFold))
        #expect(Array(fold.problems.map(\.description)) == Array(liveFold.problems.map(\.description)))
    }

    /// A folder's checkpoint: a file gone from it, or one rewritten, is a refusal naming it; one
    /// Syncthing delivered again grown (a new inode) is taken up.
    @Test func aFolderWhoseFileWentOrChangedIsReadFromScratch() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("post"), withIntermediateDirectories: true)
        dir.write("post/a.jsonl", Self.text([4, 5, 6], file: 0, from: 0))
        dir.write("post/b.jsonl", Self.text([8, 9], file: 1, from: 0))
        let paths = [dir.file("post")]
        let store = try #require(CheckpointStore(sources: paths, recursive: false, folder: dir.file("cache")))
        let sources = EventSources(arguments: paths)
        var fold = EventFold()
        Self.read(sources, into: &fold)
        #expect(try store.save(fold, readFrom: sources))

        let grown = try String(contentsOfFile: dir.file("post/a.jsonl"), encoding: .utf8) + Self.text([4], file: 0, from: 3)
        dir.write("copy.tmp", grown)
        try FileManager.default.removeItem(atPath: dir.file("post/a.jsonl"))
        try FileManager.default.moveItem(atPath: dir.file("copy.tmp"), toPath: dir.file("post/a.jsonl"))
        let resumed = FoldedSources.fold(paths, checkpoint: store)
        #expect(resumed.checkpointRefusal == nil)
        #expect(resumed.fold.counts.lines == 6)
        #expect(HeadlessSummary.text(resumed.fold) == HeadlessSummary.text(foldWithReader(paths)))

        dir.write("post/b.jsonl", Self.text([10, 11], file: 1, from: 0))
        #expect(refusal(store, paths) == .sources(.changed(path: dir.file("post/b.jsonl"))))
        try FileManager.default.removeItem(atPath: dir.file("post/b.jsonl"))
        guard case .sources(.unreadable(path: let path, reason: _))? = refusal(store, paths) else {
            Issue.record("a file gone from the folder, yet not refused")
            return
        }
        #expect(path == dir.file("post/b.jsonl"))
        let cold = FoldedSources.fold(paths, checkpoint: store)
        #expect(cold.fold.counts.lines == 4, "refused: everything read from the start")
    }
}
