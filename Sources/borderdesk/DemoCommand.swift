import ArgumentParser
import BorderOps
import Catalogs
import Configuration
import Words
import Dashboard
import EventLog
import SafeText

#if canImport(Glibc)
import Glibc
#endif

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
        get throws(UserFacingError) { speed == "max" ? nil : Double(try NumberRange.demoSpeed.value(of: speed, name: "--speed")) }
    }

    mutating func run() throws {
        try reportingErrors {
            let available = DirectoryListing.files(in: scenarios, suffix: ".captions.toml")
            let names = available.map { String(($0.split(separator: "/").last ?? "").dropLast(".captions.toml".count)) }
            if list {
                var out = StandardOutput()
                for (name, path) in zip(names, available) {
                    let title = (try? TextFile.read(path)).flatMap { $0 }.flatMap { try? DemoScript.parse($0, path: path).title } ?? ""
                    out.line("\(name)  \(title)")
                }
                out.flush()
                return
            }
            guard let name = names.first(where: { $0 == scenario || $0.hasPrefix(scenario) }) else {
                throw UserFacingError(message: "no scenario \"\(DisplayText.shortened(scenario, limit: 40))\" in \(scenarios) (borderdesk demo --list)")
            }
            let captionsPath = "\(scenarios)/\(name).captions.toml"
            let script: DemoScript
            do {
                script = try DemoScript.parse(TextFile.read(captionsPath) ?? "", path: captionsPath)
            } catch {
                throw UserFacingError(message: "captions: \(error)")
            }
            let scenarioPath = "\(scenarios)/\(name).jsonl"
            let scenarioText: String?
            do {
                scenarioText = try TextFile.read(scenarioPath)
            } catch {
                throw UserFacingError(message: "scenario \(error)")
            }
            guard let text = scenarioText else {
                throw UserFacingError(message: "cannot read \(scenarioPath)")
            }
            let directory = try out ?? Self.temporaryDirectory()
            if let out, mkdir(out, 0o750) != 0 && errno != EEXIST {
                throw UserFacingError(message: "cannot create \(out): \(String(cString: strerror(errno)))")
            }
            let replay = try DemoReplay(name: name, lines: text.split(separator: "\n").map(String.init), script: script,
                                        speed: try pace, directory: directory)
            let app = DashboardApp(
                arguments: [replay.file], themeChoice: nil, themesDirectory: "Themes", ascii: false,
                colour: (getenv("NO_COLOR").map { String(cString: $0).isEmpty } ?? true), forcePolling: false,
                language: lang, zone: .wita, writer: nil, operationTemplate: nil, demo: replay)
            do {
                try app.run()
            } catch let failure as CursesTerminal.Failure {
                throw UserFacingError(message: failure.description)
            }
            printError("borderdesk: demo events are in \(replay.file)")
        }
    }

    static func temporaryDirectory() throws -> String {
        var template = Array("/tmp/borderdesk-demo-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw UserFacingError(message: "cannot create a temporary directory") }
        return String(cString: made)
    }
}
