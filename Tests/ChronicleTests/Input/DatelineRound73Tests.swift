import Testing
@testable import Chronicle

/// Round 73: datelines as publishers print them in the article's own header. Each header is followed by the same body;
/// the dateline is the header's date, and the body starts after the header (so the header's date is no event).
@Suite("DatelineRound73")
struct DatelineRound73Tests {
    static let body = "The minister said on Monday that talks would resume next week."

    /// A header, the date its dateline must have (year, month, day), and the time zone, when the header names one.
    struct Dated: CustomTestStringConvertible, Sendable {
        var header: String
        var date: (Int, Int, Int)
        var zone = "UTC"
        var testDescription: String { header }
    }

    static let dated: [Dated] = [
        // Labels before the date: a table of header labels (``DatelineDetector/dateLabels``).
        Dated(header: "Last updated on 7 March 2023 at 08:15", date: (2023, 3, 7)),
        Dated(header: "First published on Tue 7 Mar 2023", date: (2023, 3, 7)),
        Dated(header: "Originally published March 7, 2023", date: (2023, 3, 7)),
        Dated(header: "Last Modified: Feb. 14, 2022", date: (2022, 2, 14)),
        Dated(header: "Updated on: 21 November 2019", date: (2019, 11, 21)),
        Dated(header: "Published on 9 June 2021, 18:02", date: (2021, 6, 9)),
        Dated(header: "Senate passes spending bill\nBy Jane Doe\nLast updated: Oct. 2, 2020", date: (2020, 10, 2)),
        // A day's ordinal suffix.
        Dated(header: "7th March 2023", date: (2023, 3, 7)),
        Dated(header: "March 21st, 2019", date: (2019, 3, 21)),
        Dated(header: "Tuesday 2nd June 2020", date: (2020, 6, 2)),
        Dated(header: "Posted: Tue, Mar 3rd 2015 10:15 AM", date: (2015, 3, 3)),
        // A numeric date before a time; a bullet between a date and its time.
        Dated(header: "Published: 03/07/2023 10:15 AM EST", date: (2023, 3, 7), zone: "America/New_York"),
        Dated(header: "12.05.2018 14:30", date: (2018, 5, 12)),
        Dated(header: "7 March 2023 • 10:15am", date: (2023, 3, 7)),
        // German, French and Spanish month names.
        Dated(header: "7. März 2023", date: (2023, 3, 7)),
        Dated(header: "Berlin, 14. Dezember 2021", date: (2021, 12, 14)),
        Dated(header: "7 mars 2023", date: (2023, 3, 7)),
        Dated(header: "Paris, le 3 févr. 2020", date: (2020, 2, 3)),
        Dated(header: "12 juillet 2017", date: (2017, 7, 12)),
        Dated(header: "7 de marzo de 2023", date: (2023, 3, 7)),
        Dated(header: "Madrid, 28 de agosto de 2016", date: (2016, 8, 28)),
    ]

    @Test(arguments: dated) func headerDatesTheArticle(_ item: Dated) throws {
        _ = try Self.checkHeader(item.header, date: item.date, zone: item.zone)
    }

    /// The article of `header` over ``body``, checked: its dateline's date and zone, and its body after the header
    /// (shared with later rounds' suites).
    static func checkHeader(_ header: String, date: (Int, Int, Int), zone: String) throws -> Article {
        let article = try Article(text: header + "\n\n" + Self.body)
        let (year, month, day) = date
        #expect(article.dateline.date == CalendarDate(year: year, month: month, day: day))
        #expect(article.dateline.timeZone == zone)
        #expect(article.text.unicodeScalars.dropFirst(article.bodyStart).first { $0 != "\n" } == "T", "the body starts after the header")
        return article
    }

    /// A press release's dated lede, its wire between slashes: the date, place and source; the body after the dash.
    static let pressReleases: [(lede: String, date: (Int, Int, Int), place: String, source: String)] = [
        ("NEW YORK, March 7, 2023 /PRNewswire/ -- ", (2023, 3, 7), "New York", "PRNewswire"),
        ("TORONTO, Jan. 12, 2022 /CNW/ - ", (2022, 1, 12), "Toronto", "CNW"),
        ("SAN FRANCISCO, Oct. 3, 2021 /GLOBE NEWSWIRE/ -- ", (2021, 10, 3), "San Francisco", "GLOBE NEWSWIRE"),
    ]

