import BorderOps
import Dashboard
import Testing
import Words

/// The terminal is asked for the mouse only where a click does something: on the panes and the
/// lists over them; not in the views read and copied from (a detail view, `?` help), and not at
/// all after `M` (until `M` again). While it is not asked, the status line says a drag selects
/// text, in the frame's language.
@Suite struct MouseReportingTests {
    /// The status line: above the hints line, the frame's last.
    static func statusLine(_ loop: TestLoop) -> String { loop.text.split(separator: "\n").dropLast().last.map(String.init) ?? "" }

    @Test(arguments: [Language.id, .en])
    func listsAskForTheMouseReadingViewsLetItGo(_ language: Language) {
        let loop = TestLoop(thaliaAt1440(ClickTests.voyages), language: language)
        let selectText = Word.mouseSelectsText.text(language)
        #expect(loop.screen.mouseReporting == true, "the panes take clicks")
        #expect(!Self.statusLine(loop).contains(selectText))
        loop.press(.character("d"))
        #expect(loop.screen.mouseReporting == false, "a detail view is read and copied from")
        // The view covers the status line: its bottom edge says so.
        let bottomEdge = loop.text.split(separator: "\n").dropLast().last.map(String.init) ?? ""
        #expect(bottomEdge.hasPrefix("└") && bottomEdge.contains(selectText), "\(loop.text)")
        loop.press(.escape)
        #expect(loop.screen.mouseReporting == true)
        #expect(!loop.text.contains(selectText))
        loop.press(.character("?"))
        #expect(loop.screen.mouseReporting == false, "help is read")
        #expect(Self.statusLine(loop).contains(selectText), "\(loop.text)")
        loop.press(.escape)
        // The lists over the panes take clicks: the posts, the alerts, the bad lines.
        for list in ["p", "a", "b"] {
            loop.press(.character(Character(list)))
            #expect(loop.screen.mouseReporting == true, "\(list)")
            loop.press(.escape)
        }
        // Where a click does nothing and text is pasted: a form, a filter being typed.
        loop.press(.character("/"))
        #expect(loop.screen.mouseReporting == false, "typing a filter")
        loop.press(.escape, .character("4"), .character("N"))
        #expect(loop.screen.mouseReporting == false, "a form: \(loop.text)")
        loop.press(.escape)
        #expect(loop.screen.mouseReporting == true, "\(loop.text)")
        // Asked once per change, not once per frame.
        #expect(loop.screen.mouseRequests == [true, false, true, false, true, false, true, false, true])
    }

    @Test(arguments: [Language.id, .en])
    func mLetsTheMouseGoEverywhereUntilPressedAgain(_ language: Language) {
        let loop = TestLoop(thaliaAt1440(ClickTests.voyages), language: language)
        let selectText = Word.mouseSelectsText.text(language)
        loop.press(.character("M"))
        #expect(loop.screen.mouseReporting == false)
        #expect(Self.statusLine(loop).contains(selectText), "\(Self.statusLine(loop))")
        // In a list too, and after a detail view closes.
        loop.press(.character("a"))
        #expect(loop.screen.mouseReporting == false)
        loop.press(.escape)
        loop.press(.character("d"))
        loop.press(.escape)
        #expect(loop.screen.mouseReporting == false)
        // `M` in a list over the panes turns it back on there.
        loop.press(.character("p"))
        loop.press(.character("M"))
        #expect(loop.screen.mouseReporting == true)
        #expect(!Self.statusLine(loop).contains(selectText))
        loop.press(.escape)
        #expect(loop.screen.mouseReporting == true)
    }

    @Test(arguments: [Language.id, .en])
    func helpListsM(_ language: Language) {
        let loop = TestLoop(thaliaAt1440(), language: language)
        loop.press(.character("?"))
        let line = loop.text.split(separator: "\n").first { $0.contains(Word.keyToggleMouse.text(language).prefix(20)) }
        #expect(line?.contains("M ") == true, "\(loop.text)")
    }
}
