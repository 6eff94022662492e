/// The checkpoint encoding of the small values the state is made of: times, dates, the format's
/// vocabularies (by their text, so that reordering a vocabulary cannot misread an old file),
/// events kept whole, corrections and malformed lines. A change to an event's fields fails to
/// compile here (the switches are exhaustive): change both sides and `checkpointVersion`.
/// Over 300 lines on purpose: each value's writer and reader sit side by side in this one file, so
/// that a change to one is made, and reviewed, beside the other.
extension CheckpointWriter {
    mutating func timestamp(_ t: Timestamp) {
        int64(t.epochSeconds)
        int(Int(t.nanoseconds))
        int(Int(t.offsetSeconds))
    }

    mutating func optionalTimestamp(_ t: Timestamp?) {
        bool(t != nil)
        if let t { timestamp(t) }
    }

    mutating func date(_ d: CivilDate) {
        int(d.year)
        int(d.month)
        int(d.day)
    }

    mutating func word<Word: FormatVocabulary>(_ word: Word) throws { try string(word.rawValue) }

    mutating func strings(_ list: [String]) throws {
        unsigned(UInt64(list.count))
        for s in list { try string(s) }
    }

    mutating func ints(_ list: [Int]) {
        unsigned(UInt64(list.count))
        for i in list { int(i) }
    }

    mutating func envelope(_ env: EventEnvelope) throws {
        try string(env.id)
        timestamp(env.ts)
        try string(env.type)
        try string(env.post)
        try optionalString(env.by)
        bool(env.exercise)
    }

    mutating func event(_ event: Event) throws {
        try envelope(event.envelope)
        switch event.body {
        case let .voyageOpened(voyage, vessel, from, to, departs, manifest, checkpoint):
            byte(0)
            try strings([voyage, vessel, from, to])
            timestamp(departs)
            int64(manifest)
            try optionalString(checkpoint)
        case let .passengerChecked(voyage, passenger, doc, nationality, result, note):
            byte(1)
            try strings([voyage, passenger])
            try word(doc)
            try optionalString(nationality)
            try word(result)
            try optionalString(note)
        case let .voyageClosed(voyage, departed):
            byte(2)
            try string(voyage)
            optionalTimestamp(departed)
        case let .opPlanned(op, title, location, lead, agencies, starts):
            byte(3)
            try strings([op, title, location, lead])
            try strings(agencies)
            timestamp(starts)
        case let .opPhase(op, phase, note):
            byte(4)
            try string(op)
            try word(phase)
            try optionalString(note)
        case let .opTeam(op, team, agency, status, location):
            byte(5)
            try strings([op, team, agency])
            try word(status)
            try optionalString(location)
        case let .opFinding(op, finding, category, severity, summary):
            byte(6)
            try strings([op, finding])
            try word(category)
            try word(severity)
            try string(summary)
        case let .checklistStarted(checklist, op, title, steps):
            byte(7)
            try string(checklist)
            try optionalString(op)
            try string(title)
            unsigned(UInt64(steps.count))
            for step in steps {
                try strings([step.step, step.title])
                try optionalString(step.phase)
            }
        case let .checklistStep(checklist, step, state, note):
            byte(8)
            try strings([checklist, step])
            try word(state)
            try optionalString(note)
        case let .meetingOpened(meeting, title, chair, location, attendees):
            byte(9)
            try strings([meeting, title, chair, location])
            try strings(attendees)
        case let .agendaItem(meeting, item, title, owner, state, minutes):
            byte(10)
            try strings([meeting, item, title, owner])
            try word(state)
            try optionalString(minutes.discussion)
            try optionalString(minutes.decision)
            try optionalString(minutes.recommendation)
        case let .actionAssigned(meeting, action, title, owner, due, item):
            byte(11)
            try strings([meeting, action, title, owner])
            switch due {
            case .day(let d): byte(0); date(d)
            case .time(let t): byte(1); timestamp(t)
            }
            try optionalString(item)
        case let .actionState(action, state, reason):
            byte(12)
            try string(action)
            try word(state)
            try optionalString(reason)
        case let .meetingClosed(meeting):
            byte(13)
            try string(meeting)
        case let .kpiReported(d, agency, metric, count):
            byte(14)
            date(d)
            try string(agency)
            try word(metric)
            int64(count)
        case let .seizureRecorded(caseID, commodity, valueIDR, suspects, agency, details):
            byte(15)
            try string(caseID)
            try word(commodity)
            int64(valueIDR)
            int64(suspects)
            try string(agency)
            optionalInt64(details.quantity)
            try optionalString(details.unit)
            try optionalString(details.place)
            try optionalString(details.modus)
            optionalInt64(details.lossPreventedIDR)
        case let .eventVoided(target, reason):
            byte(16)
            try strings([target, reason])
        }
    }

