import Testing
@testable import Chronicle

/// Round 76: what round 73 left of the headers publishers print. Each header is followed by round 73's body
/// (``DatelineRound73Tests/body``), and checked with round 73's checks: the dateline is the header's date, and the body
/// starts after the header (so the header's date is no event).
@Suite("DatelineRound76")
struct DatelineRound76Tests {
    typealias Round73 = DatelineRound73Tests

    /// A header, the date its dateline must have (year, month, day), its place, and the time zone, when it names one.
    struct Dated: CustomTestStringConvertible, Sendable {
        var header: String
        var date: (Int, Int, Int)
        var place: String? = nil
        var zone = "UTC"
        var testDescription: String { header }
    }

    static let dated: [Dated] = [
        // A publication date and a later update on one line, without a bar between them: the publication date.
        Dated(header: "Published: March 7, 2023 Updated: March 8, 2023", date: (2023, 3, 7)),
        Dated(header: "Posted June 2, 2021 Updated June 4, 2021", date: (2021, 6, 2)),
        Dated(header: "Published 12 October 2019 Last updated 13 October 2019", date: (2019, 10, 12)),
        Dated(header: "Published: 03/07/2023 10:15 AM EST Updated: 03/08/2023 9:00 AM EST", date: (2023, 3, 7), zone: "America/New_York"),
        Dated(header: "Publié le 7 mars 2023 à 10h15, mis à jour le 8 mars 2023 à 11h00", date: (2023, 3, 7)),
        // The article before the day capitalised, opening the line.
        Dated(header: "Le 7 mars 2023", date: (2023, 3, 7)),
        Dated(header: "El 7 de marzo de 2023", date: (2023, 3, 7)),
        // German, French and Spanish labels, and the time after the date in those languages.
        Dated(header: "Veröffentlicht am 7. März 2023", date: (2023, 3, 7)),
        Dated(header: "Aktualisiert am 14. Dezember 2021, 10:15 Uhr", date: (2021, 12, 14)),
        Dated(header: "Publié le 3 févr. 2020 à 10h15", date: (2020, 2, 3)),
        Dated(header: "Mis à jour le 12 juillet 2017 à 18h02", date: (2017, 7, 12)),
        Dated(header: "Publicado el 28 de agosto de 2016", date: (2016, 8, 28)),
        Dated(header: "Actualizado el 8 de marzo de 2023, 10:15", date: (2023, 3, 8)),
        // German, French and Spanish weekdays before the date.
        Dated(header: "mardi 7 mars 2023", date: (2023, 3, 7)),
        Dated(header: "Mercredi 12 juillet 2017", date: (2017, 7, 12)),
        Dated(header: "Sonntag 5. März 2023", date: (2023, 3, 5)),
        Dated(header: "viernes 3 de junio de 2022", date: (2022, 6, 3)),
        // The place of a mixed-case "Place, date" in German, French or Spanish.
        Dated(header: "Madrid, 7 de marzo de 2023", date: (2023, 3, 7), place: "Madrid"),
        Dated(header: "Berlin, 14. Dezember 2021", date: (2021, 12, 14), place: "Berlin"),
        Dated(header: "Paris, le 3 févr. 2020", date: (2020, 2, 3), place: "Paris"),
        Dated(header: "Buenos Aires, 5 de junio de 2022", date: (2022, 6, 5), place: "Buenos Aires"),
    ]

