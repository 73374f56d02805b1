import Testing
@testable import Chronicle

/// The forty-sixth round: analysis, explainer and feature copy, full of vague, generic and recurring times. Family: a
/// rate of recurrence, a count of times or of a shorter unit in each longer unit ("24 hours a day", "seven days a week",
/// "60 hours a week", "3 times a day", with digits or a number word), is one set of the longer unit (`P1D`, `P1W`),
/// the count in `freq` (`24H`, `7D`, `3X`), as "three times a week" already was (was two durations, "24 hours" and
/// "a day", or a duration "a day" alone after digits); a vague count ("several times a year", "a few times a month",
/// "several days a week") is the same set with no `freq` (was a duration "a year", or "several days" and "a week").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, forty-sixth round")
struct FamilyNewsRound46Tests {
    typealias N = FamilyNewsDirectionTests

    static let rates: [FamilyCase] = [
        N.news("The hotline is staffed 24 hours a day by volunteers.", "24 hours a day", .set, "P1D"),
        N.news("Crews are working 24 hours a day, seven days a week, to restore power.", "seven days a week", .set, "P1W"),
        N.news("Crews are working 24 hours a day, seven days a week, to restore power.", "24 hours a day", .set, "P1D"),
        N.news("Many nurses in the region work 60 hours a week.", "60 hours a week", .set, "P1W"),
        N.news("Miners at the pit work eight hours a day underground.", "eight hours a day", .set, "P1D"),
        N.news("Shops in the old town are now open seven days a week.", "seven days a week", .set, "P1W"),
        N.news("The striker trains six days a week with the reserves.", "six days a week", .set, "P1W"),
        N.news("Patients take the drug 3 times a day for a month.", "3 times a day", .set, "P1D"),
        N.news("The ferry sails 4 times per week in winter.", "4 times per week", .set, "P1W"),
        N.news("Most of the plant's staff worked 12 hours per day during the crisis.", "12 hours per day", .set, "P1D"),
    ]

    @Test(arguments: rates)
    func rate(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let vagueRates: [FamilyCase] = [
        N.news("The minister visits the region several times a year.", "several times a year", .set, "P1Y"),
        N.news("The two leaders speak by phone a few times a month.", "a few times a month", .set, "P1M"),
        N.news("Residents of the district lose power many times a week.", "many times a week", .set, "P1W"),
        N.news("Volunteers staff the clinic several days a week.", "several days a week", .set, "P1W"),
    ]

    @Test(arguments: vagueRates)
    func vagueRate(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

}
