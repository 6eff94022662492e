/// A detail view's content before it meets a width: headings, labelled fields and items, each
/// wrapped to the view's width when drawn (continuation lines indented under the text, so a
/// long note reads as one block). The id of what is described comes first (`y` copies it).
struct DetailDocument: Sendable {
    struct Entry: Sendable, Equatable {
        var text: String
        var role: Role
        var style: CellStyle
        /// Columns before the text on every line.
        var indent: Int
        /// Further columns before the continuation lines (a field's label, an item's mark).
        var hanging: Int
        /// The position in `links` of what Enter opens from this entry, if anything.
        var link: Int? = nil
    }

    var title: String
    /// The id `y` copies.
    var id: String
    private(set) var entries: [Entry] = []
    /// What Enter can open from the view, in order (the desk's seizures): ↑↓ select among them.
    private(set) var links: [DetailTarget] = []

    init(title: String, id: String) {
        self.title = title
        self.id = id
    }

    mutating func heading(_ text: String, role: Role = .accent) {
        if !entries.isEmpty { blank() }
        entries.append(Entry(text: text, role: role, style: .bold, indent: 0, hanging: 0))
    }

    /// `label: value`, the value's further lines under the value.
    mutating func field(_ label: String, _ value: String, role: Role = .text) {
        let head = "\(label): "
        entries.append(Entry(text: head + value, role: role, style: .plain, indent: 0, hanging: DisplayWidth.of(head)))
    }

    /// An item of a list: `mark` then the text, its further lines under the text. `opens`: what
    /// Enter opens when it is selected (consecutive items opening the same are one link).
    mutating func item(_ mark: String, _ text: String, role: Role = .text, style: CellStyle = .plain, indent: Int = 1, opens: DetailTarget? = nil) {
        let head = mark.isEmpty ? "" : mark + " "
        if let opens, links.last != opens || entries.last?.link == nil { links.append(opens) }
        entries.append(Entry(text: head + text, role: role, style: style, indent: indent, hanging: DisplayWidth.of(head),
                             link: opens == nil ? nil : links.count - 1))
    }

    mutating func text(_ text: String, role: Role = .text, indent: Int = 0) {
        entries.append(Entry(text: text, role: role, style: .plain, indent: indent, hanging: 0))
    }

    /// Entries written elsewhere (a memo's), as they are.
    mutating func append(_ more: [Entry]) { entries += more }

    mutating func blank() { entries.append(Entry(text: "", role: .text, style: .plain, indent: 0, hanging: 0)) }

    /// Every line at `width` columns: (text with its indent, role, style, link).
    func lines(width: Int) -> DetailLinesMemo.Lines {
        DetailLinesMemo.lines(entries, width: width) { wrapped(width: width) }
    }

    private func wrapped(width: Int) -> DetailLinesMemo.Lines {
        var result: DetailLinesMemo.Lines = []
        for entry in entries {
            let first = max(1, width - entry.indent)
            let pieces = WrappedText.lines(entry.text, width: max(1, first - entry.hanging), firstWidth: first)
            let pad = String(repeating: " ", count: entry.indent)
            let hang = pad + String(repeating: " ", count: entry.hanging)
            for (i, piece) in pieces.enumerated() { result.append(((i == 0 ? pad : hang) + piece, entry.role, entry.style, entry.link)) }
        }
        return result
    }
}
