import JSON
import SafeText

/// The event format's rules for an object's fields, applied identically to both JSON paths.
enum EventDecoding {
    struct Malformed: Error {
        var reason: String
    }

    static func decode<F: FieldSource>(_ fields: F) -> LineOutcome {
        do {
            let reader = FieldReader(fields: fields)
            let envelope = try reader.envelope()
            guard let type = envelope.knownType else {
                guard let extensionType = ExtensionType(rawValue: envelope.type) else { return .unknown(envelope) }
                do {
                    return .extended(envelope, .valid(try reader.extensionBody(of: extensionType)))
                } catch {
                    return .extended(envelope, .invalid(reason: error.reason))
                }
            }
            return .event(Event(envelope: envelope, body: try reader.body(of: type)))
        } catch {
            return .malformed(reason: error.reason)
        }
    }
}

/// Typed access to fields with the spec's rules and messages that name the field.
struct FieldReader<F: FieldSource> {
    let fields: F
    typealias Malformed = EventDecoding.Malformed

    static var maximumIDScalars: Int { 128 }

    /// The envelope; a known type is matched from the bytes (`EventEnvelope.knownType`).
    @inline(__always)
    func envelope() throws(Malformed) -> EventEnvelope {
        let id = try string("id")
        guard !id.utf8.isEmpty else { throw Malformed(reason: "field \"id\": must not be empty") }
        // Counting scalars is needed only when the bytes alone could exceed the limit.
        if id.utf8.count > Self.maximumIDScalars {
            let length = id.unicodeScalars.count
            guard length <= Self.maximumIDScalars else {
                throw Malformed(reason: "field \"id\": \(length) code points, longer than \(Self.maximumIDScalars)")
            }
        }
        let ts = try timestamp("ts")
        let known = fields.withPlainString("type", EventType.match) ?? nil
        let type = known == nil ? try string("type") : ""
        let post = try string(.post)
        let by = try optionalString("by")
        let exercise: Bool
        switch fields.value("exercise") {
        case .missing, .null: exercise = false
        case .bool(let b): exercise = b
        case let other: throw Malformed(reason: "field \"exercise\": expected true or false, got \(other.kindName)")
        }
        return EventEnvelope(id: id, ts: ts, known: known, type: type, post: post, by: by, exercise: exercise)
    }

