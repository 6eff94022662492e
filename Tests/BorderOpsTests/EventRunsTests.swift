@testable import BorderOps
import Testing

/// The fold's per-id locators, stored as runs: a voyage's checks in a row cost one entry.
@Suite struct EventRunsTests {
    @Test func consecutiveChecksOfAVoyageShareOneEntry() {
        var runs = EventRuns()
        for n in 0..<1_000 { runs.append(EventLocator(kind: .check, voyage: 7, index: n)) }
        for n in 0..<5 { runs.append(EventLocator(kind: .keptEvent, index: n)) }
        runs.append(.unknown)
        runs.append(.unknown)
        for n in 1_000..<1_010 { runs.append(EventLocator(kind: .check, voyage: 7, index: n)) }
        #expect(runs.count == 1_017)
        #expect(runs.runCount == 4)
        #expect(runs[0] == EventLocator(kind: .check, voyage: 7, index: 0))
        #expect(runs[999] == EventLocator(kind: .check, voyage: 7, index: 999))
        #expect(runs[1_003] == EventLocator(kind: .keptEvent, index: 3))
        #expect(runs[1_006] == .unknown)
        #expect(runs[1_016] == EventLocator(kind: .check, voyage: 7, index: 1_009))
    }

    @Test func anotherVoyageExerciseOrAGapStartsANewEntry() {
        var runs = EventRuns()
        runs.append(EventLocator(kind: .check, voyage: 1, index: 0))
        runs.append(EventLocator(kind: .check, voyage: 2, index: 0))
        runs.append(EventLocator(kind: .check, voyage: 2, index: 1))
        runs.append(EventLocator(kind: .check, exercise: true, voyage: 2, index: 2))
        runs.append(EventLocator(kind: .check, exercise: true, voyage: 2, index: 4))
        #expect(runs.runCount == 4)
        #expect(runs[3].exercise && runs[4].index == 4 && runs[2].index == 1)
    }

    @Test func pendingIdsSettleAndVoidedEventsAreMarked() {
        var runs = EventRuns()
        runs.append(EventLocator(kind: .keptEvent, index: 0))
        runs.append(.pending)
        runs.append(.pending)
        runs.append(EventLocator(kind: .keptEvent, index: 1))
        #expect(runs.runCount == 4, "a pending id continues nothing")
        runs.settle(1, as: .voided)
        runs.settle(2, as: .void)
        #expect(runs[1] == .voided && runs[2] == .void && runs[3].index == 1)
        runs.markVoided(3)
        #expect(runs[3] == .voided && runs[0].index == 0)
    }
}
