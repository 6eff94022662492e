import Foundation

/// Runs the built `borderdesk` binary (next to the test bundle in the build folder).
enum Borderdesk {
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("borderdesk").path
    }

    static var packageRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    static var conformanceDirectory: String { packageRoot + "/Tests/BorderOpsTests/Fixtures/conformance" }

    typealias Result = Spawn.Result

    static func run(_ arguments: [String], stdin: String? = nil, in directory: String? = nil) throws -> Result {
        try Spawn.run([binary] + arguments, stdin: stdin, directory: directory)
    }
}

final class TempDirectory {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "borderdesk-cli-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
    func file(_ name: String) -> String { path + "/" + name }
}
