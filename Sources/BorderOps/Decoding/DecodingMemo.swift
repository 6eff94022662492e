/// What one decoding thread remembers from line to line: the post and the voyage of the line
/// before. A post's log repeats both for hundreds of lines, and comparing the bytes with the
/// previous line's costs a fraction of making the string again (Swift validates and copies
/// every new string). Only these two fields: a memo for fields that change on every line
/// (ids, passengers, the officer) cost more than it saved. One memo per thread.
package final class DecodingMemo {
    /// A field's previous value: its length (-1: none yet), its bytes as two zero-padded
    /// words (values of at most 16 bytes), and the string made from them.
    struct Entry {
        var length = -1
        var words: (UInt64, UInt64) = (0, 0)
        var string = ""
    }

    /// The post's entry, then the voyage's. Behind a pointer rather than in stored properties:
    /// changing a class's stored property checks for overlapping access at run time, on
    /// every line.
    let entries: UnsafeMutablePointer<Entry>

    package init() {
        entries = .allocate(capacity: 2)
        entries.initialize(repeating: Entry(), count: 2)
    }

    deinit {
        entries.deinitialize(count: 2)
        entries.deallocate()
    }

    /// The string of `value` (a range of `line`), from `entry` when the bytes are the same.
    @inline(__always)
    static func string(_ value: UnsafeRawBufferPointer, in line: UnsafeRawBufferPointer, entry: inout Entry) -> String {
        let n = value.count
        guard n <= 16, let start = value.baseAddress, let lineStart = line.baseAddress else {
            return String(decoding: value, as: UTF8.self)
        }
        let words = Self.words(start, n, readable: lineStart.distance(to: start) &+ 16 <= line.count)
        if entry.length == n && entry.words == words { return entry.string }
        let made = String(decoding: value, as: UTF8.self)
        entry = Entry(length: n, words: words, string: made)
        return made
    }

    /// Up to 16 bytes as two little-endian words, zero-padded: two loads and masks when the
    /// 16 bytes from `p` are inside the line, else byte by byte.
    @inline(__always)
    private static func words(_ p: UnsafeRawPointer, _ n: Int, readable: Bool) -> (UInt64, UInt64) {
        if readable {
            // Little-endian order on every machine, as the byte-by-byte path builds them.
            let a = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
            let b = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            return (a & mask(n), b & mask(n &- 8))
        }
        var a: UInt64 = 0
        var b: UInt64 = 0
        for i in 0..<n {
            let byte = UInt64(p.load(fromByteOffset: i, as: UInt8.self))
            if i < 8 { a |= byte << UInt64(i &* 8) } else { b |= byte << UInt64((i &- 8) &* 8) }
        }
        return (a, b)
    }

    /// The low `count` bytes of a word (all for 8 or more, none for 0 or less).
    @inline(__always)
    private static func mask(_ count: Int) -> UInt64 {
        count >= 8 ? ~0 : count <= 0 ? 0 : (1 << UInt64(count &* 8)) &- 1
    }
}
