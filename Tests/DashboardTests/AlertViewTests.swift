import BorderOps
import Words
import Dashboard
import JSON
import SafeText
import Testing

/// The alerts strip, the alerts list and its keys, and the bell.
@Suite struct AlertViewTests {
    static let ackOfDeparture = #"{"id":"ack-1","ts":"2024-11-20T14:35:00+08:00","type":"alert.ack","post":"nunukan","by":"duty-01","alert":"departure:thalia-20241120","note":"tim tambahan ke konter"}"#

    @Test func stripShowsUnacknowledgedAlertsWithWordsAndMarks() {
        let input = thaliaAt1440()
        #expect(input.alerts.map(\.id) == ["departure:thalia-20241120", "action:timpora-nnk-20241120-A1", "action:timpora-nnk-20241120-A2"])
        let grid = DashboardView.render(input, model: DashboardModel(rowScope: .all), width: 120, height: 35)
        let (ok, diff) = matchesGolden(grid, "alerts-full-120x35")
        #expect(ok, "\(diff)")
        #expect(grid.lines[1].contains("▲ PERHATIAN sejak 14.30  KM. Thalia berangkat 17.00 WITA: 162 dari 326 penumpang belum diperiksa"))
        #expect(DashboardView.layout(input, model: DashboardModel(rowScope: .all), width: 120, height: 35).alerts?.height == 3)
        // ASCII marks, English words: readable without colour.
        let ascii = DashboardView.render(input, model: DashboardModel(language: .en, rowScope: .all), width: 120, height: 35, ascii: true)
        #expect(ascii.lines[1].hasPrefix(" ^ WARNING since 14.30  KM. Thalia departs 17.00 WITA"))
    }

    @Test func stripOverflowsIntoACountAndShrinksOnSmallScreens() {
        let input = thaliaAt1440()
        let compact = DashboardView.render(input, model: DashboardModel(language: .en, rowScope: .all), width: 80, height: 24)
        #expect(DashboardView.layout(input, model: DashboardModel(rowScope: .all), width: 80, height: 24).alerts?.height == 2)
        #expect(compact.lines[1].contains("WARNING"))
        #expect(compact.lines[2].contains("▲ +2 more · a: list"), "\(compact.text)")
        #expect(DashboardView.layout(input, model: DashboardModel(rowScope: .all), width: 40, height: 12).alerts?.height == 1)
    }

    /// Thousands of alerts in force (a year at headquarters), in screen order: the strip counts
    /// the unacknowledged only and marks the rest by the worst among them.
    @Test(arguments: [(critical: 5, warnings: 3, acknowledged: 4_000), (critical: 2, warnings: 6, acknowledged: 0), (critical: 0, warnings: 0, acknowledged: 7)])
    func theStripCountsTheUnacknowledgedOfThousands(critical: Int, warnings: Int, acknowledged: Int) {
        let t = Timestamp.parse("2024-11-20T06:00:00+00:00")!
        func alert(_ id: String, _ severity: AlertSeverity, acknowledged: Bool) -> Alert {
            var alert = Alert(id: id, severity: severity, subject: .malformedLines(path: "p\(id)", count: 1), began: t)
            if acknowledged { alert.acknowledgement = AlertAcknowledgement(alert: id, at: t, by: "duty-01", note: nil) }
            return alert
        }
        var input = sampleInput()
        // Screen order (`Alert.ScreenKey`): unacknowledged first, the most urgent first.
        input.alerts = (0..<critical).map { alert("c\($0)", .critical, acknowledged: false) } + (0..<warnings).map { alert("w\($0)", .warning, acknowledged: false) }
            + (0..<acknowledged / 2).map { alert("ac\($0)", .critical, acknowledged: true) } + (acknowledged / 2..<acknowledged).map { alert("aw\($0)", .warning, acknowledged: true) }
        let open = critical + warnings
        let layout = DashboardView.layout(input, model: DashboardModel(language: .en, rowScope: .all), width: 120, height: 35)
        #expect(layout.alerts?.height == (open == 0 ? nil : min(open, 3)))
        let grid = DashboardView.render(input, model: DashboardModel(language: .en, rowScope: .all), width: 120, height: 35)
        guard open > 3 else { return }
        // Two alerts shown, then the rest: by the worst of them (the first, in screen order).
        let worst = critical > 2 ? "‼" : "▲"
        #expect(grid.lines[3].contains("\(worst) +\(open - 2) more · a: list"), "\(grid.lines[3])")
        #expect(grid.lines[1].contains(critical > 0 ? "CRITICAL" : "WARNING"))
    }

