import BorderOps
import Foundation
import JSON
import TestSupport
import Testing

/// `borderdesk alerts` on the sample scenarios, and acknowledgement through the append path.
@Suite struct AlertsCommandTests {
    static let tawau = Borderdesk.packageRoot + "/sample-data/scenarios/tawau-ferry-morning.jsonl"
    static let nunukan = Borderdesk.packageRoot + "/sample-data/nunukan-2024-11-20.jsonl"

    func alerts(_ arguments: [String]) throws -> (status: Int32, ids: [String], json: JSONValue) {
        let r = try Borderdesk.run(["alerts", "--json"] + arguments)
        let json = try StrictJSONParser.parse(r.stdout)
        guard case .array(let list)? = json["alerts"] else { return (r.status, [], json) }
        return (r.status, list.compactMap { if case .string(let id)? = $0["id"] { id } else { nil } }, json)
    }

    /// The Tawau morning: KM. Purnama departs 09.30 with 210 on the manifest and three never
    /// checked; a critical finding (sabu at the X-ray) at 09.06; the voyage closed at 09.36.
    @Test func tawauMorningAtEachThreshold() throws {
        let early = try alerts([Self.tawau, "--at", "2024-12-17T08:59:00+08:00"])
        #expect(early.ids.isEmpty && early.status == 0)
        let warning = try alerts([Self.tawau, "--at", "2024-12-17T09:00:00+08:00"])
        #expect(warning.ids == ["departure:purnama-20241217"] && warning.status == 0, "\(warning.json)")
        guard case .array(let list)? = warning.json["alerts"] else { Issue.record("no alerts"); return }
        #expect(list.first?["severity"] == .string("warning"))
        #expect(list.first?["began"] == .string("2024-12-17T09:00:00+08:00"))
        let finding = try alerts([Self.tawau, "--at", "2024-12-17T09:10:00+08:00"])
        #expect(finding.ids == ["finding:opgab-tunontaka-20241217:f-sabu-20241217", "departure:purnama-20241217"])
        #expect(finding.status == 1, "an unacknowledged critical alert is in force")
        let departed = try alerts([Self.tawau, "--at", "2024-12-17T09:33:00+08:00"])
        #expect(departed.ids == ["departure:purnama-20241217", "finding:opgab-tunontaka-20241217:f-sabu-20241217"], "newest critical first")
        guard case .array(let critical)? = departed.json["alerts"] else { Issue.record("no alerts"); return }
        #expect(critical.first?["severity"] == .string("critical"))
        guard case .object(let text)? = critical.first?["text"], case .string(let en)? = text.first(where: { $0.key == "en" })?.value else { Issue.record("no text"); return }
        #expect(en == "[EXERCISE] KM. Purnama was due to depart 09.30 WITA: 3 of 210 passengers still unchecked, voyage not closed")
        let closed = try alerts([Self.tawau, "--at", "2024-12-17T09:36:00+08:00"])
        #expect(closed.ids == ["finding:opgab-tunontaka-20241217:f-sabu-20241217"])
    }

    /// KM. Thalia at 14.40 WITA with checks incomplete: a warning with a long enough window.
    @Test func thaliaAt1440() throws {
        let quiet = try alerts([Self.nunukan, "--at", "2024-11-20T12:00:00+08:00"])
        #expect(quiet.ids.isEmpty && quiet.status == 0)
        let standard = try alerts([Self.nunukan, "--at", "2024-11-20T14:40:00+08:00"])
        #expect(!standard.ids.contains("departure:thalia-20241120"), "17.00 is more than 30 minutes away")
        let wide = try alerts([Self.nunukan, "--at", "2024-11-20T14:40:00+08:00", "--warn-departure", "150"])
        #expect(wide.ids.first == "departure:thalia-20241120")
        #expect(wide.status == 0)
        let table = try Borderdesk.run(["alerts", Self.nunukan, "--at", "2024-11-20T14:40:00+08:00", "--warn-departure", "150"])
        #expect(table.stdout.contains("▲ PERINGATAN sejak 14.30"))
        #expect(table.stdout.contains("KM. Thalia berangkat 17.00 WITA: 162 dari 326 penumpang belum diperiksa"))
    }

