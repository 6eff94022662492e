import ArgumentParser
import BorderOps
import Configuration
import Demo
import Driver
import EventLog
import Words

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Replay a sample scenario into a fresh event file while the dashboard follows it.",
        discussion: """
            Captions at the bottom explain each stage. Keys: Space pauses and resumes, n jumps to the
            next stage, + and - change the speed, r restarts, q quits. Demo data is exercise data.
            """
    )

    @Argument(help: "The scenario (see --list).")
    var scenario: String = "nunukan"

    @Option(help: "Scenario minutes per real minute (1-3600, e.g. 60), or max.")
    var speed: String = "60"

    @Flag(help: "Name the scenarios and stop.")
    var list = false

    @Option(help: "Directory of scenarios (*.jsonl with a .captions.toml beside).")
    var scenarios: String = "sample-data/scenarios"

    @Option(help: "Language of the captions and the screen: id or en.")
    var lang: Language = .id

    @Option(help: "Keep the replayed events in this directory (default: a new temporary one).")
    var out: String?

    func validate() throws {
        try reportingErrors { _ = try pace }
    }

    /// Scenario minutes per real minute; nil: as fast as the events can be written.
    var pace: Double? {
        get throws(NumberRange.Refusal) { speed == "max" ? nil : Double(try NumberRange.demoSpeed.value(of: speed, name: "--speed")) }
    }

    mutating func run() throws {
        try reportingErrors {
            let catalog = DemoScenarios(directory: scenarios)
            if list {
                var out = StandardOutput()
                for (name, title) in catalog.titles() { out.line("\(name)  \(title)") }
                out.flush()
                return
            }
            let scenario = try catalog.load(scenario)
            let replay = try DemoReplay(name: scenario.name, lines: scenario.lines, script: scenario.script,
                                        speed: try pace, directory: try DemoFile.folder(out))
            let app = DashboardApp(
                arguments: [replay.file], themeChoice: nil, themesDirectory: "Themes", ascii: false,
                colour: !RunCommand.noColourRequested, forcePolling: false,
                language: lang, zone: .wita, writer: nil, operationTemplate: nil, demo: replay)
            do {
                try app.run { try CursesTerminal(colour: $0) }
            } catch let failure as CursesTerminal.Failure {
                throw UserFacingError(message: failure.description)
            }
            printError("borderdesk: demo events are in \(replay.file)")
        }
    }
}
