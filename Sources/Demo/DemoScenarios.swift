import Catalogs
import Configuration
import Dashboard
import EventLog
import SafeText

/// A folder of demo scenarios: `NAME.jsonl` with `NAME.captions.toml` beside it.
public struct DemoScenarios {
    public let directory: String
    /// The captions files found, and the scenario names they give.
    private let paths: [String]
    public let names: [String]

    public init(directory: String) {
        self.directory = directory
        paths = DirectoryListing.files(in: directory, suffix: ".captions.toml")
        names = paths.map { String(($0.split(separator: "/").last ?? "").dropLast(".captions.toml".count)) }
    }

    /// Every scenario's name and title ("" when its captions cannot be read), for `--list`.
    public func titles() -> [(name: String, title: String)] {
        zip(names, paths).map { name, path in
            (name, (try? TextFile.read(path)).flatMap { $0 }.flatMap { try? DemoScript.parse($0, path: path).title } ?? "")
        }
    }

    /// The scenario named `wanted` (or the first whose name starts with it): its name, its
    /// captions and its event lines.
    public func load(_ wanted: String) throws(DemoFailure) -> (name: String, script: DemoScript, lines: [String]) {
        guard let name = names.first(where: { $0 == wanted || $0.hasPrefix(wanted) }) else {
            throw .noScenario(wanted: DisplayText.shortened(wanted, limit: 40), directory: directory)
        }
        let captionsPath = "\(directory)/\(name).captions.toml"
        let script: DemoScript
        do {
            script = try DemoScript.parse(TextFile.read(captionsPath) ?? "", path: captionsPath)
        } catch {
            throw .captions(error)
        }
        let scenarioPath = "\(directory)/\(name).jsonl"
        let scenarioText: String?
        do {
            scenarioText = try TextFile.read(scenarioPath)
        } catch {
            throw .scenario(error)
        }
        guard let text = scenarioText else {
            throw .scenarioMissing(path: scenarioPath)
        }
        return (name, script, text.split(separator: "\n").map(String.init))
    }
}
