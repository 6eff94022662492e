import BorderOps
import Dashboard
import Testing
import Words

/// The flows the tmux tests drove, in process: keys through the loop, the screen as text, the
/// effects as values.
@Suite struct LoopFlowTests {
    @Test func focusHelpLanguageFilterAndQuit() {
        let loop = TestLoop()
        #expect(loop.text.contains("▶ 1 Pemeriksaan"))
        loop.press(.tab)
        #expect(loop.text.contains("▶ 2 Operasi gabungan"))
        loop.press(.character("4"))
        #expect(loop.text.contains("▶ 4 Desk penyelundupan"))
        loop.press(.backTab)
        #expect(loop.text.contains("▶ 3 Timpora"))
        loop.press(.character("?"))
        #expect(loop.text.contains("Tombol") && loop.text.contains("bantuan ini"), "\(loop.text)")
        loop.press(.escape)
        #expect(!loop.text.contains("bantuan ini"))
        loop.press(.character("L"))
        #expect(loop.text.contains("Port checks") && loop.text.contains("Joint operations"))
        loop.press(.character("1"), .character("/"), .character("z"), .character("z"), .enter)
        #expect(loop.text.contains("No match") && loop.text.contains("/zz"), "\(loop.text)")
        loop.press(.escape)
        #expect(loop.text.contains("326/326"))
        loop.press(.enter)
        #expect(loop.text.contains("Latest checks") && loop.text.contains("p-0326"))
        #expect(!loop.runner.quit)
        loop.press(.character("q"))
        #expect(loop.runner.quit)
    }

    @Test func ctrlCQuitsFromPanesOverlaysAndTheFilter() {
        for opening in [[], [Key.character("?")], [Key.character("/")]] {
            let loop = TestLoop()
            loop.press(opening + [.control("c")])
            #expect(loop.runner.quit, "\(opening)")
        }
    }

    /// Demo keys come first, then `r` for a kept failure, then the operation's keys, then the
    /// general ones; overlays and typing take keys before all of them.
    @Test func keyPrecedence() {
        let demo = TestLoop(writer: nil, demo: true)
        demo.press(.character(" "), .character("n"), .character("+"), .character("-"), .character("r"))
        #expect(demo.takeEffects() == [.demo(.pause), .demo(.nextStage), .demo(.faster), .demo(.slower), .demo(.restart)])
        demo.press(.character("?"), .character(" "), .escape, .character("/"), .character("n"), .escape)
        #expect(demo.takeEffects().isEmpty, "the help and the filter take the demo's keys")
        // Without a kept failure r does nothing; with one it sends it again, even in an operation.
        let loop = TestLoop()
        loop.results = { effect in
            if case .append(let request) = effect { return [.appended(request.intent, .failed("Permission denied"))] }
            return []
        }
        loop.press(.character("r"))
        #expect(loop.takeEffects().isEmpty)
        loop.press(.character("2"), .enter, .character("j"), .character("u"))
        #expect(loop.appended.count == 1)
        loop.press(.character("r"))
        let sent = loop.takeEffects()
        #expect(sent.count == 2 && sent[0] == sent[1].withID(of: sent[0]), "r sends the same intent: \(sent)")
        // In an operation j moves the step, not the pane's row.
        #expect(loop.ui.stepSelection == 1 && loop.ui.selection[.operations] == nil)
    }

    @Test func aFailedAppendIsSaidKeptAndRetried() {
        let loop = TestLoop()
        var fail = true
        loop.results = { effect in
            guard case .append(let request) = effect else { return [] }
            return [.appended(request.intent, fail ? .failed("Permission denied") : .written(unconfirmed: nil))]
        }
        loop.press(.character("2"), .enter, .character("j"), .character("u"))
        #expect(loop.text.contains("Tidak tersimpan: checklist.step a2 open") && loop.text.contains("r untuk coba lagi"), "\(loop.text)")
        #expect(loop.row("Kapal dan manifes dikonfirmasi").contains("✓"), "nothing changed on screen")
        #expect(loop.model.failed?.summary == "checklist.step a2 open")
        loop.press(.down)
        #expect(loop.text.contains(" r coba lagi · "), "the hints line offers r")
        fail = false
        loop.press(.character("r"))
        #expect(loop.model.failed == nil && loop.model.notice == nil)
        #expect(loop.appended.map(\.intent.summary) == ["checklist.step a2 open", "checklist.step a2 open"])
        #expect(loop.appended.map(\.id) == ["nunukan-1", "nunukan-2"], "each attempt a new id from the environment")
        #expect(loop.appended.allSatisfy { $0.at == loop.data.now && $0.by == "imigrasi-07" && $0.file == TestLoop.writer.file })
        // Written but not confirmed by the disk: said, and not kept for r.
        loop.results = { effect in
            guard case .append(let request) = effect else { return [] }
            return [.appended(request.intent, .written(unconfirmed: "fsync failed"))]
        }
        loop.press(.character("u"))
        #expect(loop.text.contains("fsync failed") && loop.model.failed == nil)
    }

