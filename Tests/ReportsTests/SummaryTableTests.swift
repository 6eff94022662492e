import BorderOps
import Reports
import Testing

/// `summary`'s readable table, in process: cells escaped before the columns are measured.
@Suite struct SummaryTableTests {
    @Test func columnsFitTheirWidestEscapedCell() {
        #expect(SummaryTable.table(["id", "title"], [["ab\u{1B}", "x"], ["abcde", "y"]]) == [
            "  id      title",
            "  ab\\x1B  x",
            "  abcde   y",
        ])
        #expect(SummaryTable.table(["id"], []) == ["  (none / tidak ada)"])
    }

    @Test func anEmptyFoldSaysNoneInEverySection() {
        let lines = SummaryTable.lines(EventFold())
        #expect(lines.first == "Events / Kejadian: 0 lines, 0 folded, 0 voided, 0 malformed, 0 duplicates, 0 unknown type")
        #expect(lines.filter { $0 == "  (none / tidak ada)" }.count == 4)
        #expect(!lines.contains { $0.contains("EXERCISE") })
    }
}
