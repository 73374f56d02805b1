import Testing
@testable import Chronicle

/// The eighty-sixth round, clock times in wire copy: the French wire's 24-hour clock with "h" ("at 11h30", "17h00 GMT",
/// "at 18h"), the start of a range of 24-hour times whose end carries the zone ("from 0600 to 1800 GMT", "between 0400
/// and 0900 GMT"), more zones' abbreviations after a clock ("14:35 CEST", "11:02 a.m. IST"), and the restatement in
/// brackets in another zone: untagged ("10:30 a.m. (0830 GMT)", "(01:15 GMT Tuesday)": the same instant, and TimeML
/// values carry no zone), its weekday the nearest one, within a day of the clock it restates; and minutes said in words
/// ("at twenty past ten", "one minute past midnight"). Datelines vary per case.
@Suite("Family news round 86")
struct FamilyNewsRound86Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), sunday = on(2022, 11, 13), monday = on(2025, 3, 3), newYear = on(2016, 1, 1),
               monday2012 = on(2012, 5, 7), eve = on(2015, 12, 31)

    /// "11h30", "9h00", "18h": the hour, "h" and the minutes, after a clock's preposition or before a zone.
    static let frenchClock: [FamilyCase] = [
        time("The summit opened at 11h30.", "11h30", "2013-03-22T11:30", friday),
        time("The summit will open at 9h00 on Monday.", "9h00", "2013-03-25T09:00", friday),
        time("The minister arrived at 14h30 local time.", "14h30", "2013-03-22T14:30", friday),
        time("The bomb went off at 22h45.", "22h45", "2022-11-13T22:45", sunday),
        time("The bomb went off at 22H45.", "22H45", "2022-11-13T22:45", sunday),
        time("The minister will speak at 10h00 on May 9.", "10h00", "2012-05-09T10:00", monday2012),
        time("The summit closes at 17h00.", "17h00", "2025-03-03T17:00", monday),
        time("The president landed at 8h15 local time.", "8h15", "2025-03-03T08:15", monday),
        time("The rally will start at 18h.", "18h", "2025-03-03T18:00", monday),
        time("The vote is scheduled for 15h GMT.", "15h GMT", "2025-03-03T15:00", monday),
        time("Fireworks were launched at 00h01 to greet the new year.", "00h01", "2016-01-01T00:01", newYear),
    ]

    /// A range of 24-hour clock times whose end has the zone: its start is a clock time too, and the two one range.
    static let rangeStart: [FamilyCase] = [
        time("Airspace will be closed from 0600 to 1800 GMT.", "0600 to 1800 GMT", "2013-03-22T06:00/2013-03-22T18:00", friday),
        time("The curfew runs from 2200 to 0500 GMT.", "2200 to 0500 GMT", "2013-03-22T22:00/2013-03-23T05:00", friday),
        time("Flights were halted between 0400 and 0900 GMT.", "0400 and 0900 GMT", "2013-03-22T04:00/2013-03-22T09:00",
             friday),
        time("Polls are open from 0700 to 1900 local time.", "0700 to 1900", "2022-11-13T07:00/2022-11-13T19:00", sunday),
        time("Traffic was stopped from 1030 to 1330 UTC on New Year's Eve.", "1030 to 1330 UTC",
             "2015-12-31T10:30/2015-12-31T13:30", eve),
    ]

    /// More zones after a clock join its extent.
    static let zones: [FamilyCase] = [
        time("Trading was halted at 14:35 CEST.", "14:35 CEST", "2019-06-10T14:35", on(2019, 6, 10)),
        time("The sirens sounded at 11:02 a.m. IST.", "11:02 a.m. IST", "2019-06-10T11:02", on(2019, 6, 10)),
        time("The rocket will lift off at 9:30 p.m. MSK.", "9:30 p.m. MSK", "2022-11-13T21:30", sunday),
        time("Markets reopened at 10 a.m. AEST.", "10 a.m. AEST", "2013-03-22T10:00", friday),
    ]

    /// A weekday in a bracketed restatement in another zone is within a day of the clock it restates: the nearest one,
    /// whatever the clause's tense; a restatement in the colon's form is untagged as "(0735 GMT)" is.
    static let restatement: [FamilyCase] = [
        news("The launch is set for 9:15 p.m. EDT (0115 GMT Tuesday).", "Tuesday", "2019-06-11", on(2019, 6, 10)),
        news("The launch will take place at 9:15 p.m. EDT (01:15 GMT Tuesday).", "Tuesday", "2019-06-11", on(2019, 6, 10)),
        news("The summit opens at 9 a.m. (0700 GMT Wednesday).", "Wednesday", "2019-06-12", on(2019, 6, 10)),
        news("The summit is due to open at 9 a.m. (0700 GMT Wednesday).", "Wednesday", "2019-06-12", on(2019, 6, 10)),
        news("The quake will strike at 6:46 a.m. local time (2346 GMT Sunday), the model shows.", "Sunday", "2019-06-09",
             on(2019, 6, 10)),
        news("Voting will begin at 7 a.m. local time (2300 GMT Saturday).", "Saturday", "2022-11-12", sunday),
    ]

    /// Guards (right before the round, and must stay so): a restatement's day in a past clause, a bracket without a
    /// clock, a clock in brackets after no clock.
    static let restatementGuards: [FamilyCase] = [
        news("The quake struck at 6:46 a.m. local time (2346 GMT Sunday).", "Sunday", "2019-06-09", on(2019, 6, 10)),
        news("The talks were held on Saturday (GMT).", "Saturday", "2013-03-16", friday),
        news("Rebels attacked the town (near the border) Saturday.", "Saturday", "2013-03-16", friday),
        time("The meeting (10:00 GMT) was postponed.", "10:00 GMT", "2013-03-22T10:00", friday),
    ]

    static let restated: [FamilyLookAlike] = [
        FamilyLookAlike("The launch will take place at 9:15 p.m. EDT (01:15 GMT Tuesday).", "01:15", dateline: on(2019, 6, 10)),
        FamilyLookAlike("The blast occurred at 10:35 a.m. (07:35 GMT).", "07:35", dateline: friday),
        FamilyLookAlike("The blast occurred at 10:35 (07:35 GMT).", "07:35", dateline: friday),
        FamilyLookAlike("Polls opened at 7 a.m. local time (05:00 UTC) on Sunday.", "05:00", dateline: sunday),
    ]

    /// Minutes said in words after "at" (not only "half" and "quarter"), and "midnight" or "noon" as the hour.
    static let spokenMinutes: [FamilyCase] = [
        time("He was shot at twenty past ten.", "twenty past ten", "2022-11-13T10:20", sunday),
        time("The train left at about twenty-five past eight.", "about twenty-five past eight", "2022-11-13T08:25", sunday),
        time("The train will leave at five minutes to nine on Monday.", "five minutes to nine", "2022-11-14T08:55", sunday),
        time("The strike will begin at one minute past midnight on Tuesday.", "one minute past midnight", "2022-11-15T00:01",
             sunday),
        time("Police said the man was arrested at quarter to midnight on Sunday.", "quarter to midnight", "2012-05-06T23:45",
             monday2012),
        time("The meeting broke up at half past midnight.", "half past midnight", "2013-03-22T00:30", friday),
        time("Fireworks lit the sky at ten past midnight.", "ten past midnight", "2016-01-01T00:10", newYear),
    ]

    /// Counts, odds and votes with "to" stay no clock time (right before the round, and must stay so).
    static let spokenMinuteGuards: [FamilyLookAlike] = [
        FamilyLookAlike("Prices rose from five to ten percent.", "five to ten", dateline: friday),
        FamilyLookAlike("Prices rose from five to ten.", "five to ten", dateline: friday),
        FamilyLookAlike("Stakes were cut by five to ten.", "five to ten", dateline: friday),
        FamilyLookAlike("The odds stood at five to one.", "five to one", dateline: friday),
        FamilyLookAlike("The vote was at seven to two.", "seven to two", dateline: friday),
        FamilyLookAlike("The court ruled at five to four.", "five to four", dateline: sunday),
    ]

    /// Near misses (right before the round, and must stay so): a length written with "h", a half year, a name with
    /// digits, a score, a date written with a slash, counts between two four-digit numbers without a zone.
    static let nearMisses: [FamilyLookAlike] = [
        FamilyLookAlike("Unions called a 24h strike.", "24h", dateline: friday),
        FamilyLookAlike("The film runs 2h30.", "2h30", dateline: friday),
        FamilyLookAlike("A 4h30 meeting ended late.", "4h30", dateline: sunday),
        FamilyLookAlike("Flight MH17 was shot down.", "MH17", dateline: friday),
        FamilyLookAlike("Survivors of the 9/11 attacks gathered.", "9/11", dateline: friday),
        FamilyLookAlike("He robbed a 7-Eleven.", "7-Eleven", dateline: sunday),
        FamilyLookAlike("United won a 3-1 win.", "3-1", dateline: sunday),
        FamilyLookAlike("It was a Catch-22 for the government.", "Catch-22", dateline: sunday),
        FamilyLookAlike("Stocks rose 2-1 PST.", "2-1", dateline: friday),
    ]

    @Test(arguments: frenchClock)
    func frenchWireClock(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: rangeStart)
    func zonedRangeStart(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: zones)
    func zoneAbbreviation(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: restatement + restatementGuards)
    func restatedDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: restated)
    func restatedClockUntagged(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: spokenMinutes)
    func minutesInWords(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: spokenMinuteGuards)
    func countsWithTo(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: nearMisses)
    func notAClock(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
