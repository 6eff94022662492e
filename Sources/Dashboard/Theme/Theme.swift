/// A terminal colour: the terminal's own default, one of the 8 basic colours (and their bright
/// variants 8-15), or an index of the 256-colour palette.
public enum ThemeColor: Sendable, Equatable {
    case terminalDefault
    case index(Int)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `default`, a name (`red`, `bright-red`), or a number 0-255.
    package static func parse(_ word: String) -> ThemeColor? {
        if word == "default" { return .terminalDefault }
        if let i = names.firstIndex(of: word) { return .index(i) }
        if word.hasPrefix("bright-"), let i = names.firstIndex(of: String(word.dropFirst(7))) { return .index(i + 8) }
        if let n = Int(word), (0...255).contains(n) { return .index(n) }
        return nil
    }

    /// The nearest of the 8 basic colours, for terminals with fewer than 16 colours.
    public func limited(to colours: Int) -> ThemeColor {
        guard case .index(let n) = self, n >= colours else { return self }
        if n < 16 { return .index(n - 8) }
        if n >= 232 { return .index(n < 244 ? 0 : 7) }  // greys
        let c = n - 16
        let (r, g, b) = (c / 36, c / 6 % 6, c % 6)
        let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
        return .index(bits)
    }
}

/// How one role looks.
public struct RoleStyle: Sendable, Equatable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var style: CellStyle

    public init(_ foreground: ThemeColor = .terminalDefault, on background: ThemeColor = .terminalDefault, _ style: CellStyle = .plain) {
        self.foreground = foreground
        self.background = background
        self.style = style
    }
}

/// A named set of role styles. Severity and focus never depend on colour alone: the views add
/// words and marks, and every theme gives `critical`, `focus` and `selection` an attribute too.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var roles: [Role: RoleStyle]

    public init(name: String, roles: [Role: RoleStyle]) {
        self.name = name
        self.roles = roles
    }

    public subscript(role: Role) -> RoleStyle { roles[role] ?? RoleStyle() }

    /// Black and white: attributes only (NO_COLOR, terminals without colour, `mono`).
    public static let mono = Theme(name: "mono", roles: [
        .text: RoleStyle(), .muted: RoleStyle(.terminalDefault, on: .terminalDefault, .dim),
        .accent: RoleStyle(.terminalDefault, on: .terminalDefault, .bold), .ok: RoleStyle(),
        .warn: RoleStyle(.terminalDefault, on: .terminalDefault, .underline),
        .critical: RoleStyle(.terminalDefault, on: .terminalDefault, [.bold, .reverse]),
        .border: RoleStyle(), .focus: RoleStyle(.terminalDefault, on: .terminalDefault, [.bold, .underline]),
        .banner: RoleStyle(.terminalDefault, on: .terminalDefault, [.bold, .reverse]),
        .selection: RoleStyle(.terminalDefault, on: .terminalDefault, .reverse),
    ])

    /// Built in, so the dashboard has colours even without a Themes/ directory.
    public static let fallback = Theme(name: "default", roles: [
        .text: RoleStyle(), .muted: RoleStyle(.index(8)), .accent: RoleStyle(.index(6), on: .terminalDefault, .bold),
        .ok: RoleStyle(.index(2)), .warn: RoleStyle(.index(3), on: .terminalDefault, .bold),
        .critical: RoleStyle(.index(15), on: .index(1), .bold), .border: RoleStyle(.index(8)),
        .focus: RoleStyle(.index(14), on: .terminalDefault, .bold),
        .banner: RoleStyle(.index(0), on: .index(3), .bold), .selection: RoleStyle(.terminalDefault, on: .terminalDefault, .reverse),
    ])
}
