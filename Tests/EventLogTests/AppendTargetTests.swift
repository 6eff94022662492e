@testable import EventLog
import Foundation
import TestSupport
import Testing

/// What an append meets besides a healthy regular file: a named pipe, a failing fsync.
@Suite struct AppendTargetTests {
    /// A reader on the pipe makes the write go through, and fsync then fails: the event went to
    /// the reader, yet the caller was told "not appended" and `r` would send it again.
    @Test func aNamedPipeIsRefusedBeforeAnythingIsWritten() throws {
        let dir = TempDirectory()
        let fifo = dir.file("pipe.jsonl")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        do {
            try EventAppender.append("{\"a\":1}", to: fifo)
            Issue.record("appended to a named pipe")
        } catch {
            #expect(error.description == "\(fifo): is a named pipe (FIFO), not a regular file")
        }
        var byte: UInt8 = 0
        #expect(read(reader, &byte, 1) <= 0, "nothing reached the pipe")
    }

    /// fsync failing after a complete write: the event is in the file, so it must not be
    /// reported as not appended (a retry would write it twice).
    @Test func aFailedFsyncAfterACompleteWriteIsNotAFailedAppend() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        do {
            let appended = try EventAppender.append("{\"a\":1}", to: path, sync: { _ in errno = EIO; return -1 })
            #expect(appended.notConfirmed == "fsync: Input/output error")
            #expect(!appended.endedTornLine)
        } catch {
            Issue.record("reported as not appended: \(error)")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n")
    }
}
