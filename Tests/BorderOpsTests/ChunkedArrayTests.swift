@testable import ExactKeys
import PropertyBased
import Testing

/// The chunked array against the standard library's, and the sharing it is there for.
@Suite struct ChunkedArrayTests {
    /// Random appends and changes, with a copy taken midway and changed too: each holds what an
    /// array given the same steps holds, read by position and by iteration.
    @Test func agreesWithAnArrayAndACopyStaysApart() async {
        await propertyCheck(count: 200, input: Gen.int(in: -3_000..<3_000).array(of: 0...900), Gen.int(in: 1...4)) { steps, shift in
            var chunked = ChunkedArray<[Int]>(chunkShift: shift)
            var reference: [[Int]] = []
            var copy: (chunked: ChunkedArray<[Int]>, reference: [[Int]])?
            for (n, step) in steps.enumerated() {
                if step < 0, !reference.isEmpty {
                    let at = -step % reference.count
                    chunked[at].append(n)
                    reference[at].append(n)
                } else {
                    chunked.append([step])
                    reference.append([step])
                }
                if n == steps.count / 2 { copy = (chunked, reference) }
                if var taken = copy, step % 7 == 0, !taken.reference.isEmpty {
                    let at = abs(step) % taken.reference.count
                    taken.chunked[at] = [-1]
                    taken.reference[at] = [-1]
                    copy = taken
                }
            }
            #expect(chunked.count == reference.count)
            #expect(Array(chunked) == reference)
            #expect(chunked.indices.map { chunked[$0] } == reference)
            if let copy { #expect(Array(copy.chunked) == copy.reference) }
        }
    }

    /// A change after a copy copies the chunk it is in and no other.
    @Test func aChangeAfterACopyCopiesOneChunk() {
        var original = ChunkedArray<String>(Array(0..<1_000).map { "voyage \($0)" }, chunkShift: 8)
        let copy = original
        original[300] = "changed"
        func buffers(_ array: ChunkedArray<String>) -> [UnsafePointer<String>?] {
            array.chunks.map { $0.withUnsafeBufferPointer { $0.baseAddress } }
        }
        let before = buffers(copy), after = buffers(original)
        #expect(before.count == 4 && after.count == 4)
        #expect(before[0] == after[0] && before[2] == after[2] && before[3] == after[3], "the chunks not changed are shared")
        #expect(before[1] != after[1], "the changed one is the original's own")
        #expect(copy[300] == "voyage 300" && original[300] == "changed")
        #expect(original[299] == "voyage 299" && original[301] == "voyage 301")
    }

    struct Thing: Identified, Equatable { let id: String; var n: Int }

    /// Taking a value out of a table that spans chunks moves the rest up a place, and every id
    /// still finds its own.
    @Test func aTableAcrossChunksFindsEveryIdAfterARemoval() {
        var table = KeyedTable<Thing>()
        for n in 0..<700 { _ = table.append(Thing(id: "op-\(n)", n: n)) }
        table.remove(at: 100)
        #expect(table.count == 699 && table["op-100"] == nil)
        for n in 0..<700 where n != 100 {
            let position = table.position(of: "op-\(n)")
            #expect(position == (n < 100 ? n : n - 1))
            #expect(position.map { table[at: $0].n } == n)
        }
        #expect(table.values.map(\.n) == Array(0..<700).filter { $0 != 100 })
    }
}
