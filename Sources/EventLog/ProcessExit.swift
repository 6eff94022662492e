/// The command line's last words: help or a version (status 0) on standard output, a usage
/// error on standard error; escaped like every other line, nothing for an empty message.
public enum ProcessExit {
    public static func say(_ message: String, status: Int32) {
        guard !message.isEmpty else { return }
        if status == 0 {
            var out = StandardOutput()
            out.line(message)
            out.flush()
        } else {
            printError(message)
        }
    }
}