    @Test func noAlertsTakeNoRoomAndAcknowledgedOnesMoveToTheList() {
        var quiet = sampleInput()
        quiet.alerts = []
        #expect(DashboardView.layout(quiet, model: DashboardModel(rowScope: .all), width: 120, height: 35).alerts == nil)
        let input = thaliaAt1440([Self.ackOfDeparture])
        #expect(input.alerts.last?.id == "departure:thalia-20241120", "acknowledged: moved down")
        #expect(input.alerts.last?.acknowledged == true)
        #expect(DashboardView.layout(input, model: DashboardModel(rowScope: .all), width: 120, height: 35).alerts?.height == 2)
        var model = DashboardModel(language: .en, rowScope: .all)
        model.overlay = .alerts
        let grid = DashboardView.render(input, model: model, width: 120, height: 35)
        #expect(grid.text.contains("Alerts (3)"))
        // Grouped by rule; the acknowledged alert in full (wrapped), who acknowledged it first.
        #expect(grid.text.contains("Departures (1, 0 open)"), "\(grid.text)")
        #expect(grid.text.contains("✓ WARNING since 14.30 [acknowledged by duty-01 14.35: tim tambahan ke konter] KM. Thalia"), "\(grid.text)")
        #expect(grid.text.contains("passengers not yet checked"), "\(grid.text)")
    }

    @Test func hostileAlertTextIsEscaped() {
        let finding = #"{"id":"h1","ts":"2024-11-20T14:00:00+08:00","type":"op.finding","post":"nunukan","op":"opgab-tunontaka-20241120","finding":"fx","category":"other","severity":"critical","summary":"\u001b]0;PWNED\u0007 \u202Eevil"}"#
        let input = thaliaAt1440([finding])
        #expect(input.alerts.first?.id == "finding:opgab-tunontaka-20241120:fx")
        var model = DashboardModel(rowScope: .all)
        let strip = DashboardView.render(input, model: model, width: 120, height: 35)
        model.overlay = .alerts
        let list = DashboardView.render(input, model: model, width: 120, height: 35)
        for grid in [strip, list] {
            for cell in grid.cells {
                for scalar in cell.character.unicodeScalars { #expect(!DisplayText.needsEscape(scalar)) }
            }
        }
        #expect(strip.lines[1].contains("‼ KRITIS sejak 14.00"))
        #expect(strip.lines[1].contains("\\x1B]0;PWNED"))
    }

    @Test func enterAsksForANoteThenAppendsTheAcknowledgement() {
        let alerts = thaliaAt1440().alerts
        var model = DashboardModel(rowScope: .all)
        model.overlay = .alerts
        model.overlaySelection = 1
        #expect(AlertKeys.handle(.enter, model: &model, alerts: alerts, fallbackPost: "x", readOnly: false) == .handled)
        #expect(model.operatorMode == .acknowledging(alert: "action:timpora-nnk-20241120-A1", editor: LineEditor()))
        for c in "sudah dikirim" { _ = AlertKeys.handle(.character(c), model: &model, alerts: alerts, fallbackPost: "x", readOnly: false) }
        let result = AlertKeys.handle(.enter, model: &model, alerts: alerts, fallbackPost: "x", readOnly: false)
        #expect(result == .append(OperatorIntent(type: .alertAck, post: "nunukan", fields: [
            JSONMember("alert", .string("action:timpora-nnk-20241120-A1")), JSONMember("note", .string("sudah dikirim")),
        ])))
        #expect(model.operatorMode == .browsing)
        // No note is fine; Esc cancels; a read-only terminal refuses.
        _ = AlertKeys.handle(.character("a"), model: &model, alerts: alerts, fallbackPost: "x", readOnly: false)
        #expect(AlertKeys.handle(.enter, model: &model, alerts: alerts, fallbackPost: "x", readOnly: false)
                == .append(OperatorIntent(type: .alertAck, post: "nunukan", fields: [JSONMember("alert", .string("action:timpora-nnk-20241120-A1"))])))
        _ = AlertKeys.handle(.enter, model: &model, alerts: alerts, fallbackPost: "x", readOnly: false)
        #expect(AlertKeys.handle(.escape, model: &model, alerts: alerts, fallbackPost: "x", readOnly: false) == .handled)
        #expect(model.operatorMode == .browsing)
        #expect(AlertKeys.handle(.enter, model: &model, alerts: alerts, fallbackPost: "x", readOnly: true)
                == .notice("Terminal hanya baca: input dimatikan"))
        #expect(AlertKeys.handle(.character("j"), model: &model, alerts: alerts, fallbackPost: "x", readOnly: false) == .notHandled)
    }

    @Test func bellRingsOncePerNewCriticalAlert() {
        let t = Timestamp.parse("2024-11-20T15:00:00+08:00")!
        let critical = Alert(id: "finding:op:f1", severity: .critical, subject: .malformedLines(path: "", count: 1), began: t)
        let warning = Alert(id: "departure:v1", severity: .warning, subject: .malformedLines(path: "", count: 1), began: t)
        var bell = AlertBell()
        let first = bell.ring([warning])
        #expect(!first, "warnings never ring")
        let second = bell.ring([critical, warning])
        let third = bell.ring([critical, warning])
        #expect(second)
        #expect(!third, "not again while it stays")
        var escalated = warning
        escalated.severity = .critical
        escalated.escalated = t
        let fourth = bell.ring([critical, escalated])
        #expect(fourth, "a warning that turns critical is new")
        var acked = Alert(id: "finding:op:f2", severity: .critical, subject: .malformedLines(path: "", count: 1), began: t)
        acked.acknowledgement = AlertAcknowledgement(alert: acked.id, at: t, by: "x", note: nil)
        let fifth = bell.ring([acked])
        #expect(!fifth, "acknowledged elsewhere before this terminal saw it")
    }

    /// Headquarters' screen order: a few unacknowledged criticals, thousands of warnings, then
    /// the acknowledged. Each new critical among the first rings, whichever place it takes, and
    /// nothing after them does.
    @Test func bellHearsEveryCriticalAheadOfThousandsOfWarnings() {
        let t = Timestamp.parse("2024-11-20T15:00:00+08:00")!
        func alert(_ id: String, _ severity: AlertSeverity, acknowledged: Bool = false) -> Alert {
            var alert = Alert(id: id, severity: severity, subject: .malformedLines(path: "", count: 1), began: t)
            if acknowledged { alert.acknowledgement = AlertAcknowledgement(alert: id, at: t, by: "x", note: nil) }
            return alert
        }
        let warnings = (0..<5_000).map { alert("departure:v\($0)", .warning) }
        let acknowledged = [alert("finding:op:old", .critical, acknowledged: true)]
        let first = alert("finding:op:f1", .critical), second = alert("finding:op:f2", .critical)
        var bell = AlertBell()
        // One frame's list each, in screen order.
        let rang = [warnings + acknowledged, [first] + warnings + acknowledged, [first, second] + warnings + acknowledged,
                    [second, first] + warnings + acknowledged, [first] + warnings + acknowledged].map { bell.ring($0) }
        #expect(rang == [false, true, true, false, false],
                "warnings and an acknowledged critical never ring; each new critical ahead of them does, once, in any order")
    }
}

