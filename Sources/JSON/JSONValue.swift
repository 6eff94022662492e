/// A JSON value as the strict parser reads it. Objects keep their members in order so that a
/// writer can put the envelope first and a reader can report keys as written.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case string(String)
    case number(JSONNumber)
    case array([JSONValue])
    case object([JSONMember])

    /// The value of `key` in an object (the first one: the parser refuses duplicate top-level keys).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key.utf8.elementsEqual(key.utf8) }?.value
    }
}

public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONValue
    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// A number kept as written, so that `12`, `12.0` and `1e2` stay distinguishable (a reader may
/// accept only the first as an int).
public struct JSONNumber: Sendable, Equatable {
    public var text: String
    public init(text: String) { self.text = text }
    public init(_ value: Int64) { self.text = String(value) }
}
