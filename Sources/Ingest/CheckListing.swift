import BorderOps
import Words

extension FoldedSources {
    /// What `check` prints: every malformed line kept as FILE:LINE: reason (the prefix the same
    /// in both languages, for tools), how many more were not kept, then the counts.
    public func checkListing(_ language: Language) -> [String] {
        var lines = fold.problems.map { "\($0.origin.source):\($0.origin.line): \(Word.lineProblem($0.reason).text(language))" }
        if fold.problems.dropped > 0 {
            lines.append(Word.checkMoreNotListed(dropped: fold.problems.dropped, listed: fold.problems.count).text(language))
        }
        lines.append(Word.checkCounts(fold.counts).text(language))
        return lines
    }
}