@Suite struct StatusLineTests {
    /// A headquarters follows many files: the quiet ones are counted, problems and Syncthing's
    /// conflict copies are named.
    @Test func manyFilesAreCountedAndConflictCopiesNamed() {
        var sources = (1...5).map { SourceStatus(path: "/hq/post\($0)/operator-a.jsonl", state: .following) }
        sources.append(SourceStatus(path: "/hq/nunukan/operator-a.sync-conflict-20241120-130000-ABCDEFG.jsonl", state: .following))
        sources.append(SourceStatus(path: "/hq/tarakan/operator-b.jsonl", state: .deleted))
        let input = DashboardInput(fold: EventFold(), sources: sources, now: Timestamp.parse("2024-11-20T14:00:00+08:00")!)
        let grid = DashboardView.render(input, model: DashboardModel(rowScope: .all), width: 200, height: 35)
        let status = grid.lines[33]
        #expect(status.contains("⚠ konflik sinkron: operator-a.sync-conflict-20241120-130000-ABCDEFG.jsonl"), "\(status)")
        #expect(status.contains("● operator-b.jsonl dihapus"))
        #expect(status.contains("● 5 berkas mengikuti"))
        let few = DashboardInput(fold: EventFold(), sources: Array(sources.prefix(2)), now: input.now)
        #expect(DashboardView.render(few, model: DashboardModel(rowScope: .all), width: 200, height: 35).lines[33].contains("● operator-a.jsonl mengikuti"))
    }

    /// At 40×12 a long file name took the line and was cut with `…`, its state word with it:
    /// the files are counted instead (`● 1 berkas mengikuti`), a file with news keeps its
    /// name's start and its state whole, and no part is cut.
    @Test func theSmallestStatusLineKeepsStateWordsWhole() {
        let now = Timestamp.parse("2024-11-20T14:00:00+08:00")!
        func status(_ sources: [SourceStatus], _ language: Language, width: Int = 40, height: Int = 12) -> String {
            var model = DashboardModel(rowScope: .all)
            model.language = language
            let grid = DashboardView.render(DashboardInput(fold: EventFold(), sources: sources, now: now), model: model, width: width, height: height)
            return grid.lines[height - 2]
        }
        let long = SourceStatus(path: "/data/posts/nunukan/pelabuhan-tunon-taka-2024-11-20.jsonl", state: .following)
        let one = status([long], .id)
        #expect(one.hasPrefix(" ● 1 berkas mengikuti ") && !one.contains("…"), "\(one)")
        #expect(status([long], .en).hasPrefix(" ● 1 file following "), "\(status([long], .en))")
        let deleted = SourceStatus(path: "/data/posts/tarakan/operator-b-with-a-long-name.jsonl", state: .deleted)
        let two = status([long, deleted], .id)
        #expect(two.hasPrefix(" ● operator-b-with… dihapus") && !two.contains("pelabuhan"), "\(two)")
        #expect(status([long, deleted], .en).hasPrefix(" ● operator-b-with… deleted"))
        let waiting = status([SourceStatus(path: "/data/posts/tarakan/operator-b-with-a-long-name.jsonl", state: .missing)], .id)
        #expect(waiting.hasPrefix(" ● operato… menunggu berkas "), "\(waiting)")
        // With room, the file is named in full.
        #expect(status([long], .id, width: 120, height: 35).contains("● pelabuhan-tunon-taka-2024-11-20.jsonl mengikuti"))
    }
}
