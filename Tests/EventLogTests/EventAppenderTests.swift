import EventLog
import Foundation
import TestSupport
import Testing

@Suite struct EventAppenderTests {
    @Test func createsFileWithMode0640AndAppendsWholeLines() throws {
        let dir = TempDirectory()
        let path = dir.file("ops.jsonl")
        try EventAppender.append("{\"a\":1}", to: path)
        try EventAppender.append("{\"a\":2}\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\":1}\n{\"a\":2}\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
    }

    @Test func endsATornLastLineFirst() throws {
        let dir = TempDirectory()
        dir.write("ops.jsonl", "{\"half\":")
        let appended = try EventAppender.append("{\"a\":1}", to: dir.file("ops.jsonl"))
        #expect(appended.endedTornLine && appended.notConfirmed == nil)
        #expect(try String(contentsOfFile: dir.file("ops.jsonl"), encoding: .utf8) == "{\"half\":\n{\"a\":1}\n")
    }

    @Test func failureNamesThePathAndTheReason() throws {
        let dir = TempDirectory()
        do {
            try EventAppender.append("{}", to: dir.path)  // a directory: refused even for root
            Issue.record("appended to a directory")
        } catch {
            #expect(error.description == "\(dir.path): Is a directory")
        }
        do {
            try EventAppender.append("{}", to: dir.file("missing/ops.jsonl"))
            Issue.record("appended into a missing directory")
        } catch {
            #expect(error.message == "No such file or directory")
        }
    }

    @Test func lockTimeoutIsReported() throws {
        let dir = TempDirectory()
        dir.write("ops.jsonl", "")
        let holder = open(dir.file("ops.jsonl"), O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        do {
            try EventAppender.append("{}", to: dir.file("ops.jsonl"), lockTimeoutMs: 50)
            Issue.record("append went ahead without the lock")
        } catch {
            #expect(error.message.contains("lock"))
        }
        #expect(try String(contentsOfFile: dir.file("ops.jsonl"), encoding: .utf8) == "")
    }
}
