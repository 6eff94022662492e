import BorderOps
import EventLog
import ExactKeys
import Foundation
import Ingest
import TestSupport
import Testing

/// Checkpoints on disk: a fold taken up from its checkpoint and given what the files gained
/// since is the fold a reader that never stopped has (random lines, random cut points, a line
/// half written at the cut); a file replaced, truncated or changed, a damaged checkpoint and
/// another version's are refused, saying why, and leave the sources to be read from scratch.
@Suite struct CheckpointStoreTests {
    /// A line of a small stream: checks, voyages, voids reaching back and forward, a malformed
    /// line now and then, ids repeated now and then.
    static func line(_ code: Int, _ n: Int, file: Int) -> String {
        let id = code % 17 == 0 ? "dup-\(code % 3)" : "f\(file)-\(n)"
        let head = #"{"id":"\#(id)","ts":"2024-11-20T1\#(code % 10):00:00+08:00","post":"p\#(code % 3)","type":"#
        switch code % 7 {
        case 0: return head + #""voyage.opened","voyage":"v\#(code % 5)","vessel":"KM X","from":"A","to":"B","departs":"2024-11-20T15:00:00+08:00","manifest":9}"#
        case 1: return head + #""event.voided","target":"f\#(code % 2)-\#(code % 40)","reason":"r"}"#
        case 2: return head + #""kpi.reported","date":"2025-07-28","agency":"x","metric":"patrol","count":1.5}"#
        case 3: return head + #""meeting.opened","meeting":"m\#(code % 3)","title":"T","chair":"C","location":"L","attendees":[]}"#
        default: return head + #""passenger.checked","voyage":"v\#(code % 5)","passenger":"p\#(code % 23)","doc":"ktp","result":"cleared"}"#
        }
    }

    static func text(_ codes: ArraySlice<Int>, file: Int, from start: Int) -> String {
        codes.enumerated().map { line($1, start + $0, file: file) + "\n" }.joined()
    }

    static func bytes(_ fold: EventFold) throws -> [UInt8] { try checkpointBytes(of: fold) }

    static func read(_ sources: EventSources, into fold: inout EventFold) {
        sources.readAvailable { path, line in fold.ingest(line, from: path) }
    }

    /// Lines and two cut points from a seed (a failure names its seed).
    static func stream(seed: Int) -> (codes: [Int], cutA: Int, cutB: Int) {
        var state = UInt64(seed) &+ 0xC0FFEE
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return ((0..<next(121)).map { _ in next(100_000) }, next(1001), next(1001))
    }

    @Test(arguments: 0..<100)
    func theCheckpointAndWhatFollowsIsTheFoldThatNeverStopped(seed: Int) throws {
        do {
            let (codes, cutA, cutB) = Self.stream(seed: seed)
            let dir = TempDirectory()
            let half = codes.count / 2
            let (a, b) = (codes[..<half], codes[half...])
            let (ka, kb) = (a.isEmpty ? 0 : cutA % (a.count + 1), b.isEmpty ? 0 : cutB % (b.count + 1))
            // At the cut, a's last line is half written: it is read again after the restart.
            dir.write("a.jsonl", Self.text(a.prefix(ka), file: 0, from: 0) + #"{"id":"half"#)
            dir.write("b.jsonl", Self.text(b.prefix(kb), file: 1, from: 0))
            let paths = [dir.file("a.jsonl"), dir.file("b.jsonl")]
            let store = try #require(CheckpointStore(sources: paths, recursive: false, folder: dir.file("cache")))

            let live = EventSources(arguments: paths)
            var liveFold = EventFold()
            Self.read(live, into: &liveFold)
            #expect(try store.save(liveFold, readFrom: live))

            dir.append("a.jsonl", #"","ts":"2024-11-20T10:00:00+08:00","post":"p","type":"meeting.closed","meeting":"m1"}"# + "\n"
                       + Self.text(a.dropFirst(ka), file: 0, from: ka))
            dir.append("b.jsonl", Self.text(b.dropFirst(kb), file: 1, from: kb))
            Self.read(live, into: &liveFold)

            let restarted = EventSources(arguments: paths)
            guard case .loaded(var fold, let opened) = store.load(into: restarted, problems: ProblemLog(limit: 10_000, keeping: .first)) else {
                Issue.record("checkpoint not loaded")
                return
            }
            #expect(opened.map(\.path) == paths)
            Self.read(restarted, into: &fold)
            #expect(try Self.bytes(fold) == Self.bytes(liveFold))
            #expect(HeadlessSummary.text(fold) == HeadlessSummary.text(liveFold))
            #expect(Array(fold.problems.map(\.description)) == Array(liveFold.problems.map(\.description)))
        }
    }

    /// A checkpoint of `a.jsonl` (three lines) in its own folder, made with its parent (a fresh
    /// `~/.cache`).
    func saved(_ dir: TempDirectory) throws -> (store: CheckpointStore, paths: [String]) {
        dir.write("a.jsonl", Self.text([4, 5, 6], file: 0, from: 0))
        let paths = [dir.file("a.jsonl")]
        let store = try #require(CheckpointStore(sources: paths, recursive: false, folder: dir.file("cache/borderdesk")))
        let sources = EventSources(arguments: paths)
        var fold = EventFold()
        Self.read(sources, into: &fold)
        #expect(try store.save(fold, readFrom: sources))
        return (store, paths)
    }

    func refusal(_ store: CheckpointStore, _ paths: [String]) -> CheckpointStore.Refusal? {
        if case .refused(let why) = store.load(into: EventSources(arguments: paths), problems: ProblemLog(limit: 0, keeping: .first)) { return why }
        return nil
    }

    @Test func theCheckpointIsTheUsersAlone() throws {
        let dir = TempDirectory()
        let (store, _) = try saved(dir)
        for path in [store.path, store.previewPath] {
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(path)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.file("cache/borderdesk")).count == 2, "the checkpoint and its preview, no temporary file left")
        let folderMode = try FileManager.default.attributesOfItem(atPath: dir.file("cache/borderdesk"))[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
    }

    @Test func aReplacedFileIsReadFromScratch() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        dir.write("a.jsonl", Self.text([11, 12, 13, 14], file: 0, from: 0))
        #expect(refusal(store, paths) == .sources(.changed(path: paths[0])))
    }

