import Synchronization

/// The last few detail documents wrapped, by their entries and width. A detail view is drawn
/// again on every key (↓ in a voyage's 1,326 checks) and the document is the same each time;
/// wrapping every entry (display widths, word breaks) was nearly all of a frame's cost, so a
/// frame cost what the whole document did. Comparing entries is a plain string comparison,
/// far cheaper than wrapping them. Shared by threads (the dashboard's, the tests'), so locked.
enum DetailLinesMemo {
    typealias Lines = [(text: String, role: Role, style: CellStyle, link: Int?)]

    private struct Kept {
        var entries: [DetailDocument.Entry]
        var width: Int
        var lines: Lines
    }

    /// A voyage's detail and the one before it (going back and forth between two).
    private static let capacity = 2
    private static let kept = Mutex<[Kept]>([])

    static func lines(_ entries: [DetailDocument.Entry], width: Int, wrap: () -> Lines) -> Lines {
        if let hit = kept.withLock({ $0.first { $0.width == width && $0.entries == entries }?.lines }) { return hit }
        let lines = wrap()
        kept.withLock { kept in
            kept.insert(Kept(entries: entries, width: width, lines: lines), at: 0)
            if kept.count > capacity { kept.removeLast() }
        }
        return lines
    }
}
