import BorderOps
import Foundation
import Ingest
import TestSupport
import Testing

/// What a batch refuses before anything is written, naming the file and line of the earlier
/// event, and what it writes when nothing is wrong, in process.
@Suite struct AppendBatchTests {
    func event(_ id: String?, type: String = "meeting.closed", fields: [String] = ["meeting=m1"], origin: String? = nil) throws -> PendingEvent {
        try EventDraft(type: type, post: "nunukan", fields: fields + (id.map { ["id=\($0)"] } ?? []),
                       newID: { _ in "filled-\(UUID().uuidString)" }).event(origin: origin)
    }

    func assigned(_ id: String, action: String, meeting: String, origin: String? = nil) throws -> PendingEvent {
        try event(id, type: "action.assigned", fields: ["meeting=\(meeting)", "action=\(action)", "title=do it", "owner=x", "due=2024-12-01"], origin: origin)
    }

    func lines(_ path: String) -> [Substring] {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n")
    }

    func refusal(_ batch: AppendBatch, _ file: String) -> AppendRefusal? {
        do {
            _ = try batch.write(to: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func aBatchIsWrittenChainedWithNoNotes() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        #expect(try AppendBatch([try event("a"), try event("b"), try event(nil)]).write(to: file) == AppendBatch.Written(firstLine: 1, notes: []))
        let written = lines(file)
        #expect(written.count == 3)
        #expect(written.allSatisfy { $0.contains(#""prev":""#) })
    }

    /// Where the events went, for `append` to say: after every line there, a torn last line
    /// counted as the line it becomes once the appender ends it.
    @Test func theFirstLineWrittenIsAfterEveryLineThereTornOrNot() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        dir.write("post.jsonl", "one\ntwo\n")
        #expect(try AppendBatch([try event("a"), try event("b")]).write(to: file).firstLine == 3)
        #expect(try AppendBatch([try event("c")]).write(to: file).firstLine == 5)
        let torn = dir.file("torn.jsonl")
        dir.write("torn.jsonl", "one\n{\"id\":\"half")
        let written = try AppendBatch([try event("d")]).write(to: torn)
        #expect(written.firstLine == 3)
        #expect(written.notes.count == 1)
        #expect(lines(torn)[2].contains(#""id":"d""#))
    }

    @Test func anIdAlreadyInTheFileIsRefusedNamingItsLine() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        dir.write("post.jsonl", "\n")
        _ = try AppendBatch([try event("given")]).write(to: file)
        let again = refusal(AppendBatch([try event("given", origin: "standard input line 4")]), file)
        #expect(again == AppendRefusal(message: "not appended: standard input line 4: id \"given\" is already in \(file) at line 2"))
        #expect(lines(file).count == 1)
    }

    @Test func anIdTwiceInOneBatchIsRefusedBeforeTheFileIsRead() throws {
        let refused = refusal(AppendBatch([try event("x", origin: "standard input line 1"), try event("x", origin: "standard input line 2")]),
                              "/nonexistent/dir/post.jsonl")
        #expect(refused?.message == "not appended: standard input line 2: id \"x\" is also on standard input line 1")
        #expect(refused?.exitCode == 2)
    }

    @Test func movingAnActionToAnotherMeetingNeedsForce() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        _ = try AppendBatch([try assigned("a1", action: "act", meeting: "m1")]).write(to: file)
        let moved = refusal(AppendBatch([try assigned("a2", action: "act", meeting: "m2")]), file)
        #expect(moved?.message == "not appended: action \"act\" belongs to meeting \"m1\" (\(file) line 1); --force moves it")
        // Within one batch too, naming the earlier line.
        let inBatch = refusal(AppendBatch([try assigned("b1", action: "new", meeting: "m1", origin: "standard input line 1"),
                                           try assigned("b2", action: "new", meeting: "m2", origin: "standard input line 2")]), file)
        #expect(inBatch?.message == "not appended: standard input line 2: action \"new\" belongs to meeting \"m1\" (standard input line 1); --force moves it")
        // The same meeting again is fine; --force moves it.
        _ = try AppendBatch([try assigned("a3", action: "act", meeting: "m1")]).write(to: file)
        _ = try AppendBatch([try assigned("a4", action: "act", meeting: "m2")], force: true).write(to: file)
        #expect(lines(file).count == 3)
    }

    @Test func aFileThatCannotBeReadIsExitStatusOne() throws {
        let dir = TempDirectory()
        let refused = refusal(AppendBatch([try event("a")]), dir.path)
        #expect(refused?.exitCode == 1)
        #expect(refused?.message.hasPrefix("not appended: ") == true)
    }
}
