import ArgumentParser
import Catalogs
import EventLog
import Ingest
import Words

/// `borderdesk config`: the settings in force and where each came from (docs/configuration.md).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "config", abstract: Word.commandConfig.help,
                                                    discussion: Word.commandConfigDiscussion.help)

    mutating func run() throws {
        try reportingErrors {
            var out = StandardOutput()
            for line in try SettingsFiles.current().listing(loginName: OperatorIdentity.loginName()) { out.line(line) }
            out.flush()
        }
    }
}
