import BorderOps
import Reports
import Testing
import Words

/// The desk report covers posts: with `post`, that post's figures, seizures and corrections
/// only; without, every post with figures or seizures in the range. Its "Koreksi" never lists
/// what was voided at a post it does not cover (an operation opened by mistake at Tawau is not
/// Nunukan's report's).
@Suite struct DeskReportPostTests {
    static func kpi(_ id: String, _ post: String, count: Int) -> String {
        #"{"id":"\#(id)","ts":"2024-12-17T16:00:00+08:00","type":"kpi.reported","post":"\#(post)","date":"2024-12-17","agency":"bea-cukai","metric":"patrol","count":\#(count)}"#
    }

    static func voidedOperation(_ op: String, _ post: String) -> [String] {
        [#"{"id":"o-\#(op)","ts":"2024-12-17T08:00:00+08:00","type":"op.planned","post":"\#(post)","op":"\#(op)","title":"Operasi \#(op)","location":"Dermaga","lead":"imigrasi","agencies":["imigrasi"],"starts":"2024-12-17T09:00:00+08:00"}"#,
         #"{"id":"x-\#(op)","ts":"2024-12-17T12:00:00+08:00","type":"event.voided","post":"\#(post)","by":"imigrasi-07","target":"o-\#(op)","reason":"salah dibuka di \#(post)"}"#]
    }

    /// A figure typed 5 instead of 4 at `post`, corrected.
    static func correctedFigure(_ post: String) -> [String] {
        [kpi("k-wrong-\(post)", post, count: 5),
         #"{"id":"kx-\#(post)","ts":"2024-12-17T17:00:00+08:00","type":"event.voided","post":"\#(post)","by":"bea-cukai-01","target":"k-wrong-\#(post)","reason":"salah ketik di \#(post)"}"#,
         kpi("k-right-\(post)", post, count: 4)]
    }

    static let day = CivilDate.parse("2024-12-17")!

    static func report(_ lines: [String], post: String?, _ language: Language) throws -> String {
        TextRenderer.render(try DeskReport.build(fold([], extra: lines), from: day, to: day, byAgency: false, post: post, context: context(language)))
    }

    @Test(arguments: [Language.id, .en]) func aPostsReportListsOnlyThatPostsCorrections(_ language: Language) throws {
        let lines = Self.correctedFigure("nunukan") + Self.correctedFigure("tawau")
            + Self.voidedOperation("op-nnk", "nunukan") + Self.voidedOperation("op-twu", "tawau")
        let nunukan = try Self.report(lines, post: "nunukan", language)
        #expect(nunukan.contains("op.planned o-op-nnk") && nunukan.contains("salah ketik di nunukan"), "\(nunukan)")
        #expect(!nunukan.contains("o-op-twu") && !nunukan.contains("di tawau"), "Tawau's corrections are not Nunukan's: \(nunukan)")
        let tawau = try Self.report(lines, post: "tawau", language)
        #expect(tawau.contains("op.planned o-op-twu") && tawau.contains("salah ketik di tawau") && !tawau.contains("di nunukan"), "\(tawau)")
        #expect(tawau.contains("Tawau, "), "signed at the post: \(tawau)")
        // The figures too: each post its own 4; both posts together 8.
        let totalRow = { (text: String) in text.split(separator: "\n").first { $0.contains(Word.total.text(language)) && !$0.contains("Rp") }.map(String.init) ?? "" }
        #expect(totalRow(nunukan).contains(" 4 ") && totalRow(tawau).contains(" 4 "), "\(totalRow(nunukan))")
        let both = try Self.report(lines, post: nil, language)
        #expect(totalRow(both).contains(" 8 "), "\(totalRow(both))")
        #expect(both.contains("o-op-nnk") && both.contains("o-op-twu") && both.contains("di tawau"), "every post's, when the report covers both: \(both)")
    }

    /// Without `post`, a post with no figure or seizure in the range is not covered: its voided
    /// operation is not listed.
    @Test func aPostWithNothingInTheRangeIsNotCovered() throws {
        let lines = Self.correctedFigure("nunukan") + Self.voidedOperation("op-nnk", "nunukan") + Self.voidedOperation("op-twu", "tawau")
        let text = try Self.report(lines, post: nil, .id)
        #expect(text.contains("o-op-nnk") && !text.contains("o-op-twu"), "\(text)")
        #expect(throws: ReportError.self) { try Self.report(lines, post: "tarakan", .id) }
    }
}
