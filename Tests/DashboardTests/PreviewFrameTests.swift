import BorderOps
import Dashboard
import ExactKeys
import TestSupport
import Words
import Testing

/// The first frame of a start from a checkpoint is drawn from its preview (issue 19,
/// `BorderState.preview`): for random histories of every kind of thing over nine days at three
/// posts in three zones, the preview made at a random earlier instant, written to checkpoint
/// bytes and read back, draws the same screen at `now` as the whole fold, row for row, but for
/// the hints line, which says it is a preview.
@Suite struct PreviewFrameTests {
    static let posts = WorkingRowsTests.posts

    /// A random history: voyages (open, closed, checked), operations through their phases with
    /// findings, checklists, meetings with items and actions (open, done, due on a day or at an
    /// instant), KPI reports, seizures and acknowledgements, at times over 15–23 November.
    static func history(_ random: inout SeededRandom) -> [String] {
        var lines: [String] = []
        var n = 0
        func ts() -> String { "2024-11-\(15 + random.next(9))T\(two(random.next(24))):\(two(random.next(60))):00+0\(7 + random.next(3)):00" }
        func line(_ post: String, _ type: String, _ fields: String) {
            n += 1
            let exercise = random.next(8) == 0 ? #","exercise":true"# : ""
            lines.append(#"{"id":"e\#(n)","ts":"\#(ts())","type":"\#(type)","post":"\#(post)"\#(exercise),\#(fields)}"#)
        }
        // Tarakan is not in the posts file: the dashboard's own zone is its.
        func post() -> String { (posts.map(\.id) + ["tarakan"])[random.next(4)] }
        for v in 0..<random.next(30) {
            let p = post()
            line(p, "voyage.opened", #""voyage":"v\#(v)","vessel":"KM V\#(v)","from":"A","to":"B","departs":"\#(ts())","manifest":\#(random.next(9) + 1)"#)
            for c in 0..<random.next(4) {
                line(p, "passenger.checked", #""voyage":"v\#(v)","passenger":"p\#(c)","doc":"ktp","result":"\#(CheckResult.allCases[random.next(CheckResult.allCases.count)].rawValue)""#)
            }
            if random.next(3) > 0 { line(p, "voyage.closed", #""voyage":"v\#(v)""#) }
        }
        for o in 0..<random.next(12) {
            let p = post()
            line(p, "op.planned", #""op":"op\#(o)","title":"Op \#(o)","location":"L","lead":"imigrasi","agencies":[],"starts":"\#(ts())""#)
            for _ in 0..<random.next(4) {
                line(p, "op.phase", #""op":"op\#(o)","phase":"\#(OperationPhase.allCases[random.next(OperationPhase.allCases.count)].rawValue)""#)
            }
            if random.next(3) == 0 {
                line(p, "op.finding", #""op":"op\#(o)","finding":"f\#(o)","category":"pmi","severity":"\#(Severity.allCases[random.next(3)].rawValue)","summary":"S\#(o)""#)
            }
            if random.next(2) == 0 {
                line(p, "checklist.started", #""checklist":"cl\#(o)","op":"op\#(o)","title":"T","steps":[{"step":"s0","title":"x"},{"step":"s1","title":"y"}]"#)
                line(p, "checklist.step", #""checklist":"cl\#(o)","step":"s0","state":"done""#)
            }
        }
        for m in 0..<random.next(8) {
            let p = post()
            line(p, "meeting.opened", #""meeting":"m\#(m)","title":"Rapat \#(m)","chair":"C","location":"L","attendees":[]"#)
            line(p, "agenda.item", #""meeting":"m\#(m)","item":"i\#(m)","title":"T","owner":"imigrasi","state":"open""#)
            for a in 0..<random.next(3) {
                let due = random.next(2) == 0 ? "2024-11-\(15 + random.next(9))" : ts()
                line(p, "action.assigned", #""meeting":"m\#(m)","action":"x\#(m)-\#(a)","title":"A","owner":"bea-cukai","due":"\#(due)""#)
                if random.next(2) == 0 { line(p, "action.state", #""action":"x\#(m)-\#(a)","state":"done""#) }
            }
            if random.next(2) == 0 { line(p, "meeting.closed", #""meeting":"m\#(m)""#) }
        }
        if random.next(2) == 0 {
            line(post(), "checklist.started", #""checklist":"loose","title":"T","steps":[{"step":"s0","title":"x"}]"#)
        }
        for _ in 0..<random.next(30) {
            line(post(), "kpi.reported", #""date":"2024-11-\#(15 + random.next(9))","agency":"bea-cukai","metric":"\#(KPIMetric.allCases[random.next(4)].rawValue)","count":\#(random.next(9))"#)
        }
        // More seizures than the preview keeps (`seizuresKept`) now and then; some cases recorded
        // again (the latest record counts); values now and then near 2^63, so the sums saturate.
        for s in 0..<random.next(70) {
            let caseID = random.next(5) == 0 ? random.next(s + 1) : s
            let value = random.next(10) == 0 ? "4611686018427387904" : "\(random.next(9) * 1000)"
            line(post(), "seizure.recorded", #""case":"c\#(caseID)","commodity":"tobacco","value_idr":\#(value),"suspects":\#(random.next(3)),"agency":"bea-cukai""#)
        }
        for _ in 0..<random.next(3) {
            let alert = ["departure:v0", "departure:v1", "action:x0-0", "finding:op0:f0", "stale:nunukan"][random.next(5)]
            line("nunukan", "alert.ack", #""alert":"\#(alert)","note":"seen""#)
        }
        // Corrections: any earlier line voided (a thing read again without it, or gone).
        for _ in 0..<random.next(4) where n > 0 {
            line(post(), "event.voided", #""target":"e\#(1 + random.next(n))","reason":"salah""#)
        }
        return lines
    }

    /// Silent posts are news, as at headquarters; each post in its zone.
    static let settings = AlertSettings(staleMinutes: 15, postZones: Dictionary(uniqueKeysWithValues: posts.map { ($0.id, $0.zone) }))

    /// The frame's data as the driver hands a partial fold to the view (`DashboardFeed.frame`).
    static func input(_ fold: EventFold, now: Timestamp) -> DashboardInput {
        var input = DashboardInput(fold: fold, sources: [], now: now)
        input.postDirectory = posts
        input.alerts = AlertRules.evaluate(fold.state, now: now, settings: settings)
        return input
    }

    /// As many seizures as the tallest frame below has lines: the pane shows fewer.
    static let seizuresKept = 50

    /// The preview as the dashboard reads it: written to a checkpoint's bytes and read back.
    static func previewRead(_ fold: EventFold, madeAt: Timestamp) throws -> EventFold {
        try foldReadBack(from: checkpointBytes(of: fold.preview(for: madeAt, seizures: seizuresKept), chunkSize: 64))
    }

    @Test(arguments: 0..<80)
    func thePreviewDrawsTheWholeFoldsFirstFrame(seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed))
        let fold = foldLines(Self.history(&random))
        let now = Timestamp.parse("2024-11-\(17 + random.next(6))T\(two(random.next(24))):\(two(random.next(60))):00+08:00")!
        // Written at the last checkpoint: up to six days before (a restart days later), or up to a
        // day after (a clock set back).
        let madeAt = now.adding(minutes: Int64(24 * 60 - random.next(7 * 24 * 60)))
        let preview = try Self.previewRead(fold, madeAt: madeAt)
        #expect(preview.state.isPreview && !fold.state.isPreview)
        #expect(BorderState.preview(since: try #require(preview.state.leftOut.since), serves: now))
        #expect(preview.state.voyages.count + preview.state.leftOut.voyages == fold.state.voyages.count)
        #expect(preview.state.desk.seizures.count + preview.state.leftOut.desk.seizures == fold.state.desk.seizures.count)
        #expect(preview.state.desk.seizures.count <= Self.seizuresKept)
        #expect(Set(preview.state.desk.reports.map(\.date)).count <= 1)
        let whole = Self.input(fold, now: now), shown = Self.input(preview, now: now)
        #expect(shown.alerts == whole.alerts, "seed \(seed)")
        for (width, height) in [(80, 24), (120, 35), (160, 50)] {
            for language in [Language.id, .en] {
                let model = DashboardModel(language: language, rowScope: .working)
                let expected = DashboardView.render(whole, model: model, width: width, height: height)
                let drawn = DashboardView.render(shown, model: model, width: width, height: height)
                let hints = DashboardView.layout(whole, model: model, width: width, height: height).hints.y
                for y in 0..<height where y != hints {
                    #expect(drawn.lines[y] == expected.lines[y], "seed \(seed), \(width)×\(height) \(language), row \(y)")
                    let sameCells = Self.row(drawn, y) == Self.row(expected, y)
                    #expect(sameCells, "seed \(seed), \(width)×\(height) \(language), row \(y): colours or styles")
                }
                #expect(drawn.lines[hints].contains(language == .id ? "Membaca log" : "Reading the log"))
            }
        }
    }

    /// A preview is drawn from a day before the instant it was made for on (a clock set back a
    /// little), not earlier: that day may begin before what it holds.
    @Test func aPreviewServesFromADayBeforeTheInstantItWasMadeFor() throws {
        let made = Timestamp.parse("2024-11-20T10:00:00+08:00")!
        let since = try #require(try Self.previewRead(foldLines([]), madeAt: made).state.leftOut.since)
        #expect(BorderState.preview(since: since, serves: made))
        #expect(BorderState.preview(since: since, serves: made.adding(minutes: 5 * 24 * 60)))
        #expect(BorderState.preview(since: since, serves: made.adding(minutes: -24 * 60)))
        #expect(!BorderState.preview(since: since, serves: made.adding(minutes: -24 * 60 - 1)))
    }

    static func row(_ grid: Grid, _ y: Int) -> [Cell] { Array(grid.cells[(y * grid.width)..<((y + 1) * grid.width)]) }
}