    @Test func reportKeyWritesTheFocusedOperationOrMeeting() {
        let loop = TestLoop()
        loop.press(.character("P"))
        #expect(loop.takeEffects().isEmpty, "P belongs to the operations and Timpora panes")
        loop.press(.character("2"), .character("P"))
        #expect(loop.takeEffects() == [.writeReport(ReportRequest(kind: .operation, id: "opgab-tunontaka-20241120", post: "nunukan",
                                                                   language: .id, nextTo: TestLoop.writer.file))])
        #expect(loop.text.contains("Laporan ditulis: /tmp/opgab-tunontaka-20241120.html"), "\(loop.text)")
        loop.results = { _ in [.reportWritten(path: "/tmp/r.html", replaced: true)] }
        loop.press(.character("L"), .character("3"), .character("P"))
        #expect(loop.takeEffects() == [.writeReport(ReportRequest(kind: .meeting, id: "timpora-nnk-20241120", post: "nunukan",
                                                                   language: .en, nextTo: TestLoop.writer.file))])
        #expect(loop.text.contains("Report replaced: /tmp/r.html"), "\(loop.text)")
        loop.results = { _ in [.reportFailed("cannot write /x: it is a symbolic link")] }
        loop.press(.character("P"))
        #expect(loop.text.contains("cannot write /x: it is a symbolic link"))
        let readOnly = TestLoop(writer: nil)
        readOnly.press(.character("2"), .character("P"))
        #expect(readOnly.takeEffects().isEmpty && readOnly.text.contains("Terminal hanya baca: input dimatikan"))
    }

    @Test func demoControlKeysAndTheirFailures() {
        let loop = TestLoop(writer: nil, demo: true)
        loop.press(.character("n"))
        #expect(loop.takeEffects() == [.demo(.nextStage)])
        loop.send(.demoFailed("cannot create /out/demo.jsonl"))
        #expect(loop.text.contains("demo: cannot create /out/demo.jsonl"))
        loop.press(.character("a"), .character("r"))
        #expect(loop.takeEffects().isEmpty, "no demo keys in the alerts list")
        let plain = TestLoop()
        plain.press(.character("+"), .character("-"), .character("n"))
        #expect(plain.takeEffects().isEmpty, "demo keys only in a demo")
    }
}

/// When the loop draws: a new minute, a time rule's instant (a departure warning beginning with
/// no event arriving), catching up.
@Suite struct LoopTimingTests {
    @Test func aTimeRulesInstantWakesTheLoopForAFrame() {
        let loop = TestLoop()
        let now = loop.data.now
        func at(_ seconds: Int64) -> Timestamp { Timestamp(epochSeconds: now.epochSeconds + seconds, offsetSeconds: now.offsetSeconds) }
        loop.runner.send(.frameDrawn(now: now, alerts: [], nextAlertChange: at(3)))
        #expect(!loop.model.needsFrame)
        #expect(loop.model.wakeIn(now: now) <= 3_001, "the loop sleeps no longer than the instant")
        loop.runner.send(.tick(at(1)))
        #expect(!loop.model.needsFrame, "nothing to draw before the instant")
        loop.runner.send(.tick(at(3)))
        #expect(loop.model.needsFrame)
        loop.runner.send(.frameDrawn(now: at(3), alerts: [], nextAlertChange: nil))
        #expect(loop.model.wakeIn(now: at(3)) == Int32((60 - at(3).epochSeconds % 60) * 1000), "then the next minute")
        loop.runner.send(.tick(at(60)))
        #expect(loop.model.needsFrame, "a new minute: the clock on screen moves")
    }

