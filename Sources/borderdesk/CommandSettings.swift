import ArgumentParser
import Catalogs
import EventLog
import Ingest
import Words

/// The settings files as every command reads them (docs/configuration.md): each option takes
/// the command line's value, else the files', else the default found next to the binary
/// (`DataDirectory`), so that `run`, `alerts`, `summary`, `report`, `demo`, `checklist` and
/// `append` agree on one machine's post, sources, posts file and language.
extension SettingsFiles {
    /// The files this process's environment points at; a broken one stops the command with its
    /// `FILE:LINE: key: reason` (exit 2) before anything else is read.
    static func forCommand() throws -> SettingsFiles {
        do {
            return try SettingsFiles.current()
        } catch {
            printError("borderdesk: \(error.message)")
            throw ExitCode(error.exitCode)
        }
    }

    /// The sources named, else the files', else the sample data.
    func sources(_ named: [String]) -> [String] {
        named.isEmpty ? settings["sources"]?.values ?? [DataDirectory.current.sampleData] : named
    }

    func language(_ given: Language?) -> Language {
        given ?? value("language", commandLine: nil).flatMap(Language.init(rawValue:)) ?? .id
    }

    func templates(_ given: String?) -> String { value("templates", commandLine: given) ?? DataDirectory.current.templates }

    /// The posts file named, else the files'; nil: the packaged one when present (`PostsFile`).
    func posts(_ given: String?) -> String? { value("posts", commandLine: given) }

    func operatorID(_ given: String?) -> String { value("operator", commandLine: given) ?? OperatorIdentity.loginName() }

    /// `stale_minutes`, for a command whose `--stale` was not given.
    var staleMinutes: Int64? { value("stale_minutes", commandLine: nil).flatMap(Int64.init) }
}
