import Foundation
import TestSupport
import Testing

/// The dashboard in a real terminal leaves a checkpoint when it quits and starts from it: a
/// byte changed in the middle of the history after the checkpoint (where only a full read
/// would see it) does not show, what was appended does; a file replaced is said on the status
/// line and read in full. The same for a folder followed (a headquarters' tree).
@Suite(.serialized) struct CheckpointRestartTests {
    /// A voyage and 60 checks of distinct passengers, long enough (> 8 KiB) that the middle is
    /// neither the first nor the last 4 KiB the checkpoint compares.
    static func history() -> String {
        let voyage = #"{"id":"v-1","ts":"2030-01-01T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"thalia-1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2030-01-01T17:00:00+08:00","manifest":100}"#
        let checks = (0..<60).map { i in
            #"{"id":"c-\#(i)","ts":"2030-01-01T09:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-1","passenger":"p\#(String(format: "%03d", i))","doc":"ktp","result":"cleared","note":"antrian pagi, dokumen lengkap, tidak ada catatan lain"}"#
        }
        return ([voyage] + checks).joined(separator: "\n") + "\n"
    }

    /// The history as a file (`run ops.jsonl`) or in a headquarters' tree (`run --recursive hq`).
    func start(_ dir: TempDirectory, cache: TempDirectory, folder: Bool) throws -> TmuxSession {
        let source = folder ? "--recursive hq" : "ops.jsonl"
        return try TmuxSession("cd \(dir.path) && \(Borderdesk.binary) run \(source) --read-only --lang en", width: 160, cache: cache)
    }

