/// The checkpoint's binary encoding, written as it goes: integers as LEB128 varints (signed
/// ones zigzagged), strings as a length and their UTF-8 bytes. The writer hands its buffer to
/// `sink` whenever it passes `chunkSize`, so a large state never stands twice in memory as
/// bytes; the reader reads from the file's bytes in place (a mapped file) and throws on anything
/// that runs past the end or does not make sense, never trusting a length it reads.
public struct CheckpointWriter {
    private var buffer: [UInt8] = []
    private let chunkSize: Int
    private let sink: (UnsafeRawBufferPointer) throws -> Void
    /// Bytes handed to `sink` so far.
    public private(set) var written = 0

    public init(chunkSize: Int = 1 << 20, sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.chunkSize = chunkSize
        self.sink = sink
        buffer.reserveCapacity(chunkSize + 4096)
    }

    /// What `write` writes, as bytes in memory (a part kept as a checkpoint holds it:
    /// `StoredPassengers`, `StoredRecentChecks`). Nothing throws: the sink only appends.
    static func bytes(_ write: (inout CheckpointWriter) throws -> Void) -> [UInt8] {
        var bytes: [UInt8] = []
        var w = CheckpointWriter(chunkSize: 1024) { bytes.append(contentsOf: $0) }
        try? write(&w)
        try? w.flush()
        // At their size: kept for as long as the voyage stays closed, and the buffer grown by
        // doubling holds up to twice as much.
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: bytes)
        }
    }

    /// Hands what is buffered to `sink`.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink($0) }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    private mutating func flushIfFull() throws {
        if buffer.count >= chunkSize { try flush() }
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) { buffer.append(value) }

    @inline(__always)
    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            buffer.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        buffer.append(UInt8(v))
    }

    @inline(__always)
    mutating func int(_ value: Int) { unsigned(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }

    @inline(__always)
    mutating func int64(_ value: Int64) { unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    mutating func bool(_ value: Bool) { buffer.append(value ? 1 : 0) }

    @inline(__always)
    mutating func string(_ value: String) throws {
        var copy = value
        copy.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            buffer.append(contentsOf: utf8)
        }
        try flushIfFull()
    }

    /// Bytes already in this encoding (a part read back and kept as it was: `StoredPassengers`),
    /// or written as they stand in memory (a table's slots).
    mutating func raw(_ bytes: some Sequence<UInt8>) throws {
        let handed: Void? = try bytes.withContiguousStorageIfAvailable { try raw(UnsafeRawBufferPointer($0)) }
        guard handed == nil else { return }
        buffer.append(contentsOf: bytes)
        try flushIfFull()
    }

    /// The same for bytes in memory: a part of a chunk or more (the ids' bytes, a table's slots:
    /// hundreds of MB at 10M events) goes to `sink` in chunks as it stands, never into the buffer.
    mutating func raw(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count >= chunkSize else {
            buffer.append(contentsOf: bytes)
            try flushIfFull()
            return
        }
        try flush()
        var start = 0
        while start < bytes.count {
            let part = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + chunkSize)])
            try sink(part)
            written += part.count
            start += part.count
        }
    }

    /// The bytes `unsigned(value)` writes.
    static func unsignedSize(_ value: UInt64) -> Int {
        var size = 1
        var rest = value >> 7
        while rest > 0 { size += 1; rest >>= 7 }
        return size
    }

    /// The bytes `string(value)` writes.
    static func stringSize(_ value: String) -> Int {
        let n = value.utf8.count
        var lengthBytes = 1
        var rest = n >> 7
        while rest > 0 { lengthBytes += 1; rest >>= 7 }
        return lengthBytes + n
    }

    mutating func optionalString(_ value: String?) throws {
        bool(value != nil)
        if let value { try string(value) }
    }

    mutating func optionalInt64(_ value: Int64?) {
        bool(value != nil)
        if let value { int64(value) }
    }

    /// Marks a part's end, checked by the reader (a part read with the wrong shape stops there).
    mutating func mark(_ part: UInt8) throws {
        buffer.append(0xC0 | part)
        try flushIfFull()
    }
}

/// Why a checkpoint's bytes could not be read back (the caller then folds from scratch).
public struct CheckpointDecodingError: Error, Equatable, CustomStringConvertible {
    public var offset: Int
    public var reason: String
    public var description: String { "byte \(offset): \(reason)" }
}

public struct CheckpointReader {
    private let bytes: UnsafeRawBufferPointer
    public private(set) var offset = 0
    /// Told at each part's end that every byte before it is read and not needed again (`mark`).
    private let doneWith: ((UnsafeRawBufferPointer) -> Void)?

    /// `doneWith`: see `EventFold(checkpoint:)`.
    public init(_ bytes: UnsafeRawBufferPointer, doneWith: ((UnsafeRawBufferPointer) -> Void)? = nil) {
        self.bytes = bytes
        self.doneWith = doneWith
    }

    public var isAtEnd: Bool { offset == bytes.count }

    func failure(_ reason: String) -> CheckpointDecodingError { CheckpointDecodingError(offset: offset, reason: reason) }

    @inline(__always)
    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw failure("ends early") }
        defer { offset += 1 }
        return bytes[offset]
    }

    @inline(__always)
    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw failure("number too long") }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    @inline(__always)
    mutating func int64() throws -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    @inline(__always)
    mutating func int() throws -> Int { Int(try int64()) }

    /// A count of things to follow, each taking at least one byte: a count larger than what is
    /// left cannot be true (so a corrupt length never makes a huge allocation).
    mutating func count() throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(bytes.count - offset) else { throw failure("count \(n) beyond the end") }
        return Int(n)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw failure("not a boolean")
        }
    }

    @inline(__always)
    mutating func string() throws -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]), as: UTF8.self)
    }

    /// Eight bytes as they stand, least significant first (a table's seed).
    mutating func littleEndianWord() throws -> UInt64 {
        UInt64(littleEndian: try part(length: 8).loadUnaligned(as: UInt64.self))
    }

    /// A string's bytes, passed over (a word matched on them makes no string).
    mutating func stringBytes() throws -> UnsafeRawBufferPointer { try part(length: try count()) }

    /// The next `length` bytes, passed over (read apart: `CheckpointIDs`).
    mutating func part(length: Int) throws -> UnsafeRawBufferPointer {
        guard length <= bytes.count - offset else { throw failure("part of \(length) bytes beyond the end") }
        defer { offset += length }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length])
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func optionalInt64() throws -> Int64? {
        try bool() ? try int64() : nil
    }

    mutating func mark(_ part: UInt8) throws {
        guard try byte() == 0xC0 | part else { throw failure("part \(part) does not end where it should") }
        doneWith?(UnsafeRawBufferPointer(rebasing: bytes[..<offset]))
    }
}
