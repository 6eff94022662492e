import BorderOps
import Words
import EventLog
import Foundation
import Reports
import SafeText
import TestSupport
import Testing

enum Paths {
    static var packageRoot: String { PackagePaths.root }
    static var golden: String { packageRoot + "/Tests/ReportsTests/Golden" }
    static var sample: String { packageRoot + "/sample-data/nunukan-2024-11-20.jsonl" }
    static var desk: String { packageRoot + "/sample-data/scenarios/desk-2025-q3.jsonl" }
}

func fold(_ paths: [String], extra: [String] = []) -> BorderState {
    var fold = foldWithReader(paths)
    for (n, line) in extra.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "extra", line: n + 1)) }
    return fold.state
}

/// A fixed generation time, as SOURCE_DATE_EPOCH gives one; with `log`, the anchors of those
/// files (named from the package root, as `report` run there names them).
func context(_ language: Language, log paths: [String] = []) -> ReportContext {
    var context = ReportContext(language: language, zone: .wita, generated: Timestamp.parse("2024-11-20T18:00:00+08:00")!)
    let sources = EventSources(arguments: paths, chains: ChainTracking())
    sources.readAvailable { _, _ in }
    context.anchors = sources.chains.map { path, chain in
        LogAnchor(file: String(path.dropFirst(Paths.packageRoot.count + 1)), line: chain.lines, hash: chain.hash.hex)
    }
    return context
}

/// Compares with `Golden/NAME`; UPDATE_GOLDEN=1 rewrites it (review the diff).
func matchesGolden(_ text: String, _ name: String) -> (Bool, String) {
    matchesGoldenFile(text, at: Paths.golden + "/" + name)
}

