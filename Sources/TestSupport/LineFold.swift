import BorderOps

/// Folds event lines given as text (one event each), numbered from `firstLine`, as a source
/// named "t": the set-up of most flow tests.
public func foldLines(_ lines: [String], into fold: EventFold = EventFold(), firstLine: Int = 1) -> EventFold {
    var fold = fold
    for (i, line) in lines.enumerated() { fold.ingest(LineDecoder.decode(line), origin: LineOrigin(source: "t", line: firstLine + i)) }
    return fold
}
