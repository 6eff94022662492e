#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the binary's own files are (themes, checklist templates, sample data, demo scenarios),
/// found from where the binary is, not from the current directory: an officer starts the
/// dashboard from anywhere. The one lookup every default path goes through.
///
/// - In a build tree (`ROOT/.build/…/debug/borderdesk`): the nearest folder above the binary
///   that holds both `Themes/` and `sample-data/`, in the repository's layout.
/// - Installed (`PREFIX/bin/borderdesk`): `PREFIX/share/borderdesk` (`/usr/share/borderdesk`
///   from the Debian package), in the package's layout: `themes/`, `templates/`, `sample-data/`
///   (with `posts.toml` and `scenarios/`).
/// - Neither found: `/usr/share/borderdesk`, so that a missing folder is named where it belongs.
public struct DataDirectory: Equatable, Sendable {
    public var themes: String
    public var templates: String
    public var sampleData: String
    public var scenarios: String
    public var posts: String { sampleData + "/posts.toml" }

    /// How far above the binary a build tree's root may be (`.build/TRIPLE/debug/borderdesk`).
    static let buildTreeDepth = 4

    /// The repository's layout under `root`.
    public static func buildTree(_ root: String) -> DataDirectory {
        DataDirectory(themes: root + "/Themes", templates: root + "/sample-data/checklists",
                      sampleData: root + "/sample-data", scenarios: root + "/sample-data/scenarios")
    }

    /// The package's layout under `share` (`/usr/share/borderdesk`).
    public static func installed(_ share: String) -> DataDirectory {
        DataDirectory(themes: share + "/themes", templates: share + "/templates",
                      sampleData: share + "/sample-data", scenarios: share + "/sample-data/scenarios")
    }

    /// The data of the binary at `executable` (an absolute path with its links resolved).
    public static func locate(executable: String) -> DataDirectory {
        var folder = parent(of: executable)
        for _ in 0..<buildTreeDepth {
            if isDirectory(folder + "/Themes") && isDirectory(folder + "/sample-data") { return buildTree(folder) }
            if folder == "/" { break }
            folder = parent(of: folder)
        }
        let share = parent(of: parent(of: executable)) + "/share/borderdesk"
        return installed(isDirectory(share) ? share.replacingDoubleSlash : "/usr/share/borderdesk")
    }

    /// The data of this process's binary (Linux: `/proc/self/exe`, already free of links).
    public static let current: DataDirectory = locate(executable: executablePath() ?? "/usr/bin/borderdesk")

    /// Whether every one of `sources` lies in the bundled sample data: a past day, opened with
    /// every row shown (nothing in it is open or of today).
    public func holdsAll(_ sources: [String]) -> Bool {
        guard !sources.isEmpty, let sample = Self.resolved(sampleData) else { return false }
        return sources.allSatisfy { source in
            Self.resolved(source).map { $0 == sample || $0.hasPrefix(sample + "/") } ?? false
        }
    }

    /// `path` with its links resolved, absolute; nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

private extension String {
    /// `//share/borderdesk` (a binary in `/bin`) as `/share/borderdesk`.
    var replacingDoubleSlash: String { hasPrefix("//") ? String(dropFirst()) : self }
}
