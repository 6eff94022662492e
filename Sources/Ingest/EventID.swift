import BorderOps

/// Event ids that stay unique across writers and machines without coordination:
/// post, UTC time to the second, and 60 random bits.
public enum EventID {
    public static func make(post: String) -> String {
        let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")
        var random = SystemRandomNumberGenerator()
        var bits = random.next() as UInt64
        var suffix = ""
        for _ in 0..<12 {
            suffix.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        let now = LocalClock.now()
        let stamp = Timestamp(epochSeconds: now.epochSeconds, offsetSeconds: 0).rfc3339()
            .filter { $0.isNumber }.prefix(14)
        let prefix = post.unicodeScalars.count <= 40 ? post : "event"
        return "\(prefix)-\(stamp)-\(suffix)"
    }
}
