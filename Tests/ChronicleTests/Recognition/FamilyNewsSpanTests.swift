import Testing
@testable import Chronicle

/// The twenty-third round's leftovers of the news rounds, in 2013-era wire copy: a part of a month or a day named with
/// "of" ("the first week of March", "the early hours of Saturday"), a day counted from a holiday or a written date ("the
/// day after Christmas", "two weeks before Easter") and the night "overnight" means in a story whose lede named a day.
/// Datelines: Fri 2013-03-22 (default), Mon 2013-03-25, Sun 2013-03-24 and Tue 2013-01-22, UTC.
@Suite("Family news spans")
struct FamilyNewsSpanTests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests
    static let monday = N.monday
    static let january = CalendarDate(year: 2013, month: 1, day: 22)

    static let cases: [Case] = [
        // A week or a half of a month: one expression, the month's value, START for the first, END for the last (the
        // second or third week: the month alone).
        N.news("The central bank will review its policy in the first week of March.", "the first week of March", "2013-03",
               mod: "START"),
        N.news("Sales slowed in the last week of June, the company said.", "the last week of June", "2012-06", mod: "END"),
        N.news("The offer closes in the final week of April.", "the final week of April", "2013-04", mod: "END"),
        N.news("Prices rose sharply in the second half of February.", "the second half of February", "2013-02", mod: "END"),
        N.news("Talks will resume in the first half of April.", "the first half of April", "2013-04", mod: "START"),
        N.news("Shipments picked up in the latter half of January.", "the latter half of January", "2013-01", mod: "END"),
        N.news("The trial is expected to open in the second week of May.", "the second week of May", "2013-05"),
        N.news("Voting ends in the last week of 2013.", "the last week of 2013", "2013", mod: "END"),
        // The early or small hours of a day: the start of that day's morning, one TIME.
        N.news("The fire broke out in the early hours of Saturday.", "the early hours of Saturday", .time, "2013-03-16TMO",
               mod: "START"),
        N.news("Police were called in the small hours of Sunday.", "the small hours of Sunday", .time, "2013-03-17TMO", mod: "START"),
        N.news("The storm hit in the early hours of March 10.", "the early hours of March 10", .time, "2013-03-10TMO", mod: "START"),
        N.news("Rebels shelled the city into the wee hours of Monday.", "the wee hours of Monday", .time, "2013-03-25TMO",
               mod: "START", dateline: monday),
        // A day, a week or a month counted from a holiday or a written day: one expression, the day that far from it.
        N.news("The shooting took place on the day after Christmas.", "the day after Christmas", "2012-12-26"),
        N.news("He was arrested the day before Christmas Eve.", "the day before Christmas Eve", "2012-12-23"),
        N.news("The museum will reopen the day after Easter Monday.", "the day after Easter Monday", "2013-04-02"),
        N.news("The bill was signed the day after New Year's Day.", "the day after New Year's Day", "2013-01-02"),
        N.news("The bombing happened two days after Easter.", "two days after Easter", "2012-04-10"),
        N.news("Stores cut prices in the week before Thanksgiving.", "the week before Thanksgiving", "2012-W46"),
        N.news("The talks collapsed two weeks after Christmas.", "two weeks after Christmas", "2013-W02"),
        N.news("The vote will be held three days after March 28.", "three days after March 28", "2013-03-31"),
        N.news("Parliament reconvenes a month after Easter.", "a month after Easter", "2013-04"),
        // ... a part of the day, a weekend or a weekday next to it, "the final week before" it, its eve.
        N.news("The storm hit the night before Christmas.", "the night before Christmas", .time, "2012-12-24TNI"),
        N.news("The result was announced the morning after Election Day.", "the morning after Election Day", .time, "2012-11-07TMO"),
        N.news("Shoppers crowded malls the weekend before Christmas.", "the weekend before Christmas", "2012-W51-WE"),
        N.news("Crowds returned the weekend after Thanksgiving.", "the weekend after Thanksgiving", "2012-W47-WE"),
        N.news("Online sales peaked the Monday after Thanksgiving.", "the Monday after Thanksgiving", "2012-11-26"),
        N.news("The church holds a service the Monday after Easter.", "the Monday after Easter", "2013-04-01"),
        N.news("Sales picked up in the final week before Christmas.", "the final week before Christmas", "2012-W51"),
        N.news("Stores opened early the day after Thanksgiving.", "the day after Thanksgiving", "2012-11-23"),
        N.news("The vote was held on the eve of Easter.", "the eve of Easter", "2012-04-07"),
        N.news("He resigned on the eve of Thanksgiving.", "the eve of Thanksgiving", "2012-11-21"),
        // A weekend of a month: the weekend of its first (last) Saturday; a few days of a month, a week of last year.
        N.news("The vote is set for the last weekend of April.", "the last weekend of April", "2013-W17-WE"),
        N.news("The festival opens on the first weekend of May.", "the first weekend of May", "2013-W18-WE"),
        N.news("Sales rose in the first few days of March.", "the first few days of March", "2013-03", mod: "START"),
        N.news("The fund closed in the last week of last year.", "the last week of last year", "2012", mod: "END"),
        // "overnight": the night before the dateline's day, not the last day named; across a weekend the lede's day's (a Monday
        // paper on Friday's markets, as TimeBank's "overnight losses").
        N.news("Police arrested two men on Thursday. The attack took place on Monday. Investigators searched six homes overnight.",
               "overnight", .time, "2013-03-21TNI"),
        N.news("Rebels seized the town on Wednesday, officials said. The army had attacked it on Sunday. Fighting raged overnight.",
               "overnight", .time, "2013-03-21TNI"),
        N.news("Shares fell on Friday. Tokyo had closed lower on Thursday. Shares were hit by overnight losses in New York.",
               "overnight", .time, "2013-03-21TNI", dateline: monday),
        N.news("A plane crashed on Saturday, officials said on Sunday. It left Seoul on Friday. Investigators arrived overnight.",
               "overnight", .time, "2013-03-23TNI", dateline: CalendarDate(year: 2013, month: 3, day: 24)),
        N.news("Rebels attacked the town on Saturday. The army had shelled it on Thursday. Fighting raged overnight.",
               "overnight", .time, "2013-03-24TNI", dateline: monday),
        // "overnight on Wednesday", as "overnight Wednesday": that day's night.
        N.news("Troops fought the rebels overnight on Wednesday, officials said.", "overnight on Wednesday", .time, "2013-03-20TNI"),
        N.news("Negotiators worked overnight on Sunday to reach a deal.", "overnight on Sunday", .time, "2013-03-17TNI"),
        // The Asian wires' "the July-September quarter": the calendar quarter those months make, placed as "the third
        // quarter" is; irregular past forms ("shrank", "underwent") make a past clause.
        N.news("Japan's economy shrank in the July-September quarter.", "the July-September quarter", "2012-Q3", dateline: january),
        N.news("The economy grew 0.5 percent in the October-December period.", "the October-December period", "2012-Q4",
               dateline: january),
        N.news("The economy will grow in the April-June quarter.", "the April-June quarter", "2013-Q2", dateline: january),
        N.news("Output shrank in July.", "July", "2012-07", dateline: january),
        N.news("Exports shrank sharply in July.", "July", "2012-07", dateline: january),
        N.news("The company underwent a restructuring in July.", "July", "2012-07", dateline: january),
    ]

    @Test(arguments: cases)
    func span(_ item: Case) throws { try FamilyCheck.check(item) }
}
