import Foundation
import Testing
@testable import Chronicle

/// Round 119: machine stamps as header lines (ISO 8601's basic form, the Unix `date` command's output), the dateline's
/// warnings (a month without a day, a weekday that is not the date's), and a table's row with a dash between its
/// fields. Each header is followed by round 73's body (``DatelineRound73Tests/body``), and checked with round 73's
/// checks: the dateline is the header's date, in the header's zone, and the body starts after the header.
@Suite("DatelineRound119")
struct DatelineRound119Tests {
    typealias Round73 = DatelineRound73Tests
    typealias Dated = DatelineRound73Tests.Dated

    static let dated: [Dated] = [
        // ISO 8601's basic form, alone or with a time and "Z" or an offset.
        Dated(header: "20230307", date: (2023, 3, 7)),
        Dated(header: "19990101", date: (1999, 1, 1)),
        Dated(header: "20230307T1402Z", date: (2023, 3, 7)),
        Dated(header: "20211231T235959Z", date: (2021, 12, 31)),
        Dated(header: "20230307T1402+0100", date: (2023, 3, 7), zone: "GMT+01:00"),
        Dated(header: "Published: 20220615T0930-0500", date: (2022, 6, 15), zone: "GMT-05:00"),
        // The extended form's offset in the same word is its zone, as RFC 2822's is.
        Dated(header: "2023-03-07T14:02:11+01:00", date: (2023, 3, 7), zone: "GMT+01:00"),
        Dated(header: "2020-11-03T08:15:00-05:00", date: (2020, 11, 3), zone: "GMT-05:00"),
        // The Unix `date` command's output: its zone as other headers' zones are kept.
        Dated(header: "Tue Mar  7 14:02:11 UTC 2023", date: (2023, 3, 7)),
        Dated(header: "Tue Mar 7 14:02:11 CET 2023", date: (2023, 3, 7), zone: "Europe/Paris"),
        Dated(header: "Wed Dec 20 23:59:59 PST 2023", date: (2023, 12, 20), zone: "America/Los_Angeles"),
        Dated(header: "Mon Jun  3 09:10:00 EDT 2019", date: (2019, 6, 3), zone: "America/New_York"),
        Dated(header: "Thu Jan  1 00:00:00 1970", date: (1970, 1, 1)),
        Dated(header: "Mar 7 14:02:11 +0530 2023", date: (2023, 3, 7), zone: "GMT+05:30"),
    ]

