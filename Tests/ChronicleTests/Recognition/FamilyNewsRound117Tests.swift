import Testing
@testable import Chronicle

/// The hundred-and-seventeenth round: a half or a quarter of a time that is no year ("the second half of the season",
/// "the first half of the week", "the second half of the winter") is no calendar `H`/`Q`; a bare month, season or weekday
/// in a present clause of habit ("Demand usually peaks in January", "The festival is traditionally held in August") is a
/// SET (`XXXX-01`), as "each July" is. Near-misses: calendar halves and quarters keep their values; a habit told in the
/// past, a forecast, a future or a dated month stays a DATE. Each case pins its own dateline.
@Suite("Family news round 117")
struct FamilyNewsRound117Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    /// A half or a quarter of a season of play, a week, a day or a season of weather: no expression on it.
    static let noCalendarPart: [FamilyLookAlike] = [
        FamilyLookAlike("He scored twice in the second half of the season.", "second half", dateline: on(2023, 2, 12)),
        FamilyLookAlike("Arsenal faded badly in the second half of the season.", "second half", dateline: on(2023, 4, 3)),
        FamilyLookAlike("The Lakers won 20 games in the first half of the season.", "first half", dateline: on(2019, 5, 20)),
        FamilyLookAlike("Injuries piled up during the first quarter of the season.", "first quarter", dateline: on(2021, 11, 3)),
        FamilyLookAlike("The club collapsed in the second half of the 2022 season.", "second half", dateline: on(2023, 1, 10)),
        FamilyLookAlike("Our form in the first half of this season was poor, the manager said.", "first half",
                        dateline: on(2023, 2, 12)),
        FamilyLookAlike("Traffic eased in the second half of the week.", "second half", dateline: on(2023, 2, 12)),
        FamilyLookAlike("Storms lashed the coast in the first half of the winter.", "first half", dateline: on(2023, 2, 12)),
        FamilyLookAlike("Shares recovered in the second half of the day.", "second half", dateline: on(2020, 3, 17)),
    ]

    /// A month, season or weekday of habit recurs: a set.
    static let habits: [Case] = [
        set("Demand usually peaks in January.", "January", "XXXX-01", on(2023, 2, 12)),
        set("The festival is traditionally held in August.", "August", "XXXX-08", on(2023, 2, 12)),
        set("Rainfall typically peaks in November.", "November", "XXXX-11", on(2023, 2, 12)),
        set("Tourism generally slows in February.", "February", "XXXX-02", on(2023, 2, 12)),
        set("Sales tend to rise in December.", "December", "XXXX-12", on(2023, 2, 12)),
        set("The company usually reports results in March.", "March", "XXXX-03", on(2023, 2, 12)),
        set("The market traditionally rallies in December, analysts say.", "December", "XXXX-12", on(2023, 2, 12)),
        set("The parliament usually sits in September.", "September", "XXXX-09", on(2023, 2, 12)),
        set("The monsoon normally arrives in June, forecasters say.", "June", "XXXX-06", on(2020, 6, 15)),
        set("Hurricane activity typically peaks in September, the agency says.", "September", "XXXX-09", on(2018, 10, 2)),
        set("The harvest is usually finished in October.", "October", "XXXX-10", on(2018, 10, 2)),
        set("Snow typically falls in winter here.", "winter", "XXXX-WI", on(2023, 2, 12)),
        set("Turnout tends to be low in summer.", "summer", "XXXX-SU", on(2018, 10, 2)),
        set("The board normally meets on Tuesday.", "Tuesday", "XXXX-WXX-2", on(2020, 6, 15)),
        set("The vote is usually held in March, but this year it was moved to May.", "March", "XXXX-03", on(2023, 2, 12)),
        set("Officials usually meet on Tuesday, but they met on Friday this week.", "Tuesday", "XXXX-WXX-2", on(2023, 2, 12)),
        set("Stocks typically rise on Friday, traders say.", "Friday", "XXXX-WXX-5", on(2023, 2, 14)),
        set("The ministry normally publishes its forecast in October.", "October", "XXXX-10", on(2021, 9, 1)),
    ]

    /// Near-misses (right before the round, and must stay so): calendar halves and quarters, a habit in the past, a
    /// forecast, a future, a year.
    static let guards: [Case] = [
        news("Prices fell sharply in the second half of the year.", "the second half of the year", "2023-H2", on(2023, 2, 12)),
        news("Sales rose in the first half of 2023.", "the first half of 2023", "2023-H1", on(2023, 2, 12)),
        news("Profit doubled in the first half, the company said.", "the first half", "2023-H1", on(2023, 2, 12)),
        news("The city grew fast in the second half of the 20th century.", "the second half of the 20th century", "19",
             mod: "END", on(2023, 2, 12)),
        news("Inflation eased in the second half of the decade.", "the second half of the decade", "202", mod: "END",
             on(2023, 2, 12)),
        news("Demand usually peaked in January last year.", "January last year", "2022-01", on(2023, 2, 12)),
        news("Demand usually peaked in January.", "January", "2023-01", on(2023, 2, 12)),
        news("The company will report results in March, as it usually does.", "March", "2023-03", on(2023, 2, 12)),
        news("Analysts generally expect a rally in December.", "December", "2023-12", on(2023, 2, 12)),
        news("The board is expected to meet in March, as it usually does.", "March", "2023-03", on(2023, 2, 12)),
        news("Rates will usually rise in March 2024.", "March 2024", "2024-03", on(2023, 2, 12)),
        news("Sales rose in January, as they usually do.", "January", "2023-01", on(2023, 2, 12)),
        news("Asian stocks are generally higher on Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 14)),
    ]

    @Test(arguments: noCalendarPart)
    func partOfNoYear(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: habits)
    func habitIsSet(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func calendarOrDated(_ item: Case) throws { try FamilyCheck.check(item) }
}