    func body(of type: EventType) throws(Malformed) -> EventBody {
        switch type {
        case .voyageOpened:
            return .voyageOpened(
                voyage: try string(.voyage), vessel: try string("vessel"), from: try string("from"),
                to: try string("to"), departs: try timestamp("departs"), manifest: try int("manifest"),
                checkpoint: try optionalString("checkpoint"))
        case .passengerChecked:
            return .passengerChecked(
                voyage: try string(.voyage), passenger: try string("passenger"),
                doc: try enumeration("doc", DocumentKind.self), nationality: try optionalString("nationality"),
                result: try enumeration("result", CheckResult.self), note: try optionalString("note"))
        case .voyageClosed:
            return .voyageClosed(voyage: try string(.voyage), departed: try optionalTimestamp("departed"))
        case .opPlanned:
            return .opPlanned(
                op: try string("op"), title: try string("title"), location: try string("location"),
                lead: try string("lead"), agencies: try stringArray("agencies"), starts: try timestamp("starts"))
        case .opPhase:
            return .opPhase(op: try string("op"), phase: try enumeration("phase", OperationPhase.self), note: try optionalString("note"))
        case .opTeam:
            return .opTeam(
                op: try string("op"), team: try string("team"), agency: try string("agency"),
                status: try enumeration("status", TeamStatus.self), location: try optionalString("location"))
        case .opFinding:
            return .opFinding(
                op: try string("op"), finding: try string("finding"),
                category: try enumeration("category", FindingCategory.self),
                severity: try enumeration("severity", Severity.self), summary: try string("summary"))
        case .checklistStarted:
            return .checklistStarted(
                checklist: try string("checklist"), op: try optionalString("op"), title: try string("title"),
                steps: try steps("steps"))
        case .checklistStep:
            return .checklistStep(
                checklist: try string("checklist"), step: try string("step"),
                state: try enumeration("state", StepState.self), note: try optionalString("note"))
        case .meetingOpened:
            return .meetingOpened(
                meeting: try string("meeting"), title: try string("title"), chair: try string("chair"),
                location: try string("location"), attendees: try stringArray("attendees"))
        case .agendaItem:
            return .agendaItem(
                meeting: try string("meeting"), item: try string("item"), title: try string("title"),
                owner: try string("owner"), state: try enumeration("state", AgendaState.self),
                minutes: AgendaMinutes(discussion: try optionalString("discussion"), decision: try optionalString("decision"),
                                       recommendation: try optionalString("recommendation")))
        case .actionAssigned:
            return .actionAssigned(
                meeting: try string("meeting"), action: try string("action"), title: try string("title"),
                owner: try string("owner"), due: try dueDate("due"), item: try optionalString("item"))
        case .actionState:
            return .actionState(action: try string("action"), state: try enumeration("state", ActionState.self),
                                reason: try optionalString("reason"))
        case .meetingClosed:
            return .meetingClosed(meeting: try string("meeting"))
        case .kpiReported:
            return .kpiReported(
                date: try date("date"), agency: try string("agency"),
                metric: try enumeration("metric", KPIMetric.self), count: try int("count"))
        case .seizureRecorded:
            return .seizureRecorded(
                caseID: try string("case"), commodity: try enumeration("commodity", Commodity.self),
                valueIDR: try int("value_idr"), suspects: try int("suspects"), agency: try string("agency"),
                details: SeizureDetails(quantity: lenientInt("quantity"), unit: lenientString("unit"), place: lenientString("place"),
                                        modus: lenientString("modus"), lossPreventedIDR: lenientInt("loss_prevented_idr")))
        case .eventVoided:
            // Any string may be a target (one no line claims has no effect); a correction
            // must say why.
            let target = try string("target")
            let reason = try string("reason")
            guard !reason.isEmpty else { throw Malformed(reason: "field \"reason\": must not be empty (say why the event is voided)") }
            return .eventVoided(target: target, reason: reason)
        }
    }

    func extensionBody(of type: ExtensionType) throws(Malformed) -> ExtensionBody {
        switch type {
        case .alertAck:
            let alert = try string("alert")
            guard !alert.isEmpty else { throw Malformed(reason: "field \"alert\": must not be empty") }
            return .alertAck(alert: alert, note: try optionalString("note"))
        }
    }

    // MARK: - Field kinds

    /// A string field whose value usually repeats the previous line's (`DecodingMemo`).
    @inline(__always)
    func string(_ field: RepeatedField) throws(Malformed) -> String {
        try required(fields.repeatedValue(field), field.key)
    }

    @inline(__always)
    func string(_ key: StaticString) throws(Malformed) -> String {
        try required(fields.value(key), key)
    }

    /// A required string field's value, or the reason it is not one.
    @inline(__always)
    private func required(_ value: FieldValue, _ key: StaticString) throws(Malformed) -> String {
        switch value {
        case .string(let s): return s
        case .missing: throw Malformed(reason: "missing field \"\(key)\"")
        case let other: throw Malformed(reason: "field \"\(key)\": expected a string, got \(other.kindName)")
        }
    }

    @inline(__always)
    func optionalString(_ key: StaticString) throws(Malformed) -> String? {
        switch fields.value(key) {
        case .string(let s): return s
        case .missing, .null: return nil
        case let other: throw Malformed(reason: "field \"\(key)\": expected a string or null, got \(other.kindName)")
        }
    }

    /// An optional member the spec does not name: its value when a string, else nil (another
    /// kind does not make the line malformed).
    func lenientString(_ key: StaticString) -> String? {
        if case .string(let s) = fields.value(key) { return s }
        return nil
    }

    /// Likewise for an integer from 0 to 2^63-1.
    func lenientInt(_ key: StaticString) -> Int64? {
        if case .number(let n) = fields.value(key) { return n.formatInt }
        return nil
    }

