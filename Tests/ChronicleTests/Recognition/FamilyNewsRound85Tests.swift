import Testing
@testable import Chronicle

/// The eighty-fifth round: numbers that are not dates and dates that are numbers, probed on about 200 invented news
/// sentences (counts and ranges, money and measures, models, titles and events, scores, codes, and real years in every
/// position) at datelines from 2012 to 2025. Families: a year opening its sentence after a word of when before a count
/// noun ("In 2020 protesters marched": was no year), a range of counts ("between 1500 and 2000 people": was the year
/// 1500), a count joined to its noun ("a 2000-strong crowd", "a 1500-page report"), counts before nouns the table
/// lacked ("1200 demonstrators", "2100 patients", "2013 runners"), a year dating an event's name ("Euro 2016", "the
/// London 2012 Games", "the Tokyo 2020 Olympics": were no year; TimeML tags the year of an event it dates), a work's
/// title ("the film 2012", "the novel 1984"), a bill's or a number's abbreviated label ("S. 2012", "H.R. 1999", "No. 2012";
/// not "the U.S. 2016 election"), a phone number's group ("call 1800 555 0199") and a case number's parts
/// ("2016-CV-1234").
/// Datelines: each case's own (UTC).
@Suite("Family news, eighty-fifth round")
struct FamilyNewsRound85Tests: DatedFamilyRound {
    static let friday = on(2016, 6, 17), monday = on(2012, 9, 10), wednesday = on(2025, 2, 12), saturday = on(2021, 5, 8)

    /// A year after a capitalised word of when that opens its sentence, before a count noun.
    static let openingYears: [FamilyCase] = [
        news("In 2020 protesters marched again.", "2020", "2020", friday),
        news("Since 2014 votes have been counted electronically.", "2014", "2014", monday),
        news("By 2000 people had left the village.", "2000", "2000", wednesday),
        news("In 1998 metres replaced feet on the signs.", "1998", "1998", saturday),
        news("Before 2008 workers could retire at 60.", "2008", "2008", friday),
        news("After 2019 tourists stopped coming.", "2019", "2019", wednesday),
    ]

    /// Near-misses: counts mid-sentence, or before a comma.
    static let openingCounts: [FamilyLookAlike] = [
        FamilyLookAlike("Power was cut in 2000 homes on Tuesday.", "2000", dateline: friday),
        FamilyLookAlike("The petition was signed by 2000 people.", "2000", dateline: monday),
        FamilyLookAlike("In 2000 homes, the water was unsafe.", "2000", dateline: wednesday),
        FamilyLookAlike("The police arrested 1200 demonstrators.", "1200", dateline: saturday),
        FamilyLookAlike("The hospital treated 2100 patients last week.", "2100", dateline: friday),
        FamilyLookAlike("The marathon drew 2013 runners.", "2013", dateline: monday),
    ]

    /// Counts in a range or joined to their noun.
    static let counts: [FamilyLookAlike] = [
        FamilyLookAlike("Between 1500 and 2000 people marched on Saturday.", "1500", dateline: friday),
        FamilyLookAlike("The army sent 1500 to 2000 troops to the border.", "1500", dateline: monday),
        FamilyLookAlike("Officials expect 1800 or 1900 visitors a day.", "1800", dateline: wednesday),
        FamilyLookAlike("A 2000-strong crowd cheered the team.", "2000", dateline: saturday),
        FamilyLookAlike("The panel published a 1500-page report.", "1500", dateline: friday),
        FamilyLookAlike("The club built a 2012-seat arena.", "2012", dateline: monday),
        FamilyLookAlike("The ship carried 1850 containers.", "1850", dateline: wednesday),
        FamilyLookAlike("Farmers lost 1900 sheep in the storm.", "1900", dateline: saturday),
    ]

