import Foundation
import TestSupport
import Testing

/// An action id names one action across meetings: `append` refuses an `action.assigned` that
/// would move it to another meeting (most likely a reused id) unless `--force`.
@Suite struct ActionMeetingTests {
    static func assigned(_ action: String, meeting: String, owner: String = "imigrasi") -> String {
        #"{"type":"action.assigned","post":"nunukan","meeting":"\#(meeting)","action":"\#(action)","title":"Patroli","owner":"\#(owner)","due":"2024-11-21"}"#
    }

    /// Meetings m1 and m2 opened: the actions are assigned in meetings that exist.
    static let meetings = ["m1", "m2"].map { #"{"id":"open-\#($0)","ts":"2024-11-20T09:00:00+08:00","type":"meeting.opened","post":"nunukan","meeting":"\#($0)","title":"Rapat","chair":"imigrasi","location":"Nunukan","attendees":["imigrasi"]}"# + "\n" }.joined()

    /// Lines as readers count them: every `\n`-ended one, blank ones too.
    func lineCount(_ file: String) -> Int {
        ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").utf8.filter { $0 == 0x0A }.count
    }

    /// Before, the second meeting quietly took the action over from the first (exit 0).
    @Test func movingAnActionToAnotherMeetingIsRefusedNamingWhereItIs() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try ("{\"oops\n\n" + Self.meetings).write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m1")).status == 0)
        let moved = try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m2"))
        #expect(moved.status == 2)
        #expect(moved.stderr == "borderdesk: not appended: action \"a1\" belongs to meeting \"m1\" (\(file) line 5); --force moves it\n", "\(moved.stderr)")
        let viaFields = try Borderdesk.run(["append", "--lang", "en", file, "--type", "action.assigned", "--post", "nunukan", "--field", "meeting=m2",
                                            "--field", "action=a1", "--field", "title=T", "--field", "owner=o", "--field", "due=2024-11-21"])
        #expect(viaFields.status == 2 && viaFields.stderr.contains("belongs to meeting \"m1\""), "\(viaFields.stderr)")
        #expect(lineCount(file) == 5, "nothing written")
    }

    @Test func forceMovesItAndTheLatestMeetingCounts() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try Self.meetings.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m1")).status == 0)
        let forced = try Borderdesk.run(["append", "--lang", "en", file, "--json", "--force"], stdin: Self.assigned("a1", meeting: "m2"))
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(lineCount(file) == 4)
        // It is in m2 now: m2 again is fine, m1 is the move.
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m2", owner: "polri")).status == 0)
        let back = try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m1"))
        #expect(back.stderr == "borderdesk: not appended: action \"a1\" belongs to meeting \"m2\" (\(file) line 5); --force moves it\n", "\(back.stderr)")
    }

    @Test func theSameMeetingAgainIsAReassignment() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try Self.meetings.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m1")).status == 0)
        let again = try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m1", owner: "bea-cukai"))
        #expect(again.status == 0, "\(again.stderr)")
        // Another action in another meeting is unaffected.
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a2", meeting: "m2")).status == 0)
        #expect(lineCount(file) == 5)
    }

    @Test func aBatchThatMovesAnActionItAssignedIsRefusedWhole() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let batch = Self.meetings + [Self.assigned("a1", meeting: "m1"), Self.assigned("a1", meeting: "m1", owner: "polri"), Self.assigned("a1", meeting: "m2")]
            .joined(separator: "\n") + "\n"
        let r = try Borderdesk.run(["append", "--lang", "en", file, "--jsonl"], stdin: batch)
        #expect(r.status == 2)
        #expect(r.stderr == "borderdesk: not appended: standard input line 5: action \"a1\" belongs to meeting \"m1\" (standard input line 4); --force moves it\n", "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--jsonl", "--force"], stdin: batch).status == 0)
        #expect(lineCount(file) == 5)
    }

    /// A voided `action.assigned` is read as if it were not there: it no longer holds the
    /// action in its meeting (before, the check still counted it and refused the new meeting).
    @Test func aVoidedAssignmentNoLongerHoldsTheAction() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try Self.meetings.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: String(Self.assigned("a1", meeting: "m1").dropLast()) + #","id":"as-1"}"#).status == 0)
        #expect(try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m2")).status == 2)
        let void = try Borderdesk.run(["append", "--lang", "en", file, "--type", "event.voided", "--post", "nunukan", "--field", "target=as-1", "--field", "reason=wrong meeting"])
        #expect(void.status == 0, "\(void.stderr)")
        let moved = try Borderdesk.run(["append", "--lang", "en", file, "--json"], stdin: Self.assigned("a1", meeting: "m2"))
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(lineCount(file) == 5)
    }
}
