import BorderOps
import Foundation
import Ingest
import TestSupport
import Testing

/// What a batch refuses before anything is written, naming the file and line of the earlier
/// event, and what it writes when nothing is wrong, in process. The meetings the id tests
/// close are never opened, and are not their point: they are written with `force`.
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
        #expect(try AppendBatch([try event("a"), try event("b"), try event(nil)], force: true).write(to: file) == AppendBatch.Written(firstLine: 1, notes: []))
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
        #expect(try AppendBatch([try event("a"), try event("b")], force: true).write(to: file).firstLine == 3)
        #expect(try AppendBatch([try event("c")], force: true).write(to: file).firstLine == 5)
        let torn = dir.file("torn.jsonl")
        dir.write("torn.jsonl", "one\n{\"id\":\"half")
        let written = try AppendBatch([try event("d")], force: true).write(to: torn)
        #expect(written.firstLine == 3)
        #expect(written.notes.count == 1)
        #expect(lines(torn)[2].contains(#""id":"d""#))
    }

    @Test func anIdAlreadyInTheFileIsRefusedNamingItsLine() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        dir.write("post.jsonl", "\n")
        _ = try AppendBatch([try event("given")], force: true).write(to: file)
        let again = refusal(AppendBatch([try event("given", origin: "standard input line 4")], force: true), file)
        #expect(again == AppendRefusal(message: "not appended: standard input line 4: id \"given\" is already in \(file) at line 2"))
        #expect(lines(file).count == 1)
    }

    @Test func anIdTwiceInOneBatchIsRefusedBeforeTheFileIsRead() throws {
        let refused = refusal(AppendBatch([try event("x", origin: "standard input line 1"), try event("x", origin: "standard input line 2")]),
                              "/nonexistent/dir/post.jsonl")
        #expect(refused?.message == "not appended: standard input line 2: id \"x\" is also on standard input line 1")
        #expect(refused?.exitCode == 2)
    }

    func opened(_ meeting: String) throws -> PendingEvent {
        try event("open-\(meeting)", type: "meeting.opened", fields: ["meeting=\(meeting)", "title=Rapat", "chair=imigrasi", "location=Nunukan", "attendees=imigrasi"])
    }

    @Test func movingAnActionToAnotherMeetingNeedsForce() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        _ = try AppendBatch([try opened("m1"), try opened("m2"), try assigned("a1", action: "act", meeting: "m1")]).write(to: file)
        let moved = refusal(AppendBatch([try assigned("a2", action: "act", meeting: "m2")]), file)
        #expect(moved?.message == "not appended: action \"act\" belongs to meeting \"m1\" (\(file) line 3); --force moves it")
        // Within one batch too, naming the earlier line.
        let inBatch = refusal(AppendBatch([try assigned("b1", action: "new", meeting: "m1", origin: "standard input line 1"),
                                           try assigned("b2", action: "new", meeting: "m2", origin: "standard input line 2")]), file)
        #expect(inBatch?.message == "not appended: standard input line 2: action \"new\" belongs to meeting \"m1\" (standard input line 1); --force moves it")
        // The same meeting again is fine; --force moves it.
        _ = try AppendBatch([try assigned("a3", action: "act", meeting: "m1")]).write(to: file)
        _ = try AppendBatch([try assigned("a4", action: "act", meeting: "m2")], force: true).write(to: file)
        #expect(lines(file).count == 5)
    }

    /// A voided `action.assigned` is read as if its line were not there: the action belongs
    /// to the meeting of its latest assignment no void removed (before, the voided one counted).
    @Test func aVoidedAssignmentDoesNotHoldTheAction() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        _ = try AppendBatch([try opened("m1"), try opened("m2"), try assigned("a1", action: "act", meeting: "m1")]).write(to: file)
        _ = try AppendBatch([try event("v1", type: "event.voided", fields: ["target=a1", "reason=wrong meeting"])]).write(to: file)
        // Not in m1 any more: assigning it in m2 moves nothing.
        _ = try AppendBatch([try assigned("a2", action: "act", meeting: "m2")]).write(to: file)
        // Now it is in m2, and that assignment (not voided) holds it there.
        let moved = refusal(AppendBatch([try assigned("a3", action: "act", meeting: "m1")]), file)
        #expect(moved?.message == "not appended: action \"act\" belongs to meeting \"m2\" (\(file) line 5); --force moves it")
    }

    /// A reference to a voyage, operation, meeting, checklist or action that no line opens
    /// (or only a voided line) is refused with the closest known name; one opened earlier in
    /// the batch is fine; `force` writes it anyway.
    @Test func aReferenceToSomethingNotOpenedIsRefusedWithTheClosestName() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let voyage = try event("vo", type: "voyage.opened", fields: ["voyage=thalia-20241120", "vessel=KM. Thalia", "from=Nunukan", "to=Tawau",
                                                                    "departs=2024-11-20T17:00:00+08:00", "manifest=326"])
        _ = try AppendBatch([voyage, try opened("timpora-11")]).write(to: file)
        func check(_ voyage: String, origin: String? = nil) throws -> PendingEvent {
            try event(nil, type: "passenger.checked", fields: ["voyage=\(voyage)", "passenger=p1", "doc=ktp", "result=cleared"], origin: origin)
        }
        let typo = refusal(AppendBatch([try check("thalia-20241120"), try check("thalai-20241120", origin: "standard input line 2")]), file)
        #expect(typo?.message == "not appended: standard input line 2: voyage \"thalai-20241120\" is not opened in \(file) (no voyage.opened) (did you mean \"thalia-20241120\"?); --force appends it anyway")
        #expect(typo?.exitCode == 2)
        #expect(lines(file).count == 2)
        // Nothing like any known name: no suggestion.
        let closed = try event(nil, type: "meeting.closed", fields: ["meeting=rapat-bulanan"])
        #expect(refusal(AppendBatch([closed]), file)?.message == "not appended: meeting \"rapat-bulanan\" is not opened in \(file) (no meeting.opened); --force appends it anyway")
        // Opened earlier in the same batch: known.
        let step = try event(nil, type: "checklist.step", fields: ["checklist=cl-1", "step=s1", "state=done"])
        let started = try event(nil, type: "checklist.started", fields: ["checklist=cl-1", "title=Apel", #"steps:=[{"step":"s1","title":"Apel pagi"}]"#])
        #expect(refusal(AppendBatch([step, started]), file)?.message.contains("checklist \"cl-1\" is not opened") == true)
        _ = try AppendBatch([started, step]).write(to: file)
        // An action no line assigns, and a voyage whose opening was voided.
        let done = try event(nil, type: "action.state", fields: ["action=act-9", "state=done"])
        #expect(refusal(AppendBatch([done]), file)?.message.contains("action \"act-9\" is not opened") == true)
        _ = try AppendBatch([try event(nil, type: "event.voided", fields: ["target=vo", "reason=wrong vessel"])]).write(to: file)
        #expect(refusal(AppendBatch([try check("thalia-20241120")]), file)?.message.contains("voyage \"thalia-20241120\" was voided (voyage.opened \"vo\" by event.voided") == true)
        // --force writes what is refused.
        let before = lines(file).count
        _ = try AppendBatch([try check("thalai-20241120"), done], force: true).write(to: file)
        #expect(lines(file).count == before + 2)
    }

    @Test func theClosestNameIsFewEditsAwayAndStable() {
        #expect(ClosestName.to("thalai", among: ["thalia", "lambelu", "tawau"]) == "thalia")
        #expect(ClosestName.to("op-nunukan-2", among: ["op-nunukan-1", "op-nunukan-3"]) == "op-nunukan-1")
        #expect(ClosestName.to("rapat", among: ["lambelu", "thalia"]) == nil)
        #expect(ClosestName.to("thalia", among: ["thalia"]) == nil, "the same name is not a suggestion")
        #expect(ClosestName.to("café", among: ["cafe"]) == "cafe")
    }

    @Test func aFileThatCannotBeReadIsExitStatusOne() throws {
        let dir = TempDirectory()
        let refused = refusal(AppendBatch([try event("a")], force: true), dir.path)
        #expect(refused?.exitCode == 1)
        #expect(refused?.message.hasPrefix("not appended: ") == true)
    }
}
