import Configuration

extension SettingsFiles {
    /// What `borderdesk config` prints: which files were looked for, then every setting in force
    /// as `key = value` with where it came from (`FILE:LINE`, or the default). `loginName` is
    /// the operator's default.
    public func listing(loginName: String) -> [String] {
        let data = DataDirectory.current
        let defaults: [String: String] = [
            "post": "(none: append and checklist start need --post)", "zone": "WITA", "sources": data.sampleData,
            "write": "(the first file source, or operator-HOST.jsonl in the first directory source)",
            "posts": "\(data.posts) (when present)", "templates": data.templates,
            "stale_minutes": "(off; 15 with --recursive)", "notify_command": "(none: alerts --notify refuses)", "operator": loginName, "language": "id", "theme": "(the first in \(data.themes))",
        ]
        var lines = ["machine file: \(machinePath)", "person file: \(personPath ?? "(none: neither XDG_CONFIG_HOME nor HOME is set)")"]
        for key in SettingsFile.Scope.machine.keys + SettingsFile.Scope.person.keys {
            if let setting = settings[key] {
                let value = key == "sources" ? setting.values.map { "\"\($0)\"" }.joined(separator: ", ") : setting.values.joined()
                lines.append("\(key) = \(value)    from \(setting.origin)")
            } else {
                lines.append("\(key) = \(defaults[key] ?? "")    default")
            }
        }
        return lines
    }
}
