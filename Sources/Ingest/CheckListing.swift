import BorderOps

extension FoldedSources {
    /// What `check` prints: every malformed line kept as FILE:LINE: reason, how many more were
    /// not kept, then the counts.
    public var checkListing: [String] {
        var lines = fold.problems.map { "\($0.origin.source):\($0.origin.line): \($0.reason)" }
        if fold.problems.dropped > 0 {
            lines.append("… \(fold.problems.dropped) more malformed lines not listed (the first \(fold.problems.count) are)")
        }
        let c = fold.counts
        lines.append("\(c.lines) lines: \(c.folded) valid, \(c.voided) voided, \(c.malformed) malformed, \(c.duplicates) duplicate ids, \(c.unknown) unknown types")
        return lines
    }
}