    mutating func subject(_ subject: CorrectionSubject) throws {
        switch subject {
        case let .passenger(voyage, passenger): byte(0); try strings([voyage, passenger])
        case let .voyage(id): byte(1); try string(id)
        case let .operation(id): byte(2); try string(id)
        case let .checklist(id, op): byte(3); try string(id); try optionalString(op)
        case let .meeting(id): byte(4); try string(id)
        case let .action(id, meeting): byte(5); try string(id); try optionalString(meeting)
        case let .kpi(d, metric, agency, count): byte(6); date(d); try word(metric); try string(agency); int64(count)
        case let .seizure(id): byte(7); try string(id)
        case let .alert(id): byte(8); try string(id)
        }
    }

    mutating func correction(_ c: Correction) throws {
        try strings([c.target, c.targetType])
        try subject(c.subject)
        optionalTimestamp(c.targetTime)
        try optionalString(c.targetPost)
        try string(c.voidID)
        timestamp(c.at)
        try optionalString(c.by)
        try strings([c.post, c.reason])
        bool(c.exercise)
    }

    mutating func problem(_ p: LineProblem) throws {
        try string(p.origin.source)
        int(p.origin.line)
        try string(p.reason)
    }
}

extension CheckpointReader {
    mutating func timestamp() throws -> Timestamp {
        let seconds = try int64()
        let nanos = try int()
        let offset = try int()
        guard (0..<1_000_000_000).contains(nanos), abs(offset) < 86_400 else { throw failure("not a time") }
        return Timestamp(epochSeconds: seconds, nanoseconds: Int32(nanos), offsetSeconds: Int32(offset))
    }

    mutating func optionalTimestamp() throws -> Timestamp? {
        try bool() ? try timestamp() : nil
    }

    mutating func date() throws -> CivilDate {
        let year = try int(), month = try int(), day = try int()
        guard (1...12).contains(month), (1...31).contains(day) else { throw failure("not a date") }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Matched on its bytes, no string made (a start from a checkpoint reads one per kept
    /// event and per recent check).
    mutating func word<Word: FormatVocabulary>(_: Word.Type = Word.self) throws -> Word {
        let raw = try stringBytes()
        guard let word = Word.match(raw) else { throw failure("unknown word \(String(decoding: raw, as: UTF8.self).debugDescription)") }
        return word
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var list: [String] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try string()) }
        return list
    }

    mutating func ints() throws -> [Int] {
        let n = try count()
        var list: [Int] = []
        list.reserveCapacity(n)
        for _ in 0..<n { list.append(try int()) }
        return list
    }

    mutating func envelope() throws -> EventEnvelope {
        let id = try string()
        let ts = try timestamp()
        // A known type matched on its bytes, as the line decoder does: no string made.
        let typeBytes = try stringBytes()
        let known = EventType.match(typeBytes)
        let type = known == nil ? String(decoding: typeBytes, as: UTF8.self) : ""
        let post = try string()
        let by = try optionalString()
        return EventEnvelope(id: id, ts: ts, known: known, type: type, post: post, by: by, exercise: try bool())
    }

    /// The count `strings` wrote before a list of `count` strings, which the caller then reads
    /// one by one where they go, in the order written (no list made and let go per kept event).
    private mutating func expectStrings(_ count: Int) throws {
        guard try self.count() == count else { throw failure("expected \(count) strings") }
    }

