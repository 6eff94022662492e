/// What a cell means; a theme turns roles into colours and attributes.
public enum Role: String, Sendable, CaseIterable {
    case text, muted, accent, ok, warn, critical, border, focus, banner, selection
}

/// Attributes that carry meaning without colour (mono themes rely on them).
public struct CellStyle: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// No attribute. Spelled out rather than `[]`: an empty literal goes through the generic
    /// `SetAlgebra` initialiser, which in a debug build was a twentieth of drawing a frame.
    public static var plain: CellStyle { CellStyle(rawValue: 0) }
    public static let bold = CellStyle(rawValue: 1)
    public static let dim = CellStyle(rawValue: 2)
    public static let reverse = CellStyle(rawValue: 4)
    public static let underline = CellStyle(rawValue: 8)
}

/// One terminal cell. A wide character fills its cell and marks the next one as its continuation.
public struct Cell: Sendable, Equatable {
    public var character: Character
    public var role: Role
    public var style: CellStyle
    /// The right half of a wide character: drawn by the cell before it.
    public var isContinuation: Bool

    public init(_ character: Character = " ", role: Role = .text, style: CellStyle = .plain, isContinuation: Bool = false) {
        self.character = character
        self.role = role
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}
