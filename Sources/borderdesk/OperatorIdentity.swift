import EventLog

#if canImport(Glibc)
import Glibc
#endif

/// Who writes, and where, when the command line does not say.
enum OperatorIdentity {
    /// The login name (USER, else getlogin, else the uid).
    static func loginName() -> String {
        if let user = getenv("USER").map({ String(cString: $0) }), !user.isEmpty { return user }
        if let login = getlogin() { return String(cString: login) }
        return "uid-\(getuid())"
    }

    /// The first file source, or `operator.jsonl` in the first directory source; nil when the
    /// only source is standard input.
    static func defaultWriteTarget(for arguments: [String]) -> String? {
        for argument in arguments {
            switch SourceSpec.classify(argument) {
            case .file(let path): return path
            case .directory(let path): return path.hasSuffix("/") ? path + "operator.jsonl" : path + "/operator.jsonl"
            case .standardInput: continue
            }
        }
        return nil
    }
}
