import BorderOps

/// Small inline SVG pictures for the printed report. Every figure is also in a table, so
/// nothing depends on the picture; labels are escaped like any text.
enum SVGCharts {
    static let palette = ["#2e7d32", "#f9a825", "#1565c0", "#c62828", "#6a1b9a", "#00838f"]

    /// Horizontal bars, one per category, stacked by series, with a legend.
    static func bars(_ chart: ReportChart) -> String {
        let rowHeight = 18, labelWidth = 150, barWidth = 440, top = 22
        let height = top + chart.bars.count * rowHeight + 8
        // Totals saturate and bars scale in floating point: counts may be as large as 2^63-1.
        func total(_ values: [Int64]) -> Int64 { values.reduce(Int64(0)) { $0.saturatingAdd(max(0, $1)) } }
        let maximum = Double(max(1, chart.bars.map { total($0.1) }.max() ?? 1))
        var parts: [String] = []
        var x = 0
        for (i, name) in chart.series.enumerated() {
            parts.append("<rect x=\"\(x)\" y=\"4\" width=\"10\" height=\"10\" fill=\"\(palette[i % palette.count])\"/>")
            parts.append("<text x=\"\(x + 13)\" y=\"13\">\(HTMLRenderer.escape(name))</text>")
            x += 14 + name.count * 6 + 12
        }
        for (row, bar) in chart.bars.enumerated() {
            let y = top + row * rowHeight
            parts.append("<text x=\"0\" y=\"\(y + 12)\">\(HTMLRenderer.escape(String(bar.0.prefix(24))))</text>")
            var offset = 0
            for (i, value) in bar.1.enumerated() where value > 0 {
                let width = max(1, Int((Double(value) / maximum * Double(barWidth)).rounded(.down)))
                parts.append("<rect x=\"\(labelWidth + offset)\" y=\"\(y + 2)\" width=\"\(width)\" height=\"\(rowHeight - 5)\" fill=\"\(palette[i % palette.count])\"><title>\(HTMLRenderer.escape(chart.series[i])): \(value)</title></rect>")
                offset += width
            }
            parts.append("<text x=\"\(labelWidth + offset + 4)\" y=\"\(y + 12)\">\(total(bar.1))</text>")
        }
        return "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"\(height)\" viewBox=\"0 0 640 \(height)\" role=\"img\" aria-label=\"\(HTMLRenderer.escape(chart.title))\">"
            + parts.joined() + "</svg><figcaption>\(HTMLRenderer.escape(chart.title))</figcaption></figure>"
    }

    /// A horizontal line with a marker and label at each phase's time. Labels take four levels
    /// (two above the line, two below) so that phases minutes apart do not print over each other.
    static func timeline(_ entries: [TimelineEntry]) -> String {
        let width = 640, left = 10, right = 10, line = 36
        let span = Double(max(1, entries.map(\.minute).max() ?? 1))
        let levels = [12, 24, 56, 68]
        var parts = ["<line x1=\"\(left)\" y1=\"\(line)\" x2=\"\(width - right)\" y2=\"\(line)\" stroke=\"#555\" stroke-width=\"2\"/>"]
        for (i, e) in entries.enumerated() {
            let x = left + Int(Double(max(0, e.minute)) / span * Double(width - left - right))
            let anchor = x < 90 ? "start" : (x > width - 90 ? "end" : "middle")
            parts.append("<circle cx=\"\(x)\" cy=\"\(line)\" r=\"4\" fill=\"#1565c0\"/>")
            parts.append("<text x=\"\(x)\" y=\"\(levels[i % levels.count])\" text-anchor=\"\(anchor)\">\(HTMLRenderer.escape(e.time)) \(HTMLRenderer.escape(e.label))</text>")
        }
        return "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"76\" viewBox=\"0 0 \(width) 76\" role=\"img\">"
            + parts.joined() + "</svg></figure>"
    }
}
