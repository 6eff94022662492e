import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

@Suite struct CheckAndSummaryTests {
    /// `check` names exactly the malformed lines, as FILE:LINE: reason, and exits 1.
    @Test func checkReportsExactLines() throws {
        let dir = TempDirectory()
        let path = dir.file("post.jsonl")
        let text = [
            #"{"id":"a","ts":"2024-11-20T13:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m1"}"#,
            "",
            #"{"id":"b","ts":"2024-11-20T13:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"v","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T15:00:00+08:00","manifest":-3}"#,
            #"{"id":"a","ts":"2024-11-20T13:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m1"}"#,
            #"{"id":"c","ts":"2024-11-20T13:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"v","passenger":"p","doc":"ktp","result":"lolos"}"#,
            "not json",
            #"{"id":"d","ts":"2024-11-20T13:00:00+08:00","type":"meeting.closed","post":"nunukan","meeting":"m1"}"#,
        ].joined(separator: "\n") + "\n" + #"{"id":"e","#
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try Borderdesk.run(["check", "--lang", "en", path])
        #expect(r.status == 1)
        #expect(r.stdout == """
            \(path):3: field "manifest": expected an integer from 0 to 2^63-1, got a negative number (-3)
            \(path):5: field "result": "lolos" is not one of cleared, postponed, referred, violation, denied
            \(path):6: invalid JSON at byte 1: invalid literal (NaN, Infinity and bare words are not JSON)
            6 lines: 2 valid, 0 voided, 3 malformed, 1 duplicate ids, 0 unknown types

            """)
        #expect(r.stderr.contains("last line has no newline yet (10 bytes)"))
        // In Bahasa Indonesia (the default, as every command's): the same FILE:LINE: prefixes.
        let id = try Borderdesk.run(["check", "--lang", "id", path])
        #expect(id.status == 1)
        #expect(id.stdout == """
            \(path):3: kolom "manifest": seharusnya bilangan bulat 0 sampai 2^63-1, ternyata bilangan negatif (-3)
            \(path):5: kolom "result": "lolos" bukan salah satu dari cleared, postponed, referred, violation, denied
            \(path):6: JSON tidak sah pada bita ke-1: literal tidak sah (NaN, Infinity dan kata tanpa kutip bukan JSON)
            6 baris: 2 sah, 0 dibatalkan, 3 rusak, 1 id ganda, 0 jenis tak dikenal

            """)
    }

    @Test func checkOfACleanFileExitsZero() throws {
        let r = try Borderdesk.run(["check", "--lang", "en", Borderdesk.packageRoot + "/sample-data"])
        #expect(r.status == 0)
        #expect(r.stdout.hasSuffix("malformed, 0 duplicate ids, 0 unknown types\n"))
        #expect(r.stdout.contains(" 0 malformed"))
    }

    /// The conformance cases through the binary, as `conformance-check.py` runs them.
    @Test func conformanceThroughTheBinary() throws {
        let dir = Borderdesk.conformanceDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".summary.json") }
            .map { String($0.dropLast(".summary.json".count)) }.sorted()
        #expect(names.count == 14)
        for name in names {
            let isDirectory = name == "10-directory"
            let source = dir + "/" + name + (isDirectory ? "" : ".jsonl")
            let summary = try Borderdesk.run(["summary", source, "--json"])
            #expect(summary.status == 0)
            let expected = try StrictJSONParser.parse(try String(contentsOfFile: dir + "/\(name).summary.json", encoding: .utf8))
            // On the case's keys: more are allowed (cases without corrections do not pin `voided`).
            let actual = restricted(try StrictJSONParser.parse(summary.stdout), to: expected)
            #expect(JSONWriter.compact(actual) == JSONWriter.compact(normalised(expected, like: actual)), "\(name)")
            guard !isDirectory else { continue }
            let bad = try String(contentsOfFile: dir + "/\(name).bad", encoding: .utf8).split(whereSeparator: \.isWhitespace).map { Int($0)! }
            let check = try Borderdesk.run(["check", "--lang", "en", source])
            let named = check.stdout.split(separator: "\n").compactMap { line -> Int? in
                guard line.hasPrefix(source + ":") else { return nil }
                return Int(line.dropFirst(source.count + 1).prefix(while: \.isNumber))
            }
            #expect(named == bad, "\(name)")
            #expect(check.status == (bad.isEmpty ? 0 : 1), "\(name)")
        }
    }

    /// `actual` without the object keys `expected` does not have.
    func restricted(_ actual: JSONValue, to expected: JSONValue) -> JSONValue {
        switch (actual, expected) {
        case (.object(let a), .object(let e)):
            return .object(a.compactMap { member in
                e.first { $0.key == member.key }.map { JSONMember(member.key, restricted(member.value, to: $0.value)) }
            })
        case (.array(let a), .array(let e)) where e.count == a.count:
            return .array(zip(a, e).map { restricted($0, to: $1) })
        default:
            return actual
        }
    }

    /// The expected file with its keys in the order the binary writes them (same keys required).
    func normalised(_ expected: JSONValue, like actual: JSONValue) -> JSONValue {
        switch (expected, actual) {
        case (.object(let e), .object(let a)):
            guard e.count == a.count else { return expected }
            return .object(a.map { member in
                JSONMember(member.key, e.first { $0.key == member.key }.map { normalised($0.value, like: member.value) } ?? .null)
            })
        case (.array(let e), .array(let a)) where e.count == a.count:
            return .array(zip(e, a).map { normalised($0, like: $1) })
        default:
            return expected
        }
    }

    @Test func summaryOfSampleDataIsTheThaliaDay() throws {
        let r = try Borderdesk.run(["summary", "--json"], in: Borderdesk.packageRoot)
        #expect(r.status == 0)
        let s = try StrictJSONParser.parse(r.stdout)
        guard case .array(let voyages)? = s["voyages"], let thalia = voyages.first else { Issue.record("no voyages"); return }
        #expect(thalia["vessel"] == .string("KM. Thalia"))
        #expect(thalia["manifest"] == .number(JSONNumber(326)))
        #expect(thalia["checked"] == .number(JSONNumber(326)))
        #expect(thalia["cleared"] == .number(JSONNumber(326)))
        #expect(thalia["violation"] == .number(JSONNumber(0)))
        #expect(s["events"]?["malformed"] == .number(JSONNumber(0)))
        let table = try Borderdesk.run(["summary", "sample-data"], in: Borderdesk.packageRoot)
        #expect(table.stdout.contains("KM. Thalia  Nunukan → Pare-Pare  Rab 20/11/2024 17.00 WITA  326/326"))
    }

    @Test func standardInputIsASource() throws {
        let line = #"{"id":"s1","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"nunukan","date":"2024-11-20","agency":"lanal","metric":"patrol","count":3}"#
        let r = try Borderdesk.run(["summary", "-", "--json"], stdin: line + "\n" + "oops\n")
        let s = try StrictJSONParser.parse(r.stdout)
        #expect(s["desk"]?["patrol"] == .number(JSONNumber(3)))
        #expect(s["events"]?["malformed"] == .number(JSONNumber(1)))
        let check = try Borderdesk.run(["check", "--lang", "en", "-"], stdin: line + "\noops\n")
        #expect(check.stdout.hasPrefix("stdin:2: invalid JSON"))
    }

    @Test func hostileTextIsEscapedInTheTable() throws {
        let r = try Borderdesk.run(["summary", Borderdesk.conformanceDirectory + "/08-hostile-text.jsonl"])
        #expect(r.status == 0)
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(r.stdout.contains("KM. \\x1B]0;PWNED\\x07Thalia"))
    }

    /// One valid line of 94,000 keys (just under 1 MiB) froze every reader for about 90 s while
    /// each key was compared with every earlier one. A hang guard through `timeout`, not a speed
    /// goal (that is `Benchmarks/hostile-lines.sh`): 124 means the reader was still busy.
    @Test func aLineOfManyKeysDoesNotFreezeTheReader() throws {
        let dir = TempDirectory()
        var line = #"{"id":"x","ts":"2024-11-20T13:00:00+08:00","type":"kpi.reported","post":"p","date":"2024-11-20","agency":"a","metric":"patrol","count":1"#
        for i in 0..<94_000 { line += ",\"k\(i)\":0" }
        try (line + "}\n").write(toFile: dir.file("k.jsonl"), atomically: true, encoding: .utf8)
        let r = try Spawn.run(["timeout", "20", Borderdesk.binary, "summary", dir.file("k.jsonl"), "--json"])
        #expect(r.status == 0, "status \(r.status) (124: still decoding after 20 s)")
        #expect(r.stdout.contains(#""folded": 1"#))
    }

    /// Output that cannot be written is an error, not a complete-looking summary.
    @Test func fullDiskIsAnError() throws {
        let sample = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"
        let r = try Spawn.run(["/bin/sh", "-c", #"exec "$0" summary --json "$1" > /dev/full"#, Borderdesk.binary, sample])
        #expect(r.status == 1)
        #expect(r.stderr.contains("cannot write standard output"))
    }

    @Test(arguments: [["summary", "/nonexistent/x.jsonl"], ["check", "/nonexistent/x.jsonl"], ["check", "/proc/1/fdinfo-nope/"]])
    func unreadableSourceIsOneLine(_ arguments: [String]) throws {
        let r = try Borderdesk.run(arguments)
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("borderdesk: tidak dapat membaca "), "\(r.stderr)")
        #expect(r.stderr.split(separator: "\n").count == 1)
        #expect(r.stdout.isEmpty)
    }
}

@Suite struct PipelineTests {
    /// The two-thread catch-up folds exactly what one thread folds, bad lines included.
    @Test func pipelinedEqualsSingleThread() throws {
        let dir = TempDirectory()
        let generated = dir.file("gen.jsonl")
        #expect(try Borderdesk.run(["generate", "--events", "20000", "--seed", "3", generated]).status == 0)
        let sources = [generated, Borderdesk.conformanceDirectory + "/11-random-seed1.jsonl",
                       Borderdesk.conformanceDirectory + "/11-random-seed2.jsonl", Borderdesk.conformanceDirectory + "/10-directory"]
        let two = try Borderdesk.run(["summary", "--json"] + sources)
        let one = try Borderdesk.run(["summary", "--json", "--single-thread"] + sources)
        #expect(two.status == 0)
        #expect(two.stdout == one.stdout)
        #expect(two.stdout.contains("\"lines\": 25978"))
    }

    /// Bad lines planted around batch boundaries (4096 lines a batch) in two files: the
    /// pipeline reports each with its file and line number, in reading order, and folds the
    /// rest as one thread does.
    @Test func pipelineKeepsLineNumbersAcrossBatches() throws {
        let dir = TempDirectory()
        let a = dir.file("a.jsonl"), b = dir.file("b.jsonl")
        #expect(try Borderdesk.run(["generate", "--events", "12000", "--seed", "5", dir.file("gen.jsonl")]).status == 0)
        let generated = try String(contentsOfFile: dir.file("gen.jsonl"), encoding: .utf8).split(separator: "\n").map(String.init)
        let badLines: Set = [1, 4095, 4096, 4097, 8192, 8193, 12_003]
        var lines: [String] = []
        var source = generated.makeIterator()
        while lines.count < 12_003 {
            let number = lines.count + 1
            if badLines.contains(number) {
                lines.append(#"{"id":"bad-\#(number)","ts":"not a time","type":"voyage.closed","post":"nunukan","voyage":"v"}"#)
            } else if number % 1000 == 0 {
                lines.append("   ")  // blank: skipped, still counted for numbering
            } else if let next = source.next() {
                lines.append(next)
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: a, atomically: true, encoding: .utf8)
        try (lines.prefix(5000).map { $0.replacingOccurrences(of: #""id":""#, with: #""id":"b-"#) }.joined(separator: "\n") + "\n")
            .write(toFile: b, atomically: true, encoding: .utf8)

        let check = try Borderdesk.run(["check", "--lang", "en", a, b])
        #expect(check.status == 1)
        let reported = check.stdout.split(separator: "\n").dropLast().map { line in
            line.split(separator: ":").prefix(2).joined(separator: ":")
        }
        let expected = badLines.sorted().map { "\(a):\($0)" } + badLines.sorted().filter { $0 <= 5000 }.map { "\(b):\($0)" }
        #expect(reported == expected)

        let two = try Borderdesk.run(["summary", "--json", a, b])
        let one = try Borderdesk.run(["summary", "--json", "--single-thread", a, b])
        #expect(two.stdout == one.stdout)
        #expect(two.stdout.contains("\"malformed\": \(badLines.count + 4)"))
    }

    @Test func generateIsDeterministicAndValid() throws {
        let dir = TempDirectory()
        #expect(try Borderdesk.run(["generate", "--events", "3000", "--seed", "9", dir.file("a.jsonl")]).status == 0)
        #expect(try Borderdesk.run(["generate", "--events", "3000", "--seed", "9", dir.file("b.jsonl")]).status == 0)
        #expect(try Borderdesk.run(["generate", "--events", "3000", "--seed", "10", dir.file("c.jsonl")]).status == 0)
        let a = try String(contentsOfFile: dir.file("a.jsonl"), encoding: .utf8)
        #expect(a == (try String(contentsOfFile: dir.file("b.jsonl"), encoding: .utf8)))
        #expect(a != (try String(contentsOfFile: dir.file("c.jsonl"), encoding: .utf8)))
        let check = try Borderdesk.run(["check", "--lang", "en", dir.file("a.jsonl")])
        #expect(check.status == 0)
        #expect(check.stdout == "3000 lines: 3000 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")
        // Never overwrites a file.
        #expect(try Borderdesk.run(["generate", "--events", "1", dir.file("a.jsonl")]).status != 0)
    }

    /// `--end` ends the history on that day whatever the count; later meetings settle most of the
    /// earlier ones' actions; up to fifty posts in the three zones.
    @Test func generateEndsOnTheDayAskedAndSettlesActions() throws {
        let dir = TempDirectory()
        #expect(try Borderdesk.run(["generate", "--events", "40000", "--posts", "5", "--seed", "4", "--end", "2026-03-01", dir.file("a.jsonl")]).status == 0)
        let lines = try String(contentsOfFile: dir.file("a.jsonl"), encoding: .utf8).split(separator: "\n")
        func day(_ line: Substring) -> Substring { line.firstMatch(of: #/"ts":"(\d{4}-\d\d-\d\d)T/#)!.1 }
        #expect(lines.count == 40000)
        #expect(day(lines.last!) == "2026-03-01")
        #expect(day(lines.first!) == "2026-02-17")
        // Each action settled was assigned before; some are done, some dropped, some left open.
        var assigned: Set<Substring> = [], settled: [Substring: Substring] = [:]
        for line in lines {
            if line.contains(#""type":"action.assigned""#) { assigned.insert(line.firstMatch(of: #/"action":"([^"]+)"/#)!.1) }
            if let m = line.firstMatch(of: #/"type":"action.state".*"action":"([^"]+)","state":"([a-z]+)"/#) {
                #expect(assigned.contains(m.1), "\(m.1) settled before it was assigned")
                settled[m.1] = m.2
            }
        }
        #expect(Set(settled.values) == ["done", "dropped"])
        #expect(settled.count < assigned.count)
        // The same draws as without --end: only the dates (and the ids made of them) differ.
        #expect(try Borderdesk.run(["generate", "--events", "40000", "--posts", "5", "--seed", "4", dir.file("d.jsonl")]).status == 0)
        func shape(_ line: Substring) -> String { String(line).replacing(#/\d{4}-?\d\d-?\d\d/#, with: "DAY") }
        let defaultDays = try String(contentsOfFile: dir.file("d.jsonl"), encoding: .utf8).split(separator: "\n")
        #expect(defaultDays.map(shape) == lines.map(shape))
        #expect(day(defaultDays.first!) == "2024-11-01")
        // One event: on the day asked.
        #expect(try Borderdesk.run(["generate", "--events", "1", "--end", "2026-03-01", dir.file("e.jsonl")]).status == 0)
        #expect(day(try String(contentsOfFile: dir.file("e.jsonl"), encoding: .utf8).split(separator: "\n")[0]) == "2026-03-01")
        #expect(try Borderdesk.run(["check", "--lang", "en", dir.file("a.jsonl")]).stdout
                == "40000 lines: 40000 valid, 0 voided, 0 malformed, 0 duplicate ids, 0 unknown types\n")

        #expect(try Borderdesk.run(["generate", "--events", "40000", "--posts", "50", dir.file("b.jsonl")]).status == 0)
        let many = try String(contentsOfFile: dir.file("b.jsonl"), encoding: .utf8)
        let posts = Set(many.matches(of: #/"post":"([a-z]+)"/#).map { String($0.1) })
        #expect(posts.count == 50)
        for offset in ["+07:00", "+08:00", "+09:00"] { #expect(many.contains(offset + "\"")) }
        #expect(day(many.split(separator: "\n").first!) == "2024-11-01")
    }
}
