import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `borderdesk report` through the binary, the HTML in a real browser (Debian's chromium,
/// headless), and every figure checked against `summary --json`.
@Suite struct ReportCommandTests {
    static let sample = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"
    static let scenarios = Borderdesk.packageRoot + "/sample-data/scenarios"
    static let epoch = "SOURCE_DATE_EPOCH=1732100400"

    func report(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(["env", Self.epoch, Borderdesk.binary, "report"] + arguments)
    }

    @Test func sameLogSameBytesAndTheGenerationTimeHonoursSourceDateEpoch() throws {
        let a = try report(["op", "opgab-tunontaka-20241120", Self.sample, "--format", "html"])
        let b = try report(["op", "opgab-tunontaka-20241120", Self.sample, "--format", "html"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(a.stdout.contains("Rab 20/11/2024 19.00 WITA"), "1732100400 is 20 Nov 2024 19.00 WITA")
        let dir = TempDirectory()
        let out = dir.file("laporan.md")
        let written = try report(["meeting", "timpora-nnk-20241120", Self.sample, "--format", "md", "-o", out, "--lang", "en"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("# MEETING MINUTES"))
    }

    /// `-o OUT`: the temporary file is a fresh one (O_EXCL), so a symbolic link planted at the
    /// old predictable `OUT.tmp` is never written through; a target that is not a regular file
    /// (a FIFO here; `/dev/null` as root) is refused and left as it was; `-o -` is standard output.
    @Test func outputFileIsReplacedSafelyAndOnlyARegularFile() throws {
        let dir = TempDirectory()
        let victim = dir.file("victim.txt")
        try "untouched\n".write(toFile: victim, atomically: true, encoding: .utf8)
        let out = dir.file("laporan.html")
        try FileManager.default.createSymbolicLink(atPath: out + ".tmp", withDestinationPath: victim)
        let written = try report(["op", "opgab-tunontaka-20241120", Self.sample, "--format", "html", "-o", out])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched\n", "the planted link was not followed")
        let attributes = try FileManager.default.attributesOfItem(atPath: out)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular, "the report is a file of its own, not the link renamed")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("LAPORAN HASIL KEGIATAN"))

        let fifo = dir.file("fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let refused = try report(["op", "--lang", "en", "opgab-tunontaka-20241120", Self.sample, "-o", fifo])
        #expect(refused.status == 2)
        #expect(refused.stderr == "borderdesk: cannot write \(fifo): it is a FIFO, not a regular file; not replaced\n")
        var left = stat()
        #expect(lstat(fifo, &left) == 0 && left.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
        let link = dir.file("link.html")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        #expect(try report(["op", "opgab-tunontaka-20241120", Self.sample, "-o", link]).status == 2)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched\n")

        let stdout = try Spawn.run(["env", Self.epoch, Borderdesk.binary, "report", "op", "opgab-tunontaka-20241120", Self.sample, "-o", "-"],
                                   directory: dir.path)
        #expect(stdout.status == 0 && stdout.stdout.hasPrefix("LAPORAN HASIL KEGIATAN"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("-")))
        let temporaries = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".borderdesk-report-") }
        #expect(temporaries.isEmpty, "no temporary file is left: \(temporaries)")
    }

    @Test func unknownIdsAndEmptyRangesAreOneLineErrors() throws {
        for arguments in [["op", "opgab-nope", Self.sample], ["meeting", "nope", Self.sample],
                          ["desk", "--from", "2020-01-01", "--to", "2020-01-31", Self.sample],
                          // Nothing of Tawau's in the Nunukan file: `--post` keeps only its own.
                          ["desk", "--from", "2024-11-20", "--to", "2024-11-20", "--post", "tawau", Self.sample]] {
            let r = try report(arguments)
            #expect(r.status == 1 && r.stdout.isEmpty, "\(arguments)")
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.hasPrefix("borderdesk: "), "\(r.stderr)")
        }
        #expect(try report(["op", "opgab-nope", Self.sample]).stderr.contains("(yang ada: opgab-tunontaka-20241120)"))
        let nunukan = try report(["desk", "--from", "2024-11-20", "--to", "2024-11-20", "--post", "nunukan", Self.sample])
        #expect(nunukan.status == 0 && nunukan.stdout.contains("Nunukan, 20 November 2024"), "\(nunukan.stdout)")
    }

    /// Markdown table rows of a report, cells trimmed (escapes left in).
    func rows(_ markdown: String, after heading: String) -> [[String]] {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let h = lines.firstIndex(of: "### \(heading)") else { return [] }
        let section = lines[(h + 1)...].prefix { !$0.hasPrefix("### ") && !$0.hasPrefix("---") }
        return section.drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }.dropFirst(2).map { line in
            line.dropFirst(2).dropLast(2).components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    func int(_ value: JSONValue?) -> Int64? { if case .number(let n)? = value { n.formatInt } else { nil } }

    /// Report and summary never disagree: every operation's voyages, every meeting's items and
    /// actions, and the desk's totals, for every sample file.
    @Test func figuresMatchTheSummaryForEverySampleFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios).filter { $0.hasSuffix(".jsonl") }.map { Self.scenarios + "/" + $0 }
        for file in files {
            let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
            guard case .array(let voyages)? = summary["voyages"], case .array(let ops)? = summary["operations"],
                  case .array(let meetings)? = summary["meetings"] else { Issue.record("\(file): no summary"); continue }
            for op in ops {
                guard case .string(let id)? = op["op"] else { continue }
                let md = try report(["op", id, file, "--format", "md", "--lang", "en"])
                #expect(md.status == 0, "\(md.stderr)")
                let table = rows(md.stdout, after: "Passenger checks")
                for voyage in voyages {
                    guard case .string(let vessel)? = voyage["vessel"] else { continue }
                    let escaped = vessel.replacingOccurrences(of: ".", with: ".")
                    guard let row = table.first(where: { $0.first == escaped }) else { Issue.record("\(file): \(vessel) not in the \(id) report"); continue }
                    let figures = ["manifest", "checked", "cleared", "postponed", "referred", "violation", "denied"].map { int(voyage[$0]).map(String.init) ?? "?" }
                    #expect(Array(row[3...]) == figures, "\(file) \(vessel)")
                }
                let findings = rows(md.stdout, after: "Findings")
                #expect(Int64(findings.count) == int(op["findings"]) ?? -1, "\(file) \(id) findings")
                #expect(Int64(findings.filter { $0.first == "CRITICAL" }.count) == int(op["critical"]) ?? -1)
            }
            for meeting in meetings {
                guard case .string(let id)? = meeting["meeting"] else { continue }
                let md = try report(["meeting", id, file, "--format", "md", "--lang", "en"])
                #expect(md.status == 0)
                let agenda = rows(md.stdout, after: "Agenda")
                #expect(Int64(agenda.count) == int(meeting["items"]) ?? -1, "\(file) \(id) items")
                #expect(Int64(agenda.filter { $0[2] == "concluded" }.count) == int(meeting["items_done"]) ?? -1)
                let actions = rows(md.stdout, after: "Action items")
                #expect(Int64(actions.filter { $0[3] == "open" }.count) == int(meeting["actions_open"]) ?? -1, "\(file) \(id) open actions")
                #expect(Int64(actions.filter { $0[3] == "done" }.count) == int(meeting["actions_done"]) ?? -1)
            }
            if let desk = summary["desk"], (int(desk["patrol"]) ?? 0) + (int(desk["seizures"]) ?? 0) > 0 {
                let md = try report(["desk", "--from", "2000-01-01", "--to", "2099-12-31", file, "--format", "md", "--lang", "en"])
                #expect(md.status == 0, "\(md.stderr)")
                let total = rows(md.stdout, after: "Activity per day").last ?? []
                let expected = ["patrol", "sambang", "routine_check", "socialisation"].map { int(desk[$0]).map(String.init) ?? "?" }
                #expect(Array(total.dropFirst()) == expected, "\(file) desk totals")
                let seizures = rows(md.stdout, after: "Seizures")
                if let last = seizures.last, (int(desk["seizures"]) ?? 0) > 0 {
                    #expect(last[1] == int(desk["seizures"]).map(String.init), "\(file) seizures")
                    #expect(last[5] == int(desk["suspects"]).map(String.init), "\(file) suspects")
                }
            }
        }
    }
}

