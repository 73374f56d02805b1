import Testing
@testable import Chronicle

/// The seventy-seventh round: held-out news dense in lengths of time and "ago", probed on invented copy at datelines
/// from 2015 to 2025. Families: a count and a half before "ago" or "from now" counts the half too ("a year and a half
/// ago" is the year of the day 18 months back, "a century and a half ago" 150 years back: the half was dropped), at the
/// unit's granularity; a fraction of one unit before "ago" is a date, as "a century ago" is ("half a century ago", "a
/// half-century ago", "a quarter of a century ago": were a length without "ago", or "a century ago"); a quarter of a
/// century or of an hour is one length ("a quarter of a century" `P25Y`, "a quarter century", "three quarters of an
/// hour" `PT45M`: were "a century", "a quarter", "an hour"); a vague count of a plural unit before "ago" is the whole
/// phrase ("hundreds of years ago", "a number of years ago": were "years ago"; "millions of years ago" is none, as
/// "65 million years ago" is none); whole days of hours before "ago" or "from now" reach that day ("48 hours ago": was
/// the dateline's day, a TIME).
/// Datelines: each case's own (UTC).
@Suite("Family news, seventy-seventh round")
struct FamilyNewsRound77Tests: DatedFamilyRound {
    static let june2015 = on(2015, 6, 15), nov2019 = on(2019, 11, 8), sept2021 = on(2021, 9, 14), may2023 = on(2023, 5, 3)
    static let feb2025 = on(2025, 2, 20)

    /// A count and a half before "ago" or "from now": the half counted in the next finer unit.
    static let halves: [FamilyCase] = [
        news("The company was founded a year and a half ago.", "a year and a half ago", "2013", june2015),
        news("The factory shut down two and a half years ago.", "two and a half years ago", "2022", feb2025),
        news("The champion retired three-and-a-half years ago.", "three-and-a-half years ago", "2021", feb2025),
        news("The vaccine was approved two and a half months ago.", "two and a half months ago", "2021-06", sept2021),
        news("The lockdown ended three and a half weeks ago.", "three and a half weeks ago", "2021-W33", sept2021),
        news("The strike ended a week and a half ago.", "a week and a half ago", "2015-W23", june2015),
        news("The farm was bought a decade and a half ago.", "a decade and a half ago", "2004", nov2019),
        news("The border was drawn a century and a half ago.", "a century and a half ago", "1873", may2023),
        news("The rule takes effect a month and a half from now.", "a month and a half from now", "2020-01", on(2019, 11, 20)),
        news("The merger should close a year and a half from now.", "a year and a half from now", "2015", on(2013, 8, 1)),
    ]

    /// A fraction of one unit before "ago": a date; a quarter of a century or an hour: one length.
    static let fractions: [FamilyCase] = [
        news("The building burned down half a century ago.", "half a century ago", "1969", nov2019),
        news("The crisis began a half-century ago.", "a half-century ago", "1973", may2023),
        news("The bridge opened a half century ago.", "a half century ago", "1975", feb2025),
        news("The league was founded a quarter century ago.", "a quarter century ago", "1994", nov2019),
        news("The wall fell a quarter of a century ago.", "a quarter of a century ago", "1998", may2023),
        news("The mill closed half a decade ago.", "half a decade ago", "2014", nov2019),
        news("The firm was sold half a year ago.", "half a year ago", "2018", on(2019, 3, 10)),
        news("The bank collapsed more than half a century ago.", "more than half a century ago", "1969", mod: "MORE_THAN", nov2019),
        length("The dam has stood for a quarter of a century.", "a quarter of a century", "P25Y", june2015),
        length("The couple have been married for a quarter century.", "a quarter century", "P25Y", feb2025),
        length("The family has farmed here for a half century.", "a half century", "P50Y", sept2021),
        length("The speech lasted a quarter of an hour.", "a quarter of an hour", "PT15M", may2023),
        length("The talks lasted three quarters of an hour.", "three quarters of an hour", "PT45M", nov2019),
        length("Voters queued for three-quarters of an hour.", "three-quarters of an hour", "PT45M", sept2021),
    ]

    /// A vague count of a plural unit before "ago": the whole phrase, the vague past, as "a few years ago".
    static let countsOf: [FamilyCase] = [
        news("The species vanished thousands of years ago.", "thousands of years ago", "PAST_REF", nov2019),
        news("The cathedral was built hundreds of years ago.", "hundreds of years ago", "PAST_REF", feb2025),
        news("Hundreds of years ago, monks farmed the valley.", "Hundreds of years ago", "PAST_REF", june2015),
        news("The law changed a number of years ago.", "a number of years ago", "PAST_REF", may2023),
        news("The tribes arrived dozens of years ago.", "dozens of years ago", "PAST_REF", sept2021),
    ]

    /// Whole days of hours before "ago" or "from now": the day that many days off (the same clock time).
    static let daysOfHours: [FamilyCase] = [
        news("The quake struck 48 hours ago.", "48 hours ago", "2023-05-01", may2023),
        news("The suspect was freed 24 hours ago.", "24 hours ago", "2021-09-13", sept2021),
        news("The ceasefire will expire 72 hours from now.", "72 hours from now", "2025-02-23", feb2025),
        news("Rescuers pulled the boy out some 96 hours ago.", "some 96 hours ago", "2019-11-04", mod: "APPROX", nov2019),
    ]

    /// Near-misses that keep their reading: whole counts before "ago", lengths without "ago", fractions of no unit.
    static let guards: [FamilyCase] = [
        news("The team won the title a year ago.", "a year ago", "2018", nov2019),
        news("The mayor took office 18 months ago.", "18 months ago", "2013-12", june2015),
        news("The king died a century ago.", "a century ago", "1919", nov2019),
        length("He served three-and-a-half years in prison.", "three-and-a-half years", "P3Y6M", june2015),
        length("The border has been closed for a year and a half.", "a year and a half", "P1Y6M", sept2021),
        length("The party has ruled for half a century.", "half a century", "P50Y", may2023),
        length("The meeting lasted half an hour.", "half an hour", "PT30M", june2015),
        length("The company has been in business for a quarter-century.", "a quarter-century", "P25Y", sept2021),
        FamilyCase("Rescuers found the boy 12 hours ago.", "12 hours ago", .time, "2023-05-03", dateline: may2023),
        FamilyCase("Voting closed an hour ago.", "an hour ago", .time, "2023-05-03", dateline: may2023),
    ]

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The opener scored a half century on a slow pitch.", "a half century", dateline: feb2025),
        FamilyLookAlike("Three quarters of a million people voted.", "quarters of a million", dateline: nov2019),
        FamilyLookAlike("A quarter of the hours worked went unpaid.", "A quarter of the", dateline: nov2019),
        FamilyLookAlike("The dinosaurs died out millions of years ago.", "years ago", dateline: nov2019),
        FamilyLookAlike("The forest has stood for hundreds of years.", "hundreds of years", dateline: june2015),
        FamilyLookAlike("Thousands of people marched on Sunday.", "Thousands of people", dateline: sept2021),
    ]

    @Test(arguments: halves)
    func countAndAHalf(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: fractions)
    func fractionOfAUnit(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: countsOf)
    func vagueCountOfUnits(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: daysOfHours)
    func wholeDaysOfHours(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func wholeCountsAndLengths(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: lookAlikes)
    func noTime(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
