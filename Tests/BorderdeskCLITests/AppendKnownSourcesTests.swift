import Foundation
import TestSupport
import Testing

/// `append --known SOURCES...` through the binary: a voyage another post's file opens is
/// accepted, a typo refused with did-you-mean (exit 2, nothing written); without `--known` the
/// settings' `sources` are the known sources.
@Suite struct AppendKnownSourcesTests {
    static let voyage = #"{"id":"vo-1","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"tawau","voyage":"thalia-20241120","vessel":"KM. Thalia","from":"Tawau","to":"Nunukan","departs":"2024-11-20T17:00:00+08:00","manifest":326}"#

    func check(_ file: String, _ voyage: String, _ extra: [String] = [], env: [String] = []) throws -> Spawn.Result {
        try Spawn.run(env + [Borderdesk.binary, "append", file] + extra + ["--type", "passenger.checked", "--post", "nunukan", "--lang", "en",
                       "--field", "voyage=\(voyage)", "--field", "passenger=P-1", "--field", "doc=KTP", "--field", "result=lolos"], stdinFile: "/dev/null")
    }

    func lines(_ file: String) -> Int { ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").split(separator: "\n").count }

    @Test func aVoyageInAnotherPostsFileIsKnownAndATypoIsRefused() throws {
        let dir = TempDirectory()
        try FileManager.default.createDirectory(atPath: dir.file("tawau"), withIntermediateDirectories: true)
        dir.write("tawau/gate.jsonl", Self.voyage + "\n")
        let gate = dir.file("gate.jsonl")
        // The settings name no sources here: alone, the written file does not open it.
        let env = ["env", "BORDERDESK_SYSTEM_CONFIG=\(dir.file("machine.toml"))", "XDG_CONFIG_HOME=\(dir.path)/xdg"]
        let alone = try check(gate, "thalia-20241120", env: env)
        #expect(alone.status == 2 && alone.stderr.contains("is not opened in \(gate) (no voyage.opened)"), "\(alone.stderr)")
        let known = try check(gate, "thalia-20241120", ["--known", dir.file("tawau")], env: env)
        #expect(known.status == 0, "\(known.stderr)")
        #expect(known.stdout.hasPrefix("Saved: passenger.checked ") && known.stdout.hasSuffix("in \(gate) line 1\n"), "\(known.stdout)")
        let typo = try check(gate, "thalia-20241210", ["--known", dir.file("tawau")], env: env)
        #expect(typo.status == 2 && typo.stdout.isEmpty)
        #expect(typo.stderr == "borderdesk: not appended: voyage \"thalia-20241210\" is not opened in \(gate), \(dir.file("tawau/gate.jsonl")) (no voyage.opened) (did you mean \"thalia-20241120\"?); --force appends it anyway\n",
                "\(typo.stderr)")
        #expect(lines(gate) == 1)
        // The settings' sources stand in for --known.
        dir.write("machine.toml", "sources = [\"\(dir.file("tawau"))\"]\n")
        let fromSettings = try check(gate, "thalia-20241120", env: env)
        #expect(fromSettings.status == 0, "\(fromSettings.stderr)")
        #expect(lines(gate) == 2)
    }
}
