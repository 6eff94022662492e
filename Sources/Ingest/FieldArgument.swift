import JSON
import SafeText

/// `key=value` and `key:=JSON` from the command line (`append --field`): a value as officers
/// type it for the event's type (`OfficerFieldReading`), a string, an integer for the integer
/// fields, a comma-separated list for the list fields, or any JSON value.
public enum FieldArgument {
    public static let integerFields: Set<String> = ["manifest", "count", "value_idr", "suspects"]
    public static let listFields: Set<String> = ["agencies", "attendees"]

    public static func parse(_ argument: String, type: String? = nil, reading: OfficerFieldReading? = nil) throws(AppendRefusal) -> JSONMember {
        // Split on the scalar, not the character: `note=\u{301}x` holds no "=" character (the
        // mark joins it), yet is key=value.
        let scalars = argument.unicodeScalars
        guard let eq = scalars.firstIndex(of: "=") else {
            throw AppendRefusal(message: "not appended: --field \(DisplayText.shortened(argument, limit: 40)): expected key=value or key:=JSON")
        }
        var key = String(scalars[..<eq])
        let value = String(scalars[scalars.index(after: eq)...])
        if key.hasSuffix(":") {
            key.removeLast()
            do {
                return JSONMember(key, try StrictJSONParser.parse(value))
            } catch {
                throw AppendRefusal(message: "not appended: --field \(key):= is not JSON: \(error.message)")
            }
        }
        guard !key.isEmpty else { throw AppendRefusal(message: "not appended: --field \(DisplayText.shortened(argument, limit: 40)): empty key") }
        if let reading, let read = try reading.value(type: type, key: key, typed: value) { return JSONMember(key, read) }
        if integerFields.contains(key) {
            guard let n = Int64(value), n >= 0 else {
                throw AppendRefusal(message: "not appended: field \"\(key)\": expected an integer ≥ 0, got \"\(DisplayText.shortened(value, limit: 40))\"")
            }
            return JSONMember(key, .number(JSONNumber(n)))
        }
        if listFields.contains(key) {
            let items = value.split(separator: ",", omittingEmptySubsequences: true).map { JSONValue.string(String($0)) }
            return JSONMember(key, .array(items))
        }
        return JSONMember(key, .string(value))
    }
}
