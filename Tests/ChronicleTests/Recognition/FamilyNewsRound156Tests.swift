import Testing
@testable import Chronicle

/// The hundred-and-fifty-sixth round: values rounds 143-153 left. (1) A length in two units before "hence" dates as
/// before "from now" (round 153): "five years and six months hence" 66 months after the dateline (was "five years" and
/// "six months hence"); days and hours before "ago", "from now" or "hence" are one time, the dateline's day as "54 hours
/// ago" reads (were a length and a time). (2) A weekday of a plan reported in the past ("was due to", "were scheduled
/// to", "was set to") is the one gone, as "the vote was scheduled for Thursday" reads (was the coming one). Each case
/// pins its own dateline.
@Suite("Family news round 156")
struct FamilyNewsRound156Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let lengths: [Case] = [
        // Before "hence": that far ahead, in the smaller unit.
        news("The loan is repayable five years and six months hence.", "five years and six months hence", "2028-08", on(2023, 2, 15)),
        news("The bond matures two years and three months hence.", "two years and three months hence", "2026-09", on(2024, 6, 12)),
        news("The treaty expires one year and four months hence.", "one year and four months hence", "2023-02", on(2021, 10, 5)),
        news("The station opens three weeks and two days hence.", "three weeks and two days hence", "2021-10-01", on(2021, 9, 8)),
        // Days and hours: one time, the dateline's day.
        time("The fire started two days and six hours ago.", "two days and six hours ago", "2023-02-15", on(2023, 2, 15)),
        time("Rescuers reached the miners three days and 12 hours ago.", "three days and 12 hours ago", "2024-06-12", on(2024, 6, 12)),
        time("The ferry will dock two days and 10 hours from now.", "two days and 10 hours from now", "2021-09-08", on(2021, 9, 8)),
        time("The probe arrives one day and 20 hours hence.", "one day and 20 hours hence", "2019-04-03", on(2019, 4, 3)),
    ]

    static let plans: [Case] = [
        news("The vote was due to take place on Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("The hearing was set to begin on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("The talks were scheduled to resume on Friday.", "Friday", "2024-06-07", on(2024, 6, 12)),
        news("The strikers were due to return to work on Thursday.", "Thursday", "2022-03-03", on(2022, 3, 9)),
        news("The ship was slated to sail on Sunday, but the storm kept it in port.", "Sunday", "2021-09-05", on(2021, 9, 8)),
    ]

    /// Guards (these read right before the round, and must stay so): a present plan's weekday is ahead, and a past
    /// plan's after a verb of saying (reported speech); a past plan's month the recent or next one; a length in two units alone, or before "hence" after a comma, stays a length; hours
    /// and minutes "ago" keep their time.
    static let guards: [Case] = [
        news("The hearing is set to begin on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("The vote is due to take place on Tuesday.", "Tuesday", "2023-02-21", on(2023, 2, 15)),
        news("Officials say the match is scheduled to start on Saturday.", "Saturday", "2024-06-15", on(2024, 6, 12)),
        news("The summit was due to take place in September.", "September", "2023-09", on(2023, 2, 15)),
        news("Officials said the ferry was due to arrive on Tuesday.", "Tuesday", "2023-02-21", on(2023, 2, 15)),
        news("The minister told reporters the vote was set to take place on Friday.", "Friday", "2024-06-14", on(2024, 6, 12)),
        length("The project ran two years and three months, hence its cost.", "two years and three months", "P2Y3M", on(2023, 2, 15)),
        length("The siege lasted two days and six hours.", "two days and six hours", "P2DT6H", on(2021, 10, 5)),
        time("The fire started two hours and 30 minutes ago.", "two hours and 30 minutes ago", "2023-02-15", on(2023, 2, 15)),
    ]

    @Test(arguments: lengths)
    func compoundHenceOrDaysAndHours(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: plans)
    func pastPlanWeekday(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func readingStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
