import Testing
@testable import Chronicle

/// The hundred-and-sixtieth round: values rounds 154 and 157 left. (1) A weekday closing what a present clause waits or
/// gets ready for ("is ready for the final on Sunday", "await the decision on Sunday", "are braced for heavy snow on
/// Monday") is the coming one (was the nearest, often the one gone). (2) A day of the month of a plan reported in the
/// past ("was set to take effect on July 1", "was due to open on March 3") is the recent one when it has just gone by, else
/// the next, as round 80's month reads (was next year's). Each case pins its own dateline.
@Suite("Family news round 160")
struct FamilyNewsRound160Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let readiness: [Case] = [
        news("The team is ready for the final on Sunday.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        news("The city is braced for heavy snow on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("Investors await the rate decision on Sunday.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        news("Traders are waiting for the jobs report on Friday.", "Friday", "2024-06-14", on(2024, 6, 10)),
        news("The squad looks forward to the derby on Saturday.", "Saturday", "2021-09-11", on(2021, 9, 7)),
        news("Ministers are confident of a deal on Monday.", "Monday", "2022-03-14", on(2022, 3, 9)),
        news("Shoppers are eager for the sale on Friday.", "Friday", "2023-02-17", on(2023, 2, 15)),
    ]

    static let pastPlanDays: [Case] = [
        news("The court blocked the state's new voting law, which was set to take effect on July 1.", "July 1", "2024-07-01", on(2024, 7, 12)),
        news("The museum was due to open on March 3, but the builders were late.", "March 3", "2023-03-03", on(2023, 3, 10)),
        news("The new rules were due to take effect Jan. 1.", "Jan. 1", "2023-01-01", on(2023, 2, 20)),
        news("The merger was slated to close on June 30, but regulators objected.", "June 30", "2023-06-30", on(2023, 7, 12)),
        news("The bridge was scheduled to reopen on Nov. 20.", "Nov. 20", "2022-11-20", on(2023, 1, 10)),
        news("The election was scheduled to take place on 4 March.", "4 March", "2023-03-04", on(2023, 3, 10)),
    ]

    /// Guards (these read right before the round, and must stay so): readiness in the past, a verb of waiting in the
    /// past, an object with a preposition of its own; a past plan's day still ahead, a day done in the past, a present
    /// plan's day, a past plan's weekday.
    static let guards: [Case] = [
        news("The team was ready for the final on Sunday.", "Sunday", "2023-02-12", on(2023, 2, 15)),
        news("Investors awaited the decision on Sunday.", "Sunday", "2023-02-12", on(2023, 2, 15)),
        news("Police are waiting for news of the crash on Sunday.", "Sunday", "2023-02-12", on(2023, 2, 15)),
        news("The team is ready after the final on Sunday.", "Sunday", "2023-02-12", on(2023, 2, 15)),
        news("Residents braced for the storm on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("The museum was due to open on March 3.", "March 3", "2023-03-03", on(2023, 2, 20)),
        news("The law took effect on July 1.", "July 1", "2023-07-01", on(2023, 7, 12)),
        news("The law is set to take effect on July 1.", "July 1", "2024-07-01", on(2023, 7, 12)),
        news("The factory was closed on March 3.", "March 3", "2022-03-03", on(2022, 12, 20)),
        news("The ferry was scheduled for Thursday.", "Thursday", "2023-03-09", on(2023, 3, 10)),
        news("The vote was set for May 6 but never took place.", "May 6", "2022-05-06", on(2022, 11, 20)),
        news("The museum was due to open on March 3.", "March 3", "2024-03-03", on(2023, 7, 12)),
    ]

    @Test(arguments: readiness)
    func awaitedWeekday(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: pastPlanDays)
    func pastPlanDayOfMonth(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func readingStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
