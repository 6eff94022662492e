import JSON

/// What one complete line of an event file turned out to be.
public enum LineOutcome: Sendable, Equatable {
    /// Only spaces or tabs (or nothing): skipped and not counted.
    case blank
    /// Skipped and counted; the reason names the field and what was wrong.
    case malformed(reason: String)
    /// A valid envelope with a type this version does not know: counted, otherwise ignored.
    case unknown(EventEnvelope)
    /// A type Borderdesk adds to the format (`ExtensionType`): counted as unknown, like any
    /// spec reader would, and applied when its fields are valid.
    case extended(EventEnvelope, ExtensionOutcome)
    case event(Event)

    /// The event's id, if the line has one, without copying the rest of the envelope.
    public var id: String? {
        switch self {
        case .event(let e): return e.envelope.id
        case .unknown(let env), .extended(let env, _): return env.id
        case .blank, .malformed: return nil
        }
    }

    public var envelope: EventEnvelope? {
        switch self {
        case .event(let e): return e.envelope
        case .unknown(let env), .extended(let env, _): return env
        case .blank, .malformed: return nil
        }
    }
}

/// Which JSON path decodes a line. `.automatic` tries the fast scanner first; `.strictOnly`
/// always builds the full JSON tree (the reference the fast path is tested against).
public enum DecodePath: Sendable {
    case automatic
    case strictOnly
}

public enum LineDecoder {
    /// The longest line read, not counting its `\n` or `\r\n`.
    public static let maximumLineBytes = 1_048_576

    /// How deep an event's values are read: a checklist's steps are the deepest (the event
    /// object, its array, each step's object). Deeper values are checked, not built.
    static let usedDepth = 3

    /// Classifies and decodes one line (without its line ending). `length` is the line's full
    /// length when a reader kept only its beginning (a line over the limit).
    @inline(__always)
    public static func decode(_ line: UnsafeRawBufferPointer, length: Int? = nil, path: DecodePath = .automatic) -> LineOutcome {
        decode(line, length: length, path: path, memo: nil)
    }

    /// `decode` for a thread that decodes many lines in a row: `memo` is its `DecodingMemo`.
    package static func decode(_ line: UnsafeRawBufferPointer, length: Int? = nil, path: DecodePath = .automatic,
                               memo: DecodingMemo?) -> LineOutcome {
        let fullLength = max(length ?? 0, line.count)
        if fullLength > maximumLineBytes {
            return .malformed(reason: "line is \(fullLength) bytes, longer than the 1 MiB (1048576-byte) limit")
        }
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return .blank }
        if path == .automatic {
            // Written in place rather than returned as an optional: an outcome is about 200
            // bytes, and each hop through a closure's result is a copy.
            var outcome = LineOutcome.blank
            // The memo's entries as a plain pointer, taken out here: the closure then captures
            // no class reference to retain and release on every line.
            let entries = memo?.entries
            let scanned = FlatObject.withScratch { scratch in
                guard let object = FlatObject.scan(line, scratch: scratch) else { return false }
                // A line the scanner saw as all ASCII is valid UTF-8 without a second pass.
                guard object.isASCII || UTF8Validation.firstInvalidByte(in: line) == nil else { return false }
                outcome = EventDecoding.decode(ScannedFields(object: object, memo: entries))
                return true
            }
            if scanned { return outcome }
        }
        if let bad = UTF8Validation.firstInvalidByte(in: line) {
            return .malformed(reason: "invalid UTF-8 at byte \(bad + 1)")
        }
        let value: JSONValue
        do {
            value = try StrictJSONParser.parse(line, keepingDepth: usedDepth)
        } catch {
            return .malformed(reason: "invalid JSON at byte \(error.offset + 1): \(error.message)")
        }
        guard case .object(let members) = value else {
            return .malformed(reason: "not a JSON object (found \(describe(value)))")
        }
        return EventDecoding.decode(TreeFields(members: members))
    }

    public static func decode(_ line: String, path: DecodePath = .automatic) -> LineOutcome {
        var copy = line
        return copy.withUTF8 { decode(UnsafeRawBufferPointer($0), path: path) }
    }

    /// Whether the fast scanner handles this line itself (for tests and benchmarks).
    package static func takesFastPath(_ line: UnsafeRawBufferPointer) -> Bool {
        UTF8Validation.firstInvalidByte(in: line) == nil
            && FlatObject.withScratch { FlatObject.scan(line, scratch: $0) != nil }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .string: return "a string"
        case .number: return "a number"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
