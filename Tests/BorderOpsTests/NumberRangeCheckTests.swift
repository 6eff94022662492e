import Configuration
import Testing

/// A number setting read within its documented range, in process; every refusal reads alike.
@Suite struct NumberRangeCheckTests {
    func refusal(_ range: NumberRange, _ text: String) -> String? {
        do {
            _ = try range.value(of: text, name: "--x")
            return nil
        } catch {
            return error.message
        }
    }

    @Test func boundsAreAcceptedAndEverythingElseRefusedInOneLine() throws {
        #expect(try NumberRange.minutes.value(of: "525600", name: "--x") == 525_600)
        #expect(try NumberRange.minutesOrNone.value(of: "0", name: "--x") == 0)
        #expect(refusal(.minutes, "0") == "--x: 0 is out of range (1–525600 minutes)")
        #expect(refusal(.minutes, "99999999999999999999999") == "--x: 99999999999999999999999 is out of range (1–525600 minutes)")
        #expect(refusal(.minutes, "-5") == "--x: -5 is out of range (1–525600 minutes)")
        #expect(refusal(.posts, "three") == "--x: three is not a whole number (1–50 posts)")
        #expect(refusal(.posts, "") == "--x:  is not a whole number (1–50 posts)")
    }
}
