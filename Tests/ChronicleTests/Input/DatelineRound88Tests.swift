import Testing
@testable import Chronicle

/// Round 88: what rounds 73 and 76 left of the headers publishers print. Each header is followed by round 73's body
/// (``DatelineRound73Tests/body``), and checked with round 73's checks: the dateline is the header's date, and the body
/// starts after the header (so the header's date is no event).
@Suite("DatelineRound88")
struct DatelineRound88Tests {
    typealias Round73 = DatelineRound73Tests
    /// A header, the date its dateline must have, and its place (round 76's).
    typealias Dated = DatelineRound76Tests.Dated

    static let dated: [Dated] = [
        // German's weekday and "den" before the date.
        Dated(header: "Dienstag, den 7. März 2023", date: (2023, 3, 7)),
        Dated(header: "Freitag, den 14. Dezember 2021", date: (2021, 12, 14)),
        // Weekday abbreviations before a date in the languages already read (the first was read with "Di." as its place).
        Dated(header: "Di., 7. März 2023", date: (2023, 3, 7)),
        Dated(header: "So. 5. März 2023", date: (2023, 3, 5)),
        Dated(header: "mar. 7 mars 2023", date: (2023, 3, 7)),
        Dated(header: "Mer. 12 juillet 2017", date: (2017, 7, 12)),
        Dated(header: "sex., 3 de junho de 2022", date: (2022, 6, 3)),
        Dated(header: "mar 7 marzo 2023", date: (2023, 3, 7)),
        // Portuguese and Italian months, labels and weekdays.
        Dated(header: "Publicado em 7 de março de 2023", date: (2023, 3, 7)),
        Dated(header: "Publicado em 12 out 2021", date: (2021, 10, 12)),
        Dated(header: "terça-feira, 7 de março de 2023", date: (2023, 3, 7)),
        Dated(header: "sábado, 4 de novembro de 2023", date: (2023, 11, 4)),
        Dated(header: "Atualizado em 8 de março de 2023, 10:15", date: (2023, 3, 8)),
        Dated(header: "Pubblicato il 7 marzo 2023", date: (2023, 3, 7)),
        Dated(header: "martedì 7 marzo 2023", date: (2023, 3, 7)),
        Dated(header: "domenica 5 febbraio 2023", date: (2023, 2, 5)),
        Dated(header: "Aggiornato il 14 dicembre 2021 alle 10:15", date: (2021, 12, 14)),
        // A mixed-case place before a Portuguese or Italian date.
        Dated(header: "Lisboa, 7 de março de 2023", date: (2023, 3, 7), place: "Lisboa"),
        Dated(header: "Milano, 12 luglio 2017", date: (2017, 7, 12), place: "Milano"),
        Dated(header: "São Paulo, 3 de junho de 2022", date: (2022, 6, 3), place: "São Paulo"),
    ]

    @Test(arguments: dated) func headerDatesTheArticle(_ item: Dated) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.place == item.place)
    }

    /// Dated ledes with a mixed-case place: the source in brackets after the date tells them from a sentence.
    static let ledes: [(lede: String, date: (Int, Int, Int), place: String, source: String)] = [
        ("New Delhi, Mar 7, 2023 (PTI) ", (2023, 3, 7), "New Delhi", "PTI"),
        ("Kuala Lumpur, March 7, 2023 (Bernama) -- ", (2023, 3, 7), "Kuala Lumpur", "Bernama"),
        ("Milan, 7 marzo 2023 (ANSA) - ", (2023, 3, 7), "Milan", "ANSA"),
        ("São Paulo, 3 jun 2022 (Agência Brasil) - ", (2022, 6, 3), "São Paulo", "Agência Brasil"),
    ]

    @Test(arguments: ledes) func datedLede(_ item: (lede: String, date: (Int, Int, Int), place: String, source: String)) throws {
        try Round73.checkLede(item)
    }

    /// Ledes with a mixed-case place and without a year: the error asks for the year (was: "no dateline found"); with a
    /// dateline given, the lede's place and source, and the body after it.
    static let yearless: [(lede: String, written: String, place: String, source: String)] = [
        ("New Delhi, Mar 7 (PTI) ", "Mar 7", "New Delhi", "PTI"),
        ("Kuala Lumpur, March 7 (Bernama) -- ", "March 7", "Kuala Lumpur", "Bernama"),
        ("Roma, 7 mar (ANSA) - ", "7 mar", "Roma", "ANSA"),
    ]

    @Test(arguments: yearless) func yearlessLede(_ item: (lede: String, written: String, place: String, source: String)) {
        Round73.checkYearless(item.lede + Round73.body, written: item.written, place: item.place, source: item.source,
                              bodyStart: item.lede.unicodeScalars.count)
    }

    /// Near-misses that keep their dateline as before: "Mar" before a day without a month's name after it is March's,
    /// ANSA's and Lusa's upper-case ledes, an English weekday abbreviation.
    static let kept: [(header: String, date: (Int, Int, Int))] = [
        ("Mar 7 2023", (2023, 3, 7)),
        ("Tue., March 7, 2023", (2023, 3, 7)),
        ("Roma, 7 marzo 2023", (2023, 3, 7)),
    ]

    @Test(arguments: kept) func nearMissKeepsItsDateline(_ item: (header: String, date: (Int, Int, Int))) throws {
        _ = try Round73.checkHeader(item.header, date: item.date, zone: "UTC")
    }

    /// Near-misses: a body sentence's date is no dateline (its bracket names no wire); a label or weekday abbreviation
    /// without a date gives the clear "no dateline" error.
    static let undated = [
        "Rome, March 7 (it said) was chosen for the talks.",
        "Rome, March 7, 2023 (it said) was chosen for the talks.",
        "Rome, March 7 (Tuesday) - the talks were chosen.",
        "Senate passes bill\nIn Rome, March 7 (it said) the minister spoke.",
        "Pubblicato il martedì",
        "Sa 7 2023",
    ]

    @Test(arguments: undated) func noDatelineIsAClearError(_ header: String) {
        Round73.checkNoDateline(header)
    }

    /// AP's region after an upper-case place is still read, "Mo." is no weekday there.
    @Test func regionIsNoWeekday() {
        let article = Article(text: "KANSAS CITY, Mo. (AP) — " + Round73.body, dateline: Dateline(date: CalendarDate(year: 2013, month: 3, day: 22)))
        #expect(article.dateline.place == "Kansas City, Mo.")
        #expect(article.dateline.source == "AP")
    }

    /// Round 71's impossible date is named in German, Italian and Portuguese too (was: "no dateline found").
    static let impossible: [(header: String, written: String)] = [
        ("30. Februar 2023", "30. Februar 2023"),
        ("30 febbraio 2023", "30 febbraio 2023"),
        ("Pubblicato il 31 giugno 2022", "31 giugno 2022"),
        ("30 de fevereiro de 2023", "30 de fevereiro de 2023"),
    ]

    @Test(arguments: impossible) func impossibleDateIsNamed(_ item: (header: String, written: String)) {
        #expect {
            _ = try Article(text: item.header + "\n\n" + Round73.body)
        } throws: { error in
            (error as? ChronicleError)?.message.contains("\"\(item.written)\" is not a valid date") == true
        }
    }
}
