import Testing
@testable import Chronicle

/// The ninety-ninth round, a sweep of invented science, health and technology, courts and crime, weather and disaster,
/// and culture stories (2009-2025): a rarity written "once in a century" or as one hyphenated adjective ("a
/// once-in-a-century flood", "a once-a-week show", "a twice-a-year meeting") is a set, as "once a year" is (was the length
/// "a-century", "a-week" alone); a day in a future clause ("the exhibition runs until Jan. 15", "talks will continue
/// through Jan. 10", "will be sentenced on Jan. 9", written later in January) is still ahead, never a day just gone by,
/// unless it is written before what it dates ("will study the minutes of the March 19 meeting"). Dateline: Fri
/// 2013-03-22 unless a case says otherwise.
@Suite("Family news round 99")
struct FamilyNewsRound99Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let january = on(2017, 1, 25)
    static let june = on(2020, 6, 29)
    static let monday = on(2015, 1, 12)

    /// A rarity: once in a unit, written apart or as one adjective.
    static let rarities: [Case] = [
        N.news("Heavy rain caused a once-in-a-century flood on Monday.", "once-in-a-century", .set, "P1CE", dateline: june),
        N.news("Forecasters called it a once-in-a-decade storm.", "once-in-a-decade", .set, "P10Y"),
        N.news("Officials said such floods happen once in a century.", "once in a century", .set, "P1CE"),
        N.news("It was a once-in-a-millennium event, scientists said.", "once-in-a-millennium", .set, "P1ML"),
        N.news("The board holds a twice-a-year meeting in Geneva.", "twice-a-year", .set, "P1Y"),
        N.news("The station airs a once-a-week show on farming.", "once-a-week", .set, "P1W"),
        N.news("The twice-in-a-decade census was delayed.", "twice-in-a-decade", .set, "P10Y"),
    ]

    /// Near-misses: a span after "twice in", a length after a hyphen with no "once", a rarity with no unit.
    static let spans: [Case] = [
        N.news("The suspect was arrested twice in a week.", "a week", .duration, "P1W"),
        N.news("Prices rose twice in a month.", "a month", .duration, "P1M"),
        N.news("Engineers built a 100-year dam.", "100-year", .duration, "P100Y"),
        N.news("The center offers a one-year course.", "one-year", .duration, "P1Y"),
    ]

    static let noUnit: [FamilyLookAlike] = [
        FamilyLookAlike("It was a once-in-a-lifetime chance.", "once-in-a-lifetime", dateline: N.friday),
        FamilyLookAlike("Fans called it a once-in-a-generation talent.", "once-in-a-generation", dateline: N.friday),
    ]

    /// A day in a future clause (an end point, a schedule), a few days or weeks before the dateline: next year's.
    static let endPoints: [Case] = [
        N.news("The exhibition runs until Jan. 15.", "Jan. 15", "2018-01-15", dateline: january),
        N.news("The festival lasts until January 20.", "January 20", "2018-01-20", dateline: january),
        N.news("Talks will continue through Jan. 10.", "Jan. 10", "2018-01-10", dateline: january),
        N.news("The museum is closed until March 15.", "March 15", "2014-03-15"),
        N.news("The loan must be repaid by March 1 under the plan, which will take effect soon.", "March 1", "2014-03-01"),
        N.news("The road will stay shut till June 20, officials said.", "June 20", "2021-06-20", dateline: june),
        N.news("He will be sentenced on Jan. 9.", "Jan. 9", "2016-01-09", dateline: monday),
        N.news("The exhibition closes on Jan. 5.", "Jan. 5", "2016-01-05", dateline: monday),
        N.news("The court will hear the appeal on January 8, his lawyer said.", "January 8", "2016-01-08", dateline: monday),
    ]

    /// Guards: an end point already ahead, a day before the dateline in a past clause, a future clause's look back at a
    /// day written before what it dates.
    static let kept: [Case] = [
        N.news("The exhibition runs until Jan. 30.", "Jan. 30", "2017-01-30", dateline: january),
        N.news("The museum was closed until March 15.", "March 15", "2013-03-15"),
        N.news("The talks lasted until March 10.", "March 10", "2013-03-10"),
        N.news("Traders will study the minutes of the March 19 meeting.", "March 19", "2013-03-19"),
        N.news("The rally will mark the March 1 uprising.", "March 1", "2013-03-01"),
        N.news("Officials will investigate the Jan. 9 attack.", "Jan. 9", "2015-01-09", dateline: monday),
        N.news("He was sentenced on Jan. 9.", "Jan. 9", "2015-01-09", dateline: monday),
    ]

    @Test(arguments: rarities)
    func rarityIsSet(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: spans)
    func spansStay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: noUnit)
    func rarityWithoutUnit(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: endPoints)
    func futureDayAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: kept)
    func nearestKept(_ item: Case) throws { try FamilyCheck.check(item) }
}
