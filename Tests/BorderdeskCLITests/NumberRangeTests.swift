import Foundation
import TestSupport
import Testing

/// Every number from the command line or the environment is range-checked with a one-line
/// error and exit 2 (before, `--stale 153722867280912931` trapped on `minutes * 60`).
@Suite struct NumberRangeTests {
    static let sample = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"

    func expectRefused(_ result: Borderdesk.Result, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 2, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr == "borderdesk: \(message)\n", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test func alertMinutesOutOfRangeAreOneLineErrors() throws {
        expectRefused(try Borderdesk.run(["alerts", "--lang", "en", "--stale", "153722867280912931", Self.sample]),
                      "--stale: 153722867280912931 is out of range (1–525600 minutes)")
        expectRefused(try Borderdesk.run(["alerts", "--lang", "en", "--warn-departure", "153722867280912931", Self.sample]),
                      "--warn-departure: 153722867280912931 is out of range (0–525600 minutes)")
        expectRefused(try Borderdesk.run(["alerts", "--lang", "en", "--stale", "99999999999999999999999", Self.sample]),
                      "--stale: 99999999999999999999999 is out of range (1–525600 minutes)")
        expectRefused(try Borderdesk.run(["alerts", "--lang", "en", "--stale=0", Self.sample]), "--stale: 0 is out of range (1–525600 minutes)")
        expectRefused(try Borderdesk.run(["alerts", "--lang", "en", "--warn-departure", "soon", Self.sample]),
                      "--warn-departure: soon is not a whole number (0–525600 minutes)")
        // The dashboard refuses before it touches the terminal (there is none here).
        expectRefused(try Borderdesk.run(["run", "--lang", "en", "--warn-departure", "153722867280912931", Self.sample]),
                      "--warn-departure: 153722867280912931 is out of range (0–525600 minutes)")
        // The bounds themselves are accepted.
        let widest = try Borderdesk.run(["alerts", "--lang", "en", "--stale", "525600", "--warn-departure", "525600", "--at", "2024-11-20T12:00:00+08:00", Self.sample])
        #expect(widest.status == 0 || widest.status == 1, "\(widest.stderr)")
        #expect(widest.stderr.isEmpty)
    }

    @Test func sourceDateEpochOutOfRangeIsAOneLineError() throws {
        for value in ["9223372036854775807", "253402300800", "-1"] {
            let r = try Spawn.run(["env", "SOURCE_DATE_EPOCH=\(value)", Borderdesk.binary, "report", "op", "--lang", "en", "opgab-tunontaka-20241120", Self.sample])
            expectRefused(r, "SOURCE_DATE_EPOCH: \(value) is out of range (0–253402300799 seconds since 1970)")
        }
        let last = try Spawn.run(["env", "SOURCE_DATE_EPOCH=253402300799", Borderdesk.binary, "report", "op", "opgab-tunontaka-20241120", Self.sample])
        #expect(last.status == 0, "\(last.stderr)")
    }

    @Test func generateAndDemoNumbersAreRangeChecked() throws {
        let dir = TempDirectory()
        expectRefused(try Borderdesk.run(["generate", "--events=-1", dir.file("a.jsonl")]), "--events: -1 di luar rentang (0–1000000000 kejadian)")
        expectRefused(try Borderdesk.run(["generate", "--events", "1", "--posts", "51", dir.file("a.jsonl")]), "--posts: 51 di luar rentang (1–50 pos)")
        // Days before the year 1 cannot be written (RFC 3339): refused, nothing written.
        expectRefused(try Borderdesk.run(["generate", "--events", "5000", "--posts", "1", "--end", "0001-01-05", dir.file("a.jsonl")]),
                      "--end: peristiwa memerlukan 8 hari, yang akan dimulai sebelum tahun 1")
        expectRefused(try Borderdesk.run(["demo", "--lang", "en", "--speed", "1e308"]), "--speed: 1e308 is not a whole number (1–3600 scenario minutes a minute)")
        expectRefused(try Borderdesk.run(["demo", "--lang", "en", "--speed", "0"]), "--speed: 0 is out of range (1–3600 scenario minutes a minute)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("a.jsonl")))
    }
}
