/// The fast path: one pass over a line holding a flat JSON object whose values are plain
/// strings (no backslash escapes), integers, `true`, `false` or `null`, the shape of nearly every
/// event. Nothing is allocated; fields are byte ranges into the line. Any other shape, and any
/// syntax error, returns nil so that the strict parser decides (and explains) instead.
struct FlatObject {
    enum Kind: UInt8 { case string, integer, trueValue, falseValue, null }

    struct Field {
        var keyStart: Int32
        var keyEnd: Int32
        var valueStart: Int32
        var valueEnd: Int32
        var kind: Kind
        /// Length, first and last byte of the key: most lookups are settled by comparing it.
        var keySignature: UInt32 = 0
    }

    @inline(__always)
    static func signature(_ key: UnsafePointer<UInt8>, _ count: Int) -> UInt32 {
        count == 0 ? 0 : UInt32(truncatingIfNeeded: count) << 16 | UInt32(key[0]) << 8 | UInt32(key[count - 1])
    }

    static let capacity = 24
    /// Slots of the key index: a power of two well above `capacity`, so probes stay short.
    static let indexSlots = 64

    /// Caller-provided scratch space (stack memory from `withScratch`), so scanning copies
    /// nothing: the fields, and an index from a key's signature to its field, so that the
    /// duplicate-key check and every lookup cost one or two probes instead of a walk over all
    /// the fields.
    struct Scratch {
        var fields: UnsafeMutableBufferPointer<Field>
        /// Field position + 1 at the slot of its key's signature (linear probing); 0 is empty.
        var index: UnsafeMutableBufferPointer<UInt8>
    }

    let bytes: UnsafeRawBufferPointer
    private let storage: UnsafeMutableBufferPointer<Field>
    private let index: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    /// Every byte of every string was ASCII, so the whole line was: the scanner takes no other
    /// byte outside strings. Such a line needs no UTF-8 validation.
    private(set) var isASCII = false

    private init(bytes: UnsafeRawBufferPointer, scratch: Scratch) {
        self.bytes = bytes
        self.storage = scratch.fields
        self.index = scratch.index
    }

