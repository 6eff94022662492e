import Crypto

/// The running hash of an event file (docs/event-format.md, "Integrity"): `h0` is the SHA-256 of
/// no bytes; line `n`'s hash is the SHA-256 of `h(n-1)` as 64 lower-case hex digits followed by
/// the line's bytes exactly as they stand between the two `\n` (`\r` and a byte-order mark
/// included). A value type without allocation: a verifier makes one per line.
public struct RunningHash: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes of the digest.
    var digest: SIMD32<UInt8>

    init(digest: SIMD32<UInt8>) { self.digest = digest }

    init(_ digest: SHA256.Digest) {
        self.digest = digest.withUnsafeBytes { $0.loadUnaligned(as: SIMD32<UInt8>.self) }
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
        guard bytes.count == 64 else { return nil }
        var digest = SIMD32<UInt8>()
        for i in 0..<32 {
            guard let high = Self.nibble(bytes[2 * i]), let low = Self.nibble(bytes[2 * i + 1]) else { return nil }
            digest[i] = high << 4 | low
        }
        self.digest = digest
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    /// Calls `body` with the 64 hex digits as ASCII bytes (on the stack).
    func withHex<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { hex in
            Self.digits.withUnsafeBufferPointer { digits in
                for i in 0..<32 {
                    hex[2 * i] = digits[Int(digest[i] >> 4)]
                    hex[2 * i + 1] = digits[Int(digest[i] & 0x0F)]
                }
            }
            return try body(UnsafeRawBufferPointer(hex))
        }
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
