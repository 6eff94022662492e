import BorderOps
import Foundation
import Ingest
import JSON
import TestSupport
import Testing

/// `append` checks a batch's references against every source it is told of (`--known`): a
/// voyage opened only in another post's file is accepted, a typo is refused with the closest
/// name from any of them, and a void anywhere counts as the fold reads it. A void of a void, or
/// of an event already voided, is refused.
@Suite struct KnownSourcesTests {
    func event(_ id: String?, type: String, fields: [String]) throws -> PendingEvent {
        try EventDraft(type: type, post: "nunukan", fields: fields + (id.map { ["id=\($0)"] } ?? []),
                       newID: { _ in "filled-\(UUID().uuidString)" }).event()
    }

    func voyage(_ id: String, _ voyage: String) throws -> PendingEvent {
        try event(id, type: "voyage.opened", fields: ["voyage=\(voyage)", "vessel=KM. Thalia", "from=Nunukan", "to=Tawau",
                                                      "departs=2024-11-20T17:00:00+08:00", "manifest=326"])
    }

    func check(_ voyage: String) throws -> PendingEvent {
        try event(nil, type: "passenger.checked", fields: ["voyage=\(voyage)", "passenger=p1", "doc=ktp", "result=cleared"])
    }

    func void(_ target: String, id: String? = nil) throws -> PendingEvent {
        try event(id, type: "event.voided", fields: ["target=\(target)", "reason=salah"])
    }

    func refusal(_ batch: AppendBatch, _ file: String) -> AppendRefusal? {
        do {
            _ = try batch.write(to: file)
            return nil
        } catch {
            return error
        }
    }

