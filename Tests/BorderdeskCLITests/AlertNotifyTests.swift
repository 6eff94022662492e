import Foundation
import JSON
import TestSupport
import Testing

/// `alerts --notify` (the systemd timer's command): the settings' `notify_command` runs once per
/// new critical alert, never again for the same episode, and again after it failed.
@Suite struct AlertNotifyTests {
    static let tawau = Borderdesk.packageRoot + "/sample-data/scenarios/tawau-ferry-morning.jsonl"

    /// A machine settings file whose notify command appends `ID|LINE` to `told.log`.
    func prepare(_ dir: TempDirectory, command: String? = nil) {
        dir.write("notify.sh", "printf '%s|%s\\n' \"$BORDERDESK_ALERT_ID\" \"$1\" >> \"\(dir.file("told.log"))\"\n")
        dir.write("machine.toml", "notify_command = \"\(command ?? "sh \(dir.file("notify.sh"))")\"\n")
    }

    func notify(_ dir: TempDirectory, at: String, _ extra: [String] = []) throws -> Spawn.Result {
        try Spawn.run(["env", "BORDERDESK_SYSTEM_CONFIG=\(dir.file("machine.toml"))", "XDG_CONFIG_HOME=\(dir.path)/xdg", Borderdesk.binary,
                       "alerts", "--notify", "--notified", dir.file("notified.json"), "--no-checkpoint", Self.tawau, "--at", at] + extra, stdinFile: "/dev/null")
    }

    func told(_ dir: TempDirectory) -> [String] {
        ((try? String(contentsOfFile: dir.file("told.log"), encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    @Test func eachNewCriticalAlertIsToldOnce() throws {
        let dir = TempDirectory()
        prepare(dir)
        let first = try notify(dir, at: "2024-12-17T09:10:00+08:00")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(told(dir).count == 1)
        #expect(told(dir).first?.hasPrefix("finding:opgab-tunontaka-20241217:f-sabu-20241217|") == true)
        #expect(told(dir).first?.contains("KRITIS") == true, "the line in the interface language (id)")
        #expect(first.stdout.hasPrefix("terkirim: "), "\(first.stdout)")
        // A minute later: nothing new, nothing told.
        #expect(try notify(dir, at: "2024-12-17T09:11:00+08:00").status == 0)
        #expect(told(dir).count == 1)
        // The departure turns critical at 09.30: only it is told.
        #expect(try notify(dir, at: "2024-12-17T09:33:00+08:00").status == 0)
        #expect(told(dir).count == 2)
        #expect(told(dir).last?.hasPrefix("departure:purnama-20241217|") == true)
        let kept = try StrictJSONParser.parse(String(contentsOfFile: dir.file("notified.json"), encoding: .utf8))
        guard case .array(let keys)? = kept["notified"] else { Issue.record("\(kept)"); return }
        #expect(keys.count == 2)
    }

    @Test func aFailedCommandIsTriedAgainNextRun() throws {
        let dir = TempDirectory()
        prepare(dir, command: "false")
        let failed = try notify(dir, at: "2024-12-17T09:10:00+08:00")
        #expect(failed.status == 1)
        #expect(failed.stderr == "borderdesk: notify_command keluar dengan status 1 untuk finding:opgab-tunontaka-20241217:f-sabu-20241217; dikirim lagi pada jalan berikutnya\n", "\(failed.stderr)")
        let english = try notify(dir, at: "2024-12-17T09:10:00+08:00", ["--lang", "en"])
        #expect(english.stderr == "borderdesk: notify_command exited 1 for finding:opgab-tunontaka-20241217:f-sabu-20241217; told again next run\n", "\(english.stderr)")
        prepare(dir)
        #expect(try notify(dir, at: "2024-12-17T09:11:00+08:00").status == 0)
        #expect(told(dir).count == 1)
    }

    @Test func withoutANotifyCommandItRefuses() throws {
        let dir = TempDirectory()
        dir.write("machine.toml", "zone = \"WITA\"\n")
        let r = try notify(dir, at: "2024-12-17T09:10:00+08:00")
        #expect(r.status == 2)
        #expect(r.stderr == "borderdesk: --notify: tidak ada notify_command di \(dir.file("machine.toml"))\n")
        #expect(!FileManager.default.fileExists(atPath: dir.file("notified.json")))
    }
}
