import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn and collects its output. Foundation's `Process` was seen to
/// hang here in `waitUntilExit` when the child double-forks (tmux starting its server), so the
/// tests use this instead: read both pipes to their end with `poll`, then `waitpid`.
enum Spawn {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Tests run in parallel: without this, a pipe made for one spawn could be inherited by a
    /// process another thread spawns at that moment (a tmux server then holds it open forever
    /// and the first spawn never sees EOF). Pipes are made close-on-exec under this lock.
    private static let spawning = Mutex(())

    /// Spawned programs (and tmux servers, whose sessions inherit this) read no settings file of the
    /// machine or of the person running the tests: a real /etc/borderdesk/config.toml must not change
    /// what a test sees. A test that wants settings files names them with `env`.
    private static let environment: [String] = {
        var variables = ProcessInfo.processInfo.environment
        variables["BORDERDESK_SYSTEM_CONFIG"] = "/nonexistent/borderdesk-tests/config.toml"
        variables["XDG_CONFIG_HOME"] = "/nonexistent/borderdesk-tests"
        return variables.map { "\($0.key)=\($0.value)" }
    }()

    static func run(_ given: [String], stdin: String? = nil, stdinFile: String? = nil, directory: String? = nil) throws -> Result {
        // posix_spawn has no portable chdir action: let a shell change directory, then exec.
        let arguments = directory.map { ["sh", "-c", "cd \"$0\" && exec \"$@\"", $0] + given } ?? given
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        let made = spawning.withLock { _ in try? spawnLocked(arguments, &inPipe, &outPipe, &errPipe, stdinFile: stdinFile) }
        guard let pid = made else { throw POSIXError(.EMFILE) }
        return try collect(pid: pid, stdin: stdin, inPipe: inPipe, outPipe: outPipe, errPipe: errPipe)
    }

    private static func spawnLocked(_ arguments: [String], _ inPipe: inout [Int32], _ outPipe: inout [Int32], _ errPipe: inout [Int32],
                                    stdinFile: String?) throws -> pid_t {
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw POSIXError(.EMFILE) }
        for fd in inPipe + outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdinFile {
            posix_spawn_file_actions_addopen(&actions, 0, stdinFile, O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        // The test runner blocks some signals on its threads; children must start clean
        // (a terminal program that never sees SIGWINCH cannot follow a resize).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for p in envp { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
            throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT)
        }
        return pid
    }

    private static func collect(pid: pid_t, stdin: String?, inPipe: [Int32], outPipe: [Int32], errPipe: [Int32]) throws -> Result {
        if let stdin {
            var bytes = Array(stdin.utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes.withUnsafeMutableBytes { write(inPipe[1], $0.baseAddress! + offset, $0.count - offset) }
                if n <= 0 { break }
                offset += n
            }
        }
        close(inPipe[1])
        var out: [UInt8] = [], err: [UInt8] = []
        var open: [Int32] = [outPipe[0], errPipe[0]]
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&fds, nfds_t(fds.count), -1) > 0 else { continue }
            for f in fds where f.revents != 0 {
                let n = chunk.withUnsafeMutableBytes { read(f.fd, $0.baseAddress, $0.count) }
                if n > 0 {
                    if f.fd == outPipe[0] { out += chunk[0..<n] } else { err += chunk[0..<n] }
                } else {
                    close(f.fd)
                    open.removeAll { $0 == f.fd }
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exit, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
