import BorderOps
import Configuration
import Testing

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

    @Test(arguments: [
        ("zone = \"WITA\"\nlangauge = \"en\"\n", SettingsFile.Scope.person, 1, "zone", "unknown key here: it belongs in the machine's file"),
        ("operator = \"x\"\nlangauge = \"en\"\n", .person, 2, "langauge", "unknown key (known: operator, language, theme)"),
        ("post = \"\"\n", .machine, 1, "post", "expected a non-empty string"),
        ("zone = \"CET\"\n", .machine, 1, "zone", "\"CET\" is not WIB, WITA or WIT"),
        ("language = \"fr\"\n", .person, 1, "language", "\"fr\" is not id or en"),
        ("sources = \"/srv\"\n", .machine, 1, "sources", "expected a list of files or directories, such as [\"/srv/borderdesk/events\"]"),
        ("\nstale_minutes = 0\n", .machine, 2, "stale_minutes", "0 is out of range (1–525600 minutes)"),
        ("stale_minutes = \"15\"\n", .machine, 1, "stale_minutes", "expected a whole number of minutes"),
    ])
    func aBrokenValueIsNamedWithFileLineAndKey(_ text: String, _ scope: SettingsFile.Scope, _ line: Int, _ key: String, _ reason: String) {
        #expect(throws: FileProblem(path: "config.toml", line: line, key: key, reason: reason)) {
            try SettingsFile.parse(text, path: "config.toml", scope: scope)
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
