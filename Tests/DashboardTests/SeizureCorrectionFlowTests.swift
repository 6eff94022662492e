import BorderOps
import Dashboard
import ExactKeys
import JSON
import Testing
import Words

/// `e` on a seizure fills its form with the optional fields too (quantity, unit, place, modus,
/// loss prevented): a correction of the value alone writes them again, unchanged.
@Suite struct SeizureCorrectionFlowTests {
    static let seizure = #"{"id":"z1","ts":"2024-11-20T11:30:00+08:00","type":"seizure.recorded","post":"nunukan","by":"bc-02","case":"BC-117","commodity":"tobacco","value_idr":750000000,"suspects":1,"agency":"bea-cukai","quantity":40,"unit":"slop","place":"Dermaga Tunon Taka","modus":"di bawah jok truk","loss_prevented_idr":125000000}"#

    static func loop() -> TestLoop {
        let lines = CorrectionFlowTests.lines.map { $0.contains(#""id":"z1""#) ? seizure : $0 }
        var fold = EventFold()
        for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: i + 1)) }
        let loop = TestLoop(DashboardInput(fold: fold, sources: [], now: Timestamp.parse("2024-11-20T05:00:00+00:00")!))
        loop.readAppendsBack(after: lines.count)
        return loop
    }

    @Test func aCorrectionOfTheValueKeepsTheOtherFields() {
        let loop = Self.loop()
        loop.press(.character("4"), .end, .character("e"))
        guard case .form(let form) = loop.ui.operatorMode else {
            Issue.record("no form: \(loop.text)")
            return
        }
        #expect(form["quantity"]?.editor.text == "40" && form["unit"]?.editor.text == "slop" && form["place"]?.editor.text == "Dermaga Tunon Taka")
        #expect(form["modus"]?.editor.text == "di bawah jok truk" && form["loss_prevented_idr"]?.editor.text == "Rp125.000.000", "filled in")
        // Change the value only: Tab to it, clear it, type the right one.
        loop.press(.tab, .tab)
        if case .form(let moved) = loop.ui.operatorMode { #expect(moved.current.key == "value_idr") }
        loop.press(.end)
        for _ in 0..<20 { loop.press(.backspace) }
        loop.type("1,2 M")
        for _ in 0..<12 {
            guard case .form(let f) = loop.ui.operatorMode, f.current.key != "reason" else { break }
            loop.press(.tab)
        }
        loop.type("nilai salah ketik")
        loop.press(.enter)
        guard let batch = loop.appended.last else {
            Issue.record("nothing appended: \(loop.text)")
            return
        }
        #expect(batch.intents.map(\.type) == ["event.voided", "seizure.recorded"])
        #expect(batch.intents[1].fields == [
            JSONMember("case", .string("BC-117")), JSONMember("commodity", .string("tobacco")), JSONMember("value_idr", .number(JSONNumber(1_200_000_000))),
            JSONMember("suspects", .number(JSONNumber(1))), JSONMember("agency", .string("bea-cukai")), JSONMember("quantity", .number(JSONNumber(40))),
            JSONMember("unit", .string("slop")), JSONMember("place", .string("Dermaga Tunon Taka")), JSONMember("modus", .string("di bawah jok truk")),
            JSONMember("loss_prevented_idr", .number(JSONNumber(125_000_000))),
        ], "\(batch.intents[1].fields)")
        // Read back: the corrected record holds them.
        let corrected = loop.data.state.desk.seizures.values.first
        #expect(corrected?.valueIDR == 1_200_000_000 && corrected?.details.place == "Dermaga Tunon Taka" && corrected?.details.quantity == 40)
    }
}
