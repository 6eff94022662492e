#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of strings compared by exact bytes, numbered in the order they were added, with the
/// keys' bytes packed end to end in one array: the fold's event ids. `ExactKeyTable` keeps a
/// `String` per key, which for an id over 15 bytes (Borderdesk's own are 35:
/// `nunukan-20261207022122-xckkte44561r`) is a heap object of its own: about 100 bytes an id
/// with the slots, 72 MB more per million events than the benchmark's 12-byte ids showed
/// (issue 19). Packed, an id costs its bytes, 4 for where it ends and the slots (~9); read back
/// from a checkpoint the table is three copies, not a string made per id.
///
/// The slots are `ExactKeyTable`'s (`SlotRules`: a control byte and a key number each).
public struct PackedKeySet: Sendable {
    @usableFromInline var control: [UInt8]
    @usableFromInline var positions: [UInt32]
    /// Every key's bytes, in number order.
    @usableFromInline var bytes: [UInt8] = []
    /// Where each key ends in `bytes`, modulo `segment`: 4 bytes a key rather than 8.
    @usableFromInline var ends: [UInt32] = []
    /// The numbers of the keys whose end passed another multiple of `segment` (once for each
    /// multiple): empty until 4 GiB of ids, so every lookup takes the short way.
    @usableFromInline var segmentStarts: [Int] = []
    /// 2³²; smaller only in tests, to reach past a segment without 4 GiB of keys.
    @usableFromInline let segment: UInt64
    /// Where the last segment began in `bytes` (`segment` × `segmentStarts.count`): a new key's
    /// end is compared with the next, not divided by the segment.
    @usableFromInline var segmentBase = 0
    @usableFromInline var mask: Int
    /// What the slots were placed by (the process's, unless read back with the set's own).
    @usableFromInline let seed: ExactHashSeed

    public init(seed: ExactHashSeed = .process) {
        self.init(seed: seed, segment: 1 << 32)
    }

    /// Tests: a segment of a few bytes.
    package init(seed: ExactHashSeed = .process, segment: UInt64) {
        precondition(segment > 0 && segment <= 1 << 32, "a segment fits in 32 bits")
        (control, positions, mask) = SlotRules.empty(8)
        self.seed = seed
        self.segment = segment
    }

    @inlinable public var count: Int { ends.count }

    /// What the slots were placed by.
    public var hashSeed: ExactHashSeed { seed }

    /// The hash this set's methods expect (its own seed).
    @inlinable @inline(__always)
    public func hash(of key: String) -> Int { ExactHash.hash(key, seed: seed) }

    /// The hash a set with `seed` expects (the pipeline's decoder threads hash ids with it).
    @inlinable @inline(__always)
    public static func hash(_ key: String, seed: ExactHashSeed) -> Int { ExactHash.hash(key, seed: seed) }

    /// Where key `number`'s bytes end in `bytes`.
    @inlinable @inline(__always)
    func end(_ number: Int) -> Int {
        let low = Int(ends[number])
        guard !segmentStarts.isEmpty else { return low }
        // How many segments began at or before `number` (they are in order).
        var (lower, upper) = (0, segmentStarts.count)
        while lower < upper {
            let middle = (lower + upper) / 2
            if segmentStarts[middle] <= number { lower = middle + 1 } else { upper = middle }
        }
        return low + Int(segment) * lower
    }

    /// Key `number`'s bytes in `bytes`.
    @inlinable @inline(__always)
    func range(_ number: Int) -> Range<Int> {
        (number == 0 ? 0 : end(number - 1))..<end(number)
    }

