import Testing
@testable import Chronicle

/// The eighty-third round, a night's range of clock times on a named day ("a curfew from 9 p.m. to 6 a.m. on March 3"):
/// the end is on the day it names and the start, which has no day of its own, is the evening before (it was the
/// dateline's or the story's day, and a written date at the end could be moved a year later). Dateline: Fri 2013-03-22
/// unless a case says otherwise.
@Suite("Family news round 83")
struct FamilyNewsRound83Tests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let wednesday = FamilyNewsRound79Tests.wednesday
    static let friday = CalendarDate(year: 2013, month: 3, day: 1)
    static let january = CalendarDate(year: 2021, month: 1, day: 8)

    static let cases: [Case] = [
        // A written date after an earlier one: the end stays in its year, the start the evening before.
        N.news("Rebels attacked the town on March 20. The curfew ran from 9 p.m. to 6 a.m. on March 3.", "9 p.m. to 6 a.m.",
               .time, "2013-03-02T21:00/2013-03-03T06:00"),
        N.news("The protest was held on Jan. 2. A curfew was imposed from 8 p.m. to 5 a.m. on Jan. 5.", "8 p.m. to 5 a.m.",
               .time, "2021-01-04T20:00/2021-01-05T05:00", dateline: january),
        // A past clause ending on a weekday: the weekday before the dateline, not the next week's.
        N.news("The curfew ran from 10 p.m. to 6 a.m. on Thursday.", "10 p.m. to 6 a.m.", .time,
               "2013-03-20T22:00/2013-03-21T06:00"),
        N.news("Police said the road was closed from 11 p.m. to 5 a.m. on Monday.", "11 p.m. to 5 a.m.", .time,
               "2019-06-09T23:00/2019-06-10T05:00", dateline: wednesday),
        // A future clause: a date, a weekday, a holiday.
        N.news("The curfew will run from 9 p.m. to 6 a.m. on March 3.", "9 p.m. to 6 a.m.", .time,
               "2013-03-02T21:00/2013-03-03T06:00", dateline: friday),
        N.news("Officials said the bridge would be shut from 10 p.m. to 6 a.m. on Jan. 10.", "10 p.m. to 6 a.m.", .time,
               "2021-01-09T22:00/2021-01-10T06:00", dateline: january),
        N.news("The blackout will last from 10:30 p.m. to 4 a.m. on Sunday.", "10:30 p.m. to 4 a.m.", .time,
               "2019-06-15T22:30/2019-06-16T04:00", dateline: wednesday),
        N.news("Stores will stay open from 8 p.m. to 2 a.m. on Christmas Day.", "8 p.m. to 2 a.m.", .time,
               "2013-12-24T20:00/2013-12-25T02:00"),
    ]

    /// Near misses (right before the round, and must stay so): both ends on days of their own; no day at all; a
    /// daytime range on a day; a night's range on a weekday in a present clause.
    static let guards: [Case] = [
        N.news("The strike ran from 10 p.m. Saturday to 6 a.m. Sunday.", "10 p.m. Saturday to 6 a.m. Sunday", .time,
               "2013-03-16T22:00/2013-03-17T06:00"),
        N.news("The curfew runs from 10 p.m. to 6 a.m.", "10 p.m. to 6 a.m.", .time, "2013-03-22T22:00/2013-03-23T06:00"),
        N.news("Voting will run from 7 a.m. to 8 p.m. on Tuesday.", "7 a.m. to 8 p.m.", .time, "2013-03-26T07:00/2013-03-26T20:00"),
        N.news("The curfew runs from 10 p.m. to 6 a.m. on Saturday.", "10 p.m. to 6 a.m.", .time, "2013-03-22T22:00/2013-03-23T06:00"),
    ]

    @Test(arguments: cases)
    func nightOnNamedDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func ownDaysOrNone(_ item: Case) throws { try FamilyCheck.check(item) }
}