/// The HTML in Debian's chromium, headless: printed to PDF (pdftotext shows the figures), and a
/// hostile summary stays text in the DOM.
@Suite(.serialized) struct ReportBrowserTests {
    func chromium(_ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"] + arguments)
    }

    @Test func printedToPDFWithTheKeyFiguresAndPageNumbers() throws {
        let dir = TempDirectory()
        let html = dir.file("thalia.html"), pdf = dir.file("thalia.pdf")
        let r = try Spawn.run(["env", ReportCommandTests.epoch, Borderdesk.binary, "report", "op", "opgab-tunontaka-20241120",
                               ReportCommandTests.sample, "--format", "html", "-o", html])
        #expect(r.status == 0, "\(r.stderr)")
        _ = try chromium(["--print-to-pdf=\(pdf)", "file://\(html)"])
        let text = try Spawn.run(["pdftotext", "-layout", pdf, "-"]).stdout
        #expect(text.contains("LAPORAN HASIL KEGIATAN"), "\(text)")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("17.00 326 326 326 0 0 0 0"), "manifest, checked, cleared...: \(text)")
        #expect(text.contains("Halaman 1 dari"))
        #expect(text.contains("Demikian laporan ini dibuat"))
    }

    @Test func exerciseDataIsMarkedOnEveryPage() throws {
        let dir = TempDirectory()
        let html = dir.file("tawau.html"), pdf = dir.file("tawau.pdf")
        _ = try Spawn.run([Borderdesk.binary, "report", "op", "opgab-tunontaka-20241217",
                           ReportCommandTests.scenarios + "/tawau-ferry-morning.jsonl", "--format", "html", "-o", html])
        _ = try chromium(["--print-to-pdf=\(pdf)", "file://\(html)"])
        let info = try Spawn.run(["pdfinfo", pdf]).stdout
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 2, "\(info)")
        for page in 1...max(1, pages) {
            let text = try Spawn.run(["pdftotext", "-f", "\(page)", "-l", "\(page)", pdf, "-"]).stdout
            #expect(text.contains("LATIHAN / EXERCISE"), "page \(page)")
        }
    }

    @Test func hostileSummaryStaysTextInTheDOM() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl"), html = dir.file("hostile.html")
        try FileManager.default.copyItem(atPath: ReportCommandTests.sample, toPath: file)
        let hostile = "<img src=x onerror=alert(1)> [klik](http://evil.example) a|b"
        let add = try Borderdesk.run(["append", file, "--type", "op.finding", "--post", "nunukan", "--field", "op=opgab-tunontaka-20241120",
                                      "--field", "finding=fx", "--field", "category=other", "--field", "severity=critical", "--field", "summary=\(hostile)"])
        #expect(add.status == 0)
        _ = try Spawn.run([Borderdesk.binary, "report", "op", "opgab-tunontaka-20241120", file, "--format", "html", "-o", html])
        let dom = try chromium(["--dump-dom", "file://\(html)"]).stdout
        #expect(dom.contains("&lt;img src=x onerror=alert(1)&gt; [klik](http://evil.example) a|b"), "\(dom)")
        #expect(!dom.contains("<img"), "no element was made from the summary")
        #expect(!dom.contains("<script"), "and no script exists to run")
        // The findings table still has its four columns in that row.
        let row = dom.components(separatedBy: "<tr>").first { $0.contains("onerror") } ?? ""
        #expect(row.components(separatedBy: "<td").count - 1 == 4, "\(row)")
    }
}

