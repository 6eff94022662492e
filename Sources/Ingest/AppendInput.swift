import BorderOps
import EventLog
import JSON

/// Standard input for `append`, given as chunks as they arrive (`read` calls its body with
/// each): a larger input than an event may be is refused as it arrives, not gathered first, and
/// a byte that is not UTF-8 is refused, never replaced by U+FFFD.
extension EventDraft {
    /// A reader of input in chunks: calls the body with each chunk until the input ends.
    public typealias ChunkReader = (_ body: ([UInt8]) throws -> Void) throws -> Void

    /// `--json`: one object, read only up to the longest line an event may be (and its line ending).
    public func object(from read: ChunkReader) throws -> [JSONMember] {
        let limit = LineDecoder.maximumLineBytes + 2
        var bytes: [UInt8] = []
        try read { chunk in
            bytes += chunk
            if bytes.count > limit {
                throw AppendRefusal(message: "not appended: standard input is more than \(LineDecoder.maximumLineBytes) bytes, the most an event may be (1 MiB)")
            }
        }
        return try Self.parseObject(try Self.utf8Text(bytes, what: "standard input"), what: "standard input")
    }

    /// `--jsonl`: each line is an event (id and ts filled in when missing); a blank line is
    /// passed over. A line is refused as soon as it grows past the longest an event may be.
    public func events(fromLines read: ChunkReader) throws -> [PendingEvent] {
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
                events.append(try event(from: try Self.parseObject(text, what: origin), origin: origin))
            } catch {
                failure = error
            }
        }
        try read { chunk in
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

    private static func tooLong(_ origin: String) -> AppendRefusal {
        AppendRefusal(message: "not appended: \(origin) is longer than \(LineDecoder.maximumLineBytes) bytes, the most an event may be (1 MiB)")
    }

    private static func utf8Text(_ bytes: [UInt8], what: String) throws(AppendRefusal) -> String {
        if let bad = bytes.withUnsafeBytes({ UTF8Validation.firstInvalidByteDescribed(in: $0) }) {
            throw AppendRefusal(message: "not appended: \(what) is not UTF-8: \(bad.text)")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
