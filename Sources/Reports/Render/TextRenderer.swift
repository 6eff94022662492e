import BorderOps
import Words

/// The report as plain text for a terminal or a printer: columns padded, figures right-aligned.
/// Every text from an event goes through `DisplayText`, so no control character, escape
/// sequence or bidi override reaches the terminal.
public enum TextRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        var out: [String] = []
        let title = [doc.kind, clean(doc.title)]
        let rule = String(repeating: "=", count: max(title.map(\.count).max() ?? 0, 20))
        if doc.exercise { out.append("*** \(Word.exerciseBanner.text(doc.language)) ***") }
        out += title + [rule, ""]
        for block in doc.blocks {
            switch block {
            case .heading(let text):
                out += [text.uppercased(), String(repeating: "-", count: text.count)]
            case .fields(let fields):
                let width = fields.map(\.label.count).max() ?? 0
                for f in fields { out.append(pad(f.label, width) + " : " + clean(f.value)) }
                out.append("")
            case .paragraph(let text):
                out += [clean(text), ""]
            case .table(let table):
                out += lines(table) + [""]
            case .timeline(let entries):
                out.append(entries.map { "\($0.time) \(clean($0.label))" }.joined(separator: " → "))
                out.append("")
            case .chart:
                continue  // the figures are in the table beside it
            case .signature(let placeAndDate, let role):
                out += [clean(placeAndDate), role, "", "", "", "(" + String(repeating: "_", count: 30) + ")", ""]
            }
        }
        out.append(doc.generatedLine)
        if !doc.anchors.isEmpty {
            out += ["", Word.anchors.text(doc.language)]
            out += doc.anchors.map { "  \(clean($0.file)), \(Word.anchorLine.text(doc.language)) \($0.line): \($0.hash)" }
        }
        if doc.exercise { out.append("*** \(Word.exerciseBanner.text(doc.language)) ***") }
        return out.joined(separator: "\n") + "\n"
    }

    static func clean(_ text: String) -> String { DisplayText.escaped(text) }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let room = String(repeating: " ", count: max(0, width - text.count))
        return right ? room + text : text + room
    }

    static func lines(_ table: ReportTable) -> [String] {
        let rows = [table.header] + table.rows.map { $0.map(clean) }
        // Every column but the last is capped; the last (notes, reasons) is never cut.
        let last = table.header.count - 1
        let widths = table.header.indices.map { i in
            let widest = rows.map { i < $0.count ? $0[i].count : 0 }.max() ?? 0
            return i == last ? widest : min(48, widest)
        }
        func line(_ row: [String]) -> String {
            table.header.indices.map { i in
                var cell = i < row.count ? row[i] : ""
                if i != last && cell.count > widths[i] { cell = String(cell.prefix(widths[i] - 1)) + "…" }
                return pad(cell, widths[i], right: table.numeric.contains(i))
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }
        return [line(table.header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + table.rows.map { line($0.map(clean)) }
    }
}
