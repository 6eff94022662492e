/// Text made safe as part of a file name on every machine a folder is replicated to: ASCII
/// letters, digits, `-`, `_` and `.` kept, anything else `_`. Host names (`operator-HOST.jsonl`)
/// and report names (`laporan-ID.html`) both go through here.
public enum PortableFileName {
    public static func characters(_ text: String) -> String {
        String(text.unicodeScalars.map { s -> Character in
            let kept = (s.isASCII && (("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)))
                || s == "-" || s == "_" || s == "."
            return kept ? Character(s) : "_"
        })
    }
}