    /// A notice that arrives after the frame was drawn (a checkpoint the writing thread could not
    /// write) is drawn at once: the loop does not sleep until the next minute first.
    @Test func aNoticeAfterTheFrameIsDrawnAtOnce() {
        let loop = TestLoop()
        let now = loop.data.now
        loop.runner.send(.frameDrawn(now: now, alerts: [], nextAlertChange: nil))
        #expect(loop.model.wakeIn(now: now) > 0)
        loop.runner.send(.checkpointFailed("Titik simpan tidak ditulis: ruang perangkat habis"))
        #expect(loop.model.wakeIn(now: now) == 0)
        loop.runner.drawIfNeeded(now: now)
        #expect(loop.text.contains("Titik simpan tidak ditulis: ruang perangkat habis"))
        #expect(loop.model.wakeIn(now: now) > 0, "drawn: the loop sleeps again")
    }

    @Test func whileCatchingUpOnlyQuittingWorksAndProgressIsShown() {
        for quit in [Key.character("q"), .control("c")] {
            let loop = TestLoop()
            loop.send(.catchUpProgress(done: 50_000_000, total: 100_000_000))
            #expect(loop.text.contains("50%"), "\(loop.text)")
            // Ctrl-C quits after other keys too; `q` only while none is typed ahead.
            if quit == .control("c") {
                loop.press(.tab, .character("?"), .character("L"))
                #expect(loop.ui == DashboardModel(rowScope: .all), "other keys wait")
            }
            loop.press(quit)
            #expect(loop.runner.quit)
        }
        let loop = TestLoop()
        loop.send(.catchUpProgress(done: 1, total: 2))
        loop.send(.quitRequested)
        #expect(loop.runner.quit, "a signal quits too")
        let caughtUp = TestLoop()
        caughtUp.send(.catchUpProgress(done: 1, total: 2))
        caughtUp.send(.caughtUp)
        caughtUp.press(.tab)
        #expect(caughtUp.ui.focus == .operations && !caughtUp.text.contains("50%"))
    }

    /// Keys typed while the history is read are acted on, in order, once it is (typeahead);
    /// clicks are not kept, nor more than the limit; `q` is a filter's letter once anything is
    /// typed ahead, and Ctrl-C quits at once.
    @Test func keysTypedWhileCatchingUpActOnceCaughtUp() {
        let loop = TestLoop()
        loop.send(.catchUpProgress(done: 1, total: 2))
        loop.press(.tab, .click(x: 3, y: 3), .character("L"))
        #expect(loop.ui == DashboardModel(rowScope: .all), "nothing acts yet")
        #expect(loop.model.typedAhead == [.tab, .character("L")], "the click is not kept")
        loop.send(.caughtUp)
        #expect(loop.ui.focus == .operations && loop.ui.language == .en, "Tab, then L, acted on")
        #expect(loop.model.typedAhead.isEmpty)

        let flooded = TestLoop()
        flooded.send(.catchUpProgress(done: 1, total: 2))
        flooded.press(Array(repeating: Key.tab, count: LoopModel.typedAheadLimit + 10))
        #expect(flooded.model.typedAhead.count == LoopModel.typedAheadLimit)

        let filtering = TestLoop()
        filtering.send(.catchUpProgress(done: 1, total: 2))
        filtering.press(.character("/"), .character("q"), .character("x"))
        #expect(!filtering.runner.quit, "q after / is kept")
        filtering.send(.caughtUp)
        #expect(filtering.ui.filter(filtering.ui.focus) == "qx" && !filtering.runner.quit, "\(filtering.ui.filters)")

        let quitting = TestLoop()
        quitting.send(.catchUpProgress(done: 1, total: 2))
        quitting.press(.tab, .control("c"))
        #expect(quitting.runner.quit, "Ctrl-C quits at once, typed ahead or not")
        // The help says so, in both languages.
        let context = KeyContext(scopes: [.catchUp], canWrite: false)
        #expect(context.lookup(.character("x")) == .command(.typeAhead))
        #expect(context.helpLines(.id).contains { $0.contains("disimpan sampai log terbaca") })
        #expect(context.helpLines(.en).contains { $0.contains("kept until the log is read") })
    }
}

extension Effect {
    /// This effect with the id of `other` (an append sent again gets a new id).
    func withID(of other: Effect) -> Effect {
        guard case .append(var request) = self, case .append(let theirs) = other else { return self }
        request.ids = theirs.ids
        return .append(request)
    }
}
