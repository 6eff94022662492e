import ArgumentParser
import Configuration
import Generation

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
            var stream = RandomStream(seed: seed, postCount: posts)
            try GeneratedFile.write(&stream, count: events, to: out)
        }
    }
}
