import Testing
@testable import Chronicle

/// Bad input fails with a `ChronicleError` code, never a crash; bad dates inside the text stay
/// unresolved expressions. Then the dateline-header forms `DatelineDetector` reads.
@Suite("InputError")
struct InputErrorTests {
    static let dateline = Dateline(date: CalendarDate(year: 2023, month: 2, day: 28), timeZone: "UTC")

    /// The code of the `ChronicleError` the body throws; `nil` when it throws nothing (or something else).
    private func code(_ body: () throws -> Void) -> ChronicleError.Code? {
        do {
            try body()
            return nil
        } catch {
            return (error as? ChronicleError)?.code
        }
    }

    @Test func emptyText() {
        #expect(code { _ = try Article(text: "") } == .emptyText)
        #expect(code { _ = try Article(utf8: Array("".utf8), dateline: Self.dateline) } == .emptyText)
    }

    @Test func whitespaceOnly() {
        #expect(code { _ = try Article(text: "   \n\t  \r\n ") } == .emptyText)
        #expect(code { _ = try Article(utf8: Array(" \n \u{A0}\n".utf8), dateline: Self.dateline) } == .emptyText)
    }

    @Test func invalidUTF8() {
        let bytes: [UInt8] = Array("date 2023-02-28\nPrices rose ".utf8) + [0xC3, 0x28, 0xFF] + Array(" on Friday.".utf8)
        #expect(code { _ = try Article(utf8: bytes) } == .invalidUTF8)
        #expect(code { _ = try Article(utf8: bytes, dateline: Self.dateline) } == .invalidUTF8)
        // A truncated multi-byte sequence at the very end.
        #expect(code { _ = try Article(utf8: Array("Friday".utf8) + [0xE2, 0x80], dateline: Self.dateline) } == .invalidUTF8)
    }

