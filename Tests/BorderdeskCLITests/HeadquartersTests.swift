import BorderOps
import Foundation
import JSON
import TestSupport
import Synchronization
import Testing

/// A post and headquarters replicating with real Syncthing (scripts/syncthing-pair.sh), and a
/// headquarters dashboard following the replicated tree: every sync replaces the file (delete,
/// then rename), and nothing may be read twice or flap as "rotated". The first sync is the
/// post's file watcher's; the next eight are asked for (`scan`), as the watcher's delay is a
/// second at least in Debian's Syncthing.
@Suite(.serialized) struct HeadquartersTests {
    @Test(.realTerminal) func syncedPostIsFollowedWithoutDuplicatesOrRotations() async throws {
        let dir = TempDirectory()
        let script = Borderdesk.packageRoot + "/scripts/syncthing-pair.sh"
        let start = try Spawn.run([script, "start", dir.path, "nunukan"])
        #expect(start.status == 0, "\(start.stderr)")
        guard start.status == 0 else { return }
        defer { _ = try? Spawn.run([script, "stop", dir.path]) }
        let postFile = dir.file("post/operator-pos1.jsonl")
        let hqFile = dir.file("hq/nunukan/operator-pos1.jsonl")
        func append(_ arguments: [String]) throws {
            let r = try Borderdesk.run(["append", postFile, "--post", "nunukan", "--by", "imigrasi-07"] + arguments)
            #expect(r.status == 0, "\(r.stderr)")
        }
        func linesAtHeadquarters() -> Int {
            ((try? String(contentsOfFile: hqFile, encoding: .utf8)) ?? "").split(separator: "\n").count
        }
        func waitForHeadquarters(_ lines: Int, timeout: Double = 30) async throws -> Bool {
            let start = Date()
            while Date().timeIntervalSince(start) < timeout {
                if linesAtHeadquarters() >= lines { return true }
                try await Task.sleep(nanoseconds: 100_000_000)
            }
            // The runner may give the test its thread back late: look once more.
            return linesAtHeadquarters() >= lines
        }
        try append(["--type", "voyage.opened", "--field", "voyage=thalia-1", "--field", "vessel=KM. Thalia",
                    "--field", "from=Nunukan", "--field", "to=Pare-Pare", "--field", "departs=2030-01-01T17:00:00+08:00", "--field", "manifest=20"])
        #expect(try await waitForHeadquarters(1, timeout: 60), "the first sync reached headquarters")
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run --recursive \(dir.path)/hq --read-only --lang en", width: 160)
        #expect(try await tmux.waitFor { $0.contains("KM. Thalia") && $0.contains("0/20") } != nil, "\(tmux.shown)")
        var inodes = Set<UInt64>()
        // Written on the polling thread of `waitFor`.
        let flapped = Mutex<[String]>([])
        for i in 1...8 {
            try append(["--type", "passenger.checked", "--field", "voyage=thalia-1", "--field", "passenger=p\(i)",
                        "--field", "doc=ktp", "--field", "result=cleared"])
            // The first sync above waited for the post's watcher (a second at least); these ask
            // the post to send at once: the same replacement at headquarters, 0.2 s instead of 1.
            let scan = try Spawn.run([script, "scan", dir.path])
            #expect(scan.status == 0, "\(scan.stderr)")
            #expect(try await waitForHeadquarters(1 + i), "check \(i) reached headquarters")
            if let n = (try? FileManager.default.attributesOfItem(atPath: hqFile))?[.systemFileNumber] as? NSNumber { inodes.insert(n.uint64Value) }
            let seen = try await tmux.waitFor { screen in
                if screen.contains(" rotated") || screen.contains(" deleted") { flapped.withLock { $0.append(screen) } }
                return screen.contains("\(i)/20")
            }
            #expect(seen != nil, "check \(i) on the headquarters screen: \(tmux.shown)")
        }
        #expect(inodes.count >= 2, "Syncthing replaced the file on sync (\(inodes.count) inodes)")
        let flaps = flapped.withLock { $0 }
        #expect(flaps.isEmpty, "the status line said rotated or deleted: \(flaps.first ?? "")")
        #expect(try tmux.screen().contains("duplicates 0"), "\(tmux.shown)")
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", "--recursive", dir.path + "/hq", "--json"]).stdout)
        #expect(summary["events"]?["folded"] == .number(JSONNumber(9)))
        let status = try Spawn.run([script, "status", dir.path])
        #expect(status.stdout.contains("\"completion\": 100"), "\(status.stdout)")
    }
}

@Suite struct PostsFileTests {
    @Test func brokenPostsFileIsAOneLineErrorBeforeTheScreenOpens() throws {
        let dir = TempDirectory()
        let file = dir.file("posts.toml")
        try "[[post]]\nid = \"skouw\"\nname = \"PLBN Skouw\"\nprovince = \"Papua\"\nkind = \"plbn\"\nzone = \"EST\"\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try Borderdesk.run(["run", "--lang", "en", "--posts", file, Borderdesk.packageRoot + "/sample-data"])
        #expect(r.status == 2)
        #expect(r.stderr == "borderdesk: posts file \(file):6: zone: \"EST\" is not WIB, WITA or WIT\n", "\(r.stderr)")
        let missing = try Borderdesk.run(["run", "--lang", "en", "--posts", dir.file("none.toml")])
        #expect(missing.status == 2 && missing.stderr.contains("cannot be read"))
        let zone = try Borderdesk.run(["run", "--lang", "en", "--zone", "PST"])
        #expect(zone.status == 2 && zone.stderr.contains("--zone: WIB, WITA, WIT or an offset such as +08:00, got"))
    }
}
