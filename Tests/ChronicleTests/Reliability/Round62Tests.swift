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

/// Locale identifiers for the Markdown timeline are checked against ICU's locale data, not silently replaced by its
/// root patterns.
@Suite("Round 62: display locales")
struct Round62DisplayLocaleTests {
    @Test(arguments: [
        ("en", "en"), ("fr_FR", "fr_FR"), ("de-DE", "de_DE"), ("EN_us", "en_US"), ("zh_Hant_TW", "zh_Hant_TW"),
        ("es_419", "es_419"), ("sr-Latn-RS", "sr_Latn_RS"), ("en-US-u-ca-japanese", "en_US@calendar=japanese"),
        ("ja_JP", "ja_JP"), ("pt_BR", "pt_BR"),
    ])
    func valid(identifier: String, canonical: String) throws {
        #expect(try DisplayLocale(identifier).identifier == canonical)
    }

    @Test(arguments: ["garbage", "xx_YY", "xx", "en_XX", "C", "POSIX", "", "123", "de_Qqqq", "klingon_KL", "root"])
    func invalid(identifier: String) {
        #expect(throws: ChronicleError.self) { try DisplayLocale(identifier) }
        do {
            _ = try DisplayLocale(identifier)
        } catch {
            #expect(error.code == .invalidLocale)
            #expect(error.message.contains("unknown locale '\(identifier)'"))
        }
    }

    @Test func markdownInACheckedLocale() throws {
        let timeline = try TestSupport.timeline("The talks ended on Friday.", dateline: "2023-02-28")
        let german = try DisplayLocale("de-DE")
        #expect(timeline.markdown(in: german) == timeline.markdown(locale: "de_DE"))
        #expect(timeline.markdown(in: german).hasPrefix("# Timeline: Di., 28. Feb. 2023"))
    }

    /// The tool: one line on standard error and a usage failure, for any format; a valid identifier still renders.
    @Test(arguments: [["garbage"], ["xx_YY"], ["xx_YY", "--format", "json"]])
    func toolRejectsUnknownLocale(arguments: [String]) throws {
        let (status, out, err) = try BatchCommandTests.run(["extract", "--dateline", "2023-02-28", "--locale"] + arguments + ["-"],
                                                           input: Array("The talks ended on Friday.".utf8))
        #expect(status == 64)
        #expect(out.isEmpty)
        #expect(err == "chronicle: --locale: unknown locale '\(arguments[0])'; expected a language ICU has data for, "
            + "optionally with a region, e.g. en_US, fr_FR or de-DE\n")
    }

    @Test func toolAcceptsBCP47Locale() throws {
        let (status, out, err) = try BatchCommandTests.run(["extract", "--dateline", "2023-02-28", "--locale", "fr-FR", "-"],
                                                           input: Array("The talks ended on Friday.".utf8))
        #expect(status == 0 && err.isEmpty)
        #expect(out.hasPrefix("# Timeline: mar. 28 févr. 2023"))
    }
}

/// Days before 1582-10-15 are proleptic Gregorian, as ISO 8601, TIMEX3 values and ``CalendarDate`` count them:
/// ICU's default calendar switched to Julian days there, so weekdays and day sums across the switch were off.
@Suite("Round 62: proleptic Gregorian days")
struct Round62ProlepticGregorianTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let dateline: String
        let narrative: Bool
        let expression: String
        let value: String?
        init(_ text: String, _ dateline: String, narrative: Bool = true, _ expression: String, _ value: String?) {
            self.text = text; self.dateline = dateline; self.narrative = narrative; self.expression = expression; self.value = value
        }
        var testDescription: String { "“\(expression)” in “\(text)” → \(value ?? "unresolved")" }
    }

    static let cases: [Case] = [
        // 1066-10-14 was a Sunday in the proleptic Gregorian calendar (a Saturday in the Julian one).
        Case("The battle was fought on October 14, 1066. The following Saturday, the survivors marched north.",
             "1066-10-10", "The following Saturday", "1066-10-20"),
        Case("The fleet sailed on October 1, 1582. It arrived 14 days later.", "1582-09-01", "14 days later", "1582-10-15"),
        Case("The charter was sealed on Monday.", "1066-10-14", narrative: false, "Monday", "1066-10-08"),
        // 1215-06-15 is a Monday in both calendars (they were 7 days apart): unchanged.
        Case("The charter was sealed on Monday.", "1215-06-19", narrative: false, "Monday", "1215-06-15"),
        // Day sums across October 1582: no ten-day jump.
        Case("The king died on October 4, 1582. He was buried the next day.", "1582-10-01", "the next day", "1582-10-05"),
        Case("Three days after October 2, 1582, the fleet sailed.", "1582-10-01", "Three days after October 2, 1582", "1582-10-05"),
        Case("The town fell on October 10, 1582.", "1582-10-01", "October 10, 1582", "1582-10-10"),
        // 1500 is not a Gregorian leap year (it was a Julian one).
        Case("The decree was signed on February 29, 1500.", "1500-01-01", "February 29, 1500", nil),
        Case("The decree was signed on February 29, 1600.", "1600-01-01", "February 29, 1600", "1600-02-29"),
        // After 1582 nothing changes.
        Case("The treaty was signed on October 14, 1866. Two days later, the troops withdrew.", "1866-10-10",
             "Two days later", "1866-10-16"),
    ]

    @Test(arguments: cases)
    func resolves(_ item: Case) throws {
        let timeline = try TestSupport.timeline(item.text, dateline: item.dateline, narrative: item.narrative)
        let found = try #require(timeline.expressions.first { $0.text == item.expression }, "\(timeline.expressions.map(\.text))")
        #expect(found.value == item.value)
    }

    @Test func datelineAndLabelsShowTheProlepticDay() throws {
        // A dateline inside the ten days the Julian switch skipped is a day of its own, not ten days later.
        #expect(try Dateline(parsing: "October 10, 1582").date == CalendarDate(year: 1582, month: 10, day: 10))
        let timeline = try TestSupport.timeline("The charter was sealed on Monday.", dateline: "1582-10-10")
        #expect(timeline.markdown(locale: "en_US").hasPrefix("# Timeline: Sun, Oct 10, 1582\n\n- **Mon, Oct 4, 1582**: "))
        let hastings = try TestSupport.timeline("The charter was sealed on Monday.", dateline: "1066-10-14")
        #expect(hastings.markdown(locale: "en_US").hasPrefix("# Timeline: Sun, Oct 14, 1066\n\n- **Mon, Oct 8, 1066**: "))
    }

    /// Calendars built on the Gregorian one (Buddhist, Japanese eras) show a day before 1582 by its Gregorian numbers,
    /// as they did: the eleventh century starts in BE 1543 and in the second year of Chōhō.
    @Test func erasBuiltOnTheGregorianCalendarKeepTheirLabels() throws {
        let timeline = try TestSupport.timeline("The temple was built in the 11th century.", dateline: "2013-03-22")
        #expect(timeline.markdown(locale: "th_TH").contains("- **1543–1642**: "))
        // ICU writes thin spaces around the en dash between the ends.
        #expect(timeline.markdown(locale: "en_US@calendar=japanese")
            .contains("- **2 Chōhō (999–1004)\u{2009}–\u{2009}1 Kōwa (1099–1104)**: "))
        #expect(timeline.markdown(locale: "en_US").contains("- **1000\u{2009}–\u{2009}1099**: "))
    }
}
