import Foundation
import TestSupport
import Testing

/// The settings files on disk through the real binary: where they are looked for, what
/// `config` says of them, the command line over them, a broken one stopping the start.
@Suite struct SettingsFilesTests {
    func run(_ dir: TempDirectory, _ arguments: [String]) throws -> Spawn.Result {
        try Spawn.run(["env", "BORDERDESK_SYSTEM_CONFIG=\(dir.file("machine.toml"))", "XDG_CONFIG_HOME=\(dir.path)/xdg",
                       Borderdesk.binary] + arguments, stdinFile: "/dev/null")
    }

    @Test func configSaysEachSettingAndWhereItCameFrom() throws {
        let dir = TempDirectory()
        dir.write("machine.toml", "post = \"nunukan\"\nzone = \"WIT\"\nsources = [\"/srv/a\", \"/srv/b\"]\n")
        try FileManager.default.createDirectory(atPath: dir.file("xdg/borderdesk"), withIntermediateDirectories: true)
        dir.write("xdg/borderdesk/config.toml", "operator = \"duty-07\"\nlanguage = \"en\"\n")
        let r = try run(dir, ["config"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("zone = WIT    from \(dir.file("machine.toml")):2"))
        #expect(lines.contains("sources = \"/srv/a\", \"/srv/b\"    from \(dir.file("machine.toml")):3"))
        #expect(lines.contains("operator = duty-07    from \(dir.path)/xdg/borderdesk/config.toml:1"))
        #expect(lines.contains("templates = \(PackagePaths.root)/sample-data/checklists    default"))
        #expect(lines.contains("person file: \(dir.path)/xdg/borderdesk/config.toml"))
    }

    @Test func aBrokenFileStopsTheStartWithFileLineAndKey() throws {
        let dir = TempDirectory()
        dir.write("machine.toml", "zone = \"WITA\"\nlanguag = \"en\"\n")
        let known = "post, zone, sources, write, posts, templates, stale_minutes, notify_command"
        for command in [["config"], ["run"]] {
            // Bahasa Indonesia unless --lang says otherwise (the file that would say it is broken).
            let r = try run(dir, command)
            #expect(r.status == 2)
            #expect(r.stderr == "borderdesk: \(dir.file("machine.toml")):2: languag: kunci tidak dikenal (yang dikenal: \(known))\n")
        }
        let english = try run(dir, ["run", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr == "borderdesk: \(dir.file("machine.toml")):2: languag: unknown key (known: \(known))\n")
    }

    @Test func theFilesSettingIsUsedAndTheCommandLineWins() throws {
        let dir = TempDirectory()
        dir.write("machine.toml", "zone = \"WITA\"\nposts = \"\(dir.file("missing.toml"))\"\n")
        // The file's posts file is read (and its absence said) before the screen opens.
        let fromFile = try run(dir, ["run", "--lang", "en"])
        #expect(fromFile.status == 2)
        #expect(fromFile.stderr == "borderdesk: posts file \(dir.file("missing.toml")): cannot be read\n")
        // An option given wins over the file's value.
        let overridden = try run(dir, ["run", "--lang", "en", "--zone", "XYZ"])
        #expect(overridden.stderr == "borderdesk: --zone: WIB, WITA, WIT or an offset such as +08:00, got XYZ\n")
    }

    @Test func noFilesIsTheDefaults() throws {
        let dir = TempDirectory()
        let r = try run(dir, ["config"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("zone = WITA    default\n"))
    }

    /// Not only `run`: every command that takes sources, a posts file, a language, a post or an
    /// operator takes them from the files when the command line does not.
    @Test func everyCommandTakesTheFilesSettings() throws {
        let dir = TempDirectory()
        dir.write("machine.toml", "post = \"nunukan\"\nsources = [\"\(dir.file("none.jsonl"))\"]\nposts = \"\(dir.file("missing.toml"))\"\n")
        try FileManager.default.createDirectory(atPath: dir.file("xdg/borderdesk"), withIntermediateDirectories: true)
        dir.write("xdg/borderdesk/config.toml", "operator = \"imigrasi-07\"\nlanguage = \"en\"\n")
        for command in [["summary"], ["report", "desk", "--from", "2025-07-01", "--to", "2025-07-31"]] {
            let r = try run(dir, command)
            #expect(r.status == 2)
            #expect(r.stderr == "borderdesk: cannot read \(dir.file("none.jsonl")): No such file or directory\n", "\(command)")
        }
        let sample = PackagePaths.sampleData + "/nunukan-2024-11-20.jsonl"
        let alerts = try run(dir, ["alerts", sample, "--at", "2024-11-20T10:00:00+08:00", "--no-checkpoint"])
        #expect(alerts.stderr == "borderdesk: posts file \(dir.file("missing.toml")): cannot be read\n")
        dir.write("machine.toml", "post = \"nunukan\"\n")
        let english = try run(dir, ["alerts", sample, "--at", "2024-11-20T10:00:00+08:00", "--no-checkpoint"])
        #expect(english.stdout.hasPrefix("Alerts at Wed 20/11/2024 10.00 WITA"), "\(english.stdout)")
        let indonesian = try run(dir, ["alerts", sample, "--at", "2024-11-20T10:00:00+08:00", "--no-checkpoint", "--lang", "id"])
        #expect(indonesian.stdout.hasPrefix("Peringatan pada Rab 20/11/2024 10.00 WITA"), "\(indonesian.stdout)")
        // `checklist start` without --post or --by: the machine's post, the person's operator id.
        let started = try run(dir, ["checklist", "start", "opgab-tunontaka", "--op", "op1", "--file", dir.file("c.jsonl")])
        #expect(started.status == 0, "\(started.stderr)")
        let event = try String(contentsOfFile: dir.file("c.jsonl"), encoding: .utf8)
        #expect(event.contains(#""post":"nunukan","by":"imigrasi-07""#))
    }
}
