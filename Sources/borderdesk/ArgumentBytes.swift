import BorderOps
import JSON
import SafeText

#if canImport(Glibc)
import Glibc
#endif

/// The command line as the bytes it arrives as. Swift makes each argument a String by turning
/// any byte that is not UTF-8 into U+FFFD without a word: an `append --field` value would be
/// written to the event file changed, a file name would name another file. Checked before the
/// arguments are parsed.
enum ArgumentBytes {
    /// Why the first argument that is not UTF-8 is refused, or nil when all are UTF-8.
    static func firstInvalidUTF8() -> String? {
        let arguments = CommandLine.unsafeArgv
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = arguments[index] else { continue }
            let bytes = UnsafeRawBufferPointer(start: argument, count: strlen(argument))
            guard let (bad, described) = UTF8Validation.firstInvalidByteDescribed(in: bytes) else { continue }
            // The option it belongs to, when there is one: `--field X` or `--field=X`.
            var what = "argument \(index)"
            if let equals = bytes.firstIndex(of: UInt8(ascii: "=")), bytes.first == UInt8(ascii: "-"), equals < bad {
                what += " (\(DisplayText.shortened(String(decoding: bytes[..<equals], as: UTF8.self), limit: 40)))"
            } else if index > 1, let previous = arguments[index - 1], previous.pointee == CChar(UInt8(ascii: "-")) {
                what += " (the value of \(DisplayText.shortened(String(cString: previous), limit: 40)))"
            }
            return "\(what) is not UTF-8: \(described)"
        }
        return nil
    }
}
