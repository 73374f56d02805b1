import Testing
@testable import Chronicle

/// The sixty-first round, earlier rounds' leftovers in 2013-era news. Families: Britain's bank holidays by their season
/// ("the spring bank holiday": the last Monday of May; "the summer bank holiday": the last Monday of August; a holiday
/// before "bank holiday" is that holiday's day, "bank holiday" in its extent); the days of the Second World War's
/// victories ("VE Day", "V-J Day"); a fiscal split year after a quarter or a half ("the first quarter of 2013-14": was
/// "the first quarter of 2013"); a lower-case "new year" before a noun it modifies ("the new year sales") is no date; a
/// bare month in a past clause of a sentence an earlier year opens ("Last year, …", "In 2012, …") is that year's; a past
/// verb of striving before an infinitive ("sought to", "fought to", "strove to") tells an attempt, whose date is past.
/// Datelines: each case's own (UTC).
@Suite("Family news, sixty-first round")
struct FamilyNewsRound61Tests: DatedFamilyRound {
    static let march = on(2013, 3, 22), may = on(2013, 5, 10), june = on(2013, 6, 3), august = on(2013, 8, 25),
               september = on(2013, 9, 1)

    /// Bank holidays and the war's victory days.
    static let holidays: [FamilyCase] = [
        news("Traffic was heavy over the spring bank holiday.", "the spring bank holiday", "2013-05-27", june),
        news("Many shops will close for the Spring Bank Holiday.", "the Spring Bank Holiday", "2013-05-27", march),
        news("Shops will open on the summer bank holiday.", "the summer bank holiday", "2013-08-26", march),
        news("Beaches were packed on the summer bank holiday.", "the summer bank holiday", "2013-08-26", september),
        news("Trains will not run on the Easter Monday bank holiday.", "the Easter Monday bank holiday", "2013-04-01", march),
        news("Veterans marked VE Day in London.", "VE Day", "2013-05-08", may),
        news("Britain will mark V-E Day with a parade.", "V-E Day", "2013-05-08", march),
        news("Celebrations for VJ Day were muted.", "VJ Day", "2013-08-15", september),
        news("Crowds gathered in Sydney on V-J Day.", "V-J Day", "2012-08-15", march),
    ]

    @Test(arguments: holidays)
    func bankAndVictoryHolidays(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// "the holidays" alone: the year-end holidays' December near the year's end (the last one in January); at other
    /// datelines no expression (Easter's or the summer's, in British copy).
    static let january = on(2013, 1, 6), december = on(2013, 12, 10), july = on(2013, 7, 10)
    static let yearEndHolidays: [FamilyCase] = [
        news("Shoppers crowded the malls over the holidays.", "the holidays", "2012-12", january),
        news("Congress will return to work after the holidays.", "the holidays", "2012-12", january),
        news("Retailers expect strong sales over the holidays.", "the holidays", "2013-12", december),
        news("Many families will travel during the holidays.", "the holidays", "2013-12", on(2013, 11, 20)),
        // Guards: a named holiday's or season's holidays.
        news("Parliament rose for the Christmas holidays.", "the Christmas holidays", "2012-12-25", january),
        news("Schools close for the summer holidays.", "the summer holidays", "2013-SU", july),
    ]

    @Test(arguments: yearEndHolidays)
    func holidaysAtYearEnd(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let otherHolidays: [FamilyLookAlike] = [
        FamilyLookAlike("Families went abroad over the holidays.", "the holidays", dateline: july),
        FamilyLookAlike("Traffic will be heavy over the holidays.", "the holidays", dateline: march),
    ]

    @Test(arguments: otherHolidays)
    func holidaysAtOtherTimes(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// A fiscal split year after a quarter or a half: the whole phrase, valued by the year it closes in (round 126, as
    /// round 123's "FY2013-14" is).
    static let splitYears: [FamilyCase] = [
        news("Profits rose in the first quarter of 2013-14.", "the first quarter of 2013-14", "2014-Q1", september),
        news("Revenue fell in the second half of 2012/13.", "the second half of 2012/13", "2013-H2", september),
        news("The insurer expects growth in the third quarter of 2014-15.", "the third quarter of 2014-15", "2015-Q3", september),
    ]

    @Test(arguments: splitYears)
    func quarterOfSplitYear(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A lower-case "new year" before a noun it modifies.
    static let newYearThings: [FamilyLookAlike] = [
        FamilyLookAlike("The new year sales drew big crowds.", "new year", dateline: march),
        FamilyLookAlike("Stores started the new year sales early this time.", "new year", dateline: march),
        FamilyLookAlike("The palace published the new year honours list.", "new year", dateline: march),
    ]

    @Test(arguments: newYearThings)
    func newYearBeforeNoun(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// A bare month in a past clause of a sentence an earlier year opens.
    static let frontedYears: [FamilyCase] = [
        news("Last year, Hurricane Ernesto killed 12 people when it came ashore in Mexico in August.", "August", "2012-08", august),
        news("In 2012, the company opened a plant in Ohio in May.", "May", "2012-05", august),
        news("In 2011, the firm moved its headquarters to Dallas in March.", "March", "2011-03", june),
        news("During 2012, the bank cut 2,000 jobs in April.", "April", "2012-04", may),
    ]

    @Test(arguments: frontedYears)
    func monthInFrontedYear(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A past verb of striving before an infinitive: an attempt, past.
    static let attempts: [FamilyCase] = [
        news("The president sought to win support on Independence Day.", "Independence Day", "2012-07-04", march),
        news("The party strove to win votes on Easter Monday.", "Easter Monday", "2012-04-09", march),
        news("The mayor battled to keep the city calm on Independence Day.", "Independence Day", "2012-07-04", may),
        news("Firefighters fought to save the church on Independence Day.", "Independence Day", "2012-07-04", may),
    ]

    @Test(arguments: attempts)
    func pastAttempt(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// Guards (these read right before the round, and must stay so).
    static let guards: [FamilyCase] = [
        news("Talks will resume in the new year.", "the new year", "2014", march),
        news("The new year began quietly in the capital.", "The new year", "2013", march),
        news("Last year, sales fell, and the company will open a plant in May.", "May", "2013-05", march),
        news("This year, the company opened a plant in May.", "May", "2013-05", august),
        news("The plant opened in May.", "May", "2013-05", august),
        news("Officials hope to win support on Independence Day.", "Independence Day", "2013-07-04", march),
        news("The president seeks to win support on Independence Day.", "Independence Day", "2013-07-04", march),
        news("The profit in the first quarter of 2013 was small.", "the first quarter of 2013", "2013-Q1", september),
        // A season's split year, now read through the same helper.
        news("Snow fell in the winter of 2012-13.", "the winter of 2012-13", "2012-WI", march),
        news("The early May bank holiday falls on Monday.", "May bank holiday", "2013-05-06", march),
    ]

    @Test(arguments: guards)
    func nearMisses(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
