import Foundation
import Testing

/// The argument parser's refusals in the officer's language (issue 18): the sentence naming
/// what was typed, the command's usage line and the `--help` hint; exit status 64 as the
/// parser's. Bahasa Indonesia by default, English with `--lang en`.
@Suite struct ParseErrorWordsTests {
    static func refused(_ arguments: [String]) throws -> [String] {
        let r = try Borderdesk.run(arguments)
        #expect(r.status == 64, "\(arguments): \(r.stderr)")
        #expect(r.stdout.isEmpty)
        return r.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }
    }

    @Test func anUnknownOption() throws {
        #expect(try Self.refused(["run", "--zoen", "WITA"]) == [
            "borderdesk: opsi '--zoen' tidak dikenal (maksudnya '--zone'?)",
            "Penggunaan: borderdesk run [<opsi>] [<sources> ...]",
            "Lihat 'borderdesk run --help' untuk keterangan.",
        ])
        #expect(try Self.refused(["summary", "-q", "--lang", "en"]) == [
            "borderdesk: unknown option '-q'",
            "Usage: borderdesk summary [<options>] [<sources> ...]",
            "See 'borderdesk summary --help' for more information.",
        ])
    }

    @Test func aMissingValue() throws {
        #expect(try Self.refused(["report", "desk", "--from"]) == [
            "borderdesk: '--from <from>' perlu nilai",
            "Penggunaan: borderdesk report desk --from <from> --to <to> [<opsi>] [<sources> ...]",
            "Lihat 'borderdesk report desk --help' untuk keterangan.",
        ])
        #expect(try Self.refused(["verify", "--lang", "en", "--anchor"]) == [
            "borderdesk: '--anchor <anchor>' needs a value",
            "Usage: borderdesk verify [<options>] <sources> ...",
            "See 'borderdesk verify --help' for more information.",
        ])
    }

    @Test func anInvalidValue() throws {
        #expect(try Self.refused(["alerts", "--lang", "fr"]).first == "borderdesk: nilai 'fr' tidak sah untuk '--lang <lang>' (yang diterima: 'id', 'en')")
        #expect(try Self.refused(["alerts", "--lang", "en", "--lang", "fr"]) == [
            "borderdesk: the value 'fr' is not valid for '--lang <lang>' (accepted: 'id', 'en')",
            "Usage: borderdesk alerts [<options>] [<sources> ...]",
            "See 'borderdesk alerts --help' for more information.",
        ])
    }

    @Test func anUnexpectedArgument() throws {
        #expect(try Self.refused(["config", "extra"]) == [
            "borderdesk: argumen 'extra' tidak diharapkan",
            "Penggunaan: borderdesk config [<opsi>]",
            "Lihat 'borderdesk config --help' untuk keterangan.",
        ])
        #expect(try Self.refused(["run", "--lang", "en", "--ascii=yes"]).first == "borderdesk: '--ascii' takes no value, but 'yes' was given")
    }

    @Test func aMissingArgumentAndACommandsOwnCheck() throws {
        #expect(try Self.refused(["report", "op"]).first == "borderdesk: argumen '<op>' belum diberikan")
        #expect(try Self.refused(["report", "desk", "--from", "x", "--to", "y"]).first == "borderdesk: --from: tanggal seperti 2025-07-28")
        #expect(try Self.refused(["generate", "--events", "1", "--end", "2026-02-30", "-"]).first == "borderdesk: --end: tanggal seperti 2026-12-07")
        #expect(try Self.refused(["generate", "--events", "1", "--end", "9999-12-25", "-"]).first == "borderdesk: --end: paling lambat 9999-12-24")
    }

    /// None of the parser's English on an Indonesian refusal, whatever the kind.
    @Test(arguments: [["run", "--zoen"], ["report", "desk", "--from"], ["alerts", "--lang", "fr"], ["config", "a", "b"],
                      ["report", "op"], ["run", "--ascii=yes"], ["run", "--zone"]])
    func noParserEnglishInIndonesian(_ arguments: [String]) throws {
        let text = try Self.refused(arguments).joined(separator: "\n")
        for english in ["Error:", "Usage:", "Unknown", "Missing", "invalid", "Unexpected", "Please provide", "See '", "help information"] {
            #expect(!text.contains(english), "\(english) in \(text)")
        }
    }

    /// `borderdesk report` alone: the officer's help, not the parser's.
    @Test func aCommandOfCommandsAloneShowsItsHelp() throws {
        let r = try Borderdesk.run(["report"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("RINGKASAN: "), "\(r.stdout)")
    }
}