    /// The checkpoints written in `cache` (none when its folder is not there yet).
    func checkpoints(in cache: TempDirectory) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cache.file("borderdesk"))) ?? []).filter { $0.hasSuffix(".checkpoint") }
    }

    /// The file's inode: another one means the file was written again (by rename).
    func inode(_ path: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    }

    func quit(_ tmux: TmuxSession) async throws {
        try tmux.keys("q")
        #expect(try await tmux.waitFor { $0.contains("EXITED 0") } != nil, "\(tmux.shown)")
    }

    @Test(.realTerminal, arguments: [false, true])
    func restartStartsFromTheCheckpoint(folder: Bool) async throws {
        let dir = TempDirectory()
        let cache = TempDirectory()
        if folder { try FileManager.default.createDirectory(atPath: dir.file("hq/nunukan"), withIntermediateDirectories: true) }
        let ops = folder ? "hq/nunukan/ops.jsonl" : "ops.jsonl"
        dir.write(ops, Self.history())
        let first = try start(dir, cache: cache, folder: folder)
        #expect(try await first.waitFor { $0.contains("KM. Thalia") && $0.contains("60/100") } != nil, "\(first.shown)")
        try await quit(first)
        // The checkpoint and its preview (the first frame's part of it), the user's alone.
        let saved = try FileManager.default.contentsOfDirectory(atPath: cache.file("borderdesk")).sorted()
        #expect(saved.count == 2 && saved[0].hasSuffix(".checkpoint") && saved[1].hasSuffix(".preview"), "\(saved)")
        for file in saved {
            let mode = try FileManager.default.attributesOfItem(atPath: cache.file("borderdesk/" + file))[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }

        // p030 becomes p029 (same length, mid-file): a full read would count 59 passengers.
        let changed = Self.history().replacingOccurrences(of: #""passenger":"p030""#, with: #""passenger":"p029""#)
        dir.write(ops, changed)
        dir.append(ops, #"{"id":"c-60","ts":"2030-01-01T09:05:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-1","passenger":"p060","doc":"ktp","result":"cleared"}"# + "\n")
        let second = try start(dir, cache: cache, folder: folder)
        #expect(try await second.waitFor { $0.contains("61/100") } != nil, "from the checkpoint, and the appended line: \(second.shown)")
        #expect(try !second.screen().contains("Checkpoint not used"), "\(second.shown)")
        try await quit(second)

        // Another history under the same name: said once, read in full.
        dir.write(ops, Self.history().replacingOccurrences(of: "KM. Thalia", with: "KM. Lambelu"))
        let third = try start(dir, cache: cache, folder: folder)
        #expect(try await third.waitFor { $0.contains("KM. Lambelu") && $0.contains("60/100") && $0.contains("Checkpoint not used") } != nil,
                "\(third.shown)")
        try await quit(third)
    }

    /// The checkpoint after the first frame is written on a thread of its own while the
    /// dashboard runs (the loop goes on meanwhile); a fold unchanged since is not written again
    /// at exit; the next start takes it up.
    @Test(.realTerminal)
    func theCheckpointIsWrittenWhileTheDashboardRuns() async throws {
        let dir = TempDirectory()
        let cache = TempDirectory()
        dir.write("ops.jsonl", Self.history())
        let first = try start(dir, cache: cache, folder: false)
        #expect(try await first.waitFor { $0.contains("60/100") } != nil, "\(first.shown)")
        var written: [String] = []
        for _ in 0..<100 where written.isEmpty {
            written = checkpoints(in: cache)
            if written.isEmpty { try await Task.sleep(for: .milliseconds(100)) }
        }
        let path = try cache.file("borderdesk/" + #require(written.first, "no checkpoint while running"))
        let whileRunning = try inode(path)
        try await quit(first)
        #expect(try inode(path) == whileRunning, "rewritten at exit though nothing changed")

        // As in `restartStartsFromTheCheckpoint`: only a fold taken up from it counts 61.
        dir.write("ops.jsonl", Self.history().replacingOccurrences(of: #""passenger":"p030""#, with: #""passenger":"p029""#))
        dir.append("ops.jsonl", #"{"id":"c-60","ts":"2030-01-01T09:05:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-1","passenger":"p060","doc":"ktp","result":"cleared"}"# + "\n")
        let second = try start(dir, cache: cache, folder: false)
        #expect(try await second.waitFor { $0.contains("61/100") } != nil, "\(second.shown)")
        try await quit(second)
    }

    /// Started from its checkpoint with a line more: the next one is not written at once (the
    /// first appends would share the fold with the writing thread and copy it), but when due, or
    /// at exit, as here.
    @Test(.realTerminal)
    func aStartFromTheCheckpointWritesTheNextWhenDue() async throws {
        let dir = TempDirectory()
        let cache = TempDirectory()
        dir.write("ops.jsonl", Self.history())
        let first = try start(dir, cache: cache, folder: false)
        #expect(try await first.waitFor { $0.contains("60/100") } != nil, "\(first.shown)")
        try await quit(first)
        let path = try cache.file("borderdesk/" + #require(checkpoints(in: cache).first, "no checkpoint"))
        let before = try inode(path)

        dir.append("ops.jsonl", #"{"id":"c-60","ts":"2030-01-01T09:05:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-1","passenger":"p060","doc":"ktp","result":"cleared"}"# + "\n")
        let second = try start(dir, cache: cache, folder: false)
        #expect(try await second.waitFor { $0.contains("61/100") } != nil, "\(second.shown)")
        try await Task.sleep(for: .milliseconds(1500))
        #expect(try inode(path) == before, "written at once after a start from the checkpoint")
        try await quit(second)
        #expect(try inode(path) != before, "not written at exit though the fold changed")
    }

    /// A checkpoint that cannot be written (the cache folder is under a plain file) is said on
    /// the status line, in the officer's language, while the dashboard goes on.
    @Test(.realTerminal)
    func aCheckpointNotWrittenIsSaid() async throws {
        let dir = TempDirectory()
        dir.write("ops.jsonl", Self.history())
        dir.write("plain", "")
        let tmux = try TmuxSession("cd \(dir.path) && XDG_CACHE_HOME=\(dir.file("plain"))/cache \(Borderdesk.binary) run ops.jsonl --read-only", width: 240)
        #expect(try await tmux.waitFor { $0.contains("60/100") && $0.contains("Titik simpan tidak ditulis: tidak dapat menulis titik simpan") && $0.contains("bukan direktori") } != nil, "\(tmux.shown)")
        try await quit(tmux)
    }
}
