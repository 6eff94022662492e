import BorderOps

/// The captions of a demo scenario (`sample-data/NAME.captions.toml`): a title and stages, each
/// beginning at an event id, with one sentence in English and one in Bahasa Indonesia.
public struct DemoScript: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public var at: String
        public var en: String
        public var id: String
        public init(at: String, en: String, id: String) {
            self.at = at
            self.en = en
            self.id = id
        }
        public func text(_ language: Language) -> String { language == .en ? en : id }
    }

    public var title: String
    public var stages: [Stage]

    public init(title: String, stages: [Stage]) {
        self.title = title
        self.stages = stages
    }
}
