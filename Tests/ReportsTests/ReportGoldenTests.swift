import BorderOps
import EventLog
import Foundation
import Reports
import Testing

enum Paths {
    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
    static var golden: String { packageRoot + "/Tests/ReportsTests/Golden" }
    static var sample: String { packageRoot + "/sample-data/nunukan-2024-11-20.jsonl" }
    static var desk: String { packageRoot + "/sample-data/scenarios/desk-2025-q3.jsonl" }
}

func fold(_ paths: [String], extra: [String] = []) -> BorderState {
    var fold = EventFold()
    EventSources(arguments: paths).readAvailable { source, line in
        fold.ingest(line: line.bytes, length: line.length, origin: LineOrigin(source: source, line: line.number))
    }
    for (n, line) in extra.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "extra", line: n + 1)) }
    return fold.state
}

/// A fixed generation time, as SOURCE_DATE_EPOCH gives one.
func context(_ language: Language) -> ReportContext {
    ReportContext(language: language, zone: .wita, generated: Timestamp.parse("2024-11-20T18:00:00+08:00")!)
}

/// Compares with `Golden/NAME`; UPDATE_GOLDEN=1 rewrites it (review the diff).
func matchesGolden(_ text: String, _ name: String) -> (Bool, String) {
    let path = Paths.golden + "/" + name
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return (true, "")
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else { return (false, "no golden \(name) (UPDATE_GOLDEN=1)") }
    return (expected == text, "--- expected \(name)\n\(expected)\n--- got\n\(text)")
}

@Suite struct ReportGoldenTests {
    @Test(arguments: [Language.id, .en])
    func operationReport(_ language: Language) throws {
        let doc = try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(language))
        for (text, ext) in [(TextRenderer.render(doc), "txt"), (MarkdownRenderer.render(doc), "md"), (HTMLRenderer.render(doc), "html")] {
            let (ok, diff) = matchesGolden(text, "op-thalia-\(language.rawValue).\(ext)")
            #expect(ok, "\(diff)")
        }
        let text = TextRenderer.render(doc)
        // The Thalia figures: 326 on the manifest, 326 checked, 326 cleared.
        let row = text.split(separator: "\n").first { $0.hasPrefix("KM. Thalia") }.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(row == "KM. Thalia Nunukan – Pare-Pare 17.00 326 326 326 0 0 0 0", "\(text)")
    }

    @Test(arguments: [Language.id, .en])
    func meetingMinutes(_ language: Language) throws {
        let doc = try MeetingReport.build(fold([Paths.sample]), meeting: "timpora-nnk-20241120", context: context(language))
        for (text, ext) in [(TextRenderer.render(doc), "txt"), (HTMLRenderer.render(doc), "html")] {
            let (ok, diff) = matchesGolden(text, "meeting-timpora-\(language.rawValue).\(ext)")
            #expect(ok, "\(diff)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func deskReport(_ language: Language) throws {
        let from = CivilDate.parse("2025-07-28")!, to = CivilDate.parse("2025-08-03")!
        let doc = try DeskReport.build(fold([Paths.desk]), from: from, to: to, byAgency: true, context: context(language))
        for (text, ext) in [(TextRenderer.render(doc), "txt"), (HTMLRenderer.render(doc), "html")] {
            let (ok, diff) = matchesGolden(text, "desk-week-\(language.rawValue).\(ext)")
            #expect(ok, "\(diff)")
        }
    }

    @Test func sameLogSameBytes() throws {
        let a = HTMLRenderer.render(try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(.id)))
        let b = HTMLRenderer.render(try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(.id)))
        #expect(a == b)
    }

    @Test func unknownIdsAndEmptyRangesAreOneLineErrors() {
        let state = fold([Paths.sample])
        #expect(throws: ReportError.self) { try OperationReport.build(state, op: "nope", context: context(.id)) }
        #expect(throws: ReportError.self) { try MeetingReport.build(state, meeting: "nope", context: context(.id)) }
        let d = CivilDate.parse("2020-01-01")!
        #expect(throws: ReportError("no desk reports or seizures from 2020-01-01 to 2020-01-01")) {
            try DeskReport.build(state, from: d, to: d, byAgency: false, context: context(.id))
        }
        #expect(throws: ReportError("--to 2020-01-01 is before --from 2020-01-02")) {
            try DeskReport.build(state, from: CivilDate.parse("2020-01-02")!, to: d, byAgency: false, context: context(.id))
        }
    }
}

/// Event text is literal in every format: it cannot add markup, links, cells or escape sequences.
@Suite struct ReportSafetyTests {
    static let hostile = "<img src=x onerror=alert(1)> [klik](http://evil.example) a|b *tebal* \u{1B}[31m\u{202E}"
    static var finding: String {
        let summary = String(decoding: try! JSONEncoder().encode(hostile), as: UTF8.self)
        return #"{"id":"h1","ts":"2024-11-20T14:00:00+08:00","type":"op.finding","post":"nunukan","op":"opgab-tunontaka-20241120","finding":"fx","category":"other","severity":"critical","summary":\#(summary)}"#
    }

    func document() throws -> ReportDocument {
        try OperationReport.build(fold([Paths.sample], extra: [Self.finding]), op: "opgab-tunontaka-20241120", context: context(.id))
    }

    @Test func htmlHoldsItAsText() throws {
        let html = HTMLRenderer.render(try document())
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; [klik](http://evil.example) a|b *tebal* \\x1B[31m\\u{202E}"), "\(html)")
        #expect(!html.contains("<img"))
        #expect(!html.contains("<script"), "no script at all in the document")
        #expect(!html.contains("\u{1B}") && !html.contains("\u{202E}"))
    }

    @Test func markdownHoldsItAsText() throws {
        let md = MarkdownRenderer.render(try document())
        #expect(md.contains(#"\<img src=x onerror=alert(1)\> \[klik\](http://evil.example) a\|b \*tebal\* \\x1B\[31m\\u{202E}"#), "\(md)")
        // Every row of the findings table has as many cell separators as its header.
        let lines = md.split(separator: "\n")
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| Tingkat |") }) else { Issue.record("no findings table"); return }
        let unescapedPipes = { (line: Substring) in line.enumerated().filter { i, ch in ch == "|" && (i == 0 || Array(line)[i - 1] != "\\") }.count }
        for line in lines[header...].prefix(while: { $0.hasPrefix("|") }) {
            #expect(unescapedPipes(line) == unescapedPipes(lines[header]), "\(line)")
        }
    }

    @Test func textHasNoControlCharacters() throws {
        let text = TextRenderer.render(try document())
        #expect(text.contains("\\x1B[31m"))
        let bad = text.unicodeScalars.filter { DisplayText.needsEscape($0) && $0 != "\n" }
        #expect(bad.isEmpty, "BAD \(bad.map { String($0.value, radix: 16) }) END")
    }
}
