#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Language {
    /// The language the locale asks for (`LC_ALL`, `LC_MESSAGES` or `LANG`, the first set):
    /// Bahasa Indonesia for `id_ID.UTF-8` and the like, English otherwise. It picks the language
    /// of the command line's `--help`.
    public static let ofLocale: Language = {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = getenv(name).map({ String(cString: $0) }), !value.isEmpty else { continue }
            return value.hasPrefix("id") ? .id : .en
        }
        return .en
    }()
}
