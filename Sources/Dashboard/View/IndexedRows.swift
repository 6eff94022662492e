import ExactKeys

/// A pane's rows as positions into the state's own list: filtering and sorting thousands of
/// voyages moves small integers, not the voyages (each a struct holding its passenger table;
/// copying one retains its buffers, and a frame used to copy every voyage twice).
struct IndexedRows<Element>: RandomAccessCollection {
    let all: ChunkedArray<Element>
    let order: [Int]
    /// How many rows the pane would list showing every row (`RowScope.all`): more than
    /// `order.count` when only the working ones are shown (`WorkingRows`).
    var outOf: Int

    init(all: ChunkedArray<Element>, order: [Int], outOf: Int? = nil) {
        self.all = all
        self.order = order
        self.outOf = outOf ?? order.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { order.count }

    subscript(position: Int) -> Element {
        _read { yield all[order[position]] }
    }
}

extension IndexedRows where Element: Identified {
    /// The rows' ids, each read in place (a copy of the row would retain everything it holds).
    var ids: IDs { IDs(rows: self) }

    struct IDs: RandomAccessCollection {
        let rows: IndexedRows

        var startIndex: Int { 0 }
        var endIndex: Int { rows.order.count }

        subscript(position: Int) -> String { rows.all[rows.order[position]].id }
    }
}
