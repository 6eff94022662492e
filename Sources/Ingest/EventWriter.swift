import BorderOps
import EventLog
import JSON
import SafeText

/// Builds one event (envelope first), checks it with the same decoder that reads files, and
/// appends it carrying `prev`, the file's running hash before it (docs/event-format.md,
/// "Integrity"). Every line Borderdesk writes goes through here: `append`, `checklist start`,
/// the dashboard's operator keys and `demo`'s replay.
public enum EventWriter {
    public struct Refused: Error, CustomStringConvertible {
        public var description: String
    }

    /// The object for `type` with `fields`; fills `id` (unique) and `ts` (now, local offset).
    public static func event(type: String, post: String, by: String?, exercise: Bool = false, fields: [JSONMember]) -> [JSONMember] {
        var members = [
            JSONMember("id", .string(EventID.make(post: post))),
            JSONMember("ts", .string(LocalClock.now().rfc3339())),
            JSONMember("type", .string(type)),
            JSONMember("post", .string(post)),
        ]
        if let by { members.append(JSONMember("by", .string(by))) }
        if exercise { members.append(JSONMember("exercise", .bool(true))) }
        return members + fields
    }

    /// The compact line, or why the event is not valid (unknown types are refused: a typo).
    /// The line must leave room for the `prev` it will carry: with it, a line of exactly the
    /// limit would be over it, and every reader would skip it as malformed.
    public static func validLine(_ members: [JSONMember]) throws(Refused) -> String {
        let line = JSONWriter.compact(.object(members))
        let longest = LineDecoder.maximumLineBytes - prevRoom
        guard line.utf8.count <= longest else {
            throw Refused(description: "the event is \(line.utf8.count) bytes; with the \(prevRoom) bytes of its prev it would pass the \(LineDecoder.maximumLineBytes)-byte line limit (at most \(longest) bytes)")
        }
        switch LineDecoder.decode(line) {
        case .event, .extended(_, .valid): return line
        case .extended(_, .invalid(let reason)): throw Refused(description: reason)
        case .malformed(let reason): throw Refused(description: reason)
        case .unknown(let envelope):
            let known = (EventType.allCases.map(\.rawValue) + ExtensionType.allCases.map(\.rawValue)).joined(separator: ", ")
            throw Refused(description: "unknown type \"\(DisplayText.shortened(envelope.type, limit: 40))\" (known: \(known))")
        case .blank: throw Refused(description: "empty event")
        }
    }

    /// Validates and appends; throws only when the event is not in the file (see `Appended` for
    /// a torn last line ended first, or a write the disk did not confirm).
    @discardableResult
    public static func append(_ members: [JSONMember], to file: String) throws -> EventAppender.Appended {
        try append(batch: [members], to: file)
    }

    /// Validates every event, then appends them all in one locked write (all in the file, or
    /// none): a form's several events are one batch. One invalid event writes nothing.
    @discardableResult
    public static func append(batch: [[JSONMember]], to file: String) throws -> EventAppender.Appended {
        let lines = try batch.map { members throws(Refused) in try validLine(members.filter { $0.key != prevKey }) }
        return try appendChained(lines, to: file)
    }

    /// Appends valid compact event lines (made without `prev`) in one locked write, each given
    /// the `prev` it chains from: the file's running hash before it, the one before it in the
    /// batch included. `refusal` as in `EventAppender.append`.
    @discardableResult
    public static func appendChained(_ lines: [String], to file: String,
                              refusal: () -> String? = { nil }) throws(EventAppender.Failure) -> EventAppender.Appended {
        try EventAppender.appendChained(count: lines.count, to: file, refusal: refusal) { index, prev in withPrev(lines[index], prev) }
    }

    /// The field that carries the running hash. Borderdesk computes it under the append lock; a
    /// `prev` given with an event (copied from another file) is dropped, never written.
    public static let prevKey = "prev"

    /// What `withPrev` adds to a line: `,"prev":"` 64 hex digits `"`.
    static let prevRoom = #","prev":""#.utf8.count + 64 + 1

    /// `{…}` with `"prev":"HEX"` as its last member. The line is compact JSON of an object that
    /// has no `prev` (written by `JSONWriter`), so its last byte closes it.
    static func withPrev(_ line: String, _ prev: String) -> String {
        var head = line
        guard head.last == "}" else { return line }
        head.removeLast()
        return head + (head == "{" ? "" : ",") + "\"\(prevKey)\":\"\(prev)\"}"
    }
}
