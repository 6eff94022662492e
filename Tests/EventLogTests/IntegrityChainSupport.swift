import Crypto
@testable import EventLog
import Foundation
import TestSupport
import Testing

/// The running hash, as the spec defines it, computed the plain way: the whole file split at
/// `\n`, each line hashed after the previous hash's hex digits. The reference the streaming
/// code is checked against.
enum ReferenceChain {
    static let h0 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    static func hashes(_ file: [UInt8]) -> [String] {
        var out = [h0]
        var lines = file.split(separator: 0x0A, omittingEmptySubsequences: false)
        lines.removeLast()  // after the last `\n`: an incomplete line, or nothing
        for line in lines {
            let digest = SHA256.hash(data: Array(out.last!.utf8) + Array(line))
            out.append(digest.map { String(format: "%02x", $0) }.joined())
        }
        return out
    }
}

/// Reads a whole file (tests only: the code under test never does).
func bytes(of path: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: path) ?? Data())
}

/// The verify core over bytes in memory, fed in chunks of `chunk` bytes.
func chain(_ file: [UInt8], chunk: Int = 1 << 20, pinning: [Int] = []) -> FileChain {
    var chain = FileChain(pinning: pinning)
    file.withUnsafeBytes { all in
        var offset = 0
        while offset < all.count {
            let end = min(all.count, offset + chunk)
            chain.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end]))
            offset = end
        }
    }
    return chain
}

/// `{"id":"N",...}` lines as a writer without `prev` makes them.
func event(_ id: String, note: String = "x") -> String {
    #"{"id":"\#(id)","ts":"2024-11-20T13:00:00+08:00","type":"op.phase","post":"nunukan","op":"op1","phase":"briefing","note":"\#(note)"}"#
}

/// Appends lines the way Borderdesk does: each given `prev` under the lock.
@discardableResult
func appendChained(_ lines: [String], to path: String) throws -> EventAppender.Appended {
    try EventAppender.appendChained(count: lines.count, to: path) { index, prev in
        String(lines[index].dropLast()) + #","prev":"\#(prev)"}"#
    }
}

/// The `prev` a line carries, read the plain way.
func prevOf(_ line: some StringProtocol) -> String? {
    guard let range = line.range(of: #""prev":""#) else { return nil }
    return String(line[range.upperBound...].prefix(64))
}
