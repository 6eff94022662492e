import ArgumentParser
import BorderOps
import EventLog
import Ingest
import JSON
import SafeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct AppendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "append",
        abstract: "Append one validated event to an event file (locked, one write, fsync).",
        discussion: """
            --field key=value sets a field: a string, or an integer for the integer fields
            (manifest, count, value_idr, suspects), or a comma-separated list for agencies and
            attendees. --field key:=JSON sets any JSON value (steps, null, ...).
            id and ts are filled in when missing (ts: now, with the local offset).
            Exit status 2, and nothing written, when the event is not valid.
            """
    )

    @Argument(help: "The event file to append to (created with mode 0640 if missing).")
    var file: String

    @Option(help: "The event type, e.g. passenger.checked.")
    var type: String?

    @Option(help: "The border post id, e.g. nunukan.")
    var post: String?

    @Option(help: "Who records it: officer, operator or device id.")
    var by: String?

    @Flag(help: "Mark the event as exercise (drill or demo) data.")
    var exercise = false

    @Option(name: .customLong("field"), help: "key=value or key:=JSON (repeatable).")
    var fields: [String] = []

    @Flag(help: "Read one event object from standard input instead of --type/--field.")
    var json = false

    @Flag(help: "Append an action.assigned that moves an action to another meeting than the one it is in.")
    var force = false

    @Flag(name: .customLong("jsonl"), help: "Read events from standard input, one object a line; all are checked before any is written.")
    var jsonLines = false

    mutating func run() throws {
        try reportingErrors {
            let events = jsonLines ? try readLines() : [try event(from: json ? try readStandardInputObject() : [], origin: nil)]
            try refuseRepeatedIDs(events)
            try write(events)
        }
    }

    /// An event ready to append: its line, the id it was given (nil when filled in here), and
    /// where it came from, for messages (nil: the command line).
    struct PendingEvent {
        var line: String
        var givenID: String?
        var origin: String?
        /// For an `action.assigned`: the action and the meeting it is assigned in.
        var assigned: (action: String, meeting: String)?
    }

    private func event(from given: [JSONMember], origin: String?) throws -> PendingEvent {
        let (members, givenID) = try buildEvent(from: given)
        let line = JSONWriter.compact(.object(members))
        do {
            try validate(line)
        } catch let error as UserFacingError {
            guard let origin else { throw error }
            throw UserFacingError(message: "\(origin): \(error.message)")
        }
        var assigned: (action: String, meeting: String)?
        if case .event(let decoded) = LineDecoder.decode(line), case let .actionAssigned(meeting, action, _, _, _, _) = decoded.body {
            assigned = (action, meeting)
        }
        return PendingEvent(line: line, givenID: givenID, origin: origin, assigned: assigned)
    }

    /// `--json`: one object, read only up to the longest line an event may be (and its line
    /// ending): a larger input is refused as it arrives, not gathered first.
    private func readStandardInputObject() throws -> [JSONMember] {
        let limit = LineDecoder.maximumLineBytes + 2
        var bytes: [UInt8] = []
        try StandardInput.read { chunk in
            bytes += chunk
            if bytes.count > limit {
                throw UserFacingError(message: "not appended: standard input is more than \(LineDecoder.maximumLineBytes) bytes, the most an event may be (1 MiB)")
            }
        }
        return try parseObject(try Self.utf8Text(bytes, what: "standard input"), what: "standard input")
    }

    /// `--jsonl`: each standard-input line is an event (id and ts filled in when missing);
    /// nothing is written unless every one is valid. A line is refused as soon as it grows past
    /// the longest an event may be.
    private func readLines() throws -> [PendingEvent] {
        var events: [PendingEvent] = []
        var splitter = LineSplitter()
        var failure: (any Error)?
        func take(_ line: LineRef) {
            guard failure == nil else { return }
            do {
                let origin = "standard input line \(line.number)"
                guard line.length <= LineDecoder.maximumLineBytes else { throw Self.tooLong(origin) }
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                let text = try Self.utf8Text(Array(line.bytes), what: origin)
                events.append(try event(from: try parseObject(text, what: origin), origin: origin))
            } catch {
                failure = error
            }
        }
        try StandardInput.read { chunk in
            chunk.withUnsafeBytes { splitter.feed($0, take) }
            if let failure { throw failure }
            if splitter.partialLineBytes > LineDecoder.maximumLineBytes + 1 {
                throw Self.tooLong("standard input line \(splitter.linesCompleted + 1)")
            }
        }
        // A last line without its newline is still a line.
        if splitter.partialLineBytes > 0 { [UInt8(0x0A)].withUnsafeBytes { splitter.feed($0, take) } }
        if let failure { throw failure }
        return events
    }

    private static func tooLong(_ origin: String) -> UserFacingError {
        UserFacingError(message: "not appended: \(origin) is longer than \(LineDecoder.maximumLineBytes) bytes, the most an event may be (1 MiB)")
    }

    /// The bytes as text; a byte that is not UTF-8 is refused, never replaced by U+FFFD.
    private static func utf8Text(_ bytes: [UInt8], what: String) throws -> String {
        if let bad = bytes.withUnsafeBytes({ UTF8Validation.firstInvalidByteDescribed(in: $0) }) {
            throw UserFacingError(message: "not appended: \(what) is not UTF-8: \(bad.text)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An id given twice in one batch, or already in the file, would be ignored as a duplicate
    /// by every reader: refused, naming where it is. Ids compare by their exact bytes.
    private func refuseRepeatedIDs(_ events: [PendingEvent]) throws {
        var first: [[UInt8]: String] = [:]
        for event in events {
            guard let id = event.givenID else { continue }
            if let earlier = first.updateValue(event.origin ?? "the command line", forKey: Array(id.utf8)) {
                throw UserFacingError(message: "not appended: \(event.origin ?? "the event"): id \"\(DisplayText.shortened(id, limit: 80))\" is also on \(earlier)")
            }
        }
    }

    /// All events in one locked write, each carrying `prev` (`EventWriter.appendChained`).
    private func write(_ events: [PendingEvent]) throws {
        // The file is read for the given ids once before the lock (most of a large file), then
        // under the lock only for what was appended since.
        var existing = ExistingEventIDs(path: file, ids: events.compactMap(\.givenID),
                                        actions: force ? [] : events.compactMap(\.assigned?.action))
        do {
            try existing.update()
        } catch {
            throw UserFacingError(message: "not appended: \(error)", exitCode: 1)
        }
        for event in events {
            if let refusal = alreadyThere(event, existing) { throw refusal }
        }
        if let moved = movedAction(events, existing) { throw moved }
        var refusal: UserFacingError?
        do {
            let appended = try EventWriter.appendChained(events.map(\.line), to: file) {
                do throws(RegularFile.Refusal) {
                    try existing.update()
                } catch {
                    return error.message
                }
                refusal = events.lazy.compactMap { alreadyThere($0, existing) }.first ?? movedAction(events, existing)
                return refusal?.message
            }
            for note in AppendNotes.lines(appended, file: file) { printError("borderdesk: \(note)") }
        } catch {
            if let refusal { throw refusal }
            throw UserFacingError(message: "not appended: \(error)", exitCode: 1)
        }
    }

    private func alreadyThere(_ event: PendingEvent, _ existing: ExistingEventIDs) -> UserFacingError? {
        guard let id = event.givenID, let line = existing.line(of: id) else { return nil }
        let which = event.origin.map { "\($0): " } ?? ""
        return UserFacingError(message: "not appended: \(which)id \"\(DisplayText.shortened(id, limit: 80))\" is already in \(file) at line \(line)")
    }

    /// An action id names one action across meetings: an `action.assigned` in another meeting
    /// than the action's latest (in the file, or earlier in the batch) would quietly move it,
    /// most likely a reused id. Refused unless `--force`; the same meeting again (a new owner
    /// or due date) is fine.
    private func movedAction(_ events: [PendingEvent], _ existing: ExistingEventIDs) -> UserFacingError? {
        guard !force else { return nil }
        var current: [String: (meeting: String, place: String)] = [:]
        for event in events {
            guard let (action, meeting) = event.assigned else { continue }
            let earlier = current[action] ?? existing.meeting(of: action).map { ($0.meeting, "\(file) line \($0.line)") }
            if let earlier, earlier.meeting != meeting {
                let which = event.origin.map { "\($0): " } ?? ""
                return UserFacingError(message: "not appended: \(which)action \"\(DisplayText.shortened(action, limit: 40))\" belongs to meeting \"\(DisplayText.shortened(earlier.meeting, limit: 40))\" (\(earlier.place)); --force moves it")
            }
            current[action] = (meeting, event.origin ?? "the command line")
        }
        return nil
    }

    private func validate(_ line: String) throws {
        do {
            _ = try EventWriter.validLine(try parseObject(line, what: "the event"))
        } catch let refused as EventWriter.Refused {
            throw UserFacingError(message: "not appended: \(refused)")
        }
    }

    private func parseObject(_ text: String, what: String) throws -> [JSONMember] {
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(text)
        } catch {
            throw UserFacingError(message: "not appended: \(what) is not one JSON object: \(error.message) at byte \(error.offset + 1)")
        }
        guard case .object(let given) = value else {
            throw UserFacingError(message: "not appended: \(what) is not one JSON object")
        }
        return given
    }

    /// The event object: envelope first (id, ts, type, post, by, exercise), then the fields;
    /// and the id when one was given (in the object or with --field id=...).
    private func buildEvent(from given: [JSONMember]) throws -> (members: [JSONMember], givenID: String?) {
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
        for argument in fields {
            let field = try FieldArgument.parse(argument)
            set(field.key, field.value)
        }

        guard members.contains(where: { $0.key == "type" }) else {
            throw UserFacingError(message: "not appended: no event type (use --type, e.g. --type passenger.checked)")
        }
        guard members.contains(where: { $0.key == "post" }) else {
            throw UserFacingError(message: "not appended: no border post (use --post, e.g. --post nunukan)")
        }
        if !members.contains(where: { $0.key == "ts" }) { set("ts", .string(LocalClock.now().rfc3339())) }
        var givenID: String?
        if case .string(let id)? = members.first(where: { $0.key == "id" })?.value { givenID = id }
        if !members.contains(where: { $0.key == "id" }) {
            let postName: String
            if case .string(let p)? = members.first(where: { $0.key == "post" })?.value { postName = p } else { postName = "event" }
            set("id", .string(EventID.make(post: postName)))
        }
        // Borderdesk writes its own prev, under the lock (one copied from another file is wrong here).
        members.removeAll { $0.key == EventWriter.prevKey }
        let envelopeOrder = ["id", "ts", "type", "post", "by", "exercise"]
        let envelope = envelopeOrder.compactMap { key in members.first { $0.key == key } }
        return (envelope + members.filter { !envelopeOrder.contains($0.key) }, givenID)
    }
}
