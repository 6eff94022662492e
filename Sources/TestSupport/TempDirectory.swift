import Foundation

/// A fresh directory for one test, removed afterwards (every test target's).
public final class TempDirectory: Sendable {
    public let path: String

    public init() {
        path = NSTemporaryDirectory() + "borderdesk-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }

    public func write(_ name: String, _ text: String) {
        _ = FileManager.default.createFile(atPath: file(name), contents: Data(text.utf8))
    }

    /// Appends with a plain write, as a foreign writer would (no lock, possibly half a line).
    public func append(_ name: String, _ text: String) {
        let handle = FileHandle(forWritingAtPath: file(name))!
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try! handle.close()
    }
}
