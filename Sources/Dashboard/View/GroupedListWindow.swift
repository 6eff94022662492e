/// Which lines of a list are on screen when its items take one or more lines under group
/// headings (the alerts list, the search hits): the selected item's lines whole, with the line
/// above it (its group's heading) when that fits.
enum GroupedListWindow {
    /// `first` and `last`: the selected item's first and last line.
    static func rows(first: Int, last: Int, lineCount: Int, height: Int) -> Range<Int> {
        var top = max(0, min(first - 1, lineCount - height))
        if last >= top + height { top = last - height + 1 }
        return top..<min(lineCount, top + height)
    }
}
