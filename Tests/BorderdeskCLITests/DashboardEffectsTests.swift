import BorderOps
import Catalogs
import Configuration
import Dashboard
import Foundation
import JSON
import TestSupport
import Testing
import Words
import Demo
@testable import Driver

/// The driver's effects on real files, without a terminal: appending, a report next to the
/// event files, the demo's controls on a real replay.
@Suite struct DashboardEffectsTests {
    func app(_ file: String, demo: DemoReplay? = nil) -> DashboardApp {
        DashboardApp(arguments: [file], themeChoice: nil, themesDirectory: "Themes", ascii: false, colour: false, forcePolling: false,
                     language: .id, zone: .wita, writer: (operatorID: "duty-01", file: file), operationTemplate: nil, demo: demo)
    }

    func effects(_ file: String) -> DashboardEffects {
        let feed = DashboardFeed(app(file))
        feed.catchUp { _, _ in true }
        return DashboardEffects(feed: feed, demo: nil, postDirectory: [])
    }

    @Test func appendWritesAValidChainedEventAndAFailureIsSaid() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        let intent = OperatorIntent(type: .checklistStep, post: "nunukan", fields: [
            JSONMember("checklist", .string("cl-opgab-tunontaka-20241120")), JSONMember("step", .string("a2")), JSONMember("state", .string("open")),
        ])
        let at = Timestamp.parse("2024-11-21T10:00:00+08:00")!
        let request = AppendRequest(intent: intent, id: "nunukan-x1", at: at, by: "duty-01", file: file)
        #expect(effects(file).perform(.append(request)) == [.appended(intent, .written(unconfirmed: nil))])
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("436 lines, 1 carry prev"), "\(verify.stdout)")
        let last = try StrictJSONParser.parse(String(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").last!))
        #expect(last["id"] == .string("nunukan-x1") && last["by"] == .string("duty-01") && last["ts"] == .string("2024-11-21T10:00:00+08:00"))
        // A named pipe with no reader: refused at once, not waited on.
        let fifo = dir.file("pipe.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        var refused = request
        refused.file = fifo
        guard case .appended(_, .failed(let reason))? = effects(file).perform(.append(refused)).first else {
            Issue.record("not refused")
            return
        }
        #expect(reason.contains("is a named pipe (FIFO), not a regular file"), "\(reason)")
    }

    @Test func aBatchIsWrittenWholeOrNotAtAll() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let kpi = { (metric: String, count: Int64) in
            OperatorIntent(type: .kpiReported, post: "nunukan", fields: [
                JSONMember("date", .string("2024-11-21")), JSONMember("agency", .string("lanal")),
                JSONMember("metric", .string(metric)), JSONMember("count", .number(JSONNumber(count))),
            ])
        }
        let at = Timestamp.parse("2024-11-21T10:00:00+08:00")!
        let batch = AppendRequest(intents: [kpi("patrol", 4), kpi("sambang", 2)], ids: ["nunukan-k1", "nunukan-k2"], at: at, by: "duty-01", file: file)
        #expect(effects(file).perform(.append(batch)) == [.appended(kpi("patrol", 4), .written(unconfirmed: nil))])
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("437 lines, 2 carry prev"), "both chained: \(verify.stdout)")
        // One event the format refuses (a metric it does not know): nothing of the batch is written.
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.count > before.count)
        let bad = AppendRequest(intents: [kpi("routine_check", 1), kpi("no-such-metric", 1)], ids: ["nunukan-k3", "nunukan-k4"], at: at, by: "duty-01", file: file)
        guard case .appended(_, .failed)? = effects(file).perform(.append(bad)).first else {
            Issue.record("an invalid batch was not refused")
            return
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == written, "the file is as it was")
    }

    @Test func reportKeyWritesNextToTheEventFiles() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        let report = ReportRequest(kind: .operation, id: "opgab-tunontaka-20241120", post: "nunukan", language: .id, nextTo: file)
        let path = dir.file("laporan-operasi-opgab-tunontaka-20241120.html")
        #expect(effects(file).perform(.writeReport(report)) == [.reportWritten(path: path, replaced: false)])
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("LAPORAN HASIL KEGIATAN"))
        #expect(effects(file).perform(.writeReport(report)) == [.reportWritten(path: path, replaced: true)])
        let meeting = ReportRequest(kind: .meeting, id: "timpora-nnk-20241120", post: "nunukan", language: .id, nextTo: file)
        #expect(effects(file).perform(.writeReport(meeting)) == [.reportWritten(path: dir.file("laporan-rapat-timpora-nnk-20241120.html"), replaced: false)])
        let unknown = ReportRequest(kind: .meeting, id: "nope", post: nil, language: .id, nextTo: file)
        guard case .reportFailed? = effects(file).perform(.writeReport(unknown)).first else {
            Issue.record("an unknown meeting is a failure")
            return
        }
    }

    /// The walkthrough controls on a real replay: pause, the next stage (even paused), speed
    /// within 1-3600×, restart into a new file (the old one never truncated).
    @Test func demoControlsPauseJumpSpeedAndRestart() throws {
        let dir = TempDirectory()
        let scenarios = Borderdesk.packageRoot + "/sample-data/scenarios"
        let text = try String(contentsOfFile: scenarios + "/tawau-ferry-morning.jsonl", encoding: .utf8)
        let script = try DemoScript.parse(try String(contentsOfFile: scenarios + "/tawau-ferry-morning.captions.toml", encoding: .utf8), path: "captions")
        let replay = try DemoReplay(name: "tawau", lines: text.split(separator: "\n").map(String.init), script: script, speed: 1, directory: dir.path)
        let effects = DashboardEffects(feed: DashboardFeed(app(replay.file, demo: replay)), demo: replay, postDirectory: [])
        #expect(effects.perform(.demo(.pause)) == [.demoAdvanced])
        #expect(replay.caption(.en).hasPrefix("❚❚ 1× "))
        #expect(effects.perform(.demo(.nextStage)) == [.demoAdvanced])
        #expect(replay.caption(.en).hasPrefix("❚❚ 1× 12/462") && replay.caption(.en).contains("apel bersama"), "\(replay.caption(.en))")
        let first = replay.file
        let replayed = try String(contentsOfFile: first, encoding: .utf8)
        #expect(replayed.split(separator: "\n").count == 12)
        _ = effects.perform(.demo(.faster))
        #expect(replay.caption(.en).hasPrefix("❚❚ 2× "))
        _ = effects.perform(.demo(.slower))
        _ = effects.perform(.demo(.slower))
        #expect(replay.caption(.en).hasPrefix("❚❚ 1× "), "slowest is 1×")
        _ = effects.perform(.demo(.restart))
        #expect(replay.file != first && replay.caption(.en).hasPrefix("▶ 1× 0/462"), "\(replay.caption(.en))")
        #expect(try String(contentsOfFile: first, encoding: .utf8) == replayed)
    }

    /// A demo's frame is at the scenario's time, not today's: the header clock, "today" and the
    /// overdue marks follow the replay as the alerts already did.
    @Test func aDemosFrameIsOnTheScenariosClock() throws {
        let dir = TempDirectory()
        let scenarios = Borderdesk.packageRoot + "/sample-data/scenarios"
        let lines = try String(contentsOfFile: scenarios + "/nunukan-2024-11-20.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        let script = try DemoScript.parse(try String(contentsOfFile: scenarios + "/nunukan-2024-11-20.captions.toml", encoding: .utf8), path: "captions")
        let replay = try DemoReplay(name: "nunukan", lines: lines, script: script, speed: nil, directory: dir.path)
        for _ in 0..<40 { try replay.tick() }
        let feed = DashboardFeed(app(replay.file, demo: replay))
        feed.catchUp { _, _ in true }
        let scenarioNow = try #require(replay.scenarioTime)
        let frame = feed.frame(now: Timestamp.parse("2026-12-05T09:00:00+08:00")!, language: .id)
        #expect(frame.now == scenarioNow)
        let header = DashboardView.render(frame, model: DashboardModel(language: .id, rowScope: .all), width: 120, height: 35).lines[0]
        #expect(header.contains(PostTime.dateTime(scenarioNow, in: .wita, language: .id)), "\(header)")
        #expect(!header.contains("2026"), "\(header)")
        // Without a demo the frame is at the time it is asked for.
        let plain = DashboardFeed(app(replay.file)).frame(now: Timestamp.parse("2026-12-05T09:00:00+08:00")!, language: .id)
        #expect(plain.now == Timestamp.parse("2026-12-05T09:00:00+08:00")!)
    }

    /// A second demo into the same --out folder writes a new file: it used to append to the
    /// first demo's file, so every replayed event was a duplicate and the replay began at its end.
    @Test func aReusedOutFolderGetsANewFileEachRun() throws {
        let dir = TempDirectory()
        let scenarios = Borderdesk.packageRoot + "/sample-data/scenarios"
        let sample = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"
        let lines = try String(contentsOfFile: scenarios + "/nunukan-2024-11-20.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
        let script = try DemoScript.parse(try String(contentsOfFile: scenarios + "/nunukan-2024-11-20.captions.toml", encoding: .utf8), path: "captions")
        var files: [String] = []
        for _ in 0..<2 {
            let replay = try DemoReplay(name: "nunukan", lines: lines, script: script, speed: nil, directory: dir.path)
            while !replay.finished { try replay.tick() }
            files.append(replay.file)
        }
        #expect(Set(files).count == 2, "one new file a run: \(files)")
        let direct = try Borderdesk.run(["summary", sample, "--json"])
        for file in files {
            let summary = try Borderdesk.run(["summary", file, "--json"])
            #expect(summary.status == 0 && summary.stdout.contains(#""duplicates": 0"#), "\(file): \(summary.stdout)")
            #expect(summary.stdout == direct.stdout, "\(file) holds its scenario once")
            #expect(try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").count == 435)
        }
    }
}
