import Synchronization

/// What `/` and `s` look in for one pane's rows: each row's texts (by its position in the
/// state's table) folded once (`SearchText.folded`), so a key typed into a filter compares bytes
/// instead of lowercasing every text of the history again; and the rows the latest queries
/// matched, so a letter typed after them looks only in those (a query holding an earlier one
/// matches only rows that one matched), and Backspace finds its answer kept. Kept in the feed's
/// `PaneMemo` until the pane's part of the state changes (`ViewContext.filtered`); a frame
/// without a memo makes one for itself. Locked: frames are drawn on the dashboard's thread and
/// the tests' threads.
final class SearchIndex: Sendable {
    private struct Answer: Sendable {
        var query: [UInt8]
        var matches: [Int]
    }

    private let haystacks: [[UInt8]]
    private let answers = Mutex<[Answer]>([])
    private static let capacity = 16

    init(count: Int, texts: (Int) -> [String]) {
        haystacks = (0..<count).map { SearchText.folded(texts($0)) }
    }

    /// The positions of the rows holding `query` in one of their texts, in ascending order.
    func matches(_ query: String) -> [Int] {
        let needle = SearchText.needle(query)
        let (kept, narrowest) = answers.withLock { answers in
            (answers.first { $0.query == needle }, answers.filter { SearchText.contains(needle, $0.query) }.min { $0.matches.count < $1.matches.count })
        }
        if let kept { return kept.matches }
        let found = (narrowest?.matches ?? Array(haystacks.indices)).filter { SearchText.contains(haystacks[$0], needle) }
        answers.withLock { answers in
            answers.insert(Answer(query: needle, matches: found), at: 0)
            if answers.count > Self.capacity { answers.removeLast() }
        }
        return found
    }
}
