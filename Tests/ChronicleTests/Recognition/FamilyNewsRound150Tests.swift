import Testing
@testable import Chronicle

/// The hundred-and-fiftieth round, values rounds 143, 145 and 148 left: a festival's or a show's "runs" before its days is
/// the schedule's present ("The festival runs Saturday and Sunday": the coming days; was the days just past), not after a
/// count or "home" ("hit two home runs Saturday" stays past); a length in hours and minutes, or minutes and seconds,
/// before "ago" is one time that far back ("two hours and 30 minutes ago"; were a length and a time); a rate after a vague
/// number of hundreds or thousands of things is a set ("several hundred cars a day"; was a length); a school's term after
/// an owner is the term when its season is "spring" or "fall" too ("the university's spring semester"; was nothing); a
/// count "on" ending its phrase is "later" ("Four years on, …"; was a length); and "a year-and-a-half-long" keeps its
/// "-long". Each case pins its own dateline.
@Suite("Family news round 150")
struct FamilyNewsRound150Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // "runs" of a festival, a show, a sale: the schedule's present, the coming days.
        news("The festival runs Saturday and Sunday.", "Saturday", "2023-02-18", on(2023, 2, 15)),
        news("The festival runs Saturday and Sunday.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        news("The fair runs Friday through Sunday.", "Friday through Sunday", "2024-06-14/2024-06-16", on(2024, 6, 12)),
        news("The play runs Saturday at the Apollo.", "Saturday", "2022-09-10", on(2022, 9, 7)),
        news("The exhibit runs Tuesday at the city museum.", "Tuesday", "2021-03-09", on(2021, 3, 4)),
        news("The sale runs Monday at all stores.", "Monday", "2021-03-08", on(2021, 3, 4)),
        // Hours and minutes, minutes and seconds before "ago": one time that far back.
        time("Prices rose two hours and 30 minutes ago.", "two hours and 30 minutes ago", "2023-02-15", on(2023, 2, 15)),
        time("The gunman fled three hours and 15 minutes ago.", "three hours and 15 minutes ago", "2021-03-04", on(2021, 3, 4)),
        time("The rocket lifted off 3 minutes and 20 seconds ago.", "3 minutes and 20 seconds ago", "2024-06-12", on(2024, 6, 12)),
        // A count "on", ending its phrase: "later".
        news("The plant exploded in 2019. Four years on, the town is still rebuilding.", "Four years on", "2023", on(2023, 2, 15)),
        news("The quake hit in June 2021. Six months on, families still live in tents.", "Six months on", "2021-12", on(2022, 3, 1)),
        news("The mine collapsed in 2010. The case remains unsolved, a decade on.", "a decade on", "2020", on(2023, 2, 15)),
        // A length and a half written with hyphens before "-long": the adjective whole.
        length("The firm faces a year-and-a-half-long review.", "a year-and-a-half-long", "P1Y6M", on(2023, 2, 15)),
        length("He gave an hour-and-a-half-long speech on Monday.", "an hour-and-a-half-long", "PT1H30M", on(2018, 5, 9)),
        // A rate after a vague number of hundreds or thousands of things: a set.
        set("The bridge carries several hundred cars a day.", "a day", "P1D", on(2023, 2, 15)),
        set("The shelter takes in a few thousand visitors a year.", "a year", "P1Y", on(2019, 7, 4)),
        set("Many thousand pilgrims a year visit the shrine.", "a year", "P1Y", on(2021, 3, 4)),
        // A school's spring or fall term after an owner.
        news("The university's spring semester starts next month.", "spring semester", "2023-SP", on(2023, 2, 15)),
        news("Harvard's fall semester starts in September.", "fall semester", "2024-FA", on(2024, 6, 12)),
        news("The district's fall term opens next week.", "fall term", "2019-FA", on(2019, 8, 20)),
    ]

    /// Guards (these read right before the round, and must stay so): the sports pages' "runs" after a count or "home";
    /// a count of things that waited a day, and a year ago after hundreds of workers; a count before "on" and a noun or
    /// a weekday.
    static let guards: [Case] = [
        news("He hit two home runs Saturday.", "Saturday", "2023-02-11", on(2023, 2, 15)),
        news("The Yankees scored 10 runs Friday.", "Friday", "2024-06-07", on(2024, 6, 12)),
        news("He allowed three earned runs Sunday.", "Sunday", "2022-09-04", on(2022, 9, 7)),
        length("Several hundred fans waited a day for tickets.", "a day", "P1D", on(2021, 3, 4)),
        news("Several hundred workers a year ago joined the union.", "a year ago", "2022", on(2023, 2, 15)),
        length("They met for two hours, 15 minutes after the blast.", "two hours", "PT2H", on(2023, 2, 15)),
        length("He has served three years on the board.", "three years", "P3Y", on(2023, 2, 15)),
        length("He spent ten years on death row.", "ten years", "P10Y", on(2016, 1, 7)),
        news("The talks resume two weeks on Friday.", "two weeks on Friday", "2023-03-03", on(2023, 2, 15)),
    ]

    /// No season: a company's spring collection, a term's fees.
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The company's spring collection sold out.", "spring", dateline: on(2023, 2, 15)),
        FamilyLookAlike("The school's spring semester fees rose.", "spring", dateline: on(2023, 2, 15)),
    ]

    @Test(arguments: cases)
    func scheduleAgoRateTermOrOn(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func sportsRunsLengthOrWeekday(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: lookAlikes)
    func noSeason(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
