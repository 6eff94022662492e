import BorderOps
import EventLog
import Foundation
import JSON
import TestSupport

/// The conformance cases copied unchanged from `../shared/spec/conformance`.
enum Fixtures {
    static var conformanceDirectory: String {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/conformance").path
    }

    /// Case names: every `NAME.summary.json`.
    static var caseNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: conformanceDirectory)) ?? []
        return names.filter { $0.hasSuffix(".summary.json") }.map { String($0.dropLast(".summary.json".count)) }.sorted()
    }

    /// The source path of a case: a directory for `10-directory`, else `NAME.jsonl`.
    static func sourcePath(_ name: String) -> String {
        let dir = conformanceDirectory + "/" + name
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory), isDirectory.boolValue { return dir }
        return dir + ".jsonl"
    }

    static func expectedSummary(_ name: String) throws -> JSONValue {
        let text = try String(contentsOfFile: conformanceDirectory + "/\(name).summary.json", encoding: .utf8)
        return try StrictJSONParser.parse(text)
    }

    static func expectedBadLines(_ name: String) -> [Int]? {
        guard let text = try? String(contentsOfFile: conformanceDirectory + "/\(name).bad", encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    }
}

/// Reads sources to their end with the real reader and folds them.
func foldSources(_ paths: [String], path: DecodePath = .automatic) -> EventFold {
    foldWithReader(paths, decodePath: path)
}

/// Every complete line of a file, as the reader splits it.
func lines(ofFile path: String) -> [[UInt8]] {
    var out: [[UInt8]] = []
    EventSources(arguments: [path]).readAvailable { _, line in out.append(Array(line.bytes)) }
    return out
}

func decode(_ bytes: [UInt8], path: DecodePath) -> LineOutcome {
    bytes.withUnsafeBytes { LineDecoder.decode($0, path: path) }
}

extension JSONValue {
    /// Holds everything `expected` holds, objects allowed more keys (a summary may add keys to
    /// the spec's, and cases without corrections do not pin `events.voided`).
    func hasJSON(_ expected: JSONValue) -> Bool {
        switch (self, expected) {
        case (.object(let a), .object(let b)):
            return b.allSatisfy { member in
                a.first { $0.key == member.key }.map { $0.value.hasJSON(member.value) } ?? false
            }
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.hasJSON($1) }
        default:
            return self == expected
        }
    }
}
