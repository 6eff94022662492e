import BorderOps
import TOMLKit

/// The settings files (docs/configuration.md): the machine's (`/etc/borderdesk/config.toml`:
/// post, zone, sources, write file, posts file, templates, stale minutes, the command that
/// `alerts --notify` runs) and the person's
/// (`~/.config/borderdesk/config.toml`: operator, language, theme), flat `key = value` lines.
/// Every value is checked here, so a broken file stops the start with `FILE:LINE: key: reason`
/// and an unknown key (a typo would otherwise be silently ignored) is named.
public enum SettingsFile {
    /// Whose file it is: each holds its own keys only.
    public enum Scope: Sendable {
        case machine, person

        public var keys: [String] {
            switch self {
            case .machine: return ["post", "zone", "sources", "write", "posts", "templates", "stale_minutes", "notify_command"]
            case .person: return ["operator", "language", "theme"]
            }
        }
    }

    /// One setting as the file gives it: its value as text (each source for `sources`) and line.
    public struct Entry: Equatable, Sendable {
        public var values: [String]
        public var line: Int

        public init(values: [String], line: Int) {
            self.values = values
            self.line = line
        }
    }

    public static func parse(_ text: String, path: String, scope: Scope) throws(FileProblem) -> [String: Entry] {
        let table = try TOMLFile.table(text, path: path)
        var entries: [String: Entry] = [:]
        // In the file's order: the first problem in it is the one said.
        let lines = Dictionary(uniqueKeysWithValues: table.keys.map { ($0, TOMLFile.line(of: $0, in: text)) })
        for key in table.keys.sorted(by: { (lines[$0] ?? 0, $0) < (lines[$1] ?? 0, $1) }) {
            let line = lines[key] ?? 1
            func problem(_ reason: FileProblemReason) -> FileProblem { FileProblem(path: path, line: line, key: key, reason: reason) }
            guard scope.keys.contains(key) else {
                let other: Scope = scope == .machine ? .person : .machine
                throw problem(other.keys.contains(key) ? .keyOfOtherFile(belongsInMachineFile: other == .machine) : .unknownKey(known: scope.keys))
            }
            guard let value = table[key] else { continue }
            let values: [String]
            if key == "sources" {
                guard let array = value.array, !array.isEmpty else { throw problem(.expectedSourceList) }
                values = try array.map { item throws(FileProblem) in
                    guard let s = item.string, !s.isEmpty else { throw problem(.expectedStringList) }
                    return s
                }
            } else if key == "stale_minutes" {
                guard let number = value.int else { throw problem(.expectedMinutes) }
                let range = NumberRange.minutes.bounds
                guard range.contains(Int64(number)) else {
                    throw problem(.minutesOutOfRange(value: String(number), lower: range.lowerBound, upper: range.upperBound))
                }
                values = [String(number)]
            } else {
                guard let s = value.string, !s.isEmpty else { throw problem(.expectedNonEmptyString) }
                try check(key, s, problem)
                values = [s]
            }
            entries[key] = Entry(values: values, line: line)
        }
        return entries
    }

    /// The values with a fixed vocabulary.
    static func check(_ key: String, _ value: String, _ problem: (FileProblemReason) -> FileProblem) throws(FileProblem) {
        switch key {
        case "zone" where PostZone(name: value) == nil: throw problem(.notAZone(value))
        case "language" where value != "id" && value != "en": throw problem(.notALanguage(value))
        default: break
        }
    }
}
