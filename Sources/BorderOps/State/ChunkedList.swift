/// A list that only grows, stored in chunks of a fixed size: growing never copies what is
/// there, so a large list never stands twice in memory as an array does while it doubles, and
/// a copy of the state (a dashboard frame) shares all but the last chunk.
struct ChunkedList<Element: Sendable>: Sendable {
    private static var chunkSize: Int { 1024 }
    private var chunks: [[Element]] = []
    private(set) var count = 0

    /// `consuming`: the element is moved in (an event's strings not retained here and
    /// released by the caller).
    mutating func append(_ element: consuming Element) {
        if count % Self.chunkSize == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Read in place: an event handed on from here is not copied (and its strings retained) first.
    subscript(position: Int) -> Element {
        _read { yield chunks[position / Self.chunkSize][position % Self.chunkSize] }
    }
}
