import ExactKeys

/// A voyage's passengers, each with its latest remaining result (nil once every check of the
/// passenger was voided; the table only grows: the passenger keeps its place for a later
/// check). Read back from a checkpoint they stay as its bytes (`StoredPassengers`) until the
/// voyage is next checked or asked about: most of a year's voyages never are.
struct PassengerResults: Sendable, CustomReflectable {
    private var built = ExactKeyTable<CheckResult?>()
    private(set) var stored: StoredPassengers?
    /// Room asked for while stored (`expect`), made when the table is built.
    private var expected = 0

    init() {}

    init(stored: StoredPassengers) {
        self.stored = stored
    }

    var table: ExactKeyTable<CheckResult?> {
        get { stored?.table() ?? built }
        _modify {
            if let stored {
                built = stored.table()
                self.stored = nil
                if expected > built.count { built.reserveCapacity(expected) }
            }
            yield &built
        }
    }

    /// Room for `count` passengers, so the table does not rehash while they are checked; while
    /// stored, only noted (building the table for it would undo keeping the bytes).
    mutating func expect(_ count: Int) {
        if stored != nil {
            expected = count
        } else {
            built.reserveCapacity(count)
        }
    }

    /// Keeps the passengers as a checkpoint holds them (a closed voyage's: rarely checked or
    /// asked about again, and at a year's history the tables were a fifth of a fold's memory);
    /// the table is made again when they are.
    mutating func store() {
        guard stored == nil, built.count > 0 else { return }
        stored = StoredPassengers(table: built)
        built = ExactKeyTable()
        expected = 0
    }

    /// Described as the table it stands for, however it is held: two folds are compared by
    /// reflection (the checkpoint's tests), and one read back holds the same passengers as bytes.
    var customMirror: Mirror { Mirror(self, children: ["table": table]) }
}
