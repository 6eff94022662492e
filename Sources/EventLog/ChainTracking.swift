/// Asks a reader (`EventSources`) to take each file's integrity chain as it reads it, for
/// `verify`, for the anchors reports print and for the dashboard's status line. `pins`: per file
/// (by the path as shown), lines whose running hash to record, for the anchors to be checked
/// against. `standardInput`: whether a `-` source's chain is taken too (the dashboard leaves it
/// out: a pipe has no file to seal). `deferred`: files read before `EventSources.hashInBackground`
/// are not hashed as they are read but afterwards, on another thread (the dashboard's catch-up:
/// its first frame does not wait for SHA-256 over the whole history).
public struct ChainTracking: Sendable {
    public var pins: [String: [Int]]
    public var standardInput: Bool
    let deferral: Deferral?

    public init(pins: [String: [Int]] = [:], standardInput: Bool = true, deferred: Bool = false) {
        self.pins = pins
        self.standardInput = standardInput
        deferral = deferred ? Deferral() : nil
    }

    func keeper(for path: String) -> ChainKeeper {
        ChainKeeper(chain(for: path), deferral: deferral)
    }

    func chain(for path: String) -> FileChain {
        FileChain(pinning: pins[path] ?? [])
    }

    /// Whether reading is still in the deferred part: shared by every file of one reader, and
    /// switched off (on the reader's own thread, after the catch-up) by `hashInBackground`.
    final class Deferral: @unchecked Sendable {
        var active = true
    }
}
