import Foundation
import Testing
@testable import Chronicle

/// Round 134: a month written in numbers as a header line (ISO's `2023-03`, the year-first `2023/03`) is a month-only
/// dateline; a month after other numbers on the header line (a clock time, a page) is one too; and the date after an
/// undated lede's dash, or in a placeless lede, is checked for warnings as a date line's. Each header is followed by
/// round 73's body (``DatelineRound73Tests/body``) and checked with round 73's checks.
@Suite("DatelineRound134")
struct DatelineRound134Tests {
    typealias Round73 = DatelineRound73Tests
    /// A header, its date and its warnings' kinds (a month only: a month's precision).
    typealias Header = DatelineRound119Tests.Warned

    static let headers: [Header] = [
        // A month in numbers, the line's whole (after a label): the month's first day, a month only.
        Header(header: "2023-03", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "2023/03", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Published: 2023-03", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Updated: 2021/11", date: (2021, 11, 1), kinds: [.monthOnly]),
        Header(header: "2024-01", date: (2024, 1, 1), kinds: [.monthOnly]),
        // A month after other numbers: a clock time's, a page's, an issue's are not the day.
        Header(header: "Updated 5:31 AM EST, March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Updated 10:15, September 2021", date: (2021, 9, 1), kinds: [.monthOnly]),
        Header(header: "Page 2 | March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Vol. 12, No. 3, March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        // The first of a month written: a day, no warning (near-misses: they were right before and stay so).
        Header(header: "March 1, 2023 5:31 AM", date: (2023, 3, 1), kinds: []),
        Header(header: "1 March 2023", date: (2023, 3, 1), kinds: []),
        Header(header: "2023-01-01", date: (2023, 1, 1), kinds: []),
        Header(header: "January 1, 2023", date: (2023, 1, 1), kinds: []),
        Header(header: "1 January 2023", date: (2023, 1, 1), kinds: []),
        Header(header: "20230101T1402Z", date: (2023, 1, 1), kinds: []),
        Header(header: "Wed Feb  1 14:02:11 UTC 2023", date: (2023, 2, 1), kinds: []),
    ]

    @Test(arguments: headers) func headerMonthsAndDays(_ item: Header) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.header.contains("EST") ? "America/New_York" : "UTC")
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
        #expect(article.dateline.precision == (item.kinds.contains(.monthOnly) ? .month : .day))
    }

    /// Numbers that are not a month's dateline: the month first (laws and issues are numbered so), a season or a fiscal
    /// year as two years, no month, a month without its zero, words after it.
    static let notMonths = ["03/2023", "3/2023", "2011-12", "2010/11", "2023-13", "2023-3", "2023-03 shares", "1899-03"]

    @Test(arguments: notMonths) func numbersThatAreNoDateline(_ header: String) {
        #expect((try? Article(text: header + "\n\n" + Round73.body)) == nil)
    }

    /// The date after an undated lede's dash and a placeless lede's date: checked as a date line's.
    static let ledes: [(lede: String, kinds: [DatelineWarning.Kind])] = [
        ("WASHINGTON (AP) — March 2023 — ", [.monthOnly]),
        ("WASHINGTON (AP) — Monday, March 8, 2023 — ", [.weekdayMismatch]),
        ("WASHINGTON (AP) — March 8, 2023 — ", []),
        ("March 2023 (AFP) - ", [.monthOnly]),
        ("Monday, March 8, 2023 (AFP) - ", [.weekdayMismatch]),
        ("March 8, 2023 (AFP) - ", []),
    ]

    @Test(arguments: ledes) func ledeDatesAreChecked(_ item: (lede: String, kinds: [DatelineWarning.Kind])) throws {
        let article = try Article(text: item.lede + "Officials met on Monday, 12 days after the vote.")
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
        #expect(article.dateline.precision == (item.kinds.contains(.monthOnly) ? .month : .day))
        #expect(article.bodyStart == item.lede.unicodeScalars.count)
    }

    /// Such a month resolves by the month: the day's values unresolved, the month's kept; a given `2023/03` is a month.
    @Test func resolvedByTheMonth() throws {
        for header in ["2023-03", "Updated 5:31 AM EST, March 2023", "WASHINGTON (AP) — March 2023 —"] {
            let article = try Article(text: header + "\n\nThe ministry said on Friday that prices rose. Inflation this month is high.\n")
            let timeline = try TimelineExtractor().timeline(for: article)
            #expect(timeline.expressions.map(\.value) == [nil, "2023-03"], "\(header)")
        }
        let given = try Dateline(parsing: "2023/03")
        #expect(given.precision == .month && given.date == CalendarDate(year: 2023, month: 3, day: 1))
    }
}