@Suite struct ReportGoldenTests {
    @Test(arguments: [Language.id, .en])
    func operationReport(_ language: Language) throws {
        let doc = try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(language, log: [Paths.sample]))
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
        let doc = try MeetingReport.build(fold([Paths.sample]), meeting: "timpora-nnk-20241120", context: context(language, log: [Paths.sample]))
        for (text, ext) in [(TextRenderer.render(doc), "txt"), (HTMLRenderer.render(doc), "html")] {
            let (ok, diff) = matchesGolden(text, "meeting-timpora-\(language.rawValue).\(ext)")
            #expect(ok, "\(diff)")
        }
    }

    @Test(arguments: [Language.id, .en])
    func deskReport(_ language: Language) throws {
        let from = CivilDate.parse("2025-07-28")!, to = CivilDate.parse("2025-08-03")!
        let doc = try DeskReport.build(fold([Paths.desk]), from: from, to: to, byAgency: true, context: context(language, log: [Paths.desk]))
        for (text, ext) in [(TextRenderer.render(doc), "txt"), (HTMLRenderer.render(doc), "html")] {
            let (ok, diff) = matchesGolden(text, "desk-week-\(language.rawValue).\(ext)")
            #expect(ok, "\(diff)")
        }
    }

    /// On screen the report has a margin (it touched the window's edge); printed, the page's
    /// own margins (`@page`) are the only ones.
    @Test func theHTMLHasAMarginOnScreenNotInPrint() throws {
        let html = HTMLRenderer.render(try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(.id)))
        let style = html.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(style.contains { $0.hasPrefix("body {") && $0.contains("margin: 0;") }, "print: no margin beyond the page's")
        let screen = style.first { $0.hasPrefix("@media screen") } ?? ""
        #expect(screen.contains("body {") && screen.contains("margin: 2em auto") && screen.contains("padding: 0 2em"), "\(screen)")
        #expect(!style.contains { $0.hasPrefix("@media print") && $0.contains("margin: 2em") })
    }

    @Test func sameLogSameBytes() throws {
        let a = HTMLRenderer.render(try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(.id)))
        let b = HTMLRenderer.render(try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(.id)))
        #expect(a == b)
    }

    /// Each refusal as a value, and its one line in both languages (said by `report` in the
    /// report's language).
    @Test func unknownIdsAndEmptyRangesAreOneLineErrorsInBothLanguages() throws {
        let state = fold([Paths.sample])
        let operation = try #require(throws: ReportError.self) { try OperationReport.build(state, op: "nope", context: context(.id)) }
        #expect(operation.word.id == "tidak ada operasi \"nope\" (yang ada: opgab-tunontaka-20241120)")
        #expect(operation.word.en == "no operation \"nope\" (known: opgab-tunontaka-20241120)")
        let meeting = try #require(throws: ReportError.self) { try MeetingReport.build(state, meeting: "nope", context: context(.id)) }
        guard case .unknownMeeting("nope", let known) = meeting, !known.isEmpty else { Issue.record("\(meeting)"); return }
        #expect(meeting.word.id.hasPrefix("tidak ada rapat \"nope\" (yang ada: \(known[0])"))
        #expect(ReportError.unknownMeeting("x", known: []).word == Word(en: "no meeting \"x\"", id: "tidak ada rapat \"x\""))
        let d = CivilDate.parse("2020-01-01")!
        let empty = try #require(throws: ReportError.self) { try DeskReport.build(state, from: d, to: d, byAgency: false, context: context(.id)) }
        #expect(empty.word == Word(en: "no desk reports or seizures from 2020-01-01 to 2020-01-01",
                                   id: "tidak ada laporan desk atau penindakan dari 2020-01-01 sampai 2020-01-01"))
        let backwards = try #require(throws: ReportError.self) {
            try DeskReport.build(state, from: CivilDate.parse("2020-01-02")!, to: d, byAgency: false, context: context(.id))
        }
        #expect(backwards.word == Word(en: "--to 2020-01-01 is before --from 2020-01-02", id: "--to 2020-01-01 sebelum --from 2020-01-02"))
        let many = (1...12).map { "op\($0)" }
        #expect(ReportError.unknownOperation("x", known: many).word.en == "no operation \"x\" (known: op1, op2, op3, op4, op5, op6, op7, op8, op9, op10, …)")
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

    /// A file name is the user's, not ours: in the anchors it is escaped like event text.
    @Test func anchorFileNamesAreEscapedInEveryFormat() throws {
        var doc = try document()
        doc.anchors = [LogAnchor(file: "posts/" + Self.hostile + ".jsonl", line: 3, hash: String(repeating: "ab", count: 32))]
        let text = TextRenderer.render(doc), md = MarkdownRenderer.render(doc), html = HTMLRenderer.render(doc)
        for out in [text, md, html] {
            #expect(!out.contains("\u{1B}") && !out.contains("\u{202E}"))
            #expect(out.contains(String(repeating: "ab", count: 32)))
        }
        #expect(text.contains("  posts/<img src=x onerror=alert(1)> [klik](http://evil.example) a|b *tebal* \\x1B[31m\\u{202E}.jsonl, baris 3: "), "\(text)")
        #expect(md.contains(#"- posts/\<img src=x onerror=alert(1)\> \[klik\](http\://evil.example) a\|b \*tebal\*"#), "\(md)")
        #expect(html.contains("<li>posts/&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img"), "\(html)")
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
        #expect(md.contains(#"\<img src=x onerror=alert(1)\> \[klik\](http\://evil.example) a\|b \*tebal\* \\x1B\[31m\\u{202E}"#), "\(md)")
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

/// Defects a review found, each pinned.
@Suite struct ReportEdgeTests {
    static func line(_ n: Int, _ ts: String, _ type: String, _ fields: String, post: String = "nunukan") -> String {
        #"{"id":"x\#(n)","ts":"\#(ts)","type":"\#(type)","post":"\#(post)",\#(fields)}"#
    }

    @Test func hugeCountsSaturateInsteadOfCrashing() throws {
        let state = fold([], extra: [
            Self.line(1, "2025-07-28T18:00:00+08:00", "kpi.reported", #""date":"2025-07-28","agency":"bea-cukai","metric":"patrol","count":9223372036854775807"#),
            Self.line(2, "2025-07-28T18:01:00+08:00", "kpi.reported", #""date":"2025-07-28","agency":"bea-cukai","metric":"patrol","count":1"#),
        ])
        let doc = try DeskReport.build(state, from: CivilDate.parse("2025-07-28")!, to: CivilDate.parse("2025-07-28")!, byAgency: true, context: context(.en))
        #expect(TextRenderer.render(doc).contains("9223372036854775807"))
        #expect(HTMLRenderer.render(doc).contains("<svg"))
    }

    @Test func findingsAtTheSameInstantAreInIdOrder() throws {
        let findings = (1...6).reversed().map { n in
            Self.line(100 + n, "2024-11-20T14:00:00+08:00", "op.finding",
                      #""op":"opgab-tunontaka-20241120","finding":"f\#(n)","category":"other","severity":"info","summary":"temuan \#(n)""#)
        }
        let md = MarkdownRenderer.render(try OperationReport.build(fold([Paths.sample], extra: findings), op: "opgab-tunontaka-20241120", context: context(.id)))
        let order = md.split(separator: "\n").compactMap { line in line.range(of: "| temuan ").map { line[$0.upperBound...].prefix(1) } }
        #expect(order == ["1", "2", "3", "4", "5", "6"])
    }

    /// The message quotes the ids raw (cut short); it is escaped where it is printed.
    @Test func unknownIdListIsEscapedAndShort() {
        let hostile = Self.line(1, "2024-11-20T12:00:00+08:00", "op.planned",
                                #""op":"op\u001b]0;pwned\u0007","title":"t","location":"l","lead":"imigrasi","agencies":[],"starts":"2024-11-20T13:00:00+08:00""#)
        do {
            _ = try OperationReport.build(fold([], extra: [hostile]), op: "nope", context: context(.id))
            Issue.record("no error")
        } catch {
            #expect(error.word.en == "no operation \"nope\" (known: op\u{1B}]0;pwned\u{07})")
            #expect(DisplayText.escaped(error.word.id) == "tidak ada operasi \"nope\" (yang ada: op\\x1B]0;pwned\\x07)")
        }
    }

    @Test func markdownLineStartsAndBareLinksStayText() throws {
        let meeting = [
            Self.line(1, "2024-11-20T08:00:00+08:00", "meeting.opened",
                      ##""meeting":"m1","title":"Rapat","chair":"Ketua","location":"# Heading injected","attendees":[]"##),
            Self.line(2, "2024-11-20T08:01:00+08:00", "agenda.item",
                      #""meeting":"m1","item":"i1","title":"lihat www.evil.example atau mail@evil.example","owner":"imigrasi","state":"done""#),
        ]
        let md = MarkdownRenderer.render(try MeetingReport.build(fold([], extra: meeting), meeting: "m1", context: context(.id)))
        #expect(md.contains("\n\\# Heading injected, 20 November 2024"), "\(md)")
        #expect(md.contains(#"lihat www\.evil.example atau mail\@evil.example"#))
    }

    /// A seizure belongs to the day it was first recorded, in its own post's zone.
    @Test func seizureDaysUseTheirPostsZoneAndFirstRecord() throws {
        let seizure = #""case":"sz-1","commodity":"tobacco","value_idr":1000000,"suspects":0,"agency":"bea-cukai""#
        let state = fold([], extra: [
            Self.line(1, "2025-07-31T23:30:00+07:00", "seizure.recorded", seizure, post: "entikong"),
            Self.line(2, "2025-08-02T09:00:00+07:00", "seizure.recorded", seizure.replacingOccurrences(of: "1000000", with: "1200000"), post: "entikong"),
        ])
        var c = context(.en)
        c.postZones = ["entikong": .wib]
        let july31 = CivilDate.parse("2025-07-31")!
        let doc = try DeskReport.build(state, from: july31, to: july31, byAgency: false, context: c)
        #expect(TextRenderer.render(doc).contains("31/07/2025  sz-1"), "\(TextRenderer.render(doc))")
        #expect(TextRenderer.render(doc).contains("Rp1,2 jt"), "the latest record's figures")
    }
}

/// The "Koreksi" appendix: the events voided among those a report draws on, and nothing when
/// there are none (the golden files above have none).
@Suite struct ReportCorrectionTests {
    static func void(_ n: Int, _ target: String, _ ts: String, _ reason: String) -> String {
        #"{"id":"void-\#(n)","ts":"\#(ts)","type":"event.voided","post":"nunukan","by":"supervisor-01","target":"\#(target)","reason":"\#(reason)"}"#
    }

    static let operationVoids = [
        void(1, "nnk-20241120-0077", "2024-11-20T16:00:00+08:00", "penumpang dicatat pada kapal yang salah"),
        void(2, "nnk-20241120-0032", "2024-11-20T16:05:00+08:00", "bukan untuk rapat ini"),
    ]

    @Test(arguments: [Language.id, .en])
    func operationReportListsItsCorrections(_ language: Language) throws {
        let doc = try OperationReport.build(fold([Paths.sample], extra: Self.operationVoids), op: "opgab-tunontaka-20241120", context: context(language))
        let text = TextRenderer.render(doc)
        let (ok, diff) = matchesGolden(text, "op-thalia-corrections-\(language.rawValue).txt")
        #expect(ok, "\(diff)")
        #expect(text.contains(language == .id ? "KOREKSI" : "CORRECTIONS"))
        #expect(text.contains("passenger.checked nnk-20241120-0077"))
        #expect(text.contains("penumpang dicatat pada kapal yang salah"))
        #expect(!text.contains("nnk-20241120-0032"), "an action of the meeting is not the operation's")
        // The figures leave the voided check out.
        let row = text.split(separator: "\n").first { $0.hasPrefix("KM. Thalia") }.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(row == "KM. Thalia Nunukan – Pare-Pare 17.00 326 325 325 0 0 0 0", "\(text)")
    }

    @Test func meetingAndDeskReportsListTheirs() throws {
        let meeting = TextRenderer.render(try MeetingReport.build(fold([Paths.sample], extra: Self.operationVoids),
                                                                  meeting: "timpora-nnk-20241120", context: context(.id)))
        #expect(meeting.contains("KOREKSI") && meeting.contains("action.assigned nnk-20241120-0032") && meeting.contains("bukan untuk rapat ini"), "\(meeting)")
        #expect(!meeting.contains("nnk-20241120-0077"))

        let desk = fold([Paths.desk], extra: [
            Self.void(3, "desk-2025q3-0001", "2025-07-29T08:00:00+08:00", "salah ketik, seharusnya 3"),
            Self.void(4, "desk-2025q3-0025", "2025-07-29T09:00:00+08:00", "perkara dicatat ganda"),
        ])
        let from = CivilDate.parse("2025-07-28")!, to = CivilDate.parse("2025-08-03")!
        let text = TextRenderer.render(try DeskReport.build(desk, from: from, to: to, byAgency: false, context: context(.en)))
        #expect(text.contains("CORRECTIONS") && text.contains("kpi.reported desk-2025q3-0001") && text.contains("seizure.recorded desk-2025q3-0025"))
        #expect(text.contains("2025-07-28 patrol bea-cukai 2"))
        let seizures = text.components(separatedBy: "SEIZURES")[1].components(separatedBy: "CORRECTIONS")[0]
        #expect(!seizures.contains("sz-nnk-20250729-01"), "the voided seizure is not in the seizures table")
        // Outside the range: no appendix.
        let later = CivilDate.parse("2025-09-01")!
        if let other = try? DeskReport.build(desk, from: later, to: CivilDate.parse("2025-09-30")!, byAgency: false, context: context(.en)) {
            #expect(!TextRenderer.render(other).contains("CORRECTIONS"))
        }
    }

    @Test func reportsWithoutCorrectionsHaveNoAppendix() throws {
        let text = TextRenderer.render(try OperationReport.build(fold([Paths.sample]), op: "opgab-tunontaka-20241120", context: context(.id)))
        #expect(!text.contains("KOREKSI"))
    }
}
