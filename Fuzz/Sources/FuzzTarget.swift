/// libFuzzer's entry point (scripts/fuzz.sh builds it with `-sanitize=fuzzer,address`). The
/// first byte of an input picks what the rest is fed to, so one binary and one corpus cover
/// all three (docs/fuzzing.md): `0` event lines, `1` text for the screen, `2` a TOML file.
/// Any other first byte picks by its value modulo 3. A broken invariant stops the run through
/// `violation`, which libFuzzer records as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    // The rest of libFuzzer's own allocation: its end is the input's end, so AddressSanitizer
    // sees a read past the last byte.
    let input = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    switch data[0] % 3 {
    case 0: DecoderChecks.run(input)
    case 1: TextChecks.run(input)
    default: TOMLChecks.run(input)
    }
    return 0
}

/// Stops the run with what went wrong and the input bytes, shown escaped.
func violation(_ what: String, _ bytes: some Sequence<UInt8>) -> Never {
    fatalError("\(what)\n  input: \"\(escapedBytes(bytes))\"")
}

/// Printable ASCII as is (with `\` and `"` escaped), every other byte as `\xHH`: safe for a
/// terminal whatever the input, and pastes into a Swift or shell string.
func escapedBytes(_ bytes: some Sequence<UInt8>) -> String {
    var out = ""
    for b in bytes {
        switch b {
        case UInt8(ascii: "\\"): out += "\\\\"
        case UInt8(ascii: "\""): out += "\\\""
        case 0x20...0x7E: out.unicodeScalars.append(Unicode.Scalar(b))
        default:
            let hex = String(b, radix: 16, uppercase: true)
            out += "\\x" + (hex.count < 2 ? "0" + hex : hex)
        }
    }
    return out
}
