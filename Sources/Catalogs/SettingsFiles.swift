import BorderOps
import Configuration

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The two settings files read from disk, and each setting's value with where it came from:
/// the person's file over the machine's (they hold different keys), the command line over both.
///
/// Where they are: `$BORDERDESK_SYSTEM_CONFIG` or `/etc/borderdesk/config.toml` for the machine
/// (the variable lets tests and packagers point elsewhere), `$XDG_CONFIG_HOME/borderdesk/config.toml`
/// or `$HOME/.config/borderdesk/config.toml` for the person. A missing file is no file; one that
/// cannot be read or is broken is a `FileProblem`.
public struct SettingsFiles: Sendable {
    public struct Setting: Equatable, Sendable {
        public var values: [String]
        /// `FILE:LINE` of the line that set it.
        public var origin: String
    }

    public var machinePath: String
    public var personPath: String?
    public private(set) var settings: [String: Setting] = [:]

    public static func paths(environment: [String: String]) -> (machine: String, person: String?) {
        let machine = environment["BORDERDESK_SYSTEM_CONFIG"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/borderdesk/config.toml"
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return (machine, config + "/borderdesk/config.toml") }
        if let home = environment["HOME"], !home.isEmpty { return (machine, home + "/.config/borderdesk/config.toml") }
        return (machine, nil)
    }

    /// No files (before they are read).
    public init(machinePath: String, personPath: String?) {
        self.machinePath = machinePath
        self.personPath = personPath
    }

    /// The files this process's environment points at.
    public static func current() throws(FileProblem) -> SettingsFiles {
        var environment: [String: String] = [:]
        for name in ["BORDERDESK_SYSTEM_CONFIG", "XDG_CONFIG_HOME", "HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return try SettingsFiles(environment: environment)
    }

    public init(environment: [String: String]) throws(FileProblem) {
        (machinePath, personPath) = Self.paths(environment: environment)
        try read(machinePath, scope: .machine)
        if let personPath { try read(personPath, scope: .person) }
    }

    private mutating func read(_ path: String, scope: SettingsFile.Scope) throws(FileProblem) {
        guard let text = try TextFile.read(path) else { return }
        for (key, entry) in try SettingsFile.parse(text, path: path, scope: scope) {
            settings[key] = Setting(values: entry.values, origin: "\(path):\(entry.line)")
        }
    }

    /// A one-valued setting: the command line's when given, else the files'.
    public func value(_ key: String, commandLine: String?) -> String? {
        commandLine ?? settings[key]?.values.first
    }
}
