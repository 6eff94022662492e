import BorderOps
import Words

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
}
