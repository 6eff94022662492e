import BorderOps
import Dashboard
import Words
import EventLog
import Foundation
import TestSupport
import Synchronization

enum Paths {
    static var packageRoot: String { PackagePaths.root }
    static var goldenSource: String { packageRoot + "/Tests/DashboardTests/Golden" }
    static var sampleData: String { PackagePaths.sampleData }
    static var conformance: String { PackagePaths.conformance }
}

/// Folds sources with the real reader (up to `horizon`, when given: the log as it stood then).
/// The sample data (read only) is read once per horizon: hundreds of tests start from it.
func fold(_ paths: [String], horizon: Timestamp? = nil) -> EventFold {
    guard paths == [Paths.sampleData] else { return foldWithReader(paths, horizon: horizon) }
    if let kept = sampleFolds.withLock({ $0[horizon] }) { return kept }
    let folded = foldWithReader(paths, horizon: horizon)
    sampleFolds.withLock { $0[horizon] = folded }
    return folded
}

private let sampleFolds = Mutex<[Timestamp?: EventFold]>([:])

/// The sample day as the dashboard sees it the next morning (21 Nov 2024, 10.00 WITA).
func sampleInput(now: String = "2024-11-21T10:00:00+08:00") -> DashboardInput {
    DashboardInput(
        fold: fold([Paths.sampleData]),
        sources: [SourceStatus(path: "sample-data/nunukan-2024-11-20.jsonl", state: .following)],
        now: Timestamp.parse(now)!)
}

/// Compares a grid's text with `Golden/NAME.txt`; with UPDATE_GOLDEN=1 in the environment the
/// file is (re)written instead, to be reviewed in the diff.
func matchesGolden(_ grid: Grid, _ name: String) -> (Bool, String) {
    matchesGoldenFile(grid.text + "\n", at: Paths.goldenSource + "/\(name).txt")
}

/// The sample day at 14.40 WITA with a 150-minute departure window: KM. Thalia (departs
/// 17.00) has passengers unchecked, and two Timpora actions are past due. `extra`: lines folded after.
func thaliaAt1440(_ extra: [String] = []) -> DashboardInput {
    let now = Timestamp.parse("2024-11-20T14:40:00+08:00")!
    var fold = fold([Paths.sampleData], horizon: now)
    for (n, line) in extra.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "extra", line: n + 1)) }
    var input = DashboardInput(fold: fold, sources: [SourceStatus(path: "sample-data/nunukan-2024-11-20.jsonl", state: .following)], now: now)
    input.alerts = AlertRules.evaluate(fold.state, now: now, settings: AlertSettings(warnDepartureMinutes: 150))
    return input
}

/// One operation `op1` with two teams, in phase `phase`, and (unless `checklist` is false) a
/// started two-step checklist `cl-op1` (a1, b6).
func oneOperation(phase: String = "checking", checklist: Bool = true) -> EventFold {
    var lines = [
        #"{"id":"1","ts":"2024-11-20T12:30:00+08:00","type":"op.planned","post":"nunukan","op":"op1","title":"Opgab","location":"Tunon Taka","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-11-20T13:00:00+08:00"}"#,
        #"{"id":"2","ts":"2024-11-20T12:31:00+08:00","type":"op.team","post":"nunukan","op":"op1","team":"tim-xray","agency":"bea-cukai","status":"deployed"}"#,
        #"{"id":"3","ts":"2024-11-20T12:31:00+08:00","type":"op.team","post":"nunukan","op":"op1","team":"tim-gangway","agency":"lanal","status":"standby"}"#,
        #"{"id":"4","ts":"2024-11-20T12:32:00+08:00","type":"op.phase","post":"nunukan","op":"op1","phase":"\#(phase)"}"#,
    ]
    if checklist {
        lines.append(#"{"id":"5","ts":"2024-11-20T12:33:00+08:00","type":"checklist.started","post":"nunukan","checklist":"cl-op1","op":"op1","title":"Opgab","steps":[{"step":"a1","title":"Surat perintah"},{"step":"b6","title":"Registrasi"}]}"#)
    }
    return foldLines(lines)
}

/// Every check of `voyage` in the sample day up to `now` (and in `extra`), as the driver reads
/// them again from the files for the voyage's detail view (`Effect.readChecks`).
func checksRead(_ voyage: String, upTo now: Timestamp, extra: [String] = []) -> VoyageChecksRead {
    let file = (try? String(contentsOfFile: Paths.sampleData + "/nunukan-2024-11-20.jsonl", encoding: .utf8)) ?? ""
    let checks = (file.split(separator: "\n").map(String.init) + extra).compactMap { line -> PassengerCheck? in
        guard case .event(let event) = LineDecoder.decode(line), event.envelope.ts <= now else { return nil }
        return PassengerCheck(event, of: voyage)
    }
    return VoyageChecksRead(voyage: voyage, checks: checks)
}

/// `CorrectionFlowTests.lines` and meeting m1's agenda item ag-1 recorded twice (pending with a
/// discussion, then done with a decision), beside its action m1-a1.
let meetingWithItemLines = CorrectionFlowTests.lines + [
    #"{"id":"i1","ts":"2024-11-20T08:35:00+08:00","type":"agenda.item","post":"nunukan","by":"sekretaris","meeting":"m1","item":"ag-1","title":"Data PMI","owner":"bp3mi","state":"pending","discussion":"data belum lengkap"}"#,
    #"{"id":"i2","ts":"2024-11-20T08:50:00+08:00","type":"agenda.item","post":"nunukan","by":"sekretaris","meeting":"m1","item":"ag-1","title":"Data PMI","owner":"bp3mi","state":"done","decision":"kirim ke BP3MI"}"#,
]

/// Meeting m1 (`meetingWithItemLines`) open in detail at 13.00 WITA, appends read back.
func openMeetingWithItem(writer: (operatorID: String, file: String)? = TestLoop.writer, language: Language = .id) -> TestLoop {
    TestLoop.on(meetingWithItemLines, writer: writer, language: language, keys: [.character("3"), .enter])
}
