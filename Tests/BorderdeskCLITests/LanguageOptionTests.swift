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
        #expect(result.stderr.contains("The value 'fr' is invalid for '--lang <lang>'"), "\(result.stderr)")
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
}
