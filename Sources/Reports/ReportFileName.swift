import SafeText
import Words

/// Report file names. From an id: letters, digits, `-`, `_` and `.` kept, anything else `_`.
public enum ReportFileName {
    public enum Kind { case operation, meeting }

    /// The dashboard's `P`: `laporan-operasi-ID.html` or `laporan-rapat-ID.html` (English:
    /// `report-operation-ID.html`, `report-meeting-ID.html`). An operation and a meeting may
    /// share an id; their reports never share a file.
    public static func dashboard(_ kind: Kind, id: String, language: Language) -> String {
        let words = switch (kind, language) {
        case (.operation, .en): "report-operation"
        case (.meeting, .en): "report-meeting"
        case (.operation, _): "laporan-operasi"
        case (.meeting, _): "laporan-rapat"
        }
        return "\(words)-\(safe(id)).html"
    }

    /// Two ids never share a name: when anything had to change, a short hash of the id's exact
    /// bytes is added (`op/1` and `op:1` both become `op_1`, each with its own hash).
    public static func safe(_ id: String) -> String {
        var name = String(PortableFileName.characters(id).prefix(100))
        if name.hasPrefix(".") { name = "_" + name }
        guard name != id else { return name }
        let hash = id.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }  // FNV-1a
        let hex = String(hash, radix: 16)
        return name + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
