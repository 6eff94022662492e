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
            ["--type", "passenger.checked", "--post", "nunukan", "--field", "voyage=v", "--field", "passenger=p", "--field", "doc=ktp", "--field", "result=lolos"],
            ["--type", "passenger.checked", "--post", "nunukan", "--field", "voyage=v"],
            ["--type", "kpi.reported", "--post", "nunukan", "--field", "date=2024-02-30", "--field", "agency=x", "--field", "metric=patrol", "--field", "count=1"],
            ["--type", "radar.contact", "--post", "nunukan"],
            ["--type", "meeting.closed", "--field", "meeting=m"],
        ]
        for extra in cases {
            let r = try Borderdesk.run(["append", file] + extra)
            #expect(r.status == 2, "\(extra)")
            #expect(r.stderr.hasPrefix("borderdesk: not appended: "), "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: file))
        let json = try Borderdesk.run(["append", file, "--json"], stdin: #"{"type":"meeting.closed","post":"nunukan","meeting":"m1","id":"given"}"#)
        #expect(json.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains(#""id":"given""#))
    }

    /// Four separate processes append 2,500 events each to one file at the same time.
    @Test func concurrentAppendersNeverInterleave() throws {
        let dir = TempDirectory()
        let file = dir.file("shared.jsonl")
        let writers = 4, perWriter = 2_500
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
        let script = inputs.map { "\(Borderdesk.binary) append \(file) --jsonl < \($0) || echo FAILED &" }.joined(separator: "\n") + "\nwait\n"
        let run = try Spawn.run(["sh", "-c", script])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("FAILED"), "\(run.stdout)\(run.stderr)")

        let check = try Borderdesk.run(["check", file])
        #expect(check.status == 0)
        #expect(check.stdout == "10000 lines: 10000 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
        guard case .array(let voyages)? = summary["voyages"] else { Issue.record("no voyages"); return }
        #expect(voyages.map { $0["checked"] } == Array(repeating: .number(JSONNumber(2_500)), count: 4))
    }
}