    @Test func binaryBytes() {
        #expect(code { _ = try Article(text: "date 2023-02-28\nPrices\u{0}rose on Friday.") } == .binaryData)
        let binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00]
        #expect(code { _ = try Article(utf8: binary, dateline: Self.dateline) } == .binaryData)
        let controls = String(repeating: "\u{1}\u{2}\u{3}ab", count: 20)
        #expect(code { _ = try Article(utf8: Array(controls.utf8), dateline: Self.dateline) } == .binaryData)
    }

    /// The message of the `ChronicleError` the body throws, if any.
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? ChronicleError)?.message
        }
    }

    static let wire = "WASHINGTON, March 22, 2013 (AP) — President Barack Obama will travel to Jordan on Friday.\n"
        + "He met Israeli leaders last week, the White House said on Thursday.\n"

    /// Round 57: UTF-16 (what Windows editors save as "Unicode"), with its byte-order mark or without, is named as such
    /// with the command that converts it, not reported as a bad byte at offset 0 or as binary data.
    @Test(arguments: [([UInt8]([0xFF, 0xFE]) + Self.utf16(Self.wire, littleEndian: true), "UTF-16 text", "-f UTF-16 "),
                      ([UInt8]([0xFE, 0xFF]) + Self.utf16(Self.wire, littleEndian: false), "UTF-16 text", "-f UTF-16 "),
                      (Self.utf16(Self.wire, littleEndian: true), "UTF-16LE text", "-f UTF-16LE "),
                      (Self.utf16(Self.wire, littleEndian: false), "UTF-16BE text", "-f UTF-16BE ")])
    func utf16IsNamed(_ bytes: [UInt8], _ named: String, _ conversion: String) {
        for dateline in [nil, Self.dateline] {
            let said = message { _ = try Article(utf8: bytes, dateline: dateline) }
            #expect(code { _ = try Article(utf8: bytes, dateline: dateline) } == .invalidUTF8)
            #expect(said?.contains("the input is \(named), not UTF-8") == true, "\(said ?? "no error")")
            #expect(said?.contains("iconv \(conversion)-t UTF-8") == true)
        }
    }

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    /// Round 57: Latin-1 or Windows-1252 bytes: the message names the bad byte, its offset and line, and how to convert.
    @Test(arguments: [("Le président a parlé vendredi.\n", "0xE9 at offset 5, line 1"),
                      ("Talks began on Friday.\nThe café closed on Monday.", "0xE9 at offset 30, line 2"),
                      ("Prices rose \u{93}a\u{94} on Friday.", "0x93 at offset 12, line 1")])
    func latin1NamesTheByte(_ text: String, _ place: String) {
        let bytes = text.unicodeScalars.map { UInt8($0.value) }  // the text's Latin-1 (Windows-1252) bytes
        let said = message { _ = try Article(utf8: bytes, dateline: Self.dateline) }
        #expect(said?.contains("first bad byte \(place)") == true, "\(said ?? "no error")")
        #expect(said?.contains("iconv -f WINDOWS-1252 -t UTF-8") == true)
    }

    /// Round 57: a UTF-8 byte-order mark before the header (a file saved by a Windows editor) hid the header: the
    /// article had no dateline, or, with one given, its dateline line became an event. It is passed over; offsets
    /// still count it.
    @Test(arguments: [Self.wire, "March 22, 2013\nThey met on Friday.", "Obama to visit Jordan\nMarch 22, 2013\nBy Jane Doe\n\nThey met on Friday."])
    func byteOrderMarkBeforeTheHeader(_ text: String) throws {
        let plain = try Article(text: text)
        let marked = try Article(utf8: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(marked.text.unicodeScalars.first == "\u{FEFF}")
        #expect(marked.dateline == plain.dateline)
        #expect(marked.bodyStart == plain.bodyStart + 1)
        #expect(marked.headline == plain.headline.map { ($0.lowerBound + 1) ..< ($0.upperBound + 1) })
        let given = Article(text: "\u{FEFF}" + text, dateline: Self.dateline)
        #expect(given.bodyStart == plain.bodyStart + 1)
        let expressions = try TimelineExtractor().timeline(for: marked).expressions
        let expected = try TimelineExtractor().timeline(for: plain).expressions
        #expect(expressions.map(\.text) == expected.map(\.text))
        #expect(expressions.map(\.start) == expected.map { $0.start + 1 })
    }

    /// Round 57: old Mac text ends its lines with a carriage return alone: its header was one line, so a date line was
    /// never found, and its blank lines ended no sentence. It reads as the same text with line feeds does (a carriage
    /// return and a line feed are one scalar each, so offsets are the same).
    @Test(arguments: ["Obama to visit Jordan\nMarch 22, 2013\nBy Jane Doe\n\nPresident Barack Obama will travel to Jordan on Friday.\n",
                      "Obama to visit Jordan next week\n\nMarch 22, 2013\n\nObama will travel to Jordan on Friday\n\nthe White House said on Thursday.\n",
                      "Fri Mar 22, 2013 9:05am EDT\nBy Jane Doe\nLONDON, March 22 (Reuters) - Retail sales rose in February, data showed on Friday.",
                      "date 2023-02-28\n\nhong kong\n\nCNN\n\n—\n\nChina is preparing to welcome Lukashenko on Tuesday."])
    func carriageReturnLineBreaks(_ text: String) throws {
        let lines = try Article(text: text)
        let returns = try Article(text: text.replacingOccurrences(of: "\n", with: "\r"))
        #expect(returns.dateline == lines.dateline)
        #expect(returns.bodyStart == lines.bodyStart)
        #expect(returns.headline == lines.headline)
        let expected = try TimelineExtractor().timeline(for: lines)
        let read = try TimelineExtractor().timeline(for: returns)
        #expect(read.json() == expected.json())
    }

    @Test func missingDateline() {
        #expect(code { _ = try Article(text: "Officials met on Friday in Minsk.\nThey talked for hours.") } == .missingDateline)
        #expect(code { _ = try Article(utf8: Array("No date in this header.\nNone here either.".utf8)) } == .missingDateline)
        // A wire lede whose date has no year is no dateline.
        #expect(code { _ = try Article(text: "WASHINGTON, Aug. 11 (Xinhua) -- Officials met on Friday.") } == .missingDateline)
        // A sentence that starts with a date is no header.
        #expect(code { _ = try Article(text: "In 2023 the rules changed.\nOfficials met on Friday.") } == .missingDateline)
        #expect(code { _ = try Article(text: "Sept. 11, 2001 changed everything.\nOfficials met on Friday.") } == .missingDateline)
        #expect(code { _ = try Article(text: "Posted 2009-12-19T17:00:00 by the editors.\nOfficials met on Friday.") } == .missingDateline)
    }

    /// A wire lede whose date has no year asks for the year by the date it read (never guessed from the clock).
    @Test(arguments: [("LOS ANGELES, March 22 (Reuters) - The film opens Friday.", "March 22"),
                      ("WASHINGTON, Aug. 11 (Xinhua) -- Officials met on Friday.", "Aug. 11"),
                      ("Storm hits coast\nMIAMI, Sept. 3 (AP) — The storm weakened on Monday.", "Sept. 3")])
    func yearlessLedeNamesItsDate(_ text: String, _ written: String) {
        do {
            _ = try Article(text: text)
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.code == .missingDateline)
            #expect(error.message.contains("\"\(written)\" has no year"))
        }
    }

    /// With the dateline given, a wire lede without a year or a date is still the header: its place and source fill
    /// in the dateline's, and the body starts after its dash (it was an event of the timeline: "March 22 (Reuters) -
    /// The film opens Friday").
    @Test(arguments: [
        ("LOS ANGELES, March 22 (Reuters) - The film opens Friday.", "Los Angeles", "Reuters", "The film"),
        ("WASHINGTON, Aug. 11 (Xinhua) -- Officials met on Friday.", "Washington", "Xinhua", "Officials"),
        ("HONG KONG (CNN) — Protesters marched on Sunday.", "Hong Kong", "CNN", "Protesters"),
        ("Rescue under way\nMANILA, Philippines, March 22 (AP) — Rescuers searched on Friday.", "Manila, Philippines", "AP",
         "Rescuers"),
    ])
    func undatedLedeWithAGivenDateline(_ text: String, _ place: String, _ source: String, _ body: String) {
        let article = Article(text: text, dateline: Self.dateline)
        #expect(article.dateline.date == Self.dateline.date)
        #expect(article.dateline.place == place)
        #expect(article.dateline.source == source)
        #expect(String(String.UnicodeScalarView(article.text.unicodeScalars.dropFirst(article.bodyStart))).hasPrefix(body))
    }

    /// Not a lede: a sentence in capitals with a bracket, or a place followed by other words than a month and a day.
    @Test(arguments: ["NATO (the alliance) - said on Friday it would meet.", "LONDON, the capital (Reuters) - Shares fell on Friday."])
    func noLede(_ text: String) {
        #expect(Article(text: text, dateline: Self.dateline).bodyStart == 0)
    }

    // "Aug. 11" is a day without its year (not August 2011).
    @Test(arguments: ["Feb 30, 2023", "February 30, 2023", "2023-02-30", "2023-13-01", "not a date", "", "Aug. 11", "August 11"])
    func invalidDateline(_ text: String) {
        #expect(code { _ = try Dateline(parsing: text) } == .invalidDateline)
    }

    /// Round 57: HTML pasted from a page hides its header in tags; the error says it looks like HTML (it said only that
    /// no dateline was found).
    @Test(arguments: ["<p>WASHINGTON, March 22, 2013 (AP) &mdash; Obama will travel to Jordan&nbsp;on Friday.</p>",
                      "  <!DOCTYPE html>\n<html><body><h1>Obama to visit Jordan</h1>\n<p>March 22, 2013</p></body></html>",
                      "<div class=\"story\">\nThe White House&#8217;s spokesman said on Thursday.\n</div>"])
    func htmlIsNamed(_ text: String) {
        #expect(code { _ = try Article(text: text) } == .missingDateline)
        #expect(message { _ = try Article(text: text) }?.contains("looks like HTML (Chronicle reads plain text: convert the page first)") == true)
    }

    /// Round 57: a date with a time, as feeds and headers write it, is a dateline (its date as written).
    @Test(arguments: [("2013-03-22T10:00:00Z", CalendarDate(year: 2013, month: 3, day: 22)),
                      ("2013-03-22T23:30:00-05:00", CalendarDate(year: 2013, month: 3, day: 22)),
                      ("Wed, 02 Jan 2013 23:50:00 -0500", CalendarDate(year: 2013, month: 1, day: 2)),
                      ("March 3, 2023 at 5:31 p.m. EST", CalendarDate(year: 2023, month: 3, day: 3)),
                      ("Fri 3 Mar 2023 12.00 GMT", CalendarDate(year: 2023, month: 3, day: 3))])
    func datelineWithATime(_ text: String, _ date: CalendarDate) throws {
        #expect(try Dateline(parsing: text).date == date)
        #expect(try Dateline(parsing: text, timeZone: "Asia/Hong_Kong").timeZone == "Asia/Hong_Kong")
    }

    /// Round 57: a real date in a year a dateline cannot have says so ("'0001-01-01' is not a valid date" was wrong).
    @Test(arguments: [("0001-01-01", 1), ("0999-12-31", 999), ("10000-01-01", 10000), ("Jan. 1, 0200", 200)])
    func datelineYearOutOfRange(_ text: String, _ year: Int) {
        #expect(code { _ = try Dateline(parsing: text) } == .invalidDateline)
        #expect(message { _ = try Dateline(parsing: text) } == "'\(text)' is in the year \(year); a dateline's year is from 1000 to 9999")
    }

    @Test func unknownTimeZone() {
        #expect(code { _ = try Dateline(parsing: "Feb. 28, 2023", timeZone: "Mars/Olympus_Mons") } == .invalidTimeZone)
        #expect(code { _ = try Dateline(parsing: "2023-02-28", timeZone: "Asia/Hong_Kong") } == nil)
    }

    @Test func impossibleDayInTextStaysUnresolved() throws {
        let article = Article(text: "The decree was dated Feb 30, 2023, officials said.", dateline: Self.dateline)
        let timeline = try TimelineExtractor().timeline(for: article)
        let found = try #require(timeline.expressions.first { $0.text.hasPrefix("Feb 30") })
        #expect(found.text == "Feb 30, 2023")
        #expect(found.value == nil)
        #expect(found.interval == nil)
        #expect(found.unresolvedReason != nil)
        #expect(!timeline.events.contains { $0.expression.text == found.text })
    }

    @Test func impossibleDayWithoutYearStaysUnresolved() throws {
        let article = Article(text: "Officials said the vote was on April 31.", dateline: Self.dateline)
        let timeline = try TimelineExtractor().timeline(for: article)
        let found = try #require(timeline.expressions.first { $0.text == "April 31" })
        #expect(found.value == nil)
        #expect(found.unresolvedReason != nil)
    }

    // MARK: Dateline headers

    struct HeaderCase: Sendable, CustomTestStringConvertible {
        let text: String
        let date: CalendarDate
        let place: String?
        let source: String?
        let timeZone: String
        /// The first word of the body; the header's own date must not be an expression.
        let bodyStartsWith: String
        var testDescription: String { text.split(separator: "\n").first.map(String.init) ?? text }

        init(_ text: String, _ date: CalendarDate, place: String? = nil, source: String? = nil, timeZone: String = "UTC", body: String) {
            self.text = text
            self.date = date
            self.place = place
            self.source = source
            self.timeZone = timeZone
            self.bodyStartsWith = body
        }
    }

    static let feb28 = CalendarDate(year: 2023, month: 2, day: 28)

    static let headers: [HeaderCase] = [
        HeaderCase(" date 2023-02-28 \n\nhong kong\n\nCNN\n\n—\n\nChina is preparing to welcome Lukashenko on Tuesday.",
                   feb28, place: "Hong Kong", source: "CNN", body: "China"),
        HeaderCase("date: 2022-09-16\nMinsk\nReuters\n---\nThe talks ended on Friday.",
                   CalendarDate(year: 2022, month: 9, day: 16), place: "Minsk", source: "Reuters", body: "The"),
        HeaderCase("2023-02-28\n\nThe ministry said on Sunday that the visit was confirmed.", feb28, body: "The"),
        HeaderCase("Feb. 28, 2023\nThe ministry said on Sunday that the visit was confirmed.", feb28, body: "The"),
        HeaderCase("February 28, 2023\nThe ministry said on Sunday that the visit was confirmed.", feb28, body: "The"),
        HeaderCase("Sept. 16, 2022\nThe strike ended on Friday.", CalendarDate(year: 2022, month: 9, day: 16), body: "The"),
        HeaderCase("Updated 5:31 AM EST, Tue February 28, 2023\nThe ministry said on Sunday that the visit was confirmed.",
                   feb28, timeZone: "America/New_York", body: "The"),
        HeaderCase("28 February 2023\nThe ministry said on Sunday that the visit was confirmed.", feb28, body: "The"),
        HeaderCase("Published: 2023-02-28\nThe ministry said on Sunday that the visit was confirmed.", feb28, body: "The"),
        HeaderCase("Feb. 28, 2023\nHONG KONG (CNN) — China is preparing to welcome Lukashenko on Tuesday.",
                   feb28, place: "Hong Kong", source: "CNN", body: "HONG"),
        HeaderCase("By Jane Doe | Reuters | Feb 28, 2023\nThe ministry said on Sunday that the visit was confirmed.",
                   feb28, source: "Reuters", body: "The"),
        // A date before a time.
        HeaderCase("Fri 3 Mar 2023 12.00 GMT\nThe union said on Friday it would strike.",
                   CalendarDate(year: 2023, month: 3, day: 3), timeZone: "Europe/London", body: "The union"),
        HeaderCase("March 3, 2023 at 5:31 p.m. EST\nThe union said on Friday it would strike.",
                   CalendarDate(year: 2023, month: 3, day: 3), timeZone: "America/New_York", body: "The union"),
        HeaderCase("2023-03-03T12:00:00Z\nThe union said on Friday it would strike.",
                   CalendarDate(year: 2023, month: 3, day: 3), body: "The union"),
        HeaderCase("1999-04-19 23:14\nThe union said on Friday it would strike.",
                   CalendarDate(year: 1999, month: 4, day: 19), body: "The union"),
        // A wire lede with the date: the body starts after its dash.
        HeaderCase("LONDON, March 3, 2023 (Reuters) - The union said on Friday it would strike.",
                   CalendarDate(year: 2023, month: 3, day: 3), place: "London", source: "Reuters", body: "The union"),
        HeaderCase("Rail strike called\n  BEIJING, Jan. 5, 2023 (Xinhua) -- China said on Thursday that talks would resume.",
                   CalendarDate(year: 2023, month: 1, day: 5), place: "Beijing", source: "Xinhua", body: "China said"),
        // AP's place with its region or country, in a dated lede and in a lede under a date line.
        HeaderCase("MANILA, Philippines, March 22, 2013 (AP) — A typhoon hit on Friday.",
                   CalendarDate(year: 2013, month: 3, day: 22), place: "Manila, Philippines", source: "AP", body: "A typhoon"),
        HeaderCase("AMHERST, N.Y., Oct. 24, 1998 (AP) - A doctor was shot on Friday.",
                   CalendarDate(year: 1998, month: 10, day: 24), place: "Amherst, N.Y.", source: "AP", body: "A doctor"),
        HeaderCase("March 22, 2013\nSPRINGFIELD, Ill. (AP) — Lawmakers voted on Thursday.",
                   CalendarDate(year: 2013, month: 3, day: 22), place: "Springfield, Ill.", source: "AP", body: "SPRINGFIELD"),
        // Reuters' joint datelines name two places.
        HeaderCase("LONDON/NEW YORK, April 19, 2013 (Reuters) - World stocks rebounded on Friday.",
                   CalendarDate(year: 2013, month: 4, day: 19), place: "London/New York", source: "Reuters", body: "World stocks"),
        HeaderCase("WASHINGTON/BEIJING, May 3, 2013 (Reuters) - Officials met on Friday.",
                   CalendarDate(year: 2013, month: 5, day: 3), place: "Washington/Beijing", source: "Reuters", body: "Officials"),
    ]

    @Test(arguments: headers)
    func datelineHeader(_ item: HeaderCase) throws {
        let article = try Article(text: item.text)
        #expect(article.dateline.date == item.date)
        #expect(article.dateline.place == item.place)
        #expect(article.dateline.source == item.source)
        #expect(article.dateline.timeZone == item.timeZone)
        let body = String(String.UnicodeScalarView(Array(item.text.unicodeScalars)[article.bodyStart...]))
        #expect(body.trimmingCharacters(in: " \n\r\t").hasPrefix(item.bodyStartsWith), "body: \(body.prefix(30))")
        // Same result from bytes.
        let fromBytes = try Article(utf8: Array(item.text.utf8))
        #expect(fromBytes.dateline == article.dateline)
        // The header's own date is not an expression of the body.
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(timeline.expressions.allSatisfy { $0.start >= article.bodyStart })
        #expect(timeline.dateline.date == item.date)
    }

    /// Round 36: bylines, a second date line ("Updated: …") and a slugged Reuters headline between the date line and the
    /// wire lede are passed over: the lede gives the place and source, and none of those lines is read as the body (a
    /// slugged headline is the article's headline).
    static let passedHeaders: [(text: String, place: String, source: String?, body: String, headline: String?)] = [
        ("Fri Mar 22, 2013 9:05am EDT\nBy Jane Doe\nLONDON, March 22 (Reuters) - Retail sales rose in February, data showed on Friday.",
         "London", "Reuters", "Retail sales", nil),
        ("By Jane Doe | Reuters | March 22, 2013\nUPDATE 1-Euro zone ministers to meet on Sunday\nBRUSSELS (Reuters) - Ministers will meet on Sunday.",
         "Brussels", "Reuters", "BRUSSELS", "Euro zone ministers to meet on Sunday"),
        ("By MICHAEL D. SHEAR\nPublished: March 22, 2013\nUpdated: March 23, 2013\nJERUSALEM — President Obama left Israel on Friday.",
         "Jerusalem", nil, "President Obama", nil),
        ("March 22, 2013\nBy JULIE PACE, Associated Press\nAMMAN, Jordan, March 22, 2013 (AP) — Obama arrived in Jordan on Friday.",
         "Amman, Jordan", "AP", "Obama arrived", nil),
        ("22 March 2013\nBy Jane Doe\nBy John Roe\nNEW DELHI, March 22 (PTI) -- The court ruled on Friday.",
         "New Delhi", "PTI", "The court", nil),
    ]

    @Test(arguments: passedHeaders)
    func headerLinesBeforeTheLede(_ item: (text: String, place: String, source: String?, body: String, headline: String?)) throws {
        try Self.checkHeader(item.text, place: item.place, source: item.source, body: item.body, headline: item.headline)
    }

    /// Reads `text`'s header and checks its place, source, where the body starts (its first words, past blank lines) and
    /// the headline, and that no expression lies in the header but for the headline's; the article, for more checks.
    @discardableResult
    static func checkHeader(_ text: String, place: String?, source: String?, body expected: String, headline: String?) throws -> Article {
        let article = try Article(text: text)
        #expect(article.dateline.place == place)
        #expect(article.dateline.source == source)
        let scalars = Array(text.unicodeScalars)
        let body = String(String.UnicodeScalarView(scalars[article.bodyStart...]))
        #expect(body.trimmingCharacters(in: " \n").hasPrefix(expected), "body: \(body.prefix(30))")
        #expect(article.headline.map { String(String.UnicodeScalarView(scalars[$0])) } == headline)
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(timeline.expressions.allSatisfy { $0.start >= article.bodyStart || article.headline?.contains($0.start) == true })
        return article
    }

    @Test func explicitDatelineStillSkipsHeaderAndKeepsPlace() throws {
        let text = " date 2023-02-28 \n\nhong kong\n\nCNN\n\n—\n\nOfficials met on Friday."
        let article = Article(text: text, dateline: Dateline(date: CalendarDate(year: 2023, month: 3, day: 3), timeZone: "UTC"))
        #expect(article.dateline.date == CalendarDate(year: 2023, month: 3, day: 3))
        #expect(article.dateline.place == "Hong Kong")
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(timeline.expressions.map(\.text) == ["Friday"])
        #expect(timeline.expressions.first?.value == "2023-03-03")
    }
}
