import BorderOps
import Catalogs
import EventLog

extension PostsFile {
    /// `read`, for a command: a broken or missing named file is a one-line error.
    static func load(_ named: String?) throws -> [PostInfo] {
        do {
            return try read(named)
        } catch {
            throw UserFacingError(message: "posts file \(error)")
        }
    }
}
