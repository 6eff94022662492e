import BorderOps
import Dashboard
import Driver
import Foundation
import TestSupport
import Testing
import Words
#if canImport(Glibc)
import Glibc
#endif

/// A dashboard started from a checkpoint draws its first frame from the checkpoint's preview,
/// marked as such, before the checkpoint itself is read, then with what was appended since; the
/// frames after it are the whole fold's (issue 19). The driver runs in process on a terminal
/// that keeps every frame, and presses `q` once a frame of the whole fold (not marked as the
/// preview) holding the text asked for is drawn.
@Suite struct PreviewStartTests {
    /// A terminal of 120×35 that keeps the frames' text; its keyboard is a pipe the test writes to.
    final class RecordingTerminal: DashboardTerminal, @unchecked Sendable {
        var frames: [String] = []
        private let keyboard: (read: Int32, write: Int32)
        private let signals: (read: Int32, write: Int32)
        /// Presses `q` once a frame holding this text is drawn.
        let quitOn: String

        init(quitOn: String) {
            self.quitOn = quitOn
            var fds: [Int32] = [0, 0]
            precondition(pipe(&fds) == 0)
            keyboard = (fds[0], fds[1])
            precondition(pipe(&fds) == 0)
            signals = (fds[0], fds[1])
            _ = fcntl(keyboard.read, F_SETFL, O_NONBLOCK)
        }
        deinit { for fd in [keyboard.read, keyboard.write, signals.read, signals.write] { Glibc.close(fd) } }

        var size: (width: Int, height: Int) { (120, 35) }
        var inputDescriptor: Int32 { keyboard.read }
        var signalDescriptor: Int32 { signals.read }
        var utf8: Bool { true }
        var hungUp: Bool { false }
        func handleSignals() -> (resized: Bool, quit: Bool) { (false, false) }

        func draw(_ grid: Grid) {
            frames.append(grid.text)
            if grid.text.contains(quitOn) && !grid.text.contains(Word.previewShown.text(.en)) { _ = write(keyboard.write, "q", 1) }
        }

        func readKeys() -> [Key] {
            var byte: UInt8 = 0
            var keys: [Key] = []
            while read(keyboard.read, &byte, 1) == 1 { keys.append(.character(Character(Unicode.Scalar(byte)))) }
            return keys
        }

        func bell() {}
        func copy(_ text: String) {}
        func use(_ theme: Theme) {}
        func reportMouse(_ on: Bool) {}
        func close() {}
    }

    static let open = #"{"id":"o-1","ts":"2030-01-01T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"thalia-1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2030-01-01T17:00:00+08:00","manifest":100}"#
    static func check(_ n: Int) -> String {
        #"{"id":"c-\#(n)","ts":"2030-01-01T09:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-1","passenger":"p\#(n)","doc":"ktp","result":"cleared"}"#
    }

    func run(_ dir: TempDirectory, quitOn: String) throws -> [String] {
        var app = DashboardApp(arguments: [dir.file("ops.jsonl")], themeChoice: nil, themesDirectory: dir.file("themes"), ascii: false, colour: false,
                               forcePolling: false, language: .en, zone: .wita, writer: nil, operationTemplate: nil)
        app.checkpointFolder = dir.file("cache")
        let terminal = RecordingTerminal(quitOn: quitOn)
        try app.run { _ in terminal }
        return terminal.frames
    }

    @Test func theFirstFrameFromACheckpointIsItsPreviewThenTheWholeFold() throws {
        let dir = TempDirectory()
        dir.write("ops.jsonl", ([Self.open] + (0..<3).map(Self.check)).joined(separator: "\n") + "\n")
        // No checkpoint yet: every frame is the fold's (and the exit writes the checkpoint).
        let first = try run(dir, quitOn: "3/100")
        #expect(!first.isEmpty && !first.contains { $0.contains(Word.previewShown.text(.en)) }, "\(first.last ?? "")")

        dir.append("ops.jsonl", Self.check(3) + "\n")
        let second = try run(dir, quitOn: "4/100")
        let preview = try #require(second.first)
        #expect(preview.contains(Word.previewShown.text(.en)), "\(preview)")
        #expect(preview.contains("KM. Thalia") && preview.contains("3/100"), "as the checkpoint had it: \(preview)")
        // Then the line written since, in the preview while the checkpoint is read.
        #expect(second.contains { $0.contains(Word.previewShown.text(.en)) && $0.contains("4/100") }, "\(second)")
        let whole = try #require(second.last)
        #expect(whole.contains("4/100") && !whole.contains(Word.previewShown.text(.en)), "\(whole)")
    }
}
