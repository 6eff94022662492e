import ArgumentParser
import Configuration

/// A number option as typed, read through its `NumberRange` by the command's `validate()` (kept
/// as text so that one too long even for Int64 is refused in the same words as one merely too big).
struct NumberArgument: ExpressibleByArgument, Sendable {
    var text: String

    init(argument: String) { text = argument }
    init(_ value: Int64) { text = String(value) }

    var defaultValueDescription: String { text }

    func value(in range: NumberRange, name: String) throws(NumberRange.Refusal) -> Int64 {
        try range.value(of: text, name: name)
    }
}
