import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// What puts the screen back after a crash (`TerminalRescue`), from the terminal's terminfo
/// entry: attributes off, cursor shown, keypad and mouse reporting off, alternate screen left.
/// Asked once curses has set the terminal up (its terminfo entry is then loaded).
enum TerminalRestoreBytes {
    static func current() -> [UInt8] {
        var bytes: [UInt8] = []
        for capability in ["sgr0", "cnorm", "rmkx"] { bytes += terminfoString(capability) }
        if !terminfoString("kmous").isEmpty { bytes += Array("\u{1B}[?1006l\u{1B}[?1002l\u{1B}[?1000l".utf8) }
        bytes += terminfoString("rmcup")
        return bytes
    }

    /// A terminfo string capability without its padding (`$<5>`), or nothing.
    private static func terminfoString(_ name: String) -> [UInt8] {
        guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
        var bytes: [UInt8] = []
        var padding = false
        for byte in UnsafeRawBufferPointer(start: value, count: strlen(value)) {
            if padding { padding = byte != UInt8(ascii: ">"); continue }
            if byte == UInt8(ascii: "<"), bytes.last == UInt8(ascii: "$") { bytes.removeLast(); padding = true; continue }
            bytes.append(byte)
        }
        return bytes
    }
}
