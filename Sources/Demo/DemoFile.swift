import BorderOps
import EventLog
import Ingest

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A demo's event file: always one that did not exist before, so a replay never appends after
/// an earlier demo's events in a reused `--out` folder (that doubled every event and showed the
/// end at once). Named `demo-YYYYMMDD-HHMMSS-N.jsonl` (local time, N counts up from 1) and
/// created with O_CREAT|O_EXCL: two demos started in one folder in the same second get
/// different files.
public enum DemoFile {
    public static func create(in directory: String) throws(FileFailure) -> String {
        let stamp = LocalClock.now().rfc3339().filter { $0.isNumber }.prefix(14)
        let prefix = "\(directory)/demo-\(stamp.prefix(8))-\(stamp.dropFirst(8))-"
        for counter in 1...10_000 {
            let path = "\(prefix)\(counter).jsonl"
            let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o640)
            if fd >= 0 {
                close(fd)
                return path
            }
            guard errno == EEXIST else {
                throw FileFailure(message: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
        throw FileFailure(message: "cannot create a new demo file in \(directory): \(prefix)1-10000.jsonl all exist")
    }

    /// The folder the replayed events go to: `out`, made (mode 0750) when missing, or a new
    /// temporary one.
    public static func folder(_ out: String?) throws(FileFailure) -> String {
        guard let out else {
            var template = Array("/tmp/borderdesk-demo-XXXXXX".utf8CString)
            guard let made = mkdtemp(&template) else { throw FileFailure(message: "cannot create a temporary directory") }
            return String(cString: made)
        }
        if mkdir(out, 0o750) != 0 && errno != EEXIST {
            throw FileFailure(message: "cannot create \(out): \(String(cString: strerror(errno)))")
        }
        return out
    }
}
