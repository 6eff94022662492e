import BorderOps
import Foundation
import Reports
import Testing
import Words

/// A finding voided outright (from the screen, `v` in an open operation) leaves the operation
/// report's findings and is listed in its "Koreksi" appendix: what, who, why.
@Suite struct FindingCorrectionReportTests {
    static let tawau = Paths.packageRoot + "/sample-data/scenarios/tawau-ferry-morning.jsonl"
    /// Voids both records of the CPMI finding (the first and the later one that updated it):
    /// the finding is gone.
    static let voids = ["tw-20241217-0117", "tw-20241217-0375"].enumerated().map { n, target in
        #"{"id":"void-f\#(n)","ts":"2024-12-17T12:40:00+08:00","type":"event.voided","post":"nunukan","by":"imigrasi-inteldakim-01","target":"\#(target)","reason":"bukan temuan operasi ini"}"#
    }

    @Test(arguments: [Language.id, .en])
    func theVoidedFindingIsInTheAppendixNotTheFindings(_ language: Language) throws {
        let before = TextRenderer.render(try OperationReport.build(fold([Self.tawau]), op: "opgab-tunontaka-20241217", context: context(language)))
        let state = fold([Self.tawau], extra: Self.voids)
        let text = TextRenderer.render(try OperationReport.build(state, op: "opgab-tunontaka-20241217", context: context(language)))
        #expect(!before.contains(language == .id ? "KOREKSI" : "CORRECTIONS"))
        #expect(text.contains(language == .id ? "KOREKSI" : "CORRECTIONS"), "\(text)")
        #expect(text.contains("op.finding tw-20241217-0117") && text.contains("bukan temuan operasi ini") && text.contains("imigrasi-inteldakim-01"))
        #expect(text.contains("op.finding tw-20241217-0375"))
        // Gone from the findings, which the appendix follows.
        #expect(before.contains("4 penumpang dugaan CPMI non-prosedural"), "\(before)")
        let findings = text.components(separatedBy: language == .id ? "KOREKSI" : "CORRECTIONS")[0]
        #expect(!findings.contains("4 penumpang dugaan CPMI non-prosedural") && findings.contains("sabu ±0,5 kg"), "\(findings)")
    }
}
