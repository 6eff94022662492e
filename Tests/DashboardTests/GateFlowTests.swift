import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// Gate mode (`g` in an open voyage): references typed or scanned become `passenger.checked`
/// events with the result and document in force; doubtful references warn first; a scanner's
/// batch loses nothing.
@Suite struct GateFlowTests {
    static let lines = [
        #"{"id":"a1","ts":"2024-11-19T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"thalia-19","vessel":"KM. Thalia","from":"Nunukan","to":"Parepare","departs":"2024-11-19T17:00:00+08:00","manifest":300}"#,
        #"{"id":"a2","ts":"2024-11-19T15:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-19","passenger":"P-HELD","doc":"ktp","result":"postponed","note":"dugaan CPMI"}"#,
        #"{"id":"a3","ts":"2024-11-19T18:00:00+08:00","type":"voyage.closed","post":"nunukan","voyage":"thalia-19"}"#,
        #"{"id":"b1","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"thalia-20","vessel":"KM. Thalia","from":"Nunukan","to":"Parepare","departs":"2024-11-20T17:00:00+08:00","manifest":1326}"#,
        #"{"id":"b2","ts":"2024-11-20T12:00:00+08:00","type":"passenger.checked","post":"nunukan","voyage":"thalia-20","passenger":"P-0001","doc":"ktp","result":"cleared"}"#,
    ]

    /// The two voyages at 13.00 on the 20th, WITA; the open one sorts first.
    static func input() -> DashboardInput {
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        return DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T13:00:00+08:00")!)
    }

    /// A loop whose appends are read back into its data, as the driver's follower does.
    static func loop(writer: (operatorID: String, file: String)? = TestLoop.writer, readBack: Bool = true, drawing: Bool = true,
                     width: Int = 120, height: Int = 35, meetingTemplate: ChecklistTemplate? = nil) -> TestLoop {
        let loop = TestLoop(input(), writer: writer, meetingTemplate: meetingTemplate, width: width, height: height, drawing: drawing)
        loop.readAppendsBack(after: lines.count, ingesting: readBack)
        return loop
    }

    func value(_ request: AppendRequest?, _ key: String) -> String? {
        if case .string(let s)? = request?.intent.fields.first(where: { $0.key == key })?.value { return s }
        return nil
    }