    @Test(arguments: pressReleases) func pressReleaseLede(_ item: (lede: String, date: (Int, Int, Int), place: String, source: String)) throws {
        try Self.checkLede(item)
    }

    /// A dated lede over ``body``: its date, place and source, and the body after it (shared with later rounds' suites).
    static func checkLede(_ item: (lede: String, date: (Int, Int, Int), place: String, source: String)) throws {
        let article = try Article(text: item.lede + Self.body)
        let (year, month, day) = item.date
        #expect(article.dateline.date == CalendarDate(year: year, month: month, day: day))
        #expect(article.dateline.place == item.place)
        #expect(article.dateline.source == item.source)
        #expect(article.bodyStart == item.lede.unicodeScalars.count)
    }

    /// A date line with a slash before its time is no press release's lede: still the date line, without a source.
    @Test func slashBeforeATimeIsNoWire() throws {
        let article = try Article(text: "LONDON, March 7, 2023 / 10:15 GMT\n\n" + Self.body)
        #expect(article.dateline.date == CalendarDate(year: 2023, month: 3, day: 7))
        #expect(article.dateline.source == nil)
    }

    /// A wire lede without a year on a line of its own: the error asks for the year (was: "no dateline found"); with a
    /// dateline given, its place and source are the header's, and its date is no event of the body.
    static let yearless: [(header: String, written: String, place: String, source: String)] = [
        ("LONDON, March 3 (Reuters) -", "March 3", "London", "Reuters"),
        ("TOKYO, Aug. 11 (Kyodo) --", "Aug. 11", "Tokyo", "Kyodo"),
        ("HAVANA, Dec 2 (Xinhua) --", "Dec 2", "Havana", "Xinhua"),
    ]

    @Test(arguments: yearless) func yearlessLedeOnItsOwnLine(_ item: (header: String, written: String, place: String, source: String)) {
        Self.checkYearless(item.header + "\n\n" + Self.body, written: item.written, place: item.place, source: item.source,
                           bodyStart: item.header.unicodeScalars.count)
    }

    /// A year-less lede's article `text`: the error asks for the year of `written`; with a dateline given, the lede's place
    /// and source, and the body at `bodyStart` (shared with later rounds' suites).
    static func checkYearless(_ text: String, written: String, place: String, source: String, bodyStart: Int) {
        #expect {
            _ = try Article(text: text)
        } throws: { error in
            (error as? ChronicleError)?.message.contains("\"\(written)\" has no year") == true
        }
        let given = Article(text: text, dateline: Dateline(date: CalendarDate(year: 2013, month: 3, day: 22)))
        #expect(given.dateline.place == place)
        #expect(given.dateline.source == source)
        #expect(given.bodyStart == bodyStart)
    }

    /// Near-misses: a body sentence's date is no dateline, a header without a date (or with a label and no date, or a
    /// foreign date without a year) gives the clear "no dateline" error.
    static let undated = [
        "Senate passes spending bill\nThe vote was held on March 1, 2023 after weeks of talks.",
        "Senate passes spending bill\nBy Jane Doe",
        "Published by Jane Doe\nLast updated yesterday",
        "Paris, le 7 mars\nLe ministre a parlé lundi.",
        "Updated daily by our newsroom",
        "WASHINGTON (AP) —",
        "Le ministre a parlé le 7 mars 2023 devant les députés.",
    ]

    @Test(arguments: undated) func noDatelineIsAClearError(_ header: String) {
        Self.checkNoDateline(header)
    }

    /// `header` over ``body`` gives the clear "no dateline" error (shared with later rounds' suites).
    static func checkNoDateline(_ header: String) {
        #expect {
            _ = try Article(text: header + "\n\n" + Self.body)
        } throws: { error in
            (error as? ChronicleError)?.code == .missingDateline
                && (error as? ChronicleError)?.message.hasPrefix("no dateline found in the article's header") == true
        }
    }
}
