import ExactKeys

/// The voyages pane's order kept up to date as events fold (issue 19): open voyages by
/// departure, then closed ones, ties in the order the voyages were first read. Sorting every
/// voyage on every frame was a frame's largest cost on a year's history; here a line moves
/// only the voyage it touched (`AlertTouches`, which names a void's target's voyage too); a
/// voyage taken out by a void (the positions after it move up) or a new fold sorts them again.
public struct VoyageOrder: Sendable {
    /// What the order compares, before the position.
    public struct Key: Comparable, Sendable {
        var closed: Bool
        var departs: Timestamp

        public init(_ voyage: Voyage) {
            closed = voyage.closed
            departs = voyage.departs ?? Timestamp(epochSeconds: .max, offsetSeconds: 0)
        }

        public static func < (a: Key, b: Key) -> Bool { a.closed != b.closed ? !a.closed : a.departs < b.departs }
    }

    /// Positions in `state.voyages.values`, in the pane's order.
    public private(set) var positions: [Int] = []
    /// Each position's key as it was placed (to find it again when its voyage changes).
    private var keys: [Key] = []
    /// `state.removedVoyages` when the positions were last placed.
    private var removedVoyages = 0
    /// Each position's `tallyWidth`, and how many voyages have each width: the pane's tally
    /// column is as wide as the widest, found without a pass over every voyage.
    private var widths: [Int] = []
    private var voyagesOfWidth: [Int] = []

    /// The columns of the widest `checked/manifest` of all voyages (0: none).
    public var widestTally: Int { voyagesOfWidth.lastIndex { $0 > 0 } ?? 0 }

    /// The columns `checked/manifest` takes, its numbers grouped (`1.326/2.000`).
    public static func tallyWidth(_ voyage: Voyage) -> Int {
        Rupiah.groupedWidth(Int64(voyage.checked)) + 1 + Rupiah.groupedWidth(voyage.manifest)
    }

    public init() {}

    /// How many voyages are open: the first this many of `positions`.
    public var openCount: Int { positions.partitioningIndex { keys[$0].closed } }

    /// The closed voyages departing within `seconds` (since 1970), in the pane's order: a slice
    /// of `positions` found by two binary searches (the closed ones come after the open ones,
    /// ordered by departure).
    public func closed(departingIn seconds: Range<Int64>) -> ArraySlice<Int> {
        let first = positions.partitioningIndex { keys[$0].closed && keys[$0].departs.epochSeconds >= seconds.lowerBound }
        let end = positions.partitioningIndex { keys[$0].closed && keys[$0].departs.epochSeconds >= seconds.upperBound }
        return positions[first..<end]
    }

    public mutating func update(_ state: BorderState, touched: AlertTouches) {
        let voyages = state.voyages.values
        guard !touched.everything, state.removedVoyages == removedVoyages, keys.count <= voyages.count else {
            removedVoyages = state.removedVoyages
            return rebuild(voyages)
        }
        for case .voyage(let id) in touched.subjects {
            guard let position = state.voyages.position(of: id), position < keys.count else { continue }
            let key = Key(voyages[position])
            // A passenger check leaves its voyage where it stands (neither its departure nor
            // whether it is closed changed): taken out and put back, every position after it
            // moved twice, ~45,000 of them at a year's history, for every check.
            if key < keys[position] || keys[position] < key {
                let at = place(keys[position], position)
                guard at < positions.count, positions[at] == position else { return rebuild(voyages) }
                positions.remove(at: at)
                positions.insert(position, at: place(key, position))
            }
            keys[position] = key
            count(widths[position], -1)
            widths[position] = Self.tallyWidth(voyages[position])
            count(widths[position], 1)
        }
        for position in keys.count..<voyages.count {
            keys.append(Key(voyages[position]))
            positions.insert(position, at: place(keys[position], position))
            widths.append(Self.tallyWidth(voyages[position]))
            count(widths[position], 1)
        }
    }

    private mutating func rebuild(_ voyages: ChunkedArray<Voyage>) {
        keys = voyages.map(Key.init)
        positions = Array(keys.indices).sorted(byKey: { keys[$0] }, by: <)
        widths = voyages.map(Self.tallyWidth)
        voyagesOfWidth = []
        for width in widths { count(width, 1) }
    }

    private mutating func count(_ width: Int, _ change: Int) {
        if voyagesOfWidth.count <= width { voyagesOfWidth += Array(repeating: 0, count: width + 1 - voyagesOfWidth.count) }
        voyagesOfWidth[width] += change
    }

    /// Where `position`, placed by `key`, is (or goes) in `positions`.
    private func place(_ key: Key, _ position: Int) -> Int {
        positions.partitioningIndex { other in key < keys[other] || (!(keys[other] < key) && position <= other) }
    }
}
