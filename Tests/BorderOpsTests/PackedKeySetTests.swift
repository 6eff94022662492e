@testable import ExactKeys
import Testing

/// The packed id set answers as a set of exact byte strings numbered in arrival order would,
/// for ids short enough to be inline strings and for Borderdesk's 35-byte ones, across a
/// segment's end (made a few bytes long here: 4 GiB in use); made again from its layout it
/// finds every key and goes on; a layout that cannot be the set's is refused, never taken.
@Suite struct PackedKeySetTests {
    static let foreign = ExactHashSeed(0xDEAD_BEEF_0BAD_F00D, 0x1234_5678_9ABC_DEF1)

    /// Ids of every shape the fold meets: short, Borderdesk's own, empty, non-ASCII, and two
    /// spellings of é that `String ==` would call equal.
    static func id(_ n: Int) -> String {
        switch n % 6 {
        case 0: "nnk-\(n)"
        case 1: "nunukan-20261207022122-xckkte\(n)"
        case 2: n % 12 == 2 ? "" : "id-\(n % 97)"
        case 3: "caf\u{E9}-\(n % 50)"
        case 4: "cafe\u{301}-\(n % 50)"
        default: "\u{1F6A2}-KM. Thalia-\(n % 200)"
        }
    }

    @Test(arguments: [UInt64(1) << 32, 64, 7])
    func answersAsASetNumberedInArrivalOrder(segment: UInt64) {
        var set = PackedKeySet(seed: Self.foreign, segment: segment)
        var numbers: [ExactKey: Int] = [:]
        for n in 0..<3_000 {
            let id = Self.id(n)
            let expected = numbers[ExactKey(id)]
            let (inserted, number) = set.insert(id, hash: set.hash(of: id))
            #expect(inserted == (expected == nil) && number == (expected ?? numbers.count), "\(id.debugDescription) at \(n)")
            if expected == nil { numbers[ExactKey(id)] = number }
        }
        #expect(set.count == numbers.count)
        #expect(numbers.allSatisfy { set.number(of: $0.key.string, hash: set.hash(of: $0.key.string)) == $0.value && set.key($0.value) == $0.key.string })
        #expect(set.number(of: "nnk-x", hash: set.hash(of: "nnk-x")) == nil)
        #expect(segment == 1 << 32 ? set.segmentStarts.isEmpty : set.segmentStarts.count >= set.bytes.count / Int(segment))
    }

    @Test(arguments: [0, 1, 6, 7, 1_000, 50_000], [UInt64(1) << 32, 61])
    func aLayoutCopiedFindsEveryKeyAndGoesOn(count: Int, segment: UInt64) throws {
        for seed in [ExactHashSeed.process, Self.foreign] {
            var original = PackedKeySet(seed: seed, segment: segment)
            for n in 0..<count { _ = original.insert("key-\(n)-\(Self.id(n))", hash: original.hash(of: "key-\(n)-\(Self.id(n))")) }
            let (layoutSeed, control, positions, ends, segmentStarts, bytes) = original.layout
            #expect(layoutSeed == seed)
            var copy = try #require(PackedKeySet(seed: layoutSeed, segment: segment, control: control, positions: positions, ends: ends,
                                                 segmentStarts: segmentStarts, bytes: bytes))
            #expect((0..<count).allSatisfy { copy.number(of: "key-\($0)-\(Self.id($0))", hash: copy.hash(of: "key-\($0)-\(Self.id($0))")) == $0 })
            #expect(copy.number(of: "key-\(count)", hash: copy.hash(of: "key-\(count)")) == nil)
            // It goes on growing as the original would.
            for n in count..<(count + 100) {
                let id = "key-\(n)-\(Self.id(n))"
                #expect(copy.insert(id, hash: copy.hash(of: id)) == original.insert(id, hash: original.hash(of: id)))
            }
            #expect(copy.keys == original.keys)
        }
    }

    @Test func aLayoutThatCannotBeTheSetsIsRefused() {
        var original = PackedKeySet(seed: Self.foreign, segment: 64)
        for n in 0..<100 { _ = original.insert("key-\(n)-\(Self.id(n))", hash: original.hash(of: "key-\(n)-\(Self.id(n))")) }
        let (seed, control, positions, ends, segmentStarts, bytes) = original.layout
        #expect(!segmentStarts.isEmpty)
        func accepted(control: [UInt8] = control, positions: [UInt32] = positions, ends: [UInt32] = ends, segmentStarts: [Int] = segmentStarts,
                      bytes: [UInt8] = bytes) -> Bool {
            PackedKeySet(seed: seed, segment: 64, control: control, positions: positions, ends: ends, segmentStarts: segmentStarts, bytes: bytes) != nil
        }
        #expect(accepted())
        #expect(!accepted(control: Array(control.dropLast()), positions: Array(positions.dropLast())), "not a power of two")
        #expect(!accepted(positions: Array(positions.dropLast())), "a position per slot")
        let used = control.firstIndex { $0 != 0 }!
        var past = positions
        past[used] = UInt32(ends.count)
        #expect(!accepted(positions: past), "a slot past the keys")
        var emptied = control
        emptied[used] = 0
        #expect(!accepted(control: emptied), "a key without a slot")
        var untagged = control
        untagged[used] = 0x01
        #expect(!accepted(control: untagged), "a control byte that is no tag")
        #expect(!accepted(ends: Array(ends.dropLast())), "a slot for a key not there")
        #expect(!accepted(bytes: bytes.dropLast()), "ends past the bytes")
        #expect(!accepted(bytes: bytes + [0x41]), "bytes past the last end")
        var backwards = ends
        let within = (1..<(ends.count - 1)).first { !segmentStarts.contains($0) && !segmentStarts.contains($0 + 1) && ends[$0] > 0 }!
        backwards[within + 1] = ends[within] - 1
        #expect(!accepted(ends: backwards), "an end before the one before it")
        var beyond = ends
        beyond[5] = 64
        #expect(!accepted(ends: beyond), "an end past its segment")
        #expect(!accepted(segmentStarts: Array(segmentStarts.dropLast())), "a segment missed")
        #expect(!accepted(segmentStarts: segmentStarts + [ends.count]), "a segment after the last key")
        #expect(!accepted(segmentStarts: segmentStarts.reversed()), "segments out of order")
        #expect(!accepted(control: [UInt8](repeating: 0x80, count: 8), positions: [UInt32](repeating: 0, count: 8), ends: [1], segmentStarts: [],
                          bytes: [0x61]), "fuller than a set is let grow, a slot per key")
    }
}
