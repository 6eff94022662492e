import Testing
import TestSupport
@testable import Dashboard

/// The header's ` · nunukan, tarakan +3` (`DashboardView.postsFitting`): measured once a post, it
/// must choose what joining and measuring every prefix chose, for names of every width.
struct PostsFittingTests {
    /// The way it was done before: every prefix joined and measured, the longest that fits.
    static func everyPrefixMeasured(_ posts: [String], room: Int) -> String {
        for shown in stride(from: posts.count, through: 1, by: -1) {
            let more = posts.count - shown
            let text = " · " + posts.prefix(shown).joined(separator: ", ") + (more > 0 ? " +\(more)" : "")
            if DisplayWidth.of(text) <= room { return text }
        }
        return ""
    }

    static let names = ["nunukan", "tarakan", "atambua", "skouw", "entikong", "pos-一二三", "e\u{301}ntikong", "\u{301}x", "👩‍💻", "a", ""]

    @Test(arguments: 0..<200)
    func choosesWhatMeasuringEveryPrefixChose(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let posts = (0..<random.next(60)).map { _ in Self.names[random.next(Self.names.count)] }
        for room in [0, 3, 10, 20, 40, 80, 200, 1_000] {
            #expect(DashboardView.postsFitting(posts, room: room) == Self.everyPrefixMeasured(posts, room: room), "seed \(seed), room \(room)")
        }
    }

    @Test func headquartersFiftyPosts() {
        let posts = (1...50).map { "pos\($0)" }
        #expect(DashboardView.postsFitting(posts, room: 30) == " · pos1, pos2, pos3, pos4 +46")
        #expect(DashboardView.postsFitting(posts, room: 2).isEmpty)
    }
}
