import Foundation
import Testing
@testable import Chronicle

/// Round 147: a 1 before a month-year that is a page's, an issue's or a clock's number is not the day (the month only);
/// " · " and " • " split a header's fields as " | " does; French's "1er" is the first of the month; a field with a number
/// is not the header's source. Each header is followed by round 73's body (``DatelineRound73Tests/body``) and checked with
/// round 73's checks.
@Suite("DatelineRound147")
struct DatelineRound147Tests {
    typealias Round73 = DatelineRound73Tests
    /// A header, its date and its warnings' kinds (a month only: a month's precision).
    typealias Header = DatelineRound119Tests.Warned

    static let headers: [Header] = [
        // A number 1 before the month and a field separator or a clock's unit word: no day.
        Header(header: "Page 1 | March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "1 PM, March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "Updated 1 p.m., September 2021", date: (2021, 9, 1), kinds: [.monthOnly]),
        Header(header: "1pm, January 2024", date: (2024, 1, 1), kinds: [.monthOnly]),
        Header(header: "No. 1, March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        // " · " and " • " as a field's bar: the date read, the other field not.
        Header(header: "Issue 1 • March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Header(header: "March 3, 2023 · 4 min read", date: (2023, 3, 3), kinds: []),
        Header(header: "By Jane Doe · Mar 7, 2023", date: (2023, 3, 7), kinds: []),
        Header(header: "Reuters • 14 February 2022", date: (2022, 2, 14), kinds: []),
        // French's first of the month, "1er".
        Header(header: "1er mars 2023", date: (2023, 3, 1), kinds: []),
        Header(header: "Publié le 1er décembre 2022 à 10h15", date: (2022, 12, 1), kinds: []),
        Header(header: "mercredi 1er mars 2023", date: (2023, 3, 1), kinds: []),
    ]

    @Test(arguments: headers) func pagesClocksBarsAndFrenchFirsts(_ item: Header) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
        #expect(article.dateline.precision == (item.kinds.contains(.monthOnly) ? .month : .day))
    }

    /// Near-misses: the first of a month written stays a day ("1 March", "March 1,", a 1 after the month's field).
    static let days: [Header] = [
        Header(header: "1 March 2023", date: (2023, 3, 1), kinds: []),
        Header(header: "March 1, 2023", date: (2023, 3, 1), kinds: []),
        Header(header: "March 1, 2023 | 14:05 GMT", date: (2023, 3, 1), kinds: []),
        Header(header: "Wednesday 1 March 2023", date: (2023, 3, 1), kinds: []),
        Header(header: "1. März 2023", date: (2023, 3, 1), kinds: []),
    ]

    @Test(arguments: days) func firstsStayDays(_ item: Header) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
        #expect(article.dateline.warnings.isEmpty)
        #expect(article.dateline.precision == .day)
    }

    /// A field with a number is not the source: "Page 1", "Issue 1", "Updated 2 hours ago"; a wire's name still is.
    @Test func numberedFieldsAreNoSource() throws {
        for header in ["Page 1 | March 2023", "Issue 1 • March 2023", "Updated 2 hours ago | March 3, 2023"] {
            #expect(try Article(text: header + "\n\n" + Round73.body).dateline.source == nil, "\(header)")
        }
        #expect(try Article(text: "Reuters | March 3, 2023\n\n" + Round73.body).dateline.source == "Reuters")
    }

    /// Not a dateline: a table's row behind a dot, "2er", sentences with numbers (a law's, a score, prices).
    static let notDatelines = ["March 2023 · 5%", "2er mars 2023", "Law 3/2023 was approved.", "The team won 1-0 on March 3.",
                               "Shares rose 1.5% to $3.20 on 3 March."]

    @Test(arguments: notDatelines) func noDateline(_ header: String) {
        #expect((try? Article(text: header + "\n\n" + Round73.body)) == nil)
    }
}
