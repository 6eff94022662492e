/// A voyage's latest checks, for its detail view and the gate: a ring of up to
/// `Voyage.recentCheckLimit`, the oldest replaced first. Read back from a checkpoint it stays
/// the checkpoint's bytes (`StoredRecentChecks`) until it changes.
struct RecentCheckRing: Sendable, CustomReflectable {
    private(set) var ring: [PassengerCheck] = []
    /// Where the next check goes once the ring is full.
    private(set) var next = 0
    private(set) var stored: StoredRecentChecks?

    init() {}

    init(stored: StoredRecentChecks, next: Int) {
        self.stored = stored
        self.next = next
    }

    /// The latest checks, newest last.
    var inOrder: [PassengerCheck] {
        let ring = stored?.ring() ?? ring
        return ring.count < Voyage.recentCheckLimit ? ring : Array(ring[next...] + ring[..<next])
    }

    @inline(__always)
    mutating func append(_ check: consuming PassengerCheck) {
        if stored != nil { takeUpStored() }
        // Moved into the ring, not copied: the check is this voyage's from here on.
        if ring.count < Voyage.recentCheckLimit {
            ring.append(consume check)
        } else {
            ring[next] = consume check
        }
        next = (next + 1) % Voyage.recentCheckLimit
    }

    /// The ring without the check numbered `number`, if it is there.
    mutating func remove(number: Int) -> PassengerCheck? {
        var ordered = inOrder
        guard let i = ordered.firstIndex(where: { $0.number == number }) else { return nil }
        let removed = ordered.remove(at: i)
        ring = ordered
        next = ordered.count % Voyage.recentCheckLimit
        stored = nil
        return removed
    }

    /// Keeps the checks as a checkpoint holds them (a closed voyage's), until the ring changes.
    mutating func store() {
        guard stored == nil, !ring.isEmpty else { return }
        stored = StoredRecentChecks(ring: ring)
        ring = []
    }

    private mutating func takeUpStored() {
        guard let stored else { return }
        ring = stored.ring()
        // A ring not yet full goes on at its end (bytes that did not read are an empty one).
        if ring.count < Voyage.recentCheckLimit { next = ring.count }
        self.stored = nil
    }

    /// Two rings holding the same checks in the same order are the same, however kept.
    var customMirror: Mirror { Mirror(self, children: ["checks": inOrder]) }
}
