import BorderOps
import Configuration
import EventLog
import SafeText
import Words

/// The settings files as every command reads them (docs/configuration.md): each option takes
/// the command line's value, else the files', else the default found next to the binary
/// (`DataDirectory`), so that `run`, `alerts`, `summary`, `report`, `demo`, `checklist` and
/// `append` agree on one machine's post, sources, posts file and language.
extension SettingsFiles {
    /// The sources named, else the files', else the sample data.
    public func sources(_ named: [String]) -> [String] {
        named.isEmpty ? settings["sources"]?.values ?? [DataDirectory.current.sampleData] : named
    }

    public func language(_ given: Language?) -> Language {
        given ?? value("language", commandLine: nil).flatMap(Language.init(rawValue:)) ?? .id
    }

    public func templates(_ given: String?) -> String { value("templates", commandLine: given) ?? DataDirectory.current.templates }

    /// The posts file named, else the files'; nil: the packaged one when present (`PostsFile`).
    public func posts(_ given: String?) -> String? { value("posts", commandLine: given) }

    /// `stale_minutes`, for a command whose `--stale` was not given.
    public var staleMinutes: Int64? { value("stale_minutes", commandLine: nil).flatMap(Int64.init) }

    /// The zone times typed without an offset are read in: `--zone`, else the post's in the
    /// posts file, else the settings' `zone`, else WITA (Nunukan's).
    public func zone(_ given: String?, post: String?, postsFile: String?) throws -> PostZone {
        if given == nil, let post, let listed = PostDirectory.zones(try PostsFile.load(posts(postsFile)))[post] { return listed }
        guard let named = value("zone", commandLine: given) else { return .wita }
        guard let zone = PostZone(name: named) else {
            throw UserFacingError(message: "--zone: WIB, WITA, WIT or an offset such as +08:00, got \(DisplayText.shortened(named, limit: 20))")
        }
        return zone
    }
}
