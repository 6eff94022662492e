import BorderOps
import SafeText

/// A rectangle in grid coordinates.
public struct Rect: Sendable, Equatable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The inside of a box drawn on this rectangle.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
    public var maxY: Int { y + height }
    public var maxX: Int { x + width }
}

/// The screen as a value: view functions draw into it, tests compare its text, and the
/// terminal adapter copies it to ncurses. All text goes in through `text`, which escapes
/// control and invisible characters first, so nothing from an event reaches the terminal raw.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (the selected row), for screen readers.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0 % max(width, 1), $0 / max(width, 1)) } }
        set { cursorPosition = newValue.map { $0.y * width + $0.x } }
    }
    private var cursorPosition: Int?
    /// Only ASCII reaches the cells (`--ascii`, or a locale that is not UTF-8): every glyph
    /// goes through `AsciiGlyphs` as it is written.
    public var ascii: Bool
    /// The selectable rows as drawn, for mouse clicks (`ClickTarget`).
    public internal(set) var clickRegions: [ClickRegion] = []

    public init(width: Int, height: Int, ascii: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.ascii = ascii
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Draws `text` at (x, y), at most `maxWidth` columns (default: to the right edge), cut
    /// with an ellipsis. Returns the columns used.
    @discardableResult
    public mutating func text(_ raw: String, x: Int, y: Int, maxWidth: Int? = nil, role: Role = .text, style: CellStyle = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        if let used = plainASCII(raw, x: x, y: y, limit: limit, role: role, style: style) { return used }
        if let used = simpleScalars(raw, x: x, y: y, limit: limit, role: role, style: style) { return used }
        // Cut as it will be shown (escapes counted), then escaped: only what fits is escaped.
        let safe = DisplayText.escaped(DisplayWidth.fit(raw, limit))
        var column = x
        for c in safe {
            let w = DisplayWidth.glyph(c)
            if w == 0 { continue }  // a lone mark with no base to sit on
            if column + w > x + limit { break }
            if column >= 0 {
                self[column, y] = Cell(ascii ? AsciiGlyphs.form(c) : c, role: role, style: style)
                // In ASCII a wide character's second column is a blank of its own, not half of it.
                if w == 2 { self[column + 1, y] = Cell(" ", role: role, style: style, isContinuation: !ascii) }
            }
            column += w
        }
        return column - x
    }

    /// `text` drawn straight from its bytes when as much of it as can show is printable ASCII
    /// (no backslash, which is shown doubled): one column a byte, nothing to escape, cut as
    /// `DisplayWidth.fit` cuts. Most of what the panes write is such text, and taking it
    /// grapheme by grapheme was a quarter of a frame. Nil: the text needs the general way.
    private mutating func plainASCII(_ text: String, x: Int, y: Int, limit: Int, role: Role, style: CellStyle) -> Int? {
        let bytes = text.utf8
        // The byte after the last that can show decides whether the text is cut; a mark
        // joining the last shown letter would be a byte above 0x7F within these.
        var end = bytes.startIndex
        var count = 0
        while end != bytes.endIndex && count <= limit {
            let byte = bytes[end]
            guard byte >= 0x20 && byte < 0x7F && byte != 0x5C else { return nil }
            end = bytes.index(after: end)
            count += 1
        }
        let isCut = count > limit
        let shown = isCut ? limit - 1 : count
        var column = x
        for byte in bytes.prefix(shown) {
            if column >= 0 { self[column, y] = Cell(Character(Unicode.Scalar(byte)), role: role, style: style) }
            column += 1
        }
        if isCut {
            if column >= 0 { self[column, y] = Cell(ascii ? AsciiGlyphs.form("…") : "…", role: role, style: style) }
            column += 1
        }
        return column - x
    }

    /// `text` drawn a scalar a cell when as much of it as can show is printable ASCII or
    /// `SimpleGlyphs` (the panes' marks, arrows, bars, Latin letters): cut as `DisplayWidth.fit`
    /// cuts, nothing to escape. Nil: the text needs the general way.
    private mutating func simpleScalars(_ text: String, x: Int, y: Int, limit: Int, role: Role, style: CellStyle) -> Int? {
        let scalars = text.unicodeScalars
        var end = scalars.startIndex
        var count = 0
        while end != scalars.endIndex && count <= limit {
            let scalar = scalars[end]
            let value = scalar.value
            guard value >= 0x20 && value < 0x7F ? value != 0x5C : SimpleGlyphs.contains(scalar) else { return nil }
            end = scalars.index(after: end)
            count += 1
        }
        let isCut = count > limit
        var column = x
        for scalar in scalars.prefix(isCut ? limit - 1 : count) {
            if column >= 0 {
                let c = Character(scalar)
                self[column, y] = Cell(ascii ? AsciiGlyphs.form(c) : c, role: role, style: style)
            }
            column += 1
        }
        if isCut {
            if column >= 0 { self[column, y] = Cell(ascii ? AsciiGlyphs.form("…") : "…", role: role, style: style) }
            column += 1
        }
        return column - x
    }

    /// Writes `text` on row `y` of `area` (one column in from its left edge) and moves `y` to the
    /// next row; below the area's bottom it writes nothing. Panes list their lines with it.
    public mutating func line(_ text: String, at y: inout Int, in area: Rect, role: Role = .text, style: CellStyle = .plain) {
        guard y < area.maxY else { return }
        self.text(text, x: area.x + 1, y: y, maxWidth: area.width - 1, role: role, style: style)
        y += 1
    }

    /// Fills a rectangle with blanks of a role (a selected row, a banner).
    public mutating func fill(_ rect: Rect, role: Role = .text, style: CellStyle = .plain) {
        for y in max(0, rect.y)..<max(max(0, rect.y), min(rect.maxY, height)) {
            for x in max(0, rect.x)..<max(max(0, rect.x), min(rect.maxX, width)) {
                self[x, y] = Cell(" ", role: role, style: style)
            }
        }
    }

    /// A box with a title in its top border.
    public mutating func box(_ rect: Rect, title: String, role: Role = .border, titleRole: Role = .accent, titleStyle: CellStyle = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let (h, v, tl, tr, bl, br) = ascii
            ? (AsciiGlyphs.form("─"), AsciiGlyphs.form("│"), AsciiGlyphs.form("┌"), AsciiGlyphs.form("┐"), AsciiGlyphs.form("└"), AsciiGlyphs.form("┘"))
            : (Character("─"), Character("│"), Character("┌"), Character("┐"), Character("└"), Character("┘"))
        for x in rect.x + 1..<rect.maxX - 1 {
            self[x, rect.y] = Cell(h, role: role)
            self[x, rect.maxY - 1] = Cell(h, role: role)
        }
        for y in rect.y + 1..<rect.maxY - 1 {
            self[rect.x, y] = Cell(v, role: role)
            self[rect.maxX - 1, y] = Cell(v, role: role)
        }
        self[rect.x, rect.y] = Cell(tl, role: role)
        self[rect.maxX - 1, rect.y] = Cell(tr, role: role)
        self[rect.x, rect.maxY - 1] = Cell(bl, role: role)
        self[rect.maxX - 1, rect.maxY - 1] = Cell(br, role: role)
        if rect.width > 4 {
            text(" \(title) ", x: rect.x + 1, y: rect.y, maxWidth: rect.width - 2, role: titleRole, style: titleStyle)
        }
    }

    /// One line of text per row, wide characters once (for tests and golden files).
    public var lines: [String] {
        // Read through the buffer: tests read every frame's text, often after every key.
        cells.withUnsafeBufferPointer { cells in
            (0..<height).map { y in
                var line = ""
                line.reserveCapacity(width)
                for x in y * width..<(y + 1) * width where !cells[x].isContinuation { line.append(cells[x].character) }
                while line.last == " " { line.removeLast() }
                return line
            }
        }
    }

    /// The text of the grid, rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }
}
