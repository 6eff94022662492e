import BorderOps
import Synchronization
import Words

/// The lines of a voyage's checks in its detail view, kept for the last two lists of checks
/// shown. The view is drawn again on every key (↓ through 1,326 checks) with the same checks,
/// and writing each check's time, words and id was most of a frame; comparing the checks
/// (plain values) is far cheaper. Shared by threads (the dashboard's, the tests'), so locked.
enum VoyageCheckEntries {
    private struct Kept {
        var checks: [PassengerCheck]
        var zone: PostZone
        var language: Language
        var entries: [DetailDocument.Entry]
    }

    private static let capacity = 2
    private static let kept = Mutex<[Kept]>([])

    /// `checks` (newest first) as detail entries: mark, time in the post's `zone`, passenger,
    /// document, result, who and id; a note on a line of its own.
    static func of(_ checks: [PassengerCheck], zone: PostZone, language: Language) -> [DetailDocument.Entry] {
        if let hit = kept.withLock({ $0.first { $0.language == language && $0.zone == zone && $0.checks == checks }?.entries }) { return hit }
        let entries = written(checks, zone: zone, language: language)
        kept.withLock { kept in
            kept.insert(Kept(checks: checks, zone: zone, language: language, entries: entries), at: 0)
            if kept.count > capacity { kept.removeLast() }
        }
        return entries
    }

    private static func written(_ checks: [PassengerCheck], zone: PostZone, language: Language) -> [DetailDocument.Entry] {
        var d = DetailDocument(title: "", id: "")
        let idWord = Word.detailID.text(language), noteWord = Word.note.text(language)
        for check in checks {
            let id = check.id.isEmpty ? "" : " · \(idWord) \(check.id)"
            let time = PostTime.dateTime(check.at, in: zone, language: language)
            d.item(resultMark(check.result),
                   "\(time) · \(check.passenger) · \(Word.code(check.doc).text(language)) · \(Word.code(check.result).text(language)) · \(check.by ?? "?")\(id)",
                   role: VoyagesPane.resultRole(check.result))
            if let note = check.note, !note.isEmpty { d.item("", "\(noteWord): \(note)", indent: 3) }
        }
        return d.entries
    }
}
