import BorderOps

/// The way back from the words the screen and the reports show to the format's codes:
/// `lolos` → `cleared`, `rokok` → `tobacco`. Both languages are accepted, any case, and each
/// part of a word written as alternatives (`rokok / tembakau`); the code itself too.
public enum ScreenWordCodes {
    /// The code of `vocabulary` whose screen word (`word`) or raw value is `typed`.
    public static func code<Code: FormatVocabulary>(_ typed: String, _ word: (Code) -> Word) -> Result<Code, OfficerInputProblem> {
        let wanted = normal(typed)
        if wanted.isEmpty { return .failure(.empty) }
        for code in Code.allCases {
            let w = word(code)
            let spellings = [code.rawValue, w.en, w.id].flatMap { [$0] + $0.split(separator: "/").map(String.init) }
            if spellings.contains(where: { normal($0) == wanted }) { return .success(code) }
        }
        return .failure(.unknownWord)
    }

    public static func result(_ typed: String) -> Result<CheckResult, OfficerInputProblem> { code(typed, Word.code) }
    public static func document(_ typed: String) -> Result<DocumentKind, OfficerInputProblem> { code(typed, Word.code) }
    public static func metric(_ typed: String) -> Result<KPIMetric, OfficerInputProblem> { code(typed, Word.code) }
    public static func commodity(_ typed: String) -> Result<Commodity, OfficerInputProblem> { code(typed, Word.code) }
    public static func category(_ typed: String) -> Result<FindingCategory, OfficerInputProblem> { code(typed, Word.code) }
    public static func severity(_ typed: String) -> Result<Severity, OfficerInputProblem> { code(typed, Word.code) }
    public static func teamStatus(_ typed: String) -> Result<TeamStatus, OfficerInputProblem> { code(typed, Word.code) }
    public static func phase(_ typed: String) -> Result<OperationPhase, OfficerInputProblem> { code(typed, Word.code) }
    public static func agendaState(_ typed: String) -> Result<AgendaState, OfficerInputProblem> { code(typed, Word.code) }
    public static func actionState(_ typed: String) -> Result<ActionState, OfficerInputProblem> { code(typed, Word.code) }
    public static func stepState(_ typed: String) -> Result<StepState, OfficerInputProblem> { code(typed, Word.code) }

    /// Lower case, spaces at the ends gone, inner runs of spaces (and `_`) as one space.
    static func normal(_ text: String) -> String {
        String(text.lowercased().map { $0 == "_" ? " " : $0 }).split(separator: " ").joined(separator: " ")
    }
}
