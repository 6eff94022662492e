import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// The demo replayer end to end: a real terminal, the replay's files read back.
@Suite(.serialized) struct DemoEndToEndTests {
    /// A demo at --speed max ends with the same summary as folding its scenario directly.
    @Test(.realTerminal) func demoAtMaxSpeedEndsWithTheScenariosSummary() async throws {
        let dir = TempDirectory()
        let out = dir.file("replay")
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) demo nunukan --speed max --out \(out)")
        #expect(try await tmux.waitFor(timeout: 10) { $0.contains("435/435") && $0.contains("Selesai") } != nil, "\(tmux.shown)")
        // The caption counts what the replayer appended; the panes show what the follower has
        // read back, a moment later: wait for that too.
        #expect(try await tmux.waitFor { $0.contains("LATIHAN / EXERCISE") && $0.contains("326/326") } != nil, "\(tmux.shown)")
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil)
        let files = try demoFiles(in: out)
        try #require(files.count == 1, "\(files)")
        let replayed = try Borderdesk.run(["summary", files[0], "--json"])
        let direct = try Borderdesk.run(["summary", Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", "--json"])
        #expect(replayed.stdout == direct.stdout)
        let lines = try String(contentsOfFile: files[0], encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 435 && lines.allSatisfy { $0.contains("\"exercise\":true") }, "demo data is exercise data")
        let verify = try Borderdesk.run(["verify", "--lang", "en", files[0]])
        #expect(verify.status == 0 && verify.stdout.contains("435 lines, 435 carry prev"), "the replay keeps the chain: \(verify.stdout)")
    }

    /// The demo's event files in `folder`, oldest first.
    private func demoFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix("demo-") && $0.hasSuffix(".jsonl") }.sorted().map { folder + "/" + $0 }
    }

    @Test func listNamesTheScenarios() throws {
        let r = try Borderdesk.run(["demo", "--list"], in: Borderdesk.packageRoot)
        #expect(r.status == 0)
        for name in ["nunukan-2024-11-20", "tawau-ferry-morning", "tarakan-2025-06", "desk-2025-q3"] {
            #expect(r.stdout.contains(name))
        }
    }
}
