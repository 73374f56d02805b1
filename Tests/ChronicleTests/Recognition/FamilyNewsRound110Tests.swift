import Testing
@testable import Chronicle

/// The hundred-and-tenth round, values left over from rounds 99 and 107: a range whose two ends each put a clock time on a
/// weekday, written as separate mentions ("from 8 a.m. on Thursday until 8 p.m. on Friday": the end falls on the start's
/// day or within the six days after it), and a count given as a range after "in" in a forecast ("could recover in two
/// or three years": the future, FUTURE_REF, as TimeBank's "in a year or two", not one year). Datelines vary per case.
@Suite("Family news round 110")
struct FamilyNewsRound110Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), sunday = on(2013, 3, 24), tuesday = on(2013, 3, 19)

    /// The end of a range of two weekday mentions, moved to follow its start.
    static let weekdayRangeEnds: [FamilyCase] = [
        time("The strike will run from 8 a.m. on Thursday until 8 p.m. on Friday.", "8 p.m.", "2013-03-29T20:00", friday),
        news("The strike will run from 8 a.m. on Thursday until 8 p.m. on Friday.", "Friday", "2013-03-29", friday),
        time("Police held him from 6 p.m. on Tuesday until 2 a.m. on Wednesday.", "2 a.m.", "2013-03-20T02:00", sunday),
        news("Police held him from 6 p.m. on Tuesday until 2 a.m. on Wednesday.", "Wednesday", "2013-03-20", sunday),
        news("Rebels shelled the town from 8 p.m. on Monday until 4 a.m. on Tuesday.", "Tuesday", "2013-03-19", sunday),
        time("The line will be shut from 11 p.m. on Friday until 5 a.m. on Tuesday.", "5 a.m.", "2013-03-26T05:00", tuesday),
        news("The line will be shut from 11 p.m. on Friday until 5 a.m. on Tuesday.", "Tuesday", "2013-03-26", tuesday),
    ]

    /// A count given as a range after "in" in a forecast: the future, not the year of its lower count.
    static let countRanges: [FamilyCase] = [
        news("The plant should open in three to five years.", "three to five years", "FUTURE_REF", friday),
        news("Officials said the economy could recover in two or three years.", "two or three years", "FUTURE_REF", sunday),
        news("Prices may rise in 12 to 18 months, the bank said.", "12 to 18 months", "FUTURE_REF", tuesday),
    ]

    /// Near misses that keep their reading: ends already in order, a range in one mention, a single count, a length.
    static let keptReadings: [FamilyCase] = [
        news("The talks ran from Tuesday to Thursday.", "Tuesday to Thursday", "2013-03-19/2013-03-21", friday),
        news("He arrived on Monday and left on Friday.", "Friday", "2013-03-22", friday),
        time("The tunnel will close between 10 p.m. Thursday and 6 a.m. Friday.", "10 p.m. Thursday and 6 a.m. Friday",
             "2013-03-28T22:00/2013-03-29T06:00", friday),
        time("He worked from 9 a.m. on Tuesday. On Friday he left.", "9 a.m.", "2013-03-19T09:00", sunday),
        news("He worked from 9 a.m. on Tuesday. On Friday he left.", "Friday", "2013-03-22", sunday),
        news("The plant will open in three years.", "three years", "2016", friday),
        FamilyCase("The work will take three to five years.", "three to five years", .duration, "P3Y", dateline: friday),
    ]

    @Test(arguments: weekdayRangeEnds)
    func endFollowsStart(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: countRanges)
    func countRangeIsFuture(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: keptReadings)
    func keptReading(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
