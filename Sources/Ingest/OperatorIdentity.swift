import EventLog
import JSON
import SafeText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who writes, and where, when the command line does not say.
public enum OperatorIdentity {
    /// The login name (USER, else getlogin, else the uid). A name that is not UTF-8 is passed
    /// over for the next: as a String it would become U+FFFD without a word, and events would
    /// be signed by a name no account has. The uid still names the account exactly, and an
    /// operator starting a checklist in the field is better served by that than by a refusal
    /// over an environment quirk.
    public static func loginName() -> String {
        if let user = validName(getenv("USER")) { return user }
        if let login = validName(getlogin()) { return login }
        return "uid-\(getuid())"
    }

    /// The C string as text, or nil when it is missing, empty or not UTF-8.
    private static func validName(_ name: UnsafePointer<CChar>?) -> String? {
        guard let name else { return nil }
        let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
        guard !bytes.isEmpty, UTF8Validation.firstInvalidByte(in: bytes) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The first file source, or `operator-HOST.jsonl` in the first directory source; nil when
    /// the only source is standard input. A directory is how a post's files are replicated
    /// (Syncthing, rsync), and replication copies whole files: two machines appending to one
    /// file would each overwrite the other's copy (or leave a conflict copy). With the host name
    /// in the file name, every machine appends to a file no other machine writes.
    public static func defaultWriteTarget(for arguments: [String], host: String = hostName()) -> String? {
        for argument in arguments {
            switch SourceSpec.classify(argument) {
            case .file(let path): return path
            case .directory(let path): return (path.hasSuffix("/") ? path : path + "/") + "operator-\(host).jsonl"
            case .standardInput: continue
            }
        }
        return nil
    }

    /// The machine's host name, reduced to characters that are safe in a file name on every
    /// replica (letters, digits, `-`, `_`, `.`); "host" when it has none.
    public static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "host" }
        let name = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let safe = PortableFileName.characters(name)
        return safe.isEmpty || safe.hasPrefix(".") ? "host" + safe : safe
    }
}
