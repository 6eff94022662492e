import BorderOps
import Words
import TOMLKit

/// The captions of a demo scenario (`sample-data/NAME.captions.toml`): a title and stages, each
/// beginning at an event id, with one sentence in English and one in Bahasa Indonesia.
public struct DemoScript: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public var at: String
        public var caption: Word
        public init(at: String, caption: Word) {
            self.at = at
            self.caption = caption
        }
    }

    public var title: String
    public var stages: [Stage]

    public init(title: String, stages: [Stage]) {
        self.title = title
        self.stages = stages
    }

    public static func parse(_ text: String, path: String) throws(FileProblem) -> DemoScript {
        let table = try TOMLFile.table(text, path: path)
        guard let title = table["title"]?.string else { throw FileProblem(path: path, line: 1, key: "title", reason: "missing") }
        var stages: [Stage] = []
        for (i, value) in (table["stage"]?.array ?? []).enumerated() {
            guard let stage = value.table, let at = stage["at"]?.string, let en = stage["en"]?.string, let id = stage["id"]?.string else {
                throw FileProblem(path: path, line: 1, key: "stage", reason: "stage \(i + 1) needs at, en and id strings")
            }
            stages.append(Stage(at: at, caption: Word(en: en, id: id)))
        }
        return DemoScript(title: title, stages: stages)
    }
}
