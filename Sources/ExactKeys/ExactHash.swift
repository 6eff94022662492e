/// A fast seeded hash of a string's exact bytes, for the fold's own tables (`ExactKeyTable`).
/// Swift's `Hasher` (SipHash) costs about 30 ns for a short id, as much as the rest of a
/// passenger check's fold; this costs a few. Word-at-a-time mixing with full 64×64→128-bit
/// multiplies (the wyhash construction), keyed by a random seed so that the table layout cannot
/// be predicted from outside: the process's own, or (a table read back from a checkpoint, whose
/// layout is copied rather than built again) the one the table was built with.
@usableFromInline
enum ExactHash {
    @usableFromInline
    static let processSeed = ExactHashSeed(.random(in: .min ... .max), .random(in: .min ... .max))

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    // Neither is inlinable: called, they read `seed` inside this module, without the global's
    // accessor that an inlined copy pays on every call.
    @usableFromInline
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: ExactHashSeed) -> Int {
        let (k0, k1) = (seed.first, seed.second)
        let n = bytes.count
        var h = mix(UInt64(truncatingIfNeeded: n) ^ k0, 0xA076_1D64_78BD_642F ^ k1)
        // Two words that together hold every byte (overlapping when the text is shorter than
        // 16), as wyhash reads short inputs: ids and passenger refs are rarely longer.
        var a: UInt64 = 0
        var b: UInt64 = 0
        if n >= 8 {
            var i = 0
            while i &+ 16 < n {
                h = mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ k1,
                        bytes.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self) ^ h)
                i &+= 16
            }
            a = bytes.loadUnaligned(fromByteOffset: n >= 16 ? n &- 16 : 0, as: UInt64.self)
            b = bytes.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        } else if n >= 4 {
            a = UInt64(bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            b = UInt64(bytes.loadUnaligned(fromByteOffset: n &- 4, as: UInt32.self))
        } else if n > 0 {
            a = UInt64(bytes[0]) << 16 | UInt64(bytes[n >> 1]) << 8 | UInt64(bytes[n &- 1])
        }
        h = mix(a ^ k1 ^ h, b ^ 0x8EBC_6AF0_9C88_C6E3)
        return Int(truncatingIfNeeded: mix(h ^ k0, 0x5899_65CC_7537_4CC3))
    }

    @usableFromInline
    static func hash(_ string: String, seed: ExactHashSeed) -> Int {
        if let h = string.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0), seed: seed) }) { return h }
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), seed: seed) }
    }
}

/// The key of `ExactHash`: a table's, kept with it (and with its layout in a checkpoint).
public struct ExactHashSeed: Sendable, Equatable {
    public let first: UInt64
    public let second: UInt64

    public init(_ first: UInt64, _ second: UInt64) {
        self.first = first
        self.second = second
    }

    /// This process's: every table's unless it was read back with its own.
    public static var process: ExactHashSeed { ExactHash.processSeed }
}
