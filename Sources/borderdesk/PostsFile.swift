import BorderOps

/// Loads the posts file: the one named, or `sample-data/posts.toml` when it is there. A broken
/// or missing named file is a one-line error: wrong zones would put every time in the wrong hour.
enum PostsFile {
    static let defaultPath = "sample-data/posts.toml"

    static func load(_ named: String?) throws -> [PostInfo] {
        let path = named ?? defaultPath
        do {
            guard let text = try TextFile.read(path) else {
                if named == nil { return [] }
                throw UserFacingError(message: "posts file \(path): cannot be read")
            }
            return try PostDirectory.parse(text, path: path)
        } catch let problem as FileProblem {
            throw UserFacingError(message: "posts file \(problem)")
        }
    }
}
