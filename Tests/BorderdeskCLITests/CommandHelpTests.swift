import Foundation
import Testing

/// `--help` in the officer's language (issue 18): Bahasa Indonesia by default, English with
/// `--lang en`; the headings and the parser's own lines too, every command's.
@Suite struct CommandHelpTests {
    static func help(_ arguments: [String]) throws -> [String] {
        let r = try Borderdesk.run(arguments)
        #expect(r.status == 0, "\(arguments): \(r.stderr)")
        #expect(r.stderr.isEmpty, "\(arguments): \(r.stderr)")
        return r.stdout.components(separatedBy: "\n")
    }

    /// What the argument parser prints in English, none of which may be on an Indonesian help.
    static let english = ["OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "Show help information", "Show the version",
                          "(default", "(values", "<options>", "<subcommand>", "See '"]

    @Test func theRootHelpIsIndonesianByDefault() throws {
        let lines = try Self.help(["--help"])
        #expect(lines.first == "RINGKASAN: Operasi pos lintas batas dari berkas peristiwa yang hanya ditambah")
        for line in ["PENGGUNAAN: borderdesk <subperintah>", "OPSI:", "  --version               Tampilkan versi.",
                     "  -h, --help              Tampilkan bantuan ini.", "SUBPERINTAH:",
                     "  run (bawaan)            Dasbor langsung: mengikuti sumber dan memperbarui",
                     "  Lihat 'borderdesk help <subperintah>' untuk bantuan rinci."] {
            #expect(lines.contains(line), "\(line)\n\(lines.joined(separator: "\n"))")
        }
        // `help` is not listed, as the parser does not list it.
        #expect(!lines.contains { $0.hasPrefix("  help ") })
        #expect(try Self.help(["-h"]) == lines)
    }

    @Test func aSubcommandsHelpIsIndonesianByDefaultWithOneDefault() throws {
        let lines = try Self.help(["run", "--help"])
        for line in ["RINGKASAN: Dasbor langsung: mengikuti sumber dan memperbarui panelnya di tempat.",
                     "PENGGUNAAN: borderdesk run [<opsi>] [<sources> ...]", "ARGUMEN:",
                     "  <sources>               Berkas peristiwa, folder atau - untuk masukan standar",
                     "                          (bawaan: sample-data).",
                     "  --no-color              Tanpa warna (juga bila NO_COLOR diisi).",
                     "  -h, --help              Tampilkan bantuan ini."] {
            #expect(lines.contains(line), "\(line)\n\(lines.joined(separator: "\n"))")
        }
        let text = lines.joined(separator: "\n")
        #expect(text.components(separatedBy: "sample-data)").count == 2, "the default said once: \(text)")
        #expect(text.contains("(bawaan:\n                          30)") || text.contains("(bawaan: 30)"), "\(text)")
        // `help run` says the same.
        #expect(try Self.help(["help", "run"]) == lines)
    }

    @Test func englishWithLangEn() throws {
        let root = try Self.help(["--help", "--lang", "en"])
        #expect(root.first == "OVERVIEW: Border-post operations from append-only event files (JSON Lines).")
        for line in ["USAGE: borderdesk <subcommand>", "OPTIONS:", "  -h, --help              Show help information.", "SUBCOMMANDS:",
                     "  run (default)           The live dashboard: follows the sources and updates",
                     "  See 'borderdesk help <subcommand>' for detailed help."] {
            #expect(root.contains(line), "\(line)\n\(root.joined(separator: "\n"))")
        }
        let run = try Self.help(["run", "--help", "--lang=en"])
        for line in ["USAGE: borderdesk run [<options>] [<sources> ...]", "ARGUMENTS:",
                     "  <sources>               Event files, directories or - for standard input",
                     "                          (default: sample-data).",
                     "  --no-color              No colours (also when NO_COLOR is set)."] {
            #expect(run.contains(line), "\(line)\n\(run.joined(separator: "\n"))")
        }
        #expect(run.joined(separator: "\n").components(separatedBy: "sample-data)").count == 2)
        #expect(try Self.help(["help", "--lang", "en", "run"]) == run)
    }

    /// Every command's help, in Bahasa Indonesia, holds none of the parser's English; a required
    /// option is written out in the usage line.
    @Test func everyCommandsHelpIsIndonesian() throws {
        let commands = [["run"], ["demo"], ["summary"], ["check"], ["verify"], ["alerts"], ["report"], ["report", "op"], ["report", "meeting"],
                        ["report", "desk"], ["append"], ["checklist"], ["checklist", "start"], ["generate"], ["config"]]
        for command in commands {
            let text = try Self.help(command + ["--help"]).joined(separator: "\n")
            #expect(text.hasPrefix("RINGKASAN: "), "\(command): \(text)")
            #expect(text.contains("PENGGUNAAN: borderdesk \(command.joined(separator: " "))"), "\(command): \(text)")
            for word in Self.english { #expect(!text.contains(word), "\(command): \(word)\n\(text)") }
            #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(command): lines within 80 columns\n\(text)")
        }
        let desk = try Self.help(["report", "desk", "--help"]).joined(separator: "\n")
        #expect(desk.contains("PENGGUNAAN: borderdesk report desk --from <from> --to <to> [<opsi>]"), "\(desk)")
    }

    /// A help lists `--version` where it works, and only there: a command is parsed as a root of
    /// its own, so `summary --version` is refused and its help must not offer it; the root and a
    /// command of commands (parsed from the root) take it.
    @Test func theVersionIsOfferedWhereItWorks() throws {
        let taking: [[String]] = [[], ["report"], ["checklist"]]
        for command in taking + [["run"], ["summary"], ["report", "desk"], ["checklist", "start"], ["config"]] {
            let offered = try Self.help(command + ["--help"]).contains { $0.hasPrefix("  --version ") }
            let version = try Borderdesk.run(command + ["--version"])
            #expect(offered == (version.status == 0), "\(command): offered \(offered), status \(version.status) \(version.stderr)")
            #expect(offered == taking.contains(command), "\(command)")
        }
    }

    /// The terminal's locale does not choose the help's language: with `LANG=C`, an English
    /// UTF-8 locale or none, `--help`, `run --help` and `report desk --help` are the same
    /// Indonesian text (only `--lang en` or the settings' `language` change it).
    @Test(arguments: [["LANG=C", "LC_ALL=C"], ["LANG=en_US.UTF-8", "LC_ALL=en_US.UTF-8"], ["-u", "LANG", "-u", "LC_ALL"]])
    func theLocaleDoesNotChooseTheLanguage(_ locale: [String]) throws {
        for command in [["--help"], ["run", "--help"], ["report", "desk", "--help"]] {
            let r = try Spawn.run(["env"] + locale + [Borderdesk.binary] + command)
            #expect(r.status == 0 && r.stderr.isEmpty, "\(locale) \(command): \(r.stderr)")
            #expect(r.stdout.components(separatedBy: "\n") == (try Self.help(command)), "\(locale) \(command)")
            #expect(r.stdout.hasPrefix("RINGKASAN: "), "\(locale) \(command): \(r.stdout)")
            for word in Self.english { #expect(!r.stdout.contains(word), "\(locale) \(command): \(word)") }
        }
    }
}
