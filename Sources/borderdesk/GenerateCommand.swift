import ArgumentParser
import BorderOps
import Configuration
import EventLog
import Generation

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

    @Option(help: "How many events (0-1000000000).")
    var events: NumberArgument

    @Option(help: "Seed for the random generator.")
    var seed: UInt64 = 1

    @Option(help: "How many border posts (1-6).")
    var posts = NumberArgument(3)

    @Argument(help: "The file to write (must not exist), or -.")
    var out: String

    func validate() throws {
        try reportingErrors { _ = try counts() }
    }

    func counts() throws(NumberRange.Refusal) -> (events: Int, posts: Int) {
        (Int(try events.value(in: .events, name: "--events")), Int(try posts.value(in: .posts, name: "--posts")))
    }

    mutating func run() throws {
        try reportingErrors {
            let (events, posts) = try counts()
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
