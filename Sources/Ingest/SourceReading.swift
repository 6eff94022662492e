import BorderOps
import EventLog
import Words

extension FoldedSources {
    /// `fold`, for a command: fails with a one-line error when a source cannot be read (a
    /// missing file, a directory without permission): a partial answer would look like a
    /// complete one. What was left out on purpose (a link out of a directory source) is said on
    /// standard error, once. `unreadableIsFatal`: false when the caller reports unreadable
    /// sources itself (`alerts` makes them alerts). `checkpoint`: start from the sources'
    /// checkpoint in the user's cache when one matches; why one did not is said on standard error. Both in `language`.
    public static func read(_ arguments: [String], recursive: Bool = false, decodePath: DecodePath = .automatic, pipelined: Bool = true,
                            horizon: Timestamp? = nil, unreadableIsFatal: Bool = true,
                            problems: ProblemLog = ProblemLog(limit: 0, keeping: .first),
                            chains: ChainTracking? = nil, checkpoint: Bool = false, language: Language) throws(FileFailure) -> FoldedSources {
        let folded = fold(arguments, recursive: recursive, decodePath: decodePath, pipelined: pipelined, horizon: horizon,
                          problems: problems, chains: chains,
                          checkpoint: checkpoint ? CheckpointStore(sources: arguments, recursive: recursive) : nil)
        if let refusal = folded.checkpointRefusal { printError("borderdesk: " + refusal.word.text(language)) }
        for notice in folded.notices {
            if case .notFollowed(let reason) = notice.kind {
                printError("borderdesk: " + Word.sourceNotFollowed(path: notice.path, reason: reason.word).text(language))
            }
        }
        if unreadableIsFatal, let failure = folded.notices.first(where: \.isFailure) {
            throw FileFailure(message: "cannot read \(failure)")
        }
        return folded
    }
}
