import BorderOps
import Words

/// A command stopped by a broken or missing configuration file that is not the settings: the
/// posts file or a checklist template, said `berkas pos FILE: …` / `templat: FILE:LINE: …` in
/// the command's language, exit 2.
public enum ConfigurationFailure: WordedFailure, Equatable {
    case postsFile(FileProblem)
    case template(FileProblem)

    public var exitCode: Int32 { 2 }

    public var word: Word {
        switch self {
        case .postsFile(let problem): return .postsFileProblem(problem.word)
        case .template(let problem): return .templateProblem(problem.word)
        }
    }
}
