@testable import EventLog
import Foundation
import TestSupport
import Testing

/// Writing a report file: replaced whole, only over a regular file.
@Suite struct ReportFileTests {
    @Test func aRegularFileIsReplacedAndAnythingElseRefused() throws {
        let dir = TempDirectory()
        let path = dir.file("r.html")
        #expect(try ReportFile.save("one", to: path) == false)
        #expect(try ReportFile.save("two", to: path) == true)
        #expect(String(decoding: bytes(of: path), as: UTF8.self) == "two")
        do {
            try ReportFile.save("x", to: dir.path)
            Issue.record("a directory was replaced")
        } catch {
            #expect(error.message == "cannot write \(dir.path): it is a directory, not a regular file; not replaced")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["r.html"])
    }
}
