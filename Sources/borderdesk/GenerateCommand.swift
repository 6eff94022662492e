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
        if let end {
            guard let day = CivilDate.parse(end) else { throw ValidationError("--end: a date such as 2026-12-07") }
            // Actions fall due a week after their meeting: no due date past 9999-12-31.
            guard day <= Self.lastEnd else { throw ValidationError("--end: at most \(Self.lastEnd)") }
        }
    }

    static let lastEnd = CivilDate(year: 9999, month: 12, day: 24)

    func counts() throws(NumberRange.Refusal) -> (events: Int, posts: Int) {
        (Int(try events.value(in: .events, name: "--events")), Int(try posts.value(in: .posts, name: "--posts")))
    }

    mutating func run() throws {
        try reportingErrors {
            let (events, posts) = try counts()
            try GeneratedFile.refuseExisting(out)
            var firstDay = RandomStream.defaultFirstDay
            if let lastDay = end.flatMap(CivilDate.parse) {
                firstDay = RandomStream.firstDay(endingOn: lastDay, seed: seed, postCount: posts, count: events)
                // RFC 3339 writes years 0000-9999; a billion events at one post take ~4,000 years.
                guard firstDay.year >= 1 else {
                    let days = lastDay.daysSinceEpoch - firstDay.daysSinceEpoch + 1
                    throw NumberRange.Refusal(message: "--end: the events take \(days) days, which would begin before the year 1")
                }
            }
            var stream = RandomStream(seed: seed, postCount: posts, firstDay: firstDay)
            try GeneratedFile.write(&stream, count: events, to: out)
        }
    }
}
