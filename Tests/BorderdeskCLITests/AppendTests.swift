import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

@Suite struct AppendTests {
    @Test func appendFillsIdAndTimeAndValidates() throws {
        let dir = TempDirectory()
        let file = dir.file("gate.jsonl")
        let r = try Borderdesk.run(["append", file, "--type", "voyage.opened", "--post", "nunukan", "--by", "ksop-1",
                                    "--field", "voyage=thalia", "--field", "vessel=KM. Thalia", "--field", "from=Nunukan",
                                    "--field", "to=Pare-Pare", "--field", "departs=2024-11-20T17:00:00+08:00", "--field", "manifest=326"])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try String(contentsOfFile: file, encoding: .utf8)
        guard case .event(let event) = LineDecoder.decode(String(line.dropLast())) else { Issue.record("not valid: \(line)"); return }
        #expect(event.envelope.id.hasPrefix("nunukan-"))
        #expect(event.envelope.by == "ksop-1")
        #expect(line.hasPrefix(#"{"id":"#))
        #expect(event.body == .voyageOpened(voyage: "thalia", vessel: "KM. Thalia", from: "Nunukan", to: "Pare-Pare",
                                            departs: Timestamp.parse("2024-11-20T17:00:00+08:00")!, manifest: 326, checkpoint: nil))
    }

    @Test func invalidEventIsRefusedWithExit2AndNothingWritten() throws {
        let dir = TempDirectory()
        let file = dir.file("gate.jsonl")
        let cases: [[String]] = [
            ["--type", "passenger.checked", "--post", "nunukan", "--field", "voyage=v", "--field", "passenger=p", "--field", "doc=ktp", "--field", "result=lulus"],
            ["--type", "passenger.checked", "--post", "nunukan", "--field", "voyage=v"],
            ["--type", "kpi.reported", "--post", "nunukan", "--field", "date=2024-02-30", "--field", "agency=x", "--field", "metric=patrol", "--field", "count=1"],
            ["--type", "radar.contact", "--post", "nunukan"],
            ["--type", "meeting.closed", "--field", "meeting=m"],
        ]
        for extra in cases {
            let r = try Borderdesk.run(["append", file] + extra)
            #expect(r.status == 2, "\(extra)")
            #expect(r.stderr.hasPrefix("borderdesk: tidak ditambahkan: "), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: file))
        let json = try Borderdesk.run(["append", file, "--json", "--force"], stdin: #"{"type":"meeting.closed","post":"nunukan","meeting":"m1","id":"given"}"#)
        #expect(json.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains(#""id":"given""#))
    }

    /// What officers type and the screen shows is written as the format's codes, and each
    /// append says what it wrote and where, in the interface language (Indonesian by default).
    @Test func officersWordsAreWrittenAsCodesAndTheAppendSaysWhere() throws {
        let dir = TempDirectory()
        let file = dir.file("gate.jsonl")
        let opened = try Borderdesk.run(["append", file, "--type", "voyage.opened", "--post", "nunukan", "--zone", "WITA",
                                         "--field", "voyage=thalia", "--field", "vessel=KM. Thalia", "--field", "from=Nunukan",
                                         "--field", "to=Pare-Pare", "--field", "departs=03/12/2026 17.00", "--field", "manifest=1.326",
                                         "--field", "id=v-open"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout == "Tersimpan: voyage.opened v-open di \(file) baris 1\n")
        let checked = try Borderdesk.run(["append", file, "--type", "passenger.checked", "--post", "nunukan", "--lang", "en",
                                          "--field", "voyage=thalia", "--field", "passenger=P-1", "--field", "doc=paspor",
                                          "--field", "result=Ditunda", "--field", "id=p-1"])
        #expect(checked.stdout == "Saved: passenger.checked p-1 in \(file) line 2\n", "\(checked.stderr)")
        let seized = try Borderdesk.run(["append", file, "--type", "seizure.recorded", "--post", "nunukan", "--field", "case=BC-7",
                                         "--field", "commodity=rokok", "--field", "value_idr=Rp750.000.000", "--field", "suspects=2",
                                         "--field", "agency=bea-cukai", "--field", "loss_prevented_idr=1,2 M"])
        #expect(seized.status == 0, "\(seized.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(#""departs":"2026-12-03T17:00:00+08:00","manifest":1326"#))
        #expect(text.contains(#""doc":"passport","result":"postponed""#))
        #expect(text.contains(#""commodity":"tobacco","value_idr":750000000,"suspects":2,"agency":"bea-cukai","loss_prevented_idr":1200000000"#))
        // A word not in the list: refused naming the field and the accepted words, nothing written.
        let unknown = try Borderdesk.run(["append", file, "--type", "kpi.reported", "--post", "nunukan", "--field", "date=10/12/2026",
                                          "--field", "agency=lanal", "--field", "metric=razia", "--field", "count=3"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix(#"borderdesk: tidak ditambahkan: kolom "metric": "razia" tidak ada dalam daftar; yang diterima: patroli (patrol), "#), "\(unknown.stderr)")
        #expect(unknown.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
        // A batch says how many and where, in one line.
        let batch = try Borderdesk.run(["append", file, "--jsonl", "--force"], stdin: #"{"type":"meeting.closed","post":"nunukan","meeting":"m1"}"# + "\n"
                                       + #"{"type":"meeting.closed","post":"nunukan","meeting":"m2"}"# + "\n")
        #expect(batch.stdout == "Tersimpan: 2 peristiwa di \(file) baris 4-5\n", "\(batch.stderr)")
    }

    /// A typo'd voyage made a phantom row: a reference to something no line opens is refused,
    /// exit 2, nothing written, with the closest known name; `--force` writes it.
    @Test func aReferenceNothingOpensIsRefusedWithDidYouMean() throws {
        let dir = TempDirectory()
        let file = dir.file("gate.jsonl")
        let opened = try Borderdesk.run(["append", file, "--type", "voyage.opened", "--post", "nunukan", "--field", "voyage=thalia-20241120",
                                         "--field", "vessel=KM. Thalia", "--field", "from=Nunukan", "--field", "to=Tawau",
                                         "--field", "departs=20/11/2024 17.00", "--field", "manifest=326"])
        #expect(opened.status == 0, "\(opened.stderr)")
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let check = ["append", file, "--type", "passenger.checked", "--post", "nunukan", "--field", "voyage=thalia-20241210",
                     "--field", "passenger=P-1", "--field", "doc=ktp", "--field", "result=lolos"]
        let typo = try Borderdesk.run(check)
        #expect(typo.status == 2)
        #expect(typo.stderr == "borderdesk: tidak ditambahkan: voyage \"thalia-20241210\" belum dibuka di \(file) (tidak ada voyage.opened) (maksudnya \"thalia-20241120\"?); --force tetap menambahkannya\n", "\(typo.stderr)")
        #expect(typo.stdout.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
        // An operation, a meeting, a checklist, an action: the same.
        for (type, field) in [("op.phase", ["op=opgab-1", "phase=apel"]), ("meeting.closed", ["meeting=timpora-11"]),
                              ("checklist.step", ["checklist=cl-1", "step=s1", "state=selesai"]), ("action.state", ["action=act-1", "state=selesai"])] {
            let r = try Borderdesk.run(["append", file, "--type", type, "--post", "nunukan"] + field.flatMap { ["--field", $0] })
            #expect(r.status == 2 && r.stderr.contains("belum dibuka di"), "\(type): \(r.stderr)")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
        let forced = try Borderdesk.run(check + ["--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stdout.hasSuffix(" di \(file) baris 2\n"))
    }

    /// Four separate processes append 1,000 events each to one file at the same time (each
    /// line 250–550 bytes: four writers' lines would tear within a few if the lock failed).
    @Test func concurrentAppendersNeverInterleave() throws {
        let dir = TempDirectory()
        let file = dir.file("shared.jsonl")
        let writers = 4, perWriter = 1_000
        var inputs: [String] = []
        for w in 0..<writers {
            let input = (0..<perWriter).map { i in
                #"{"type":"passenger.checked","post":"nunukan","by":"writer-\#(w)","voyage":"v\#(w)","passenger":"p\#(i)","doc":"ktp","result":"cleared","note":"\#(String(repeating: "x", count: 200 + w * 97))"}"#
            }.joined(separator: "\n") + "\n"
            let inputFile = dir.file("input-\(w).jsonl")
            try input.write(toFile: inputFile, atomically: true, encoding: .utf8)
            inputs.append(inputFile)
        }
        // Four processes at once: a shell starts them in the background and waits for all.
        // --force: the voyages are never opened; the interleaving is the point.
        let script = inputs.map { "\(Borderdesk.binary) append \(file) --force --jsonl < \($0) || echo FAILED &" }.joined(separator: "\n") + "\nwait\n"
        let run = try Spawn.run(["sh", "-c", script])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("FAILED"), "\(run.stdout)\(run.stderr)")

        let check = try Borderdesk.run(["check", "--lang", "en", file])
        #expect(check.status == 0)
        #expect(check.stdout == "4000 lines: 4000 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
        guard case .array(let voyages)? = summary["voyages"] else { Issue.record("no voyages"); return }
        #expect(voyages.map { $0["checked"] } == Array(repeating: .number(JSONNumber(1_000)), count: 4))
    }
}
