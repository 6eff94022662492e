import BorderOps
import Dashboard
import JSON
import Testing
import Words

/// `N` in the port pane opens a voyage typed as officers write it; `x` in an open voyage closes
/// it after asking.
@Suite struct VoyageFormFlowTests {
    func fields(_ request: AppendRequest?) -> [JSONMember]? { request?.intent.fields }

    @Test func aVoyageTypedAsOfficersWriteIt() {
        let loop = GateFlowTests.loop()
        loop.press(.character("N"))
        #expect(loop.text.contains("Pelayaran baru") && loop.text.contains("Kapal"), "\(loop.text)")
        loop.type("km")
        #expect(loop.text.contains("pernah tercatat: KM. Thalia"), "vessels seen before: \(loop.text)")
        loop.press([.backspace, .backspace])
        loop.type("KM. Thalia")
        loop.press(.tab)
        loop.type("Nunukan")
        loop.press(.down)
        loop.type("Parepare")
        loop.press(.tab)
        loop.type("25.00")
        #expect(loop.row("Berangkat").contains("jam tidak ada"), "checked as typed: \(loop.row("Berangkat"))")
        loop.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        loop.type("21/11 17.00")
        #expect(loop.row("Berangkat").contains("2024-11-21T17:00:00+08:00"), "\(loop.row("Berangkat"))")
        loop.press(.enter)
        #expect(loop.appended.isEmpty && loop.text.contains("Belum disimpan: Manifes: wajib diisi"), "nothing written until valid: \(loop.text)")
        loop.type("1,5")
        #expect(loop.row("Manifes").contains("tanpa koma"))
        loop.press(.backspace, .backspace, .backspace)
        loop.type("1.326")
        loop.press(.enter)
        #expect(loop.appended.count == 1 && loop.appended[0].intent.type == "voyage.opened" && loop.appended[0].intent.post == "nunukan")
        #expect(fields(loop.appended.first) == [
            JSONMember("voyage", .string("km-thalia-20241121")), JSONMember("vessel", .string("KM. Thalia")), JSONMember("from", .string("Nunukan")),
            JSONMember("to", .string("Parepare")), JSONMember("departs", .string("2024-11-21T17:00:00+08:00")), JSONMember("manifest", .number(JSONNumber(1326))),
        ])
        #expect(loop.ui.operatorMode == .browsing && loop.text.contains(" 0/1.326"), "read back: \(loop.text)")
        #expect(loop.row("Tersimpan").contains("Tersimpan: KM. Thalia · Nunukan → Parepare (km-thalia-20241121) → post.jsonl"),
                "one line says what was recorded and where: \(loop.text)")
        #expect(loop.ui.selectedIDs[.voyages] == "km-thalia-20241121" && loop.row("▶ KM. Thalia").contains("0/1.326"), "the new voyage is selected: \(loop.text)")
    }

    @Test func escapeAsksOnlyWhenSomethingWasTyped() {
        let loop = GateFlowTests.loop()
        loop.press(.character("N"), .escape)
        #expect(loop.ui.operatorMode == .browsing)
        loop.press(.character("N"))
        loop.type("KM")
        loop.press(.escape)
        #expect(loop.text.contains("Buang isian?"), "\(loop.text)")
        loop.press(.character("n"))
        #expect(loop.text.contains("Pelayaran baru") && !loop.text.contains("Buang isian?"))
        loop.press(.escape, .character("y"))
        #expect(loop.ui.operatorMode == .browsing && loop.appended.isEmpty)
    }

    @Test func closingAVoyageAsksFirst() {
        let loop = GateFlowTests.loop()
        loop.press(.enter)
        #expect(loop.text.contains("x tutup"))
        loop.press(.character("x"))
        #expect(loop.text.contains("Tutup pelayaran ini?") && loop.appended.isEmpty, "\(loop.text)")
        loop.press(.character("n"))
        #expect(loop.appended.isEmpty && loop.ui.operatorMode == .browsing)
        loop.press(.character("x"), .character("y"))
        #expect(loop.appended.count == 1 && loop.appended[0].intent.type == "voyage.closed")
        #expect(fields(loop.appended.first) == [JSONMember("voyage", .string("thalia-20"))])
        #expect(!loop.text.contains("x tutup"), "a closed voyage offers neither x nor g: \(loop.text)")
    }

    @Test func readOnlyTerminalsOfferNoForm() {
        let loop = GateFlowTests.loop(writer: nil)
        loop.press(.character("N"))
        #expect(loop.ui.operatorMode == .browsing && loop.text.contains("Terminal hanya baca"))
    }

    @Test func aVoyageIDTheStateKnowsGetsANumber() {
        let input = GateFlowTests.input()
        var form = VoyageForm.make(input, model: DashboardModel(rowScope: .all))
        for (index, text) in ["KM. Thalia", "Nunukan", "Parepare", "20/11 17.00", "10"].enumerated() {
            for c in text { _ = form.fields[index].editor.handle(.character(c)) }
        }
        func firstMember(_ state: BorderState) -> JSONMember? {
            let context = FormContext(now: input.now, zone: .wita, state: state)
            guard case .success(let values) = form.values(context) else { return nil }
            return form.purpose.submission(form, values: values, context: context, language: .id).intents.first?.fields.first
        }
        #expect(firstMember(input.state) == JSONMember("voyage", .string("km-thalia-20241120")))
        var fold = input.fold
        fold.ingest(LineDecoder.decode(#"{"id":"z","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"km-thalia-20241120","vessel":"KM. Thalia","from":"Nunukan","to":"Parepare","departs":"2024-11-20T17:00:00+08:00","manifest":10}"#),
                    origin: LineOrigin(source: "t", line: 50))
        #expect(firstMember(fold.state) == JSONMember("voyage", .string("km-thalia-20241120-2")))
    }
}
