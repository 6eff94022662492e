/// Where a follower stands in one file, as a checkpoint keeps it: after the last complete line
/// read (a partial line is read again), with what a file must still hold there to be the same
/// file grown (the first bytes read, and the bytes ending at `offset`: the checks `FileTail`
/// makes of a replacement). Device and inode are kept to say what happened when they differ.
public struct FilePosition: Sendable, Equatable {
    /// The path as shown (`FileTail.path`).
    public var path: String
    public var device: UInt64
    public var inode: UInt64
    /// Bytes of complete lines read.
    public var offset: Int64
    /// Complete lines read (the next line's number less one).
    public var lines: Int
    /// The first bytes of the file (at most `ReadFingerprint.size`).
    public var head: [UInt8]
    /// The bytes ending at `offset` (at most `ReadFingerprint.size`).
    public var tail: [UInt8]

    public init(path: String, device: UInt64, inode: UInt64, offset: Int64, lines: Int, head: [UInt8], tail: [UInt8]) {
        self.path = path
        self.device = device
        self.inode = inode
        self.offset = offset
        self.lines = lines
        self.head = head
        self.tail = tail
    }
}

/// Why a file could not be taken up where a checkpoint left it (then everything is read again).
public enum ResumeRefusal: Error, Equatable, Sendable {
    case unreadable(path: String, reason: String)
    case shorter(path: String)
    case changed(path: String)
    /// The sources are not the ones the checkpoint was made of (another file, a directory).
    case otherSources
}
