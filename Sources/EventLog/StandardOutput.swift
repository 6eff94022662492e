import SafeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output through a buffer: a summary or a check of a large file writes many lines.
public struct StandardOutput {
    private var buffer: [UInt8] = []

    public init() {}

    /// A line of raw text (several, when it holds line breaks), escaped here (`DisplayText`).
    public mutating func line(_ text: String) {
        buffer.append(contentsOf: DisplayText.escapedLines(text).utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Text an escaping renderer made (JSON, a report, a table of escaped cells), as it is, no
    /// newline added: escaping it again would double its backslashes.
    public mutating func rendered(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered. Output that cannot be written ends the program with status 1
    /// (a full disk must not look like a complete summary), quietly when the reader went away
    /// (`summary | head`).
    public mutating func flush() {
        let written = buffer.withUnsafeBytes { writeAll(STDOUT_FILENO, $0) }
        buffer.removeAll(keepingCapacity: true)
        if !written {
            let reason = errno
            if reason != EPIPE { printError("borderdesk: cannot write standard output: \(String(cString: strerror(reason)))") }
            exit(1)
        }
    }
}
