@testable import BorderOps
import Testing

/// The alerts' screen order is total: two alerts of one instant, written with other offsets,
/// are ordered by id (`Timestamp`'s == tells the offsets apart; the order compares instants).
@Suite struct AlertScreenOrderTests {
    static func alert(_ id: String, at text: String) -> Alert {
        Alert(id: id, severity: .critical, subject: .criticalFinding(category: .pmi, place: "op1", summary: "s"), began: Timestamp.parse(text)!)
    }

    @Test func oneInstantWithOtherOffsetsIsOrderedById() {
        let wita = Self.alert("finding:op1:f1", at: "2024-11-20T13:00:00+08:00")
        let wib = Self.alert("finding:op1:f2", at: "2024-11-20T12:00:00+07:00")
        let (a, b) = (Alert.ScreenKey(wita), Alert.ScreenKey(wib))
        #expect(a < b && !(b < a), "f1 before f2 by id, whichever offset each was written with")
        #expect(Alert.ScreenKey(Self.alert("x", at: "2024-11-20T13:00:01+08:00")) < a, "the newer first")
    }
}

extension AlertScreenOrderTests {
    /// `instant` ties two writings of one instant, which `==` tells apart, so an order by
    /// `(t.instant, id)` falls to the id (a seizure list, a report's findings, a voyage's checks).
    @Test func anInstantTiesOneTimeWrittenWithOtherOffsets() throws {
        let wita = try #require(Timestamp.parse("2024-11-20T13:00:00+08:00")), wib = try #require(Timestamp.parse("2024-11-20T12:00:00+07:00"))
        #expect(wita != wib && !(wita < wib) && !(wib < wita), "the trap: neither equal nor ordered")
        #expect(wita.instant == wib.instant)
        #expect((wita.instant, "b") > (wib.instant, "a"))
        #expect(try #require(Timestamp.parse("2024-11-20T13:00:01+08:00")).instant > wib.instant)
    }
}
