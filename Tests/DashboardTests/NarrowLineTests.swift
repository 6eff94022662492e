import BorderOps
import Dashboard
import Testing
import Words

/// At the smallest size (40×12) the header, the tabs and the hints line hold whole words: what
/// does not fit is left out (posts counted as `+N`, other panes by their number, hints from the
/// end with `? help` kept), never cut in the middle with `…`.
@Suite struct NarrowLineTests {
    /// Exercise events from three more posts: the banner is up and the posts do not all fit.
    static func input() -> DashboardInput {
        let others = ["tarakan", "sebatik", "tawau-ferry-terminal"].enumerated().map { n, post in
            #"{"id":"x-\#(n)","ts":"2024-11-20T09:0\#(n):00+08:00","type":"kpi.reported","post":"\#(post)","exercise":true,"date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":1}"#
        }
        return thaliaAt1440(others)
    }

    /// The keys pressed to reach each screen: the overview, each pane focused, each opened.
    static let screens: [[Key]] = [[], [.character("2")], [.character("3")], [.character("4")], [.enter], [.character("2"), .enter],
                                   [.character("3"), .enter], [.character("a")], [.character("/")]]

    @Test(arguments: [Language.id, .en])
    func headerTabsAndHintsAreNeverCutMidWord(_ language: Language) throws {
        for keys in Self.screens {
            let loop = TestLoop(Self.input(), language: language, width: 40, height: 12)
            loop.press(keys)
            let lines = try #require(loop.screen.lastGrid).lines
            let header = lines[0], hints = lines[11]
            #expect(!header.contains("…"), "header after \(keys.map(\.label)): \(header)")
            #expect(!hints.contains("…"), "hints after \(keys.map(\.label)): \(hints)")
            // The tabs, or the top of an overlay's box with its title and keys.
            #expect(!lines[2].contains("…"), "line 3 after \(keys.map(\.label)): \(lines[2])")
        }
    }

    @Test func postsThatDoNotFitAreCountedAndHelpStaysOnTheHintsLine() throws {
        let others = ["tarakan", "sebatik", "tawau-ferry-terminal"].enumerated().map { n, post in
            #"{"id":"x-\#(n)","ts":"2024-11-20T09:0\#(n):00+08:00","type":"kpi.reported","post":"\#(post)","date":"2024-11-20","agency":"bea-cukai","metric":"patrol","count":1}"#
        }
        let narrow = TestLoop(thaliaAt1440(others), language: .id, width: 60, height: 20)
        let header = narrow.text.split(separator: "\n")[0]
        #expect(header.contains(" · nunukan, sebatik, tarakan +1 "), "the posts left out are counted: \(header)")
        let loop = TestLoop(Self.input(), language: .id, width: 40, height: 12)
        let hints = loop.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(hints.hasSuffix("? bantuan"), "\(hints)")
        // Wide enough, every post and every hint, as before.
        let wide = TestLoop(Self.input(), language: .id, width: 200, height: 40)
        #expect(wide.text.contains("nunukan, sebatik, tarakan, tawau-ferry-terminal"), "\(wide.text)")
        #expect(wide.text.contains("q keluar"))
    }

    @Test func hintsFitWholeSegmentsAndKeepHelp() {
        let context = KeyContext(scopes: [.general], canWrite: false)
        let all = context.hints(.en)
        #expect(context.hints(.en, width: 500) == all)
        let narrow = context.hints(.en, width: 30)
        #expect(narrow == " Tab pane · ↑↓ move · ? help", "\(narrow)")
        #expect(context.hints(.en, width: 7) == " ? help")
        #expect(context.hints(.en, width: 3) == "")
    }
}
