import Foundation
import TestSupport

/// Runs the built `borderdesk` binary (next to the test bundle in the build folder).
enum Borderdesk {
    static var binary: String {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("borderdesk").path
    }

    static var packageRoot: String { PackagePaths.root }

    static var conformanceDirectory: String { PackagePaths.conformance }

    typealias Result = Spawn.Result

    static func run(_ arguments: [String], stdin: String? = nil, in directory: String? = nil) throws -> Result {
        try Spawn.run([binary] + arguments, stdin: stdin, directory: directory)
    }
}
