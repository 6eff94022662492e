import BorderOps
import JSON
import SafeText
import Words

/// An event as `append` drafts it: the envelope and fields from the command line, laid over
/// an object read from standard input (or over nothing). Builds each event, checks it with the
/// decoder that reads files, and refuses it in one line naming where it came from.
public struct EventDraft: Sendable {
    public var type: String?
    public var post: String?
    public var by: String?
    public var exercise: Bool
    /// `--field` arguments as typed (`FieldArgument`).
    public var fields: [String]
    /// The clock and the id maker for what is filled in (injected so tests fix them).
    public var now: @Sendable () -> Timestamp
    public var newID: @Sendable (_ post: String) -> String
    /// The post's zone, for times and dates typed without an offset (`17.00`, `10/12`).
    public var zone: PostZone
    /// The language a refused word's accepted words are listed in.
    public var language: Language

    public init(type: String? = nil, post: String? = nil, by: String? = nil, exercise: Bool = false, fields: [String] = [],
                zone: PostZone = .wita, language: Language = .id,
                now: @escaping @Sendable () -> Timestamp = { LocalClock.now() },
                newID: @escaping @Sendable (String) -> String = { EventID.make(post: $0) }) {
        self.type = type
        self.post = post
        self.by = by
        self.exercise = exercise
        self.fields = fields
        self.now = now
        self.newID = newID
        self.zone = zone
        self.language = language
    }

    /// The event from `given` (an object from standard input, or none) with the request laid
    /// over it; `origin` names where it came from in a refusal (nil: the command line).
    public func event(from given: [JSONMember] = [], origin: String? = nil) throws(AppendRefusal) -> PendingEvent {
        let (members, givenID) = try build(from: given)
        let line = JSONWriter.compact(.object(members))
        do {
            try Self.validate(line)
        } catch {
            guard let origin else { throw error }
            throw AppendRefusal(message: "\(origin): \(error.message)")
        }
        var assigned: (action: String, meeting: String)?
        var opens: NamedThing?
        var refers: [NamedThing] = []
        var voids: String?
        if case .event(let decoded) = LineDecoder.decode(line) {
            if case let .actionAssigned(meeting, action, _, _, _, _) = decoded.body { assigned = (action, meeting) }
            opens = decoded.body.opens
            refers = decoded.body.refers
            if case let .eventVoided(target, _) = decoded.body { voids = target }
        }
        func text(_ key: String) -> String {
            if case .string(let value)? = members.first(where: { $0.key == key })?.value { return value }
            return ""
        }
        return PendingEvent(line: line, givenID: givenID, origin: origin, assigned: assigned, id: text("id"), type: text("type"),
                            opens: opens, refers: refers, voids: voids)
    }

    private static func validate(_ line: String) throws(AppendRefusal) {
        let members = try parseObject(line, what: "the event")
        do {
            _ = try EventWriter.validLine(members)
        } catch {
            throw AppendRefusal(message: "not appended: \(error)")
        }
    }

    /// `text` as one JSON object's members, or the refusal naming `what` and the byte at fault.
    static func parseObject(_ text: String, what: String) throws(AppendRefusal) -> [JSONMember] {
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(text)
        } catch {
            throw AppendRefusal(message: "not appended: \(what) is not one JSON object: \(error.message) at byte \(error.offset + 1)")
        }
        guard case .object(let given) = value else {
            throw AppendRefusal(message: "not appended: \(what) is not one JSON object")
        }
        return given
    }

    /// The event object: envelope first (id, ts, type, post, by, exercise), then the fields;
    /// and the id when one was given (in the object or with --field id=...).
    private func build(from given: [JSONMember]) throws(AppendRefusal) -> (members: [JSONMember], givenID: String?) {
        var members = given
        func set(_ key: String, _ value: JSONValue) {
            if let i = members.firstIndex(where: { $0.key == key }) {
                members[i].value = value
            } else {
                members.append(JSONMember(key, value))
            }
        }
        if let type { set("type", .string(type)) }
        if let post { set("post", .string(post)) }
        if let by { set("by", .string(by)) }
        if exercise { set("exercise", .bool(true)) }
        var typeName: String?
        if case .string(let t)? = members.first(where: { $0.key == "type" })?.value { typeName = t }
        let reading = OfficerFieldReading(now: now(), zone: zone, language: language)
        for argument in fields {
            let field = try FieldArgument.parse(argument, type: typeName, reading: reading)
            set(field.key, field.value)
        }

        guard members.contains(where: { $0.key == "type" }) else {
            throw AppendRefusal(message: "not appended: no event type (use --type, e.g. --type passenger.checked)")
        }
        guard members.contains(where: { $0.key == "post" }) else {
            throw AppendRefusal(message: "not appended: no border post (use --post, e.g. --post nunukan)")
        }
        // Now, written with the post's offset (`+08:00` at Nunukan), not the host's.
        if !members.contains(where: { $0.key == "ts" }) { set("ts", .string(now().rfc3339(offsetSeconds: zone.offsetSeconds))) }
        var givenID: String?
        if case .string(let id)? = members.first(where: { $0.key == "id" })?.value { givenID = id }
        if !members.contains(where: { $0.key == "id" }) {
            let postName: String
            if case .string(let p)? = members.first(where: { $0.key == "post" })?.value { postName = p } else { postName = "event" }
            set("id", .string(newID(postName)))
        }
        // Borderdesk writes its own prev, under the lock (one copied from another file is wrong here).
        members.removeAll { $0.key == EventWriter.prevKey }
        let envelopeOrder = ["id", "ts", "type", "post", "by", "exercise"]
        let envelope = envelopeOrder.compactMap { key in members.first { $0.key == key } }
        return (envelope + members.filter { !envelopeOrder.contains($0.key) }, givenID)
    }
}

/// An event ready to append: its line, the id it was given (nil when filled in here), and
/// where it came from, for messages (nil: the command line).
public struct PendingEvent: Sendable {
    public var line: String
    public var givenID: String?
    public var origin: String?
    /// For an `action.assigned`: the action and the meeting it is assigned in.
    public var assigned: (action: String, meeting: String)?
    /// The event's id (given or filled in) and type, for saying what was appended.
    public var id = ""
    public var type = ""
    /// What it opens and what it refers to (`EventReferences`), checked against the file.
    public var opens: NamedThing?
    public var refers: [NamedThing] = []
    /// For an `event.voided`: its target's id.
    public var voids: String?
}
