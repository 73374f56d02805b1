import Testing
@testable import Chronicle

/// The hundred-and-forty-fifth round, a sweep of desks not swept before (technology launches, releases and festivals,
/// housing, energy, labour, diplomacy, conflict, religion and holidays, travel, police): a sentence a year opens ("Last
/// year, …", "In 2019, …", "Next year, …", "In 2026, …") holds the month, the day of a month and the holiday it names
/// without a year in that year: a past clause after an earlier year (as bare months already were), a clause not past
/// after a later one ("Next year, the plant will open in December", "In 2025, Ramadan will begin on March 1"). Holidays
/// counted in another calendar (Ramadan, Diwali, Lunar New Year) were the dateline's, and the day after them took their
/// year. And the launch and release pages' present tense of a day to come: "The phone ships Saturday", "The band
/// releases its album Friday", "The film screens Saturday", "The update rolls out Monday". Each case pins its own
/// dateline. And the Orthodox feasts by the Julian calendar: "Orthodox Easter" (`2023-04-16`), "Orthodox Christmas" (Jan. 7);
/// and "two years ago" after a quarter, the year, not the quarter two years back.
@Suite("Family news round 145")
struct FamilyNewsRound145Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A holiday after an earlier fronted year, in a past clause; and the day after it.
        news("Last year, Ramadan began in March.", "Ramadan", "2023-03-23", on(2024, 6, 10)),
        news("Last year, Ramadan started in late March.", "Ramadan", "2023-03-23", on(2024, 3, 11)),
        news("In 2019, Diwali fell on Oct. 27.", "Diwali", "2019-10-27", on(2024, 3, 11)),
        news("In 2019, Diwali fell on Oct. 27.", "Oct. 27", "2019-10-27", on(2024, 3, 11)),
        news("In 2021, Lunar New Year fell on Feb. 12.", "Lunar New Year", "2021-02-12", on(2024, 6, 10)),
        news("In 2021, Lunar New Year fell on Feb. 12.", "Feb. 12", "2021-02-12", on(2024, 6, 10)),
        news("Last year, Passover began on April 5.", "Passover", "2023-04-06", on(2024, 6, 10)),
        // A day of a month after an earlier fronted year, in a past clause.
        news("Last year, the plant opened on April 3.", "April 3", "2023-04-03", on(2024, 6, 10)),
        news("Last year, the union walked out on Aug. 3.", "Aug. 3", "2023-08-03", on(2024, 6, 10)),
        // After a later fronted year, in a clause not past: a month, a day, a holiday.
        news("Next year, the plant will open in December.", "December", "2025-12", on(2024, 1, 15)),
        news("In 2026, the company will launch a phone in September.", "September", "2026-09", on(2024, 1, 15)),
        news("Next year the festival will move to July.", "July", "2025-07", on(2024, 1, 15)),
        news("Next year, Christmas falls on a Thursday.", "Christmas", "2025-12-25", on(2024, 1, 15)),
        news("Next year, Diwali will fall in late October.", "Diwali", "2025-10-20", on(2024, 1, 15)),
        news("In 2025, Ramadan will begin on March 1.", "Ramadan", "2025-03-01", on(2024, 3, 11)),
        news("In 2025, Ramadan will begin on March 1.", "March 1", "2025-03-01", on(2024, 1, 15)),
        news("Next year, Ramadan will start in late February.", "Ramadan", "2025-03-01", on(2024, 3, 11)),
        // The launch and release pages' present of a day to come.
        news("The phone ships Saturday.", "Saturday", "2023-09-16", on(2023, 9, 14)),
        news("The new console ships Tuesday in North America.", "Tuesday", "2021-11-09", on(2021, 11, 4)),
        news("The band releases its new album Friday.", "Friday", "2023-09-15", on(2023, 9, 14)),
        news("The singer releases her memoir on Tuesday.", "Tuesday", "2019-05-14", on(2019, 5, 9)),
        news("The film screens Saturday at the Odeon.", "Saturday", "2022-10-15", on(2022, 10, 12)),
        news("The concert streams live Sunday.", "Sunday", "2020-06-14", on(2020, 6, 11)),
        news("The update rolls out Monday.", "Monday", "2023-09-18", on(2023, 9, 14)),
        news("The bank rolls out its new app on Wednesday.", "Wednesday", "2024-02-07", on(2024, 2, 2)),
    ]

    /// The Orthodox churches' feasts, by the Julian calendar: Orthodox Easter by the Julian computus, Orthodox Christmas
    /// on Jan. 7 (were Western Easter and Dec. 25, "Orthodox" left out).
    static let orthodox: [Case] = [
        news("Orthodox Easter falls on April 16 this year.", "Orthodox Easter", "2023-04-16", on(2023, 3, 29)),
        news("Greek Orthodox Easter will be celebrated on April 16.", "Orthodox Easter", "2023-04-16", on(2023, 3, 29)),
        news("Orthodox Easter falls on May 5 this year.", "Orthodox Easter", "2024-05-05", on(2024, 4, 20)),
        news("Orthodox Easter Sunday will fall in May.", "Orthodox Easter Sunday", "2021-05-02", on(2021, 4, 1)),
        news("Orthodox Easter is celebrated next week.", "Orthodox Easter", "2022-04-24", on(2022, 4, 10)),
        news("Serbs marked Orthodox Christmas on Tuesday.", "Orthodox Christmas", "2025-01-07", on(2025, 1, 8)),
        news("Orthodox Christmas Eve was quiet in Kyiv.", "Orthodox Christmas Eve", "2025-01-06", on(2025, 1, 8)),
    ]

    /// "N years ago" after a quarter: the year-ago quarter only for one year back from a quarter not still ahead; else
    /// the year ("The plant will open in the fourth quarter of 2025. Construction began two years ago": was `2023-Q4`).
    static let yearsAgo: [Case] = [
        news("The plant will open in the fourth quarter of 2025. Construction began two years ago.", "two years ago", "2022",
             on(2024, 3, 5)),
        news("The plant will open in the fourth quarter. Construction began a year ago.", "a year ago", "2023", on(2024, 3, 5)),
        news("Sales rose in the first quarter. The company was founded three years ago.", "three years ago", "2021",
             on(2024, 3, 5)),
        news("The bank earned $2 billion in the third quarter. It was fined four years ago.", "four years ago", "2019",
             on(2023, 11, 2)),
    ]

    /// Guards (these read right before the round, and must stay so): a year in passing or as a possessive does not
    /// place what follows; a past clause after a later year, a month fronted instead of a year, a clause of another
    /// sentence, keep their own reading.
    static let guards: [Case] = [
        news("In 2022, the plant opened on April 3.", "April 3", "2022-04-03", on(2024, 6, 10)),
        news("Last year, the plant opened in April.", "April", "2023-04", on(2024, 6, 10)),
        news("Next year's budget was approved in March.", "March", "2024-03", on(2024, 6, 10)),
        news("Next year, sales rose in March.", "March", "2024-03", on(2024, 6, 10)),
        news("The deal runs until 2027. The plant opened in March.", "March", "2024-03", on(2024, 6, 10)),
        news("Next month, the union will strike on June 20.", "June 20", "2024-06-20", on(2024, 6, 10)),
        news("Shops stayed open late ahead of Diwali, which falls on Nov. 12 this year.", "Diwali", "2023-11-12", on(2023, 11, 9)),
        // The same words as nouns, or before a past verb.
        news("Two Navy ships sank Saturday.", "Saturday", "2023-09-09", on(2023, 9, 14)),
        news("He hit two home runs Saturday.", "Saturday", "2023-09-09", on(2023, 9, 14)),
        news("Voter rolls were purged Monday.", "Monday", "2023-09-11", on(2023, 9, 14)),
        news("The company's releases on Monday showed losses.", "Monday", "2023-09-11", on(2023, 9, 14)),
        // The year-ago quarter of a quarter reported on.
        news("Profit fell 5 percent in the third quarter from a year ago.", "a year ago", "2022-Q3", on(2023, 11, 2)),
        news("Profit rose in the fourth quarter, compared with a loss a year ago.", "a year ago", "2022-Q4", on(2024, 3, 5)),
        news("Revenue in the second quarter rose from two years earlier.", "two years earlier", "2021-Q2", on(2024, 3, 5)),
        // Easter without "Orthodox" before it stays the Western one.
        news("The orthodox view is that Easter is early.", "Easter", "2023-04-09", on(2023, 3, 29)),
        news("Easter falls on April 9.", "Easter", "2023-04-09", on(2023, 3, 29)),
    ]

    @Test(arguments: cases)
    func frontedYearOrLaunchDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: orthodox)
    func julianFeast(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: yearsAgo)
    func yearNotQuarter(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func ownReading(_ item: Case) throws { try FamilyCheck.check(item) }
}