    @inline(__always)
    func int(_ key: StaticString) throws(Malformed) -> Int64 {
        switch fields.value(key) {
        case .number(let n):
            if let v = n.formatInt { return v }
            throw Malformed(reason: "field \"\(key)\": expected an integer from 0 to 2^63-1, \(n.notAnIntReason ?? "got \(n.quoted)")")
        case .missing: throw Malformed(reason: "missing field \"\(key)\"")
        case let other: throw Malformed(reason: "field \"\(key)\": expected an integer from 0 to 2^63-1, got \(other.kindName)")
        }
    }

    @inline(__always)
    func timestamp(_ key: StaticString) throws(Malformed) -> Timestamp {
        if let parsed = fields.withPlainString(key, Timestamp.parse), let ts = parsed { return ts }
        let text = try string(key)
        guard let ts = Timestamp.parse(text) else {
            throw Malformed(reason: "field \"\(key)\": \"\(DisplayText.shortened(text, limit: 40))\" is not an RFC 3339 date-time with offset (e.g. 2024-11-20T13:00:00+08:00)")
        }
        return ts
    }

    func optionalTimestamp(_ key: StaticString) throws(Malformed) -> Timestamp? {
        switch fields.value(key) {
        case .missing, .null: return nil
        default: return try timestamp(key)
        }
    }

    func date(_ key: StaticString) throws(Malformed) -> CivilDate {
        let text = try string(key)
        guard let d = CivilDate.parse(text) else {
            throw Malformed(reason: "field \"\(key)\": \"\(DisplayText.shortened(text, limit: 40))\" is not a date YYYY-MM-DD")
        }
        return d
    }

    func dueDate(_ key: StaticString) throws(Malformed) -> DueDate {
        let text = try string(key)
        guard let d = DueDate.parse(text) else {
            throw Malformed(reason: "field \"\(key)\": \"\(DisplayText.shortened(text, limit: 40))\" is not a date (YYYY-MM-DD) or an RFC 3339 date-time")
        }
        return d
    }

    @inline(__always)
    func enumeration<E: FormatVocabulary>(_ key: StaticString, _: E.Type) throws(Malformed) -> E {
        if let matched = fields.withPlainString(key, E.match), let value = matched { return value }
        let text = try string(key)
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw Malformed(reason: "field \"\(key)\": \"\(DisplayText.shortened(text, limit: 40))\" is not one of \(allowed)")
        }
        return value
    }

    func stringArray(_ key: StaticString) throws(Malformed) -> [String] {
        switch fields.value(key) {
        case .array(let elements):
            var out: [String] = []
            out.reserveCapacity(elements.count)
            for (i, e) in elements.enumerated() {
                guard case .string(let s) = e else {
                    throw Malformed(reason: "field \"\(key)\": element \(i + 1) is \(LineDecoder.describe(e)), expected a string")
                }
                out.append(s)
            }
            return out
        case .missing: throw Malformed(reason: "missing field \"\(key)\"")
        case let other: throw Malformed(reason: "field \"\(key)\": expected an array of strings, got \(other.kindName)")
        }
    }

    func steps(_ key: StaticString) throws(Malformed) -> [ChecklistStepDefinition] {
        switch fields.value(key) {
        case .array(let elements):
            var out: [ChecklistStepDefinition] = []
            out.reserveCapacity(elements.count)
            for (i, e) in elements.enumerated() {
                guard case .object = e else {
                    throw Malformed(reason: "field \"\(key)\": element \(i + 1) is \(LineDecoder.describe(e)), expected {\"step\": id, \"title\": text}")
                }
                guard case .string(let step)? = e["step"] else {
                    throw Malformed(reason: "field \"\(key)\": element \(i + 1) needs \"step\" as a string")
                }
                guard case .string(let title)? = e["title"] else {
                    throw Malformed(reason: "field \"\(key)\": element \(i + 1) needs \"title\" as a string")
                }
                var phase: String?
                switch e["phase"] {
                case .string(let p)?: phase = p
                case nil, .null?: phase = nil
                default: throw Malformed(reason: "field \"\(key)\": element \(i + 1) has \"phase\" that is not a string")
                }
                out.append(ChecklistStepDefinition(step: step, title: title, phase: phase))
            }
            return out
        case .missing: throw Malformed(reason: "missing field \"\(key)\"")
        case let other: throw Malformed(reason: "field \"\(key)\": expected an array of steps, got \(other.kindName)")
        }
    }
}
