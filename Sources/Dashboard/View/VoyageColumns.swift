import BorderOps
import Words

/// The voyages list's column widths for a pane's width, and the words heading the count
/// columns: each count column starts with its word and is as wide as the word or its widest
/// count, and a blank. The last check, the vessel's spare width, the full words (for short
/// ones), the route, the departure and the bar give way in that order until the row fits (the
/// departure time matters most to a duty officer after the counts); very narrow, cleared and
/// one sum of the other four results, and the room left goes to the tally's heading and the vessel.
struct VoyageColumns {
    var vessel = 16, route = 20, departs = 16, bar = 12, last = 10
    /// A heading per count column: a word per result, or cleared and the others.
    private(set) var headings: [String] = []
    /// Each count column's width, its blank included.
    private(set) var counts: [Int] = []
    /// Very narrow: cleared, then one sum of the other four results.
    var summedCounts: Bool { counts.count == 2 }

    /// The widest `checked/manifest` among the voyages shown.
    var tallyDigits = 7
    /// Room left after the tally so its heading (`diperiksa`) is not cut where the bar is gone.
    private(set) var tallyRoom = 0
    /// `checked/manifest` with a blank after it (and one before, after a bar).
    var tally: Int { tallyDigits + (bar > 0 ? 2 : 1) + tallyRoom }

    /// The last count column needs no blank after it when nothing follows.
    var total: Int { 2 + vessel + route + departs + bar + tally + counts.reduce(0, +) - (last > 0 ? 0 : 1) + last }

    /// The words that can head the count columns, longest first.
    struct Legend {
        var full: [String], short: [String], summed: [String]

        init(full: [String], short: [String], summed: [String]) {
            (self.full, self.short, self.summed) = (full, short, summed)
        }

        init(_ context: ViewContext) {
            let full = CheckResult.allCases.map { context.t(.code($0)) }
            self.init(full: full, short: CheckResult.allCases.map { context.t(.shortCode($0)) }, summed: [full[0], context.t(.otherResults)])
        }
    }

    /// `countWidth`: the widest count shown with its mark (`✓1.500`); `checkedWidth`: the tally's heading.
    init(width: Int, tallyDigits: Int, departsWidth: Int = 0, countWidth: Int = 0, checkedWidth: Int = 0, legend: Legend) {
        self.tallyDigits = max(7, tallyDigits)
        departs = min(21, max(departs, departsWidth + 1))
        let vesselWidth = vessel
        head(legend.full, minimum: 7, countWidth)
        if total > width { last = 0 }
        if total > width { vessel = max(12, vessel - (total - width)) }
        if total > width { vessel = vesselWidth; head(legend.short, minimum: 7, countWidth) }
        if total > width { bar = 6 }
        if total > width { route = 0 }
        if total > width { head(legend.short, minimum: 5, countWidth) }
        if total > width { vessel = max(10, vessel - (total - width)) }
        if total > width { departs = 0 }
        if total > width { bar = 0 }
        if total > width { head(legend.summed, minimum: 6, countWidth) }
        if total > width { vessel = max(6, vessel - (total - width)) }
        // Narrower than any pane the layout draws: the marks alone head the two counts.
        if total > width { head([resultMark(.cleared), "!"], minimum: 6, countWidth) }
        tallyRoom = max(0, min(checkedWidth + 1 - bar - tally, width - total))
        // Narrow (no route), what is left goes back to the vessel's name (`KM. Thalia`, not `KM. Thal…`).
        if route == 0 { vessel += max(0, width - total) }
    }

    /// Count column `k` as drawn: the last without its blank when nothing follows it.
    func count(_ k: Int) -> Int { counts[k] - (k == counts.count - 1 && last == 0 ? 1 : 0) }

    private mutating func head(_ words: [String], minimum: Int, _ countWidth: Int) {
        headings = words
        counts = words.map { max(minimum, countWidth + 1, DisplayWidth.of($0) + 1) }
    }
}
