/// The fast path: one pass over a line holding a flat JSON object whose values are plain
/// strings (no backslash escapes), integers, `true`, `false` or `null`, the shape of nearly every
/// event. Nothing is allocated; fields are byte ranges into the line. Any other shape, and any
/// syntax error, returns nil so that the strict parser decides (and explains) instead.
public struct FlatObject {
    public enum Kind: UInt8 { case string, integer, trueValue, falseValue, null }

    public struct Field {
        @usableFromInline var keyStart: Int32
        @usableFromInline var keyEnd: Int32
        @usableFromInline var valueStart: Int32
        @usableFromInline var valueEnd: Int32
        public var kind: Kind
        /// Length, first and last byte of the key: most lookups are settled by comparing it.
        @usableFromInline var keySignature: UInt32 = 0
    }

    @inlinable @inline(__always)
    static func signature(_ key: UnsafePointer<UInt8>, _ count: Int) -> UInt32 {
        count == 0 ? 0 : UInt32(truncatingIfNeeded: count) << 16 | UInt32(key[0]) << 8 | UInt32(key[count - 1])
    }

    @usableFromInline static let capacity = 24
    /// Slots of the key index: a power of two well above `capacity`, so probes stay short.
    @usableFromInline static let indexSlots = 64

    /// Caller-provided scratch space (stack memory from `withScratch`), so scanning copies
    /// nothing: the fields, and an index from a key's signature to its field, so that the
    /// duplicate-key check and every lookup cost one or two probes instead of a walk over all
    /// the fields.
    public struct Scratch {
        @usableFromInline var fields: UnsafeMutableBufferPointer<Field>
        /// Field position + 1 at the slot of its key's signature (linear probing); 0 is empty.
        @usableFromInline var index: UnsafeMutableBufferPointer<UInt8>

        @inlinable init(fields: UnsafeMutableBufferPointer<Field>, index: UnsafeMutableBufferPointer<UInt8>) {
            self.fields = fields
            self.index = index
        }
    }

    public let bytes: UnsafeRawBufferPointer
    @usableFromInline let storage: UnsafeMutableBufferPointer<Field>
    @usableFromInline let index: UnsafeMutableBufferPointer<UInt8>
    public private(set) var count = 0
    /// Every byte of every string was ASCII, so the whole line was: the scanner takes no other
    /// byte outside strings. Such a line needs no UTF-8 validation.
    public private(set) var isASCII = false

    private init(bytes: UnsafeRawBufferPointer, scratch: Scratch) {
        self.bytes = bytes
        self.storage = scratch.fields
        self.index = scratch.index
    }

