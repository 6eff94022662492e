#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    }

    static let capacity = 24

    let bytes: UnsafeRawBufferPointer
    /// Caller-provided scratch space (stack memory from `withScratch`), so scanning copies nothing.
    private let storage: UnsafeMutableBufferPointer<Field>
    private(set) var count = 0

    private init(bytes: UnsafeRawBufferPointer, storage: UnsafeMutableBufferPointer<Field>) {
        self.bytes = bytes
        self.storage = storage
    }

    /// Runs `body` with scratch space for one scan.
    static func withScratch<R>(_ body: (UnsafeMutableBufferPointer<Field>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Field.self, capacity: capacity, body)
    }

    func field(at i: Int) -> Field { storage[i] }

    private mutating func append(_ f: Field) {
        storage[count] = f
        count += 1
    }

    /// The field named `name`, if present.
    func find(_ name: StaticString) -> Field? {
        let n = name.utf8CodeUnitCount
        let p = name.utf8Start
        for i in 0..<count {
            let f = field(at: i)
            guard Int(f.keyEnd - f.keyStart) == n else { continue }
            if memcmp(bytes.baseAddress! + Int(f.keyStart), p, n) == 0 { return f }
        }
        return nil
    }

    func string(of f: Field) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[Int(f.valueStart)..<Int(f.valueEnd)]), as: UTF8.self)
    }

    func value(of f: Field) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[Int(f.valueStart)..<Int(f.valueEnd)])
    }

    static func scan(_ bytes: UnsafeRawBufferPointer, scratch: UnsafeMutableBufferPointer<Field>) -> FlatObject? {
        var object = FlatObject(bytes: bytes, storage: scratch)
        let n = bytes.count
        var i = 0
        @inline(__always) func skipSpace() {
            while i < n {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A { i += 1 } else { return }
            }
        }
        // A plain string: returns its content range, or nil on an escape or control character.
        @inline(__always) func plainString() -> (Int, Int)? {
            guard i < n, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            while i < n {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") { i += 1; return (start, i - 1) }
                if b == UInt8(ascii: "\\") || b < 0x20 { return nil }
                i += 1
            }
            return nil
        }
        skipSpace()
        guard i < n, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        skipSpace()
        if i < n && bytes[i] == UInt8(ascii: "}") { return nil }  // `{}`: the strict path explains
        while true {
            skipSpace()
            guard let (ks, ke) = plainString() else { return nil }
            skipSpace()
            guard i < n, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            var field = Field(keyStart: Int32(ks), keyEnd: Int32(ke), valueStart: 0, valueEnd: 0, kind: .null)
            switch bytes[i] {
            case UInt8(ascii: "\""):
                guard let (vs, ve) = plainString() else { return nil }
                field.valueStart = Int32(vs); field.valueEnd = Int32(ve); field.kind = .string
            case UInt8(ascii: "-"), 0x30...0x39:
                let start = i
                if bytes[i] == UInt8(ascii: "-") { i += 1 }
                let digitsStart = i
                while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
                let digitCount = i - digitsStart
                guard digitCount > 0, !(digitCount > 1 && bytes[digitsStart] == 0x30) else { return nil }
                // A fraction or exponent is left to the strict path.
                if i < n && (bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) { return nil }
                field.valueStart = Int32(start); field.valueEnd = Int32(i); field.kind = .integer
            case UInt8(ascii: "t"):
                guard matches("true", at: i, in: bytes) else { return nil }
                field.valueStart = Int32(i); i += 4; field.valueEnd = Int32(i); field.kind = .trueValue
            case UInt8(ascii: "f"):
                guard matches("false", at: i, in: bytes) else { return nil }
                field.valueStart = Int32(i); i += 5; field.valueEnd = Int32(i); field.kind = .falseValue
            case UInt8(ascii: "n"):
                guard matches("null", at: i, in: bytes) else { return nil }
                field.valueStart = Int32(i); i += 4; field.valueEnd = Int32(i); field.kind = .null
            default:
                return nil  // arrays, objects, anything odd
            }
            // Duplicate keys make a line malformed; the strict path says which key.
            let keyLength = ke - ks
            for k in 0..<object.count {
                let other = object.field(at: k)
                if Int(other.keyEnd - other.keyStart) == keyLength,
                   memcmp(bytes.baseAddress! + Int(other.keyStart), bytes.baseAddress! + ks, keyLength) == 0 {
                    return nil
                }
            }
            guard object.count < scratch.count else { return nil }
            object.append(field)
            skipSpace()
            guard i < n else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            guard bytes[i] == UInt8(ascii: "}") else { return nil }
            i += 1
            skipSpace()
            return i == n ? object : nil
        }
    }

    private static func matches(_ word: StaticString, at i: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return memcmp(bytes.baseAddress! + i, word.utf8Start, count) == 0
    }
}
