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
    /// Why the process's first argument that is not UTF-8 is refused, or nil when all are UTF-8.
    public static func firstInvalidUTF8() -> String? {
        let argv = CommandLine.unsafeArgv
        let arguments = (0..<Int(CommandLine.argc)).map { index in
            argv[index].map { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) } ?? []
        }
        return firstInvalidUTF8(arguments)
    }

    /// The same for `arguments` as bytes, the program's name first (never checked).
    public static func firstInvalidUTF8(_ arguments: [[UInt8]]) -> String? {
        for index in arguments.indices.dropFirst() {
            let bytes = arguments[index]
            guard let (bad, described) = bytes.withUnsafeBytes({ UTF8Validation.firstInvalidByteDescribed(in: $0) }) else { continue }
            // The option it belongs to, when there is one: `--field X` or `--field=X`.
            var what = "argument \(index)"
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), bytes.first == UInt8(ascii: "-"), equals < bad {
                what += " (\(DisplayText.shortened(String(decoding: bytes[..<equals], as: UTF8.self), limit: 40)))"
            } else if index > 1, arguments[index - 1].first == UInt8(ascii: "-") {
                what += " (the value of \(DisplayText.shortened(String(decoding: arguments[index - 1], as: UTF8.self), limit: 40)))"
            }
            return "\(what) is not UTF-8: \(described)"
        }
        return nil
    }
}
