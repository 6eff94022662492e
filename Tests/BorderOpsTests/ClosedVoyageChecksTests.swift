@testable import BorderOps
import ExactKeys
import Testing

/// A closed voyage keeps its checks as a checkpoint holds them (`PassengerResults.store`,
/// `RecentCheckRing.store`): the same answers, and a check or a void after the close takes
/// them up again.
@Suite struct ClosedVoyageChecksTests {
    static func line(_ id: String, _ body: String) -> String {
        #"{"id":"\#(id)","ts":"2024-11-20T13:00:00+08:00","post":"nunukan","type":\#(body)}"#
    }

    static func check(_ n: Int, _ passenger: String, _ result: String) -> String {
        line("c\(n)", #""passenger.checked","voyage":"v1","passenger":"\#(passenger)","doc":"passport","result":"\#(result)""#)
    }

    static func fold(_ lines: [String]) -> EventFold {
        var fold = EventFold()
        for (n, text) in lines.enumerated() { fold.ingest(LineDecoder.decode(text), origin: LineOrigin(source: "a.jsonl", line: n + 1)) }
        return fold
    }

    static let opened = line("o", #""voyage.opened","voyage":"v1","vessel":"KM. Thalia","from":"Nunukan","to":"Pare-Pare","departs":"2024-11-20T17:00:00+08:00","manifest":326"#)
    static let closed = line("x", #""voyage.closed","voyage":"v1""#)

    @Test func aClosedVoyageHoldsItsChecksAsBytesWithTheSameAnswers() throws {
        let checks = (0..<40).map { Self.check($0, "p\($0 % 30)", $0 % 7 == 0 ? "postponed" : "cleared") }
        let open = Self.fold([Self.opened] + checks)
        let shut = Self.fold([Self.opened] + checks + [Self.closed])
        let before = try #require(open.state.voyages["v1"]), after = try #require(shut.state.voyages["v1"])
        #expect(before.passengers.stored == nil && before.recent.stored == nil)
        #expect(after.passengers.stored != nil, "the passengers kept as bytes")
        #expect(after.recent.stored != nil, "the latest checks kept as bytes")
        for n in 0..<30 { #expect(after.latestResult(of: "p\(n)") == before.latestResult(of: "p\(n)")) }
        #expect(after.recentChecks == before.recentChecks)
        #expect(after.checked == before.checked && after.results == before.results)
    }

    /// A late check re-checks a passenger of the closed voyage (not a new one); a void of a
    /// check before the close falls back to the passenger's earlier result.
    @Test func aCheckOrAVoidAfterTheCloseTakesThemUp() throws {
        let lines = [Self.opened, Self.check(0, "p0", "cleared"), Self.check(1, "p1", "cleared"), Self.check(2, "p0", "postponed"), Self.closed]
        let late = Self.fold(lines + [Self.check(3, "p1", "denied"), Self.line("v", #""event.voided","target":"c2","reason":"wrong passenger""#)])
        let voyage = try #require(late.state.voyages["v1"])
        #expect(voyage.passengers.stored == nil && voyage.recent.stored == nil)
        #expect(voyage.checked == 2, "p1 re-checked, not a third passenger")
        #expect(voyage.latestResult(of: "p1") == .denied)
        #expect(voyage.latestResult(of: "p0") == .cleared, "the void fell back to p0's first result")
        #expect(voyage.recentChecks.map(\.id) == ["c0", "c1", "c3"])
    }
}

extension ClosedVoyageChecksTests {
    /// A void of a check before the close, on a voyage still kept as bytes: the passenger falls
    /// back to its earlier result (or to none), and a passenger is found in the bytes without
    /// the table made again.
    @Test func aVoidOfAStoredVoyagesCheckFallsBack() throws {
        let lines = [Self.opened, Self.check(0, "p0", "cleared"), Self.check(1, "p1", "denied"), Self.check(2, "p0", "postponed"), Self.closed]
        let shut = try #require(Self.fold(lines).state.voyages["v1"])
        #expect(shut.passengers.stored != nil)
        #expect(shut.latestResult(of: "p0") == .postponed && shut.latestResult(of: "p1") == .denied && shut.latestResult(of: "p2") == nil)
        #expect(shut.passengers.stored != nil, "looked for in the bytes")
        let voided = try #require(Self.fold(lines + [Self.line("v", #""event.voided","target":"c2","reason":"wrong passenger""#),
                                                     Self.line("w", #""event.voided","target":"c1","reason":"wrong passenger""#)]).state.voyages["v1"])
        #expect(voided.latestResult(of: "p0") == .cleared)
        #expect(voided.latestResult(of: "p1") == nil, "its only check voided")
        #expect(voided.checked == 1 && voided.results[.cleared] == 1)
        #expect(voided.recentChecks.map(\.id) == ["c0"])
    }

    /// A void of the close opens the voyage again; it is checked on as before the close.
    @Test func aVoidOfTheCloseOpensItAgain() throws {
        let lines = [Self.opened, Self.check(0, "p0", "cleared"), Self.closed, Self.line("v", #""event.voided","target":"x","reason":"closed early""#),
                     Self.check(1, "p0", "referred"), Self.check(2, "p1", "cleared")]
        let voyage = try #require(Self.fold(lines).state.voyages["v1"])
        #expect(!voyage.closed)
        #expect(voyage.checked == 2 && voyage.results[.referred] == 1 && voyage.results[.cleared] == 1)
        #expect(voyage.latestResult(of: "p0") == .referred)
        #expect(voyage.recentChecks.map(\.id) == ["c0", "c1", "c2"])
    }
}
