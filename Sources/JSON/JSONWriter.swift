/// Writes a JSON tree as text (layout and escaping: `JSONStream`).
public enum JSONWriter {
    public static func compact(_ value: JSONValue) -> String {
        var stream = JSONStream(pretty: false)
        stream.write(value)
        return stream.text
    }

    public static func pretty(_ value: JSONValue) -> String {
        var stream = JSONStream(pretty: true)
        stream.write(value)
        return stream.text
    }
}
