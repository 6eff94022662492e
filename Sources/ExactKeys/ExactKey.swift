#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A dictionary key compared by its exact code points. Swift's `String ==` treats canonically
/// equivalent strings as equal (`é` and `e` + U+0301); ids in event files are distinct when
/// their bytes differ, as in every other JSON reader. Ordered by UTF-8 bytes, which is code
/// point order, the order the summary's lists use.
public struct ExactKey: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let string: String

    @inlinable public init(_ string: String) { self.string = string }
    public init(stringLiteral value: String) { self.string = value }

    public var description: String { string }

    @inlinable
    public static func == (a: ExactKey, b: ExactKey) -> Bool {
        a.string.utf8.count == b.string.utf8.count && Self.bytesEqual(a.string, b.string)
    }

    /// Byte equality without Unicode normalisation.
    @inlinable
    public static func bytesEqual(_ a: String, _ b: String) -> Bool {
        if identicalRepresentation(a, b) { return true }
        let fast: Bool? = a.utf8.withContiguousStorageIfAvailable { pa in
            b.utf8.withContiguousStorageIfAvailable { pb in
                pa.count == pb.count && (pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0)
            }
        } ?? nil
        return fast ?? a.utf8.elementsEqual(b.utf8)
    }

    /// The same 16 bytes of String representation: the same small string, or the same
    /// storage object. Either way the same bytes, found without touching them.
    @inlinable @inline(__always)
    static func identicalRepresentation(_ a: String, _ b: String) -> Bool {
        withUnsafeBytes(of: a) { pa in
            withUnsafeBytes(of: b) { pb in
                pa.load(as: UInt64.self) == pb.load(as: UInt64.self)
                    && pa.load(fromByteOffset: 8, as: UInt64.self) == pb.load(fromByteOffset: 8, as: UInt64.self)
            }
        }
    }

    @inlinable
    public func hash(into hasher: inout Hasher) {
        let done: Void? = string.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if done == nil {
            for b in string.utf8 { hasher.combine(b) }
        }
        hasher.combine(0xFF as UInt8)  // no valid UTF-8 contains 0xFF: marks the end
    }

    @inlinable
    public static func < (a: ExactKey, b: ExactKey) -> Bool {
        let fast: Bool? = a.string.utf8.withContiguousStorageIfAvailable { pa in
            b.string.utf8.withContiguousStorageIfAvailable { pb in
                let common = min(pa.count, pb.count)
                let order = common == 0 ? 0 : memcmp(pa.baseAddress!, pb.baseAddress!, common)
                return order != 0 ? order < 0 : pa.count < pb.count
            }
        } ?? nil
        return fast ?? a.string.utf8.lexicographicallyPrecedes(b.string.utf8)
    }
}
