import ArgumentParser
import BorderOps
import Catalogs
import Configuration
import CursesScreen
import Demo
import Driver
import EventLog
import Words

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: Word.commandDemo.help,
        discussion: Word.commandDemoDiscussion.help
    )

    @Argument(help: .word(.optionScenario))
    var scenario: String = "nunukan"

    @Option(help: .word(.optionSpeed))
    var speed: String = "60"

    @Flag(help: .word(.optionList))
    var list = false

    @Option(help: .word(.optionScenarios))
    var scenarios: String?

    @Option(help: .word(.optionLanguageDemo))
    var lang: Language?

    @Option(help: .word(.optionDemoOut))
    var out: String?

    func validate() throws {
        try reportingErrors { _ = try pace }
    }

    /// Scenario minutes per real minute; nil: as fast as the events can be written.
    var pace: Double? {
        get throws(NumberRange.Refusal) { speed == "max" ? nil : Double(try NumberRange.demoSpeed.value(of: speed, name: "--speed")) }
    }

    mutating func run() throws {
        let files = try SettingsFiles.forCommand()
        try reportingErrors {
            let catalog = DemoScenarios(directory: scenarios ?? DataDirectory.current.scenarios)
            if list {
                var out = StandardOutput()
                for (name, title) in catalog.titles() { out.line("\(name)  \(title)") }
                out.flush()
                return
            }
            let scenario = try catalog.load(scenario)
            let replay = try DemoReplay(name: scenario.name, lines: scenario.lines, script: scenario.script,
                                        speed: try pace, directory: try DemoFile.folder(out))
            let app = DashboardApp(demo: replay, language: files.language(lang))
            try app.run { try CursesTerminal(colour: $0) }
            say("demo events are in \(replay.file)")
        }
    }
}
