import BorderOps
import Dashboard
import Foundation
import Generation
import TestSupport
import Testing
import Words
@testable import Driver

/// The panes keep what they derived between frames (`PaneMemo`, under `StateRevisions`): a
/// frame drawn with what was kept must be the frame drawn afresh, whatever was folded since.
@Suite struct PaneMemoFeedTests {
    /// Random lines of every kind (desk, meetings, operations, voyages, voids of any of them,
    /// acknowledgements, a malformed line) appended to a real file the feed follows; after each
    /// read, every pane focused, with and without a filter and a hidden post, in either language,
    /// drawn with the feed's memo equals the same frame drawn without it.
    @Test(arguments: 0..<3)
    func aKeptPaneDrawsWhatAFreshOneWould(seed: UInt64) throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        var app = DashboardApp(arguments: [file], themeChoice: nil, themesDirectory: "Themes", ascii: false, colour: false, forcePolling: true,
                               language: .id, zone: .wita, writer: nil, operationTemplate: nil, demo: nil)
        app.checkpoints = false
        let feed = DashboardFeed(app)
        feed.catchUp { _, _ in true }
        var random = SplitMix64(seed: 0x9e37 &+ seed)
        var ids: [String] = []
        let now = Timestamp.parse("2024-11-21T10:00:00+08:00")!
        for step in 0..<30 {
            let lines = (0..<Int.random(in: 1...3, using: &random)).map { k in
                Self.line(id: "m\(seed)-\(step)-\(k)", earlier: ids, random: &random)
            }
            ids += lines.map(\.id)
            let handle = try #require(FileHandle(forWritingAtPath: file))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(lines.map { $0.text + "\n" }.joined().utf8))
            try handle.close()
            _ = feed.ingest()
            // One language a seed (a frame's cost is the suite's too), so that the same
            // frames are asked for again after each read.
            for language in [Language.allCases[Int(seed) % Language.allCases.count]] {
                let input = feed.frame(now: now, language: language)
                #expect(input.memo != nil && input.revisions != nil)
                Self.expectKeptFramesDrawnAsFresh(input, language: language, "seed \(seed), step \(step), \(language)")
            }
        }
    }

    /// Every model of `models` drawn from `input` with its memo equals the same drawn without it:
    /// cells, roles, styles and click regions alike; the text said when not.
    static func expectKeptFramesDrawnAsFresh(_ input: DashboardInput, language: Language, _ label: String) {
        var fresh = input
        fresh.memo = nil
        for model in models(language: language) {
            let kept = DashboardView.render(input, model: model, width: 120, height: 35)
            let made = DashboardView.render(fresh, model: model, width: 120, height: 35)
            if kept != made {
                Issue.record("\(label), focus \(model.focus), filter \(model.filter(model.focus)):\n\(kept.text)\n--- afresh:\n\(made.text)")
            }
        }
    }

    /// Every pane focused; the same with a filter and a hidden post.
    static func models(language: Language) -> [DashboardModel] {
        PaneID.allCases.flatMap { pane -> [DashboardModel] in
            var plain = DashboardModel(rowScope: .all)
            plain.language = language
            plain.focus = pane
            var narrowed = plain
            narrowed.filters[pane] = "a"
            narrowed.hiddenPosts = ["tarakan"]
            return [plain, narrowed]
        }
    }

    /// One line of a random kind; voids name an earlier line of this test.
    static func line(id: String, earlier: [String], random: inout SplitMix64) -> (id: String, text: String) {
        let post = Bool.random(using: &random) ? "nunukan" : "tarakan"
        let head = #"{"id":"\#(id)","ts":"2024-11-2\#(Int.random(in: 0...1, using: &random))T0\#(Int.random(in: 1...9, using: &random)):00:00+08:00","post":"\#(post)","#
        let n = Int.random(in: 1...4, using: &random)
        let body: String
        switch Int.random(in: 0..<11, using: &random) {
        case 0: body = #""type":"kpi.reported","date":"2024-11-2\#(n % 2)","agency":"lanal","metric":"\#(["patrol", "sambang", "routine_check", "socialisation"][n - 1])","count":\#(n)"#
        case 1: body = #""type":"seizure.recorded","case":"sz-\#(n)","commodity":"tobacco","value_idr":\#(n * 1_000_000),"suspects":\#(n),"agency":"bea-cukai""#
        case 2: body = #""type":"meeting.opened","meeting":"mt-\#(n)","title":"Rapat \#(n)","chair":"Ketua","location":"Aula","attendees":["imigrasi"]"#
        case 3: body = #""type":"agenda.item","meeting":"mt-\#(n)","item":"i\#(n)","title":"Butir \#(n)","owner":"imigrasi","state":"pending""#
        case 4: body = #""type":"action.assigned","meeting":"mt-\#(n)","action":"mt-\#(n)-A\#(n)","title":"Tindak \#(n)","owner":"ksop","due":"2024-11-2\#(n % 2)""#
        case 5: body = #""type":"action.state","action":"mt-\#(n)-A\#(n)","state":"done""#
        case 6: body = #""type":"op.finding","op":"op-\#(n)","finding":"f-\#(id)","category":"smuggling","severity":"warning","summary":"Temuan \#(n)""#
        case 7: body = #""type":"op.team","op":"op-\#(n)","team":"tim-\#(n)","agency":"lanal","status":"deployed""#
        case 8: body = #""type":"passenger.checked","voyage":"thalia-20241120","passenger":"p-9\#(n)","doc":"ktp","result":"cleared""#
        case 9 where !earlier.isEmpty:
            body = #""type":"event.voided","target":"\#(earlier.randomElement(using: &random)!)","reason":"salah ketik""#
        default: return (id, #"{"id":"\#(id)","this is":"not an event"#)
        }
        return (id, head + body + "}")
    }
}
