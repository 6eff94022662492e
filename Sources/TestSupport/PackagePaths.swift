import Foundation

/// Where the package's own files are, for tests that read sample data, fixtures and golden files
/// from the source tree (this file is `Sources/TestSupport/PackagePaths.swift`).
public enum PackagePaths {
    public static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    public static var sampleData: String { root + "/sample-data" }
    public static var conformance: String { root + "/Tests/BorderOpsTests/Fixtures/conformance" }
}
