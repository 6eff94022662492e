import BorderOps
import Synchronization
import Words

/// The lines of a voyage's checks in its detail view, kept for the last two voyages shown.
/// The view is drawn again on every key (↓ through 1,326 checks) from the same inputs: the read
/// (an array the model keeps, so comparing it is comparing one buffer), the state's latest 16
/// and the voided ids. Merging them (`VoyageChecksRead.shown`) and writing each check's time,
/// words and id was most of a frame; comparing the inputs costs next to nothing. Shared by
/// threads (the dashboard's, the tests'), so locked.
enum VoyageCheckEntries {
    /// What the detail lists: how many checks, whether every one was read, their lines.
    struct Shown {
        var count: Int
        var every: Bool
        var entries: [DetailDocument.Entry]
    }

    private struct Kept {
        var voyage: String
        var read: [PassengerCheck]?
        var recent: [PassengerCheck]
        var voided: Set<String>
        var zone: PostZone
        var language: Language
        var currentYear: Int
        var shown: Shown

        func holds(_ v: Voyage, _ read: [PassengerCheck]?, _ voided: Set<String>, _ zone: PostZone, _ language: Language, _ currentYear: Int) -> Bool {
            voyage == v.id && self.language == language && self.zone == zone && self.currentYear == currentYear && self.read == read
                && recent == v.recentChecks && self.voided == voided
        }
    }

    private static let capacity = 2
    private static let kept = Mutex<[Kept]>([])

    /// The checks `VoyageChecksRead.shown` lists for `v` (newest first) as detail entries: mark,
    /// time in the post's `zone`, passenger, document, result, who and id; a note on a line of
    /// its own. `currentYear`: the year of the post's today (its dates are shown without it).
    static func of(_ v: Voyage, read: VoyageChecksRead?, voided: Set<String>, zone: PostZone, language: Language, currentYear: Int) -> Shown {
        let readChecks = read.flatMap { $0.voyage == v.id ? $0.checks : nil }
        if let hit = kept.withLock({ $0.first { $0.holds(v, readChecks, voided, zone, language, currentYear) }?.shown }) { return hit }
        let (checks, every) = VoyageChecksRead.shown(v, read: read, voided: voided)
        let shown = Shown(count: checks.count, every: every, entries: written(checks, zone: zone, language: language, currentYear: currentYear))
        kept.withLock { kept in
            kept.insert(Kept(voyage: v.id, read: readChecks, recent: v.recentChecks, voided: voided, zone: zone, language: language, currentYear: currentYear, shown: shown), at: 0)
            if kept.count > capacity { kept.removeLast() }
        }
        return shown
    }

    private static func written(_ checks: [PassengerCheck], zone: PostZone, language: Language, currentYear: Int) -> [DetailDocument.Entry] {
        var d = DetailDocument(title: "", id: "")
        let idWord = Word.detailID.text(language), noteWord = Word.note.text(language)
        for check in checks {
            let id = check.id.isEmpty ? "" : " · \(idWord) \(check.id)"
            let time = PostTime.dateTime(check.at, in: zone, language: language, currentYear: currentYear)
            d.item(resultMark(check.result),
                   "\(time) · \(check.passenger) · \(Word.code(check.doc).text(language)) · \(Word.code(check.result).text(language)) · \(check.by ?? "?")\(id)",
                   role: VoyagesPane.resultRole(check.result))
            if let note = check.note, !note.isEmpty { d.item("", "\(noteWord): \(note)", indent: 3) }
        }
        return d.entries
    }
}
