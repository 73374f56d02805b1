import Testing
@testable import Chronicle

/// The hundred-and-twenty-sixth round, values left by rounds 116-123. A quarter or a half of a split fiscal year ("the
/// first quarter of 2013-14", "the third quarter of FY2012-13", "the second half of 2012/13", "the third quarter of
/// 2013-2014") is valued by the year the fiscal year closes in, as round 123 values "FY2013-14" (2014) and "Q3 FY2022-23"
/// (2023-Q3), and as "the first quarter of fiscal 2014" is 2014-Q1.
/// A present schedule written as four mentions ("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday", "The
/// closure lasts from 10 p.m. on Friday until 6 a.m. on Monday") wholly over on the dateline is the coming one.
/// A clock before "weekdays" or "weeknights" ("The office opens at 9 a.m. on weekdays", "Hours are 8 a.m. to 6 p.m. on
/// weekdays") is the hour of any such day, as one before "weekends" is.
/// A dotted clock after a passive "held" ("Talks were held between 09.30 and 11.45 yesterday", "will be held at 14.30")
/// is a time.
/// Near-misses: a quarter of a calendar year ("the first quarter of 2013") and of a season ("the second half of the
/// 2022-23 season") keep their values; a schedule still running on the dateline, or told in the past ("ran from …"),
/// keeps its days; an active or a rate's "held" keeps its dotted number an amount; a clock on a named day, or before
/// "Weekdays" in the next sentence, keeps its day.
@Suite("Family news round 126")
struct FamilyNewsRound126Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    /// The datelines: a Friday in August and a Tuesday in May.
    static let august = on(2014, 8, 1), may = on(2022, 5, 17)
    /// A Thursday, a Sunday and a Tuesday in April 2013.
    static let thursday = on(2013, 4, 11), sunday = on(2013, 4, 14), tuesday = on(2013, 4, 16)

    /// A quarter or a half of a split fiscal year: the fiscal year's closing year.
    static let splitFiscalQuarters: [Case] = [
        news("Profit rose in the first quarter of 2013-14.", "the first quarter of 2013-14", "2014-Q1", august),
        news("Sales fell in the third quarter of FY2012-13.", "the third quarter of FY2012-13", "2013-Q3", august),
        news("Revenue fell in the second half of 2012/13.", "the second half of 2012/13", "2013-H2", august),
        news("The bank expects growth in the fourth quarter of fiscal 2014-15.", "the fourth quarter of fiscal 2014-15",
             "2015-Q4", august),
        news("Exports rose in the second quarter of 2021-22.", "the second quarter of 2021-22", "2022-Q2", may),
        news("Margins narrowed in the first half of 2019-20.", "the first half of 2019-20", "2020-H1", may),
        news("Output rose in the third quarter of 2013-2014.", "the third quarter of 2013-2014", "2014-Q3", august),
    ]

    @Test(arguments: splitFiscalQuarters)
    func quarterOfSplitFiscalYear(_ item: Case) throws { try FamilyCheck.check(item) }

    /// A season's half is no fiscal quarter.
    static let seasons: [FamilyLookAlike] = [
        FamilyLookAlike("The second half of the 2022-23 season was poor.", "The second half", dateline: may),
    ]

    @Test(arguments: seasons)
    func seasonHalves(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// A present schedule over weekdays, wholly past on the dateline: the coming days.
    static let schedules: [Case] = [
        time("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday.", "8 a.m.", "2013-04-15T08:00", thursday),
        news("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday.", "Monday", "2013-04-15", thursday),
        time("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday.", "8 p.m.", "2013-04-17T20:00", thursday),
        news("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday.", "Wednesday", "2013-04-17", thursday),
        news("The closure lasts from 10 p.m. on Friday until 6 a.m. on Monday.", "Friday", "2013-04-12", thursday),
        news("The closure lasts from 10 p.m. on Friday until 6 a.m. on Monday.", "Monday", "2013-04-22", tuesday),
        time("Engineering works continue from 9 p.m. on Saturday to 5 a.m. on Sunday.", "9 p.m.", "2013-04-20T21:00", tuesday),
        news("The exhibition runs from 10 a.m. on Tuesday to 4 p.m. on Thursday.", "Tuesday", "2013-04-16", sunday),
    ]

    @Test(arguments: schedules)
    func presentScheduleAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    /// A clock before the days of the working week: the hour of any such day.
    static let workingWeekClocks: [Case] = [
        time("The office opens at 9 a.m. on weekdays.", "9 a.m.", "XXXX-XX-XXT09:00", thursday),
        time("Hours are 8 a.m. to 6 p.m. on weekdays.", "8 a.m. to 6 p.m.", "XXXX-XX-XXT08:00/XXXX-XX-XXT18:00", thursday),
        time("The bridge shuts from 10 p.m. to 5 a.m. on weeknights.", "10 p.m. to 5 a.m.", "XXXX-XX-XXT22:00/XXXX-XX-XXT05:00",
             sunday),
        time("The clinic opens at 8.30 a.m. on weekdays.", "8.30 a.m.", "XXXX-XX-XXT08:30", tuesday),
        time("Visits are allowed at 2 p.m. on weekdays, the hospital said.", "2 p.m.", "XXXX-XX-XXT14:00", tuesday),
    ]

    @Test(arguments: workingWeekClocks)
    func clockOnWeekdays(_ item: Case) throws { try FamilyCheck.check(item) }

    /// A dotted clock after a passive "held": a meeting's time.
    static let heldClocks: [Case] = [
        time("Talks were held between 09.30 and 11.45 yesterday.", "09.30 and 11.45 yesterday",
             "2013-04-10T09:30/2013-04-10T11:45", thursday),
        time("The vote will be held at 14.30 on Monday.", "14.30", "2013-04-15T14:30", thursday),
        time("The hearing is being held between 10.00 and 12.30 today.", "10.00 and 12.30 today",
             "2013-04-11T10:00/2013-04-11T12:30", thursday),
    ]

    @Test(arguments: heldClocks)
    func dottedClockAfterPassiveHeld(_ item: Case) throws { try FamilyCheck.check(item) }

    /// Near-misses: a price's or a rate's "held" keeps its dotted number an amount.
    static let heldAmounts: [FamilyLookAlike] = [
        FamilyLookAlike("The index held at 19.45 yesterday.", "19.45", dateline: thursday),
        FamilyLookAlike("The rate was held at 10.50 on Monday.", "10.50", dateline: thursday),
    ]

    @Test(arguments: heldAmounts)
    func heldAmountsKept(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// Near-misses: a quarter of a calendar year, or of a fiscal year written as one; a schedule under way on the
    /// dateline, or told in the past; a clock on a named day, or before another sentence's "Weekdays".
    static let nearMisses: [Case] = [
        news("Profit rose in the first quarter of 2013.", "the first quarter of 2013", "2013-Q1", august),
        news("Sales rose in the first quarter of fiscal 2014.", "the first quarter of fiscal 2014", "2014-Q1", august),
        news("Margins widened in Q3 FY2022-23.", "Q3 FY2022-23", "2023-Q3", may),
        news("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday.", "Monday", "2013-04-15", tuesday),
        news("The closure lasts from 10 p.m. on Friday until 6 a.m. on Monday.", "Friday", "2013-04-12", sunday),
        news("The exhibition runs from 10 a.m. on Tuesday to 4 p.m. on Thursday.", "Tuesday", "2013-04-09", thursday),
        news("The walkout lasted from 8 a.m. on Monday until noon on Tuesday.", "Monday", "2013-04-08", thursday),
        time("Police held him from 6 p.m. on Tuesday until 2 a.m. on Wednesday.", "6 p.m.", "2013-04-09T18:00", thursday),
        time("The office opened at 9 a.m. on Monday.", "9 a.m.", "2013-04-08T09:00", thursday),
        time("The meeting starts at 9 a.m. Weekdays are busy.", "9 a.m.", "2013-04-11T09:00", thursday),
    ]

    @Test(arguments: nearMisses)
    func nearMissesKept(_ item: Case) throws { try FamilyCheck.check(item) }
}
