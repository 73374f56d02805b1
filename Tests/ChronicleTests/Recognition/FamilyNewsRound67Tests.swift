import Testing
@testable import Chronicle

/// The sixty-seventh round, the Jewish festivals round 63 left: Purim (14 Adar; Adar II in a leap year), Shavuot
/// (6 Sivan), Sukkot (15 Tishri, a week-long festival dated by its first day, as Passover is), counted through ICU's
/// Hebrew calendar, with their common spellings ("Shavuoth", "Succot", "Sukkoth"). Real dates checked: Purim 2013
/// Feb 24, 2014 March 16 (a leap year), 2016 March 24; Shavuot 2013 May 15, 2014 June 4; Sukkot 2013 Sept 19, 2014
/// Oct 9, 2016 Oct 17. And "since" + the dateline's own month or weekday ("since December" in December, "since
/// Monday" on a Monday): the one before. Datelines: each case's own (UTC).
@Suite("Family news, sixty-seventh round")
struct FamilyNewsRound67Tests: DatedFamilyRound {
    static let march = on(2013, 3, 22), january = on(2014, 1, 10), september = on(2016, 9, 1), june = on(2013, 6, 3)

    /// Purim, Shavuot, Sukkot: the year's next one ahead, its last one behind.
    static let hebrewFestivals: [FamilyCase] = [
        news("Jewish families will gather for Purim.", "Purim", "2014-03-16", march),
        news("Revelers in Tel Aviv celebrated Purim in costumes.", "Purim", "2013-02-24", march),
        news("Purim falls in March this year.", "Purim", "2014-03-16", january),
        news("Israel will seal the West Bank for Purim.", "Purim", "2016-03-24", on(2016, 2, 10)),
        news("Schools will close for Shavuot.", "Shavuot", "2013-05-15", march),
        news("Farmers brought their first fruits on Shavuot.", "Shavuot", "2013-05-15", june),
        news("Services for Shavuoth will be held at the synagogue.", "Shavuoth", "2014-06-04", january),
        news("Thousands of pilgrims came to the Western Wall on Sukkot.", "Sukkot", "2015-09-28", on(2015, 10, 5)),
        news("The talks will resume after Sukkot.", "Sukkot", "2016-10-17", september),
        news("Families built huts for Succot.", "Succot", "2013-09-19", on(2013, 9, 25)),
        news("The Knesset will reconvene after Sukkoth.", "Sukkoth", "2014-10-09", january),
    ]

    /// "since" + the dateline's own month or weekday: a span running up to now starts before it, so the month is last
    /// year's, the weekday last week's (was the current one).
    static let sinceOwnMonth: [FamilyCase] = [
        news("Sales have slumped since December.", "December", "2012-12", on(2013, 12, 18)),
        news("Consumer prices have risen steadily since March.", "March", "2012-03", march),
        news("The opposition has boycotted parliament since July, officials said.", "July", "2010-07", on(2011, 7, 15)),
        news("The plant has been shut since Monday.", "Monday", "2013-03-11", on(2013, 3, 18)),
        news("Rebels have held the town since Friday.", "Friday", "2013-03-15", on(2013, 3, 22)),
    ]

    /// Near-misses: a part, a day of the month, "last", another month or weekday keep their values.
    static let sinceNearMisses: [FamilyCase] = [
        news("The index has climbed since early December.", "early December", "2013-12", mod: "START", on(2013, 12, 18)),
        news("He has been held since December 1.", "December 1", "2013-12-01", on(2013, 12, 18)),
        news("Rates have fallen since last December.", "last December", "2012-12", on(2013, 12, 18)),
        news("Prices have risen since March.", "March", "2013-03", on(2013, 6, 10)),
        news("The strike has continued since Friday.", "Friday", "2013-03-15", on(2013, 3, 18)),
        news("Roads have been closed since early Monday.", "early Monday", "2013-03-18", mod: "START", on(2013, 3, 18)),
        news("The bank cut rates in March.", "March", "2013-03", march),
        news("The company reported on Monday that sales fell.", "Monday", "2013-03-18", on(2013, 3, 18)),
    ]

    /// Look-alikes: a thing named after a festival ("the Purim story").
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("Children retold the Purim story.", "Purim", dateline: march),
    ]

    @Test(arguments: hebrewFestivals)
    func festivalsOfTheHebrewCalendar(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: sinceOwnMonth)
    func sinceTheDatelinesOwnMonthOrWeekday(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: sinceNearMisses)
    func sinceNearMissesKeepTheirValues(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: lookAlikes)
    func thingsNamedAfterFestivals(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
