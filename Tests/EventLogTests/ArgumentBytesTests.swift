@testable import EventLog
import Testing

/// Arguments that are not UTF-8 are named, with the option they belong to, before parsing (the
/// words: `ArgumentWordsTests`).
@Suite struct ArgumentBytesTests {
    @Test func theFirstArgumentThatIsNotUTF8IsNamedWithItsOption() {
        let program = Array("borderdesk".utf8)
        #expect(ArgumentBytes.firstInvalidUTF8([program, Array("append".utf8)]) == nil)
        #expect(ArgumentBytes.firstInvalidUTF8([[0xFF], Array("ok".utf8)]) == nil)
        #expect(ArgumentBytes.firstInvalidUTF8([program, Array("--field".utf8), [0x61, 0xFF]])
                == .init(index: 2, option: "--field", isSeparateValue: true, byte: 0xFF, offset: 2))
        #expect(ArgumentBytes.firstInvalidUTF8([program, Array("--field=a".utf8) + [0xC3]])
                == .init(index: 1, option: "--field", isSeparateValue: false, byte: 0xC3, offset: 10))
        #expect(ArgumentBytes.firstInvalidUTF8([program, [0xFE], [0xFF]])
                == .init(index: 1, option: nil, isSeparateValue: false, byte: 0xFE, offset: 1))
    }
}
