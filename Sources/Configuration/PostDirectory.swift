import BorderOps
import TOMLKit

/// The posts file: `[[post]]` tables with `id`, `name`, `province`, `kind` (port, plbn,
/// airport, office), `zone` (WIB, WITA, WIT) and, optionally, `agencies` (codes, as events write them). A broken file is reported as `FILE:LINE: key: reason`.
public enum PostDirectory {
    public static func parse(_ text: String, path: String) throws(FileProblem) -> [PostInfo] {
        let table = try TOMLFile.table(text, path: path)
        let headers = headerLines(text)
        var posts: [PostInfo] = []
        for (i, value) in (table["post"]?.array ?? []).enumerated() {
            let start = i < headers.count ? headers[i] : 1
            func problem(_ key: String, _ reason: FileProblemReason) -> FileProblem {
                FileProblem(path: path, line: TOMLFile.line(of: key, in: text, from: start - 1), key: key, reason: reason)
            }
            guard let post = value.table else { throw FileProblem(path: path, line: start, key: "post", reason: .expectedTable) }
            func string(_ key: String) throws(FileProblem) -> String {
                guard let v = post[key] else { throw FileProblem(path: path, line: start, key: key, reason: .missingInPost(i + 1)) }
                guard let s = v.string, !s.isEmpty else { throw problem(key, .expectedNonEmptyString) }
                return s
            }
            let id = try string("id")
            guard !posts.contains(where: { $0.id == id }) else { throw problem("id", .postListedTwice(id)) }
            let kindText = try string("kind")
            guard let kind = PostInfo.Kind(rawValue: kindText) else {
                throw problem("kind", .notOneOf(value: kindText, accepted: PostInfo.Kind.allCases.map(\.rawValue)))
            }
            let zoneText = try string("zone")
            guard let zone = PostZone(name: zoneText) else { throw problem("zone", .notAZone(zoneText)) }
            var agencies: [String] = []
            if let listed = post["agencies"] {
                guard let array = listed.array, array.allSatisfy({ ($0.string ?? "").isEmpty == false }) else {
                    throw problem("agencies", .expectedStringList)
                }
                agencies = array.compactMap(\.string)
            }
            posts.append(PostInfo(id: id, name: try string("name"), province: try string("province"), kind: kind, zone: zone, agencies: agencies))
        }
        if posts.isEmpty { throw FileProblem(path: path, line: 1, key: "post", reason: .noPosts) }
        return posts
    }

    /// Each post's zone by id (the first listing wins; `parse` refuses a repeated id anyway).
    public static func zones(_ posts: [PostInfo]) -> [String: PostZone] {
        Dictionary(posts.map { ($0.id, $0.zone) }, uniquingKeysWith: { first, _ in first })
    }

    /// The 1-based line of each `[[post]]` header, in order.
    static func headerLines(_ text: String) -> [Int] {
        TOMLFile.lines(text).enumerated().compactMap { n, line in
            line.trimmingPrefix(while: { $0 == " " || $0 == "\t" }).hasPrefix("[[post]]") ? n + 1 : nil
        }
    }
}

extension Substring {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring { drop(while: predicate) }
}