    @Test(arguments: dated) func stampDatesTheArticle(_ item: Dated) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.warnings.isEmpty)
    }

    /// A header whose date was read with a warning: the date, and the warnings' kinds.
    struct Warned: CustomTestStringConvertible, Sendable {
        var header: String
        var date: (Int, Int, Int)
        var kinds: [DatelineWarning.Kind]
        var testDescription: String { header }
    }

    static let warned: [Warned] = [
        // A month and a year: the month's first day, said to be a month only.
        Warned(header: "March 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Warned(header: "Published: Mar 2023", date: (2023, 3, 1), kinds: [.monthOnly]),
        Warned(header: "January 2013", date: (2013, 1, 1), kinds: [.monthOnly]),
        Warned(header: "Updated: September 2021", date: (2021, 9, 1), kinds: [.monthOnly]),
        // A weekday that is not the date's: the date is kept.
        Warned(header: "Monday, March 8, 2023", date: (2023, 3, 8), kinds: [.weekdayMismatch]),
        Warned(header: "Mon 8 March 2023", date: (2023, 3, 8), kinds: [.weekdayMismatch]),
        Warned(header: "Fri, 07 Mar 2023 14:02:11 +0000", date: (2023, 3, 7), kinds: [.weekdayMismatch]),
        Warned(header: "Sun Mar 7 14:02:11 UTC 2023", date: (2023, 3, 7), kinds: [.weekdayMismatch]),
        Warned(header: "Dienstag, 8. März 2023", date: (2023, 3, 8), kinds: [.weekdayMismatch]),
        Warned(header: "mardi 8 mars 2023", date: (2023, 3, 8), kinds: [.weekdayMismatch]),
        Warned(header: "October 24, 2013 Friday", date: (2013, 10, 24), kinds: [.weekdayMismatch]),
        // The weekday of the date, in any of these forms, is no warning; nor a day that is the first of its month.
        Warned(header: "Wednesday, March 8, 2023", date: (2023, 3, 8), kinds: []),
        Warned(header: "Tue, 07 Mar 2023 14:02:11 +0000", date: (2023, 3, 7), kinds: []),
        Warned(header: "Mittwoch, 8. März 2023", date: (2023, 3, 8), kinds: []),
        Warned(header: "October 24, 2013 Thursday", date: (2013, 10, 24), kinds: []),
        Warned(header: "March 1, 2023", date: (2023, 3, 1), kinds: []),
        Warned(header: "1 March 2023", date: (2023, 3, 1), kinds: []),
        Warned(header: "2023-03-01", date: (2023, 3, 1), kinds: []),
        Warned(header: "Sun | March 7, 2023", date: (2023, 3, 7), kinds: []),
        Warned(header: "The Sun, March 7, 2023", date: (2023, 3, 7), kinds: []),
        Warned(header: "Sat, 1 Apr 2023 10:00:00 +0000", date: (2023, 4, 1), kinds: []),
        Warned(header: "MONDAY, MARCH 8, 2023", date: (2023, 3, 8), kinds: [.weekdayMismatch]),
    ]

    @Test(arguments: warned) func warningsSayWhatWasDoubtful(_ item: Warned) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
    }

    /// A dated wire lede's date is checked too: its weekday, its month alone; the body after the dash is not read.
    static let warnedLedes: [(lede: String, kinds: [DatelineWarning.Kind])] = [
        ("LONDON, Monday, March 8, 2023 (Reuters) - ", [.weekdayMismatch]),
        ("PARIS, Wednesday, March 8, 2023 (AFP) - ", []),
        ("BEIJING, March 2023 (Xinhua) -- ", [.monthOnly]),
        ("NEW YORK, March 1, 2023 /PRNewswire/ -- ", []),
    ]

    @Test(arguments: warnedLedes) func ledeWarnings(_ item: (lede: String, kinds: [DatelineWarning.Kind])) throws {
        let article = try Article(text: item.lede + "Officials met on Monday, 12 days after the vote.")
        #expect(article.dateline.warnings.map(\.kind) == item.kinds)
        #expect(article.bodyStart == item.lede.unicodeScalars.count)
    }

    /// The same warnings for a dateline given as text (`--dateline "March 2023"`), none for one given as a day.
    @Test func givenDatelineWarnsToo() throws {
        #expect(try Dateline(parsing: "March 2023").warnings.map(\.kind) == [.monthOnly])
        #expect(try Dateline(parsing: "Monday, March 8, 2023").warnings.map(\.kind) == [.weekdayMismatch])
        #expect(try Dateline(parsing: "2023-03-08").warnings.isEmpty)
        #expect(Dateline(date: CalendarDate(year: 2023, month: 3, day: 1)).warnings.isEmpty)
    }

    /// The warnings in the JSON output, only when there are some: a plain dateline's JSON has no `warnings` key.
    @Test func jsonHasWarningsOnlyWhenThereAreSome() throws {
        let extractor = TimelineExtractor()
        let warned = try extractor.timeline(for: Article(text: "Monday, March 8, 2023\n\n" + Round73.body)).json()
        #expect(warned.contains("\"kind\" : \"weekdayMismatch\""))
        #expect(warned.contains("is a Wednesday"))
        let plain = try extractor.timeline(for: Article(text: "Wednesday, March 8, 2023\n\n" + Round73.body)).json()
        #expect(!plain.contains("warnings"))
    }

    /// A note under the Markdown heading for each warning, none for a plain dateline.
    @Test func markdownNotesTheWarnings() throws {
        let extractor = TimelineExtractor()
        let warned = try extractor.timeline(for: Article(text: "March 2023\n\n" + Round73.body)).markdown()
        #expect(warned.contains("\n\n> Note: the dateline \"March 2023\" names a month, not a day"))
        let plain = try extractor.timeline(for: Article(text: "March 1, 2023\n\n" + Round73.body)).markdown()
        #expect(!plain.contains("> Note:"))
    }

    /// A dateline decodes without `warnings` (as encoded before round 119) and round-trips with them.
    @Test func datelineCodable() throws {
        let old = #"{"date":"2023-03-08","timeZone":"UTC"}"#
        let decoded = try JSONDecoder().decode(Dateline.self, from: Data(old.utf8))
        #expect(decoded == Dateline(date: CalendarDate(year: 2023, month: 3, day: 8)))
        #expect(String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self).contains("warnings") == false)
        let warned = try Dateline(parsing: "March 2023")
        #expect(try JSONDecoder().decode(Dateline.self, from: JSONEncoder().encode(warned)) == warned)
    }

    /// Near-misses: an eight-digit number that names no day, or not alone on its line; a stamp with an impossible day,
    /// time or an unknown zone; a table's row with a dash and a figure after its date.
    static let undated = [
        "20230230", "20231307", "12345678", "20230307 shares", "Call 20230307 for details", "20230307T2502Z",
        "Tue Feb 30 14:02:11 UTC 2023", "Tue Mar 7 14:02:11 XYZ 2023",
        "March 2023 – 5%", "March 2023 - 5.2%", "March 2023 — 517,000", "March 7, 2023 – 3,919.29", "January 2023 -- -0.4%",
        "2023-03-07 – 5%", "Tel. 20230307",
    ]

    @Test(arguments: undated) func noDatelineIsAClearError(_ header: String) {
        Round73.checkNoDateline(header)
    }

    /// A dash before a time or a word is no table's row: the date line keeps its date.
    static let kept: [Dated] = [
        Dated(header: "1 March 2023 – Updated 10:15", date: (2023, 3, 1)),
        Dated(header: "March 7, 2023 – 2350 GMT", date: (2023, 3, 7), zone: "Europe/London"),
        Dated(header: "7 March 2023 - 10:15", date: (2023, 3, 7)),
    ]

    @Test(arguments: kept) func dashBeforeATimeKeepsTheDate(_ item: Dated) throws {
        _ = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
    }
}
