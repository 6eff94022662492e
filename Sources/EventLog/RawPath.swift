/// A path as the kernel knows it (bytes) and as it is shown. A file's name need not be UTF-8, and
/// a Swift `String` made of bytes that are not loses them: the file could not be opened again.
/// So the bytes are kept for opening, and the name is shown with each byte that is not valid
/// UTF-8 as the code point U+10FF00 + byte (private use, the last 128 of plane 16), which the
/// sanitiser (`DisplayText` in BorderOps) writes as `\xHH`: text keeps the byte apart from a
/// name that holds the four characters `\xE9`, and everything is escaped in one place.
struct RawPath: Hashable {
    /// The bytes, NUL-terminated, for the C library.
    let cString: [CChar]
    /// How the path is shown and named in lines and events.
    let shown: String

    /// A path given as text (an argument): its UTF-8.
    init(_ path: String) {
        cString = path.utf8CString.map { $0 }
        shown = path
    }

    init(bytes: some Collection<UInt8>) {
        cString = bytes.map { CChar(bitPattern: $0) } + [0]
        shown = Self.shown(bytes)
    }

    /// The bytes without the NUL.
    var bytes: [UInt8] { cString.dropLast().map { UInt8(bitPattern: $0) } }

    /// `self/name`, without doubling the slash.
    func appending(_ name: [UInt8]) -> RawPath {
        let own = bytes
        return RawPath(bytes: own.last == 0x2F ? own + name : own + [0x2F] + name)
    }

    /// Paths compare by their bytes: two names that are the same text (é composed and
    /// decomposed) are two files.
    static func == (a: RawPath, b: RawPath) -> Bool { a.cString == b.cString }
    func hash(into hasher: inout Hasher) { hasher.combine(cString) }

    /// In name order: by the shown text, then by the bytes.
    static func inOrder(_ a: RawPath, _ b: RawPath) -> Bool {
        if a.shown != b.shown { return a.shown < b.shown }
        return a.cString.lexicographicallyPrecedes(b.cString)
    }

    /// The code point that stands for a byte that is not UTF-8 (0x80...0xFF) in a shown name.
    static let byteStandInBase: UInt32 = 0x10FF00

    /// The bytes as UTF-8 where they are valid, each other byte as its stand-in code point.
    static func shown(_ bytes: some Collection<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var out = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var input = bytes.makeIterator()
        var position = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &input) {
            case .valid(let encoded):
                out.append(Unicode.UTF8.decode(encoded))
                position = bytes.index(position, offsetBy: encoded.count)
            case .error(let length):
                for byte in bytes[position...].prefix(length) {
                    out.append(Unicode.Scalar(byteStandInBase + UInt32(byte))!)
                }
                position = bytes.index(position, offsetBy: length)
            case .emptyInput:
                return String(out)
            }
        }
    }
}