    /// Runs `body` with scratch space for one scan.
    static func withScratch<R>(_ body: (Scratch) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Field.self, capacity: capacity) { fields in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: indexSlots) { index in
                body(Scratch(fields: fields, index: index))
            }
        }
    }

    func field(at i: Int) -> Field { storage[i] }

    @inline(__always)
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
    @inline(__always)
    func find(_ name: StaticString) -> Field? {
        let n = name.utf8CodeUnitCount
        let key = name.utf8Start
        let wanted = Self.signature(key, n)
        let base = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
        var slot = Self.slot(wanted)
        while index[slot] != 0 {
            let f = storage[Int(index[slot]) - 1]
            if f.keySignature == wanted && Self.same(base + Int(f.keyStart), key, n) { return f }
            slot = (slot + 1) & (Self.indexSlots - 1)
        }
        return nil
    }

    /// Short byte comparison inline: keys are a few bytes, a `memcmp` call costs more.
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var k = 0
        while k < n {
            if a[k] != b[k] { return false }
            k += 1
        }
        return true
    }

    func string(of f: Field) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(f.valueStart)..<Int(f.valueEnd)]), as: UTF8.self)
    }

    func value(of f: Field) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[Int(f.valueStart)..<Int(f.valueEnd)])
    }

    static func scan(_ bytes: UnsafeRawBufferPointer, scratch: Scratch) -> FlatObject? {
        guard let raw = bytes.baseAddress else { return nil }
        // Eight stores rather than a call to memset for 64 bytes.
        let index = UnsafeMutableRawPointer(scratch.index.baseAddress!)
        for word in 0..<(indexSlots / 8) { index.storeBytes(of: 0, toByteOffset: word &* 8, as: UInt64.self) }
        var object = FlatObject(bytes: bytes, scratch: scratch)
        var cursor = Cursor(p: raw.assumingMemoryBound(to: UInt8.self), n: bytes.count)
        cursor.skipSpace()
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        cursor.skipSpace()
        if cursor.peek == UInt8(ascii: "}") { return nil }  // `{}`: the strict path explains
        while true {
            cursor.skipSpace()
            guard let (ks, ke) = cursor.plainString() else { return nil }
            cursor.skipSpace()
            guard cursor.take(UInt8(ascii: ":")) else { return nil }
            cursor.skipSpace()
            let keySignature = signature(cursor.p + ks, ke - ks)
            // Offsets fit: a line over 1 MiB never reaches the scanner (`LineDecoder`).
            var field = Field(keyStart: Int32(truncatingIfNeeded: ks), keyEnd: Int32(truncatingIfNeeded: ke), valueStart: 0, valueEnd: 0, kind: .null, keySignature: keySignature)
            switch cursor.peek {
            case UInt8(ascii: "\""):
                guard let (vs, ve) = cursor.plainString() else { return nil }
                field.valueStart = Int32(truncatingIfNeeded: vs); field.valueEnd = Int32(truncatingIfNeeded: ve); field.kind = .string
            case UInt8(ascii: "-"), 0x30...0x39:
                guard let (vs, ve) = cursor.integer() else { return nil }
                field.valueStart = Int32(truncatingIfNeeded: vs); field.valueEnd = Int32(truncatingIfNeeded: ve); field.kind = .integer
            case UInt8(ascii: "t"):
                guard let (vs, ve) = cursor.literal("true") else { return nil }
                field.valueStart = Int32(truncatingIfNeeded: vs); field.valueEnd = Int32(truncatingIfNeeded: ve); field.kind = .trueValue
            case UInt8(ascii: "f"):
                guard let (vs, ve) = cursor.literal("false") else { return nil }
                field.valueStart = Int32(truncatingIfNeeded: vs); field.valueEnd = Int32(truncatingIfNeeded: ve); field.kind = .falseValue
            case UInt8(ascii: "n"):
                guard let (vs, ve) = cursor.literal("null") else { return nil }
                field.valueStart = Int32(truncatingIfNeeded: vs); field.valueEnd = Int32(truncatingIfNeeded: ve); field.kind = .null
            default:
                return nil  // arrays, objects, anything odd
            }
            // Duplicate keys make a line malformed; the strict path says which key.
            guard object.count < scratch.fields.count, object.append(field, line: cursor.p) else { return nil }
            cursor.skipSpace()
            if cursor.take(UInt8(ascii: ",")) { continue }
            guard cursor.take(UInt8(ascii: "}")) else { return nil }
            cursor.skipSpace()
            guard cursor.atEnd else { return nil }
            object.isASCII = cursor.stringBits & 0x8080_8080_8080_8080 == 0
            return object
        }
    }

    /// A position in the line; every read is bounds-checked against `n` by hand.
    private struct Cursor {
        let p: UnsafePointer<UInt8>
        let n: Int
        var i = 0
        /// The bytes of every string read (and a few after them) ORed together: a high bit
        /// set means some byte was not ASCII.
        var stringBits: UInt64 = 0

        var atEnd: Bool { i >= n }
        var peek: UInt8 { i < n ? p[i] : 0 }

        @inline(__always) mutating func take(_ b: UInt8) -> Bool {
            guard i < n, p[i] == b else { return false }
            i &+= 1
            return true
        }

        @inline(__always) mutating func skipSpace() {
            while i < n {
                let b = p[i]
                guard b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A else { return }
                i &+= 1
            }
        }

        /// A string without escapes or raw control characters: its content range.
        @inline(__always) mutating func plainString() -> (Int, Int)? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = i
            // Eight bytes at a time: stop at the first quote, backslash or control byte.
            while i &+ 8 <= n {
                let w = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                stringBits |= w
                let special = Self.zeroByte(w ^ 0x2222_2222_2222_2222) | Self.zeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C)
                    | (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080
                if special == 0 {
                    i &+= 8
                } else {
                    i &+= special.littleEndian.trailingZeroBitCount &>> 3
                    break
                }
            }
            while i < n {
                let b = p[i]
                stringBits |= UInt64(b)
                if b == UInt8(ascii: "\"") {
                    i &+= 1
                    return (start, i &- 1)
                }
                if b == UInt8(ascii: "\\") || b < 0x20 { return nil }
                i &+= 1
            }
            return nil
        }

        /// High bit set in the lowest zero byte of `v` (exact for the lowest one, which is all
        /// the caller uses).
        @inline(__always) static func zeroByte(_ v: UInt64) -> UInt64 {
            (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080
        }

        /// `-?(0|[1-9][0-9]*)` not followed by a fraction or exponent (those go the strict way).
        @inline(__always) mutating func integer() -> (Int, Int)? {
            let start = i
            _ = take(UInt8(ascii: "-"))
            let digits = i
            while i < n && p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
            let count = i - digits
            guard count > 0, !(count > 1 && p[digits] == 0x30) else { return nil }
            let next = peek
            if next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") { return nil }
            return (start, i)
        }

        @inline(__always) mutating func literal(_ word: StaticString) -> (Int, Int)? {
            let count = word.utf8CodeUnitCount
            guard i + count <= n, FlatObject.same(p + i, word.utf8Start, count) else { return nil }
            i += count
            return (i - count, i)
        }
    }
}
