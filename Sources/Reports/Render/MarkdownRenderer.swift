import BorderOps

/// The report as Markdown (CommonMark with pipe tables). Event text is escaped so that it stays
/// literal: no link, emphasis, raw HTML or table cell can come from a summary.
public enum MarkdownRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out: [String] = []
        let mark = "**\(ReportWord.exerciseMark.text(doc.language))**"
        if doc.exercise { out += [mark, ""] }
        out += ["# \(doc.kind)", "", "## \(escape(doc.title))", ""]
        for block in doc.blocks {
            switch block {
            case .heading(let text):
                out += ["### \(escape(text))", ""]
            case .fields(let fields):
                out += fields.map { "- **\(escape($0.label)):** \(escape($0.value))" } + [""]
            case .paragraph(let text):
                out += [escape(text), ""]
            case .table(let table):
                out.append("| " + table.header.map(escape).joined(separator: " | ") + " |")
                out.append("|" + table.header.indices.map { table.numeric.contains($0) ? " ---: |" : " --- |" }.joined())
                for row in table.rows { out.append("| " + row.map(escape).joined(separator: " | ") + " |") }
                out.append("")
            case .timeline(let entries):
                out += [entries.map { "\($0.time) \(escape($0.label))" }.joined(separator: " → "), ""]
            case .chart:
                continue  // the figures are in the table beside it
            case .signature(let placeAndDate, let role):
                out += [escape(placeAndDate) + "  ", escape(role), "", "<br><br><br>", "", "(______________________________)", ""]
            }
        }
        out += ["---", "", "*\(escape(doc.generatedLine))*", ""]
        if doc.exercise { out += [mark, ""] }
        return out.joined(separator: "\n")
    }

    /// Control and bidi characters shown escaped (as in the text report), line breaks flattened,
    /// then every character that could start Markdown syntax where event text goes (never at
    /// the start of a line: after `- **Label:** `, `| ` or `## `) backslash-escaped: emphasis,
    /// code, links (`[` and `]`; a `(` cannot make a link without them), raw HTML and entities,
    /// table cells, strikethrough.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in DisplayText.escaped(text) {
            if "\\`*_[]<>|&~".contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }
}
