#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A checkpoint file mapped into memory and checked (`CheckpointFile`'s layout and seal): the
/// positions it names, and its payload in place, valid while this object lives.
public final class LoadedCheckpoint {
    public let positions: [FilePosition]
    private let mapping: UnsafeRawBufferPointer
    private let payloadRange: Range<Int>

    /// Why a checkpoint was not taken (the caller says it in one line and folds from scratch).
    public enum Refusal: Error, Equatable {
        /// No checkpoint for these sources yet (not worth a message).
        case absent
        case unreadable(String)
        /// Not a checkpoint, cut short, or its seal does not match.
        case damaged(String)
        /// A checkpoint of another layout (another version's: the seal was SHA-256 in layout 1).
        case otherLayout(UInt8)
    }

    /// The payload's bytes, in place.
    public var payload: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: mapping[payloadRange]) }

    /// `sealChecked`: false leaves the seal to `sealHolds()`, for a caller that checks it on
    /// another core while it reads the payload, and uses nothing it read unless it holds. The
    /// layout is checked either way.
    public init(path: String, sealChecked: Bool = true) throws(Refusal) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw errno == ENOENT ? .absent : .unreadable(Posix.message(errno)) }
        defer { close(fd) }
        guard let st = Posix.status(fd: fd), st.st_mode & S_IFMT == S_IFREG else { throw .unreadable("not a regular file") }
        let size = Int(st.st_size)
        let minimum = CheckpointFile.magic.count + 1 + 8 + CheckpointFile.trailerLength
        guard size >= minimum else { throw .damaged("too short") }
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { throw .unreadable(Posix.message(errno)) }
        let bytes = UnsafeRawBufferPointer(start: base, count: size)
        do throws(Refusal) {
            // The layout first: another version's checkpoint is that, not damaged (its seal is
            // another hash, which would not match).
            guard bytes.prefix(CheckpointFile.magic.count).elementsEqual(CheckpointFile.magic) else { throw .damaged("not a checkpoint") }
            let layout = bytes[CheckpointFile.magic.count]
            guard layout == CheckpointFile.layoutVersion else { throw .otherLayout(layout) }
            guard !sealChecked || Self.sealHolds(bytes) else { throw Self.sealBroken }
            let payloadEnd = size - CheckpointFile.trailerLength
            // Compared before it is made an `Int`: a damaged length of 2⁶³ or more would trap.
            let storedLength = bytes.loadUnaligned(fromByteOffset: payloadEnd, as: UInt64.self).littleEndian
            guard storedLength <= UInt64(size - minimum) else { throw .damaged("payload length") }
            let payloadStart = payloadEnd - Int(storedLength)
            var header = HeaderReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[..<payloadStart]), offset: CheckpointFile.magic.count + 1)
            positions = try header.positions()
            guard header.offset == payloadStart else { throw .damaged("header length") }
            payloadRange = payloadStart..<payloadEnd
            mapping = bytes
        } catch {
            munmap(base, size)
            throw error
        }
    }

    /// Why a checkpoint whose seal does not hold is refused.
    public static let sealMismatch = "seal does not match"
    static let sealBroken = Refusal.damaged(sealMismatch)

    /// Whether the last bytes are the seal of all before them (`CheckpointSeal`: the file is
    /// whole, as written). Reads every page: call it before `doneWith` gives any back, or beside it.
    public func sealHolds() -> Bool { Self.sealHolds(mapping) }

    /// Hashed 8 MB at a time, each part's pages given back once hashed: beside the reading of
    /// the payload, which is slower, the whole mapping was otherwise in memory at once (453 MB
    /// at 10M events, on top of the state it becomes: the peak went past 10⁹ bytes). A page the
    /// reader has not reached yet comes back from the page cache when it gets there.
    private static func sealHolds(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let sealed = bytes.count - CheckpointSeal.length
        let seal = CheckpointSeal()
        var start = 0
        while start < sealed {
            let end = min(sealed, start + sealPart)
            seal.update(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            _ = giveBack(bytes, from: start, to: end)
            start = end
        }
        return seal.finalize().elementsEqual(bytes[sealed...])
    }

    /// Whole pages (a multiple of any page size), so each part's pages start where the last's end.
    private static let sealPart = 8 << 20

    /// Gives back the memory of the mapping's whole pages within `part` once a quarter of
    /// the mapping or 8 MB (whichever is less) has been read since the last time: the pages stay in the
    /// page cache, and a thread still reading them (the ids' part) reads them again from there.
    /// `part`: the payload up to where reading stands.
    public func doneWith(_ part: UnsafeRawBufferPointer) {
        guard let start = part.baseAddress, let base = mapping.baseAddress else { return }
        let end = (start - base + part.count) / Self.pageSize * Self.pageSize
        guard end - releasedUpTo >= min(8 << 20, max(Self.pageSize, mapping.count / 4)) else { return }
        releasedUpTo = Self.giveBack(mapping, from: releasedUpTo, to: end)
    }

    /// Gives back the memory of the whole pages within `part`, read apart from the rest (the
    /// ids' part, on the thread beside): `doneWith` gives back only what lies before the
    /// reading, once, and the pages that thread read again would stay (160 MB at 10M ids).
    public func giveBack(_ part: UnsafeRawBufferPointer) {
        guard let start = part.baseAddress, let base = mapping.baseAddress else { return }
        let from = (start - base + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        _ = Self.giveBack(mapping, from: from, to: start - base + part.count)
    }

    /// Gives back the memory of the whole pages of `mapping` from `start` (a page boundary) to
    /// `end`; returns where that stopped (`end` rounded down to a page).
    private static func giveBack(_ mapping: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        let pagesEnd = end / pageSize * pageSize
        if pagesEnd > start, let base = mapping.baseAddress {
            _ = madvise(UnsafeMutableRawPointer(mutating: base + start), pagesEnd - start, MADV_DONTNEED)
        }
        return max(start, pagesEnd)
    }

    /// Where `doneWith` has given the pages back up to (a page boundary of the mapping).
    private var releasedUpTo = 0
    /// Asked once: `doneWith` is told at every part's end (each voyage's).
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: mapping.baseAddress), mapping.count)
    }

    /// Reads `CheckpointFile.header`'s positions, never past the header's end.
    private struct HeaderReader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int

        mutating func number() throws(Refusal) -> UInt64 {
            guard offset + 8 <= bytes.count else { throw .damaged("header cut short") }
            defer { offset += 8 }
            return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
        }

        mutating func run() throws(Refusal) -> [UInt8] {
            let n = try number()
            guard n <= UInt64(bytes.count - offset) else { throw .damaged("header cut short") }
            defer { offset += Int(n) }
            return Array(bytes[offset..<offset + Int(n)])
        }

        mutating func positions() throws(Refusal) -> [FilePosition] {
            var list: [FilePosition] = []
            for _ in 0..<min(try number(), 1 << 20) {
                let path = String(decoding: try run(), as: UTF8.self)
                let device = try number(), inode = try number()
                let offset = Int64(bitPattern: try number())
                let lines = Int(truncatingIfNeeded: try number())
                list.append(FilePosition(path: path, device: device, inode: inode, offset: offset, lines: lines, head: try run(), tail: try run()))
            }
            return list
        }
    }
}
