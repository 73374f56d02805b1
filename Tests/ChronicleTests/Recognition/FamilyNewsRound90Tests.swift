import Testing
@testable import Chronicle

/// The ninetieth round, values earlier rounds left: a range of clock times opened by midnight and put on a named day
/// ("from midnight to 6 a.m. on Sunday": the named day's small hours, not a start on the dateline and an end days later),
/// and a past perfect finished by a bare weekday ("had repaid the loan by Thursday": the Thursday before the dateline, not
/// the nearest one). Dateline: Fri 2013-03-22 unless a case says otherwise.
@Suite("Family news round 90")
struct FamilyNewsRound90Tests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let wednesday = FamilyNewsRound79Tests.wednesday
    static let thursday = CalendarDate(year: 2024, month: 11, day: 14)
    static let tuesday = CalendarDate(year: 2016, month: 9, day: 6)

    static let midnights: [Case] = [
        // Future and past clauses, a weekday after "on" or bare, a date, a holiday.
        N.news("The curfew will run from midnight to 6 a.m. on Sunday.", "midnight to 6 a.m.", .time,
               "2013-03-24T00:00/2013-03-24T06:00"),
        N.news("The curfew ran from midnight to 6 a.m. on Sunday.", "midnight to 6 a.m.", .time,
               "2013-03-17T00:00/2013-03-17T06:00"),
        N.news("Shops will close from midnight to 6 a.m. on March 30.", "midnight to 6 a.m.", .time,
               "2013-03-30T00:00/2013-03-30T06:00"),
        N.news("Shops closed from midnight until 5 a.m. on Christmas Day.", "midnight until 5 a.m.", .time,
               "2012-12-25T00:00/2012-12-25T05:00"),
        N.news("The road will be closed from midnight to 6 a.m. Sunday.", "midnight to 6 a.m. Sunday", .time,
               "2019-06-16T00:00/2019-06-16T06:00", dateline: wednesday),
        N.news("Police sealed the area from midnight to 4 a.m. on Monday.", "midnight to 4 a.m.", .time,
               "2019-06-10T00:00/2019-06-10T04:00", dateline: wednesday),
    ]

    static let pastPerfects: [Case] = [
        N.news("The company had repaid the loan by Thursday.", "Thursday", "2019-06-06", dateline: wednesday),
        N.news("Most residents had left by Friday.", "Friday", "2019-06-07", dateline: wednesday),
        N.news("Most residents had left by Friday.", "Friday", "2024-11-08", dateline: thursday),
        N.news("The lender had been repaid in full by Thursday.", "Thursday", "2016-09-01", dateline: tuesday),
    ]

    /// Near misses (right before the round, and must stay so): a midnight range with no day; a range after midnight on a
    /// day; a bare end; an obligation, a time allowed, a reported future, a fronted "By Monday".
    static let guards: [Case] = [
        N.news("The curfew runs from midnight to 5 a.m.", "midnight to 5 a.m.", .time, "2013-03-23T00:00/2013-03-23T05:00"),
        N.news("The curfew will run from 1 a.m. to 5 a.m. on Sunday.", "1 a.m. to 5 a.m.", .time,
               "2013-03-24T01:00/2013-03-24T05:00"),
        N.news("The road will be closed until 6 a.m. on Sunday.", "6 a.m.", .time, "2013-03-24T06:00"),
        N.news("Residents had to leave by Friday.", "Friday", "2019-06-14", dateline: wednesday),
        N.news("The firm had until Friday to respond.", "Friday", "2019-06-14", dateline: wednesday),
        N.news("The company said it would repay the loan by Thursday.", "Thursday", "2019-06-13", dateline: wednesday),
        N.news("By Monday, the rebels had withdrawn.", "Monday", "2019-06-10", dateline: wednesday),
    ]

    @Test(arguments: midnights)
    func midnightOnNamedDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: pastPerfects)
    func pastPerfectByWeekday(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func nearMisses(_ item: Case) throws { try FamilyCheck.check(item) }
}
