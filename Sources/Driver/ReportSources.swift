import BorderOps
import Configuration
import EventLog
import Ingest
import Reports
import Words

/// What `borderdesk report` builds from: the sources folded (with where each file's chain stood)
/// and what every report about a post is told (its zone, the generation time, the anchors).
public struct ReportSources {
    public let state: BorderState
    let anchors: [LogAnchor]
    let postZones: [String: PostZone]
    let generated: Timestamp

    /// Folds `sources` (from the dashboard's checkpoint when `checkpoint`), then reads the posts
    /// (each post's zone).
    public init(_ sources: [String], recursive: Bool, checkpoint: Bool, language: Language, posts: () throws -> [PostInfo]) throws {
        let folded = try FoldedSources.read(sources, recursive: recursive, chains: ChainTracking(), checkpoint: checkpoint, language: language)
        state = folded.fold.state
        anchors = LogAnchor.of(folded.chains)
        postZones = PostDirectory.zones(try posts())
        generated = try ReportClock.generationTime()
    }

    /// The context of a report about `post`: the log as folded, where each file stood (a paper
    /// copy pins it).
    public func context(language: Language, post: String?) -> ReportContext {
        var context = ReportContext(language: language, post: post, postZones: postZones, generated: generated)
        context.anchors = anchors
        return context
    }
}
