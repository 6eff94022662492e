import BorderOps
import Dashboard
import TOMLKit
import Words

/// Reading a demo's captions from their TOML file (`sample-data/NAME.captions.toml`).
extension DemoScript {
    public static func parse(_ text: String, path: String) throws(FileProblem) -> DemoScript {
        let table = try TOMLFile.table(text, path: path)
        guard let title = table["title"]?.string else { throw FileProblem(path: path, line: 1, key: "title", reason: .missing) }
        var stages: [Stage] = []
        for (i, value) in (table["stage"]?.array ?? []).enumerated() {
            guard let stage = value.table, let at = stage["at"]?.string, let en = stage["en"]?.string, let id = stage["id"]?.string else {
                throw FileProblem(path: path, line: 1, key: "stage", reason: .stageIncomplete(i + 1))
            }
            stages.append(Stage(at: at, caption: Word(en: en, id: id)))
        }
        return DemoScript(title: title, stages: stages)
    }
}