    /// Near-misses: ranges and hyphens of years.
    static let yearRanges: [FamilyCase] = [
        news("Between 2010 and 2015 the economy grew.", "2010 and 2015", "2010/2015", friday),
        news("From 2012 to 2014 prices fell.", "2012 to 2014", "2012/2014", wednesday),
        news("The 2014-2015 season ended early.", "2014-2015", "2014/2015", saturday),
        news("In 2015 2000 people marched.", "2015", "2015", monday),
    ]

    /// A year dating an event's name.
    static let eventNames: [FamilyCase] = [
        news("Portugal won Euro 2016.", "2016", "2016", wednesday),
        news("The London 2012 Games cost 9 billion pounds.", "2012", "2012", monday),
        news("The Tokyo 2020 Olympics were held without fans.", "2020", "2020", saturday),
        news("Tickets for Expo 2020 went on sale.", "2020", "2020", friday),
        news("The Beijing 2008 Summer Olympics were a showcase.", "2008", "2008", wednesday),
        news("The 2014 Winter Games were held in Sochi.", "2014", "2014", saturday),
        news("Athletes trained for the 2012 Summer Olympics.", "2012", "2012", monday),
    ]

    /// Near-misses: a year's season that names no event.
    static let seasonGuards: [FamilyCase] = [
        news("The 2012 summer was wet.", "The 2012 summer", "2012-SU", friday),
        news("Ticket sales for the Games opened in the 2011 winter.", "the 2011 winter", "2011-WI", monday),
    ]

    /// Near-misses: products and plans with a number stay names.
    static let productNames: [FamilyLookAlike] = [
        FamilyLookAlike("Users of Windows 2000 were urged to upgrade.", "2000", dateline: friday),
        FamilyLookAlike("The African Union adopted Agenda 2063.", "2063", dateline: wednesday),
        FamilyLookAlike("The UN adopted Resolution 2254 on Syria.", "2254", dateline: monday),
    ]

    /// A work's title, a phone number's group, a case number's parts.
    static let titlesAndCodes: [FamilyLookAlike] = [
        FamilyLookAlike("The film 2012 was a box office hit.", "2012", dateline: monday),
        FamilyLookAlike("He reread the novel 1984 in prison.", "1984", dateline: friday),
        FamilyLookAlike("Her album 1989 topped the charts.", "1989", dateline: wednesday),
        FamilyLookAlike("Call 1800 555 0199 for details.", "1800", dateline: saturday),
        FamilyLookAlike("The case number is 2016-CV-1234.", "2016", dateline: friday),
        FamilyLookAlike("The case number is 2016-CV-1234.", "1234", dateline: friday),
        FamilyLookAlike("The Senate passed S. 2012 on Thursday.", "2012", dateline: monday),
        FamilyLookAlike("The House bill, H.R. 1999, stalled.", "1999", dateline: wednesday),
        FamilyLookAlike("The Texas bill H.B. 2016 passed.", "2016", dateline: saturday),
        FamilyLookAlike("The room was No. 2012.", "2012", dateline: friday),
    ]

    /// Near-misses: the year of a work, a year before a code's word, a year after a dash.
    static let titleGuards: [FamilyCase] = [
        news("The film was released in 2012.", "2012", "2012", monday),
        news("His 2012 film was a hit.", "2012", "2012", friday),
        news("Prices have risen since mid-2016.", "mid-2016", "2016", mod: "MID", saturday),
        news("The U.S. 2016 election was close.", "2016", "2016", wednesday),
        news("Prices fell in Jan. 2012 and rose later.", "Jan. 2012", "2012-01", monday),
    ]

    @Test(arguments: openingYears)
    func yearOpeningSentence(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: openingCounts)
    func countMidSentence(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: counts)
    func countRangeOrHyphen(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: yearRanges)
    func yearRangeStays(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: eventNames)
    func yearOfEventName(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: seasonGuards)
    func seasonOfYearStays(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: productNames)
    func numberInProductName(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: titlesAndCodes)
    func titleOrCode(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: titleGuards)
    func yearBesideTitleOrCode(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
