import BorderOps
import EventLog
import Foundation
import Ingest
import Testing
import TestSupport

/// A voyage's checks read again from its files (the voyage's detail view): every check of that
/// voyage in any file, oldest first, a duplicate id once, an escaped id found, other voyages,
/// other types and broken lines left out.
@Suite struct VoyageCheckFilesTests {
    static func check(_ id: String, _ ts: String, voyage: String = "v1", passenger: String) -> String {
        #"{"id":"\#(id)","ts":"2024-11-20T\#(ts):00+08:00","type":"passenger.checked","post":"nunukan","voyage":"\#(voyage)","passenger":"\#(passenger)","doc":"ktp","result":"cleared"}"#
    }

    @Test func everyCheckOfTheVoyageFromEveryFileOldestFirst() throws {
        let dir = TempDirectory()
        let a = [
            Self.check("c3", "13:03", passenger: "p3"),
            Self.check("c1", "13:01", passenger: "p1"),
            Self.check("x1", "13:02", voyage: "v10", passenger: "q1"),
            #"{"id":"o1","ts":"2024-11-20T13:00:00+08:00","type":"voyage.closed","post":"nunukan","voyage":"v1"}"#,
            "not json \"v1\"",
            Self.check("c1", "13:09", passenger: "again"),
        ]
        // An id written with an escape (`v\u0031` is `v1`): found all the same.
        let b = [Self.check("c2", "13:02", passenger: "p2").replacingOccurrences(of: #""voyage":"v1""#, with: #""voyage":"v\u0031""#)]
        try (a.joined(separator: "\n") + "\n").write(toFile: dir.file("a.jsonl"), atomically: true, encoding: .utf8)
        try b.joined(separator: "\n").write(toFile: dir.file("b.jsonl"), atomically: true, encoding: .utf8)
        let checks = try VoyageCheckFiles.checks(of: "v1", in: [dir.file("a.jsonl"), dir.file("b.jsonl")])
        #expect(checks.map(\.id) == ["c1", "c2", "c3"])
        #expect(checks.map(\.passenger) == ["p1", "p2", "p3"], "the first of a duplicate id, as the fold keeps it")
        #expect(try VoyageCheckFiles.checks(of: "v2", in: [dir.file("a.jsonl")]).isEmpty)
    }

    @Test func anUnreadableFileIsAFailureNamingIt() {
        #expect(throws: FileFailure.self) { try VoyageCheckFiles.checks(of: "v1", in: ["/nonexistent/x.jsonl"]) }
    }
}
