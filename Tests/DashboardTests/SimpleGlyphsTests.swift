@testable import Dashboard
import Testing

/// The one-column glyphs drawn without grapheme breaking are written out as bits (so the first
/// frame does not work them out); they must be exactly what the general rules say, scalar by
/// scalar, or a text could be drawn a column wrong.
@Suite struct SimpleGlyphsTests {
    @Test func theBitsAreTheRules() {
        #expect(SimpleGlyphs.bits.count == Int(SimpleGlyphs.limit + 63) / 64)
        let differing = (0..<SimpleGlyphs.limit).filter { value in
            SimpleGlyphs.contains(Unicode.Scalar(value)!) != SimpleGlyphs.rule(value)
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
        // Past the limit none is taken as simple, whatever the bits' last word holds.
        #expect(!SimpleGlyphs.contains(Unicode.Scalar(SimpleGlyphs.limit)!))
    }
}
