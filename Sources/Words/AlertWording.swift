import BorderOps

extension Alert {
    /// Its words in both languages, times in the post's zone, dates with their year.
    public var text: Word { AlertWording.text(subject, exercise: exercise, zone: zone) }

    /// Its words on screen: a date in `currentYear` (the year of the post's today) without it.
    public func text(currentYear: Int) -> Word { AlertWording.text(subject, exercise: exercise, zone: zone, currentYear: currentYear) }
}

extension Word {
    /// The alerts command's header: `Peringatan pada Rab 20/11/2024 13.00 WITA: 3`.
    public static let alertsAt = Word(en: "Alerts at", id: "Peringatan pada")
    public static let since = Word(en: "since", id: "sejak")
}

extension AlertSeverity {
    /// The word that says the severity, so nothing depends on colour.
    public var word: Word {
        switch self {
        case .critical: return .severityCritical
        case .warning: return .severityWarning
        case .info: return .severityInfo
        }
    }
}

/// The sentence of each alert, in English and Bahasa Indonesia side by side, times in the
/// post's zone. Made only when shown: the rules keep the subject, not the words.
enum AlertWording {
    static func text(_ subject: AlertSubject, exercise: Bool, zone: PostZone, currentYear: Int? = nil) -> Word {
        let mark = exercise ? Word(en: "[EXERCISE] ", id: "[LATIHAN] ") : Word(en: "", id: "")
        func at(_ t: Timestamp) -> String { PostTime.clock(t, in: zone) + " " + zone.name }
        switch subject {
        case let .departure(vessel, departs, missing, manifest, passed):
            if passed {
                return Word(
                    en: "\(mark.en)\(vessel) was due to depart \(at(departs)): \(missing) of \(manifest) passengers still unchecked, voyage not closed",
                    id: "\(mark.id)\(vessel) dijadwalkan berangkat \(at(departs)): \(missing) dari \(manifest) penumpang belum diperiksa, pelayaran belum ditutup")
            }
            return Word(
                en: "\(mark.en)\(vessel) departs \(at(departs)): \(missing) of \(manifest) passengers not yet checked",
                id: "\(mark.id)\(vessel) berangkat \(at(departs)): \(missing) dari \(manifest) penumpang belum diperiksa")
        case let .overdueAction(title, owner, due, dueAt):
            let dueText: Word
            switch due {
            case .day(let d):
                dueText = Word(en: PostTime.date(d, language: .en, currentYear: currentYear), id: PostTime.date(d, language: .id, currentYear: currentYear))
            case .time:
                dueText = Word(en: PostTime.dateTime(dueAt, in: zone, language: .en, currentYear: currentYear),
                               id: PostTime.dateTime(dueAt, in: zone, language: .id, currentYear: currentYear))
            }
            return Word(
                en: "\(mark.en)Action overdue (due \(dueText.en)): \(title) (\(owner))",
                id: "\(mark.id)Tindak lanjut lewat tenggat (\(dueText.id)): \(title) (\(owner))")
        case let .criticalFinding(category, place, summary):
            let word = Word.code(category)
            return Word(
                en: "\(mark.en)Critical finding (\(word.en)) in \(place): \(summary)",
                id: "\(mark.id)Temuan kritis (\(word.id)) di \(place): \(summary)")
        case let .stalePost(post, last, minutes):
            let silent = elapsed(minutes: minutes)
            return Word(
                en: "Post \(post) not heard from for \(silent.en) (last event \(at(last)))",
                id: "Pos \(post) tidak terdengar selama \(silent.id) (kejadian terakhir \(at(last)))")
        case let .unreadableSource(path, problem):
            let reason = Word.sourceReadProblem(problem)
            return Word(en: "Cannot read \(path): \(reason.en)", id: "Tidak dapat membaca \(path): \(reason.id)")
        case let .malformedLines(path, count):
            return Word(en: "\(count) malformed line\(count == 1 ? "" : "s") in \(path)", id: "\(count) baris rusak di \(path)")
        case let .brokenChain(path, line):
            return Word(en: "Integrity chain broken at \(path):\(line): a line up to there was changed, added or removed",
                        id: "Rantai integritas putus di \(path):\(line): ada baris sampai di situ yang diubah, ditambah atau dihapus")
        }
    }

    /// "2 h 05 min" / "2 jam 05 mnt": how long, for people.
    static func elapsed(minutes: Int64) -> Word {
        let (h, m) = (minutes / 60, minutes % 60)
        if h >= 48 { return Word(en: "\(h / 24) days", id: "\(h / 24) hari") }
        let mm = m < 10 ? "0\(m)" : "\(m)"
        return h > 0 ? Word(en: "\(h) h \(mm) min", id: "\(h) jam \(mm) mnt") : Word(en: "\(m) min", id: "\(m) mnt")
    }
}
