import BorderOps
import ExactKeys
import Foundation
import Testing

/// Borderdesk's optional minutes on `agenda.item` (`discussion`, `decision`, `recommendation`)
/// and the `reason` of an `action.state`: decoded alike on both paths, kept by the fold, merged
/// field by field, and undone by a void like anything else.
@Suite struct MeetingMinutesFoldTests {
    static func event(_ id: String, _ clock: String, _ type: String, _ fields: String) -> String {
        CorrectionTests.event(id, clock, type, fields)
    }
    static func void(_ id: String, _ target: String) -> String { CorrectionTests.void(id, target) }

    static let opened = event("m1", "09:00:00", "meeting.opened", #""meeting":"tim1","title":"Rapat","chair":"Kakanim","location":"Kantor","attendees":["imigrasi"]"#)

    static func fold(_ lines: [String]) -> BorderState {
        var fold = EventFold()
        for (n, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: n + 1)) }
        return fold.state
    }

    @Test func bothPathsReadTheMinutes() {
        let plain = Self.event("i1", "09:01:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"done","discussion":"CPMI lewat jalur tikus","decision":"patroli bersama","recommendation":"sosialisasi desa""#)
        let escaped = plain.replacingOccurrences(of: "jalur tikus", with: #"jalur \"tikus\""#)
        for line in [plain, escaped] {
            let fast = decode(Array(line.utf8), path: .automatic), strict = decode(Array(line.utf8), path: .strictOnly)
            #expect(fast == strict)
            guard case .event(let e) = fast, case let .agendaItem(_, _, _, _, _, minutes) = e.body else { Issue.record("\(fast)"); continue }
            #expect(minutes.decision == "patroli bersama" && minutes.recommendation == "sosialisasi desa")
            #expect(minutes.discussion?.hasPrefix("CPMI lewat jalur") == true)
        }
    }

    @Test func aMinutesFieldThatIsNotTextMakesTheLineMalformed() {
        let line = Self.event("i1", "09:01:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"done","decision":5"#)
        guard case .malformed(let reason) = LineDecoder.decode(line) else { Issue.record("not malformed"); return }
        #expect(reason.contains("\"decision\""))
        let reason2 = Self.event("s1", "09:01:00", "action.state", #""action":"x1","state":"dropped","reason":["a"]"#)
        guard case .malformed(let r2) = LineDecoder.decode(reason2) else { Issue.record("not malformed"); return }
        #expect(r2.contains("\"reason\""))
    }

    @Test func laterItemsKeepAbsentMinutesAndClearEmptyOnes() throws {
        let lines = [
            Self.opened,
            Self.event("i1", "09:01:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"discussing","discussion":"data CPMI","decision":"razia""#),
            Self.event("i2", "09:02:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"done","recommendation":"sosialisasi""#),
            Self.event("i3", "09:03:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"done","decision":"""#),
        ]
        let item = try #require(Self.fold(lines).meetings["tim1"]?.items.first)
        #expect(item.state == .done)
        #expect(item.minutes == AgendaMinutes(discussion: "data CPMI", decision: nil, recommendation: "sosialisasi"))
        let before = try #require(Self.fold(Array(lines.prefix(3))).meetings["tim1"]?.items.first)
        #expect(before.minutes == AgendaMinutes(discussion: "data CPMI", decision: "razia", recommendation: "sosialisasi"))
    }

    @Test func aVoidedItemTakesItsMinutesWithIt() throws {
        let lines = [
            Self.opened,
            Self.event("i1", "09:01:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"discussing","discussion":"data CPMI""#),
            Self.event("i2", "09:02:00", "agenda.item", #""meeting":"tim1","item":"i1","title":"PMI","owner":"bp3mi","state":"done","decision":"salah rapat""#),
        ]
        for voidFirst in [false, true] {
            let v = Self.void("v1", "i2")
            let item = try #require(Self.fold(voidFirst ? [v] + lines : lines + [v]).meetings["tim1"]?.items.first)
            #expect(item.minutes == AgendaMinutes(discussion: "data CPMI"), "void first: \(voidFirst)")
            #expect(item.state == .discussing)
        }
    }

    @Test func droppedActionsKeepTheirReasonUntilTheStateChanges() throws {
        let assigned = Self.event("a1", "09:04:00", "action.assigned", #""meeting":"tim1","action":"x1","title":"Kirim data","owner":"ksop","due":"2024-11-21""#)
        let dropped = Self.event("a2", "09:05:00", "action.state", #""action":"x1","state":"dropped","reason":"sudah ditangani Polres""#)
        let state = Self.fold([Self.opened, assigned, dropped])
        #expect(state.actions["x1"]?.state == .dropped)
        #expect(state.actions["x1"]?.stateReason == "sudah ditangani Polres")
        let reopened = Self.fold([Self.opened, assigned, dropped, Self.event("a3", "09:06:00", "action.state", #""action":"x1","state":"open""#)])
        #expect(reopened.actions["x1"]?.state == .open && reopened.actions["x1"]?.stateReason == nil)
        let voided = Self.fold([Self.opened, assigned, dropped, Self.void("v1", "a2")])
        #expect(voided.actions["x1"]?.state == .open && voided.actions["x1"]?.stateReason == nil)
    }
}
