import EventLog
import Testing

/// Arguments that are not UTF-8 are named, with the option they belong to, before parsing.
@Suite struct ArgumentBytesTests {
    @Test func theFirstArgumentThatIsNotUTF8IsNamedWithItsOption() {
        let program = Array("borderdesk".utf8)
        #expect(ArgumentBytes.firstInvalidUTF8([program, Array("append".utf8)]) == nil)
        #expect(ArgumentBytes.firstInvalidUTF8([[0xFF], Array("ok".utf8)]) == nil)
        #expect(ArgumentBytes.firstInvalidUTF8([program, Array("--field".utf8), [0x61, 0xFF]])
                == "argument 2 (the value of --field) is not UTF-8: invalid byte 0xFF at byte 2")
        #expect(ArgumentBytes.firstInvalidUTF8([program, Array("--field=a".utf8) + [0xC3]])
                == "argument 1 (--field) is not UTF-8: invalid byte 0xC3 at byte 10")
        #expect(ArgumentBytes.firstInvalidUTF8([program, [0xFE], [0xFF]]) == "argument 1 is not UTF-8: invalid byte 0xFE at byte 1")
    }
}
