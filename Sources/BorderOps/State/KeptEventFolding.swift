import ExactKeys

/// A thing read entirely from events the state keeps whole (all but voyages, whose checks are
/// too many to keep): a void of one of its events reads the others again.
protocol KeptEventFolding: KeepsEvents {
    init(id: String, post: String)
    /// What one event about it says.
    mutating func fold(_ event: Event)
}

/// A thing whose own events the state keeps whole (a voyage's opening and closing too).
protocol KeepsEvents: Identified {
    /// Its events as positions in `BorderState.kept`, in reading order.
    var keptPositions: [Int] { get set }
}

extension Voyage: KeepsEvents {}
