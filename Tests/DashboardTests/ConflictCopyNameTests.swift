@testable import Dashboard
import Testing

/// Syncthing's conflict copies are told by the file's name alone (`StatusLine.isConflictCopy`).
@Suite struct ConflictCopyNameTests {
    @Test(arguments: [
        ("/hq/nunukan/operator-a.sync-conflict-20241120-130000-ABCDEFG.jsonl", true),
        ("é.sync-conflict-ü.jsonl", true),
        (".sync-conflict-", true),
        ("a.sync-conflict", false),
        ("/hq/x.sync-conflict-1/a.jsonl", false),
        ("", false),
        ("ops.jsonl", false),
    ])
    func toldByTheName(_ path: String, _ conflict: Bool) {
        #expect(StatusLine.isConflictCopy(path) == conflict, "\(path)")
    }
}
