import Foundation
import TestSupport
import Testing

/// An action id names one action across meetings: `append` refuses an `action.assigned` that
/// would move it to another meeting (most likely a reused id) unless `--force`.
@Suite struct ActionMeetingTests {
    static func assigned(_ action: String, meeting: String, owner: String = "imigrasi") -> String {
        #"{"type":"action.assigned","post":"nunukan","meeting":"\#(meeting)","action":"\#(action)","title":"Patroli","owner":"\#(owner)","due":"2024-11-21"}"#
    }

    /// Lines as readers count them: every `\n`-ended one, blank ones too.
    func lineCount(_ file: String) -> Int {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").utf8.filter { $0 == 0x0A }.count
    }

    /// Before, the second meeting quietly took the action over from the first (exit 0).
    @Test func movingAnActionToAnotherMeetingIsRefusedNamingWhereItIs() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try "{\"oops\n\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m1")).status == 0)
        let moved = try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m2"))
        #expect(moved.status == 2)
        #expect(moved.stderr == "borderdesk: not appended: action \"a1\" belongs to meeting \"m1\" (\(file) line 3); --force moves it\n", "\(moved.stderr)")
        let viaFields = try Borderdesk.run(["append", file, "--type", "action.assigned", "--post", "nunukan", "--field", "meeting=m2",
                                            "--field", "action=a1", "--field", "title=T", "--field", "owner=o", "--field", "due=2024-11-21"])
        #expect(viaFields.status == 2 && viaFields.stderr.contains("belongs to meeting \"m1\""), "\(viaFields.stderr)")
        #expect(lineCount(file) == 3, "nothing written")
    }

    @Test func forceMovesItAndTheLatestMeetingCounts() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        #expect(try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m1")).status == 0)
        let forced = try Borderdesk.run(["append", file, "--json", "--force"], stdin: Self.assigned("a1", meeting: "m2"))
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(lineCount(file) == 2)
        // It is in m2 now: m2 again is fine, m1 is the move.
        #expect(try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m2", owner: "polri")).status == 0)
        let back = try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m1"))
        #expect(back.stderr == "borderdesk: not appended: action \"a1\" belongs to meeting \"m2\" (\(file) line 3); --force moves it\n", "\(back.stderr)")
    }

    @Test func theSameMeetingAgainIsAReassignment() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        #expect(try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m1")).status == 0)
        let again = try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a1", meeting: "m1", owner: "bea-cukai"))
        #expect(again.status == 0, "\(again.stderr)")
        // Another action in another meeting is unaffected.
        #expect(try Borderdesk.run(["append", file, "--json"], stdin: Self.assigned("a2", meeting: "m2")).status == 0)
        #expect(lineCount(file) == 3)
    }

    @Test func aBatchThatMovesAnActionItAssignedIsRefusedWhole() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let batch = [Self.assigned("a1", meeting: "m1"), Self.assigned("a1", meeting: "m1", owner: "polri"), Self.assigned("a1", meeting: "m2")]
            .joined(separator: "\n") + "\n"
        let r = try Borderdesk.run(["append", file, "--jsonl"], stdin: batch)
        #expect(r.status == 2)
        #expect(r.stderr == "borderdesk: not appended: standard input line 3: action \"a1\" belongs to meeting \"m1\" (standard input line 2); --force moves it\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try Borderdesk.run(["append", file, "--jsonl", "--force"], stdin: batch).status == 0)
        #expect(lineCount(file) == 3)
    }
}
