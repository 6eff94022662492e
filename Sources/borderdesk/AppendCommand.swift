import ArgumentParser
import BorderOps
import EventLog

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

    @Flag(name: .customLong("jsonl"), help: "Read events from standard input, one object a line; all are checked before any is written.")
    var jsonLines = false

    mutating func run() throws {
        try reportingErrors {
            if jsonLines {
                try appendLines()
                return
            }
            let line = JSONWriter.compact(.object(try buildEvent(from: json ? try parseObject(readStandardInput(), what: "standard input") : [])))
            try validate(line)
            try write([line])
        }
    }

    /// Each standard-input line is an event (id and ts filled in when missing); nothing is
    /// written unless every one is valid.
    private func appendLines() throws {
        var lines: [String] = []
        for (number, text) in readStandardInput().split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let line = JSONWriter.compact(.object(try buildEvent(from: try parseObject(String(text), what: "standard input line \(number + 1)"))))
            do {
                try validate(line)
            } catch let error as UserFacingError {
                throw UserFacingError(message: "standard input line \(number + 1): \(error.message)")
            }
            lines.append(line)
        }
        try write(lines)
    }

    /// All lines in one locked write, each carrying `prev` (`EventWriter.appendChained`).
    private func write(_ lines: [String]) throws {
        do {
            let appended = try EventWriter.appendChained(lines, to: file)
            for note in AppendNotes.lines(appended, file: file) { printError("borderdesk: \(note)") }
        } catch {
            throw UserFacingError(message: "not appended: \(error)", exitCode: 1)
        }
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

    /// The event object: envelope first (id, ts, type, post, by, exercise), then the fields.
    private func buildEvent(from given: [JSONMember]) throws -> [JSONMember] {
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
        if !members.contains(where: { $0.key == "id" }) {
            let postName: String
            if case .string(let p)? = members.first(where: { $0.key == "post" })?.value { postName = p } else { postName = "event" }
            set("id", .string(EventID.make(post: postName)))
        }
        // Borderdesk writes its own prev, under the lock (one copied from another file is wrong here).
        members.removeAll { $0.key == EventWriter.prevKey }
        let envelopeOrder = ["id", "ts", "type", "post", "by", "exercise"]
        let envelope = envelopeOrder.compactMap { key in members.first { $0.key == key } }
        return envelope + members.filter { !envelopeOrder.contains($0.key) }
    }

    private func readStandardInput() -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if n > 0 { bytes += chunk[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// `key=value` and `key:=JSON` from the command line.
enum FieldArgument {
    static let integerFields: Set<String> = ["manifest", "count", "value_idr", "suspects"]
    static let listFields: Set<String> = ["agencies", "attendees"]

    static func parse(_ argument: String) throws -> JSONMember {
        guard let eq = argument.firstIndex(of: "=") else {
            throw UserFacingError(message: "not appended: --field \(argument): expected key=value or key:=JSON")
        }
        var key = String(argument[..<eq])
        let value = String(argument[argument.index(after: eq)...])
        if key.hasSuffix(":") {
            key.removeLast()
            do {
                return JSONMember(key, try StrictJSONParser.parse(value))
            } catch {
                throw UserFacingError(message: "not appended: --field \(key):= is not JSON: \(error.message)")
            }
        }
        guard !key.isEmpty else { throw UserFacingError(message: "not appended: --field \(argument): empty key") }
        if integerFields.contains(key) {
            guard let n = Int64(value), n >= 0 else {
                throw UserFacingError(message: "not appended: field \"\(key)\": expected an integer ≥ 0, got \"\(DisplayText.shortened(value, limit: 40))\"")
            }
            return JSONMember(key, .number(JSONNumber(n)))
        }
        if listFields.contains(key) {
            let items = value.split(separator: ",", omittingEmptySubsequences: true).map { JSONValue.string(String($0)) }
            return JSONMember(key, .array(items))
        }
        return JSONMember(key, .string(value))
    }
}

/// The wall clock with the machine's local offset.
enum LocalClock {
    static func now() -> Timestamp {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Timestamp(epochSeconds: Int64(spec.tv_sec), nanoseconds: Int32(spec.tv_nsec), offsetSeconds: Int32(parts.tm_gmtoff))
    }
}

/// Event ids that stay unique across writers and machines without coordination:
/// post, UTC time to the second, and 60 random bits.
enum EventID {
    static func make(post: String) -> String {
        let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
        var random = SystemRandomNumberGenerator()
        var bits = random.next() as UInt64
        var suffix = ""
        for _ in 0..<12 {
            suffix.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        let now = LocalClock.now()
        let stamp = Timestamp(epochSeconds: now.epochSeconds, offsetSeconds: 0).rfc3339()
            .filter { $0.isNumber }.prefix(14)
        let prefix = post.unicodeScalars.count <= 40 ? post : "event"
        return "\(prefix)-\(stamp)-\(suffix)"
    }
}
