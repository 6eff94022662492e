#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command line from a settings file (`notify_command`), run by `/bin/sh -c` with `arguments`
/// after it (`"$@"`) and extra environment variables; its standard streams are the caller's.
/// Returns the exit status (128 + the signal when killed; 127 when it could not start).
public enum ShellCommand {
    public static func run(_ command: String, arguments: [String], environment extra: [String: String]) -> Int32 {
        let argv = ["/bin/sh", "-c", command + " \"$@\"", "sh"] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for p in cArguments { free(p) } }
        var variables: [String] = []
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if !extra.keys.contains(where: { text.hasPrefix($0 + "=") }) { variables.append(text) }
            index += 1
        }
        variables += extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var cEnvironment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
        defer { for p in cEnvironment { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, &cEnvironment) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import (they are macros).
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
