import JSON
import SafeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command line as the bytes it arrives as. Swift makes each argument a String by turning
/// any byte that is not UTF-8 into U+FFFD without a word: an `append --field` value would be
/// written to the event file changed, a file name would name another file. Checked before the
/// arguments are parsed.
public enum ArgumentBytes {
    /// An argument that is not UTF-8, as a value the command says in its language
    /// (`Word.argumentNotUTF8`).
    public struct Invalid: Equatable, Sendable {
        /// Its place on the command line (1 is the first after the program's name).
        public var index: Int
        /// The option it belongs to (`--field`), shortened, when there is one.
        public var option: String?
        /// Whether it is the option's own value, given after it (`--zone X`), rather than
        /// `--option=X` in one argument.
        public var isSeparateValue: Bool
        /// The first byte that is not UTF-8, and where it is (1 is the argument's first byte).
        public var byte: UInt8
        public var offset: Int
    }

    /// The process's first argument that is not UTF-8, or nil when all are UTF-8.
    public static func firstInvalidUTF8() -> Invalid? {
        let argv = CommandLine.unsafeArgv
        let arguments = (0..<Int(CommandLine.argc)).map { index in
            argv[index].map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? []
        }
        return firstInvalidUTF8(arguments)
    }

    /// The same for `arguments` as bytes, the program's name first (never checked).
    public static func firstInvalidUTF8(_ arguments: [[UInt8]]) -> Invalid? {
        for index in arguments.indices.dropFirst() {
            let bytes = arguments[index]
            guard let bad = bytes.withUnsafeBytes({ UTF8Validation.firstInvalidByte(in: $0) }) else { continue }
            var invalid = Invalid(index: index, option: nil, isSeparateValue: false, byte: bytes[bad], offset: bad + 1)
            // The option it belongs to, when there is one: `--field X` or `--field=X`.
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), bytes.first == UInt8(ascii: "-"), equals < bad {
                invalid.option = DisplayText.shortened(String(decoding: bytes[..<equals], as: UTF8.self), limit: 40)
            } else if index > 1, arguments[index - 1].first == UInt8(ascii: "-") {
                invalid.option = DisplayText.shortened(String(decoding: arguments[index - 1], as: UTF8.self), limit: 40)
                invalid.isSeparateValue = true
            }
            return invalid
        }
        return nil
    }
}
