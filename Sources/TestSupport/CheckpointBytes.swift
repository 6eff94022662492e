import BorderOps

/// A fold's checkpoint payload as bytes (written `chunkSize` bytes at a time: small chunks cross
/// every value's edge), and a fold read back from such bytes.
public func checkpointBytes(of fold: EventFold, chunkSize: Int = 1 << 20) throws -> [UInt8] {
    var out: [UInt8] = []
    var writer = CheckpointWriter(chunkSize: chunkSize) { out.append(contentsOf: $0) }
    try fold.writeCheckpoint(to: &writer)
    try writer.flush()
    return out
}

public func foldReadBack(from bytes: [UInt8]) throws -> EventFold {
    try bytes.withUnsafeBytes { try EventFold(checkpoint: $0) }
}
