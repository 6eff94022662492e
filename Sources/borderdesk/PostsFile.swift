import BorderOps

/// Loads the posts file: the one named, or `sample-data/posts.toml` when it is there. A broken
/// or missing named file is a one-line error: wrong zones would put every time in the wrong hour.
enum PostsFile {
    static let defaultPath = "sample-data/posts.toml"

    static func load(_ named: String?) throws -> [PostInfo] {
        let path = named ?? defaultPath
        guard let text = TemplateCatalog.readText(path) else {
            if named == nil { return [] }
            throw UserFacingError(message: "posts file \(path): cannot be read")
        }
        do {
            return try PostDirectory.parse(text, path: path)
        } catch {
            throw UserFacingError(message: "posts file \(error)")
        }
    }
}
