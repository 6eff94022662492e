import Foundation

/// Compares text with a golden file; with UPDATE_GOLDEN=1 in the environment the file is
/// (re)written instead, to be reviewed in the diff. The second value explains a mismatch.
public func matchesGoldenFile(_ text: String, at path: String) -> (Bool, String) {
    let name = URL(fileURLWithPath: path).lastPathComponent
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return (true, "")
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        return (false, "no golden file \(name) (run with UPDATE_GOLDEN=1)\n\(text)")
    }
    return (expected == text, "--- expected \(name)\n\(expected)\n--- got\n\(text)")
}
