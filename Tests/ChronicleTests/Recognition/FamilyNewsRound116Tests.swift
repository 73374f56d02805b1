import Testing
@testable import Chronicle

/// The hundred-and-sixteenth round, clock ranges and rates. A range of bare hours before a part of a day that names its
/// day is read in that part ("from 7 to 9 this morning", "between 6 and 8 tonight", "from 10 to 11 last night"), as "at 8
/// this evening" was; a dotted 24-hour clock after "between" ("between 14.00 and 16.30"); a rate after a count of things
/// ("four flights a week", "three meals a day", "two trains an hour", "10,000 barrels a day") is a set, with the count as
/// its frequency when it counts events or items; a present-tense range over weekdays already past on the dateline ("Polls
/// are open from 9 a.m. Monday to 5 p.m. Wednesday" on a Sunday) is the coming one. Near-misses: amounts ("rose from 7 to
/// 9 this morning", "between 2.5 and 3.5 percent"), lengths ("stayed a week", "a week of talks"), past ranges.
@Suite("Family news round 116")
struct FamilyNewsRound116Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static func lookAlike(_ sentence: String, _ substring: String, _ dateline: CalendarDate) -> FamilyLookAlike {
        FamilyLookAlike(sentence, substring, dateline: dateline)
    }

    /// The datelines: a Sunday, a Friday, a Thursday and a Wednesday.
    static let sunday = on(2023, 2, 12), friday = on(2013, 3, 22), thursday = on(2019, 11, 14), wednesday = on(2024, 7, 3)

    /// A range of bare hours read in the part of the day after it, on that part's day.
    static let bareHourRanges: [Case] = [
        time("Traffic was heavy from 7 to 9 this morning on the ring road.", "7 to 9 this morning",
             "2023-02-12T07:00/2023-02-12T09:00", sunday),
        time("Protesters will gather between 6 and 8 tonight outside the ministry.", "6 and 8 tonight",
             "2023-02-12T18:00/2023-02-12T20:00", sunday),
        time("The power was out from 10 to 11 last night in three districts.", "10 to 11 last night",
             "2023-02-11T22:00/2023-02-11T23:00", sunday),
        time("The council meets from 2 to 4 this afternoon.", "2 to 4 this afternoon", "2023-02-12T14:00/2023-02-12T16:00", sunday),
        time("Voting runs between 9 and 10 tomorrow morning at the town hall.", "9 and 10 tomorrow morning",
             "2023-02-13T09:00/2023-02-13T10:00", sunday),
        time("Firefighters battled the blaze from 9 to 11 last night.", "9 to 11 last night",
             "2013-03-21T21:00/2013-03-21T23:00", friday),
        time("Flights are suspended from 10 to 12 tonight.", "10 to 12 tonight", "2013-03-22T22:00/2013-03-23T00:00", friday),
        time("Residents queued from 7 to 9 this morning for water.", "7 to 9 this morning",
             "2019-11-14T07:00/2019-11-14T09:00", thursday),
        time("The stadium was evacuated from 3 to 5 this afternoon.", "3 to 5 this afternoon",
             "2024-07-03T15:00/2024-07-03T17:00", wednesday),
        time("The road was closed from 2 to 4 this afternoon.", "2 to 4 this afternoon",
             "2024-07-03T14:00/2024-07-03T16:00", wednesday),
    ]

    /// A dotted 24-hour clock range after "between".
    static let dottedBetween: [Case] = [
        time("The office is open between 14.00 and 16.30.", "14.00 and 16.30", "2023-02-12T14:00/2023-02-12T16:30", sunday),
        time("The clinic is open between 08.30 and 12.00.", "08.30 and 12.00", "2019-11-14T08:30/2019-11-14T12:00", thursday),
        time("Talks took place between 09.30 and 11.45 yesterday.", "09.30 and 11.45 yesterday",
             "2013-03-21T09:30/2013-03-21T11:45", friday),
    ]

    /// A rate after a count of things: a set.
    static let countedRates: [Case] = [
        set("The airline runs four flights a week to Lisbon.", "a week", "P1W", sunday),
        set("Prisoners get three meals a day.", "a day", "P1D", sunday),
        set("There are two trains an hour to the coast.", "an hour", "PT1H", sunday),
        set("The field pumps 10,000 barrels a day.", "a day", "P1D", sunday),
        set("The ferry makes six crossings a day in summer.", "a day", "P1D", friday),
        set("The company sold fifty thousand copies a year.", "a year", "P1Y", friday),
        set("The army advanced thirty kilometers a day.", "a day", "P1D", thursday),
        set("The clinic treats 12 patients a day.", "a day", "P1D", wednesday),
    ]

    /// A present-tense range over weekdays is ahead.
    static let weekdayRanges: [Case] = [
        time("Polls are open from 9 a.m. Monday to 5 p.m. Wednesday.", "9 a.m. Monday to 5 p.m. Wednesday",
             "2023-02-13T09:00/2023-02-15T17:00", sunday),
        time("The bridge is closed from 10 p.m. Saturday to 6 a.m. Monday.", "10 p.m. Saturday to 6 a.m. Monday",
             "2019-11-16T22:00/2019-11-18T06:00", thursday),
        time("The festival runs from 2 p.m. Friday to 11 p.m. Sunday.", "2 p.m. Friday to 11 p.m. Sunday",
             "2024-07-05T14:00/2024-07-07T23:00", wednesday),
        time("The fair runs from 10 a.m. Monday to 4 p.m. Tuesday.", "10 a.m. Monday to 4 p.m. Tuesday",
             "2024-07-08T10:00/2024-07-09T16:00", wednesday),
    ]

    /// Near-misses: a past-tense range over weekdays stays in the week just past; a present one under way on the dateline
    /// stays in its week.
    static let pastWeekdayRanges: [Case] = [
        time("Polls were open from 9 a.m. Monday to 5 p.m. Wednesday.", "9 a.m. Monday to 5 p.m. Wednesday",
             "2019-11-11T09:00/2019-11-13T17:00", thursday),
        time("The festival ran from 2 p.m. Friday to 11 p.m. Sunday.", "2 p.m. Friday to 11 p.m. Sunday",
             "2024-06-28T14:00/2024-06-30T23:00", wednesday),
        time("The talks continue from 9 a.m. Tuesday to noon Thursday.", "9 a.m. Tuesday to noon Thursday",
             "2024-07-02T09:00/2024-07-04T12:00", wednesday),
    ]

    /// Near-misses kept: lengths stay durations, amounts stay untagged.
    static let lengths: [Case] = [
        FamilyCase("He stayed a week in Paris.", "a week", .duration, "P1W", dateline: sunday),
        FamilyCase("She spent a week in hospital.", "a week", .duration, "P1W", dateline: sunday),
        FamilyCase("After a week of talks the deal was signed.", "a week", .duration, "P1W", dateline: sunday),
        FamilyCase("The talks lasted a week.", "a week", .duration, "P1W", dateline: friday),
    ]

    static let amounts: [FamilyLookAlike] = [
        lookAlike("The death toll rose from 7 to 9 this morning.", "7 to 9", sunday),
        lookAlike("The score went from 2 to 4 this afternoon.", "2 to 4", sunday),
        lookAlike("The index was between 6 and 8 last night.", "6 and 8", sunday),
        lookAlike("Inflation is expected between 2.5 and 3.5 percent.", "2.5 and 3.5", sunday),
        lookAlike("Yields were between 4.25 and 4.75 percent.", "4.25 and 4.75", friday),
        lookAlike("The rate stood between 1.50 and 2.00.", "1.50 and 2.00", friday),
    ]

    @Test(arguments: bareHourRanges)
    func bareHourRangeInDayPart(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: dottedBetween)
    func dottedClockAfterBetween(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: countedRates)
    func rateAfterCountedThings(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: weekdayRanges)
    func presentWeekdayRangeAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: pastWeekdayRanges)
    func pastWeekdayRangeBehind(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: lengths)
    func lengthsStayDurations(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: amounts)
    func amountsStayUntagged(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// The count of events or items is the set's frequency; a quantity or a measure gives none.
    @Test func countIsFrequency() throws {
        let cases: [(String, String, String?)] = [
            ("The airline runs four flights a week to Lisbon.", "a week", "4X"),
            ("There are two trains an hour to the coast.", "an hour", "2X"),
            ("The field pumps 10,000 barrels a day.", "a day", nil),
            ("The army advanced thirty kilometers a day.", "a day", nil),
        ]
        for (sentence, text, freq) in cases {
            let timeline = try FamilyCheck.timeline(sentence, Self.sunday)
            let found = try #require(timeline.expressions.first { $0.text == text }, "\(text) in \(sentence)")
            #expect(found.freq == freq, "\(sentence)")
        }
    }
}