    func lineCount(_ path: String) -> Int {
        ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// Tawau's gate opened the voyage in its own file; Nunukan's terminal writes the check.
    @Test func aVoyageOpenedOnlyInAnotherPostsFileIsKnown() throws {
        let dir = TempDirectory()
        let tawau = dir.file("tawau.jsonl"), gate = dir.file("gate.jsonl")
        _ = try AppendBatch([try voyage("vo", "thalia-20241120")]).write(to: tawau)
        let alone = refusal(AppendBatch([try check("thalia-20241120")]), gate)
        #expect(alone?.message == "not appended: voyage \"thalia-20241120\" is not opened in \(gate) (no voyage.opened); --force appends it anyway")
        #expect(lineCount(gate) == 0)
        _ = try AppendBatch([try check("thalia-20241120")], known: [tawau]).write(to: gate)
        #expect(lineCount(gate) == 1)
        // A typo: refused with the name the other file opens, both files named.
        let typo = refusal(AppendBatch([try check("thalai-20241120")], known: [tawau]), gate)
        #expect(typo?.message == "not appended: voyage \"thalai-20241120\" is not opened in \(gate), \(tawau) (no voyage.opened) (did you mean \"thalia-20241120\"?); --force appends it anyway")
        #expect(typo?.exitCode == 2 && lineCount(gate) == 1)
    }

    /// A folder stands for its `*.jsonl` files, as `run` reads it; the written file in it is
    /// read once, under the lock.
    @Test func aFolderIsItsEventFiles() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("hq"), withIntermediateDirectories: true)
        _ = try AppendBatch([try voyage("vo", "lambelu-20241120")]).write(to: dir.file("hq/tarakan.jsonl"))
        dir.write("hq/notes.txt", "{\"id\":\"x\"}\n")
        let gate = dir.file("hq/gate.jsonl")
        let files = try KnownSources.files([dir.file("hq"), gate], besides: gate)
        #expect(files == [dir.file("hq/tarakan.jsonl")], "the written file and files not ending in .jsonl left out")
        _ = try AppendBatch([try check("lambelu-20241120")], known: files).write(to: gate)
        #expect(lineCount(gate) == 1)
        #expect(throws: AppendRefusal.self) { try KnownSources.files(["-"], besides: gate) }
        #expect(refusal(AppendBatch([try check("lambelu-20241120")], known: [dir.file("missing.jsonl")]), gate)?.message
            == "not appended: --known: cannot read \(dir.file("missing.jsonl"))")
    }

    /// A void in any source removes its target in every source, as the fold reads it.
    @Test func aVoidInAnySourceCounts() throws {
        let dir = TempDirectory()
        let tawau = dir.file("tawau.jsonl"), gate = dir.file("gate.jsonl")
        _ = try AppendBatch([try voyage("vo", "thalia-20241120")]).write(to: gate)
        _ = try AppendBatch([try void("vo", id: "void-1")], known: [gate]).write(to: tawau)
        let refused = refusal(AppendBatch([try check("thalia-20241120")], known: [tawau]), gate)
        #expect(refused?.message == "not appended: voyage \"thalia-20241120\" was voided (voyage.opened \"vo\" by event.voided \"void-1\"); --force appends it anyway")
        // Without the other file the void is not seen: the opening counts.
        _ = try AppendBatch([try check("thalia-20241120")]).write(to: gate)
        #expect(lineCount(gate) == 2)
        // Opened again with a new id: known again.
        _ = try AppendBatch([try voyage("vo-2", "thalia-20241120"), try check("thalia-20241120")], known: [tawau]).write(to: gate)
        #expect(lineCount(gate) == 4)
    }

    /// A void earlier in the batch counts for the events after it.
    @Test func aVoidEarlierInTheBatchCounts() throws {
        let dir = TempDirectory()
        let gate = dir.file("gate.jsonl")
        _ = try AppendBatch([try voyage("vo", "thalia-20241120")]).write(to: gate)
        #expect(refusal(AppendBatch([try void("vo"), try check("thalia-20241120")]), gate)?.message.contains("was voided") == true)
        #expect(refusal(AppendBatch([try voyage("vo-b", "km-b"), try void("vo-b"), try check("km-b")]), gate)?.message.contains("voyage \"km-b\" was voided") == true)
        #expect(lineCount(gate) == 1)
    }

    /// A void cannot be voided (the spec: it would have no effect), and an event already voided
    /// needs no second void: both refused, in any source and within the batch; `--force` writes.
    @Test func aVoidOfAVoidOrOfAVoidedEventIsRefused() throws {
        let dir = TempDirectory()
        let tawau = dir.file("tawau.jsonl"), gate = dir.file("gate.jsonl")
        _ = try AppendBatch([try voyage("vo", "thalia-20241120"), try check("thalia-20241120")]).write(to: gate)
        _ = try AppendBatch([try void("vo", id: "void-1")], known: [gate]).write(to: tawau)
        #expect(refusal(AppendBatch([try void("void-1")], known: [tawau]), gate)?.message
            == "not appended: target \"void-1\" is an event.voided: a void cannot be voided (it would have no effect); append the voided event again with a new id to restore it")
        #expect(refusal(AppendBatch([try void("vo")], known: [tawau]), gate)?.message == "not appended: target \"vo\" is already voided (event.voided \"void-1\")")
        #expect(refusal(AppendBatch([try void("x1", id: "void-2"), try void("void-2")]), gate)?.message.contains("a void cannot be voided") == true)
        #expect(refusal(AppendBatch([try void("x1", id: "void-3"), try void("x1")]), gate)?.message.contains("already voided (event.voided \"void-3\")") == true)
        #expect(lineCount(gate) == 2)
        _ = try AppendBatch([try void("void-1")], force: true, known: [tawau]).write(to: gate)
        #expect(lineCount(gate) == 3)
    }

    /// What append accepts agrees with the fold: the voyage is known exactly when folding every
    /// source gives it (random openings and voids, in two files, in any order).
    @Test func theCheckAgreesWithTheFold() throws {
        var random = SystemRandomNumberGenerator()
        for round in 0..<40 {
            let dir = TempDirectory()
            let files = [dir.file("a.jsonl"), dir.file("b.jsonl")]
            var lines: [[String]] = [[], []]
            var ids: [String] = []
            for n in 0..<Int.random(in: 1...6, using: &random) {
                let id = "e\(round)-\(n)", file = Int.random(in: 0...1, using: &random)
                if ids.isEmpty || Bool.random(using: &random) {
                    lines[file].append(#"{"id":"\#(id)","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"v","vessel":"KM","from":"A","to":"B","departs":"2024-11-20T17:00:00+08:00","manifest":1}"#)
                } else {
                    lines[file].append(#"{"id":"\#(id)","ts":"2024-11-20T08:00:00+08:00","type":"event.voided","post":"nunukan","target":"\#(ids.randomElement(using: &random)!)","reason":"r"}"#)
                }
                ids.append(id)
            }
            for i in 0..<2 { try (lines[i].map { $0 + "\n" }.joined()).write(toFile: files[i], atomically: false, encoding: .utf8) }
            var fold = EventFold()
            for (i, line) in (lines[0] + lines[1]).enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
            var folded = false
            if case .array(let voyages)? = HeadlessSummary.json(fold)["voyages"] { folded = !voyages.isEmpty }
            let accepted = refusal(AppendBatch([try check("v")], known: [files[1]]), files[0]) == nil
            #expect(accepted == folded, "\(lines)")
        }
    }
}