    @Test(arguments: dated) func headerDatesTheArticle(_ item: Dated) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.place == item.place)
    }

    /// Other agencies' dated ledes: EFE's ").-", a lower-case source ("dpa"), and India's wires without a dash.
    static let ledes: [(lede: String, date: (Int, Int, Int), place: String, source: String)] = [
        ("MADRID, 7 Mar 2023 (EFE).- ", (2023, 3, 7), "Madrid", "EFE"),
        ("BOGOTA, 12 oct 2021 (EFE).- ", (2021, 10, 12), "Bogota", "EFE"),
        ("NEW DELHI, March 7, 2023 (IANS) ", (2023, 3, 7), "New Delhi", "IANS"),
        ("MUMBAI, Jan. 12, 2022 (PTI) ", (2022, 1, 12), "Mumbai", "PTI"),
    ]

    @Test(arguments: ledes) func datedLede(_ item: (lede: String, date: (Int, Int, Int), place: String, source: String)) throws {
        try Round73.checkLede(item)
    }

    /// Other agencies' ledes without a year, day first or without a dash: the error asks for the year (was: "no dateline
    /// found"); with a dateline given, the lede's place and source, and the body after it.
    static let yearless: [(lede: String, written: String, place: String, source: String)] = [
        ("MADRID, 7 Mar (EFE).- ", "7 Mar", "Madrid", "EFE"),
        ("BERLIN, 7. März (dpa) - ", "7. März", "Berlin", "dpa"),
        ("LIMA, 3 de junio (EFE).- ", "3 de junio", "Lima", "EFE"),
        ("NEW DELHI, March 7 (PTI) ", "March 7", "New Delhi", "PTI"),
        ("KOLKATA, Aug. 11 (IANS) ", "Aug. 11", "Kolkata", "IANS"),
    ]

    @Test(arguments: yearless) func yearlessLede(_ item: (lede: String, written: String, place: String, source: String)) {
        Round73.checkYearless(item.lede + Round73.body, written: item.written, place: item.place, source: item.source,
                              bodyStart: item.lede.unicodeScalars.count)
    }

    /// Near-misses that keep their dateline as before: a bar between the dates, an English weekday, an English
    /// "Source, date" line (no place: it may be the source), a mixed-case place before an English date.
    static let kept: [(header: String, date: (Int, Int, Int), zone: String)] = [
        ("Published: 7 March 2023 | Updated: 8 March 2023", (2023, 3, 7), "UTC"),
        ("Reuters, March 7, 2023", (2023, 3, 7), "UTC"),
        ("Sunday Times, 5 March 2023", (2023, 3, 5), "UTC"),
        ("New York, March 7, 2023 at 10:15 a.m. EST", (2023, 3, 7), "America/New_York"),
        // A weekday that contradicts the date keeps the date (2023-03-07 is a Tuesday): the number is likelier right.
        ("Wednesday, March 7, 2023", (2023, 3, 7), "UTC"),
    ]

    @Test(arguments: kept) func nearMissKeepsItsDateline(_ item: (header: String, date: (Int, Int, Int), zone: String)) throws {
        let article = try Round73.checkHeader(item.header, date: item.date, zone: item.zone)
        #expect(article.dateline.place == nil)
    }

    /// Near-misses: a body sentence's date is no dateline; a header label or weekday without a date, or a lede whose
    /// bracket holds no wire's name, gives the clear "no dateline" error.
    static let undated = [
        "Le ministre a été reçu mardi 7 mars 2023 à l'Élysée, a-t-il dit.",
        "The report was published March 7, 2023 and updated on March 8, 2023.",
        "Veröffentlicht am Dienstag",
        "Publié le mardi par la rédaction",
        "WASHINGTON (AP) The minister said on Tuesday",
        "LONDON, March 7 (staff report) - The minister",
        "Senate passes bill\nThe vote, held on March 1, 2023 (Reuters) The minister",
    ]

    @Test(arguments: undated) func noDatelineIsAClearError(_ header: String) {
        Round73.checkNoDateline(header)
    }

    /// Round 71's impossible date is still named on a line with a later update.
    @Test func impossiblePublicationDateIsNamed() {
        #expect {
            _ = try Article(text: "Published: February 30, 2023 Updated: March 1, 2023\n\n" + Round73.body)
        } throws: { error in
            (error as? ChronicleError)?.message.contains("\"February 30, 2023\" is not a valid date") == true
        }
    }
}
