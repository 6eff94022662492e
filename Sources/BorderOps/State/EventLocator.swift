/// Where the state put what one folded event changed: enough for an `event.voided` that comes
/// later to find it without the fold keeping every event. A passenger check (nearly every
/// event of a large log) is found by its voyage and its number among the voyage's checks;
/// every other kind of event is kept whole by the state and found by its place there.
struct EventLocator: Sendable, Equatable {
    enum Kind: UInt8, Sendable {
        /// An unknown type, or an extension event that could not be applied: a void of it has
        /// no effect.
        case unknown
        case check
        /// Kept whole in `BorderState.kept`.
        case keptEvent
        /// An `alert.ack`, kept in `BorderState.keptAcknowledgements`.
        case keptExtension
        /// An `event.voided`: a void of it has no effect.
        case void
        /// Voided when it arrived.
        case voided
        /// An id no line has claimed yet that a void targets: the event that claims it is voided.
        case pending
    }

    var kind: Kind
    /// The event was marked `exercise`.
    var exercise = false
    /// `.check`: the voyage's serial (`Voyage.serial`).
    var voyage = 0
    /// `.check`: the check's number among its voyage's checks; `.keptEvent`, `.keptExtension`:
    /// the position in the state's list.
    var index = 0

    static let unknown = EventLocator(kind: .unknown)
    static let void = EventLocator(kind: .void)
    static let voided = EventLocator(kind: .voided)
    static let pending = EventLocator(kind: .pending)

    /// Whether `next`, `offset` events after this one, is the same as this one moved on by
    /// `offset` (the next check of the same voyage, the next kept event, another unknown type):
    /// then both share one `EventRuns` entry.
    @inline(__always)
    func isContinued(by next: EventLocator, offset: Int) -> Bool {
        guard kind == next.kind, exercise == next.exercise else { return false }
        switch kind {
        case .check: return voyage == next.voyage && index &+ offset == next.index
        case .keptEvent, .keptExtension: return index &+ offset == next.index
        case .unknown, .void, .voided: return true
        case .pending: return false
        }
    }

    /// The locator `offset` events further in a run that starts with this one.
    func advanced(by offset: Int) -> EventLocator {
        var next = self
        switch kind {
        case .check, .keptEvent, .keptExtension: next.index += offset
        case .unknown, .void, .voided, .pending: break
        }
        return next
    }
}