    @Test func acknowledgementByAnotherProcessEndsTheRinging() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: Self.tawau, toPath: file)
        let before = try alerts([file, "--at", "2024-12-17T12:00:00+08:00"])
        #expect(before.status == 1)
        let ack = try Borderdesk.run(["append", file, "--type", "alert.ack", "--post", "nunukan", "--by", "duty-02",
                                      "--field", "ts=2024-12-17T09:20:00+08:00",
                                      "--field", "alert=finding:opgab-tunontaka-20241217:f-sabu-20241217",
                                      "--field", "note=diserahkan ke Bea Cukai"])
        #expect(ack.status == 0, "\(ack.stderr)")
        let after = try alerts([file, "--at", "2024-12-17T12:00:00+08:00"])
        #expect(after.status == 0)
        guard case .array(let list)? = after.json["alerts"] else { Issue.record("no alerts"); return }
        #expect(list.first?["acknowledged"] == .bool(true))
        #expect(list.first?["ack"]?["by"] == .string("duty-02"))
        // Before the acknowledgement was written, it was still ringing.
        #expect(try alerts([file, "--at", "2024-12-17T09:15:00+08:00"]).status == 1)
        // A spec-only reader counts alert.ack as an unknown type; so does the headless summary.
        let summary = try StrictJSONParser.parse(try Borderdesk.run(["summary", file, "--json"]).stdout)
        #expect(summary["events"]?["unknown"] == .number(JSONNumber(1)))
        // An acknowledgement without an alert id is refused, nothing written.
        let bad = try Borderdesk.run(["append", file, "--type", "alert.ack", "--post", "nunukan", "--field", "note=x"])
        #expect(bad.status == 2 && bad.stderr.contains("missing field \"alert\""), "\(bad.stderr)")
    }

    @Test func badInstantIsAOneLineErrorAndAnUnreadableSourceIsAnAlert() throws {
        let bad = try Borderdesk.run(["alerts", Self.nunukan, "--at", "kemarin"])
        #expect(bad.status == 2)
        #expect(bad.stderr.split(separator: "\n").count == 1 && bad.stderr.contains("--at"))
        let missing = try alerts(["/nonexistent/post.jsonl", "--at", "2024-11-20T12:00:00+08:00"])
        #expect(missing.ids == ["source:/nonexistent/post.jsonl"])
        #expect(missing.status == 0)
    }
}

/// Alerts in the live dashboard: a real terminal (tmux), a second process acknowledging.
@Suite(.serialized) struct AlertEndToEndTests {
    static let finding = "finding:opgab-tunontaka-20241217:f-sabu-20241217"

    func setUp() throws -> (dir: TempDirectory, file: String) {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        try FileManager.default.copyItem(atPath: AlertsCommandTests.tawau, toPath: file)
        return (dir, file)
    }

    func command(_ arguments: String) -> String {
        // A moment's pause, so the test can set tmux's bell hook before the first frame.
        "sleep 0.3; cd \(Borderdesk.packageRoot) && \(Borderdesk.binary) \(arguments)"
    }

