import Testing
@testable import Chronicle

/// Holidays, periods named after them and recurring days in modern (2013-era) English news: the article of a holiday's
/// period, "this Easter" placed by the tense, Holy Week, Inauguration Day, the Hebrew, Chinese and Islamic calendars'
/// holidays, the year-end holiday season, fiscal and tax years, plural weekdays without a preposition.
/// Datelines: Friday 22 March 2013, Thursday 20 December 2012, Thursday 10 January 2013.
@Suite("Family news holidays")
struct FamilyNewsHolidayTests {
    typealias Case = FamilyCase
    static let friday = CalendarDate(year: 2013, month: 3, day: 22)
    static let december = CalendarDate(year: 2012, month: 12, day: 20)
    static let january = CalendarDate(year: 2013, month: 1, day: 10)

    static let cases: [Case] = [
        // A period named after a holiday takes its article, as "the weekend" does (TimeML extents hold the determiner).
        Case("Traffic was heavy over the Memorial Day weekend.", "the Memorial Day weekend", .date, "2012-W21-WE", dateline: friday),
        Case("Millions are expected to travel over the Easter weekend.", "the Easter weekend", .date, "2013-W13-WE", dateline: friday),
        Case("He was arrested during the Thanksgiving holiday.", "the Thanksgiving holiday", .date, "2012-11-22", dateline: friday),
        Case("Stores were busy over the Christmas holidays.", "the Christmas holidays", .date, "2011-12-25", dateline: december),
        Case("The Thanksgiving weekend brought record crowds.", "The Thanksgiving weekend", .date, "2012-W47-WE", dateline: december),
        // (Round 43: gathered "for" a holiday nine days ahead is gathered for the coming one.)
        Case("Pilgrims gathered in Rome for the Holy Week.", "the Holy Week", .date, "2013-W13", dateline: friday),
        // ... but not a holiday alone, nor one naming a thing.
        Case("The family spent the Christmas of 2012 at home.", "Christmas of 2012", .date, "2012-12-25", dateline: friday),
        // Britain's named bank holidays, whose words after the month are as often lower case.
        Case("It rained over the August bank holiday weekend.", "the August bank holiday weekend", .date, "2012-W34-WE",
             dateline: friday),
        Case("Shops will close for the May bank holiday.", "the May bank holiday", .date, "2013-05-06", dateline: friday),
        Case("Traffic was heavy on the August Bank Holiday.", "the August Bank Holiday", .date, "2012-08-27", dateline: friday),
        Case("The queen laid a wreath on Remembrance Sunday.", "Remembrance Sunday", .date, "2012-11-11", dateline: friday),
        Case("The match is on Easter Saturday.", "Easter Saturday", .date, "2013-03-30", dateline: friday),
        // Holy Week is the ISO week of Easter Sunday (TimeBank's "Easter week"); Inauguration Day 20 January.
        Case("The pope will lead Holy Week celebrations.", "Holy Week", .date, "2013-W13", dateline: friday),
        Case("Pilgrims filled Jerusalem during Holy Week.", "Holy Week", .date, "2012-W14", dateline: december),
        Case("Obama will be sworn in on Inauguration Day.", "Inauguration Day", .date, "2013-01-20", dateline: december),
        Case("Crowds lined the streets on Inauguration Day.", "Inauguration Day", .date, "2013-01-20", dateline: friday),
        // Other calendars' holidays, counted in ICU's Hebrew, Chinese and Islamic (Umm al-Qura) calendars, placed by the
        // tense as the others.
        Case("Jews will celebrate Passover next week.", "Passover", .date, "2013-03-26", dateline: friday),
        Case("Jews will celebrate Passover in April.", "Passover", .date, "2014-04-15", dateline: CalendarDate(year: 2013, month: 7, day: 1)),
        Case("Millions travelled home for Chinese New Year.", "Chinese New Year", .date, "2013-02-10", dateline: friday),
        Case("Millions travelled home for the Lunar New Year holiday.", "the Lunar New Year holiday", .date, "2012-01-23",
             dateline: december),
        Case("The ceasefire ended on Eid al-Fitr.", "Eid al-Fitr", .date, "2012-08-19", dateline: friday),
        Case("Pilgrims gathered for Eid al-Adha.", "Eid al-Adha", .date, "2012-10-26", dateline: friday),
        Case("Hanukkah begins at sundown.", "Hanukkah", .date, "2013-11-28", dateline: CalendarDate(year: 2013, month: 11, day: 20)),
        Case("Synagogues will be full on Yom Kippur.", "Yom Kippur", .date, "2013-09-14", dateline: friday),
        Case("The markets closed for Rosh Hashanah.", "Rosh Hashanah", .date, "2012-09-17", dateline: friday),
        // After a past verb a holiday is the last one, unless what happened led up to it within the month.
        Case("Shoppers rushed to stores before Christmas.", "Christmas", .date, "2012-12-25", dateline: december),
        Case("Fiscal cliff talks stalled ahead of the Christmas holiday.", "the Christmas holiday", .date, "2012-12-25",
             dateline: december),
        Case("Shoppers rushed to stores before Christmas.", "Christmas", .date, "2012-12-25", dateline: friday),
        Case("The storm hit on Christmas Day.", "Christmas Day", .date, "2011-12-25", dateline: december),
        // "this" before a holiday: the tense places the day, as for a holiday alone (a few days before it, the season
        // under way is this year's).
        Case("This Easter, churches will collect for charity.", "This Easter", .date, "2013-03-31", dateline: december),
        Case("This Christmas will be quiet in Bethlehem.", "This Christmas", .date, "2013-12-25", dateline: january),
        Case("Sales rose this Christmas, retailers said.", "this Christmas", .date, "2012-12-25", dateline: january),
        Case("Sales rose this Christmas, retailers said.", "this Christmas", .date, "2012-12-25", dateline: december),
        Case("This Easter, churches were full.", "This Easter", .date, "2012-04-08", dateline: december),
        // The year-end holiday season: the month of Christmas, placed as "December" alone is.
        Case("Retailers hope the holiday season will be strong.", "the holiday season", .date, "2013-12", dateline: friday),
        Case("Sales rose during the Christmas shopping season.", "the Christmas shopping season", .date, "2012-12", dateline: january),
        Case("The holiday shopping season got off to a strong start.", "The holiday shopping season", .date, "2012-12",
             dateline: december),
        Case("Shops expect strong trade over the festive period.", "the festive period", .date, "2012-12", dateline: december),
        // News' "the new year": the year New Year's Day begins, the day placed as the holiday is.
        Case("Talks will resume in the new year.", "the new year", .date, "2013", dateline: december),
        Case("Talks will resume in the new year.", "the new year", .date, "2014", dateline: friday),
        Case("The new year began quietly on the markets.", "The new year", .date, "2013", dateline: january),
        // A season's holidays are the season: "the summer holidays", "the winter break", "spring break".
        Case("Families will travel during the summer holidays.", "the summer holidays", .date, "2013-SU", dateline: friday),
        Case("Students returned after the winter break.", "the winter break", .date, "2012-WI", dateline: friday),
        Case("The summer vacation ended early.", "The summer vacation", .date, "2012-SU", dateline: friday),
        // A fiscal or tax year written with its year, and the tax year alone, as "the fiscal year" is.
        Case("The results for the 2012 fiscal year were weak.", "the 2012 fiscal year", .date, "2012", dateline: friday),
        Case("Profit fell in its 2012 fiscal year.", "2012 fiscal year", .date, "2012", dateline: friday),
        Case("Losses in the 2013 tax year can be carried forward.", "the 2013 tax year", .date, "2013", dateline: friday),
        Case("The tax year ends on April 5.", "The tax year", .date, "2013", dateline: friday),
        Case("Taxpayers must file by the end of the tax year.", "the end of the tax year", .date, "2013", mod: "END", dateline: friday),
        // "every"/"each" before a holiday: that holiday in every year (a SET of its month and day, or of its month).
        Case("The family gathers every Christmas.", "every Christmas", .set, "XXXX-12-25", dateline: friday),
        Case("The parade is held every Fourth of July.", "every Fourth of July", .set, "XXXX-07-04", dateline: friday),
        Case("Every Thanksgiving, he volunteers at a shelter.", "Every Thanksgiving", .set, "XXXX-11", dateline: friday),
        Case("The church holds a service each Easter.", "each Easter", .set, "XXXX-XX-XX", dateline: friday),
        // A capitalised plural weekday is each of those days, with or without a preposition before it.
        Case("He teaches Mondays and Wednesdays at the college.", "Mondays", .set, "XXXX-WXX-1", dateline: friday),
        Case("He teaches Mondays and Wednesdays at the college.", "Wednesdays", .set, "XXXX-WXX-3", dateline: friday),
        Case("The museum is closed Mondays.", "Mondays", .set, "XXXX-WXX-1", dateline: friday),
        Case("She works Sundays at a grocery store.", "Sundays", .set, "XXXX-WXX-7", dateline: friday),
        Case("Fridays are the busiest days at the border.", "Fridays", .set, "XXXX-WXX-5", dateline: friday),
    ]

