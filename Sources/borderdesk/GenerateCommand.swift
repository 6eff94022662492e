import ArgumentParser
import Words
import Configuration
import Generation
import BorderOps

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

    @Option(help: .word(.optionGenerateEnd))
    var end: String?

    @Argument(help: .word(.optionGenerateOut))
    var out: String

    func validate() throws {
        try reportingErrors { _ = try counts() }
        if let end, CivilDate.parse(end) == nil { throw ValidationError("--end: a date such as 2026-12-07") }
    }

    func counts() throws(NumberRange.Refusal) -> (events: Int, posts: Int) {
        (Int(try events.value(in: .events, name: "--events")), Int(try posts.value(in: .posts, name: "--posts")))
    }

    mutating func run() throws {
        try reportingErrors {
            let (events, posts) = try counts()
            let firstDay = end.flatMap(CivilDate.parse).map {
                RandomStream.firstDay(endingOn: $0, seed: seed, postCount: posts, count: events)
            } ?? RandomStream.defaultFirstDay
            var stream = RandomStream(seed: seed, postCount: posts, firstDay: firstDay)
            try GeneratedFile.write(&stream, count: events, to: out)
        }
    }
}
