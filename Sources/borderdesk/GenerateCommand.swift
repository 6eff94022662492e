import ArgumentParser
import Words
import Configuration
import Generation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: Word.commandGenerate.help,
        discussion: Word.commandGenerateDiscussion.help
    )

    @Option(help: .word(.optionEvents))
    var events: NumberArgument

    @Option(help: .word(.optionSeed))
    var seed: UInt64 = 1

    @Option(help: .word(.optionGeneratePosts))
    var posts = NumberArgument(3)

    @Argument(help: .word(.optionGenerateOut))
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
