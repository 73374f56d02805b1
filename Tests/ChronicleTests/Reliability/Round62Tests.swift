import Testing
@testable import Chronicle

/// Round 62: the Markdown renderer's escaping in one pass over the bytes (the same text as the character loop it
/// replaced), display locales checked against ICU, and days in the proleptic Gregorian calendar before 1582.
@Suite("Round 62: Markdown escaping")
struct Round62MarkdownEscapeTests {
    /// The character loop the byte pass replaced: the reference the output must equal, byte for byte.
    static func reference(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    @Test(arguments: [
        ("Beijing released a 12-point position paper", "Beijing released a 12-point position paper"),
        ("a*b_c", "a\\*b\\_c"),
        ("\\`*_[]<>#|", "\\\\\\`\\*\\_\\[\\]\\<\\>\\#\\|"),
        ("#1 seed [sic] <b>", "\\#1 seed \\[sic\\] \\<b\\>"),
        ("", ""),
        // Marks that share a character with the scalar next to them stay as they are, as Character equality reads them.
        ("press #\u{FE0F}\u{20E3} now", "press #\u{FE0F}\u{20E3} now"),
        ("x*\u{301}y", "x*\u{301}y"),
        // A mark next to a non-ASCII letter is a character of its own: escaped.
        ("café#1 “*quoted*”", "café\\#1 “\\*quoted\\*”"),
        // U+1FEF is canonically the grave accent: Character equality escapes it.
        ("Greek \u{1FEF} varia", "Greek \\\u{1FEF} varia"),
    ])
    func escapes(text: String, escaped: String) {
        #expect(escapeMarkdown(text) == escaped)
        #expect(Array(escapeMarkdown(text).utf8) == Array(Self.reference(text).utf8))
    }

    /// Strings built from marks, ASCII, accents, emoji parts and U+1FEF, in many orders: the same bytes as the loop.
    @Test func sameBytesAsTheCharacterLoop() {
        let pieces = ["a", " ", "*", "#", "_", "\\", "|", "é", "e\u{301}", "\u{301}", "\u{FE0F}", "\u{20E3}", "“", "\u{1FEF}",
                      "\u{0600}", "\r\n", "[", "]", "日本", "`"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            #expect(Array(escapeMarkdown(text).utf8) == Array(Self.reference(text).utf8), "\(text.debugDescription)")
        }
    }
}
