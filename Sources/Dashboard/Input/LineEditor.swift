/// A one-line text editor for notes and reasons: UTF-8 text by grapheme, a cursor, Backspace,
/// Left/Right, Home/End; Enter saves and Esc cancels (the caller decides what they mean).
public struct LineEditor: Sendable, Equatable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public enum Outcome: Equatable { case editing, saved(String), cancelled }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .saved(text)
        case .escape: return .cancelled
        case .backspace:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        default: break
        }
        return .editing
    }
}