    /// Key `number` (numbers run from 0 to `count - 1`).
    public func key(_ number: Int) -> String {
        let range = range(number)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Every key, in number order.
    public var keys: [String] { (0..<count).map(key) }

    @inlinable @inline(__always)
    func keyEquals(_ number: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = range(number)
        guard range.count == key.count else { return false }
        guard !range.isEmpty else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + range.lowerBound, key.baseAddress!, range.count) == 0 }
    }

    /// `body` with `key`'s UTF-8 bytes (in place for a native string, as the decoder's are).
    @inlinable @inline(__always)
    static func withBytes<R>(of key: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = key.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = key
        return copy.withUTF8(body)
    }

    /// The number of `key`, if it was added.
    @inlinable
    public func number(of key: String, hash: Int) -> Int? {
        Self.withBytes(of: key) { key in
            let tag = SlotRules.tag(hash)
            var i = hash & mask
            while true {
                let c = control[i]
                if c == 0 { return nil }
                if c == tag, keyEquals(Int(positions[i]), key) { return Int(positions[i]) }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds `key` if it is new; either way its number. Numbers never change.
    @inlinable @inline(__always)
    public mutating func insert(_ key: String, hash: Int) -> (inserted: Bool, number: Int) {
        if count + 1 > control.count / 4 * 3 { grow(to: control.count * 2) }
        return Self.withBytes(of: key) { key in
            let tag = SlotRules.tag(hash)
            var i = hash & mask
            while true {
                let c = control[i]
                if c == 0 {
                    let number = count
                    control[i] = tag
                    positions[i] = UInt32(truncatingIfNeeded: number)
                    append(key)
                    return (true, number)
                }
                if c == tag {
                    let number = Int(positions[i])
                    if keyEquals(number, key) { return (false, number) }
                }
                i = (i + 1) & mask
            }
        }
    }

    @inlinable
    mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
        precondition(count < Int(UInt32.max), "more than 4 billion keys")
        bytes.append(contentsOf: key)
        let after = bytes.count
        while after - segmentBase >= Int(segment) {
            segmentBase += Int(segment)
            segmentStarts.append(count)
        }
        ends.append(UInt32(truncatingIfNeeded: after - segmentBase))
    }

    /// Reads the control bytes these hashes start at, so that inserting them soon after finds
    /// them in cache: the reads are independent, so the processor overlaps the misses that
    /// inserts one by one would wait for in turn. Returns a value made from the bytes only so
    /// the reads are not optimised away.
    @inlinable
    public func warm(_ hashes: [Int]) -> UInt64 {
        var sink: UInt64 = 0
        for hash in hashes { sink &+= UInt64(control[hash & mask]) &+ UInt64(positions[hash & mask]) }
        return sink
    }

    /// Room for `capacity` keys in all without growing the slots, and for their bytes at the
    /// length of those added so far.
    public mutating func reserveCapacity(_ capacity: Int) {
        ends.reserveCapacity(capacity)
        // Before the first id, Borderdesk's own length (35 bytes): too little would copy them all
        // when the bytes outgrow it; room not written to costs address space, not memory.
        let averageLength = count == 0 ? 40 : bytes.count / count + 1
        bytes.reserveCapacity(bytes.count + max(0, capacity - count) * averageLength)
        let size = SlotRules.size(for: capacity)
        if size > control.count { grow(to: size) }
    }

    @usableFromInline
    mutating func grow(to size: Int) {
        (control, positions, mask) = SlotRules.empty(size)
        bytes.withUnsafeBytes { all in
            for number in 0..<count {
                let hash = ExactHash.hash(UnsafeRawBufferPointer(rebasing: all[range(number)]), seed: seed)
                SlotRules.place(number, hash: hash, control: &control, positions: &positions, mask: mask)
            }
        }
    }
}

/// The set as data: written out (a checkpoint), its parts make it again by copies, no key hashed.
extension PackedKeySet {
    public var layout: (seed: ExactHashSeed, control: [UInt8], positions: [UInt32], ends: [UInt32], segmentStarts: [Int], bytes: [UInt8]) {
        (seed, control, positions, ends, segmentStarts, bytes)
    }

    /// The set `layout` describes; nil when the parts cannot be one (a size that is not a power
    /// of two, fuller than a set is let grow, a slot that points past the keys, not one slot per
    /// key, ends that go back or stop short of the bytes). Slots that pass but were not made from
    /// these keys would only hide keys from lookups: the checkpoint holding them is sealed.
    /// The arrays are kept as given, with the room they have (`CheckpointIDs` gives them some:
    /// reserving it here would copy them while the caller still holds them).
    public init?(seed: ExactHashSeed, control: [UInt8], positions: [UInt32], ends: [UInt32], segmentStarts: [Int], bytes: [UInt8]) {
        self.init(seed: seed, segment: 1 << 32, control: control, positions: positions, ends: ends, segmentStarts: segmentStarts, bytes: bytes)
    }

    package init?(seed: ExactHashSeed, segment: UInt64, control: [UInt8], positions: [UInt32], ends: [UInt32], segmentStarts: [Int],
                  bytes: [UInt8]) {
        let size = control.count
        let count = ends.count
        guard size >= 8, size & (size - 1) == 0, positions.count == size, count <= size / 4 * 3,
              segment > 0, segment <= 1 << 32, segmentStarts.count == bytes.count / Int(segment) else { return nil }
        // Without a branch per slot: half the slots are taken, at random, and a branch on each
        // was mispredicted half the time (a quarter of reading a million ids back). A control
        // byte is 0 (free) or has its top bit (taken); a taken slot points below `count`.
        let slotsFit = control.withUnsafeBufferPointer { control in
            positions.withUnsafeBufferPointer { positions in
                var occupied = 0
                var wrong: UInt8 = 0
                let keys = UInt32(truncatingIfNeeded: count)
                for slot in 0..<size {
                    let c = control[slot]
                    let taken = c >> 7
                    occupied &+= Int(taken)
                    wrong |= ((c &- 1) < 0x7F ? 1 : 0) | (taken & (positions[slot] >= keys ? 1 : 0))
                }
                return wrong == 0 && occupied == count
            }
        }
        guard slotsFit else { return nil }
        // The ends, made whole with their segments, never go back and stop at the bytes' end.
        let endsFit = ends.withUnsafeBufferPointer { ends in
            var previous = 0, segmentIndex = 0
            for number in 0..<count {
                while segmentIndex < segmentStarts.count && segmentStarts[segmentIndex] == number { segmentIndex += 1 }
                guard UInt64(ends[number]) < segment else { return false }
                let end = Int(ends[number]) + Int(segment) * segmentIndex
                guard end >= previous else { return false }
                previous = end
            }
            return segmentIndex == segmentStarts.count && previous == bytes.count
        }
        guard endsFit else { return nil }
        self.seed = seed
        self.segment = segment
        self.control = control
        self.positions = positions
        self.ends = ends
        self.segmentStarts = segmentStarts
        self.bytes = bytes
        segmentBase = Int(segment) * segmentStarts.count
        mask = size - 1
    }
}
