import Testing
@testable import Chronicle

/// The hundred-and-fifteenth round, a clock range whose end names its day with a deictic word ("from 14:00 to 16:30
/// yesterday", "between 9 a.m. and 5 p.m. tomorrow"): the start, with no day of its own, is on the end's day (the evening
/// before it for a night's range, "from 10 p.m. to 6 a.m. tomorrow"), and the end is no longer "repaired" a year later.
/// Near-misses: a start that names its own day keeps it, a range with no day word stays on the dateline. Dateline: Fri
/// 2013-03-22.
@Suite("Family news round 115")
struct FamilyNewsRound115Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    /// The start takes the day of the end's deictic word.
    static let sharedDay: [Case] = [
        N.news("The road was closed from 14:00 to 16:30 yesterday.", "14:00 to 16:30 yesterday", .time,
               "2013-03-21T14:00/2013-03-21T16:30"),
        N.news("Police stood guard between 14:00 and 16:30 yesterday, a spokesman said.", "14:00 and 16:30 yesterday", .time,
               "2013-03-21T14:00/2013-03-21T16:30"),
        N.news("Fans queued from 2 p.m. to 4 p.m. yesterday outside the stadium.", "2 p.m. to 4 p.m. yesterday", .time,
               "2013-03-21T14:00/2013-03-21T16:00"),
        N.news("Police blocked the road from 14.00 to 16.30 yesterday.", "14.00 to 16.30 yesterday", .time,
               "2013-03-21T14:00/2013-03-21T16:30"),
        N.news("The bridge will shut from 09.00 to 17.30 tomorrow for repairs.", "09.00 to 17.30 tomorrow", .time,
               "2013-03-23T09:00/2013-03-23T17:30"),
        N.news("The shop will open from 9 a.m. to 5 p.m. tomorrow.", "9 a.m. to 5 p.m. tomorrow", .time,
               "2013-03-23T09:00/2013-03-23T17:00"),
        N.news("The market will trade between 8 a.m. and noon tomorrow, the exchange said.", "8 a.m. and noon tomorrow", .time,
               "2013-03-23T08:00/2013-03-23T12:00"),
        N.news("Trains will not run from 10:15 to 18:45 tomorrow because of the strike.", "10:15 to 18:45 tomorrow", .time,
               "2013-03-23T10:15/2013-03-23T18:45"),
    ]

    /// Near-misses: a start with its own day keeps it; without a day word the range is on the dateline; a night's range
    /// starts the evening before the end's day.
    static let ownDays: [Case] = [
        N.news("A curfew will be in force from 10 p.m. to 6 a.m. tomorrow.", "10 p.m. to 6 a.m. tomorrow", .time,
               "2013-03-22T22:00/2013-03-23T06:00"),
        N.news("The shop will open from 9 a.m. today to 5 p.m. tomorrow.", "9 a.m. today to 5 p.m. tomorrow", .time,
               "2013-03-22T09:00/2013-03-23T17:00"),
        N.news("The road was closed from 14:00 to 16:30.", "14:00 to 16:30", .time, "2013-03-22T14:00/2013-03-22T16:30"),
        N.news("Polls are open from 7 a.m. to 8 p.m. today.", "7 a.m. to 8 p.m. today", .time,
               "2013-03-22T07:00/2013-03-22T20:00"),
        N.news("The concert runs from 8 p.m. to 11 p.m. tonight.", "8 p.m. to 11 p.m. tonight", .time,
               "2013-03-22T20:00/2013-03-22T23:00"),
    ]

    @Test(arguments: sharedDay)
    func startOnEndsDeicticDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: ownDays)
    func ownDayKept(_ item: Case) throws { try FamilyCheck.check(item) }
}
