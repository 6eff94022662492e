import BorderOps
import Words

/// Why a demo cannot start, as a value said in the command's language: a scenario not found, its
/// captions or events unreadable or broken.
public enum DemoFailure: WordedFailure, Equatable {
    /// No scenario named (or starting with) `wanted` in `directory`.
    case noScenario(wanted: String, directory: String)
    /// The captions file is broken (`FILE:LINE: key: reason`).
    case captions(FileProblem)
    /// The events file could not be read.
    case scenario(FileProblem)
    /// The events file is not there.
    case scenarioMissing(path: String)

    public var exitCode: Int32 { 2 }

    /// The file problem is said from its reason (`FileProblem.word`); the rest is this
    /// failure's own words.
    public var word: Word {
        switch self {
        case .noScenario(let wanted, let directory): return .demoNoScenario(wanted, directory: directory)
        case .captions(let problem): return .demoCaptionsProblem(problem.word)
        case .scenario(let problem): return .demoScenarioProblem(problem.word)
        case .scenarioMissing(let path): return .demoScenarioMissing(path)
        }
    }
}
