import BorderOps
import Words

/// The report as Markdown (CommonMark with pipe tables). Event text is escaped so that it stays
/// literal: no link, emphasis, raw HTML or table cell can come from a summary.
public enum MarkdownRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out: [String] = []
        let mark = "**\(Word.exerciseBanner.text(doc.language))**"
        if doc.exercise { out += [mark, ""] }
        out += ["# \(doc.kind)", "", "## \(escape(doc.title))", ""]
        for block in doc.blocks {
            switch block {
            case .heading(let text):
                out += ["### \(escape(text))", ""]
            case .fields(let fields):
                out += fields.map { "- **\(escape($0.label)):** \(escape($0.value))" } + [""]
            case .paragraph(let text):
                out += [atLineStart(escape(text)), ""]
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
                out += [atLineStart(escape(placeAndDate)) + "  ", atLineStart(escape(role)), "", "<br><br><br>", "", "(______________________________)", ""]
            }
        }
        out += ["---", "", "*\(escape(doc.generatedLine))*", ""]
        if !doc.anchors.isEmpty {
            out += [escape(Word.anchors.text(doc.language)), ""]
            out += doc.anchors.map { "- \(escape($0.file)), \(Word.anchorLine.text(doc.language)) \($0.line): `\($0.hash)`" } + [""]
        }
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
        // GFM also links bare addresses (`https://…`, `www.…`, `name@host`): break them up.
        return out.replacing("://", with: "\\://").replacing("www.", with: "www\\.").replacing("WWW.", with: "WWW\\.")
            .replacing("@", with: "\\@")
    }

    /// Escaped text that begins a line: no heading, list, quote, rule or code block may start
    /// there (`# …`, `- `, `+ `, `> `, `=`, `1. `, `1) `, an indent).
    static func atLineStart(_ escaped: String) -> String {
        var text = Substring(escaped.drop { $0 == " " || $0 == "\t" })
        guard let first = text.first else { return "" }
        if "#-+>=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
            text = text.prefix(digits.count) + "\\" + text.dropFirst(digits.count)
        }
        return String(text)
    }
}
