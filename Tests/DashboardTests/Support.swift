import BorderOps
import Dashboard
import EventLog
import Foundation
import TestSupport

enum Paths {
    static var packageRoot: String { PackagePaths.root }
    static var goldenSource: String { packageRoot + "/Tests/DashboardTests/Golden" }
    static var sampleData: String { PackagePaths.sampleData }
    static var conformance: String { PackagePaths.conformance }
}

/// Folds sources with the real reader (up to `horizon`, when given: the log as it stood then).
func fold(_ paths: [String], horizon: Timestamp? = nil) -> EventFold {
    foldWithReader(paths, horizon: horizon)
}

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
