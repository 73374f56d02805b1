import Testing
@testable import Chronicle

/// The fifty-third round: value and extent leftovers. Families: a bare plural unit before "that followed" is a vague
/// length ("In the years that followed", `PXY`, the article left out as AQUAINT writes it; was untagged); a commodity's
/// price "for" a month is the contract month ("Brent for May settled", was last May); a fiscal year "ending" on a month
/// with its year is one expression named as the fiscal-year rule names it ("the fiscal year ending March 2014": 2013,
/// was the month alone); "a couple of days a week" is one set (was "a couple of days" and "a week").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, fifty-third round")
struct FamilyNewsRound53Tests {
    typealias N = FamilyNewsDirectionTests

    static let followedStretches: [FamilyCase] = [
        N.news("In the years that followed, the party lost much of its support.", "years", .duration, "PXY"),
        N.news("In the months that followed the crash, the airline cut 3,000 jobs.", "months", .duration, "PXM"),
        N.news("The weeks that followed were chaotic, residents said.", "weeks", .duration, "PXW"),
        N.news("In the decades that followed, the city rebuilt its port.", "decades", .duration, "PXY"),
        N.news("In the days which followed, rescuers pulled 40 people from the rubble.", "days", .duration, "PXD"),
    ]

    @Test(arguments: followedStretches)
    func stretchThatFollowed(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A commodity's price for a month, "delivery" left out, is that month's contract: this month or one ahead.
    static let contractMonths: [FamilyCase] = [
        N.news("Brent for May settled at $107.46 a barrel, up 45 cents.", "May", "2013-05"),
        N.news("Brent crude for May settled at $107.46.", "May", "2013-05"),
        N.news("Copper for May slipped 1 percent in London.", "May", "2013-05"),
        N.news("In New York, gasoline for May ended 3 cents lower at $3.10 a gallon.", "May", "2013-05"),
        N.news("Silver for May ended 10 cents lower at $28.70 an ounce.", "May", "2013-05"),
        N.news("Soybeans for May settled 12 cents higher at $14.40 a bushel.", "May", "2013-05"),
    ]

    @Test(arguments: contractMonths)
    func commodityForMonth(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A fiscal year closing on a month with its year: the fiscal year opening the month after, named by the calendar year
    /// most of it falls in (`Mention.fiscalYear`).
    static let fiscalYearsEnding: [FamilyCase] = [
        N.news("The deficit is expected to narrow to 4.8 percent of GDP in the fiscal year ending March 2014.",
               "the fiscal year", "2013"),
        N.news("Profit for the fiscal year ending March 2013 rose 12 percent.", "the fiscal year", "2012"),
        N.news("The deficit will be $850 billion in the fiscal year ending Sept. 30, 2014.", "the fiscal year", "2014"),
        N.news("Growth is forecast at 5 percent in the financial year ending in March 2014.", "the financial year", "2013"),
        N.news("The deficit will be 5.2 percent in the fiscal year ending March 2014.", "March 2014", "2014-03"),
    ]

    @Test(arguments: fiscalYearsEnding)
    func fiscalYearEnding(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let coupleRates: [FamilyCase] = [
        N.news("She works from home a couple of days a week.", "a couple of days a week", .set, "P1W"),
        N.news("He calls his mother a couple of times a month.", "a couple of times a month", .set, "P1M"),
        N.news("The ferry runs only a couple of days a week in winter.", "a couple of days a week", .set, "P1W"),
    ]

    @Test(arguments: coupleRates)
    func coupleOfDaysAWeek(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
