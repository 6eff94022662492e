import Foundation
import TestSupport
import Testing

/// `--lang` is parsed, not guessed: before, `--lang fr` silently meant Indonesian in `run`,
/// `alerts` and `demo`. Every command that takes it refuses an unknown language with a usage
/// error (exit 64) that names the two it knows, before touching a file or the terminal.
@Suite struct LanguageOptionTests {
    static let sample = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"

    @Test(arguments: [
        ["run", LanguageOptionTests.sample], ["alerts", LanguageOptionTests.sample], ["demo"],
        ["report", "op", "opgab-tunontaka-20241120", LanguageOptionTests.sample],
        ["report", "meeting", "timpora-nnk-20241120", LanguageOptionTests.sample],
        ["report", "desk", "--from", "2024-11-01", "--to", "2024-11-30", LanguageOptionTests.sample],
    ])
    func unknownLanguageIsAUsageError(_ command: [String]) throws {
        let result = try Borderdesk.run(command + ["--lang", "fr"], in: Borderdesk.packageRoot)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("borderdesk: nilai 'fr' tidak sah untuk '--lang <lang>' (yang diterima: 'id', 'en')\n"), "\(result.stderr)")
        #expect(result.stderr.contains("'id'") && result.stderr.contains("'en'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func bothKnownLanguagesAreAccepted() throws {
        for lang in ["id", "en"] {
            let result = try Borderdesk.run(["alerts", "--at", "2024-11-20T06:00:00+08:00", "--lang", lang, Self.sample])
            #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
        }
        let english = try Borderdesk.run(["alerts", "--at", "2024-11-20T06:00:00+08:00", "--lang", "en", Self.sample])
        #expect(english.stdout.hasPrefix("Alerts at "))
        let indonesian = try Borderdesk.run(["alerts", "--at", "2024-11-20T06:00:00+08:00", "--lang", "id", Self.sample])
        #expect(indonesian.stdout.hasPrefix("Peringatan pada "))
    }

    /// What the command line says on standard error is in Bahasa Indonesia by default, in
    /// English with `--lang en` or the settings files' `language = "en"`; `--lang` wins over
    /// the file. A command without `--lang` follows the file.
    @Test func refusalsAndErrorsFollowTheLanguage() throws {
        let dir = TempDirectory()
        // `language` is an officer's own setting (XDG_CONFIG_HOME/borderdesk/config.toml).
        try FileManager.default.createDirectory(atPath: dir.file("xdg/borderdesk"), withIntermediateDirectories: true)
        func run(_ arguments: [String], settings: String = "") throws -> Spawn.Result {
            dir.write("xdg/borderdesk/config.toml", settings)
            return try Spawn.run(["env", "BORDERDESK_SYSTEM_CONFIG=\(dir.file("machine.toml"))", "XDG_CONFIG_HOME=\(dir.path)/xdg", Borderdesk.binary] + arguments,
                                 stdinFile: "/dev/null")
        }
        let append = ["append", dir.file("post.jsonl"), "--type", "meeting.closed", "--field", "meeting=m1"]
        let indonesian = "borderdesk: tidak ditambahkan: tidak ada pos perbatasan (pakai --post, mis. --post nunukan)\n"
        let english = "borderdesk: not appended: no border post (use --post, e.g. --post nunukan)\n"
        #expect(try run(append).stderr == indonesian)
        #expect(try run(append + ["--lang", "en"]).stderr == english)
        #expect(try run(append, settings: "language = \"en\"\n").stderr == english)
        #expect(try run(append + ["--lang", "id"], settings: "language = \"en\"\n").stderr == indonesian)
        let missing = dir.file("missing.jsonl")
        #expect(try run(["summary", missing]).stderr == "borderdesk: tidak dapat membaca \(missing): berkas atau direktori tidak ada\n")
        #expect(try run(["summary", missing], settings: "language = \"en\"\n").stderr == "borderdesk: cannot read \(missing): No such file or directory\n")
        let zone = try run(["run", "--zone", "PST", Self.sample])
        #expect(zone.status == 2 && zone.stderr == "borderdesk: --zone: WIB, WITA, WIT atau selisih seperti +08:00, ternyata PST\n", "\(zone.stderr)")
        #expect(try run(["run", "--zone", "PST", "--lang", "en", Self.sample]).stderr == "borderdesk: --zone: WIB, WITA, WIT or an offset such as +08:00, got PST\n")
    }

    /// `verify`'s lines and verdict, `report`'s "no such operation" and `demo`'s scenario
    /// refusals: Indonesian by default, English with `--lang en`, whole.
    @Test func verifyReportAndDemoSpeakTheLanguage() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        dir.write("post.jsonl", try String(contentsOfFile: Self.sample, encoding: .utf8))
        let wrong = "3:" + String(repeating: "a", count: 64)
        let verify = try Borderdesk.run(["verify", file, "--anchor", wrong])
        #expect(verify.status == 1)
        let lines = verify.stdout.split(separator: "\n")
        #expect(lines.first == "\(file): 435 baris, tidak ada yang memuat prev; tidak ada baris yang dicakup tautan", "\(verify.stdout)")
        #expect(lines.dropFirst().first?.hasPrefix("\(file):3: jangkar tidak cocok: hash berjalan di sana ") == true, "\(verify.stdout)")
        #expect(lines.last == "ada tautan atau jangkar yang tidak cocok")
        let english = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(english.stdout == "\(file): 435 lines, none carries prev; no link covers any line\nevery link and anchor holds\n")

        let report = try Borderdesk.run(["report", "op", "nope", "--no-checkpoint", Self.sample])
        #expect(report.status == 1)
        #expect(report.stderr == "borderdesk: tidak ada operasi \"nope\" (yang ada: opgab-tunontaka-20241120)\n", "\(report.stderr)")
        let reportEnglish = try Borderdesk.run(["report", "op", "nope", "--no-checkpoint", "--lang", "en", Self.sample])
        #expect(reportEnglish.stderr == "borderdesk: no operation \"nope\" (known: opgab-tunontaka-20241120)\n", "\(reportEnglish.stderr)")

        try FileManager.default.createDirectory(atPath: dir.file("scenarios"), withIntermediateDirectories: true)
        dir.write("scenarios/broken.captions.toml", "title = \n")
        let scenarios = dir.file("scenarios")
        let missing = try Borderdesk.run(["demo", "nosuch", "--scenarios", scenarios])
        #expect(missing.status == 2 && missing.stderr == "borderdesk: tidak ada skenario \"nosuch\" di \(scenarios) (borderdesk demo --list)\n", "\(missing.stderr)")
        let missingEnglish = try Borderdesk.run(["demo", "nosuch", "--scenarios", scenarios, "--lang", "en"])
        #expect(missingEnglish.stderr == "borderdesk: no scenario \"nosuch\" in \(scenarios) (borderdesk demo --list)\n")
        let captions = try Borderdesk.run(["demo", "broken", "--scenarios", scenarios])
        #expect(captions.status == 2 && captions.stderr.hasPrefix("borderdesk: keterangan: \(scenarios)/broken.captions.toml:1"), "\(captions.stderr)")
        let captionsEnglish = try Borderdesk.run(["demo", "broken", "--scenarios", scenarios, "--lang", "en"])
        #expect(captionsEnglish.stderr.hasPrefix("borderdesk: captions: \(scenarios)/broken.captions.toml:1"), "\(captionsEnglish.stderr)")
    }
}
