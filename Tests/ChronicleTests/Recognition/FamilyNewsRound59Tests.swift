import Testing
@testable import Chronicle

/// The fifty-ninth round: held-out news, probed on invented wire copy at varied datelines. Families: the day a verb of
/// booking sets its object for is ahead, after a past verb too ("set sentencing for June 10", "called a snap election
/// for Nov. 4", "called a strike for Thursday": was the last such day, or the nearest weekday); a time opening the
/// subject of a clause reported without "that" takes that clause's verb, not the reporting verb ("said its second-half
/// results would improve", "forecast fourth-quarter profit to drop": was last year's); a range of clock times whose end
/// is earlier in the day than its start ends the next morning ("a curfew from 10 p.m. to 6 a.m.": was the same day's 6
/// a.m.), after a clock time on a weekday too ("from 9 p.m. Friday to 5 a.m.": was no range); a present hope or a
/// race for something looks ahead ("Retailers hope for strong sales on Black Friday", "are hoping for a big turnout on
/// Saturday", "are racing to reach a deal by Sunday": were the last ones); "the month", "the year" before "ended" or
/// "ending" are a length only when a date closes them ("The month ended with a rally" is the month: was `P1M`).
/// Datelines: each case's own (UTC).
@Suite("Family news, fifty-ninth round")
struct FamilyNewsRound59Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), tuesday = on(2012, 11, 20), wednesday = on(2011, 7, 13), monday = on(2014, 1, 6)

    /// A past verb of booking, its object, "for" and a day or a month: the booked day is still ahead.
    static let booked: [FamilyCase] = [
        news("The court set the hearing for Thursday.", "Thursday", "2013-03-28", friday),
        news("The union called a strike for Thursday, the third this year.", "Thursday", "2013-03-28", friday),
        news("The judge set sentencing for June 10.", "June 10", "2012-06-10", wednesday),
        news("The president called a snap parliamentary election for Nov. 4.", "Nov. 4", "2013-11-04", friday),
        news("The prime minister called the election for May 6.", "May 6", "2014-05-06", monday),
        news("Organisers booked the stadium for Saturday.", "Saturday", "2014-01-11", monday),
        news("The federation fixed the final for April 20.", "April 20", "2013-04-20", tuesday),
        news("The league has rescheduled the game for Feb. 3, officials said.", "Feb. 3", "2013-02-03", tuesday),
        news("The judge set a new trial date for February.", "February", "2014-02", friday),
    ]

    /// Near-misses that keep their reading: a passive or a participle, whose "for" follows the verb; a past perfect; a
    /// verb that is no booking; a future clause.
    static let bookedGuards: [FamilyCase] = [
        news("The vote was set for May 6 but never took place.", "May 6", "2012-05-06", tuesday),
        news("The judge had set sentencing for June 10, before the appeal.", "June 10", "2012-06-10", tuesday),
        news("The airline cancelled all flights for Feb. 2.", "Feb. 2", "2012-02-02", tuesday),
        news("The company set a record for sales in June.", "June", "2012-06", tuesday),
        news("Police called for calm on Thursday.", "Thursday", "2012-11-15", tuesday),
        news("The court will set the hearing for Thursday.", "Thursday", "2013-03-28", friday),
    ]

    /// A time before the subject's noun right after a reporting verb (and perhaps a determiner), or after a verb of
    /// expecting whose object takes an infinitive.
    static let reportedSubject: [FamilyCase] = [
        news("The company said its second-half results would improve.", "second-half", "2013-H2", friday),
        news("The retailer said fourth-quarter sales will be weak.", "fourth-quarter", "2011-Q4", wednesday),
        news("The chipmaker told investors third-quarter revenue would beat forecasts.", "third-quarter", "2013-Q3", friday),
        news("The company said it expected second-half sales to rise.", "second-half", "2013-H2", friday),
        news("Analysts forecast fourth-quarter profit to drop 10 percent.", "fourth-quarter", "2013-Q4", friday),
        news("The airline predicted third-quarter earnings to top estimates, its chief executive said.", "third-quarter", "2013-Q3", friday),
    ]

    /// Near-misses: the reported verb is past; a weekday, a relative time or a time before a pronoun after the reporting
    /// verb may date the report.
    static let reportedSubjectGuards: [FamilyCase] = [
        news("The company said second-half sales rose 5 percent.", "second-half", "2012-H2", friday),
        news("The bank said Tuesday rates would stay on hold.", "Tuesday", "2013-03-19", friday),
        news("The company said fourth-quarter profit fell 8 percent.", "fourth-quarter", "2012-Q4", friday),
        news("Officials said the third quarter was the weakest in a decade.", "the third quarter", "2012-Q3", tuesday),
        news("The opposition said a day earlier it would not back him.", "a day earlier", "2013-03-21", friday),
        news("The minister said last year profits would rise.", "last year", "2012", friday),
    ]

    /// A clock time ending a range earlier in the day than the range began, no day written with it: the next morning.
    static let overnight: [FamilyCase] = [
        FamilyCase("The curfew runs from 10 p.m. to 6 a.m.", "10 p.m. to 6 a.m.", .time, "2013-03-22T22:00/2013-03-23T06:00",
                   dateline: friday),
        FamilyCase("The blackout lasted from 11 p.m. until 3 a.m.", "11 p.m. until 3 a.m.", .time, "2012-11-20T23:00/2012-11-21T03:00",
                   dateline: tuesday),
        FamilyCase("The bridge will be closed between 11:30 p.m. and 5 a.m.", "11:30 p.m. and 5 a.m.", .time,
                   "2011-07-13T23:30/2011-07-14T05:00", dateline: wednesday),
        FamilyCase("Police imposed a curfew from 9 p.m. Friday to 5 a.m.", "9 p.m. Friday to 5 a.m.", .time,
                   "2013-03-22T21:00/2013-03-23T05:00", dateline: friday),
        FamilyCase("The blackout lasted from 11 p.m. Sunday until 3 a.m.", "11 p.m. Sunday until 3 a.m.", .time,
                   "2014-01-05T23:00/2014-01-06T03:00", dateline: monday),
    ]

    /// Near-misses: an end later in the day; an end with its own day; a midnight that opens the range.
    static let overnightGuards: [FamilyCase] = [
        FamilyCase("The heaviest snow fell between midnight and 6 a.m.", "midnight and 6 a.m.", .time, "2012-11-20T00:00/2012-11-20T06:00",
                   dateline: tuesday),
        FamilyCase("The curfew runs from midnight to 5 a.m.", "midnight to 5 a.m.", .time, "2013-03-23T00:00/2013-03-23T05:00",
                   dateline: friday),
        FamilyCase("Polls are open from 7 a.m. to 8 p.m.", "7 a.m. to 8 p.m.", .time, "2013-03-22T07:00/2013-03-22T20:00", dateline: friday),
        FamilyCase("Trading was halted from 10:30 a.m. to 11:15 a.m.", "10:30 a.m. to 11:15 a.m.", .time,
                   "2012-11-20T10:30/2012-11-20T11:15", dateline: tuesday),
        FamilyCase("The army imposed a curfew from 8 p.m. Tuesday to 6 a.m. Wednesday.", "8 p.m. Tuesday to 6 a.m. Wednesday", .time,
                   "2011-07-12T20:00/2011-07-13T06:00", dateline: wednesday),
    ]

    /// A present hope, prayer or race: the day hoped for is still ahead.
    static let hopedFor: [FamilyCase] = [
        news("Retailers hope for strong sales on Black Friday.", "Black Friday", "2013-11-29", friday),
        news("Organizers are hoping for a big turnout on Saturday.", "Saturday", "2011-07-16", wednesday),
        news("Negotiators are racing to reach a deal by Sunday.", "Sunday", "2012-11-25", tuesday),
        news("The league hopes for a sellout on Saturday.", "Saturday", "2014-01-11", monday),
        news("Fans are praying for a win on Sunday.", "Sunday", "2013-03-24", friday),
    ]

    /// Near-misses: "hopes" as a noun, a past progressive.
    static let hopedForGuards: [FamilyCase] = [
        news("Hopes for a deal faded on Friday.", "Friday", "2011-07-08", wednesday),
        news("The hopes of a rally on Friday were dashed.", "Friday", "2011-07-08", wednesday),
        news("Officials were hoping for calm on Saturday.", "Saturday", "2011-07-09", wednesday),
    ]

    /// "the month", "the year" as the subject of "ended" with no date after it: the deictic period, a date.
    static let periodThatEnded: [FamilyCase] = [
        news("The month ended with a rally on Wall Street.", "The month", "2013-03", friday),
        news("The year ended with a flurry of deals.", "The year", "2012", on(2012, 12, 27)),
        news("The month ended on a high note for retailers.", "The month", "2011-07", wednesday),
    ]

    /// Near-misses: a date, perhaps after "in", closes the period: a length.
    static let periodThatEndedGuards: [FamilyCase] = [
        FamilyCase("Profit for the year ended March 31 rose.", "the year", .duration, "P1Y", dateline: friday),
        FamilyCase("The month ended Sept. 30 was the busiest on record.", "The month", .duration, "P1M", dateline: tuesday),
        FamilyCase("Sales for the year ending in June will fall.", "the year", .duration, "P1Y", dateline: monday),
        FamilyCase("The company's sales for the year ending tomorrow will fall.", "the year", .duration, "P1Y", dateline: friday),
    ]

    @Test(arguments: periodThatEnded)
    func periodThatEndedIsADate(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: periodThatEndedGuards)
    func periodClosedOnADateIsALength(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: hopedFor)
    func hopeLooksAhead(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: hopedForGuards)
    func hopeNearMisses(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: overnight)
    func clockRangeEndsNextMorning(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: overnightGuards)
    func clockRangeNearMisses(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: reportedSubject)
    func reportedClauseDecides(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: reportedSubjectGuards)
    func reportedClauseNearMisses(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: booked)
    func bookedDayIsAhead(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: bookedGuards)
    func bookedNearMisses(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