    @Test(arguments: cases)
    func newsHoliday(_ item: Case) throws { try FamilyCheck.check(item) }

    /// A set's TIMEX3 `quant` and `freq`: (sentence, expression, quant, freq).
    static let setAttributes: [(String, String, String?, String?)] = [
        ("The council meets every Tuesday.", "every Tuesday", "EVERY", nil),
        ("Thousands visit each year.", "each year", "EACH", nil),
        ("She swims twice a week.", "twice a week", nil, "2X"),
        ("The board meets three times a year.", "three times a year", nil, "3X"),
        ("The magazine comes out once a month.", "once a month", nil, "1X"),
        ("Take the pills twice daily.", "twice daily", nil, "2X"),
        ("The family gathers every Christmas.", "every Christmas", "EVERY", nil),
        ("The market is closed on Tuesdays.", "Tuesdays", nil, nil),
    ]

    @Test(arguments: setAttributes)
    func setAttribute(_ item: (String, String, String?, String?)) throws {
        let (sentence, text, quant, freq) = item
        let timeline = try FamilyCheck.timeline(sentence, Self.friday)
        let found = try #require(timeline.expressions.first { $0.text == text }, "no “\(text)” in “\(sentence)”")
        #expect(found.type == .set)
        #expect(found.quant == quant)
        #expect(found.freq == freq)
    }

