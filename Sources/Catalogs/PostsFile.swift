import BorderOps
import Configuration
import EventLog

/// Reads the posts file: the one named, or the sample data's `posts.toml` (`DataDirectory`) when
/// it is there (none when it is not). A broken or missing named file is a problem: wrong zones would put every
/// time in the wrong hour (the command line's `load` says it in one line).
public enum PostsFile {
    public static var defaultPath: String { DataDirectory.current.posts }

    public static func read(_ named: String?) throws(FileProblem) -> [PostInfo] {
        let path = named ?? defaultPath
        guard let text = try TextFile.read(path) else {
            if named == nil { return [] }
            throw FileProblem(path: path, line: 0, key: "", reason: .cannotBeRead)
        }
        return try PostDirectory.parse(text, path: path)
    }

    /// `read`, for a command: a broken or missing named file is a one-line error.
    public static func load(_ named: String?) throws(ConfigurationFailure) -> [PostInfo] {
        do {
            return try read(named)
        } catch {
            throw .postsFile(error)
        }
    }
}
