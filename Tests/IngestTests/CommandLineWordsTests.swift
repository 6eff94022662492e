import BorderOps
import Foundation
import Ingest
import TestSupport
import Testing
import Words

/// Every refusal `append` can give, as its code words it, said in both languages at the edge
/// (`Word.commandLine`): the English exactly as written, the Indonesian whole, with nothing of
/// the English sentence left outside what is quoted from the input or names a file.
@Suite struct CommandLineWordsTests {
    func refusal(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            Issue.record("not refused")
            return ""
        } catch let refusal as AppendRefusal {
            return refusal.message
        } catch {
            Issue.record("not a refusal: \(error)")
            return ""
        }
    }

    func draft(type: String? = "meeting.closed", post: String? = "nunukan", fields: [String] = ["meeting=m1"]) -> EventDraft {
        EventDraft(type: type, post: post, fields: fields, newID: { "\($0)-new" })
    }

    func event(_ type: String, _ fields: [String], origin: String? = nil) throws -> PendingEvent {
        try draft(type: type, fields: fields).event(origin: origin)
    }

    func written(_ batch: AppendBatch, _ file: String) -> String {
        refusal { try batch.write(to: file) }
    }

    /// The English words of the sentences that must not be left in an Indonesian one.
    static let english = ["not appended", "is not", "expected", "already in", "also on", "belongs to", "standard input", " line ",
                          "no event type", "no border post", "empty key", "got ", "accepted", "did you mean", "appends it anyway",
                          "moves it", "the most an event", "unknown type", "JSON object", "at byte", "bytes"]

    func expectBothLanguages(_ message: String, _ indonesian: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let word = Word.commandLine(message)
        #expect(word.en == message, sourceLocation: sourceLocation)
        #expect(word.id == indonesian, sourceLocation: sourceLocation)
        // Outside quotes (values from the input) no English word of a sentence is left.
        let unquoted = word.id.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        for phrase in Self.english {
            #expect(!unquoted.contains(phrase), "\"\(phrase)\" left in: \(word.id)", sourceLocation: sourceLocation)
        }
    }

    @Test func theDraftsRefusalsInBothLanguages() throws {
        expectBothLanguages(refusal { try draft(type: nil).event() },
                            "tidak ditambahkan: tidak ada jenis kejadian (pakai --type, mis. --type passenger.checked)")
        expectBothLanguages(refusal { try draft(post: nil).event() },
                            "tidak ditambahkan: tidak ada pos perbatasan (pakai --post, mis. --post nunukan)")
        expectBothLanguages(refusal { try FieldArgument.parse("novalue") }, "tidak ditambahkan: --field novalue: seharusnya kunci=nilai atau kunci:=JSON")
        expectBothLanguages(refusal { try FieldArgument.parse("=x") }, "tidak ditambahkan: --field =x: kunci kosong")
        expectBothLanguages(refusal { try FieldArgument.parse("count=-1") }, #"tidak ditambahkan: kolom "count": seharusnya bilangan bulat ≥ 0, ternyata "-1""#)
        expectBothLanguages(refusal { try FieldArgument.parse("x:={") },
                            "tidak ditambahkan: --field x:= bukan JSON: seharusnya kunci berkutip, ditemukan akhir baris")
        expectBothLanguages(refusal { try draft(type: "no.such").event() }.components(separatedBy: " (known: ")[0] + " (known: x)",
                            #"tidak ditambahkan: jenis "no.such" tidak dikenal (yang dikenal: x)"#)
        expectBothLanguages(refusal { try draft(fields: []).event() }, #"tidak ditambahkan: kolom "meeting" tidak ada"#)
    }

    @Test func standardInputsRefusalsInBothLanguages() throws {
        let reader = draft(type: nil, post: nil, fields: [])
        func chunks(_ parts: [[UInt8]]) -> EventDraft.ChunkReader {
            { body in for part in parts { try body(part) } }
        }
        expectBothLanguages(refusal { try reader.object(from: chunks([[0x7B, 0xFF]])) },
                            "tidak ditambahkan: masukan standar bukan UTF-8: bita 0xFF tidak sah pada bita ke-2")
        expectBothLanguages(refusal { try reader.object(from: chunks([Array("[1]".utf8)])) }, "tidak ditambahkan: masukan standar bukan satu objek JSON")
        expectBothLanguages(refusal { try reader.object(from: chunks([Array("{".utf8)])) },
                            "tidak ditambahkan: masukan standar bukan satu objek JSON: seharusnya kunci berkutip, ditemukan akhir baris pada bita ke-2")
        let big = [UInt8](repeating: 0x20, count: LineDecoder.maximumLineBytes)
        expectBothLanguages(refusal { try reader.object(from: chunks([big, big])) },
                            "tidak ditambahkan: masukan standar lebih dari 1048576 bita, batas satu kejadian (1 MiB)")
        expectBothLanguages(refusal { try reader.events(fromLines: chunks([big, big])) },
                            "tidak ditambahkan: masukan standar baris 1 lebih dari 1048576 bita, batas satu kejadian (1 MiB)")
    }

    @Test func aBatchsRefusalsInBothLanguages() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let opened = try event("voyage.opened", ["voyage=thalia-20241120", "vessel=KM. Thalia", "from=Nunukan", "to=Tawau",
                                                 "departs=2024-11-20T17:00:00+08:00", "manifest=326", "id=vo"])
        let meeting = try event("meeting.opened", ["meeting=m1", "title=Rapat", "chair=K", "location=L", "attendees=imigrasi"])
        let assigned = try event("action.assigned", ["meeting=m1", "action=a1", "title=t", "owner=o", "due=2024-12-01"])
        _ = try AppendBatch([opened, meeting, assigned]).write(to: file)
        expectBothLanguages(written(AppendBatch([try event("meeting.closed", ["meeting=m1", "id=vo"])]), file),
                            #"tidak ditambahkan: id "vo" sudah ada di \#(file) baris 1"#)
        expectBothLanguages(written(AppendBatch([try event("meeting.closed", ["meeting=m1", "id=x"], origin: "standard input line 1"),
                                                 try event("meeting.closed", ["meeting=m1", "id=x"], origin: "standard input line 2")]), file),
                            #"tidak ditambahkan: masukan standar baris 2: id "x" juga ada di masukan standar baris 1"#)
        expectBothLanguages(written(AppendBatch([try event("passenger.checked", ["voyage=thalai-20241120", "passenger=p", "doc=ktp", "result=cleared"],
                                                           origin: "standard input line 3")]), file),
                            #"tidak ditambahkan: masukan standar baris 3: voyage "thalai-20241120" belum dibuka di \#(file) (tidak ada voyage.opened) (maksudnya "thalia-20241120"?); --force tetap menambahkannya"#)
        expectBothLanguages(written(AppendBatch([try event("meeting.closed", ["meeting=rapat-bulanan"])]), file),
                            #"tidak ditambahkan: meeting "rapat-bulanan" belum dibuka di \#(file) (tidak ada meeting.opened); --force tetap menambahkannya"#)
        let other = try event("meeting.opened", ["meeting=m2", "title=Rapat", "chair=K", "location=L", "attendees=imigrasi"])
        expectBothLanguages(written(AppendBatch([other, try event("action.assigned", ["meeting=m2", "action=a1", "title=t", "owner=o", "due=2024-12-01"])]), file),
                            #"tidak ditambahkan: tindak lanjut "a1" milik rapat "m1" (\#(file) baris 3); --force memindahkannya"#)
        expectBothLanguages(written(AppendBatch([try event("meeting.closed", ["meeting=m1"])], force: true), "/dev/zero"),
                            "tidak ditambahkan: /dev/zero: berupa perangkat karakter, bukan berkas biasa")
    }

    @Test func anOfficersWordNotInTheListInBothLanguages() throws {
        let message = refusal { try draft(type: "passenger.checked", fields: ["voyage=v", "passenger=p", "doc=ktp", "result=lulus"]).event() }
        #expect(message.hasPrefix(#"not appended: field "result": "lulus" is not in the list; accepted: "#), "\(message)")
        let said = Word.commandLine(message).id
        #expect(said.hasPrefix(#"tidak ditambahkan: kolom "result": "lulus" tidak ada dalam daftar; yang diterima: lolos (cleared)"#), "\(said)")
    }

    @Test func aSentenceNoPhraseKnowsIsSaidAsWritten() {
        #expect(Word.commandLine("something new happened").id == "something new happened")
        // A file name is never translated, even one that reads like a phrase.
        #expect(Word.commandLine("cannot read standard input: Permission denied").id == "tidak dapat membaca masukan standar: izin ditolak")
        #expect(Word.commandLine("cannot read /tmp/template: No such file or directory").id == "tidak dapat membaca /tmp/template: berkas atau direktori tidak ada")
    }

    /// Every C library error the status line has words for is said the same on standard error
    /// (`tidak ada terminal (/dev/tty): perangkat atau alamat tidak ada; …`).
    @Test func everySystemErrorWithWordsIsSaidOnStandardError() throws {
        for code in Word.systemErrorCodes {
            let reason = try #require(Word.systemErrorReason(code))
            #expect(Word.commandLine("cannot read x.jsonl: \(reason.en)").id == "tidak dapat membaca x.jsonl: \(reason.id)")
        }
        #expect(Word.commandLine("No such device or address").id == "perangkat atau alamat tidak ada")
    }

    @Test func everyPhraseHasItsIndonesianWithTheSamePlaces() {
        for phrase in Word.commandLinePhrases {
            #expect(phrase.en != phrase.id || phrase.en.allSatisfy { !$0.isLetter || $0 == "%" }, "\(phrase.en)")
            #expect(phrase.en.filter { $0 == "%" }.count == phrase.id.filter { $0 == "%" }.count, "\(phrase.en)")
        }
    }
}
