import Testing
@testable import Chronicle

/// The seventy-second round: false positives on held-out news, probed on about 300 invented sentences full of numbers
/// and common words that look like dates (models, laws, addresses, scores, measures, ages, names) at datelines from
/// 2015 to 2025. Families: a house number before a street's name ("2020 Main Street", "1600 Pennsylvania Avenue",
/// "1999 Broadway": were the years 2020, 1600, 1999); a weekday in a newspaper's name ("the Sunday Times", "the Sunday
/// Telegraph", "the Mail on Sunday", "Giving Tuesday": were the last such day); a holiday before a thing of its
/// season ("the Thanksgiving turkey", "an Easter basket", "Halloween candy": were the holiday); common words beside a
/// word of time: the adjective "minute" ("every minute detail": was a SET), "current" as a flow or an accounting term
/// ("the ocean current", "the current account deficit", "current assets": were `PRESENT_REF`), a season's kind of thing
/// ("a winter coat", "winter wheat", "the spring water") or a first name ("Summer Smith"), the end of a race's time
/// ("finished in 2:03:23": was the clock time 03:23).
/// Datelines: each case's own (UTC).
@Suite("Family news, seventy-second round")
struct FamilyNewsRound72Tests: DatedFamilyRound {
    static let friday = on(2019, 3, 22), monday = on(2015, 6, 8), wednesday = on(2024, 10, 16), saturday = on(2021, 1, 9)

    /// A house number: capitalised words and a street noun after it.
    static let addresses: [FamilyLookAlike] = [
        FamilyLookAlike("The company moved to 2020 Main Street last month.", "2020", dateline: friday),
        FamilyLookAlike("He lives at 1600 Pennsylvania Avenue.", "1600", dateline: monday),
        FamilyLookAlike("The firm's headquarters at 1999 Broadway were sold.", "1999", dateline: wednesday),
        FamilyLookAlike("Police were called to 2015 Oak Lane on Friday.", "2015", dateline: saturday),
        FamilyLookAlike("The fire broke out at 1800 North Lake Shore Drive.", "1800", dateline: friday),
        FamilyLookAlike("The shop at 2012 Sunset Blvd. will close.", "2012", dateline: wednesday),
    ]

    /// Near-misses: a year after a word of when before a street's name, a year before an event noun.
    static let addressGuards: [FamilyCase] = [
        news("In 2012 Oxford Street was closed for the Olympics.", "2012", "2012", friday),
        news("Since 2019 Regent Street has been car-free.", "2019", "2019", wednesday),
        news("By 2030 Main Street will look very different.", "2030", "2030", monday),
        news("The 2000 election was decided by the Supreme Court.", "2000", "2000", saturday),
        news("Flight 2012 left on Monday with 180 passengers.", "Monday", "2015-06-08", monday),
    ]

    /// A weekday in a newspaper's name, or in a named day no rule dates.
    static let mastheads: [FamilyLookAlike] = [
        FamilyLookAlike("He told the Sunday Telegraph that he would run.", "Sunday", dateline: friday),
        FamilyLookAlike("The Sunday Times reported that the minister would resign.", "Sunday", dateline: monday),
        FamilyLookAlike("The Mail on Sunday published the letter.", "Sunday", dateline: wednesday),
        FamilyLookAlike("The Independent on Sunday closed in 2013.", "Sunday", dateline: saturday),
        FamilyLookAlike("The Sunday Mirror said the star had married.", "Sunday", dateline: friday),
        FamilyLookAlike("Sunday Times journalists were briefed.", "Sunday", dateline: wednesday),
        FamilyLookAlike("The Saturday Paper broke the story.", "Saturday", dateline: monday),
        FamilyLookAlike("The Monday Club was a Conservative group.", "Monday", dateline: saturday),
        FamilyLookAlike("Giving Tuesday raised $3 billion.", "Tuesday", dateline: friday),
    ]

