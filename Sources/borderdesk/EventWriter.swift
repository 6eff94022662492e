import BorderOps
import EventLog

/// Builds one event (envelope first), checks it with the same decoder that reads files, and
/// appends it. `append` and the dashboard's operator keys both write through here.
enum EventWriter {
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// The object for `type` with `fields`; fills `id` (unique) and `ts` (now, local offset).
    static func event(type: String, post: String, by: String?, exercise: Bool = false, fields: [JSONMember]) -> [JSONMember] {
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
    static func validLine(_ members: [JSONMember]) throws(Refused) -> String {
        let line = JSONWriter.compact(.object(members))
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
    static func append(_ members: [JSONMember], to file: String) throws -> EventAppender.Appended {
        try EventAppender.append(try validLine(members), to: file)
    }
}
