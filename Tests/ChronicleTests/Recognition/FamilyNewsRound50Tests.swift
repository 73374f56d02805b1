import Testing
@testable import Chronicle

/// The fiftieth round: leftovers named by rounds 47–49. Families: a weekday or a weekend right after the noun of an
/// action a past verb warned of, threatened or called for is the coming one ("warned of more walkouts at the weekend",
/// "called for mass protests on Monday", were the last ones); a month before a capitalised commodity and "futures" or
/// "contract" at a sentence's start is the contract's month ("May Brent futures rose", was read as a name and untagged);
/// a day after a passive "were forced to" and its infinitive is past ("Police were forced to use tear gas on Sunday", was
/// the coming Sunday; added by the lead after the round).
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, fiftieth round")
struct FamilyNewsRound50Tests {
    typealias N = FamilyNewsDirectionTests

    static let threatenedActions: [FamilyCase] = [
        N.news("Union leaders warned of more walkouts at the weekend if talks failed.", "the weekend", "2013-W12-WE"),
        N.news("Opposition leaders called for mass protests at the weekend.", "the weekend", "2013-W12-WE"),
        N.news("Activists called for a general strike on Monday to protest the tax.", "Monday", "2013-03-25"),
        N.news("Teachers threatened a strike on Monday unless the government raised pay.", "Monday", "2013-03-25"),
        N.news("The rail union warned of a fresh stoppage on Thursday over pensions.", "Thursday", "2013-03-28"),
        N.news("Taxi drivers threatened further protests on Sunday, the union said.", "Sunday", "2013-03-24"),
        // (Guards: the day dates the call itself, or the noun is no action.)
        N.news("Unions called a general strike on Monday.", "Monday", "2013-03-18"),
        N.news("The opposition warned on Thursday of more protests.", "Thursday", "2013-03-21"),
        N.news("Doctors warned of a shortage of beds at the weekend.", "the weekend", "2013-W11-WE"),
    ]

    @Test(arguments: threatenedActions)
    func actionWarnedOf(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A passive "were forced to" (compelled, obliged) before an infinitive tells the act happened when the forcing did:
    /// the day is past, not the nearest one the infinitive after a past verb takes.
    static let compelledActs: [FamilyCase] = [
        N.news("Police were forced to use tear gas on Sunday to disperse the crowd.", "Sunday", "2013-03-17"),
        N.news("The airline was forced to cancel 200 flights on Saturday because of snow.", "Saturday", "2013-03-16"),
        N.news("The plant had been forced to shut down on Monday after a fire.", "Monday", "2013-03-18"),
        N.news("Thousands of villagers were compelled to flee their homes on Sunday.", "Sunday", "2013-03-17"),
        N.news("The bank was obliged to suspend withdrawals on Monday.", "Monday", "2013-03-18"),
        // (Guards: forced still to come.)
        N.news("Police will be forced to act on Tuesday if the protest goes ahead.", "Tuesday", "2013-03-26"),
        N.news("Officials could be forced to delay the vote on Monday.", "Monday", "2013-03-25"),
    ]

    @Test(arguments: compelledActs)
    func compelledActIsPast(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let contractMonths: [FamilyCase] = [
        N.news("May Brent futures rose 45 cents to $108.17 a barrel.", "May", "2013-05"),
        N.news("May Brent crude futures were little changed in London.", "May", "2013-05"),
        N.news("April WTI futures fell 30 cents to $92.15 on the New York Mercantile Exchange.", "April", "2013-04"),
        N.news("June Treasury futures rose 5/32 in late trade.", "June", "2013-06"),
        N.news("In London, May Brent futures settled at $107.46.", "May", "2013-05"),
    ]

    @Test(arguments: contractMonths)
    func contractMonthBeforeCommodity(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// (Guards: a name stays a name.)
    static let names: [FamilyLookAlike] = [
        FamilyLookAlike("April Ryan asked the first question.", "April", dateline: N.friday),
        FamilyLookAlike("June Carter recorded the song.", "June", dateline: N.friday),
    ]

    @Test(arguments: names)
    func monthNames(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