    @Test func enterRecordsWithTheResultAndDocumentInForce() {
        let loop = Self.loop()
        loop.press(.enter, .character("g"))
        #expect(loop.text.contains("PINTU") && loop.text.contains("1/1326") && loop.text.contains("Enter catat"), "\(loop.text)")
        #expect(loop.text.contains("Tab hasil") && loop.text.contains("Shift-Tab dokumen") && loop.text.contains("↓ catatan"))
        loop.type("P-0002")
        loop.press(.enter)
        var check = loop.appended.last
        #expect(check?.intent.type == "passenger.checked" && check?.intent.post == "nunukan")
        #expect(check?.intent.fields == [JSONMember("voyage", .string("thalia-20")), JSONMember("passenger", .string("P-0002")),
                                         JSONMember("doc", .string("ktp")), JSONMember("result", .string("cleared"))])
        #expect(check?.at.rfc3339() == "2024-11-20T13:00:00+08:00" && check?.by == "imigrasi-07")
        #expect(loop.text.contains("2/1326") && loop.row("P-0002").contains("lolos"), "read back: \(loop.text)")
        #expect(loop.row("PINTU").contains("dikirim: P-0002"))
        // Tab twice: referred, and it stays; Shift-Tab: passport; ↓ a note.
        loop.press(.tab, .tab, .backTab)
        #expect(loop.text.contains("dirujuk") && loop.text.contains("paspor") && loop.text.contains("(opsional)"), "\(loop.text)")
        loop.type("P-0003")
        loop.press(.down)
        loop.type("dugaan CPMI non-prosedural, diserahkan ke BP3MI")
        loop.press(.enter)
        check = loop.appended.last
        #expect(check?.intent.fields == [JSONMember("voyage", .string("thalia-20")), JSONMember("passenger", .string("P-0003")),
                                         JSONMember("doc", .string("passport")), JSONMember("result", .string("referred")),
                                         JSONMember("note", .string("dugaan CPMI non-prosedural, diserahkan ke BP3MI"))])
        loop.type("P-0004")
        loop.press(.enter)
        check = loop.appended.last
        #expect(value(check, "result") == "referred" && value(check, "doc") == "passport" && value(check, "note") == nil, "the choice stays, the note does not")
        // Round the results: postponed, referred → violation → denied → cleared.
        loop.press(.tab, .tab, .tab)
        loop.type("P-0005")
        loop.press(.enter)
        #expect(value(loop.appended.last, "result") == "cleared" && loop.appended.count == 4)
        let ids = loop.appended.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func theTimeIsWrittenWithThePostsOffsetWhateverTheHosts() {
        var input = Self.input()
        input.now = Timestamp.parse("2024-11-20T05:00:00Z")!
        let loop = TestLoop(input)
        loop.press(.enter, .character("g"))
        loop.type("P-0009")
        loop.press(.enter)
        #expect(loop.appended.last?.at.rfc3339() == "2024-11-20T13:00:00+08:00")
        #expect(loop.appended.last?.event[1] == JSONMember("ts", .string("2024-11-20T13:00:00+08:00")))
    }

    @Test func warnsBeforeARecheckOrSomeoneHeldEarlier() {
        let loop = Self.loop()
        loop.press(.enter, .character("g"))
        loop.type("P-0001")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.text.contains("P-0001 sudah diperiksa di pelayaran ini (lolos)"), "\(loop.text)")
        loop.press(.escape)
        #expect(!loop.text.contains("sudah diperiksa") && loop.ui.operatorMode != .browsing, "Esc clears the line first")
        loop.type("P-HELD")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.text.contains("P-HELD ditunda di pelayaran sebelumnya (KM. Thalia)"), "\(loop.text)")
        loop.press(.enter)
        #expect(value(loop.appended.last, "passenger") == "P-HELD", "Enter again records anyway")
        // Typing changes the reference: a new warning is needed.
        loop.type("P-0001")
        loop.press(.enter, .backspace)
        loop.type("1")
        loop.press(.enter)
        #expect(loop.appended.count == 1)
        loop.press(.escape, .escape)
        #expect(loop.ui.operatorMode == .browsing && loop.text.contains("g pintu"), "the second Esc leaves gate mode: \(loop.ui.operatorMode)")
    }

    @Test func aScannersBatchRecordsEveryReferenceInOrder() {
        // Nothing read back yet: the batch arrives before the follower reads a line.
        let loop = Self.loop(readBack: false, drawing: false)
        loop.press(.enter, .character("g"))
        let references = (1...50).map { "SCAN\($0)" }
        loop.screen.queuedKeys = references.flatMap { $0.map { Key.character($0) } + [.enter] }
        loop.runner.readKeys()
        #expect(loop.appended.map { value($0, "passenger") } == references.map { Optional($0) })
        #expect(Set(loop.appended.map(\.id)).count == 50)
        // The same reference scanned twice in a batch, before the first is read back, warns.
        loop.screen.queuedKeys = "SCAN7".map { Key.character($0) } + [.enter]
        loop.runner.readKeys()
        #expect(loop.appended.count == 50, "a second scan of SCAN7 waits for a second Enter")
    }

    @Test func readOnlyTerminalsOfferNoGate() {
        let loop = Self.loop(writer: nil)
        loop.press(.enter)
        #expect(!loop.text.contains("g pintu"))
        loop.press(.character("g"))
        #expect(loop.ui.operatorMode == .browsing && loop.text.contains("Terminal hanya baca"))
        loop.press(.character("?"))
        #expect(!loop.text.contains("mode pintu"))
    }

    @Test func helpListsTheGateKeysAndAClosedVoyageTakesNoCheck() {
        let loop = Self.loop()
        loop.press(.enter, .character("?"))
        #expect(loop.text.contains("mode pintu: catat pemeriksaan penumpang"), "\(loop.text)")
        loop.press(.escape, .character("g"), .character("?"))
        #expect(loop.text.contains("hasil berikutnya") && loop.text.contains("Shift-Tab"), "\(loop.text)")
        loop.press(.escape)
        // Another terminal closes the voyage: the scanner's keys stay in the gate line.
        var data = loop.data
        data.fold.ingest(LineDecoder.decode(#"{"id":"c1","ts":"2024-11-20T13:00:00+08:00","type":"voyage.closed","post":"nunukan","voyage":"thalia-20"}"#),
                         origin: LineOrigin(source: "t", line: 99))
        loop.data = data
        loop.type("q9")
        loop.press(.enter)
        #expect(!loop.ui.quit && loop.appended.isEmpty && loop.text.contains("sudah ditutup"), "\(loop.text)")
    }
}
