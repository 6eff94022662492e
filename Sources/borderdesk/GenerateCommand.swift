import ArgumentParser
import BorderOps

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a valid random event stream of realistic shape (load tests, benchmarks).",
        discussion: "The same --seed gives the same file. OUT - writes to standard output."
    )

    @Option(help: "How many events.")
    var events: Int

    @Option(help: "Seed for the random generator.")
    var seed: UInt64 = 1

    @Option(help: "How many border posts (1-6).")
    var posts: Int = 3

    @Argument(help: "The file to write (must not exist), or -.")
    var out: String

    mutating func run() throws {
        try reportingErrors {
            guard events >= 0 else { throw UserFacingError(message: "--events must be 0 or more") }
            let fd: Int32
            if out == "-" {
                fd = STDOUT_FILENO
            } else {
                // A new file only: generated data must never overwrite an event log.
                fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
                guard fd >= 0 else { throw UserFacingError(message: "cannot create \(out): \(String(cString: strerror(errno)))") }
            }
            defer { if fd != STDOUT_FILENO { close(fd) } }
            var stream = RandomStream(seed: seed, postCount: posts)
            var buffer: [UInt8] = []
            buffer.reserveCapacity(1 << 20)
            var failed = false
            func flush() {
                if !failed && !buffer.withUnsafeBytes({ writeAll(fd, $0) }) { failed = true }
                buffer.removeAll(keepingCapacity: true)
            }
            stream.generate(count: events) { line in
                buffer.append(contentsOf: line.utf8)
                buffer.append(0x0A)
                if buffer.count >= 1 << 20 { flush() }
            }
            flush()
            if failed { throw UserFacingError(message: "cannot write \(out): \(String(cString: strerror(errno)))") }
        }
    }
}
