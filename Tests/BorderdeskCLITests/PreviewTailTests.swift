import BorderOps
import Dashboard
import EventLog
import Foundation
import Generation
import Ingest
import TestSupport
import Testing
import Words
@testable import Driver

/// While the checkpoint is read on another thread, the lines written since it are folded into its
/// preview and shown; once it is read, the dashboard's fold is the fold from scratch (each line
/// once); when the checkpoint turns out damaged the sources are read again from their first
/// byte, and when another writer's replaced it meanwhile, from where that one stands (issue 19).
@Suite struct PreviewTailTests {
    enum Meanwhile: CaseIterable { case nothing, checkpointDamaged, checkpointReplaced }

    /// Random lines of every kind (voids, malformed lines, a line written twice) before and
    /// after the checkpoint, and one half written at the end.
    @Test(arguments: 0..<12)
    func theLinesSinceAreShownThenFoldedOnce(seed: UInt64) throws {
        let meanwhile = Meanwhile.allCases[Int(seed) % Meanwhile.allCases.count]
        let dir = TempDirectory()
        var random = SplitMix64(seed: 0x5eed &+ seed)
        var ids: [String] = []
        func append(_ count: Int, tag: String) {
            var text = ""
            for k in 0..<count {
                let line = PaneMemoFeedTests.line(id: "\(tag)-\(seed)-\(k)", earlier: ids, random: &random)
                ids.append(line.id)
                text += line.text + "\n"
                // Written twice now and then: the second is a duplicate, in the preview too.
                if k % 7 == 3 { text += line.text + "\n" }
            }
            dir.append("post.jsonl", text)
        }
        let since = Int.random(in: 1...30, using: &random)
        let (app, first, restarted, preview) = try Self.restarted(dir, before: { append(Int.random(in: 0...40, using: &random), tag: "before") }) {
            append(since, tag: "since")
            dir.append("post.jsonl", #"{"id":"half-written","#)
        }
        let file = dir.file("post.jsonl")
        switch meanwhile {
        case .nothing: break
        case .checkpointDamaged:
            let path = try #require(CheckpointStore(sources: [file], recursive: false, folder: dir.file("cache"))).path
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes[bytes.count / 2] ^= 0x20
            try bytes.write(to: URL(fileURLWithPath: path))
        case .checkpointReplaced:
            // Another dashboard on the same files writes its own, further on.
            _ = first.ingest()
            #expect(first.saveCheckpoint(now: LocalClock.now(), force: true, language: .id) == nil)
        }
        // The frames' instant (the sources' health notes when it first saw a malformed line),
        // after the indexes built on the reading thread: a clock gone back would rebuild them.
        let now = LocalClock.now().adding(minutes: 1)
        var shown: [EventFold] = []
        // The whole fold's first frames drawn on the reading thread (their rows kept for the frames
        // compared with the cold fold's below, but where the lines since changed them).
        let models = PaneMemoFeedTests.models(language: .id) + [DashboardModel(language: .id)]
        let refused = restarted.loadCheckpoint(behind: preview, drawingFirst: { input in
            for model in models { _ = DashboardView.render(input, model: model, width: 120, height: 35) }
        }) {
            shown.append(restarted.fold)
            // The preview's frames are drawn with the kept orderings and memos: as drawn afresh.
            PaneMemoFeedTests.expectKeptFramesDrawnAsFresh(restarted.frame(now: now, language: .id), language: .id, "\(meanwhile), preview")
        }
        switch meanwhile {
        case .nothing: #expect(refused == nil)
        case .checkpointDamaged: #expect(refused == CheckpointStore.Refusal.damaged(LoadedCheckpoint.sealMismatch).word)
        case .checkpointReplaced: #expect(refused == nil, "the other writer's checkpoint is taken up")
        }
        // Every line since was in the preview shown (the half-written one waits), and the
        // preview is still marked as such.
        let last = try #require(shown.last)
        #expect(last.state.isPreview)
        #expect(last.counts.lines == preview.fold.counts.lines + since + (since + 3) / 7)
        let cold = try Self.expectSameAsCold(restarted, app)
        // Both files' chains hashed and taken (the status line shows their seals).
        for feed in [restarted, cold] {
            _ = feed.anchors()
            _ = feed.ingest()
        }
        for model in models {
            let restartedFrame = DashboardView.render(restarted.frame(now: now, language: .id), model: model, width: 120, height: 35)
            let coldFrame = DashboardView.render(cold.frame(now: now, language: .id), model: model, width: 120, height: 35)
            // Cells, roles, styles and click regions alike; the text said when not.
            if restartedFrame != coldFrame {
                let (a, b) = (restartedFrame.text.split(separator: "\n"), coldFrame.text.split(separator: "\n"))
                let differing = zip(a, b).filter { $0 != $1 }.map { "\($0)\n\($1)" }.joined(separator: "\n")
                Issue.record("\(meanwhile), focus \(model.focus): restarted, then cold:\n\(differing.isEmpty ? "(roles, styles or clicks)" : differing)")
            }
        }
        // The half-written line, finished, is folded once.
        dir.append("post.jsonl", #""ts":"2024-11-20T10:00:00+08:00","type":"kpi.reported","post":"nunukan","date":"2024-11-20","agency":"lanal","metric":"patrol","count":2}"# + "\n")
        _ = restarted.ingest()
        _ = cold.ingest()
        #expect(HeadlessSummary.text(restarted.fold) == HeadlessSummary.text(cold.fold))
        #expect(restarted.fold.counts.lines == cold.fold.counts.lines)
    }

    /// A feed on the sample file (`before` appended to it) with a checkpoint written, and the feed
    /// that restarts from it once `since` has been appended, with the checkpoint's preview.
    private static func restarted(_ dir: TempDirectory, before: () -> Void = {}, since: () -> Void) throws
        -> (app: DashboardApp, first: DashboardFeed, restarted: DashboardFeed, preview: CheckpointPreview) {
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        before()
        var app = DashboardApp(arguments: [file], themeChoice: nil, themesDirectory: "Themes", ascii: false, colour: false, forcePolling: false,
                               language: .id, zone: .wita, writer: nil, operationTemplate: nil, demo: nil)
        app.checkpointFolder = dir.file("cache")
        let first = DashboardFeed(app)
        first.catchUp { _, _ in true }
        #expect(first.saveCheckpoint(now: LocalClock.now(), force: true, language: .id) == nil)
        since()
        let restarted = DashboardFeed(app)
        return (app, first, restarted, try #require(restarted.loadPreview(now: LocalClock.now())))
    }

    /// The restarted feed, caught up, is the cold fold of the same files (checkpoint bytes and
    /// summary); the cold feed.
    @discardableResult
    private static func expectSameAsCold(_ restarted: DashboardFeed, _ app: DashboardApp) throws -> DashboardFeed {
        restarted.catchUp { _, _ in true }
        var coldApp = app
        coldApp.checkpoints = false
        let cold = DashboardFeed(coldApp)
        cold.catchUp { _, _ in true }
        #expect(try checkpointBytes(of: restarted.fold) == checkpointBytes(of: cold.fold))
        #expect(HeadlessSummary.text(restarted.fold) == HeadlessSummary.text(cold.fold))
        return cold
    }

    /// Lines appended while the checkpoint is read (the read held back until they are seen): the
    /// loop waiting for the read wakes to them, folds them into the preview and shows it; each is
    /// folded once.
    @Test func linesArrivingWhileTheCheckpointIsReadAreShownAndFoldedOnce() throws {
        let dir = TempDirectory()
        var random = SplitMix64(seed: 0xa771)
        var ids: [String] = []
        func lines(_ count: Int, tag: String) -> String {
            (0..<count).map { k in
                let line = PaneMemoFeedTests.line(id: "\(tag)-\(k)", earlier: ids, random: &random)
                ids.append(line.id)
                return line.text + "\n"
            }.joined()
        }
        let (app, _, restarted, preview) = try Self.restarted(dir) { dir.append("post.jsonl", lines(5, tag: "since")) }
        let gate = DispatchSemaphore(value: 0)
        restarted.beforeReadingCheckpoint = { _ = gate.wait(timeout: .now() + 10) }
        var shown: [EventFold] = []
        let later = lines(7, tag: "later")
        let refused = restarted.loadCheckpoint(behind: preview) {
            shown.append(restarted.fold)
            switch shown.count {
            case 1: dir.append("post.jsonl", later)  // the read is held back: these come through the wait
            case 2: gate.signal()
            default: break
            }
        }
        #expect(refused == nil)
        #expect(shown.count == 2, "the lines there at the start, then those that arrived")
        #expect(shown.map(\.counts.lines) == [preview.fold.counts.lines + 5, preview.fold.counts.lines + 12])
        #expect(shown.allSatisfy { $0.state.isPreview })
        #expect(!restarted.fold.state.isPreview)
        try Self.expectSameAsCold(restarted, app)
    }

    /// Where a seizure comes, if one does: among the lines since the checkpoint (kept, folded
    /// after the switch), or after the read, taken by the catch-up.
    enum SeizureComes: CaseIterable { case never, since, afterTheRead }

    /// The whole fold's first frame finds its rows made on the reading thread: none made again
    /// when the lines since changed no pane's rows (passenger checks), the desk's alone when a
    /// seizure came among them, every pane's when the catch-up read one after the read; each
    /// time the frame is the cold fold's.
    @Test(arguments: SeizureComes.allCases)
    func theFirstWholeFrameFindsItsRowsMadeWhileTheCheckpointWasRead(seizure: SeizureComes) throws {
        let seizureLine = #"{"id":"sz-since","ts":"2024-11-20T13:05:00+08:00","type":"seizure.recorded","post":"nunukan","by":"bc-02","case":"BC-SINCE","commodity":"tobacco","value_idr":5000000,"suspects":1,"agency":"bea-cukai"}"#
        let dir = TempDirectory()
        var since = (0..<4).map { k in
            #"{"id":"chk-\#(k)","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-20241120","passenger":"q\#(k)","doc":"ktp","result":"cleared"}"#
        }
        if seizure == .since { since.append(seizureLine) }
        let (app, _, restarted, preview) = try Self.restarted(dir) { dir.append("post.jsonl", since.map { $0 + "\n" }.joined()) }
        let model = DashboardModel(language: .id)
        let refused = restarted.loadCheckpoint(behind: preview, drawingFirst: { input in
            _ = DashboardView.render(input, model: model, width: 120, height: 35)
        }) {}
        #expect(refused == nil)
        if seizure == .afterTheRead { dir.append("post.jsonl", seizureLine + "\n") }
        restarted.catchUp { _, _ in true }
        let now = LocalClock.now()
        let madeOnTheReadingThread = restarted.memo.made
        #expect(madeOnTheReadingThread > 0)
        let first = DashboardView.render(restarted.frame(now: now, language: .id), model: model, width: 120, height: 35)
        let madeAgain = restarted.memo.made - madeOnTheReadingThread
        switch seizure {
        case .never: #expect(madeAgain == 0, "nothing made again at the switch")
        case .since: #expect(madeAgain == 1, "the desk's rows alone made again")
        case .afterTheRead: #expect(madeAgain > 0, "the catch-up read a line: every pane's rows made again")
        }
        let cold = try Self.expectSameAsCold(restarted, app)
        #expect(first == DashboardView.render(cold.frame(now: now, language: .id), model: model, width: 120, height: 35))
    }

    /// More than `bytesIntoPreview` written since the checkpoint: it is read first, as without a
    /// preview (the lines since with every core), and nothing is folded into the preview.
    @Test func moreThanFourMiBSinceTheCheckpointIsReadFirst() throws {
        let dir = TempDirectory()
        var text = ""
        var k = 0
        while Int64(text.utf8.count) <= DashboardFeed.bytesIntoPreview {
            text += #"{"id":"bulk-\#(k)","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"bulk","passenger":"p\#(k)","doc":"ktp","result":"cleared","note":"\#(String(repeating: "x", count: 120))"}"# + "\n"
            k += 1
        }
        let (app, _, restarted, preview) = try Self.restarted(dir) { dir.append("post.jsonl", text) }
        var shown = 0
        let refused = restarted.loadCheckpoint(behind: preview) { shown += 1 }
        #expect(refused == nil)
        #expect(shown == 0, "nothing folded into the preview")
        #expect(!restarted.fold.state.isPreview)
        #expect(restarted.fold.counts.lines == preview.fold.counts.lines, "the checkpoint's fold, the lines since not yet read")
        try Self.expectSameAsCold(restarted, app)
    }
}
