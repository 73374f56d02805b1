import Testing
@testable import Chronicle

/// The seventy-second round: false positives on held-out news, probed on about 300 invented sentences full of numbers
/// and common words that look like dates (models, laws, addresses, scores, measures, ages, names) at datelines from
/// 2015 to 2025. Families: a house number before a street's name ("2020 Main Street", "1600 Pennsylvania Avenue",
/// "1999 Broadway": were the years 2020, 1600, 1999); a weekday in a newspaper's name ("the Sunday Times", "the Sunday
/// Telegraph", "the Mail on Sunday", "Giving Tuesday": were the last such day); a holiday before a thing of its
/// season ("the Thanksgiving turkey", "an Easter basket", "Halloween candy": were the holiday).
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
