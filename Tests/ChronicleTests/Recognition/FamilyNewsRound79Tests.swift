import Testing
@testable import Chronicle

/// The seventy-ninth round, ranges on held-out news: a range of clock times whose second end is put on a day ("polls are
/// open from 7 a.m. to 8 p.m. on Tuesday", "between 10 a.m. and 4 p.m. Saturday") is that day's from its start: the
/// first clock time was the dateline's (or the story's) day, the range ran over several days, and the day after "on"
/// was read on its own; a list of days after a written date ("Jan. 5, 12 and 19"). Dateline: Fri 2013-03-22 unless a
/// case says otherwise.
@Suite("Family news round 79")
struct FamilyNewsRound79Tests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let wednesday = CalendarDate(year: 2019, month: 6, day: 12)

    static let cases: [Case] = [
        // The day after "on", in a future clause.
        N.news("Voting will run from 7 a.m. to 8 p.m. on Tuesday.", "7 a.m. to 8 p.m.", .time, "2013-03-26T07:00/2013-03-26T20:00"),
        N.news("The museum will be open from 10 a.m. to 4 p.m. on Sunday.", "10 a.m. to 4 p.m.", .time,
               "2013-03-24T10:00/2013-03-24T16:00"),
        N.news("The road will be closed between 9 a.m. and 3 p.m. on Saturday.", "9 a.m. and 3 p.m.", .time,
               "2013-03-23T09:00/2013-03-23T15:00"),
        N.news("A concert will be held from 8 to 10 p.m. on Saturday.", "8 to 10 p.m.", .time,
               "2013-03-23T20:00/2013-03-23T22:00"),
        // The day written right after the clock time; a date or a holiday instead of a weekday.
        N.news("The shop will open from 9 a.m. to 5 p.m. Saturday.", "9 a.m. to 5 p.m. Saturday", .time,
               "2013-03-23T09:00/2013-03-23T17:00"),
        N.news("Hearings run from 9:30 a.m. to 1 p.m. on April 4.", "9:30 a.m. to 1 p.m.", .time,
               "2013-04-04T09:30/2013-04-04T13:00"),
        N.news("The store will be open between 10 a.m. and 2 p.m. on Christmas Day.", "10 a.m. and 2 p.m.", .time,
               "2013-12-25T10:00/2013-12-25T14:00"),
        // A past clause: the day before the dateline, the whole range on it.
        N.news("Protesters marched from noon to 4 p.m. on Saturday.", "noon to 4 p.m.", .time, "2013-03-16T12:00/2013-03-16T16:00"),
        N.news("The office was closed from 9 a.m. to 1 p.m. on March 15.", "9 a.m. to 1 p.m.", .time,
               "2013-03-15T09:00/2013-03-15T13:00"),
        // Another dateline (Wed 2019-06-12).
        N.news("The bridge was closed from 6 a.m. to 2 p.m. on Monday.", "6 a.m. to 2 p.m.", .time,
               "2019-06-10T06:00/2019-06-10T14:00", dateline: wednesday),
        N.news("Polling stations will stay open from 8 a.m. to 9 p.m. on Sunday.", "8 a.m. to 9 p.m.", .time,
               "2019-06-16T08:00/2019-06-16T21:00", dateline: wednesday),
    ]

    /// Guards (these read right before the round, and must stay so): a night's range keeps its start the day before;
    /// a range with no day stays on the dateline's; a day the first end writes is its own.
    static let guards: [Case] = [
        N.news("The curfew runs from 10 p.m. to 6 a.m. on Saturday.", "10 p.m. to 6 a.m.", .time, "2013-03-22T22:00/2013-03-23T06:00"),
        N.news("Polls are open from 7 a.m. to 8 p.m.", "7 a.m. to 8 p.m.", .time, "2013-03-22T07:00/2013-03-22T20:00"),
        N.news("The strike ran from 6 a.m. Monday to 6 p.m. Tuesday.", "6 a.m. Monday to 6 p.m. Tuesday", .time,
               "2013-03-18T06:00/2013-03-19T18:00"),
    ]

    /// A list of days after a written date, set off by commas and closed by "and" or "or": each day is an expression of
    /// its own with the first one's month and year (only the first was found); a year after the last day is every day's
    /// (it was a year of its own, and the days the dateline's year's).
    static let listedDays: [Case] = [
        N.news("Hearings are set for Jan. 5, 12 and 19.", "12", "2014-01-12"),
        N.news("Hearings are set for Jan. 5, 12 and 19.", "19", "2014-01-19"),
        N.news("Meetings were held on Oct. 4, 11 and 18 last year.", "18", "2012-10-18"),
        N.news("Classes will meet on April 2, 9, 16 and 23.", "16", "2013-04-16"),
        N.news("Classes will meet on April 2, 9, 16 and 23.", "23", "2013-04-23"),
        N.news("The strikes took place on Feb. 3, 5, and 7.", "7", "2013-02-07"),
        N.news("Talks could be held on May 6, 7 or 8.", "8", "2013-05-08"),
        N.news("The council met on June 3, 10 and 24, 2019.", "10", "2019-06-10", dateline: wednesday),
        // A year after the list's last day is every day's (and the last day's extent).
        N.news("The storm hit on Oct. 29, 30 and 31, 2012.", "Oct. 29", "2012-10-29", dateline: wednesday),
        N.news("The storm hit on Oct. 29, 30 and 31, 2012.", "31, 2012", "2012-10-31", dateline: wednesday),
        N.news("Strikes were called on Nov. 5 and 6, 2015.", "Nov. 5", "2015-11-05", dateline: wednesday),
    ]

    /// Not a list of days: a count after the date's comma, a list that ends in counts, decimals.
    static let notDays: [FamilyLookAlike] = [
        FamilyLookAlike("On March 3, 12 were hurt in the blast.", "12 were", dateline: N.friday),
        FamilyLookAlike("On March 3, 12 and 14 soldiers were hurt.", "12 and 14 soldiers", dateline: N.friday),
        FamilyLookAlike("On March 13, 12 and 14 people were hurt.", "12 and 14 people", dateline: N.friday),
        FamilyLookAlike("Prices rose on March 3, 4.5 percent and 5 percent.", "4.5 percent and 5 percent", dateline: N.friday),
        FamilyLookAlike("On March 20, 12 and 3 were the winning numbers.", "12 and 3", dateline: N.friday),
        FamilyLookAlike("On Jan. 9, 15 and 16 of the suspects were freed.", "15 and 16 of", dateline: N.friday),
    ]

    @Test(arguments: listedDays)
    func dayList(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: notDays)
    func notADayList(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: cases)
    func clockRangeOnADay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func nightOrOwnDay(_ item: Case) throws { try FamilyCheck.check(item) }
}
