import Foundation
import TestSupport
import Testing

/// The Timpora secretary's meeting in a real terminal (tmux) at 80×24: `3 N` opens a meeting
/// (which opens in detail once read back), `i` adds an agenda item, `a` an action, Space marks
/// the action done; every key's event is in the file, chained.
@Suite struct MeetingTerminalTests {
    @Test(.realTerminal) func aMeetingRecordedInARealTerminal() async throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl", toPath: file)
        let tmux = try TmuxSession("cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) run \(file) --operator imigrasi-07", width: 80, height: 24)
        #expect(try await tmux.waitFor { $0.contains("Pemeriksaan pelabuhan") } != nil, "\(tmux.shown)")
        try tmux.keys("3")
        try tmux.keys("N")
        #expect(try await tmux.waitFor { $0.contains("Rapat Timpora baru") } != nil, "\(tmux.shown)")
        for (key, text) in [("Tab", "Kakanim Nunukan"), ("Tab", "Kantor Imigrasi Nunukan")] {
            try tmux.keys(key)
            try tmux.keys("-l", text)
        }
        try tmux.keys("Tab")
        try tmux.keys("Space")
        try tmux.keys("Enter")
        // Saved and read back: the meeting opens (its keys work at once).
        #expect(try await tmux.waitFor { $0.contains("Tersimpan: Rapat Timpora") } != nil, "\(tmux.shown)")
        try tmux.keys("i")
        #expect(try await tmux.waitFor { $0.contains("Butir agenda baru") } != nil, "\(tmux.shown)")
        try tmux.keys("-l", "Pembukaan")
        try tmux.keys("Tab")
        try tmux.keys("Right")
        try tmux.keys("Enter")
        #expect(try await tmux.waitFor { $0.contains("1. Pembukaan") } != nil, "\(tmux.shown)")
        try tmux.keys("a")
        #expect(try await tmux.waitFor { $0.contains("Tindak lanjut baru") } != nil, "\(tmux.shown)")
        try tmux.keys("-l", "Kirim data penumpang")
        try tmux.keys("Tab")
        try tmux.keys("Right")
        try tmux.keys("Tab")
        try tmux.keys("-l", "10/12")
        try tmux.keys("Enter")
        #expect(try await tmux.waitFor { $0.contains("Kirim data penumpang") && $0.contains("belum selesai") } != nil, "\(tmux.shown)")
        // The new action is selected: Space marks it done.
        try tmux.keys("Space")
        #expect(try await tmux.waitFor { screen in
            screen.split(separator: "\n").contains { $0.contains("Kirim data penumpang") && !$0.contains("belum") && $0.contains("selesai") }
        } != nil, "\(tmux.shown)")
        let added = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").suffix(4)
        let types = added.compactMap { line in ["meeting.opened", "agenda.item", "action.assigned", "action.state"].first { line.contains("\"type\":\"\($0)\"") } }
        #expect(types == ["meeting.opened", "agenda.item", "action.assigned", "action.state"], "\(added)")
        #expect(added.allSatisfy { $0.contains("\"prev\":") && $0.contains("+08:00") && $0.contains("\"by\":\"imigrasi-07\"") }, "\(added)")
        let verify = try Borderdesk.run(["verify", "--lang", "en", file])
        #expect(verify.status == 0, "\(verify.stdout)")
    }
}