    @Test func setAttributesInTimeML() throws {
        let article = Article(text: "She swims twice a week and runs every Monday.",
                              dateline: Dateline(date: Self.friday, timeZone: "UTC"))
        let timeline = try TimelineExtractor().timeline(for: article)
        let timeml = timeline.timeML(for: article)
        #expect(timeml.contains("value=\"P1W\" freq=\"2X\">twice a week</TIMEX3>"))
        #expect(timeml.contains("value=\"XXXX-WXX-1\" quant=\"EVERY\">every Monday</TIMEX3>"))
    }

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("TGI Fridays opened a new restaurant.", "Fridays", dateline: friday),
        FamilyLookAlike("Chinese officials met the Chinese New York consul.", "Chinese", dateline: friday),
        FamilyLookAlike("The new law takes effect soon.", "new", dateline: friday),
        FamilyLookAlike("He may holiday in Spain.", "may", dateline: friday),
        FamilyLookAlike("The fighting stopped eight days before the new year.", "new year", dateline: friday),
        // A holiday in a name or naming a thing is no date, nor is the weekday in it.
        FamilyLookAlike("The Good Friday Agreement was signed in 1998.", "Good Friday", dateline: friday),
        FamilyLookAlike("The Easter Rising was commemorated in Dublin.", "Easter", dateline: friday),
        FamilyLookAlike("He made a New Year's resolution to quit smoking.", "New Year", dateline: friday),
        // A holiday glossing a name in brackets belongs to that name's phrase, which is not recognised.
        FamilyLookAlike("The truce had accompanied the Tet (Lunar New Year) holiday.", "Lunar New Year", dateline: friday),
        FamilyLookAlike("Retail sales rose during the holiday period.", "holiday period", dateline: friday),
        FamilyLookAlike("The holiday schedule was changed.", "holiday", dateline: friday),
        FamilyLookAlike("The family bought the Christmas tree early.", "Christmas", dateline: friday),
        FamilyLookAlike("Children hunted for the Easter eggs.", "Easter", dateline: friday),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
