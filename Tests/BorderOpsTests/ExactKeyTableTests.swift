import BorderOps
@testable import ExactKeys
import PropertyBased
import Testing

/// The fold's own hash tables against the standard library's, on random keys with repeats.
@Suite struct ExactKeyTableTests {
    /// Keys from a small pool so that repeats are common, of every length from 0 to 40 (the
    /// hash reads short and long texts differently), some of them not ASCII.
    static func key(_ code: Int) -> String {
        let stems = ["", "p", "nnk-", "thalia-20241120-", "é", "e\u{301}", "KM. Thalia → Pare-Pare", "\u{212A}", "K"]
        let stem = stems[code % stems.count]
        return stem + String(repeating: "x", count: code / stems.count % 25) + String(code / 225 % 7)
    }

    @Test func tableAgreesWithDictionary() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0..<2_000).array(of: 0...400)) { codes in
            var table = ExactKeyTable<Int>()
            var reference: [[UInt8]: Int] = [:]
            for (n, code) in codes.enumerated() {
                let key = Self.key(code)
                let old = table.updateValue(n, forKey: key, hash: ExactKeyTable<Int>.hash(key))
                let expected = reference.updateValue(n, forKey: Array(key.utf8))
                #expect(old == expected)
            }
            #expect(table.count == reference.count)
            for (bytes, value) in reference {
                #expect(table[String(decoding: bytes, as: UTF8.self)] == value)
            }
            // Keys stay in the order they first came.
            var firstSeen: [[UInt8]] = []
            for code in codes where !firstSeen.contains(Array(Self.key(code).utf8)) { firstSeen.append(Array(Self.key(code).utf8)) }
            #expect(table.keys.map { Array($0.utf8) } == firstSeen)
        }
    }

    /// A table made without room shares one empty slot (no allocation) until its first key:
    /// every look-up in it finds nothing, whatever the key's hash, and a key put in one such
    /// table is in no other.
    @Test func aTableWithoutRoomFindsNothingAndGrowsAtItsFirstKey() {
        var first = ExactKeyTable<Int>()
        let second = ExactKeyTable<Int>()
        for code in 0..<500 {
            let key = Self.key(code)
            #expect(first.position(of: key, hash: ExactKeyTable<Int>.hash(key)) == nil)
        }
        func slots(_ table: ExactKeyTable<Int>) -> UnsafePointer<UInt8>? { table.control.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(slots(first) == slots(second), "tables made without room share one slot")
        var reserved = ExactKeyTable<Int>()
        reserved.reserveCapacity(0)
        #expect(slots(reserved) != slots(second) && reserved.control.count == 8, "room asked for, even none, is made")
        #expect(first.insert("a", 1, hash: ExactKeyTable<Int>.hash("a")) == (true, 0))
        #expect(slots(first) != slots(second) && first.control.count == 8, "the first key grows the table past the shared slot")
        #expect(first["a"] == 1)
        #expect(second["a"] == nil)
        #expect(ExactKeyTable<Int>()["a"] == nil)
        for code in 0..<100 { first.updateValue(code, forKey: Self.key(code), hash: ExactKeyTable<Int>.hash(Self.key(code))) }
        #expect(first["a"] == 1 && first[Self.key(99)] == 99)
    }

    /// Canonically equivalent but different bytes are different ids, as in any JSON reader.
    @Test func idsAreComparedByBytes() {
        var ids = IDSet()
        for id in ["é", "e\u{301}", "\u{212A}", "K", "", "nnk-00000001"] {
            let new = ids.insert(id, hash: ids.hash(id))
            #expect(new, "\(id) is new")
        }
        let again = ids.insert("e\u{301}", hash: ids.hash("e\u{301}"))
        #expect(!again)
        #expect(ids.contains("\u{212A}", hash: ids.hash("\u{212A}")))
        #expect(!ids.contains("k", hash: ids.hash("k")))
        #expect(ids.count == 6)
    }

    /// Growing past the reserved size keeps every id.
    @Test func growsWithoutLosingIDs() {
        var ids = IDSet()
        ids.reserveCapacity(10)
        var allNew = true
        for n in 0..<50_000 { allNew = ids.insert("id-\(n)", hash: ids.hash("id-\(n)")) && allNew }
        #expect(allNew)
        #expect(ids.count == 50_000)
        #expect((0..<50_000).allSatisfy { ids.contains("id-\($0)", hash: ids.hash("id-\($0)")) })
        let repeated = ids.insert("id-49999", hash: ids.hash("id-49999"))
        #expect(!repeated)
        #expect(!ids.contains("id-50000", hash: ids.hash("id-50000")))
    }

    /// Texts that differ in one byte anywhere, at every length the hash reads differently,
    /// hash differently (a sanity check of the word reading, not of randomness).
    @Test func oneByteChangesTheHash() {
        let ids = IDSet()
        for length in 1...40 {
            let base = Array(repeating: UInt8(ascii: "a"), count: length)
            var hashes = Set<Int>()
            hashes.insert(ids.hash(String(decoding: base, as: UTF8.self)))
            for position in 0..<length {
                var changed = base
                changed[position] = UInt8(ascii: "b")
                hashes.insert(ids.hash(String(decoding: changed, as: UTF8.self)))
            }
            #expect(hashes.count == length + 1, "length \(length)")
        }
        #expect(ids.hash("") != ids.hash("\0"))
        #expect(ids.hash("ab") != ids.hash("ab\0"))
    }
}
