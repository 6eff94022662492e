import BorderOps

/// Everything a fold's state holds, as text, found by reflection (private parts included) with
/// what cannot matter taken out: the order a dictionary happens to list its entries in, and the
/// hash tables' slots and capacities. Two folds that describe the same are the same state.
enum StateDescription {
    static func of(_ fold: EventFold) -> String {
        var out = ""
        describe(fold, into: &out)
        return out
    }

    /// Where two descriptions first differ, with some text around it (the whole is too long
    /// to read); nil when they are the same.
    static func difference(_ a: String, _ b: String) -> String? {
        guard a != b else { return nil }
        let x = Array(a.utf8), y = Array(b.utf8)
        var i = 0
        while i < min(x.count, y.count) && x[i] == y[i] { i += 1 }
        func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, i - 300)..<min(bytes.count, i + 200)], as: UTF8.self) }
        return "at \(i):\n\(around(x))\n---\n\(around(y))"
    }

    /// Parts that are an index over what is described anyway (slots, tags, capacities, the
    /// position looked up last).
    static let indexes: Set<String> = ["control", "positions", "mask", "index", "lastPosition", "warmth", "itemIndex"]

    static func describe(_ value: Any, into out: inout String) {
        // Leaves without a mirror: most of a state is strings and numbers, and reflecting each
        // was most of the cost.
        switch value {
        case let text as String: out += text; return
        case let number as Int: out += String(number); return
        case let number as Int64: out += String(number); return
        case let flag as Bool: out += flag ? "true" : "false"; return
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary:
            var entries: [String] = []
            for child in mirror.children {
                var entry = ""
                describe(child.value, into: &entry)
                entries.append(entry)
            }
            out += "[" + entries.sorted().joined(separator: ",") + "]"
        case .set:
            out += "{" + mirror.children.map { "\($0.value)" }.sorted().joined(separator: ",") + "}"
        case .struct, .class, .tuple, .collection, .optional, .enum:
            if mirror.children.isEmpty {
                out += "\(value)"
                return
            }
            out += "("
            for child in mirror.children where !indexes.contains(child.label ?? "") {
                out += (child.label ?? "") + ":"
                describe(child.value, into: &out)
                out += ";"
            }
            out += ")"
        default:
            out += "\(value)"
        }
    }
}
