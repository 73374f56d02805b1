import Testing
@testable import Chronicle

/// The hundred-and-twenty-third round, international English dates (Indian, British, Australian, African, Irish,
/// Singaporean copy). A range of ordinal days before one month ("from 5th to 7th March", "between 3rd and 5th April",
/// "5th-7th October") keeps its start; days listed before the day that writes the month take that month ("on 13 and 14
/// March", "on the 13th and 14th of March", "on the 3rd, 4th and 5th of May"); a split fiscal year written with its
/// fiscal words ("FY2022-23", "the financial year 2023-24", "the 2022-23 fiscal year", "Q3 FY2022-23", "Union Budget
/// 2023-24") is one year, the
/// one it closes in, as "FY23" and "fiscal 2023" name it; "a fortnight from today", "two weeks from today", "this day
/// fortnight" are the day.
/// Near-misses: split years without fiscal words ("the 2022-23 season") stay two years, lists of counts stay untagged,
/// "two weeks from now" stays the week.
@Suite("Family news round 123")
struct FamilyNewsRound123Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    /// The datelines: a Sunday, a Tuesday, a Monday and a Tuesday.
    static let sunday = on(2023, 2, 12), tuesday = on(2023, 6, 20), monday = on(2023, 9, 4), budgetDay = on(2023, 5, 30)

    /// A range of ordinal days before one month keeps its start.
    static let ordinalDayRanges: [Case] = [
        news("The festival runs from 5th to 7th March.", "5th to 7th March", "2023-03-05/2023-03-07", sunday),
        news("The fair will run from 12th to 15th April at the showground.", "12th to 15th April", "2023-04-12/2023-04-15", sunday),
        news("Nominations close between 3rd and 5th April.", "3rd and 5th April", "2023-04-03/2023-04-05", sunday),
        news("The match is scheduled from 1st to 3rd of June.", "1st to 3rd of June", "2023-06-01/2023-06-03", sunday),
        news("The test match runs from 27th to 31st July 2023 at Lord's.", "27th to 31st July 2023", "2023-07-27/2023-07-31",
             tuesday),
        news("The show runs 5th-7th October at the Sydney Showground.", "5th-7th October", "2023-10-05/2023-10-07", monday),
        news("The tournament runs 3rd - 5th March in Dublin.", "3rd - 5th March", "2023-03-03/2023-03-05", sunday),
    ]

    /// Days listed before the day that writes the month take that month (each its own date).
    static let listedDays: [Case] = [
        news("The inquiry sat on the 13th and 14th of March.", "the 13th", "2023-03-13", sunday),
        news("The inquiry sat on the 13th and 14th of March.", "14th of March", "2023-03-14", sunday),
        news("The hearings will be held on 13 and 14 March.", "13", "2023-03-13", sunday),
        news("Voting takes place on the 3rd, 4th and 5th of May.", "the 3rd", "2023-05-03", sunday),
        news("Voting takes place on the 3rd, 4th and 5th of May.", "4th", "2023-05-04", sunday),
        news("Voting takes place on the 3rd, 4th and 5th of May.", "5th of May", "2023-05-05", sunday),
        news("The strike will be held on 20th and 21st February.", "20th", "2023-02-20", sunday),
        news("Talks were held in Nairobi on 2nd and 3rd May.", "2nd", "2023-05-02", tuesday),
        news("Rains lashed Mumbai on the 8th, 9th and 10th of June, officials said.", "the 8th", "2023-06-08", tuesday),
        news("Rains lashed Mumbai on the 8th, 9th and 10th of June, officials said.", "9th", "2023-06-09", tuesday),
        news("The exams will take place on 12, 13 and 14 July.", "12", "2023-07-12", tuesday),
        news("The exams will take place on 12, 13 and 14 July.", "13", "2023-07-13", tuesday),
        news("Protests were reported on 17th or 18th May.", "17th", "2023-05-17", tuesday),
    ]

    /// A split fiscal year written with its fiscal words: the year it closes in.
    static let fiscalSplitYears: [Case] = [
        news("Profit rose in FY2022-23.", "FY2022-23", "2023", sunday),
        news("Revenue in FY 2023-24 is forecast to rise.", "FY 2023-24", "2024", sunday),
        news("The company said revenue grew 12 percent in the financial year 2023-24.", "2023-24", "2024", sunday),
        news("The bank reported a loss in financial year 2021-22.", "2021-22", "2022", sunday),
        news("Exports rose 6 percent in the 2022-23 fiscal year, the ministry said.", "the 2022-23 fiscal year", "2023", budgetDay),
        news("The 2022/23 tax year brought record receipts.", "The 2022/23 tax year", "2023", budgetDay),
        news("Net profit in FY22-23 was Rs 450 crore.", "FY22-23", "2023", budgetDay),
        news("Sales for fiscal 2022-23 beat estimates.", "fiscal 2022-23", "2023", budgetDay),
        news("Margins widened in Q3 FY2022-23.", "Q3 FY2022-23", "2023-Q3", budgetDay),
        news("The treasury expects a surplus in the 2023-24 budget year.", "the 2023-24 budget year", "2024", monday),
        news("The Union Budget 2023-24 was presented on February 1.", "2023-24", "2024", sunday),
    ]

    /// Weeks counted from today reach a day ("this day fortnight" too).
    static let weeksFromToday: [Case] = [
        news("The report is due a fortnight from today.", "a fortnight from today", "2023-02-26", sunday),
        news("The report is due two weeks from today.", "two weeks from today", "2023-02-26", sunday),
        news("The results are due three weeks from today.", "three weeks from today", "2023-07-11", tuesday),
        news("The cabinet will meet this day fortnight.", "this day fortnight", "2023-02-26", sunday),
        news("The court will rule this day week, the judge said.", "this day week", "2023-06-27", tuesday),
    ]

    /// Near-misses kept: split years without fiscal words stay two years; "from now" stays the week.
    static let kept: [Case] = [
        news("Enrolment fell during the 2022-23 school year.", "2022-23", "2022/2023", sunday),
        news("He was the top scorer in the 2021-22 season.", "2021-22", "2021/2022", sunday),
        news("Output rose in 2021-22, the report said.", "2021-22", "2021/2022", sunday),
        news("The report is due two weeks from now.", "two weeks from now", "2023-W08", sunday),
        news("He scored 13 and 14 runs on 3 March.", "3 March", "2023-03-03", sunday),
    ]

    /// Near-misses: counts listed before a month or a number stay untagged.
    static let counts: [FamilyLookAlike] = [
        FamilyLookAlike("Chapters 3, 4 and 5 May be read later.", "Chapters 3, 4", dateline: sunday),
        FamilyLookAlike("He scored 13 and 14 runs on 3 March.", "13 and 14", dateline: sunday),
        FamilyLookAlike("Prices rose 5, 6 and 7 percent in March.", "5, 6 and 7", dateline: sunday),
        FamilyLookAlike("Some 2022-23 people attended.", "2022-23", dateline: sunday),
        FamilyLookAlike("The score was 3 - 5 in March.", "3 - 5", dateline: sunday),
    ]

    @Test(arguments: ordinalDayRanges)
    func ordinalDayRangeKeepsStart(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: listedDays)
    func listedDaysTakeMonth(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: fiscalSplitYears)
    func fiscalSplitYearIsClosingYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: weeksFromToday)
    func weeksFromTodayIsDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: kept)
    func nearMissesKept(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: counts)
    func countsStayUntagged(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
