#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A problem in a configuration file (settings, a theme, a checklist template), said the way
/// every such error is: `FILE:LINE: key: reason`. The reason is a value, said in both languages
/// by `FileProblem.word` (Words); `description` is the English.
public struct FileProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var key: String
    public var reason: FileProblemReason

    public init(path: String, line: Int, key: String, reason: FileProblemReason) {
        self.path = path
        self.line = line
        self.key = key
        self.reason = reason
    }

    /// A reason that has no words of its own yet (themes, templates, posts and demo files, a
    /// TOML parser's message): said through the command line's phrase table.
    public init(path: String, line: Int, key: String, reason: String) {
        self.init(path: path, line: line, key: key, reason: .phrase(reason))
    }

    /// Where: `FILE:LINE` (line 0 is the whole file: no line is named), then the key if any.
    public var place: String {
        let place = line > 0 ? "\(path):\(line)" : path
        return key.isEmpty ? place : "\(place): \(key)"
    }

    public var description: String { "\(place): \(reason.english)" }
}

/// Why a configuration file is refused.
public enum FileProblemReason: Sendable, Equatable {
    /// An English sentence said through the command line's phrase table.
    case phrase(String)
    /// The C library's errno (the file cannot be opened or read).
    case system(Int32)
    case tooLarge
    /// A settings key this file does not take: `known` are those it does...
    case unknownKey(known: [String])
    /// ...or one that belongs in the other file (the machine's, `belongsInMachineFile`, or the person's).
    case keyOfOtherFile(belongsInMachineFile: Bool)
    case expectedSourceList
    case expectedStringList
    case expectedMinutes
    /// A whole number outside `bounds`, or not a whole number.
    case outOfRange(value: String, wholeNumber: Bool, lower: Int64, upper: Int64)
    case expectedNonEmptyString
    case notAZone(String)
    case notALanguage(String)
    /// What the TOML reader refuses before the parser would crash on it (`TOMLCrashGuard`).
    case tomlHeaderWithoutKey
    case tomlTimeWithoutDigit
    case tomlArrayWithoutValue

    public var english: String {
        switch self {
        case .phrase(let text): return text
        case .system(let code): return String(cString: strerror(code))
        case .tooLarge: return "larger than 1 MiB, too large for a configuration file"
        case .unknownKey(let known): return "unknown key (known: \(known.joined(separator: ", ")))"
        case .keyOfOtherFile(let machine): return "unknown key here: it belongs in the \(machine ? "machine's" : "person's") file"
        case .expectedSourceList: return "expected a list of files or directories, such as [\"/srv/borderdesk/events\"]"
        case .expectedStringList: return "expected a list of non-empty strings"
        case .expectedMinutes: return "expected a whole number of minutes"
        case .outOfRange(let value, let whole, let lower, let upper):
            return "\(value) is \(whole ? "out of range" : "not a whole number") (\(lower)–\(upper) minutes)"
        case .expectedNonEmptyString: return "expected a non-empty string"
        case .notAZone(let value): return "\"\(value)\" is not WIB, WITA or WIT"
        case .notALanguage(let value): return "\"\(value)\" is not id or en"
        case .tomlHeaderWithoutKey: return "a table header needs a key after its [ (letters, digits, _ or -, or a quoted key)"
        case .tomlTimeWithoutDigit: return "a date-time needs a time after its T, such as 2024-11-20T13:00:00+08:00"
        case .tomlArrayWithoutValue: return "an array needs a value or its closing ] here"
        }
    }
}
