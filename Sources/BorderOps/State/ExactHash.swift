/// A fast seeded hash of a string's exact bytes, for the fold's own tables (`ExactKeyTable`).
/// Swift's `Hasher` (SipHash) costs about 30 ns for a short id, as much as the rest of a
/// passenger check's fold; this costs a few. Word-at-a-time mixing with full 64×64→128-bit
/// multiplies (the wyhash construction), keyed by a per-process random seed so that the table
/// layout cannot be predicted from outside.
enum ExactHash {
    private static let seed: (UInt64, UInt64) = (.random(in: .min ... .max), .random(in: .min ... .max))

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
        let (k0, k1) = seed
        let count = bytes.count
        var h = mix(UInt64(truncatingIfNeeded: count) ^ k0, 0xA076_1D64_78BD_642F ^ k1)
        var i = 0
        while i + 16 <= count {
            let a = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let b = bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            h = mix(a ^ k0 ^ h, b ^ 0xE703_7ED1_A0B4_28DB)
            i += 16
        }
        // The last 1 to 15 bytes, zero-padded; the length is already in `h`.
        var a: UInt64 = 0
        var b: UInt64 = 0
        var shift: UInt64 = 0
        while i < count && shift < 64 {
            a |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        shift = 0
        while i < count {
            b |= UInt64(bytes[i]) << shift
            shift += 8
            i += 1
        }
        h = mix(a ^ k1 ^ h, b ^ 0x8EBC_6AF0_9C88_C6E3)
        return Int(truncatingIfNeeded: mix(h ^ k0, 0x5899_65CC_7537_4CC3))
    }

    static func hash(_ string: String) -> Int {
        if let h = string.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) { return h }
        var copy = string
        return copy.withUTF8 { hash(UnsafeRawBufferPointer($0)) }
    }
}
