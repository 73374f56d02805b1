import Testing
@testable import Chronicle

/// Round 104: the datelines rounds 73, 76 and 88 left, and more header shapes archives carry. Each header is followed by
/// round 73's body (``DatelineRound73Tests/body``), and checked with round 73's checks: the dateline is the header's
/// date, and the body starts after the header (so the header's date is no event).
@Suite("DatelineRound104")
struct DatelineRound104Tests {
    typealias Round73 = DatelineRound73Tests
    /// A header, the date its dateline must have, its place and zone (round 76's).
    typealias Dated = DatelineRound76Tests.Dated

    static let dated: [Dated] = [
        // Japanese and Chinese dates, alone or before a time.
        Dated(header: "2023年3月7日", date: (2023, 3, 7)),
        Dated(header: "2021年6月2日", date: (2021, 6, 2)),
        Dated(header: "2023年12月14日 10:15", date: (2023, 12, 14)),
        Dated(header: "2023年3月7日（火）", date: (2023, 3, 7)),
        Dated(header: "2022年6月3日(金) 10:15", date: (2022, 6, 3)),
        // A byline's date after "on".
        Dated(header: "By Jane Doe on March 7, 2023", date: (2023, 3, 7)),
        Dated(header: "By JANE DOE and JOHN ROE on Oct. 2, 2020 at 10:15 am", date: (2020, 10, 2)),
        // Reuters' relative update stamp after the date and time.
        Dated(header: "March 7, 2023 / 3:45 PM / Updated 2 hours ago", date: (2023, 3, 7)),
        Dated(header: "June 2, 2021 / 9:10 AM / Updated 3 days ago", date: (2021, 6, 2)),
        // A time before the date, after a label or opening the line.
        Dated(header: "Published 3:45 PM ET Mar 7, 2023", date: (2023, 3, 7), zone: "America/New_York"),
        Dated(header: "3:45 p.m. ET March 7, 2023", date: (2023, 3, 7), zone: "America/New_York"),
        Dated(header: "Updated 15:45 GMT 7 March 2023", date: (2023, 3, 7), zone: "Europe/London"),
        // A day, a month's name and a year joined by hyphens.
        Dated(header: "07-Mar-2023", date: (2023, 3, 7)),
        Dated(header: "Published: 28-Feb-2022", date: (2022, 2, 28)),
    ]

    @Test(arguments: dated) func headerDatesTheArticle(_ item: Dated) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.place == item.place)
    }

    /// An undated lede with the date after its dash: the date, place and source, and the body after the second dash.
    static let ledes: [(lede: String, date: (Int, Int, Int), place: String, source: String)] = [
        ("WASHINGTON (AP) — March 7, 2023 — ", (2023, 3, 7), "Washington", "AP"),
        ("BEIJING (Xinhua) -- Jan. 5, 2023 -- ", (2023, 1, 5), "Beijing", "Xinhua"),
    ]

    @Test(arguments: ledes) func dateAfterTheLede(_ item: (lede: String, date: (Int, Int, Int), place: String, source: String)) throws {
        try Round73.checkLede(item)
    }

    /// Year-less wire datelines in the lede's first line: the error asks for the year; with a dateline given (another
    /// header line, `--dateline`, an archive record's date), the place (without "In") and source, and the body after it.
    static let yearless: [(lede: String, written: String, place: String, source: String)] = [
        ("In Rome, March 7 (Reuters) - ", "March 7", "Rome", "Reuters"),
        ("In Kuala Lumpur, Aug. 11 (Bernama) -- ", "Aug. 11", "Kuala Lumpur", "Bernama"),
        ("WASHINGTON (AP) — March 7 — ", "March 7", "Washington", "AP"),
    ]

    @Test(arguments: yearless) func yearlessLede(_ item: (lede: String, written: String, place: String, source: String)) {
        Round73.checkYearless(item.lede + Round73.body, written: item.written, place: item.place, source: item.source,
                              bodyStart: item.lede.unicodeScalars.count)
    }

    /// A year-less lede under a date line: the date line's date, the lede's place and source, the body after the lede.
    @Test func yearlessLedeUnderADateLine() throws {
        let lede = "In Rome, March 7 (Reuters) - "
        let article = try Article(text: "Published: 7 March 2023\n\n" + lede + Round73.body)
        #expect(article.dateline.date == CalendarDate(year: 2023, month: 3, day: 7))
        #expect(article.dateline.place == "Rome")
        #expect(article.dateline.source == "Reuters")
        #expect(article.text.unicodeScalars.dropFirst(article.bodyStart).first == "T")
    }

    /// A two-digit year is never guessed (ICU read "3/7/23" as 1923): in a header, the error names the date; given as a
    /// dateline, the error says to write the year in full.
    static let twoDigitYears: [(header: String, written: String)] = [
        ("3/7/23", "3/7/23"),
        ("Published: 12.05.18 14:30", "12.05.18"),
    ]

    @Test(arguments: twoDigitYears) func twoDigitYearIsNamed(_ item: (header: String, written: String)) {
        #expect {
            _ = try Article(text: item.header + "\n\n" + Round73.body)
        } throws: { error in
            (error as? ChronicleError)?.message.contains("\"\(item.written)\" is not a valid date: its year has two digits") == true
        }
    }

    @Test func twoDigitYearGivenIsAnError() {
        #expect {
            _ = try Dateline(parsing: "3/7/23")
        } throws: { error in
            (error as? ChronicleError)?.message.contains("two-digit year") == true
        }
    }

    /// The one key normalisation for a foreign month's name (a date's word, a place's line).
    static let foreignMonths: [(word: String, english: String?)] = [
        ("févr.", "Feb"), ("März,", "Mar"), ("Marzo", "Mar"), ("out.,", "Oct"), ("march", nil), ("Rome", nil),
    ]

    @Test(arguments: foreignMonths) func foreignMonth(_ item: (word: String, english: String?)) {
        #expect(DateParsing.foreignMonth(item.word) == item.english)
    }

    /// Near-misses that keep their dateline as before: a weekday that contradicts the date keeps the date (the more
    /// specific; since round 119 with a warning), a month and year is the month's first day (a dateline is a day; since
    /// round 119 with a warning, ``DatelineRound119Tests``).
    static let kept: [(header: String, date: (Int, Int, Int))] = [
        ("Tuesday, March 8, 2023", (2023, 3, 8)),
        ("March 2023", (2023, 3, 1)),
        ("Published: March 2023", (2023, 3, 1)),
        ("07/03/2023", (2023, 7, 3)),
        ("03.07.2023 - 15:45 Uhr", (2023, 7, 3)),
    ]

    @Test(arguments: kept) func nearMissKeepsItsDateline(_ item: (header: String, date: (Int, Int, Int))) throws {
        _ = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
    }

    /// Near-misses: a lede sentence's date is no header, nor a byline without a date, nor a time and a date in a sentence.
    static let undated = [
        "In Rome, on March 7, 2023, the minister said talks would resume.",
        "WASHINGTON (AP) — March 7 is the deadline — officials said.",
        "By Jane Doe on assignment",
        "10:30 a.m. March 7, 2023 the minister said",
        "The 24/7 service",
    ]

    @Test(arguments: undated) func noDatelineIsAClearError(_ header: String) {
        Round73.checkNoDateline(header)
    }
}
