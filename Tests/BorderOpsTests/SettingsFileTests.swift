import BorderOps
import Configuration
import Testing
import Words

/// The settings files' text: every key checked, every refusal `FILE:LINE: key: reason`.
@Suite struct SettingsFileTests {
    @Test func aMachineFileGivesEachValueWithItsLine() throws {
        let text = "# the post's terminal\npost = \"nunukan\"\nzone = \"WITA\"\nsources = [\"/srv/a\", \"/srv/b\"]\nstale_minutes = 20\n"
        let entries = try SettingsFile.parse(text, path: "config.toml", scope: .machine)
        #expect(entries["post"] == SettingsFile.Entry(values: ["nunukan"], line: 2))
        #expect(entries["sources"] == SettingsFile.Entry(values: ["/srv/a", "/srv/b"], line: 4))
        #expect(entries["stale_minutes"] == SettingsFile.Entry(values: ["20"], line: 5))
        #expect(entries["operator"] == nil)
    }

    /// Each refusal in both languages, exact: `FILE:LINE: key: reason`.
    @Test(arguments: [
        ("zone = \"WITA\"\nlangauge = \"en\"\n", SettingsFile.Scope.person,
         "config.toml:1: zone: unknown key here: it belongs in the machine's file",
         "config.toml:1: zone: kunci tidak dikenal di sini: tempatnya di berkas mesin"),
        ("operator = \"x\"\nlangauge = \"en\"\n", .person,
         "config.toml:2: langauge: unknown key (known: operator, language, theme)",
         "config.toml:2: langauge: kunci tidak dikenal (yang dikenal: operator, language, theme)"),
        ("post = \"\"\n", .machine, "config.toml:1: post: expected a non-empty string", "config.toml:1: post: seharusnya teks yang tidak kosong"),
        ("zone = \"CET\"\n", .machine, "config.toml:1: zone: \"CET\" is not WIB, WITA or WIT", "config.toml:1: zone: \"CET\" bukan WIB, WITA atau WIT"),
        ("language = \"fr\"\n", .person, "config.toml:1: language: \"fr\" is not id or en", "config.toml:1: language: \"fr\" bukan id atau en"),
        ("sources = \"/srv\"\n", .machine,
         "config.toml:1: sources: expected a list of files or directories, such as [\"/srv/borderdesk/events\"]",
         "config.toml:1: sources: seharusnya daftar berkas atau folder, seperti [\"/srv/borderdesk/events\"]"),
        ("\nstale_minutes = 0\n", .machine, "config.toml:2: stale_minutes: 0 is out of range (1–525600 minutes)",
         "config.toml:2: stale_minutes: 0 di luar rentang (1–525600 menit)"),
        ("stale_minutes = \"15\"\n", .machine, "config.toml:1: stale_minutes: expected a whole number of minutes",
         "config.toml:1: stale_minutes: seharusnya bilangan bulat menit"),
    ])
    func aBrokenValueIsNamedWithFileLineAndKey(_ text: String, _ scope: SettingsFile.Scope, _ english: String, _ indonesian: String) {
        do {
            _ = try SettingsFile.parse(text, path: "config.toml", scope: scope)
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.word == Word(en: english, id: indonesian))
            #expect(error.description == english)
        }
    }

    @Test func aSyntaxErrorIsAtItsLine() {
        #expect(throws: FileProblem.self) { try SettingsFile.parse("post = \"nunukan\"\nzone = \n", path: "c.toml", scope: .machine) }
        do {
            _ = try SettingsFile.parse("post = \"nunukan\"\nzone = \n", path: "c.toml", scope: .machine)
        } catch {
            #expect(error.line == 2)
        }
    }
}
