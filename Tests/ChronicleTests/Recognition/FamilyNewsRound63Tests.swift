import Testing
@testable import Chronicle

/// The sixty-third round, holidays of other calendars in news: the Islamic months news names as seasons ("Ramadan",
/// "Muharram": their first day, as a multi-day holiday is; "Ashura", 10 Muharram) and more spellings of the Eids ("Eid
/// ul-Adha", "Eid el-Fitr"), Vietnam's "Tet" (the Lunar New Year; not "the Tet Offensive"), counted through ICU's
/// Umm al-Qura and Chinese calendars; "Super Bowl Sunday" (a table of the game's Sundays, 2000–2027; was the Sunday
/// alone); "the Tuesday after next", "the Friday before last" (the weekday two weeks from the dateline's; was the
/// weekday alone). Real dates checked: Ramadan 2013 began July 9 (Umm al-Qura; observed July 9–10), Eid al-Fitr 2013
/// Aug 8, Eid al-Adha 2012 Oct 26, Ashura 2012 Nov 24, Muharram 1435 Nov 4, 2013, Tet 2013 Feb 10, 2014 Jan 31,
/// Super Bowl XLVII 2013-02-03, XLVIII 2014-02-02, LVII 2023-02-12.
/// Datelines: each case's own (UTC).
@Suite("Family news, sixty-third round")
struct FamilyNewsRound63Tests: DatedFamilyRound {
    static let march = on(2013, 3, 22), august = on(2013, 8, 20), december = on(2012, 12, 5), january = on(2014, 1, 10),
               june2015 = on(2015, 6, 1), november2022 = on(2022, 11, 15)

    /// Islamic months and days, Tet.
    static let otherCalendars: [FamilyCase] = [
        news("The ceasefire is expected to hold until the start of Ramadan.", "the start of Ramadan", "2013-07-09", march),
        news("Attacks surged during the holy month of Ramadan.", "the holy month of Ramadan", "2013-07-09", august),
        news("It coincided with the beginning of the Muslim holy month of Ramadan.",
             "the beginning of the Muslim holy month of Ramadan", "2013-07-09", august),
        news("Violence surged during Ramadan, officials said.", "Ramadan", "2013-07-09", august),
        news("Restaurants in Cairo will close during Ramadan.", "Ramadan", "2015-06-18", june2015),
        news("The truce collapsed on the eve of Ramadan last year.", "the eve of Ramadan last year", "2012-07-19", march),
        news("During Ramadan Muslims fast from dawn to dusk.", "Ramadan", "2013-07-09", march),
        news("Shiite pilgrims marked Ashura in Karbala.", "Ashura", "2012-11-24", december),
        news("Processions are planned for Muharram.", "Muharram", "2013-11-04", august),
        news("Pilgrims gathered before Eid ul-Adha.", "Eid ul-Adha", "2012-10-26", december),
        news("Markets will close for Eid el-Fitr.", "Eid el-Fitr", "2013-08-08", march),
        news("Millions of Vietnamese travel home for Tet.", "Tet", "2014-01-31", january),
        news("Vietnamese families prepared for Tết.", "Tết", "2013-02-10", march),
        news("Ad prices peaked on Super Bowl Sunday.", "Super Bowl Sunday", "2013-02-03", march),
        news("Fans will gather on Super Bowl Sunday.", "Super Bowl Sunday", "2014-02-02", january),
        news("Sales of chicken wings jumped on Super Bowl Sunday.", "Super Bowl Sunday", "2022-02-13", november2022),
        news("The vote is set for the Tuesday after next.", "the Tuesday after next", "2013-04-02", march),
        news("The meeting was moved from the Friday before last.", "the Friday before last", "2013-03-08", march),
        news("Talks will resume on the Monday after next.", "the Monday after next", "2022-11-28", november2022),
    ]

    /// Look-alikes: a thing named after a holiday ("the Passover story").
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("Rabbis retold the Passover story.", "Passover", dateline: march),
        FamilyLookAlike("The family hosted a Passover seder.", "Passover", dateline: march),
        FamilyLookAlike("Children read Christmas stories in class.", "Christmas", dateline: march),
    ]

    /// Guards (no expression before the round, and none after): a person's name the new months share, another name "Tet"
    /// opens, "eid" in other words and names, the end of a month of another calendar.
    static let guards: [FamilyLookAlike] = [
        FamilyLookAlike("Islamic Jihad leader Ramadan Shallah said the group would fight.", "Ramadan", dateline: march),
        FamilyLookAlike("The scholar Tariq Ramadan spoke in Paris.", "Ramadan", dateline: march),
        FamilyLookAlike("The Tet Offensive began in 1968.", "Tet", dateline: march),
        FamilyLookAlike("The eider ducks flew south.", "eider", dateline: march),
        FamilyLookAlike("He met Eid Mohammed in Kabul.", "Eid", dateline: march),
        // Its last day, which the month's first day does not give.
        FamilyLookAlike("Violence eased at the end of Ramadan.", "Ramadan", dateline: august),
        FamilyLookAlike("Violence eased at the end of the holy month of Ramadan.", "Ramadan", dateline: august),
    ]

    /// Guards: a weekday before "story" is still the day the story ran ("the Passover story" is a thing, "a Sunday story" not).
    static let weekdayGuards: [FamilyCase] = [
        news("The Times reported in a Sunday story that talks had failed.", "Sunday", "2013-03-17", march),
    ]

    @Test(arguments: weekdayGuards)
    func weekdayBeforeStory(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: otherCalendars)
    func holidaysOfOtherCalendars(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: lookAlikes)
    func thingsNamedAfterHolidays(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func namesAndOtherWords(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
