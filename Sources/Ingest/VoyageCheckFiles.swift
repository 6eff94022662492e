import BorderOps
import ExactKeys
import EventLog

/// Every `passenger.checked` of one voyage, read again from the event files for the voyage's
/// detail view: the state keeps only its latest 16 (`Voyage.recentCheckLimit`), so a log of a
/// million events costs no memory for this until an officer opens a voyage. One pass over each
/// file, 64 KiB at a time (`FileLines`); only lines holding the voyage's id in quotes (or any
/// `\` escape, which could spell it otherwise) are decoded.
public enum VoyageCheckFiles {
    /// The voyage's checks, oldest first, each id once (the first, as the fold keeps it).
    public static func checks(of voyage: String, in paths: [String]) throws(FileFailure) -> [PassengerCheck] {
        let quoted = Array("\"\(voyage)\"".utf8)
        var found: [PassengerCheck] = []
        var ids: Set<String> = []
        for path in paths {
            try FileLines.read(path) { line in
                guard ByteSearch.contains(line.bytes, quoted) || line.bytes.contains(UInt8(ascii: "\\")) else { return true }
                if case .event(let event) = LineDecoder.decode(line.bytes, length: line.length),
                   let check = PassengerCheck(event, of: voyage), ids.insert(check.id).inserted {
                    found.append(check)
                }
                return true
            }
        }
        // Stable: checks of one instant keep their reading order.
        return found.enumerated().sorted { ($0.element.at.instant, $0.offset) < ($1.element.at.instant, $1.offset) }.map(\.element)
    }
}
