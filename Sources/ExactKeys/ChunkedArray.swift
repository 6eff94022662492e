/// An array stored in chunks of a fixed size (a power of two). Two things a plain array cannot
/// give a state that is copied while it changes:
/// - growing never copies what is there, so a large list never stands twice in memory as an
///   array does while it doubles;
/// - a copy shares the chunks: a change after it copies the list of chunks and the one chunk
///   changed, not every element (a checkpoint written on its own thread holds a copy of the
///   fold while appends change it; with a plain array the first append copied every voyage).
public struct ChunkedArray<Element>: RandomAccessCollection {
    @usableFromInline var chunks: [[Element]] = []
    @usableFromInline var storedCount = 0
    /// Elements per chunk: 1 << shift.
    @usableFromInline let shift: Int

    @inlinable
    public init(chunkShift: Int) {
        precondition((1...20).contains(chunkShift), "a chunk of 2 to 2^20 elements")
        shift = chunkShift
    }

    /// The same elements in chunks of 1 << `chunkShift`.
    public init(_ elements: some Sequence<Element>, chunkShift: Int) {
        self.init(chunkShift: chunkShift)
        for element in elements { append(element) }
    }

    @inlinable public var count: Int { storedCount }
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storedCount }
    @inlinable @inline(__always) var mask: Int { (1 << shift) - 1 }

    /// Read and changed in place: an element handed on from here is not copied (its strings
    /// retained) first; a change copies only its chunk when that is shared.
    @inlinable
    public subscript(position: Int) -> Element {
        _read { yield chunks[position >> shift][position & mask] }
        _modify { yield &chunks[position >> shift][position & mask] }
    }

    /// `consuming`: the element is moved in, not retained here and released by the caller.
    @inlinable
    public mutating func append(_ element: consuming Element) {
        if storedCount & mask == 0 {
            chunks.append([])
            // A list that filled one chunk is a large one: its next chunks are made whole at
            // once; a small one (a post's few operations) grows its first chunk as it needs.
            if chunks.count > 1 { chunks[chunks.count - 1].reserveCapacity(1 << shift) }
        }
        chunks[chunks.count - 1].append(element)
        storedCount += 1
    }

    /// Room in the list of chunks for `capacity` elements (the chunks are made as they fill).
    public mutating func reserveCapacity(_ capacity: Int) {
        chunks.reserveCapacity((capacity + mask) >> shift)
    }

    /// Walks chunk by chunk: no division per element.
    @inlinable
    public func makeIterator() -> FlattenSequence<[[Element]]>.Iterator {
        chunks.joined().makeIterator()
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}
