import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// Correcting a mistake from a script: `append` an `event.voided`; `summary` and `check` count
/// the voided event apart.
@Suite struct CorrectionCommandTests {
    @Test func voidAppendedFromAScriptTakesTheEventOut() throws {
        let dir = TempDirectory()
        let file = dir.file("desk.jsonl")
        let kpi = { (id: String, count: Int) in
            ["append", file, "--type", "kpi.reported", "--post", "tarakan", "--field", "id=\(id)", "--field", "date=2024-11-20",
             "--field", "agency=bea-cukai", "--field", "metric=patrol", "--field", "count=\(count)"]
        }
        #expect(try Borderdesk.run(kpi("k-1", 4)).status == 0)
        let void = try Borderdesk.run(["append", file, "--type", "event.voided", "--post", "tarakan", "--by", "desk-2",
                                       "--field", "target=k-1", "--field", "reason=koreksi: seharusnya 5"])
        #expect(void.status == 0, "\(void.stderr)")
        #expect(try Borderdesk.run(kpi("k-2", 5)).status == 0)

        let summary = try Borderdesk.run(["summary", file, "--json"])
        let json = try StrictJSONParser.parse(summary.stdout)
        #expect(json["events"]?["voided"] == .number(JSONNumber(1)))
        #expect(json["events"]?["folded"] == .number(JSONNumber(2)))
        #expect(json["desk"]?["patrol"] == .number(JSONNumber(5)))

        let table = try Borderdesk.run(["summary", file])
        #expect(table.stdout.contains("3 lines, 2 folded, 1 voided, 0 malformed"), "\(table.stdout)")
        let check = try Borderdesk.run(["check", "--lang", "en", file])
        #expect(check.stdout == "3 lines: 2 valid, 1 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
        #expect(check.status == 0)
    }

    @Test func voidWithoutAReasonIsRefused() throws {
        let dir = TempDirectory()
        let file = dir.file("desk.jsonl")
        let r = try Borderdesk.run(["append", file, "--type", "event.voided", "--post", "tarakan", "--field", "target=k-1", "--field", "reason="])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\"reason\""), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }
}
