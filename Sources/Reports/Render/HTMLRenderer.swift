import BorderOps
import SafeText
import Words

/// The report as one self-contained HTML file for printing on A4: no network, no external fonts
/// or scripts; page numbers and the exercise mark on every page come from CSS page margin boxes.
/// Every text from an event is escaped for HTML, so a summary like `<img src=x onerror=…>` is
/// shown as text and changes nothing else in the document.
public enum HTMLRenderer {
    public static func render(_ doc: ReportDocument) -> String {
        let l = doc.language
        let exercise = Word.exerciseBanner.text(l)
        var body: [String] = []
        if doc.exercise { body.append("<p class=\"exercise\">\(escape(exercise))</p>") }
        body.append("<header><h1>\(escape(doc.kind))</h1><h2>\(escape(doc.title))</h2></header>")
        var timelineCount = 0
        for block in doc.blocks {
            switch block {
            case .heading(let text):
                body.append("<h3>\(escape(text))</h3>")
            case .fields(let fields):
                body.append("<table class=\"fields\">" + fields.map {
                    "<tr><th scope=\"row\">\(escape($0.label))</th><td>\(escape($0.value))</td></tr>"
                }.joined() + "</table>")
            case .paragraph(let text):
                body.append("<p>\(escape(text))</p>")
            case .table(let table):
                body.append(tableHTML(table))
            case .timeline(let entries):
                timelineCount += 1
                body.append(SVGCharts.timeline(entries))
            case .chart(let chart):
                body.append(SVGCharts.bars(chart))
            case .signature(let placeAndDate, let role):
                body.append("<div class=\"signature\"><p>\(escape(placeAndDate))<br>\(escape(role))</p><p class=\"blank\">(\(String(repeating: "&nbsp;", count: 40)))</p></div>")
            }
        }
        var footer = "<footer>\(escape(doc.generatedLine))"
        if !doc.anchors.isEmpty {
            footer += "<p class=\"anchors\">\(escape(Word.anchors.text(l)))</p><ul class=\"anchors\">" + doc.anchors.map {
                "<li>\(escape($0.file)), \(escape(Word.anchorLine.text(l))) \($0.line): <code>\(escape($0.hash))</code></li>"
            }.joined() + "</ul>"
        }
        body.append(footer + "</footer>")
        let page = Word.page.text(l)
        let of = Word.pageOf.text(l)
        let exerciseBox = doc.exercise ? "@top-center { content: \"\(cssString(exercise))\"; color: #b00020; font-weight: bold; letter-spacing: .1em; }" : ""
        return """
            <!DOCTYPE html>
            <html lang="\(l.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="generator" content="Borderdesk">
            <title>\(escape(doc.kind)): \(escape(doc.title))</title>
            <style>
            @page { size: A4; margin: 20mm 16mm 22mm 16mm;
              @bottom-right { content: "\(page) " counter(page) " \(of) " counter(pages); font: 9pt sans-serif; color: #444; }
              \(exerciseBox) }
            body { font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; margin: 0; }
            @media screen { body { margin: 2em auto; padding: 0 2em; max-width: 60em; } }
            header { text-align: center; border-bottom: 2px solid #111; margin-bottom: 10pt; }
            h1 { font-size: 14pt; margin: 0 0 2pt; letter-spacing: .05em; }
            h2 { font-size: 12pt; font-weight: normal; margin: 0 0 6pt; }
            h3 { font-size: 11pt; margin: 14pt 0 4pt; border-bottom: 1px solid #999; break-after: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; }
            th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            tr { break-inside: avoid; }
            table.fields th { width: 28%; background: none; border: none; font-weight: bold; }
            table.fields td { border: none; }
            .exercise { text-align: center; color: #b00020; font-weight: bold; border: 2px solid #b00020; padding: 2pt; letter-spacing: .1em; }
            figure { margin: 6pt 0; break-inside: avoid; }
            figcaption { font-size: 9pt; color: #444; }
            svg text { font: 8pt sans-serif; }
            .signature { width: 45%; margin: 24pt 0 0 auto; text-align: center; break-inside: avoid; }
            .signature .blank { margin-top: 48pt; }
            footer { margin-top: 18pt; font-size: 8.5pt; color: #555; border-top: 1px solid #999; }
            .anchors { margin: 2pt 0 0; }
            ul.anchors { padding-left: 12pt; }
            .anchors code { font: 7.5pt "DejaVu Sans Mono", monospace; word-break: break-all; }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func tableHTML(_ table: ReportTable) -> String {
        let head = table.header.enumerated().map { i, h in "<th scope=\"col\"\(table.numeric.contains(i) ? " class=\"n\"" : "")>\(escape(h))</th>" }.joined()
        let rows = table.rows.map { row in
            "<tr>" + row.enumerated().map { i, cell in "<td\(table.numeric.contains(i) ? " class=\"n\"" : "")>\(escape(cell))</td>" }.joined() + "</tr>"
        }.joined(separator: "\n")
        return "<table><thead><tr>\(head)</tr></thead><tbody>\n\(rows)\n</tbody></table>"
    }

    /// Text for HTML content and attribute values. Control and bidi characters are shown
    /// escaped first (as everywhere), then the five HTML specials become entities.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in DisplayText.escaped(text) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A CSS string body (our own words only, but kept safe all the same).
    static func cssString(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.isASCII ? ($0 != "\"" && $0 != "\\" && $0.value >= 0x20) : true }.map(Character.init))
    }
}
