import ExactKeys
import Testing

/// A table made again from its layout (seed, control bytes, positions) and keys finds every key
/// as the table it was taken from did, even under a seed that is not this process's; a layout
/// that cannot be the table's is refused, never taken.
@Suite struct ExactKeyTableLayoutTests {
    static let foreign = ExactHashSeed(0xDEAD_BEEF_0BAD_F00D, 0x1234_5678_9ABC_DEF1)

    static func table(_ count: Int, seed: ExactHashSeed) -> ExactKeyTable<Int> {
        var table = ExactKeyTable<Int>(seed: seed)
        for n in 0..<count { _ = table.insert("key-\(n)", n, hash: table.hash(of: "key-\(n)")) }
        return table
    }

    @Test(arguments: [0, 1, 6, 7, 1_000, 50_000])
    func aLayoutCopiedFindsEveryKey(count: Int) throws {
        for seed in [ExactHashSeed.process, Self.foreign] {
            let original = Self.table(count, seed: seed)
            let (layoutSeed, control, positions) = original.layout
            #expect(layoutSeed == seed)
            var copy = try #require(ExactKeyTable(seed: layoutSeed, control: control, positions: positions, keys: original.keys, values: original.values))
            #expect((0..<count).allSatisfy { copy["key-\($0)"] == $0 })
            #expect(copy["key-\(count)"] == nil)
            // It goes on growing as the original would.
            for n in count..<(count + 100) { _ = copy.insert("key-\(n)", n, hash: copy.hash(of: "key-\(n)")) }
            #expect((0..<(count + 100)).allSatisfy { copy["key-\($0)"] == $0 })
        }
    }

    @Test func aLayoutThatCannotBeTheTablesIsRefused() {
        let original = Self.table(100, seed: Self.foreign)
        let (seed, control, positions) = original.layout
        let keys = original.keys, values = original.values
        func accepted(control: [UInt8] = control, positions: [UInt32] = positions, keys: [String] = keys, values: [Int] = values) -> Bool {
            ExactKeyTable(seed: seed, control: control, positions: positions, keys: keys, values: values) != nil
        }
        #expect(accepted())
        #expect(!accepted(control: Array(control.dropLast()), positions: Array(positions.dropLast())), "not a power of two")
        #expect(!accepted(positions: Array(positions.dropLast())), "a position per slot")
        let used = control.firstIndex { $0 != 0 }!
        var past = positions
        past[used] = UInt32(keys.count)
        #expect(!accepted(positions: past), "a slot past the keys")
        var emptied = control
        emptied[used] = 0
        #expect(!accepted(control: emptied), "a key without a slot")
        var untagged = control
        untagged[used] = 0x01
        #expect(!accepted(control: untagged), "a control byte that is no tag")
        #expect(!accepted(keys: Array(keys.dropLast()), values: Array(values.dropLast())), "a slot for a key not there")
        #expect(!accepted(control: [UInt8](repeating: 0x80, count: 8), positions: [UInt32](repeating: 0, count: 8), keys: ["a"], values: [1]),
                "fuller than a table is let grow, a slot per key")
    }
}
