import JSON

/// A top-level field as the decoder sees it, whichever path read the line.
enum FieldValue {
    case missing
    case null
    case bool(Bool)
    case string(String)
    case number(JSONNumber)
    case array([JSONValue])
    case object

    var kindName: String {
        switch self {
        case .missing: return "nothing"
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .string: return "a string"
        case .number(let n): return "the number \(n.quoted)"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Access to the top-level fields of one event object. The fast scanner and the strict parser
/// both implement it, so one decoder (and one set of rules) serves both paths.
protocol FieldSource {
    func value(_ key: StaticString) -> FieldValue
    /// Fast check of a string field's raw bytes without making a String (fast path only).
    func withPlainString<R>(_ key: StaticString, _ body: (UnsafeRawBufferPointer) -> R) -> R?
    /// `value` for the post and voyage fields, whose values repeat from line to line
    /// (`DecodingMemo`).
    func repeatedValue(_ key: RepeatedField) -> FieldValue
}

/// The fields `DecodingMemo` remembers.
enum RepeatedField {
    case post, voyage

    var key: StaticString {
        switch self {
        case .post: return "post"
        case .voyage: return "voyage"
        }
    }
}

/// The fast path's view of a line: the scanned object, with the decoding thread's memory of the
/// previous line (`DecodingMemo.entries`) when it keeps one (a plain pointer, so that using it
/// retains nothing).
struct ScannedFields: FieldSource {
    let object: FlatObject
    let memo: UnsafeMutablePointer<DecodingMemo.Entry>?

    @inline(__always)
    func value(_ key: StaticString) -> FieldValue {
        guard let f = object.find(key) else { return .missing }
        switch f.kind {
        case .string: return .string(object.string(of: f))
        case .integer: return .number(JSONNumber(text: object.string(of: f)))
        case .trueValue: return .bool(true)
        case .falseValue: return .bool(false)
        case .null: return .null
        }
    }

    @inline(__always)
    func withPlainString<R>(_ key: StaticString, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let f = object.find(key), f.kind == .string else { return nil }
        return body(object.value(of: f))
    }

    @inline(__always)
    func repeatedValue(_ field: RepeatedField) -> FieldValue {
        guard let memo, let f = object.find(field.key), f.kind == .string else { return value(field.key) }
        switch field {
        case .post: return .string(DecodingMemo.string(object.value(of: f), in: object.bytes, entry: &memo[0]))
        case .voyage: return .string(DecodingMemo.string(object.value(of: f), in: object.bytes, entry: &memo[1]))
        }
    }
}

/// The strict path's view of a parsed top-level object.
struct TreeFields: FieldSource {
    let members: [JSONMember]

    func value(_ key: StaticString) -> FieldValue {
        let keyBytes = UnsafeRawBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        guard let member = members.first(where: { $0.key.utf8.elementsEqual(keyBytes) }) else { return .missing }
        switch member.value {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .number(let n): return .number(n)
        case .array(let a): return .array(a)
        case .object: return .object
        }
    }

    func withPlainString<R>(_ key: StaticString, _ body: (UnsafeRawBufferPointer) -> R) -> R? { nil }

    func repeatedValue(_ field: RepeatedField) -> FieldValue { value(field.key) }
}
