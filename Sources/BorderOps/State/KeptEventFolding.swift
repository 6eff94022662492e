import ExactKeys

/// A thing read entirely from events the state keeps whole (all but voyages, whose checks are
/// too many to keep): a void of one of its events reads the others again.
protocol KeptEventFolding: Identified {
    init(id: String, post: String)
    /// Its events as positions in `BorderState.kept`, in reading order.
    var keptPositions: [Int] { get set }
    /// What one event about it says.
    mutating func fold(_ event: Event)
}
