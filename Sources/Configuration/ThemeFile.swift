import BorderOps
import Dashboard
import TOMLKit

/// Reads a theme from TOML: one key per role, each `"FOREGROUND [on BACKGROUND] [bold] [dim]
/// [reverse] [underline]"`, e.g. `critical = "bright-white on red bold"`. Every role must be
/// named; an unknown role or word is an error that names the file, line and key.
public enum ThemeFile {
    public typealias Problem = FileProblem

    public static func parse(_ text: String, path: String, name: String) throws(Problem) -> Theme {
        let table = try TOMLFile.table(text, path: path)
        var roles: [Role: RoleStyle] = [:]
        for (key, value) in table {
            let line = TOMLFile.line(of: key, in: text)
            if key == "name" { continue }
            guard let role = Role(rawValue: key) else {
                throw Problem(path: path, line: line, key: key, reason: .unknownRole(roles: Role.allCases.map(\.rawValue)))
            }
            guard let spec = value.string else {
                throw Problem(path: path, line: line, key: key, reason: .expectedStyleString)
            }
            do {
                roles[role] = try style(spec)
            } catch {
                throw Problem(path: path, line: line, key: key, reason: error.reason)
            }
        }
        if let missing = Role.allCases.first(where: { roles[$0] == nil }) {
            throw Problem(path: path, line: 1, key: missing.rawValue, reason: .missingRoleStyle)
        }
        let title = table["name"]?.string ?? name
        return Theme(name: title, roles: roles)
    }

    struct WordProblem: Error { var reason: FileProblemReason }

    static func style(_ spec: String) throws(WordProblem) -> RoleStyle {
        let words = spec.split(separator: " ").map(String.init)
        var result = RoleStyle()
        var i = 0
        var sawForeground = false
        while i < words.count {
            let word = words[i]
            switch word {
            case "bold": result.style.insert(.bold)
            case "dim": result.style.insert(.dim)
            case "reverse": result.style.insert(.reverse)
            case "underline": result.style.insert(.underline)
            case "on":
                guard i + 1 < words.count, let bg = ThemeColor.parse(words[i + 1]) else {
                    throw WordProblem(reason: .colourNeededAfterOn)
                }
                result.background = bg
                i += 1
            default:
                guard !sawForeground, let fg = ThemeColor.parse(word) else {
                    throw WordProblem(reason: .notAColour(word))
                }
                result.foreground = fg
                sawForeground = true
            }
            i += 1
        }
        return result
    }
}
