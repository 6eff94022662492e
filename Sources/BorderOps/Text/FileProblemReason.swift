#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a configuration file is refused, as a value: each surface says it in the officer's
/// language (`FileProblemReason.word`, Words); `english` is for logs and tests.
public enum FileProblemReason: Sendable, Equatable {
    // The file as a whole (`TextFile`, `PostsFile`).
    /// The C library's errno (the file cannot be opened or read).
    case system(Int32)
    case cannotBeRead
    case notRegularFile(FileShape)
    case tooLarge
    case notUTF8(byte: UInt8, offset: Int)
    // TOML text (`TOMLFile`): TOMLKit's own message is kept for the English only.
    case tomlSyntax(column: Int, parser: String)
    /// What the TOML reader refuses before the parser would crash on it (`TOMLCrashGuard`).
    case tomlHeaderWithoutKey
    case tomlTimeWithoutDigit
    case tomlArrayWithoutValue
    // Values, in any file.
    case expectedNonEmptyString
    case expectedTable
    /// `value` is not one of `accepted` (a template's kind, a post's kind).
    case notOneOf(value: String, accepted: [String])
    case listedTwice(String)
    case notAZone(String)
    // The settings files.
    /// A settings key this file does not take: `known` are those it does...
    case unknownKey(known: [String])
    /// ...or one that belongs in the other file (the machine's, `belongsInMachineFile`, or the person's).
    case keyOfOtherFile(belongsInMachineFile: Bool)
    case expectedSourceList
    case expectedStringList
    case expectedMinutes
    case minutesOutOfRange(value: String, lower: Int64, upper: Int64)
    case notALanguage(String)
    // Checklist templates.
    case missingTitle
    case expectedPhaseTable
    case expectedPhaseTitle
    case missingSteps
    case stepNotATable(Int)
    case missingStepID(Int)
    case missingStepTitle(String)
    case notAPhase(String, phases: [String])
    // The posts file.
    case missingInPost(Int)
    case postListedTwice(String)
    case noPosts
    // Themes.
    case unknownRole(roles: [String])
    case expectedStyleString
    case colourNeededAfterOn
    case notAColour(String)
    case missingRoleStyle
    // Demo captions.
    case missing
    case stageIncomplete(Int)

    public var english: String {
        switch self {
        case .system(let code): return String(cString: strerror(code))
        case .cannotBeRead: return "cannot be read"
        case .notRegularFile(let shape): return shape.english
        case .tooLarge: return "larger than 1 MiB, too large for a configuration file"
        case .notUTF8(let byte, let offset): return "not UTF-8 text: invalid byte \(Self.hex(byte)) at byte \(offset + 1) of the file"
        case .tomlSyntax(let column, let parser): return "column \(column): invalid TOML: \(parser)"
        case .tomlHeaderWithoutKey: return "a table header needs a key after its [ (letters, digits, _ or -, or a quoted key)"
        case .tomlTimeWithoutDigit: return "a date-time needs a time after its T, such as 2024-11-20T13:00:00+08:00"
        case .tomlArrayWithoutValue: return "an array needs a value or its closing ] here"
        case .expectedNonEmptyString: return "expected a non-empty string"
        case .expectedTable: return "expected a table"
        case .notOneOf(let value, let accepted): return "\"\(value)\" is not one of \(accepted.joined(separator: ", "))"
        case .listedTwice(let value): return "\"\(value)\" appears twice"
        case .notAZone(let value): return "\"\(value)\" is not WIB, WITA or WIT"
        case .unknownKey(let known): return "unknown key (known: \(known.joined(separator: ", ")))"
        case .keyOfOtherFile(let machine): return "unknown key here: it belongs in the \(machine ? "machine's" : "person's") file"
        case .expectedSourceList: return "expected a list of files or directories, such as [\"/srv/borderdesk/events\"]"
        case .expectedStringList: return "expected a list of non-empty strings"
        case .expectedMinutes: return "expected a whole number of minutes"
        case .minutesOutOfRange(let value, let lower, let upper): return "\(value) is out of range (\(lower)–\(upper) minutes)"
        case .notALanguage(let value): return "\"\(value)\" is not id or en"
        case .missingTitle: return "missing: a title string is required"
        case .expectedPhaseTable: return "expected a table of phase = \"title\""
        case .expectedPhaseTitle: return "expected a phase title string"
        case .missingSteps: return "missing: at least one [[steps]] entry is required"
        case .stepNotATable(let n): return "entry \(n) is not a table"
        case .missingStepID(let n): return "missing in step \(n): a step id string"
        case .missingStepTitle(let step): return "missing in step \(step)"
        case .notAPhase(let value, let phases): return "\"\(value)\" is not one of the [phases]: \(phases.joined(separator: ", "))"
        case .missingInPost(let n): return "missing in post \(n)"
        case .postListedTwice(let id): return "post \"\(id)\" is listed twice"
        case .noPosts: return "no [[post]] tables"
        case .unknownRole(let roles): return "unknown role (roles: \(roles.joined(separator: ", ")))"
        case .expectedStyleString: return "expected a string such as \"red on default bold\""
        case .colourNeededAfterOn: return "\"on\" needs a colour after it"
        case .notAColour(let word): return "\"\(word)\" is not a colour (default, black, red, ..., bright-white, 0-255) or an attribute"
        case .missingRoleStyle: return "missing: every role needs a style"
        case .missing: return "missing"
        case .stageIncomplete(let n): return "stage \(n) needs at, en and id strings"
        }
    }

    /// A byte as `0xFF`.
    public static func hex(_ byte: UInt8) -> String { "0x" + String(byte, radix: 16, uppercase: true) }
}

/// What a file is when only a regular file is read (EventLog's `FileKind`, plus a symbolic
/// link refused by `O_NOFOLLOW`).
public enum FileShape: Sendable, Equatable, CaseIterable {
    case symbolicLink, fifo, directory, characterDevice, blockDevice, socket, special

    public var english: String {
        switch self {
        case .symbolicLink: return "is a symbolic link, not a regular file"
        case .fifo: return "is a named pipe (FIFO), not a regular file"
        case .directory: return "is a directory, not a regular file"
        case .characterDevice: return "is a character device, not a regular file"
        case .blockDevice: return "is a block device, not a regular file"
        case .socket: return "is a socket, not a regular file"
        case .special: return "is a special file, not a regular file"
        }
    }
}