    /// Runs `body` with scratch space for one scan.
    @inlinable
    public static func withScratch<R>(_ body: (Scratch) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Field.self, capacity: capacity) { fields in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: indexSlots) { index in
                body(Scratch(fields: fields, index: index))
            }
        }
    }

    public func field(at i: Int) -> Field { storage[i] }

    @inlinable @inline(__always)
    static func slot(_ signature: UInt32) -> Int {
        Int(truncatingIfNeeded: (signature &* 0x9E37_79B1) >> 26)  // top 6 bits: 0..<64
    }

    /// Adds a field unless its key is already there (then false: the line has a duplicate key).
    private mutating func append(_ f: Field, line: UnsafePointer<UInt8>) -> Bool {
        var slot = Self.slot(f.keySignature)
        let keyLength = Int(f.keyEnd - f.keyStart)
        while index[slot] != 0 {
            let other = storage[Int(index[slot]) - 1]
            if other.keySignature == f.keySignature, Self.same(line + Int(other.keyStart), line + Int(f.keyStart), keyLength) {
                return false
            }
            slot = (slot + 1) & (Self.indexSlots - 1)
        }
        storage[count] = f
        count += 1
        index[slot] = UInt8(truncatingIfNeeded: count)
        return true
    }

    /// The field named `name`, if present. Inlined so that a literal name's signature and slot
    /// are worked out at compile time.
    @inlinable @inline(__always)
    public func find(_ name: StaticString) -> Field? {
        let n = name.utf8CodeUnitCount
        let key = name.utf8Start
        let wanted = Self.signature(key, n)
        let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var slot = Self.slot(wanted)
        while index[slot] != 0 {
            let f = storage[Int(index[slot]) - 1]
            // The signature keeps only 16 bits of the length: a key of 65,538 bytes can share
            // `"id"`'s, so the length is compared in full.
            if f.keySignature == wanted && Int(f.keyEnd &- f.keyStart) == n && Self.same(base + Int(f.keyStart), key, n) { return f }
            slot = (slot + 1) & (Self.indexSlots - 1)
        }
        return nil
    }

    /// Short byte comparison inline: keys are a few bytes, a `memcmp` call costs more.
    @inlinable @inline(__always)
    public static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0
        while k < n {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    @inlinable
    public func string(of f: Field) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(f.valueStart)..<Int(f.valueEnd)]), as: UTF8.self)
    }

    @inlinable
    public func value(of f: Field) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[Int(f.valueStart)..<Int(f.valueEnd)])
    }

    public static func scan(_ bytes: UnsafeRawBufferPointer, scratch: Scratch) -> FlatObject? {
        guard let raw = bytes.baseAddress else { return nil }
        // Eight stores rather than a call to memset for 64 bytes.
        let index = UnsafeMutableRawPointer(scratch.index.baseAddress!)
        for word in 0..<(indexSlots / 8) { index.storeBytes(of: 0, toByteOffset: word &* 8, as: UInt64.self) }
        var object = FlatObject(bytes: bytes, scratch: scratch)
        let p = raw.assumingMemoryBound(to: UInt8.self)
        let n = bytes.count
        let quote = UInt8(ascii: "\"")
        var stringBits: UInt64 = 0
        var i = skipSpace(p, 0, n)
        guard i < n, p[i] == UInt8(ascii: "{") else { return nil }
        i = skipSpace(p, i &+ 1, n)
        guard i < n, p[i] != UInt8(ascii: "}") else { return nil }  // `{}`: the strict path explains
        while true {
            if i < n && p[i] != quote { i = skipSpace(p, i, n) }
            guard i < n, p[i] == quote else { return nil }
            let ks = i &+ 1
            let ke = stringEnd(p, ks, n, &stringBits)
            guard ke >= 0 else { return nil }
            i = ke &+ 1
            if i < n && p[i] != UInt8(ascii: ":") { i = skipSpace(p, i, n) }
            guard i < n, p[i] == UInt8(ascii: ":") else { return nil }
            i = skipSpace(p, i &+ 1, n)
            guard i < n else { return nil }
            let first = p[i]
            let vs: Int, ve: Int, kind: Kind
            switch first {
            case quote:
                vs = i &+ 1
                ve = stringEnd(p, vs, n, &stringBits)
                guard ve >= 0 else { return nil }
                i = ve &+ 1
                kind = .string
            case UInt8(ascii: "-"), 0x30...0x39:
                vs = i
                ve = integerEnd(p, i, n)
                guard ve >= 0 else { return nil }
                i = ve
                kind = .integer
            case UInt8(ascii: "t"):
                guard i &+ 4 <= n, same(p + i, ("true" as StaticString).utf8Start, 4) else { return nil }
                (vs, ve, kind) = (i, i &+ 4, .trueValue)
                i = ve
            case UInt8(ascii: "f"):
                guard i &+ 5 <= n, same(p + i, ("false" as StaticString).utf8Start, 5) else { return nil }
                (vs, ve, kind) = (i, i &+ 5, .falseValue)
                i = ve
            case UInt8(ascii: "n"):
                guard i &+ 4 <= n, same(p + i, ("null" as StaticString).utf8Start, 4) else { return nil }
                (vs, ve, kind) = (i, i &+ 4, .null)
                i = ve
            default:
                return nil  // arrays, objects, anything odd
            }
            // Offsets fit: a line over 1 MiB never reaches the scanner (`LineDecoder`).
            let field = Field(keyStart: Int32(truncatingIfNeeded: ks), keyEnd: Int32(truncatingIfNeeded: ke),
                              valueStart: Int32(truncatingIfNeeded: vs), valueEnd: Int32(truncatingIfNeeded: ve),
                              kind: kind, keySignature: signature(p + ks, ke &- ks))
            // Duplicate keys make a line malformed; the strict path says which key.
            guard object.count < scratch.fields.count, object.append(field, line: p) else { return nil }
            if i < n && p[i] == UInt8(ascii: ",") {
                i &+= 1
                continue
            }
            i = skipSpace(p, i, n)
            guard i < n else { return nil }
            if p[i] == UInt8(ascii: ",") {
                i &+= 1
                continue
            }
            guard p[i] == UInt8(ascii: "}") else { return nil }
            guard skipSpace(p, i &+ 1, n) == n else { return nil }
            object.isASCII = stringBits & 0x8080_8080_8080_8080 == 0
            return object
        }
    }

    /// Past the JSON white space from `i`. Positions never come near overflow (a line is at
    /// most 1 MiB), so they move with wrapping arithmetic.
    @inline(__always)
    private static func skipSpace(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        while i < n {
            let b = p[i]
            guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return i }
            i &+= 1
        }
        return i
    }

    /// Where the string whose content starts at `start` ends (its closing quote), or -1 when it
    /// has an escape or a raw control byte (the strict path's business) or no end. The bytes
    /// read are ORed into `bits` (a high bit then means: not ASCII).
    @inline(__always)
    private static func stringEnd(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int, _ bits: inout UInt64) -> Int {
        var i = start
        // Eight bytes at a time: the first quote, backslash or control byte. The lowest flagged
        // byte of each test is exact, so the lowest of all three is the first special byte.
        while i &+ 8 <= n {
            let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
            bits |= w
            let special = zeroByte(w ^ 0x2222_2222_2222_2222) | zeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C)
                | (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
            if special != 0 {
                let at = i &+ (special.littleEndian.trailingZeroBitCount &>> 3)
                return p[at] == UInt8(ascii: "\"") ? at : -1
            }
            i &+= 8
        }
        while i < n {
            let b = p[i]
            bits |= UInt64(b)
            if b == UInt8(ascii: "\"") { return i }
            if b == UInt8(ascii: "\\") || b < 0x20 { return -1 }
            i &+= 1
        }
        return -1
    }

    /// High bit set in the lowest zero byte of `v` (exact for the lowest one, which is all
    /// the caller uses).
    @inline(__always)
    private static func zeroByte(_ v: UInt64) -> UInt64 {
        (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
    }

    /// The end of `-?(0|[1-9][0-9]*)` from `start`, or -1; a fraction or exponent after it goes
    /// the strict way (-1 too).
    @inline(__always)
    private static func integerEnd(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        if p[i] == UInt8(ascii: "-") { i &+= 1 }
        let digits = i
        while i < n && p[i] >= 0x30 && p[i] <= 0x39 { i &+= 1 }
        let count = i &- digits
        guard count > 0, !(count > 1 && p[digits] == 0x30) else { return -1 }
        if i < n, p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") { return -1 }
        return i
    }
}
