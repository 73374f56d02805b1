import Foundation
import Testing
@testable import Chronicle

/// Round 168: a source after slashes ("Dec. 1, 2026 / 9:15 AM / CNN"), JavaScript's `Date` strings, a compact ISO stamp
/// with a fraction of the second, a bar's time field naming the zone ("1 Dec 2026 | 09:15 IST"), a month-only line above
/// a day's date, RSS and Atom elements, and press releases', filings' and broadcasts' labels. Each header is followed by
/// round 73's body (``DatelineRound73Tests/body``) and checked with round 73's checks.
@Suite("DatelineRound168")
struct DatelineRound168Tests {
    typealias Round73 = DatelineRound73Tests
    typealias Dated = DatelineRound73Tests.Dated

    static let dated: [Dated] = [
        // A date, perhaps a time, a source after the last slash.
        Dated(header: "Dec. 1, 2026 / 9:15 AM / CNN", date: (2026, 12, 1)),
        Dated(header: "December 1, 2026 / 9:15 AM ET / Reuters", date: (2026, 12, 1), zone: "America/New_York"),
        Dated(header: "Dec 1, 2026 / 09:15 / AFP", date: (2026, 12, 1)),
        Dated(header: "March 7, 2023 / Associated Press", date: (2023, 3, 7)),
        // JavaScript's `Date`: the zone's name in brackets passed over, the offset kept.
        Dated(header: "Tue Dec 01 2026 09:15:00 GMT+0000 (Coordinated Universal Time)", date: (2026, 12, 1)),
        Dated(header: "Tue Dec 01 2026 09:15:00 GMT-0500 (Eastern Standard Time)", date: (2026, 12, 1), zone: "GMT-05:00"),
        Dated(header: "Wed Mar 08 2023 18:30:00 GMT+0100 (Central European Standard Time)", date: (2023, 3, 8), zone: "GMT+01:00"),
        // ISO 8601's basic form with a fraction of the second.
        Dated(header: "20261201T091500.123Z", date: (2026, 12, 1)),
        Dated(header: "20261201T091500,5Z", date: (2026, 12, 1)),
        Dated(header: "20230307T140211.250+0100", date: (2023, 3, 7), zone: "GMT+01:00"),
        // A bar's time field names the zone; GMT and UTC there stay UTC (round 147).
        Dated(header: "1 Dec 2026 | 09:15 IST", date: (2026, 12, 1), zone: "Asia/Kolkata"),
        Dated(header: "December 1, 2026 | 9:15 AM EST", date: (2026, 12, 1), zone: "America/New_York"),
        Dated(header: "Mar 7, 2023 | 9:15 a.m. ET", date: (2023, 3, 7), zone: "America/New_York"),
        Dated(header: "1 Dec 2026 | 09:15 GMT", date: (2026, 12, 1)),
        // RSS's and Atom's elements pasted as the line.
        Dated(header: "<pubDate>Tue, 01 Dec 2026 09:15:00 GMT</pubDate>", date: (2026, 12, 1), zone: "Europe/London"),
        Dated(header: "<updated>2026-12-01T09:15:00Z</updated>", date: (2026, 12, 1)),
        Dated(header: "<dc:date>2023-03-07</dc:date>", date: (2023, 3, 7)),
        // Press releases', filings' and broadcasts' labels.
        Dated(header: "Released: Dec 1, 2026", date: (2026, 12, 1)),
        Dated(header: "Dated: 1st December 2026", date: (2026, 12, 1)),
        Dated(header: "Filed on March 7, 2023", date: (2023, 3, 7)),
        Dated(header: "Broadcast 1 December 2026, 21:00 GMT", date: (2026, 12, 1), zone: "Europe/London"),
        Dated(header: "As of Dec 1, 2026", date: (2026, 12, 1)),
    ]

    @Test(arguments: dated) func slashedSourcesStampsBarsAndLabels(_ item: Dated) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.warnings.isEmpty)
        #expect(article.dateline.precision == .day)
    }

    /// The source after the last slash is the dateline's.
    @Test func slashedSourceIsTheSource() throws {
        for (header, source) in [("Dec. 1, 2026 / 9:15 AM / CNN", "CNN"), ("March 7, 2023 / Associated Press", "Associated Press")] {
            #expect(try Article(text: header + "\n\n" + Round73.body).dateline.source == source, "\(header)")
        }
    }

    /// A month-only line (a headline of that shape) above a day's date: the day, the month's line the headline.
    static let fuller: [(header: String, date: (Int, Int, Int))] = [
        ("Top 10 — March 2023\n1 March 2023", (2023, 3, 1)),
        ("Best of 2023 - March 2023\nMarch 7, 2023", (2023, 3, 7)),
        ("Page 1 | March 2023\nBy Jane Doe\nPublished: 7 March 2023", (2023, 3, 7)),
    ]

    /// A month-only line above a wire lede with a day: the lede's date, place and source.
    static let ledes: [(header: String, date: (Int, Int, Int), source: String)] = [
        ("Top 10 — March 2023\n\nLONDON, March 7, 2023 (Reuters) - ", (2023, 3, 7), "Reuters"),
        ("Best of 2023 - March 2023\n\nMarch 7, 2023 (AFP) - ", (2023, 3, 7), "AFP"),
        ("Issue 12 — March 2023\n\nWASHINGTON (AP) — March 8, 2023 — ", (2023, 3, 8), "AP"),
    ]

    @Test func ledeWithADayBelowWins() throws {
        for item in Self.ledes {
            let article = try Article(text: item.header + Round73.body)
            let (year, month, day) = item.date
            #expect(article.dateline.date == CalendarDate(year: year, month: month, day: day), "\(item.header)")
            #expect(article.dateline.precision == .day, "\(item.header)")
            #expect(article.dateline.source == item.source, "\(item.header)")
            #expect(article.dateline.warnings.isEmpty, "\(item.header)")
        }
    }

    @Test func fullerDateBelowWins() throws {
        for item in Self.fuller {
            let article = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
            #expect(article.dateline.precision == .day, "\(item.header)")
            #expect(article.dateline.warnings.isEmpty, "\(item.header)")
        }
        let article = try Article(text: Self.fuller[0].header + "\n\n" + Round73.body)
        let headline = try #require(article.headline)
        #expect(String(String.UnicodeScalarView(Array(article.text.unicodeScalars)[headline])) == "Top 10 — March 2023")
    }

    /// A month-only line with no day below it keeps its month.
    @Test func monthOnlyAloneStaysAMonth() throws {
        let article = try Article(text: "Top 10 — March 2023\n\n" + Round73.body)
        #expect(article.dateline.precision == .month)
    }

    /// No dateline: ISO's week (a dateline is a day or a month), eight digits after a word, a label before no date,
    /// an element that is a sentence, a slash's last field with a digit or in lower case.
    static let notDatelines = ["2026-W49", "2026-W49-2", "Order 20261201", "ID 20261201", "Tel 20261201", "Version 2026.12.01",
                               "Score 20-12", "Price $2026.12", "Dated 12 shares", "Filed under Politics", "As of 2026, prices rose",
                               "Sent from my iPhone", "<b>Score 3-2</b>", "<p>The team won on December 1, 2026 after extra time.</p>",
                               "Shares rose 3% / 2026 / Reuters", "20261201T091500.Z", "20261201T0915.5Z"]

    @Test(arguments: notDatelines) func noDateline(_ header: String) {
        #expect((try? Article(text: header + "\n\n" + Round73.body)) == nil)
    }
}
