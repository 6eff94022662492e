/// What an alert is about, with what its words need.
public enum AlertSubject: Sendable, Equatable {
    /// `passed`: the departure time has passed (critical).
    case departure(vessel: String, departs: Timestamp, missing: Int64, manifest: Int64, passed: Bool)
    case overdueAction(title: String, owner: String, due: DueDate, dueAt: Timestamp)
    case criticalFinding(category: FindingCategory, place: String, summary: String)
    case stalePost(post: String, last: Timestamp, silentMinutes: Int64)
    case unreadableSource(path: String, problem: String)
    case malformedLines(path: String, count: Int)
    /// Words given as they are.
    case worded(AlertText)
}

/// The words of each alert, in English and Bahasa Indonesia, times in the post's zone.
enum AlertWording {
    static func text(_ subject: AlertSubject, exercise: Bool, zone: PostZone) -> AlertText {
        let mark = exercise ? (en: "[EXERCISE] ", id: "[LATIHAN] ") : (en: "", id: "")
        func at(_ t: Timestamp) -> String { PostTime.clock(t, in: zone) + " " + zone.name }
        switch subject {
        case let .departure(vessel, departs, missing, manifest, passed):
            if passed {
                return AlertText(
                    en: "\(mark.en)\(vessel) was due to depart \(at(departs)): \(missing) of \(manifest) passengers still unchecked, voyage not closed",
                    id: "\(mark.id)\(vessel) dijadwalkan berangkat \(at(departs)): \(missing) dari \(manifest) penumpang belum diperiksa, pelayaran belum ditutup")
            }
            return AlertText(
                en: "\(mark.en)\(vessel) departs \(at(departs)): \(missing) of \(manifest) passengers not yet checked",
                id: "\(mark.id)\(vessel) berangkat \(at(departs)): \(missing) dari \(manifest) penumpang belum diperiksa")
        case let .overdueAction(title, owner, due, dueAt):
            let dueText: (en: String, id: String)
            switch due {
            case .day(let d):
                dueText = (PostTime.date(d, language: .en), PostTime.date(d, language: .id))
            case .time:
                dueText = (PostTime.dateTime(dueAt, in: zone, language: .en), PostTime.dateTime(dueAt, in: zone, language: .id))
            }
            return AlertText(
                en: "\(mark.en)Action overdue (due \(dueText.en)): \(title) (\(owner))",
                id: "\(mark.id)Tindak lanjut lewat tenggat (\(dueText.id)): \(title) (\(owner))")
        case let .criticalFinding(category, place, summary):
            return AlertText(
                en: "\(mark.en)Critical finding (\(category.rawValue)) in \(place): \(summary)",
                id: "\(mark.id)Temuan kritis (\(category.rawValue)) di \(place): \(summary)")
        case let .stalePost(post, last, minutes):
            return AlertText(
                en: "Post \(post) not heard from for \(ElapsedText.words(minutes: minutes, .en)) (last event \(at(last)))",
                id: "Pos \(post) tidak terdengar selama \(ElapsedText.words(minutes: minutes, .id)) (kejadian terakhir \(at(last)))")
        case let .unreadableSource(path, problem):
            return AlertText(en: "Cannot read \(path): \(problem)", id: "Tidak dapat membaca \(path): \(problem)")
        case let .malformedLines(path, count):
            return AlertText(en: "\(count) malformed line\(count == 1 ? "" : "s") in \(path)", id: "\(count) baris rusak di \(path)")
        case .worded(let text):
            return text
        }
    }
}
