import BorderOps
import Dashboard
import EventLog
import Foundation
import JSON
import TestSupport
import Testing
import Words
@testable import Driver

/// The driver's side of the integrity chain: the feed's seal per file as lines arrive, the
/// alert a broken chain raises, and the anchor a report from the dashboard prints.
@Suite struct DashboardChainTests {
    func feed(_ file: String) -> DashboardFeed {
        let app = DashboardApp(arguments: [file], themeChoice: nil, themesDirectory: "Themes", ascii: false, colour: false, forcePolling: false,
                               language: .id, zone: .wita, writer: (operatorID: "duty-01", file: file), operationTemplate: nil, demo: nil)
        let feed = DashboardFeed(app)
        feed.catchUp { _, _ in true }
        // The history was read without hashing; its chain is being hashed on another thread,
        // which wakes the follower's `wait` when done: a later read takes it over. Other wakes
        // (the file watch settling) may come first on a busy machine, so read until it is taken.
        #expect(chain(feed) == .checking)
        let deadline = ContinuousClock.now + .seconds(10)
        while chain(feed) == .checking, ContinuousClock.now < deadline {
            _ = feed.sources.wait(timeoutMs: 500)
            _ = feed.ingest()
        }
        #expect(chain(feed) != .checking)
        return feed
    }

    static let now = Timestamp.parse("2024-11-21T10:00:00+08:00")!

    func chain(_ feed: DashboardFeed) -> SourceStatus.Chain? {
        feed.frame(now: Self.now, language: .id).sources.first?.chain
    }

    func appendStep(_ feed: DashboardFeed, _ file: String, id: String) -> Message {
        let intent = OperatorIntent(type: .checklistStep, post: "nunukan", fields: [
            JSONMember("checklist", .string("cl-opgab-tunontaka-20241120")), JSONMember("step", .string("a2")), JSONMember("state", .string("open")),
        ])
        let request = AppendRequest(intent: intent, id: id, at: Self.now, by: "duty-01", file: file)
        return DashboardEffects(feed: feed, demo: nil, postDirectory: []).perform(.append(request)).first!
    }

    @Test func theSealFollowsWritesAndAReportPrintsTheAnchor() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        let feed = feed(file)
        // The sample was written by no Borderdesk: none of its 435 lines is covered.
        #expect(chain(feed) == .notCovered(lines: 435))
        guard case .appended(_, .written) = appendStep(feed, file, id: "nunukan-x1") else {
            Issue.record("not written")
            return
        }
        #expect(feed.ingest())
        #expect(chain(feed) == .sealed)
        dir.append("post.jsonl", #"{"id":"other-1","ts":"2024-11-21T10:01:00+08:00","type":"op.phase","post":"nunukan","op":"x","phase":"briefing"}"# + "\n")
        #expect(feed.ingest())
        #expect(chain(feed) == .notCovered(lines: 1))
        #expect(feed.frame(now: Self.now, language: .id).alerts.allSatisfy { !$0.id.hasPrefix("chain:") })

        // `P` from the dashboard: the report ends with the anchor of what was folded, and
        // `verify --anchor` accepts it.
        let report = ReportRequest(kind: .operation, id: "opgab-tunontaka-20241120", post: "nunukan", language: .id, nextTo: file)
        let effects = DashboardEffects(feed: feed, demo: nil, postDirectory: [])
        guard case .reportWritten(let path, _)? = effects.perform(.writeReport(report)).first else {
            Issue.record("no report")
            return
        }
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let anchor = try #require(html.range(of: "\(file), baris 437: <code>"))
        let hash = String(html[anchor.upperBound...].prefix(64))
        #expect(hash.count == 64 && hash.allSatisfy(\.isHexDigit))
        let verify = try Borderdesk.run(["verify", "--lang", "en", file, "--anchor", "437:\(hash)"])
        #expect(verify.status == 0, "\(verify.stdout)")
        // A line changed afterwards in place (same length) fails that anchor.
        var bytes = Array(FileManager.default.contents(atPath: file)!)
        bytes[bytes.firstIndex(of: UInt8(ascii: "1"))!] = UInt8(ascii: "2")
        #expect(FileManager.default.createFile(atPath: file, contents: Data(bytes)))
        #expect(try Borderdesk.run(["verify", "--lang", "en", file, "--anchor", "437:\(hash)"]).status == 1)
    }

    @Test func aBrokenChainIsShownAndAlerted() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        let writer = feed(file)
        _ = appendStep(writer, file, id: "nunukan-x1")
        // A copy with one byte of line 3 changed: the link on line 436 no longer holds.
        let copy = dir.file("copy.jsonl")
        var lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "nunukan", with: "nunukaN")
        #expect(FileManager.default.createFile(atPath: copy, contents: Data(lines.joined(separator: "\n").utf8)))
        let reader = feed(copy)
        #expect(chain(reader) == .broken(line: 436))
        let frame = reader.frame(now: Self.now, language: .id)
        let alert = try #require(frame.alerts.first { $0.id == "chain:\(copy)" })
        #expect(alert.severity == .warning && alert.subject == .brokenChain(path: copy, line: 436))
        let row = DashboardView.render(frame, model: DashboardModel(rowScope: .all), width: 120, height: 35).lines[33]
        #expect(row.contains("⚠ rantai putus di copy.jsonl:436"), "\(row)")
    }
}

/// The status line's `galat` for a source that cannot be read is said in the officer's
/// language, from the C library's code (not its English).
@Suite struct SourceErrorWordsTests {
    @Test func aFileReplacedByADirectoryIsSaidInTheLanguage() throws {
        let dir = TempDirectory()
        dir.write("post.jsonl", "")
        let app = DashboardApp(arguments: [dir.file("post.jsonl")], themeChoice: nil, themesDirectory: "Themes", ascii: false, colour: false,
                               forcePolling: false, language: .id, zone: .wita, writer: nil, operationTemplate: nil, demo: nil)
        let feed = DashboardFeed(app)
        feed.catchUp { _, _ in true }
        try FileManager.default.removeItem(atPath: dir.file("post.jsonl"))
        try FileManager.default.createDirectory(atPath: dir.file("post.jsonl"), withIntermediateDirectories: false)
        let now = Timestamp.parse("2024-11-20T14:00:00+08:00")!
        let deadline = ContinuousClock.now + .seconds(10)
        func state() -> SourceStatus.State? { feed.frame(now: now, language: .id).sources.first?.state }
        while state() == .following, ContinuousClock.now < deadline {
            _ = feed.sources.wait(timeoutMs: 200)
            _ = feed.ingest()
        }
        #expect(state() == .error(Word(en: "error: Is a directory", id: "galat: berupa direktori")), "\(String(describing: state()))")
        for (language, said) in [(Language.id, "galat: berupa direktori"), (.en, "error: Is a directory")] {
            var model = DashboardModel(rowScope: .all)
            model.language = language
            let status = DashboardView.render(feed.frame(now: now, language: language), model: model, width: 120, height: 35).lines[33]
            #expect(status.contains("post.jsonl \(said)"), "\(status)")
            #expect(language == .en || !status.contains("directory"), "\(status)")
        }
        // The alert "cannot read" says the same reason, from the same value.
        let alert = feed.frame(now: now, language: .id).alerts.first { $0.id.hasPrefix("source:") }
        #expect(alert?.text == Word(en: "Cannot read \(dir.file("post.jsonl")): Is a directory",
                                    id: "Tidak dapat membaca \(dir.file("post.jsonl")): berupa direktori"), "\(String(describing: alert))")
    }
}
