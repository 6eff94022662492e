import Crypto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The running hash of an event file (docs/event-format.md, "Integrity"): `h0` is the SHA-256 of
/// no bytes; line `n`'s hash is the SHA-256 of `h(n-1)` as 64 lower-case hex digits followed by
/// the line's bytes exactly as they stand between the two `\n` (`\r` and a byte-order mark
/// included). A value type without allocation: a verifier makes one per line.
public struct RunningHash: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The digest as 64 lower-case hex digits (ASCII): the form the next line's hash takes in,
    /// and the form `prev` is compared in, so no line needs converting back and forth.
    private var digits: SIMD64<UInt8>

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    init(_ digest: SHA256.Digest) {
        var digits = SIMD64<UInt8>()
        digest.withUnsafeBytes { bytes in
            withUnsafeMutableBytes(of: &digits) { out in
                Self.hexDigits.withUnsafeBufferPointer { table in
                    for i in 0..<32 {
                        out[2 * i] = table[Int(bytes[i] >> 4)]
                        out[2 * i + 1] = table[Int(bytes[i] & 0x0F)]
                    }
                }
            }
        }
        self.digits = digits
    }

    /// `h0`, the hash before the first line.
    public static let initial = RunningHash(SHA256().finalize())

    /// From 64 lower-case hex digits (the only form the chain uses); nil otherwise.
    public init?(hex text: some StringProtocol) {
        var text = String(text)
        guard let parsed = text.withUTF8({ RunningHash(hexBytes: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = parsed
    }

    /// From exactly 64 lower-case hex digits as ASCII bytes; nil otherwise.
    init?(hexBytes bytes: UnsafeRawBufferPointer) {
        guard Self.isLowerHex(bytes) else { return nil }
        digits = bytes.loadUnaligned(as: SIMD64<UInt8>.self)
    }

    /// Whether `bytes` are 64 lower-case hex digits.
    static func isLowerHex(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count == 64 && bytes.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Whether `bytes` are exactly these 64 digits.
    func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count == 64 && withHex { memcmp($0.baseAddress!, bytes.baseAddress!, 64) == 0 }
    }

    /// Calls `body` with the 64 hex digits as ASCII bytes.
    func withHex<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: digits, body)
    }

    /// The 64 lower-case hex digits.
    public var hex: String { withHex { String(decoding: $0, as: UTF8.self) } }

    public var description: String { hex }

    /// The hash after one more line of `bytes` (without its `\n`).
    public func adding(line bytes: UnsafeRawBufferPointer) -> RunningHash {
        var hasher = LineHasher(after: self)
        hasher.add(bytes)
        return hasher.finish()
    }

    public func adding(line bytes: [UInt8]) -> RunningHash {
        bytes.withUnsafeBytes { adding(line: $0) }
    }
}

/// One line's hash taken piece by piece, for a line that arrives across reads.
struct LineHasher {
    private var hasher = SHA256()

    init(after previous: RunningHash) {
        previous.withHex { hasher.update(bufferPointer: $0) }
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        if !bytes.isEmpty { hasher.update(bufferPointer: bytes) }
    }

    func finish() -> RunningHash { RunningHash(hasher.finalize()) }
}