    @Test func aTruncatedFileIsReadFromScratch() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        dir.write("a.jsonl", Self.text([4], file: 0, from: 0))
        #expect(refusal(store, paths) == .sources(.shorter(path: paths[0])))
    }

    @Test func aCopyThatGrewIsTakenUp() throws {
        // Syncthing delivers a new file (a new inode) holding the old bytes and more.
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        let grown = try String(contentsOfFile: paths[0], encoding: .utf8) + Self.text([4], file: 0, from: 3)
        dir.write("copy", grown)
        try FileManager.default.removeItem(atPath: paths[0])
        try FileManager.default.moveItem(atPath: dir.file("copy"), toPath: paths[0])
        let sources = EventSources(arguments: paths)
        guard case .loaded(var fold, _) = store.load(into: sources, problems: ProblemLog(limit: 0, keeping: .first)) else {
            Issue.record("not loaded")
            return
        }
        Self.read(sources, into: &fold)
        #expect(fold.counts.lines == 4)
        #expect(HeadlessSummary.text(fold) == HeadlessSummary.text(foldWithReader(paths)))
    }

    @Test func aDamagedCheckpointIsRefusedAtEveryByte() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        let good = try Data(contentsOf: URL(fileURLWithPath: store.path))
        for i in stride(from: 0, to: good.count, by: max(1, good.count / 97)) {
            var bad = good
            bad[i] ^= 0x20
            try bad.write(to: URL(fileURLWithPath: store.path))
            guard case .damaged? = refusal(store, paths) else {
                Issue.record("byte \(i) flipped and not refused")
                continue
            }
        }
        try good.prefix(good.count - 1).write(to: URL(fileURLWithPath: store.path))
        guard case .damaged? = refusal(store, paths) else {
            Issue.record("cut short and not refused")
            return
        }
    }

    /// A payload sealed as the store seals it but not what a fold writes (every part read
    /// with a byte changed, the ids' part read on another thread among them) is refused as
    /// undecodable or read as some fold: never trusted past its end, never a crash.
    @Test func aSealedPayloadWithAByteChangedIsRefusedOrRead() throws {
        let dir = TempDirectory()
        let (codes, _, _) = Self.stream(seed: 11)
        dir.write("a.jsonl", Self.text(codes[...], file: 0, from: 0))
        let paths = [dir.file("a.jsonl")]
        let store = try #require(CheckpointStore(sources: paths, recursive: false, folder: dir.file("cache")))
        let sources = EventSources(arguments: paths)
        var fold = EventFold()
        Self.read(sources, into: &fold)
        let good = try Self.bytes(fold)
        let positions = try #require(sources.positions)
        func load(_ payload: [UInt8]) throws -> CheckpointStore.Load {
            try CheckpointFile.write(to: store.path, positions: positions) { sink in try payload.withUnsafeBytes { try sink($0) } }
            return store.load(into: EventSources(arguments: paths), problems: ProblemLog(limit: 0, keeping: .first))
        }
        guard case .loaded(let same, _) = try load(good) else {
            Issue.record("the payload as written is not read")
            return
        }
        #expect(HeadlessSummary.text(same) == HeadlessSummary.text(fold))
        var refused = 0
        for i in stride(from: 0, to: good.count, by: max(1, good.count / 150)) {
            var bad = good
            bad[i] ^= 0x55
            switch try load(bad) {
            case .loaded: break
            case .refused(.otherVersion): refused += 1
            case let other: Issue.record("byte \(i): \(other)")
            }
        }
        #expect(refused > 0)
    }

    @Test func anotherVersionIsRefused() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        try CheckpointFile.write(to: store.path, positions: []) { sink in
            try [UInt8(EventFold.checkpointVersion + 1)].withUnsafeBytes { try sink($0) }
        }
        guard case .otherVersion? = refusal(store, paths) else {
            Issue.record("another version not refused")
            return
        }
    }

    /// A checkpoint of an earlier layout (1: sealed with SHA-256) is another version's, said so,
    /// not "damaged"; a payload length past the file is damaged, not a trap.
    @Test func anotherLayoutIsAnotherVersionAndAnImpossibleLengthIsDamage() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        let good = try Data(contentsOf: URL(fileURLWithPath: store.path))
        var earlier = good
        earlier["BORDERDESK-CHECKPOINT\n".utf8.count] = 1
        try earlier.write(to: URL(fileURLWithPath: store.path))
        #expect(refusal(store, paths) == .otherVersion("layout 1"))
        #expect(throws: LoadedCheckpoint.Refusal.otherLayout(1)) { try LoadedCheckpoint(path: store.path) }

        var long = good
        for i in (good.count - 24)..<(good.count - 16) { long[i] = 0xFF }
        try long.write(to: URL(fileURLWithPath: store.path))
        #expect(throws: LoadedCheckpoint.Refusal.damaged("payload length")) { try LoadedCheckpoint(path: store.path, sealChecked: false) }
        #expect(refusal(store, paths) == .damaged("payload length"))
    }

    @Test func chainsAfterACheckpointAreTheFilesChains() throws {
        // A report's anchors: the bytes the checkpoint stands for are hashed from the file.
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        dir.append("a.jsonl", Self.text([7, 8], file: 0, from: 3))
        let resumed = FoldedSources.fold(paths, chains: ChainTracking(), checkpoint: store)
        let cold = FoldedSources.fold(paths, chains: ChainTracking())
        #expect(resumed.checkpointRefusal == nil)
        #expect(resumed.fold.counts.lines == 5)
        #expect(resumed.chains.count == 1)
        #expect(resumed.chains.map(\.chain.hash) == cold.chains.map(\.chain.hash))
        #expect(resumed.chains.map(\.chain.lines) == cold.chains.map(\.chain.lines))
        #expect(HeadlessSummary.text(resumed.fold) == HeadlessSummary.text(cold.fold))
    }

    @Test func otherSourcesAreRefused() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        dir.write("b.jsonl", "")
        #expect(refusal(store, paths + [dir.file("b.jsonl")]) == .sources(.otherSources))
    }

    /// The preview (the first frame's part of the state) is taken beside the checkpoint it was
    /// written with, for the files as they were, from the instant it was made for on; nothing
    /// else is drawn from, and the checkpoint itself is read as before.
    @Test func thePreviewIsTakenOnlyBesideItsCheckpointAndItsFiles() throws {
        let dir = TempDirectory()
        let (store, paths) = try saved(dir)
        let now = LocalClock.now()
        let preview = try #require(store.loadPreview(sources: EventSources(arguments: paths), now: now)).fold
        #expect(preview.state.isPreview && preview.counts.lines == 3)
        #expect(preview.state.voyages.count + preview.state.leftOut.voyages == 3, "three voyages checked, none opened")
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now.adding(minutes: -24 * 60 - 10)) == nil, "made for more than a day later")
        // The files grew: the preview is still of their first bytes, as the checkpoint is.
        dir.append("a.jsonl", Self.text([7], file: 0, from: 3))
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now) != nil)
        // A checkpoint written again without its preview (a preview that failed): not its own.
        let previewBytes = try Data(contentsOf: URL(fileURLWithPath: store.previewPath))
        let sources = EventSources(arguments: paths)
        var fold = EventFold()
        Self.read(sources, into: &fold)
        #expect(try store.save(fold, readFrom: sources))
        try previewBytes.write(to: URL(fileURLWithPath: store.previewPath))
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now) == nil, "of another checkpoint")
        try FileManager.default.removeItem(atPath: store.previewPath)
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now) == nil)
        #expect(refusal(store, paths) == nil, "the checkpoint is read without its preview")
        // A damaged preview, a replaced file.
        #expect(try store.save(fold, readFrom: sources))
        var damaged = try Data(contentsOf: URL(fileURLWithPath: store.previewPath))
        damaged[damaged.count / 2] ^= 1
        try damaged.write(to: URL(fileURLWithPath: store.previewPath))
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now) == nil, "damaged")
        #expect(try store.save(fold, readFrom: sources))
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now) != nil)
        dir.write("a.jsonl", Self.text([11, 12, 13, 14, 15], file: 0, from: 0))
        #expect(store.loadPreview(sources: EventSources(arguments: paths), now: now) == nil, "a file replaced")
    }

    @Test func noCheckpointIsSilent() throws {
        let dir = TempDirectory()
        dir.write("a.jsonl", "")
        let store = try #require(CheckpointStore(sources: [dir.file("a.jsonl")], recursive: false, folder: dir.file("cache")))
        guard case .absent = store.load(into: EventSources(arguments: [dir.file("a.jsonl")]), problems: ProblemLog(limit: 0, keeping: .first)) else {
            Issue.record("no checkpoint, yet not absent")
            return
        }
    }
}
