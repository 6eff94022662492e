/// The slots the two exact-key tables share the rules of (`ExactKeyTable`, `PackedKeySet`):
/// open addressing, a control byte per slot (0 when free, else the top bit and 7 bits of the
/// key's hash, SwissTable-like), at most three quarters of the slots taken.
@usableFromInline
enum SlotRules {
    /// Occupied, with the top 7 bits of the hash (the slot comes from the low bits).
    @inlinable @inline(__always)
    static func tag(_ hash: Int) -> UInt8 { 0x80 | UInt8(truncatingIfNeeded: UInt(bitPattern: hash) >> 57) }

    /// One empty slot shared by every table made without room (`ExactKeyTable.init`): a
    /// look-up reads it as absent, the first insert grows past it.
    static let vacantControl: [UInt8] = [0]
    static let vacantPositions: [UInt32] = [0]

    /// `size` free slots (a power of two) and the mask that takes a hash to one of them.
    @usableFromInline
    static func empty(_ size: Int) -> (control: [UInt8], positions: [UInt32], mask: Int) {
        (Array(repeating: 0, count: size), Array(repeating: 0, count: size), size - 1)
    }

    /// Places the key numbered `number` in the first free slot from its hash's, in slots known
    /// not to hold it (an index made again as it grows: no comparisons).
    @inlinable @inline(__always)
    static func place(_ number: Int, hash: Int, control: inout [UInt8], positions: inout [UInt32], mask: Int) {
        var i = hash & mask
        while control[i] != 0 { i = (i + 1) & mask }
        control[i] = tag(hash)
        positions[i] = UInt32(truncatingIfNeeded: number)
    }

    /// Slots enough for `count` keys at most three quarters full (8 at least, a power of two).
    @usableFromInline
    static func size(for count: Int) -> Int {
        var size = 8
        while size / 4 * 3 < count { size *= 2 }
        return size
    }
}
