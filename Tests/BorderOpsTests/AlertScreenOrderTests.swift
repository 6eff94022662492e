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
