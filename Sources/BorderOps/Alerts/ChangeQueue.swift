/// The instants at which a time rule changes its answer for one thing (a departure warning
/// starting, an action falling due), earliest first: the alert index wakes only the things whose
/// instant passed, never scanning them all. A binary min-heap; an entry left behind by a later
/// answer is told apart by the caller (`AlertIndex` keeps each thing's current instant).
struct ChangeQueue<Subject: Sendable>: Sendable {
    private var heap: [(at: Timestamp, subject: Subject)] = []

    var isEmpty: Bool { heap.isEmpty }
    var count: Int { heap.count }
    var earliest: (at: Timestamp, subject: Subject)? { heap.first }

    mutating func removeAll() { heap.removeAll(keepingCapacity: true) }

    mutating func push(_ at: Timestamp, _ subject: Subject) {
        heap.append((at, subject))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].at < heap[parent].at else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// Takes the earliest entry out.
    @discardableResult
    mutating func popEarliest() -> (at: Timestamp, subject: Subject)? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let earliest = heap.removeLast()
        var parent = 0
        while true {
            let (left, right) = (2 * parent + 1, 2 * parent + 2)
            var smallest = parent
            if left < heap.count && heap[left].at < heap[smallest].at { smallest = left }
            if right < heap.count && heap[right].at < heap[smallest].at { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return earliest
    }
}
