/// Asks a reader (`EventSources`) to take each file's integrity chain as it reads it, for
/// `verify` and for the anchors reports print. `pins`: per file (by the path as shown), lines
/// whose running hash to record, for the anchors to be checked against.
public struct ChainTracking: Sendable {
    public var pins: [String: [Int]]

    public init(pins: [String: [Int]] = [:]) {
        self.pins = pins
    }

    func chain(for path: String) -> FileChain {
        FileChain(pinning: pins[path] ?? [])
    }
}
