import BorderOps
import Ingest
import JSON
import Testing
import Words

/// `append --field` values as officers type them, read for their event type into the codes,
/// times, days and numbers the format writes; what is not in a list is refused with the list.
@Suite struct OfficerFieldReadingTests {
    /// 4 December 2026, 10.00 at Nunukan (WITA).
    static let now = Timestamp.parse("2026-12-04T10:00:00+08:00")!
    let reading = OfficerFieldReading(now: Self.now, zone: .wita, language: .id)

    func read(_ type: String, _ key: String, _ typed: String) throws -> JSONValue? {
        try reading.value(type: type, key: key, typed: typed)
    }

    @Test func screenWordsInEitherLanguageBecomeCodes() throws {
        #expect(try read("passenger.checked", "result", "lolos") == .string("cleared"))
        #expect(try read("passenger.checked", "result", "DENIED") == .string("denied"))
        #expect(try read("passenger.checked", "doc", "buku pelaut") == .string("seaman_book"))
        #expect(try read("kpi.reported", "metric", "patroli") == .string("patrol"))
        #expect(try read("seizure.recorded", "commodity", "rokok") == .string("tobacco"))
        #expect(try read("op.finding", "severity", "kritis") == .string("critical"))
        #expect(try read("op.finding", "category", "keimigrasian") == .string("immigration"))
        #expect(try read("op.team", "status", "siaga") == .string("standby"))
        #expect(try read("op.phase", "phase", "apel") == .string("briefing"))
        // `state` is read by the type it is in: a step's, an agenda item's, an action's.
        #expect(try read("checklist.step", "state", "dilewati") == .string("skipped"))
        #expect(try read("agenda.item", "state", "ditunda") == .string("deferred"))
        #expect(try read("action.state", "state", "selesai") == .string("done"))
    }

    @Test func timesDatesAndNumbersAsOfficersWriteThem() throws {
        #expect(try read("voyage.opened", "departs", "17.00") == .string("2026-12-04T17:00:00+08:00"))
        #expect(try read("voyage.opened", "departs", "3/12 17.00") == .string("2026-12-03T17:00:00+08:00"))
        #expect(try read("voyage.opened", "departs", "03/12/2026 17.00") == .string("2026-12-03T17:00:00+08:00"))
        // Already in the format: kept exactly as typed (its own offset, its fraction).
        #expect(try read("voyage.opened", "departs", "2026-12-03T09:00:00.5Z") == .string("2026-12-03T09:00:00.5Z"))
        #expect(try read("voyage.opened", "manifest", "1.326") == .number(JSONNumber(1326)))
        #expect(try read("kpi.reported", "date", "10/12") == .string("2026-12-10"))
        #expect(try read("action.assigned", "due", "10/12/2026") == .string("2026-12-10"))
        #expect(try read("action.assigned", "due", "10/12 16.00") == .string("2026-12-10T16:00:00+08:00"))
        #expect(try read("seizure.recorded", "value_idr", "Rp750.000.000") == .number(JSONNumber(750_000_000)))
        #expect(try read("seizure.recorded", "value_idr", "750 jt") == .number(JSONNumber(750_000_000)))
        #expect(try read("seizure.recorded", "loss_prevented_idr", "1,2 M") == .number(JSONNumber(1_200_000_000)))
        #expect(try read("meeting.closed", "ts", "17.00") == .string("2026-12-04T17:00:00+08:00"))
        // At a WIB post the same 17.00 is an hour later in absolute time, written with +07:00.
        let wib = OfficerFieldReading(now: Self.now, zone: .wib)
        #expect(try wib.value(type: "voyage.opened", key: "departs", typed: "17.00") == .string("2026-12-04T17:00:00+07:00"))
    }

    @Test func fieldsNotReadHereAreLeftToTheCaller() throws {
        #expect(try read("passenger.checked", "note", "lolos") == nil)
        #expect(try read("radar.contact", "result", "lolos") == nil)
        #expect(try read("voyage.opened", "vessel", "17.00") == nil)
    }

    @Test func anUnknownWordIsRefusedWithTheAcceptedWords() {
        func refusal(_ reading: OfficerFieldReading, _ type: String, _ key: String, _ typed: String) -> AppendRefusal? {
            do {
                _ = try reading.value(type: type, key: key, typed: typed)
                return nil
            } catch {
                return error
            }
        }
        let id = refusal(reading, "passenger.checked", "result", "lulus")
        #expect(id?.message == #"not appended: field "result": "lulus" is not in the list; accepted: lolos (cleared), ditunda (postponed), dirujuk (referred), pelanggaran (violation), ditolak (denied)"#)
        #expect(id?.exitCode == 2)
        let en = refusal(OfficerFieldReading(now: Self.now, zone: .wita, language: .en), "passenger.checked", "result", "lulus")
        #expect(en?.message.hasSuffix("accepted: cleared, postponed, referred, violation, denied") == true)
        #expect(refusal(reading, "voyage.opened", "departs", "3/12 25.00")?.message == #"not appended: field "departs": "3/12 25.00": jam tidak ada (jam 0–23, menit 0–59)"#)
        #expect(refusal(reading, "voyage.opened", "manifest", "1.32")?.message == #"not appended: field "manifest": "1.32": titik memisahkan ribuan: 1.326"#)
        #expect(refusal(reading, "seizure.recorded", "value_idr", "banyak") != nil)
    }
}
