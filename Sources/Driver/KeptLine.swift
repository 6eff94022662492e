import BorderOps
import EventLog

/// A line read while the checkpoint was (`DashboardFeed.loadCheckpoint(behind:show:)`): folded
/// into the preview at once, and into the checkpoint's fold once it is read. A copy: the reader's
/// buffer is reused.
struct KeptLine {
    let path: String
    let number: Int
    let bytes: [UInt8]
    /// The full length, when the line was longer than the bytes kept (`LineRef.length`).
    let length: Int

    init(path: String, line: LineRef) {
        self.path = path
        number = line.number
        bytes = Array(line.bytes)
        length = line.length
    }

    @discardableResult
    func fold(into fold: inout EventFold) -> LineOutcome {
        bytes.withUnsafeBytes { fold.ingest(line: $0, length: length, origin: LineOrigin(source: path, line: number)) }
    }
}
