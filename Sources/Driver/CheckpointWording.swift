import EventLog
import Ingest
import Words

/// Why the checkpoint was not used, as the dashboard's status line says it (the reason's
/// words, and the file it is about).
enum CheckpointWording {
    static func notice(_ refusal: CheckpointStore.Refusal, _ language: Language) -> String {
        let reason: String
        switch refusal {
        case .damaged: reason = Word.checkpointDamaged.text(language)
        case .unreadable(let detail): reason = "\(Word.checkpointUnreadable.text(language)) (\(detail))"
        case .otherVersion: reason = Word.checkpointOtherVersion.text(language)
        case .sources(.otherSources): reason = Word.checkpointOtherSources.text(language)
        case .sources(.unreadable(path: let path, reason: let detail)): reason = "\(path): \(Word.checkpointUnreadable.text(language)) (\(detail))"
        case .sources(.shorter(path: let path)): reason = "\(path): \(Word.checkpointFileShorter.text(language))"
        case .sources(.changed(path: let path)): reason = "\(path): \(Word.checkpointFileChanged.text(language))"
        }
        return "\(Word.checkpointNotUsed.text(language)): \(reason); \(Word.checkpointReadingAll.text(language))"
    }
}
