import Foundation
import Testing
@testable import Chronicle

/// Round 158: year-first dates with dots or slashes and a time ("2023.03.03", "2026/12/01 09:15"); a page's or an
/// issue's number before a dash and a month-year ("1 — March 2023": the month only); a zone written "GMT+1" or in
/// brackets ("[IST]"); numbers with slashes that read a day in either order ("01/12/2026": month first, warned); dates
/// counted past TIMEX3's four-digit years left unresolved with a reason. Each header is followed by round 73's body
/// (``DatelineRound73Tests/body``) and checked with round 73's checks.
@Suite("DatelineRound158")
struct DatelineRound158Tests {
    typealias Round73 = DatelineRound73Tests
    typealias Dated = DatelineRound73Tests.Dated
    /// A header, its date and its warnings' kinds (a month only: a month's precision).
    typealias Header = DatelineRound119Tests.Warned

    /// Year-first dates with dots or slashes, alone or before a time; zones as "GMT+1", "UTC+5:30", "[IST]".
    static let dated: [Dated] = [
        Dated(header: "2023.03.03", date: (2023, 3, 3)),
        Dated(header: "Posted 2023.03.03", date: (2023, 3, 3)),
        Dated(header: "2023.03.03 14:05", date: (2023, 3, 3)),
        Dated(header: "2023.03.03 14:05 GMT", date: (2023, 3, 3), zone: "Europe/London"),
        Dated(header: "Updated: 2019.11.28 08:00", date: (2019, 11, 28)),
        Dated(header: "2026/12/01 09:15", date: (2026, 12, 1)),
        Dated(header: "2026/12/01 09:15 GMT+1", date: (2026, 12, 1), zone: "GMT+01:00"),
        Dated(header: "Published: 2021/06/30 18:45 EDT", date: (2021, 6, 30), zone: "America/New_York"),
        Dated(header: "Published: 1 December 2026, 09:15 GMT+1", date: (2026, 12, 1), zone: "GMT+01:00"),
        Dated(header: "1 December 2026, 09:15 GMT-5", date: (2026, 12, 1), zone: "GMT-05:00"),
        Dated(header: "Dec 1, 2026 9:15 AM UTC+5:30", date: (2026, 12, 1), zone: "GMT+05:30"),
        Dated(header: "March 7, 2023 10:15 UTC+0", date: (2023, 3, 7)),
        Dated(header: "Last Updated: Tuesday, 01 December 2026, 09:15 [IST]", date: (2026, 12, 1), zone: "Asia/Kolkata"),
        Dated(header: "Updated: 14 July 2024 10:15 (EST)", date: (2024, 7, 14), zone: "America/New_York"),
        // A number and a dash before a full date: the date, a day.
        Dated(header: "No. 3 – March 7, 2023", date: (2023, 3, 7)),
        Dated(header: "1 — March 7, 2023 09:15 GMT", date: (2023, 3, 7), zone: "Europe/London"),
    ]