@Suite(.serialized) struct ReportKeyEndToEndTests {
    /// An operation and a meeting with the same id get a report each (before, both were
    /// `laporan-ID.html` and `P` on one silently replaced the other's); writing one again says
    /// it replaced the earlier one; a symbolic link planted where the temporary file used to be
    /// (`laporan-ID.html.tmp`, predictable) is never written through.
    @Test(.realTerminal) func operationAndMeetingOfOneIdGetAReportEachAndNothingIsWrittenThroughALink() async throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let sample = try String(contentsOfFile: ReportCommandTests.sample, encoding: .utf8).split(separator: "\n")
        let op = sample.first { $0.contains(#""type":"op.planned""#) }!.replacingOccurrences(of: "opgab-tunontaka-20241120", with: "x-1")
        let meeting = sample.first { $0.contains(#""type":"meeting.opened""#) }!.replacingOccurrences(of: "timpora-nnk-20241120", with: "x-1")
        try (op + "\n" + meeting + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let victim = dir.file("victim.txt")
        try "untouched\n".write(toFile: victim, atomically: true, encoding: .utf8)
        for planted in ["laporan-x-1.html.tmp", "laporan-operasi-x-1.html.tmp", "laporan-rapat-x-1.html.tmp"] {
            try FileManager.default.createSymbolicLink(atPath: dir.file(planted), withDestinationPath: victim)
        }
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --operator duty-01")
        #expect(try await tmux.waitFor { $0.contains("Tunon Taka") } != nil, "\(tmux.shown)")
        try tmux.keys("2")
        try tmux.keys("P")
        #expect(try await tmux.waitFor { $0.contains("Laporan ditulis: \(dir.path)/laporan-operasi-x-1.html") } != nil, "\(tmux.shown)")
        try tmux.keys("3")
        try tmux.keys("P")
        #expect(try await tmux.waitFor { $0.contains("Laporan ditulis: \(dir.path)/laporan-rapat-x-1.html") } != nil, "\(tmux.shown)")
        #expect((try? String(contentsOfFile: dir.file("laporan-operasi-x-1.html"), encoding: .utf8))?.contains("LAPORAN HASIL KEGIATAN") == true)
        #expect((try? String(contentsOfFile: dir.file("laporan-rapat-x-1.html"), encoding: .utf8))?.contains("NOTULA RAPAT") == true)
        try tmux.keys("P")
        #expect(try await tmux.waitFor { $0.contains("Laporan diganti: \(dir.path)/laporan-rapat-x-1.html") } != nil,
                "\(tmux.shown)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".borderdesk-report-") }
        #expect(left.isEmpty, "no temporary file is left: \(left)")
    }
}
