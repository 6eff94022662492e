import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// Operators at a joint operation: two terminals on one file, failures, and two operators at once.
@Suite(.serialized) struct OperatorEndToEndTests {
    func setUp() throws -> (dir: TempDirectory, file: String) {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", toPath: file)
        return (dir, file)
    }

    /// The row of step `title` on a screen.
    func row(_ screen: String, _ title: String) -> String {
        screen.split(separator: "\n").first { $0.contains(title) }.map(String.init) ?? ""
    }

    @Test(.realTerminal) func twoDashboardsOnOneFileSeeEachOthersMarks() async throws {
        let (dir, file) = try setUp()
        _ = dir
        let a = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --all-rows --operator imigrasi-07")
        let b = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --all-rows --operator imigrasi-08 --read-only")
        for t in [a, b] {
            #expect(try await t.waitFor { $0.contains("326/326") } != nil)
            try t.keys("2", "Enter")
            #expect(try await t.waitFor { $0.contains("Kapal dan manifes dikonfirmasi") } != nil, "\(t.shown)")
        }
        #expect(try b.screen().contains("HANYA BACA"))
        let step = "Kapal dan manifes dikonfirmasi"
        // Undo on A: the step is open again on both, and B marks it as the next one.
        try a.keys("j", "u")
        #expect(try await b.waitFor { row($0, step).contains("○") && row($0, step).contains("BERIKUTNYA") } != nil, "\(b.shown)")
        // Skip with a reason.
        try a.keys("s")
        try a.tmux(["send-keys", "-t", a.name, "-l", "kapal terlambat"])
        try a.keys("Enter")
        #expect(try await b.waitFor { row($0, step).contains("–") && row($0, step).contains("kapal terlambat") && row($0, step).contains("imigrasi-07") } != nil, "\(b.shown)")
        // Done.
        try a.keys("Space")
        #expect(try await b.waitFor { row($0, step).contains("✓") && !row($0, step).contains("kapal terlambat") } != nil, "\(b.shown)")
        // The read-only terminal writes nothing and says so.
        try b.keys("u")
        #expect(try await b.waitFor { $0.contains("Terminal hanya baca: input dimatikan") } != nil, "\(b.shown)")
        let check = try Borderdesk.run(["check", "--lang", "en", file])
        #expect(check.stdout.hasPrefix("438 lines: 438 valid"), "\(check.stdout)")
        // The operator's three events carry prev and chain from the file as it stood.
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("438 lines, 3 carry prev"), "\(verify.stdout)")
    }

    /// Two operators mark the same step at the same moment: both events land, the later one in
    /// the file wins.
    @Test func concurrentOperatorsOnOneStep() throws {
        let (dir, file) = try setUp()
        let states = ["done", "skipped"]
        var inputs: [String] = []
        for (w, state) in states.enumerated() {
            let lines = (0..<200).map { _ in
                #"{"type":"checklist.step","post":"nunukan","by":"operator-\#(w)","checklist":"cl-opgab-tunontaka-20241120","step":"c13","state":"\#(state)","note":"x"}"#
            }.joined(separator: "\n") + "\n"
            let input = dir.file("ops-\(w).jsonl.in")
            try lines.write(toFile: input, atomically: true, encoding: .utf8)
            inputs.append(input)
        }
        let script = inputs.map { "\(Borderdesk.binary) append \(file) --jsonl < \($0) &" }.joined(separator: "\n") + "\nwait\n"
        #expect(try Spawn.run(["sh", "-c", script]).status == 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let marks = text.split(separator: "\n").filter { $0.contains("\"step\":\"c13\"") && $0.contains("operator-") }
        #expect(marks.count == 400, "every mark landed")
        let last = marks.last!.contains("\"state\":\"done\"") ? "done" : "skipped"
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
        guard case .array(let checklists)? = summary["checklists"], let cl = checklists.first else { Issue.record("no checklist"); return }
        #expect(cl["done"] == .number(JSONNumber(last == "done" ? 21 : 20)))
        #expect(cl["skipped"] == .number(JSONNumber(last == "skipped" ? 1 : 0)))
        // Two appenders at once, each batch in one locked write: the chain holds across them.
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0 && verify.stdout.contains("835 lines, 400 carry prev"), "\(verify.stdout)")
    }
}
