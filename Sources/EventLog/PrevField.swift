import JSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a line's `prev` is, found by a structural scan of its bytes (no JSON model: EventLog knows bytes,
/// not events). Only a member of the outermost object counts: the text `"prev"` inside a string
/// value (`"note":"\"prev\":…"`) or inside a nested object is not it, while an escaped key
/// (`"pr\u0065v"`) is, as a JSON reader would see it. The scan checks nothing else of the line:
/// whether it is a valid event is the decoder's business, and a malformed line still counts in
/// the running hash.
enum PrevField: Equatable {
    /// No member named `prev` (or `"prev": null`, an optional field left empty), or not an object.
    case absent
    /// A string value without escapes: where its contents stand in the line (compared as they
    /// are, so a line costs no conversion).
    case text(Range<Int>)
    /// A string value with escapes, undone (at most 64 bytes kept: a longer one is not a hash).
    case unescaped([UInt8])
    /// A `prev` that is not a string, or two of them: a broken link.
    case invalid(ChainBreakReason)

    static let notHex = ChainBreakReason.notHex

    /// The `prev` of one line: its bytes between the two `\n` (a `\r` and, on the file's first
    /// line, a byte-order mark included). A line longer than the format's limit is malformed
    /// and carries no link (its bytes still count in the running hash).
    static func find(in line: UnsafeRawBufferPointer, firstLine: Bool) -> PrevField {
        // A key `prev` is either those four bytes or written with an escape: a line holding
        // neither (other writers' lines, a version-1 history) has none, found by two scans of
        // the C library instead of a walk over every byte (half the chain's time at 10M).
        mayHoldPrev(line) ? scan(line, firstLine: firstLine) : .absent
    }

    /// `find`'s structural scan, over every byte of the line.
    static func scan(_ line: UnsafeRawBufferPointer, firstLine: Bool) -> PrevField {
        guard let p = line.baseAddress?.assumingMemoryBound(to: UInt8.self), !line.isEmpty else { return .absent }
        let n = line.count
        var i = 0
        if firstLine && n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { i = 3 }
        let contentEnd = p[n - 1] == 0x0D ? n - 1 : n
        guard contentEnd - i <= LineSplitter.maximumLineBytes else { return .absent }

        i = skipSpace(p, i, n)
        guard i < n, p[i] == UInt8(ascii: "{") else { return .absent }
        i += 1
        var depth = 1
        var expectingKey = true
        var found = PrevField.absent
        var seen = false
        while i < n {
            switch p[i] {
            case UInt8(ascii: "\""):
                guard let (end, escaped) = stringEnd(p, i + 1, n) else { return found }
                let isKey = depth == 1 && expectingKey
                if isKey { expectingKey = false }
                guard isKey, isPrev(p, i + 1, end, escaped: escaped) else {
                    i = end + 1
                    continue
                }
                i = skipSpace(p, end + 1, n)
                guard i < n, p[i] == UInt8(ascii: ":") else { return found }
                i = skipSpace(p, i + 1, n)
                if seen { return .invalid(.twice) }
                seen = true
                (found, i) = value(p, i, n)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return found }
                i += 1
            case UInt8(ascii: ","):
                if depth == 1 { expectingKey = true }
                i += 1
            default:
                i += 1
            }
        }
        return found
    }

    /// Whether the line holds the bytes `prev` or a backslash: one of them is in every line
    /// whose outermost object has a member `prev`.
    static func mayHoldPrev(_ line: UnsafeRawBufferPointer) -> Bool {
        guard let start = line.baseAddress else { return false }
        // `prev` first: Borderdesk's own lines end with one, and are answered at its `p`.
        // `memmem` is not in Glibc's module map: each `p` found by `memchr`, then its next three.
        let end = start + line.count
        var from = start
        while from < end, let p = memchr(from, Int32(UInt8(ascii: "p")), end - from) {
            let at = UnsafeRawPointer(p)
            if end - at >= 4, at.load(fromByteOffset: 1, as: UInt8.self) == UInt8(ascii: "r"),
               at.load(fromByteOffset: 2, as: UInt8.self) == UInt8(ascii: "e"), at.load(fromByteOffset: 3, as: UInt8.self) == UInt8(ascii: "v") {
                return true
            }
            from = at + 1
        }
        return memchr(start, Int32(UInt8(ascii: "\\")), line.count) != nil
    }

    /// The value after `"prev":` at `i`, and where scanning goes on.
    private static func value(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (PrevField, Int) {
        guard i < n else { return (.invalid(notHex), i) }
        if p[i] == UInt8(ascii: "\"") {
            guard let (end, escaped) = stringEnd(p, i + 1, n) else { return (.invalid(notHex), n) }
            guard escaped else { return (.text((i + 1)..<end), end + 1) }
            let raw = UnsafeRawBufferPointer(start: p + i + 1, count: end - i - 1)
            return (unescaped(raw, limit: 65).map(PrevField.unescaped) ?? .invalid(notHex), end + 1)
        }
        if n - i >= 4 && p[i] == UInt8(ascii: "n") && p[i + 1] == UInt8(ascii: "u") && p[i + 2] == UInt8(ascii: "l") && p[i + 3] == UInt8(ascii: "l") {
            return (.absent, i + 4)
        }
        // A number, an object, an array...: the main scan steps over it.
        return (.invalid(notHex), i)
    }

    private static func skipSpace(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> Int {
        var i = start
        while i < n, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D || p[i] == 0x0A { i += 1 }
        return i
    }

    /// The index of the `"` that closes the string whose contents start at `start`, and whether
    /// it holds an escape; nil when the line ends first.
    @inline(__always)
    private static func stringEnd(_ p: UnsafePointer<UInt8>, _ start: Int, _ n: Int) -> (Int, Bool)? {
        var j = start
        var escaped = false
        while j < n {
            let c = p[j]
            if c == UInt8(ascii: "\"") { return (j, escaped) }
            if c == UInt8(ascii: "\\") {
                escaped = true
                j += 2
            } else {
                j += 1
            }
        }
        return nil
    }

    private static func isPrev(_ p: UnsafePointer<UInt8>, _ start: Int, _ end: Int, escaped: Bool) -> Bool {
        let raw = UnsafeRawBufferPointer(start: p + start, count: end - start)
        if !escaped {
            return raw.count == 4 && raw[0] == UInt8(ascii: "p") && raw[1] == UInt8(ascii: "r") && raw[2] == UInt8(ascii: "e") && raw[3] == UInt8(ascii: "v")
        }
        return unescaped(raw, limit: 4) == Array("prev".utf8)
    }

    /// A JSON string's contents with its escapes undone (`JSONEscape`, the parser's own), as
    /// UTF-8 bytes; nil when the result would be longer than `limit` or an escape is not JSON
    /// (a lone surrogate included: neither a key `prev` nor a hash holds one).
    static func unescaped(_ raw: UnsafeRawBufferPointer, limit: Int) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < raw.count {
            guard out.count < limit else { return nil }
            let c = raw[i]
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                i += 1
                continue
            }
            guard let next = try? JSONEscape.decode(raw, at: i, into: &out) else { return nil }
            i = next
        }
        return out.count <= limit ? out : nil
    }
}
