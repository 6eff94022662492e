import BorderOps

/// Mode 0: the input is an event file's bytes. Each line (split at `\n`, nothing else removed)
/// is decoded on both paths, and again with one `DecodingMemo` kept across the input's lines
/// (as a decoding thread keeps it across a file): every outcome must be the strict parser's,
/// to the byte.
enum DecoderChecks {
    static func run(_ input: UnsafeRawBufferPointer) {
        let memo = DecodingMemo()
        var start = 0
        while start <= input.count {
            let end = input[start...].firstIndex(of: 0x0A) ?? input.count
            check(UnsafeRawBufferPointer(rebasing: input[start..<end]), memo: memo)
            start = end + 1
        }
    }

    static func check(_ slice: UnsafeRawBufferPointer, memo: DecodingMemo) {
        // Each line in an allocation of exactly its size, so a read past its end (or before
        // its start) is caught here as it would not be in the middle of a read buffer.
        let line = UnsafeMutableRawBufferPointer.allocate(byteCount: slice.count, alignment: 1)
        defer { line.deallocate() }
        line.copyMemory(from: slice)
        let bytes = UnsafeRawBufferPointer(line)

        let strict = LineDecoder.decode(bytes, path: .strictOnly)
        let outcomes = [
            ("automatic", LineDecoder.decode(bytes, path: .automatic)),
            // The memo holds the previous line's post and voyage, then this line's.
            ("automatic with memo", LineDecoder.decode(bytes, path: .automatic, memo: memo)),
            ("automatic with memo, same line again", LineDecoder.decode(bytes, path: .automatic, memo: memo)),
        ]
        let reference = exactText(strict)
        for (name, outcome) in outcomes {
            // `==` on Strings ignores Unicode normalisation; the reflected text does not.
            guard outcome == strict, exactText(outcome) == reference else {
                violation("decode paths disagree (\(name)):\n  strict: \(reference)\n  \(name): \(exactText(outcome))", bytes)
            }
        }
        if case .malformed(let reason) = strict, reason.isEmpty {
            violation("malformed line without a reason", bytes)
        }
    }

    /// The outcome with every string as its exact scalars (escaped, so safe to print).
    static func exactText(_ outcome: LineOutcome) -> String {
        escapedBytes(String(reflecting: outcome).utf8)
    }
}
