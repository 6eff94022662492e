import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// `borderdesk alerts` on the sample scenarios, and acknowledgement through the append path.
@Suite struct AlertsCommandTests {
    static let tawau = Borderdesk.packageRoot + "/sample-data/scenarios/tawau-ferry-morning.jsonl"
    static let nunukan = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"

    func alerts(_ arguments: [String]) throws -> (status: Int32, ids: [String], json: JSONValue) {
        let r = try Borderdesk.run(["alerts", "--json"] + arguments)
        let json = try StrictJSONParser.parse(r.stdout)
        guard case .array(let list)? = json["alerts"] else { return (r.status, [], json) }
        return (r.status, list.compactMap { if case .string(let id)? = $0["id"] { id } else { nil } }, json)
    }

    /// The Tawau morning: KM. Purnama departs 09.30 with 210 on the manifest and three never
    /// checked; a critical finding (sabu at the X-ray) at 09.06; the voyage closed at 09.36.
    @Test func tawauMorningAtEachThreshold() throws {
        let early = try alerts([Self.tawau, "--at", "2024-12-17T08:59:00+08:00"])
        #expect(early.ids.isEmpty && early.status == 0)
        let warning = try alerts([Self.tawau, "--at", "2024-12-17T09:00:00+08:00"])
        #expect(warning.ids == ["departure:purnama-20241217"] && warning.status == 0, "\(warning.json)")
        guard case .array(let list)? = warning.json["alerts"] else { Issue.record("no alerts"); return }
        #expect(list.first?["severity"] == .string("warning"))
        #expect(list.first?["began"] == .string("2024-12-17T09:00:00+08:00"))
        let finding = try alerts([Self.tawau, "--at", "2024-12-17T09:10:00+08:00"])
        #expect(finding.ids == ["finding:opgab-tunontaka-20241217:f-sabu-20241217", "departure:purnama-20241217"])
        #expect(finding.status == 1, "an unacknowledged critical alert is in force")
        let departed = try alerts([Self.tawau, "--at", "2024-12-17T09:33:00+08:00"])
        #expect(departed.ids == ["departure:purnama-20241217", "finding:opgab-tunontaka-20241217:f-sabu-20241217"], "newest critical first")
        guard case .array(let critical)? = departed.json["alerts"] else { Issue.record("no alerts"); return }
        #expect(critical.first?["severity"] == .string("critical"))
        guard case .object(let text)? = critical.first?["text"], case .string(let en)? = text.first(where: { $0.key == "en" })?.value else { Issue.record("no text"); return }
        #expect(en == "[EXERCISE] KM. Purnama was due to depart 09.30 WITA: 3 of 210 passengers still unchecked, voyage not closed")
        let closed = try alerts([Self.tawau, "--at", "2024-12-17T09:36:00+08:00"])
        #expect(closed.ids == ["finding:opgab-tunontaka-20241217:f-sabu-20241217"])
    }

    /// KM. Thalia at 14.40 WITA with checks incomplete: a warning with a long enough window.
    @Test func thaliaAt1440() throws {
        let quiet = try alerts([Self.nunukan, "--at", "2024-11-20T12:00:00+08:00"])
        #expect(quiet.ids.isEmpty && quiet.status == 0)
        let standard = try alerts([Self.nunukan, "--at", "2024-11-20T14:40:00+08:00"])
        #expect(!standard.ids.contains("departure:thalia-20241120"), "17.00 is more than 30 minutes away")
        let wide = try alerts([Self.nunukan, "--at", "2024-11-20T14:40:00+08:00", "--warn-departure", "150"])
        #expect(wide.ids.first == "departure:thalia-20241120")
        #expect(wide.status == 0)
        let table = try Borderdesk.run(["alerts", Self.nunukan, "--at", "2024-11-20T14:40:00+08:00", "--warn-departure", "150"])
        #expect(table.stdout.contains("▲ PERHATIAN  sejak 14.30"))
        #expect(table.stdout.contains("KM. Thalia berangkat 17.00 WITA: 162 dari 326 penumpang belum diperiksa"))
    }

    @Test func acknowledgementByAnotherProcessEndsTheRinging() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Self.tawau, toPath: file)
        let before = try alerts([file, "--at", "2024-12-17T12:00:00+08:00"])
        #expect(before.status == 1)
        let ack = try Borderdesk.run(["append", file, "--type", "alert.ack", "--post", "nunukan", "--by", "duty-02",
                                      "--field", "ts=2024-12-17T09:20:00+08:00",
                                      "--field", "alert=finding:opgab-tunontaka-20241217:f-sabu-20241217",
                                      "--field", "note=diserahkan ke Bea Cukai"])
        #expect(ack.status == 0, "\(ack.stderr)")
        let after = try alerts([file, "--at", "2024-12-17T12:00:00+08:00"])
        #expect(after.status == 0)
        guard case .array(let list)? = after.json["alerts"] else { Issue.record("no alerts"); return }
        #expect(list.first?["acknowledged"] == .bool(true))
        #expect(list.first?["ack"]?["by"] == .string("duty-02"))
        // Before the acknowledgement was written, it was still ringing.
        #expect(try alerts([file, "--at", "2024-12-17T09:15:00+08:00"]).status == 1)
        // A spec-only reader counts alert.ack as an unknown type; so does the headless summary.
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
        #expect(summary["events"]?["unknown"] == .number(JSONNumber(1)))
        // An acknowledgement without an alert id is refused, nothing written.
        let bad = try Borderdesk.run(["append", file, "--lang", "en", "--type", "alert.ack", "--post", "nunukan", "--field", "note=x"])
        #expect(bad.status == 2 && bad.stderr.contains("missing field \"alert\""), "\(bad.stderr)")
    }

    @Test func badInstantIsAOneLineErrorAndAnUnreadableSourceIsAnAlert() throws {
        let bad = try Borderdesk.run(["alerts", Self.nunukan, "--at", "kemarin"])
        #expect(bad.status == 2)
        #expect(bad.stderr.split(separator: "\n").count == 1 && bad.stderr.contains("--at"))
        let missing = try alerts(["/nonexistent/post.jsonl", "--at", "2024-11-20T12:00:00+08:00"])
        #expect(missing.ids == ["source:/nonexistent/post.jsonl"])
        #expect(missing.status == 0)
    }
}
