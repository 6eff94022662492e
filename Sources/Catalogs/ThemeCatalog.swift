import BorderOps
import Configuration
import Dashboard
import EventLog
import Words

/// The themes `t` cycles through: every `*.toml` in the themes directory, `default` first.
/// A broken file is reported (file, line, key) and left out; the built-in default remains.
public struct ThemeCatalog {
    public var themes: [Theme]
    /// Each broken file or unknown name, in both languages.
    public var problems: [Word]

    public static func load(directory: String, chosen: String?) -> (catalog: ThemeCatalog, startIndex: Int) {
        var themes: [Theme] = []
        var problems: [Word] = []
        let paths = DirectoryListing.files(in: directory, suffix: ".toml")
            .sorted { ($0.hasSuffix("/default.toml") ? 0 : 1, $0) < ($1.hasSuffix("/default.toml") ? 0 : 1, $1) }
        for path in paths {
            let name = String((path.split(separator: "/").last ?? "").dropLast(5))
            switch loadFile(path, name: name) {
            case .success(let theme): themes.append(theme)
            case .failure(let problem): problems.append(problem.word)
            }
        }
        if !themes.contains(where: { $0.name == "default" }) { themes.insert(.fallback, at: 0) }
        if !themes.contains(where: { $0.name == "mono" }) { themes.append(.mono) }
        var start = 0
        if let chosen {
            if let i = themes.firstIndex(where: { $0.name == chosen }) {
                start = i
            } else if chosen.contains("/") || chosen.hasSuffix(".toml") {
                switch loadFile(chosen, name: chosen) {
                case .success(let theme):
                    themes.insert(theme, at: 0)
                case .failure(let problem):
                    problems.append(problem.word)
                }
            } else {
                problems.append(.noThemeNamed(chosen, in: directory))
            }
        }
        return (ThemeCatalog(themes: themes, problems: problems), start)
    }

    public static func loadFile(_ path: String, name: String) -> Result<Theme, ThemeFile.Problem> {
        TextFile.load(path) { text throws(FileProblem) in try ThemeFile.parse(text, path: path, name: name) }
    }
}
