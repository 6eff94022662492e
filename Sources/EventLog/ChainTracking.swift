/// Asks a reader (`EventSources`) to take each file's integrity chain as it reads it, for
/// `verify` and for the anchors reports print. `pins`: per file (by the path as shown), lines
/// whose running hash to record, for the anchors to be checked against. `standardInput`: whether
/// a `-` source's chain is taken too (the dashboard leaves it out: a pipe has no file to seal).
public struct ChainTracking: Sendable {
    public var pins: [String: [Int]]
    public var standardInput: Bool

    public init(pins: [String: [Int]] = [:], standardInput: Bool = true) {
        self.pins = pins
        self.standardInput = standardInput
    }

    func chain(for path: String) -> FileChain {
        FileChain(pinning: pins[path] ?? [])
    }
}
