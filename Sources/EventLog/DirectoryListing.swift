#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names in a directory with a given ending: event files, themes, checklist templates.
public enum DirectoryListing {
    /// The paths of the entries in `directory` whose names end in `suffix`, folders left out,
    /// in name order; none when the directory cannot be read. Anything else that is not a
    /// regular file is listed, so that reading it (`TextFile`) refuses it by name.
    public static func files(in directory: String, suffix: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        return names(of: dir, suffix: suffix).sorted().map { Posix.join(directory, $0) }.filter { path in
            Posix.status(path).info.map { !Posix.isDirectory($0) } ?? false
        }
    }

    static func names(of dir: OpaquePointer, suffix: String) -> [String] {
        rawNames(of: dir).map { String(decoding: $0, as: UTF8.self) }.filter { $0.hasSuffix(suffix) }
    }

    /// Every entry's name as its bytes (a name need not be UTF-8), `.` and `..` left out.
    static func rawNames(of dir: OpaquePointer) -> [[UInt8]] {
        var names: [[UInt8]] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix(while: { $0 != 0 })) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }
}
