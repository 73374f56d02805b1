import Testing
@testable import Chronicle

/// The eighty-first round: sets and frequencies on held-out news, probed on about 155 invented sentences dense in
/// recurring times and their near-misses ("every Monday", "twice a month", "biweekly", "the Daily Mail", "the annual
/// meeting", "$5 a day") at datelines from 2013 to 2024. Families: a capitalised frequency word in a title ("the Daily
/// Mail", "The Weekly Standard": were sets); a frequency word before a preposition or conjunction the preposition tag
/// lacks ("trains nightly under floodlights", "meets monthly except in August": were no set, the word read as a noun's
/// adjective); the frequency words "bimonthly", "biennially", "triennially" (were no set); "once every ten years" (the
/// count of times was left out of the extent); "every Wednesday morning" (the part of the day was left out).
/// Datelines: each case's own (UTC).
@Suite("Family news, eighty-first round")
struct FamilyNewsRound81Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), monday = on(2016, 9, 12), wednesday = on(2020, 1, 15), saturday = on(2024, 6, 8)

    /// A capitalised frequency word in a paper's or a journal's title.
    static let titles: [FamilyLookAlike] = [
        FamilyLookAlike("He told the Daily Mail that he would resign.", "Daily", dateline: friday),
        FamilyLookAlike("She wrote for The Weekly Standard for a decade.", "Weekly", dateline: monday),
        FamilyLookAlike("The Daily Telegraph reported the deal on Monday.", "Daily", dateline: wednesday),
        FamilyLookAlike("A paper in the Quarterly Journal of Economics drew criticism.", "Quarterly", dateline: saturday),
        FamilyLookAlike("Monthly Review editors met in May.", "Monthly", dateline: friday),
    ]

    /// Near-misses: a capitalised frequency word opening a sentence before a noun or a verb is a set.
    static let titleGuards: [FamilyCase] = [
        set("Daily flights to Paris resume on Monday.", "Daily", "P1D", monday),
        set("Weekly, the council reviews the figures.", "Weekly", "P1W", wednesday),
        set("Prices are updated daily by the ministry.", "daily", "P1D", saturday),
    ]

    /// A frequency word before a preposition or conjunction outside the preposition tag.
    static let beforePreposition: [FamilyCase] = [
        set("The team trains nightly under floodlights.", "nightly", "P1D", friday),
        set("Employees are paid biweekly under the new contract.", "biweekly", "P2W", monday),
        set("The committee meets monthly except in August.", "monthly", "P1M", wednesday),
        set("Patrols run nightly along the border.", "nightly", "P1D", saturday),
        set("Alerts are sent hourly via text message.", "hourly", "PT1H", friday),
    ]

    /// Near-misses: a frequency word before the noun it qualifies is no set.
    static let qualifiers: [FamilyLookAlike] = [
        FamilyLookAlike("The bank raised its quarterly dividend on Tuesday.", "quarterly", dateline: friday),
        FamilyLookAlike("She writes a monthly column for the paper.", "monthly", dateline: monday),
        FamilyLookAlike("Shareholders approved the plan at the annual meeting.", "annual", dateline: wednesday),
    ]

    /// The frequency words of two and three units.
    static let multiples: [FamilyCase] = [
        set("The magazine is published bimonthly.", "bimonthly", "P2M", friday),
        set("The summit is held biennially in a member state.", "biennially", "P2Y", monday),
        set("The survey is conducted triennially by the agency.", "triennially", "P3Y", saturday),
    ]

    /// "once every ten years": the count of times in each span of several units is the expression's.
    static let onceEvery: [FamilyCase] = [
        set("The census is taken once every ten years.", "once every ten years", "P10Y", friday),
        set("The board meets twice every three months.", "twice every three months", "P3M", monday),
        set("Voters elect a council once every 4 years.", "once every 4 years", "P4Y", wednesday),
    ]

    /// Near-misses: "once every decade", "every ten years" alone.
    static let onceEveryGuards: [FamilyCase] = [
        set("The comet returns once every decade.", "once every decade", "P10Y", saturday),
        set("Elections are held every ten years.", "every ten years", "P10Y", friday),
    ]

    /// "every Wednesday morning": that part of each such day.
    static let weekdayParts: [FamilyCase] = [
        set("Garbage is collected every Wednesday morning.", "every Wednesday morning", "XXXX-WXX-3TMO", friday),
        set("The band plays each Friday night at the club.", "each Friday night", "XXXX-WXX-5TNI", monday),
        set("The clinic opens every Saturday afternoon.", "every Saturday afternoon", "XXXX-WXX-6TAF", wednesday),
    ]

    /// Near-misses: the weekday alone, a plural part after it.
    static let weekdayPartGuards: [FamilyCase] = [
        set("The council meets every Monday at city hall.", "every Monday", "XXXX-WXX-1", saturday),
        set("The group meets on Tuesday evenings.", "Tuesday evenings", "XXXX-WXX-2TEV", friday),
    ]

    @Test(arguments: titles)
    func frequencyWordInTitle(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: titleGuards + beforePreposition + multiples + onceEvery + onceEveryGuards + weekdayParts + weekdayPartGuards)
    func recurringTime(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: qualifiers)
    func frequencyWordQualifyingNoun(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
