import Testing
@testable import Chronicle

/// The eighty-fourth round, a sweep of invented world and politics wire stories (2010-2014): a day a past verb of
/// booking takes as its object, before "for" or "as" ("set Jan. 14 and 15 for a referendum", "fixed Feb. 2 as polling
/// day"), is still ahead, as the day after "set the vote for" already was; not after a passive or a past perfect, nor
/// before "for the first time" or "as part of". Dateline: Fri 2013-03-22 unless a case says otherwise.
@Suite("Family news round 84")
struct FamilyNewsRound84Tests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let sunday = CalendarDate(year: 2013, month: 12, day: 15)
    static let saturday = CalendarDate(year: 2012, month: 11, day: 24)

    static let cases: [Case] = [
        // A date the verb books for an event.
        N.news("The interim president on Sunday set January 14 and 15 for a referendum.", "January 14", "2014-01-14", dateline: sunday),
        N.news("The interim president on Sunday set January 14 and 15 for a referendum.", "15", "2014-01-15", dateline: sunday),
        N.news("The party chose Feb. 3 for its congress.", "Feb. 3", "2014-02-03"),
        N.news("The junta picked Feb. 10 for the handover of power.", "Feb. 10", "2014-02-10"),
        N.news("The king fixed January 20 for the general election.", "January 20", "2013-01-20", dateline: saturday),
        N.news("Parliament set Monday for a confidence vote.", "Monday", "2013-03-25"),
        N.news("Organisers rescheduled January 9 for the final.", "January 9", "2014-01-09"),
        // A date the verb names as the day of something.
        N.news("The commission set March 3 as the date of the vote.", "March 3", "2014-03-03", dateline: sunday),
        N.news("The electoral board fixed Feb. 2 as polling day.", "Feb. 2", "2014-02-02"),
        N.news("Opposition leaders proposed October 5 as the date for new talks.", "October 5", "2013-10-05", dateline: saturday),
    ]

    /// Guards (these read right before the round, and must stay so): a passive, a past perfect, a date not the verb's
    /// object, "for the first time" and "as part of".
    static let guards: [Case] = [
        N.news("The referendum was set March 3 for the capital.", "March 3", "2013-03-03"),
        N.news("The ministry had set March 3 for the talks.", "March 3", "2013-03-03"),
        N.news("The court set bail at $5,000 in March.", "March", "2013-03"),
        N.news("The rebels set fire to the town in March.", "March", "2013-03"),
        N.news("The ministry announced Tuesday for the first time that it would cut jobs.", "Tuesday", "2013-03-19"),
        N.news("Officials set Tuesday as part of the plan.", "Tuesday", "2013-03-19"),
        N.news("The council will set February 3 for the vote.", "February 3", "2014-02-03"),
        // A weekday booked in the past is the nearest one: the booking may be days old.
        N.news("The ministry set Friday as the deadline for his return.", "Friday", "2013-12-13", dateline: sunday),
        N.news("The general secretly picked Saturday night as the time to attack.", "Saturday night", .time, "2013-12-14TNI", dateline: sunday),
    ]

    @Test(arguments: cases)
    func bookedDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func notBooked(_ item: Case) throws { try FamilyCheck.check(item) }
}