    func acknowledge(_ file: String, _ alert: String) throws {
        let r = try Borderdesk.run(["append", file, "--type", "alert.ack", "--post", "nunukan", "--by", "duty-02",
                                    "--field", "alert=\(alert)", "--field", "note=sudah ditangani"])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func acknowledgementFromAnotherProcessMovesTheAlertDown() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file) --operator duty-01"))
        #expect(try tmux.waitFor { $0.contains("‼ KRITIS") && $0.contains("sabu") } != nil, "\(tmux.shown)")
        try acknowledge(file, Self.finding)
        let seconds = try tmux.waitFor(timeout: 3) { !$0.contains("‼ KRITIS") }
        #expect(seconds != nil && seconds! < 1.0, "the strip let go after \(seconds.map { "\($0) s" } ?? "never"): \(tmux.shown)")
        try tmux.keys("a")
        #expect(try tmux.waitFor(timeout: 2) { $0.contains("diakui oleh duty-02") && $0.contains("sudah ditangani") } != nil, "\(tmux.shown)")
    }

    @Test func enterInTheListAcknowledgesWithANote() throws {
        let (dir, file) = try setUp()
        _ = dir
        let tmux = try TmuxSession(command("run \(file) --operator duty-01 --lang en"))
        #expect(try tmux.waitFor { $0.contains("‼ CRITICAL") } != nil, "\(tmux.shown)")
        try tmux.keys("a")
        #expect(try tmux.waitFor(timeout: 2) { $0.contains("Alerts (1)") } != nil, "\(tmux.shown)")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor(timeout: 2) { $0.contains("Acknowledge: note (optional)") } != nil, "\(tmux.shown)")
        try tmux.keys("-l", "diserahkan ke Bea Cukai")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor(timeout: 2) { $0.contains("acknowledged by duty-01") } != nil, "\(tmux.shown)")
        let last = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").last.map(String.init) ?? ""
        let event = try StrictJSONParser.parse(last)
        #expect(event["type"] == .string("alert.ack"))
        #expect(event["alert"] == .string(Self.finding))
        #expect(event["by"] == .string("duty-01"))
        #expect(event["note"] == .string("diserahkan ke Bea Cukai"))
    }

    @Test func readOnlyTerminalShowsAlertsButCannotAcknowledge() throws {
        let (dir, file) = try setUp()
        _ = dir
        let size = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int
        let tmux = try TmuxSession(command("run \(file) --read-only"))
        #expect(try tmux.waitFor { $0.contains("‼ KRITIS") } != nil, "\(tmux.shown)")
        try tmux.keys("a")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor(timeout: 2) { $0.contains("Terminal hanya baca: input dimatikan") } != nil, "\(tmux.shown)")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int == size)
    }

    /// A time rule turns true with no event arriving: the dashboard wakes for it.
    @Test func departureWarningAppearsWithNoEventArriving() throws {
        let dir = TempDirectory()
        let file = dir.file("post.jsonl")
        let now = Int64(Date().timeIntervalSince1970)
        // Departs 30 minutes and 3 seconds from now: the warning begins in 3 seconds.
        let departs = Timestamp(epochSeconds: now + 30 * 60 + 3, offsetSeconds: 8 * 3600).rfc3339()
        let opened = Timestamp(epochSeconds: now - 60, offsetSeconds: 8 * 3600).rfc3339()
        try (#"{"id":"v1","ts":"\#(opened)","type":"voyage.opened","post":"nunukan","voyage":"v1","vessel":"KM. Lambelu","from":"Nunukan","to":"Makassar","departs":"\#(departs)","manifest":40}"# + "\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession(command("run \(file) --lang en"))
        #expect(try tmux.waitFor { $0.contains("KM. Lambelu") } != nil, "\(tmux.shown)")
        #expect(try !tmux.screen().contains("WARNING"))
        let seconds = try tmux.waitFor(timeout: 8) { $0.contains("▲ WARNING") && $0.contains("40 of 40 passengers not yet checked") }
        #expect(seconds != nil, "\(tmux.shown)")
    }

    /// --bell rings once per new critical alert: not again on a redraw, again for a new one.
    @Test func bellRingsOncePerNewCriticalAlert() throws {
        let (dir, file) = try setUp()
        let bells = dir.file("bells")
        let tmux = try TmuxSession(command("run \(file) --bell"))
        try tmux.tmux(["set-hook", "-g", "alert-bell", "run-shell 'echo bell >> \(bells)'"])
        func count() -> Int { ((try? String(contentsOfFile: bells, encoding: .utf8)) ?? "").split(separator: "\n").count }
        #expect(try tmux.waitFor { $0.contains("‼ KRITIS") } != nil, "\(tmux.shown)")
        #expect(try tmux.waitFor(timeout: 2) { _ in count() == 1 } != nil, "one bell for the critical finding, got \(count())")
        // An ordinary event redraws the screen: no second bell.
        let check = try Borderdesk.run(["append", file, "--type", "passenger.checked", "--post", "nunukan", "--field", "voyage=purnama-20241217",
                                        "--field", "passenger=p-late", "--field", "doc=ktp", "--field", "result=cleared"])
        #expect(check.status == 0)
        #expect(try tmux.waitFor(timeout: 2) { $0.contains("208/210") } != nil, "\(tmux.shown)")
        usleep(300_000)
        #expect(count() == 1, "no bell for a redraw")
        // A new critical finding rings once more.
        let finding = try Borderdesk.run(["append", file, "--type", "op.finding", "--post", "nunukan", "--field", "op=opgab-tunontaka-20241217",
                                          "--field", "finding=f-2", "--field", "category=pmi", "--field", "severity=critical",
                                          "--field", "summary=CPMI tanpa dokumen"])
        #expect(finding.status == 0)
        #expect(try tmux.waitFor(timeout: 2) { _ in count() == 2 } != nil, "a second bell for the second finding, got \(count())")
    }
}
