import BorderOps
import JSON
import SafeText
import Words

/// A `--field` value as an officer types it, read for its field of the event's type into what
/// the format writes: a screen word in either language (`result=lolos`, `metric=patroli`,
/// `commodity=rokok`) as its code, a time (`17.00`, `3/12 17.00`, `03/12/2026 17.00`) in the
/// post's zone with its offset, a date (`10/12`), a count (`1.326`), rupiah (`Rp750.000.000`,
/// `750 jt`, `1,2 M`). What the format already accepts is written as it was typed. Only the
/// command line is read this way: `--json`/`--jsonl` objects come from programs, in the format.
public struct OfficerFieldReading: Sendable {
    /// "Today" for a time or date without one, and the zone it is read in.
    public var now: Timestamp
    public var zone: PostZone
    /// The language the accepted words are listed in when a word is refused.
    public var language: Language

    public init(now: Timestamp, zone: PostZone, language: Language = .id) {
        self.now = now
        self.zone = zone
        self.language = language
    }

    /// How one field of one event type is typed.
    enum Kind {
        case word(FieldVocabulary)
        case time, date, dateOrTime, count, rupiah
    }

    /// The field's kind in an event of `type`, or nil for one taken as it is (text, a list).
    static func kind(type: String?, key: String) -> Kind? {
        if key == "ts" { return .time }
        switch (EventType(rawValue: type ?? ""), key) {
        case (.passengerChecked?, "doc"): return .word(.of(Word.code as (DocumentKind) -> Word))
        case (.passengerChecked?, "result"): return .word(.of(Word.code as (CheckResult) -> Word))
        case (.voyageOpened?, "departs"), (.voyageClosed?, "departed"), (.opPlanned?, "starts"): return .time
        case (.voyageOpened?, "manifest"), (.kpiReported?, "count"), (.seizureRecorded?, "suspects"), (.seizureRecorded?, "quantity"): return .count
        case (.opPhase?, "phase"): return .word(.of(Word.code as (OperationPhase) -> Word))
        case (.opTeam?, "status"): return .word(.of(Word.code as (TeamStatus) -> Word))
        case (.opFinding?, "category"): return .word(.of(Word.code as (FindingCategory) -> Word))
        case (.opFinding?, "severity"): return .word(.of(Word.code as (Severity) -> Word))
        case (.checklistStep?, "state"): return .word(.of(Word.code as (StepState) -> Word))
        case (.agendaItem?, "state"): return .word(.of(Word.code as (AgendaState) -> Word))
        case (.actionState?, "state"): return .word(.of(Word.code as (ActionState) -> Word))
        case (.actionAssigned?, "due"): return .dateOrTime
        case (.kpiReported?, "date"): return .date
        case (.kpiReported?, "metric"): return .word(.of(Word.code as (KPIMetric) -> Word))
        case (.seizureRecorded?, "commodity"): return .word(.of(Word.code as (Commodity) -> Word))
        case (.seizureRecorded?, "value_idr"), (.seizureRecorded?, "loss_prevented_idr"): return .rupiah
        default: return nil
        }
    }

    /// The value to write for `typed` in field `key` of an event of `type`; nil when the field
    /// is not one read here (the caller takes it as text, an integer or a list).
    public func value(type: String?, key: String, typed: String) throws(AppendRefusal) -> JSONValue? {
        guard let kind = Self.kind(type: type, key: key) else { return nil }
        let text = OfficerText.trimmed(typed)
        let read: Result<JSONValue, OfficerInputProblem>
        switch kind {
        case .word(let vocabulary):
            if let code = vocabulary.read(text) { return .string(code) }
            throw AppendRefusal(message: "not appended: field \"\(key)\": \"\(DisplayText.shortened(typed, limit: 40))\" is not in the list; accepted: \(vocabulary.listed(language))")
        case .time:
            if Timestamp.parse(text) != nil { return .string(text) }
            read = OfficerTime.time(text, today: now, zone: zone).map { .string($0.rfc3339()) }
        case .date:
            if CivilDate.parse(text) != nil { return .string(text) }
            read = OfficerTime.date(text, today: now, zone: zone).map { .string($0.description) }
        case .dateOrTime:
            if DueDate.parse(text) != nil { return .string(text) }
            if case .success(let day) = OfficerTime.date(text, today: now, zone: zone) { return .string(day.description) }
            read = OfficerTime.time(text, today: now, zone: zone).map { .string($0.rfc3339()) }
        case .count:
            read = OfficerNumber.count(text).map { .number(JSONNumber($0)) }
        case .rupiah:
            read = OfficerNumber.rupiah(text).map { .number(JSONNumber($0)) }
        }
        switch read {
        case .success(let value): return value
        case .failure(let problem):
            throw AppendRefusal(message: "not appended: field \"\(key)\": \"\(DisplayText.shortened(typed, limit: 40))\": \(Word.problem(problem).text(language))")
        }
    }
}

/// A closed vocabulary as the command line reads it: the screen's words back to codes, and
/// the list of what is accepted for a refusal.
struct FieldVocabulary {
    let choices: [(code: String, word: Word)]
    let read: (String) -> String?

    static func of<Code: FormatVocabulary>(_ word: @escaping (Code) -> Word) -> FieldVocabulary {
        FieldVocabulary(choices: Code.allCases.map { ($0.rawValue, word($0)) },
                        read: { try? ScreenWordCodes.code($0, word).get().rawValue })
    }

    /// `lolos (cleared), ditunda (postponed), …`: the screen's word and the code it is written as.
    func listed(_ language: Language) -> String {
        choices.map { choice in
            let shown = choice.word.text(language)
            return shown.lowercased() == choice.code ? choice.code : "\(shown) (\(choice.code))"
        }.joined(separator: ", ")
    }
}
