import BorderOps
import Words

/// A broken configuration file stops a command as one line, `FILE:LINE: key: reason`, in the
/// command's language (`FileProblem.word`), exit 2.
extension FileProblem: WordedFailure {
    public var exitCode: Int32 { 2 }
}
