import Testing
@testable import Chronicle

/// The hundred-and-sixty-sixth round: values rounds 154 and 164 left. (1) "in" a count of hours, minutes or seconds and
/// "'s time" ("in an hour's time", "in a couple of hours' time") keeps the length "in an hour" reads (the dateline has no
/// clock to count from), the possessive and "time" with it, as round 154's "in a week's time" takes them (was "an hour").
/// (2) A day written before its month after a plan's "for" in a past clause ("The vote was scheduled for 15 January",
/// written on Dec. 20) is the coming one within 60 days across the new year, as round 164's "for Jan. 15" is (was last
/// January's). (3) A range of days opened by a holiday in a present or future clause ("The sale runs from Boxing Day
/// until Jan. 3", written on Dec. 29) is the one under way, as a range of written days is (was next year's holiday, the
/// end repaired after it). Each case pins its own dateline.
@Suite("Family news round 166")
struct FamilyNewsRound166Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let december = CalendarDate(year: 2022, month: 12, day: 20)

    static let clockUnitsTime: [Case] = [
        length("The ferry leaves in an hour's time.", "an hour's time", "PT1H", on(2023, 2, 15)),
        length("Results are due in a couple of hours' time.", "a couple of hours' time", "PT2H", on(2023, 2, 15)),
        length("Rescuers hope to reach the miners in two hours' time.", "two hours' time", "PT2H", on(2021, 7, 3)),
        length("The polls close in 20 minutes' time, officials said.", "20 minutes' time", "PT20M", on(2024, 2, 29)),
        length("The count should be over in a few hours' time.", "a few hours' time", "PTXH", on(2023, 12, 31)),
    ]

    static let dayFirstPlanAcrossNewYear: [Case] = [
        news("The vote was scheduled for 15 January.", "15 January", "2023-01-15", december),
        news("The hearing was planned for 2 February but was moved.", "2 February", "2023-02-02", december),
        news("The strike was slated for 9 January, union leaders said.", "9 January", "2023-01-09", december),
        news("The launch had been set for 20 January.", "20 January", "2023-01-20", december),
        news("The summit was scheduled for 10 February before it was called off.", "10 February", "2024-02-10", on(2023, 12, 14)),
    ]

    static let holidayRangeUnderWay: [Case] = [
        news("The sale runs from Boxing Day until Jan. 3.", "Boxing Day until Jan. 3", "2023-12-26/2024-01-03", on(2023, 12, 29)),
        news("The festival runs from Christmas Eve to Jan. 5.", "Christmas Eve to Jan. 5", "2023-12-24/2024-01-05", on(2023, 12, 29)),
        news("The store opens late from Thanksgiving through Christmas Eve.", "Thanksgiving through Christmas Eve",
             "2023-11-23/2023-12-24", on(2023, 12, 1)),
    ]

    /// Guards (these read right before the round, and must stay so): an hour without "time", a count of days' time, no
    /// possessive; a day-first day done in the past, after "for" with no plan, a past plan's day in the dateline's year or
    /// far off.
    static let guards: [Case] = [
        length("The ferry leaves in an hour.", "an hour", "PT1H", on(2023, 2, 15)),
        news("Talks resume in 10 days' time.", "10 days' time", "2023-02-25", on(2023, 2, 15)),
        length("He won in an hour's play.", "an hour", "PT1H", on(2023, 2, 15)),
        news("The vote was held on 15 January.", "15 January", "2022-01-15", december),
        news("He was jailed for 6 January offences.", "6 January", "2022-01-06", december),
        news("The concert was scheduled for 28 December.", "28 December", "2022-12-28", on(2022, 11, 20)),
        news("The vote was set for 6 May but never took place.", "6 May", "2022-05-06", on(2022, 11, 20)),
        news("The vote was scheduled for 15 March.", "15 March", "2022-03-15", december),
        news("The sale ran from Boxing Day until Jan. 3.", "Boxing Day until Jan. 3", "2022-12-26/2023-01-03", on(2023, 11, 10)),
        news("The shop will close from Christmas Eve to Jan. 2.", "Christmas Eve to Jan. 2", "2024-12-24/2025-01-02",
             on(2024, 1, 10)),
        news("The exhibition runs from Dec. 26 to Jan. 3.", "Dec. 26 to Jan. 3", "2023-12-26/2024-01-03", on(2023, 12, 29)),
    ]

    @Test(arguments: clockUnitsTime)
    func clockUnitsKeepTheirTime(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: dayFirstPlanAcrossNewYear)
    func dayFirstPlanDayAcrossNewYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: holidayRangeUnderWay)
    func holidayRangesUnderWay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func readingStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
