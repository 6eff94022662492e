/// What one claimed event id stands for in the fold, in eight bytes: enough for an
/// `event.voided` that comes later to find what its target changed, without the fold keeping
/// every event. A passenger check (nearly every event of a large log) is found by its voyage,
/// its passenger's place in the voyage and which of that passenger's checks it was; every
/// other kind of event is kept whole by the state (`BorderState.kept`), and found by its place
/// there.
///
/// Layout: bits 0-2 the kind, bit 3 the event's `exercise` flag; for `.check`, bits 4-11 the
/// check's ordinal among its passenger's checks, bits 12-35 the voyage's serial, bits 36-63
/// the passenger's position; for `.keptEvent`, `.keptExtension` and `.wideCheck`, bits 4-63 a
/// position in a list.
struct EventLocator: Sendable, Equatable {
    enum Kind: UInt8 {
        /// An unknown type, or an extension event that could not be applied: a void of it has
        /// no effect.
        case unknown = 0
        case check
        /// A check whose numbers do not fit the compact layout: `BorderState.wideChecks`.
        case wideCheck
        case keptEvent
        /// An `alert.ack`, kept by the state (`BorderState.keptAcknowledgements`).
        case keptExtension
        /// An `event.voided`: a void of it has no effect.
        case void
        /// Voided already (when it arrived, or later).
        case voided
        /// An id no line has claimed yet that a void targets: the event that claims it is voided.
        case pending
    }

    private var raw: UInt64

    private init(raw: UInt64) { self.raw = raw }

    init(_ kind: Kind, exercise: Bool = false) {
        raw = UInt64(kind.rawValue) | (exercise ? 8 : 0)
    }

    var kind: Kind { Kind(rawValue: UInt8(truncatingIfNeeded: raw & 7))! }
    var exercise: Bool { raw & 8 != 0 }

    static let unknown = EventLocator(.unknown)
    static let void = EventLocator(.void)
    static let voided = EventLocator(.voided)
    static let pending = EventLocator(.pending)

    static let maximumOrdinal = 0xFF
    static let maximumVoyageSerial = 0xFF_FFFF
    static let maximumPassenger = 0xFFF_FFFF

    /// A passenger check, or nil when a number is too large for the compact layout.
    @inline(__always)
    static func check(voyageSerial: Int, passenger: Int, ordinal: Int, exercise: Bool) -> EventLocator? {
        guard ordinal <= maximumOrdinal, voyageSerial <= maximumVoyageSerial, passenger <= maximumPassenger else { return nil }
        return EventLocator(raw: UInt64(Kind.check.rawValue) | (exercise ? 8 : 0) | UInt64(ordinal) << 4
                            | UInt64(voyageSerial) << 12 | UInt64(passenger) << 36)
    }

    /// A position in a list of the state (`.keptEvent`, `.keptExtension`, `.wideCheck`).
    static func listed(_ kind: Kind, at position: Int, exercise: Bool = false) -> EventLocator {
        EventLocator(raw: UInt64(kind.rawValue) | (exercise ? 8 : 0) | UInt64(position) << 4)
    }

    var ordinal: Int { Int(truncatingIfNeeded: raw >> 4 & 0xFF) }
    var voyageSerial: Int { Int(truncatingIfNeeded: raw >> 12 & 0xFF_FFFF) }
    var passenger: Int { Int(truncatingIfNeeded: raw >> 36) }
    var position: Int { Int(truncatingIfNeeded: raw >> 4) }
}
