import BorderOps
import SafeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error, unbuffered: one-line errors and notes. Every line of `text` is escaped here
/// (`DisplayText`), so callers pass raw text: paths, arguments and event data included.
func printError(_ text: String) {
    var line = DisplayText.escapedLines(text)
    line += "\n"
    _ = line.withUTF8 { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

/// Ends the process at once with `status`, once everything is written: the folded state of a
/// large log is millions of small allocations, which freeing one by one on the way out of
/// `run` takes tens of milliseconds; the kernel takes the memory back in one go at exit.
/// `state` is what would otherwise be freed; naming it keeps it alive until here.
func exitKeeping<T>(_ state: borrowing T, status: Int32 = 0) -> Never {
    exit(status)
}

/// Writes all of `bytes` to `fd`, again after a short write or an interruption; false (errno
/// set) when the descriptor refuses.
func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let n = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n > 0 {
            offset += n
        } else if n < 0 && errno == EINTR {
            continue
        } else {
            return false
        }
    }
    return true
}

/// Standard output through a buffer: a summary or a check of a large file writes many lines.
struct StandardOutput {
    private var buffer: [UInt8] = []

    /// A line of raw text (several, when it holds line breaks), escaped here (`DisplayText`).
    mutating func line(_ text: String) {
        buffer.append(contentsOf: DisplayText.escapedLines(text).utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Text an escaping renderer made (JSON, a report, a table of escaped cells), as it is, no
    /// newline added: escaping it again would double its backslashes.
    mutating func rendered(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes what is buffered. Output that cannot be written ends the program with status 1
    /// (a full disk must not look like a complete summary), quietly when the reader went away
    /// (`summary | head`).
    mutating func flush() {
        let written = buffer.withUnsafeBytes { writeAll(STDOUT_FILENO, $0) }
        buffer.removeAll(keepingCapacity: true)
        if !written {
            let reason = errno
            if reason != EPIPE { printError("borderdesk: cannot write standard output: \(String(cString: strerror(reason)))") }
            exit(1)
        }
    }
}