    mutating func event() throws -> Event {
        let env = try envelope()
        let body: EventBody
        switch try byte() {
        case 0:
            try expectStrings(4)
            body = .voyageOpened(voyage: try string(), vessel: try string(), from: try string(), to: try string(),
                                 departs: try timestamp(), manifest: try int64(), checkpoint: try optionalString())
        case 1:
            try expectStrings(2)
            body = .passengerChecked(voyage: try string(), passenger: try string(), doc: try word(), nationality: try optionalString(),
                                     result: try word(), note: try optionalString())
        case 2:
            body = .voyageClosed(voyage: try string(), departed: try optionalTimestamp())
        case 3:
            try expectStrings(4)
            body = .opPlanned(op: try string(), title: try string(), location: try string(), lead: try string(), agencies: try strings(),
                              starts: try timestamp())
        case 4:
            body = .opPhase(op: try string(), phase: try word(), note: try optionalString())
        case 5:
            try expectStrings(3)
            body = .opTeam(op: try string(), team: try string(), agency: try string(), status: try word(), location: try optionalString())
        case 6:
            try expectStrings(2)
            body = .opFinding(op: try string(), finding: try string(), category: try word(), severity: try word(), summary: try string())
        case 7:
            let checklist = try string()
            let op = try optionalString()
            let title = try string()
            var steps: [ChecklistStepDefinition] = []
            for _ in 0..<(try count()) {
                try expectStrings(2)
                steps.append(ChecklistStepDefinition(step: try string(), title: try string(), phase: try optionalString()))
            }
            body = .checklistStarted(checklist: checklist, op: op, title: title, steps: steps)
        case 8:
            try expectStrings(2)
            body = .checklistStep(checklist: try string(), step: try string(), state: try word(), note: try optionalString())
        case 9:
            try expectStrings(4)
            body = .meetingOpened(meeting: try string(), title: try string(), chair: try string(), location: try string(),
                                  attendees: try strings())
        case 10:
            try expectStrings(4)
            body = .agendaItem(meeting: try string(), item: try string(), title: try string(), owner: try string(), state: try word(),
                               minutes: AgendaMinutes(discussion: try optionalString(), decision: try optionalString(),
                                                      recommendation: try optionalString()))
        case 11:
            try expectStrings(4)
            let (meeting, action, title, owner) = (try string(), try string(), try string(), try string())
            let due: DueDate
            switch try byte() {
            case 0: due = .day(try date())
            case 1: due = .time(try timestamp())
            default: throw failure("not a due date")
            }
            body = .actionAssigned(meeting: meeting, action: action, title: title, owner: owner, due: due, item: try optionalString())
        case 12:
            body = .actionState(action: try string(), state: try word(), reason: try optionalString())
        case 13:
            body = .meetingClosed(meeting: try string())
        case 14:
            body = .kpiReported(date: try date(), agency: try string(), metric: try word(), count: try int64())
        case 15:
            body = .seizureRecorded(caseID: try string(), commodity: try word(), valueIDR: try int64(), suspects: try int64(), agency: try string(),
                                    details: SeizureDetails(quantity: try optionalInt64(), unit: try optionalString(), place: try optionalString(),
                                                            modus: try optionalString(), lossPreventedIDR: try optionalInt64()))
        case 16:
            try expectStrings(2)
            body = .eventVoided(target: try string(), reason: try string())
        default:
            throw failure("unknown event kind")
        }
        return Event(envelope: env, body: body)
    }

    mutating func subject() throws -> CorrectionSubject {
        switch try byte() {
        case 0:
            try expectStrings(2)
            return .passenger(voyage: try string(), passenger: try string())
        case 1: return .voyage(try string())
        case 2: return .operation(try string())
        case 3: return .checklist(try string(), op: try optionalString())
        case 4: return .meeting(try string())
        case 5: return .action(try string(), meeting: try optionalString())
        case 6: return .kpi(date: try date(), metric: try word(), agency: try string(), count: try int64())
        case 7: return .seizure(case: try string())
        case 8: return .alert(try string())
        default: throw failure("unknown correction subject")
        }
    }

    mutating func correction() throws -> Correction {
        try expectStrings(2)
        let (target, targetType) = (try string(), try string())
        let subject = try subject()
        let targetTime = try optionalTimestamp()
        let targetPost = try optionalString()
        let voidID = try string()
        let at = try timestamp()
        let by = try optionalString()
        try expectStrings(2)
        let (post, reason) = (try string(), try string())
        return Correction(target: target, targetType: targetType, subject: subject, targetTime: targetTime, targetPost: targetPost, voidID: voidID,
                          at: at, by: by, post: post, reason: reason, exercise: try bool())
    }

    mutating func problem() throws -> LineProblem {
        let source = try string()
        let line = try int()
        return LineProblem(origin: LineOrigin(source: source, line: line), reason: try string())
    }
}
