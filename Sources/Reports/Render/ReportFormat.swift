/// The forms a report is written in: text for the terminal, Markdown, or a self-contained
/// printable HTML page.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, md, html

    public func render(_ doc: ReportDocument) -> String {
        switch self {
        case .text: TextRenderer.render(doc)
        case .md: MarkdownRenderer.render(doc)
        case .html: HTMLRenderer.render(doc)
        }
    }
}