    @Test(arguments: dated) func yearFirstDatesAndWrittenOffsets(_ item: Dated) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.warnings.isEmpty)
        #expect(article.dateline.precision == .day)
    }

    /// A page's or an issue's number, a dash between spaces, then a month-year: the month only.
    static let numbered: [Header] = [
        Header(header: "1 — March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "1 – March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "1 - March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Page 1 — March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Page 1 - September 2021", date: (2021, 9, 1), kinds: [.monthOnly]),
        Header(header: "Issue 12 — March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Vol. 4 – Jan 2024", date: (2024, 1, 1), kinds: [.monthOnly]),
    ]

    @Test(arguments: numbered) func numberBeforeADashIsNoDay(_ item: Header) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
        #expect(article.dateline.precision == .month)
    }

    /// Numbers with slashes: month first (US copy), a warning when the other order is a day too; none when the numbers
    /// are equal or one is above 12; dots are day first and not warned.
    static let orders: [Header] = [
        Header(header: "01/12/2026", date: (2026, 1, 12), kinds: [.ambiguousOrder]),
        Header(header: "1/12/2026", date: (2026, 1, 12), kinds: [.ambiguousOrder]),
        Header(header: "12/01/2026", date: (2026, 12, 1), kinds: [.ambiguousOrder]),
        Header(header: "Published 05/06/2026", date: (2026, 5, 6), kinds: [.ambiguousOrder]),
        Header(header: "03/07/2023 14:05 GMT", date: (2023, 3, 7), kinds: [.ambiguousOrder]),
    ]

    @Test(arguments: orders) func slashedNumbersSayTheOrderRead(_ item: Header) throws {
        let article = try Article(text: item.header + "\n\n" + Round73.body)
        let (year, month, day) = item.date
        #expect(article.dateline.date == CalendarDate(year: year, month: month, day: day))
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
        #expect(article.dateline.precision == .day)
        let message = try #require(article.dateline.warnings.first?.message)
        let other = CalendarDate(year: year, month: day, day: month)
        #expect(message.contains("\(article.dateline.date)") && message.contains("\(other)"), "\(message)")
    }

    /// Near-misses of the ambiguous order: no warning.
    @Test func unambiguousNumbersAreNotWarned() throws {
        for header in ["3/3/2023", "13/01/2023", "12/25/2026", "01.12.2026", "2026/12/01", "Law 3/2023 | March 7, 2023"] {
            let article = try Article(text: header + "\n\n" + Round73.body)
            #expect(!article.dateline.warnings.contains { $0.kind == .ambiguousOrder }, "\(header)")
        }
        #expect(try Dateline(parsing: "01/12/2026").warnings.map(\.kind) == [.ambiguousOrder])
        #expect(try Dateline(parsing: "2026-01-12").warnings.isEmpty)
    }

    /// No dateline: versions, addresses, prices, scores, laws, a sentence with a dash, impossible or far dotted days.
    static let notDatelines = ["iOS 16.3.1", "10.0.0.1", "v2023.03.03", "Version 2023.03.03-beta", "Price 2023.50", "2023.03.03.1",
                               "2023.02.30", "2023.13.01", "1899.03.03", "2026/12/01 shares", "Score 3-2", "Law 3/2023",
                               "The team won 1-0.", "Shares fell 3 — March 2023 figures show", "Chapter one - March 2023",
                               "1 December 2026, 09:15 GMT+15"]

    @Test(arguments: notDatelines) func noDateline(_ header: String) {
        #expect((try? Article(text: header + "\n\n" + Round73.body)) == nil)
    }

    /// A date counted past TIMEX3's four-digit years, near either end: unresolved, with the reason, in no event.
    struct Far: CustomTestStringConvertible, Sendable {
        var dateline: (Int, Int, Int)
        var sentence: String
        var expression: String
        var value: String?
        var testDescription: String { "\(dateline): \(expression)" }
    }

    static let far: [Far] = [
        Far(dateline: (9999, 12, 31), sentence: "Prices will rise next year.", expression: "next year", value: nil),
        Far(dateline: (9999, 12, 31), sentence: "The vote is tomorrow.", expression: "tomorrow", value: nil),
        Far(dateline: (9999, 12, 31), sentence: "The plan will be reviewed in two centuries.", expression: "two centuries", value: nil),
        Far(dateline: (9999, 12, 31), sentence: "The vault opens 10,000 years from now.", expression: "10,000 years from now", value: nil),
        Far(dateline: (9999, 12, 31), sentence: "It will shape the next millennium.", expression: "the next millennium", value: nil),
        Far(dateline: (9999, 12, 31), sentence: "The board meets next month.", expression: "next month", value: nil),
        Far(dateline: (2013, 3, 22), sentence: "The vault opens 10,000 years from now.", expression: "10,000 years from now", value: nil),
        Far(dateline: (1, 1, 1), sentence: "Humans lived here 10,000 years ago.", expression: "10,000 years ago", value: nil),
        Far(dateline: (2013, 3, 22), sentence: "Humans arrived 100,000 years ago.", expression: "100,000 years ago", value: nil),
        // Within the four digits: resolved as before.
        Far(dateline: (9999, 12, 31), sentence: "Prices rose last year.", expression: "last year", value: "9998"),
        Far(dateline: (9999, 12, 31), sentence: "The vote was yesterday.", expression: "yesterday", value: "9999-12-30"),
        Far(dateline: (9999, 12, 31), sentence: "The vote is this week.", expression: "this week", value: "9999-W52"),
        Far(dateline: (1, 1, 1), sentence: "Prices will rise next year.", expression: "next year", value: "0002"),
        Far(dateline: (2013, 3, 22), sentence: "Humans lived here 10,000 years ago.", expression: "10,000 years ago", value: "BC7988"),
    ]

    @Test(arguments: far) func beyondFourDigitYearsIsUnresolved(_ item: Far) throws {
        let (year, month, day) = item.dateline
        let article = Article(text: item.sentence + "\n", dateline: Dateline(date: CalendarDate(year: year, month: month, day: day)))
        let timeline = try TimelineExtractor().timeline(for: article)
        let expression = try #require(timeline.expressions.first { $0.text == item.expression }, "no \(item.expression)")
        #expect(expression.value == item.value)
        if item.value == nil {
            #expect(expression.unresolvedReason?.contains("four digits") == true, "\(expression.unresolvedReason ?? "no reason")")
            #expect(!timeline.events.contains { $0.expression.text == item.expression })
            #expect(timeline.json().contains("four digits"))
            #expect(timeline.markdown().contains("unresolved: the date falls in"))
        }
    }
}
