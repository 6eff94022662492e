import BorderOps
import Foundation
import JSON
import Testing

/// Every sample scenario checks clean, keeps the post's zone, and folds to what it promises.
@Suite struct ScenarioTests {
    static let scenarios = Borderdesk.packageRoot + "/sample-data/scenarios"

    func summary(_ name: String) throws -> JSONValue {
        let r = try Borderdesk.run(["summary", "\(Self.scenarios)/\(name).jsonl", "--json"])
        #expect(r.status == 0, "\(r.stderr)")
        return try StrictJSONParser.parse(r.stdout)
    }

    func int(_ value: JSONValue?) -> Int64? {
        if case .number(let n)? = value { return n.formatInt }
        return nil
    }

    func rows(_ summary: JSONValue, _ key: String) -> [JSONValue] {
        if case .array(let rows)? = summary[key] { return rows }
        return []
    }

    @Test func everyScenarioChecksCleanWithUniqueIdsAndWITATimes() throws {
        // Read together, so an id repeated in two files would count as a duplicate.
        let check = try Borderdesk.run(["check", "--lang", "en", Self.scenarios])
        #expect(check.status == 0)
        #expect(check.stdout.contains(" 0 malformed, 0 duplicate ids, 0 unknown types"), "\(check.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios).filter { $0.hasSuffix(".jsonl") }
        #expect(files.count >= 4)
        for file in files {
            let text = try String(contentsOfFile: "\(Self.scenarios)/\(file)", encoding: .utf8)
            for (n, line) in text.split(separator: "\n").enumerated() {
                guard case .string(let ts)? = try StrictJSONParser.parse(String(line))["ts"] else {
                    Issue.record("\(file):\(n + 1): no ts"); continue
                }
                #expect(ts.hasSuffix("+08:00"), "\(file):\(n + 1): \(ts)")
            }
        }
    }

    @Test func nunukanIsTheThaliaDay() throws {
        let s = try summary("nunukan-2024-11-20")
        let thalia = rows(s, "voyages")
        #expect(thalia.count == 1)
        #expect(thalia.first?["vessel"] == .string("KM. Thalia"))
        #expect(int(thalia.first?["manifest"]) == 326 && int(thalia.first?["checked"]) == 326 && int(thalia.first?["cleared"]) == 326)
        #expect(int(rows(s, "operations").first?["findings"]) == 0)
        let meeting = rows(s, "meetings").first
        #expect(meeting?["meeting"] == .string("timpora-nnk-20241120"))
        #expect(int(meeting?["items"]) == 11 && meeting?["closed"] == .bool(true))
        // The scenario is the bundled sample day itself.
        let bundled = try Borderdesk.run(["summary", Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", "--json"])
        let scenario = try Borderdesk.run(["summary", "\(Self.scenarios)/nunukan-2024-11-20.jsonl", "--json"])
        #expect(bundled.stdout == scenario.stdout)
    }

    @Test func tawauMorningHasItsFindings() throws {
        let s = try summary("tawau-ferry-morning")
        let voyages = rows(s, "voyages")
        #expect(voyages.count == 2)
        #expect(voyages.allSatisfy { $0["closed"] == .bool(true) })
        // Postponed (suspected non-procedural migrant workers, handed to BP3MI), a referral, a denial.
        #expect(voyages.map { int($0["postponed"]) ?? 0 }.reduce(0, +) == 4)
        #expect(voyages.map { int($0["referred"]) ?? 0 }.reduce(0, +) == 1)
        #expect(int(rows(s, "operations").first?["critical"]) == 1)
        #expect(int(s["desk"]?["seizures"]) == 1)
        // Marked as an exercise, every line.
        let text = try String(contentsOfFile: "\(Self.scenarios)/tawau-ferry-morning.jsonl", encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.contains("\"exercise\":true") })
    }

    @Test func tarakanIsTwoCoordinationMeetings() throws {
        let s = try summary("tarakan-2025-06")
        let meetings = rows(s, "meetings")
        #expect(meetings.compactMap { if case .string(let id)? = $0["meeting"] { id } else { nil } }
                == ["kunker-sahli-panglima-20250619", "rakor-bnnp-tarakan-20250618"])
        #expect(meetings.allSatisfy { $0["closed"] == .bool(true) })
        // Bea Cukai, BNNP Kalimantan Utara and TNI all sit at the table.
        let text = try String(contentsOfFile: "\(Self.scenarios)/tarakan-2025-06.jsonl", encoding: .utf8)
        for agency in ["bnnp-kaltara", "bea-cukai", "tni"] { #expect(text.contains("\"\(agency)\"")) }
    }

    @Test func deskCoversSeveralWeeksOfKPIsAndSeizures() throws {
        let s = try summary("desk-2025-q3")
        let desk = s["desk"]
        #expect(int(desk?["seizures"]) == 21 && int(desk?["seizure_value_idr"]) == 25_637_000_000)
        for metric in ["patrol", "sambang", "routine_check", "socialisation"] { #expect((int(desk?[metric]) ?? 0) > 0) }
        let text = try String(contentsOfFile: "\(Self.scenarios)/desk-2025-q3.jsonl", encoding: .utf8)
        var days = Set<String>()
        for line in text.split(separator: "\n") {
            if case .string(let date)? = try StrictJSONParser.parse(String(line))["date"] { days.insert(date) }
        }
        #expect(days.count >= 28, "several weeks of daily reports, got \(days.count) days")
    }
}
