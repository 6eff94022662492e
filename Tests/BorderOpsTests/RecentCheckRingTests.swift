@testable import BorderOps
import ExactKeys
import Foundation
import Testing

/// A voyage's recent checks read back from a checkpoint stay its bytes until the voyage changes
/// (`StoredRecentChecks`), and are then the checks a fold that never stopped keeps: in order,
/// after the ring has wrapped, with a check voided, with the next check.
@Suite struct RecentCheckRingTests {
    static let opened = #"{"id":"o1","ts":"2024-11-20T08:00:00+08:00","type":"voyage.opened","post":"nunukan","voyage":"v1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T17:00:00+08:00","manifest":326}"#

    static func check(_ n: Int) -> String {
        let minute = String(format: "%02d", n % 60)
        let by = n % 3 == 0 ? #","by":"imigrasi-0\#(n % 10)""# : ""
        let note = n % 4 == 0 ? #","note":"catatan \#(n)""# : ""
        return #"{"id":"c\#(n)","ts":"2024-11-20T09:\#(minute):00+08:00","type":"passenger.checked","post":"nunukan","voyage":"v1","passenger":"p\#(n % 23)","doc":"\#(n % 2 == 0 ? "passport" : "ktp")","result":"\#(n % 5 == 0 ? "postponed" : "cleared")"\#(by)\#(note)}"#
    }

    static func void(_ n: Int, id: String) -> String {
        #"{"id":"\#(id)","ts":"2024-11-20T10:00:00+08:00","type":"event.voided","post":"nunukan","target":"c\#(n)","reason":"salah ketik"}"#
    }

    static func fold(_ lines: [String], into fold: inout EventFold, from line: Int = 0) {
        for (i, text) in lines.enumerated() { fold.ingest(LineDecoder.decode(text), origin: LineOrigin(source: "a.jsonl", line: line + i + 1)) }
    }

    static func voyage(_ fold: EventFold) throws -> Voyage { try #require(fold.state.voyages.values.first) }

    @Test(arguments: [0, 5, 16, 17, 40])
    func readBackTheRingIsTheSameChecksAndStaysBytesUntilChanged(checks: Int) throws {
        let before = [Self.opened] + (1...max(1, checks)).prefix(checks).map(Self.check)
        var partial = EventFold()
        Self.fold(before, into: &partial)
        let written = try CheckpointRoundTripTests.bytes(partial)
        var restored = try CheckpointRoundTripTests.read(written)
        #expect(try Self.voyage(restored).recent.stored != nil)
        #expect(try Self.voyage(restored).recentChecks == Self.voyage(partial).recentChecks)
        #expect(try Self.voyage(restored).recentChecks.count == min(checks, Voyage.recentCheckLimit))
        #expect(try CheckpointRoundTripTests.bytes(restored) == written, "written again as read")

        // Then a check voided (the newest, one in the middle of the ring, one long gone) and
        // the next checks: the same as the fold that never stopped.
        var whole = partial
        var after: [String] = []
        if checks > 0 { after.append(Self.void(checks, id: "v-last")) }
        if checks > 8 { after.append(Self.void(checks - 8, id: "v-mid")) }
        if checks > 20 { after.append(Self.void(2, id: "v-old")) }
        after += (checks + 1...checks + 3).map(Self.check)
        for (i, line) in after.enumerated() {
            Self.fold([line], into: &restored, from: before.count + i)
            Self.fold([line], into: &whole, from: before.count + i)
            #expect(try Self.voyage(restored).recentChecks == Self.voyage(whole).recentChecks, "after \(line)")
            #expect(try Self.voyage(restored).lastCheck == Self.voyage(whole).lastCheck)
        }
        #expect(try Self.voyage(restored).recent.stored == nil, "a check made the ring checks again")
        #expect(try CheckpointRoundTripTests.bytes(restored) == CheckpointRoundTripTests.bytes(whole))
    }

    /// A checkpoint cut short within a ring is refused. A ring whose bytes do not read (only a
    /// file the seal refuses could hold one) is no recent checks, never a crash.
    @Test func aRingCutShortIsRefusedAndOneThatDoesNotReadIsNone() throws {
        var fold = EventFold()
        Self.fold([Self.opened] + (1...3).map(Self.check), into: &fold)
        let written = try CheckpointRoundTripTests.bytes(fold)
        // "passport" spelled otherwise where the first recent check's document is written.
        let word = Array("passport".utf8)
        let at = try #require((0...(written.count - word.count)).first { Array(written[$0..<$0 + word.count]) == word })
        #expect(throws: (any Error).self) { try CheckpointRoundTripTests.read(Array(written.prefix(at + 3))) }
        var changed = written
        changed[at] = UInt8(ascii: "b")
        var read = try CheckpointRoundTripTests.read(changed)
        #expect(try Self.voyage(read).recentChecks.isEmpty)
        #expect(try Self.voyage(read).checked == Self.voyage(fold).checked, "the rest of the voyage is read")
        // The checks that follow fill the ring from its start, newest last, once it wraps too.
        Self.fold((4...23).map(Self.check), into: &read, from: 4)
        #expect(try Self.voyage(read).recentChecks.map(\.id) == (8...23).map { "c\($0)" })
    }
}
