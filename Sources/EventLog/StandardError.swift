import SafeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error, unbuffered: one-line errors and notes. Every line of `text` is escaped here
/// (`DisplayText`), so callers pass raw text: paths, arguments and event data included.
public func printError(_ text: String) {
    var line = DisplayText.escapedLines(text)
    line += "\n"
    _ = line.withUTF8 { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
