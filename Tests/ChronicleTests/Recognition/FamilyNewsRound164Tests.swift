import Testing
@testable import Chronicle

/// The hundred-and-sixty-fourth round: values rounds 154, 159 and 160 left. (1) A day of January or February a plan was
/// set for in a past clause ("The vote was scheduled for Jan. 15", written on Dec. 20) is the coming one when it is at most
/// 60 days ahead (was last January's); further off the past clause keeps the day gone ("was set for May 6", written in
/// November). (2) "in" a vague count of units and "'s time" ("in a few months' time", "in several years' time") is the
/// future, `FUTURE_REF`, "time" and all (was the length "a few months"). (3) A weekday before a capitalised noun of a
/// publication ("the paper's Sunday Magazine", "the Saturday Review", "the Sunday Gazette") is part of its name, no day.
/// Each case pins its own dateline.
@Suite("Family news round 164")
struct FamilyNewsRound164Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let december = CalendarDate(year: 2022, month: 12, day: 20)

    static let pastPlanAcrossNewYear: [Case] = [
        news("The vote was scheduled for Jan. 15.", "Jan. 15", "2023-01-15", december),
        news("The hearing was planned for Feb. 2 but was moved.", "Feb. 2", "2023-02-02", december),
        news("The launch had been set for January 20.", "January 20", "2023-01-20", december),
        news("The strike was slated for Jan. 9, union leaders said.", "Jan. 9", "2023-01-09", december),
        news("The summit was scheduled for Feb. 10 before it was called off.", "Feb. 10", "2024-02-10", on(2023, 12, 14)),
        news("The referendum was planned for Jan. 3.", "Jan. 3", "2022-01-03", on(2021, 11, 25)),
    ]

    static let vagueTimeAhead: [Case] = [
        news("The ferry will be back in service in a few weeks' time.", "a few weeks' time", "FUTURE_REF", on(2023, 2, 15)),
        news("Voters go to the polls in several months' time.", "several months' time", "FUTURE_REF", on(2023, 2, 15)),
        news("The bridge reopens in a few days' time.", "a few days' time", "FUTURE_REF", on(2021, 5, 4)),
        news("We will know more in a few years' time, the minister said.", "a few years' time", "FUTURE_REF", on(2024, 8, 30)),
        news("The market may recover in a few months' time.", "a few months' time", "FUTURE_REF", on(2022, 10, 7)),
    ]

    static let publications: [FamilyLookAlike] = [
        FamilyLookAlike("The interview ran in the paper's Sunday Magazine.", "Sunday", dateline: on(2023, 2, 15)),
        FamilyLookAlike("The Saturday Review praised the novel.", "Saturday", dateline: on(2023, 2, 15)),
        FamilyLookAlike("She told the Sunday Journal that she would run.", "Sunday", dateline: on(2022, 5, 10)),
        FamilyLookAlike("A columnist for the Sunday Gazette wrote the piece.", "Sunday", dateline: on(2021, 3, 3)),
        FamilyLookAlike("The Friday Supplement carried the list of winners.", "Friday", dateline: on(2024, 1, 19)),
        FamilyLookAlike("Readers of the Sunday Examiner wrote in.", "Sunday", dateline: on(2023, 2, 15)),
    ]

    /// Guards (these read right before the round, and must stay so): a past plan's day far off, a day done in the past, a
    /// day after "for" with no plan, a past plan's day in the dateline's year; a length without "time", a count's point, an
    /// hour's time; a weekday before a lower-case noun or a verb.
    static let guards: [Case] = [
        news("The vote was set for May 6 but never took place.", "May 6", "2022-05-06", on(2022, 11, 20)),
        news("The vote was held on Jan. 15.", "Jan. 15", "2022-01-15", december),
        news("The company announced on Jan. 5 that it would cut jobs.", "Jan. 5", "2022-01-05", december),
        news("He was jailed for Jan. 6 offences.", "Jan. 6", "2022-01-06", december),
        news("The concert was scheduled for Dec. 28.", "Dec. 28", "2022-12-28", on(2022, 11, 20)),
        length("The plant reopens in a few months.", "a few months", "PXM", on(2023, 2, 15)),
        news("The plant reopens in three months' time.", "three months' time", "2023-05", on(2023, 2, 15)),
        length("The result comes in an hour's time.", "an hour's time", "PT1H", on(2023, 2, 15)),
        news("The magazine went to press on Sunday.", "Sunday", "2023-02-12", on(2023, 2, 15)),
        news("The review board met on Saturday.", "Saturday", "2023-02-11", on(2023, 2, 15)),
        news("On Monday, Journal editors said the paper would close.", "Monday", "2023-02-13", on(2023, 2, 15)),
    ]

    @Test(arguments: pastPlanAcrossNewYear)
    func pastPlanDayAcrossNewYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: vagueTimeAhead)
    func vagueCountsTimeAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: publications)
    func publicationNames(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func readingStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