    /// Near-misses: the day a newspaper reported, a weekday's part.
    static let mastheadGuards: [FamilyCase] = [
        news("The Sunday Times reported on Saturday that the minister would resign.", "Saturday", "2015-06-06", monday),
        news("The Times on Sunday reported the deal.", "Sunday", "2019-03-17", friday),
        news("The minister told the Observer on Sunday that he would stay.", "Sunday", "2024-10-13", wednesday),
        FamilyCase("The summit ends on Saturday night.", "Saturday night", .time, "2019-03-23TNI", dateline: friday),
        news("Post Office workers will strike on Monday.", "Monday", "2021-01-11", saturday),
    ]

    /// A holiday before a thing of its season.
    static let holidayThings: [FamilyLookAlike] = [
        FamilyLookAlike("The Thanksgiving turkey was pardoned on Wednesday.", "Thanksgiving", dateline: friday),
        FamilyLookAlike("Children filled an Easter basket on Sunday.", "Easter", dateline: monday),
        FamilyLookAlike("Halloween candy sales rose 4 percent.", "Halloween", dateline: wednesday),
        FamilyLookAlike("Shoppers bought Christmas hampers early.", "Christmas", dateline: saturday),
    ]

    /// Near-misses: the holiday's own day, its dinner.
    static let holidayGuards: [FamilyCase] = [
        news("The family will eat turkey on Thanksgiving.", "Thanksgiving", "2024-11-28", wednesday),
        news("Children will hunt for eggs at Easter.", "Easter", "2019-04-21", friday),
        news("The shops will close at Easter.", "Easter", "2016-03-27", monday),
    ]

    /// Common words beside a word of time: "minute" (tiny), "current" (a flow, an account), a season's kind of thing or
    /// a first name, the end of a race's time.
    static let commonWords: [FamilyLookAlike] = [
        FamilyLookAlike("Investigators examined every minute detail of the crash.", "minute", dateline: friday),
        FamilyLookAlike("Each minute fraction counts.", "minute", dateline: monday),
        FamilyLookAlike("The ocean current carried the debris for months.", "current", dateline: wednesday),
        FamilyLookAlike("A rip current swept two swimmers out to sea on Saturday.", "current", dateline: saturday),
        FamilyLookAlike("Britain's current account deficit narrowed.", "current", dateline: friday),
        FamilyLookAlike("The current account deficit widened in 2022.", "current", dateline: wednesday),
        FamilyLookAlike("The firm's current assets rose.", "current", dateline: monday),
        FamilyLookAlike("The show covers current affairs.", "current", dateline: saturday),
        FamilyLookAlike("The spring water was contaminated.", "spring", dateline: friday),
        FamilyLookAlike("The winter coat was on sale.", "winter", dateline: monday),
        FamilyLookAlike("He wore a winter coat in July.", "winter", dateline: wednesday),
        FamilyLookAlike("Farmers planted winter wheat last month.", "winter", dateline: saturday),
        FamilyLookAlike("Summer Smith was elected mayor in 2021.", "Summer", dateline: wednesday),
        FamilyLookAlike("Autumn Phillips spoke on Tuesday.", "Autumn", dateline: friday),
        FamilyLookAlike("The marathon winner finished in 2:03:23.", "2:03:23", dateline: monday),
    ]

    /// Near-misses: the unit, the present, the season, a clock time.
    static let commonWordGuards: [FamilyCase] = [
        FamilyCase("The plane circled every minute of the day.", "every minute", .set, "PT1M", dateline: friday),
        FamilyCase("The current government took office in 2015.", "current", .date, "PRESENT_REF", dateline: monday),
        news("We expect a cold winter this year.", "winter", "2019-WI", friday),
        news("The summit ends on Saturday night, and the vote is due in the spring.", "the spring", "2019-SP", friday),
        news("In Summer 2022 prices rose.", "Summer 2022", "2022-SU", saturday),
        FamilyCase("The race started at 10:30 a.m.", "10:30 a.m.", .time, "2019-03-22T10:30", dateline: friday),
    ]

    @Test(arguments: commonWords)
    func commonWordLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: commonWordGuards)
    func commonWordStillTime(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: addresses)
    func houseNumber(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: addressGuards)
    func yearBesideStreet(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: mastheads)
    func weekdayInNewspaperName(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: mastheadGuards)
    func weekdayBesideNewspaper(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: holidayThings)
    func holidayThing(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: holidayGuards)
    func holidayDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
