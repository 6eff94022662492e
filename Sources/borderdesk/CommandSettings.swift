import ArgumentParser
import Catalogs
import EventLog
import Ingest
import Words

/// The settings files for a command (the rest of what commands ask of them is in Catalogs'
/// `CommandSettings.swift`).
extension SettingsFiles {
    /// The files this process's environment points at; a broken one stops the command with its
    /// `FILE:LINE: key: reason` (exit 2) before anything else is read.
    static func forCommand() throws -> SettingsFiles {
        do {
            return try SettingsFiles.current()
        } catch {
            printError("borderdesk: " + error.word.text(Borderdesk.languageArgument ?? .id))
            throw ExitCode(error.exitCode)
        }
    }

    func operatorID(_ given: String?) -> String { value("operator", commandLine: given) ?? OperatorIdentity.loginName() }
}
