import Testing
@testable import Chronicle

/// The hundred-and-eighth round, live blogs and look-ahead lists: an item of a list under a heading that looks ahead
/// ("The week ahead", "What happens next", "What to watch", "Coming up", "Key dates ahead", "What happens now?") is ahead,
/// its participle or headline present too ("Tuesday: inflation figures published", "* From June: the tax cut by 2p"),
/// where it was read as past; under a key-date heading ("Key dates", "Timeline", "What happened next") the same shape
/// stays past, as does prose after the list. Dateline: Fri 2013-03-22.
@Suite("Family news round 108")
struct FamilyNewsRound108Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    /// Items of a list under a heading that looks ahead.
    static let lookAhead: [Case] = [
        N.news("The week ahead\nTuesday: inflation figures published\nFriday: retail sales released", "Tuesday", "2013-03-26"),
        N.news("The week ahead\nTuesday: inflation figures published\nThursday: retail sales released", "Thursday", "2013-03-28"),
        N.news("Coming up\nThursday, 10 a.m.: the rate decision published\nFriday: GDP figures released", "Thursday", "2013-03-28"),
        N.news("What to watch\n* Wednesday: the committee votes\n* Thursday: jobs data released", "Thursday", "2013-03-28"),
        N.news("What happens next\n* From June: National insurance cut by 2p\n* From July: the threshold raised", "June", "2013-06"),
        N.news("Coming up\nMonday: Fed minutes published\nTuesday: earnings reported", "Tuesday", "2013-03-26"),
        N.news("Key dates ahead\nWednesday: the budget delivered\nThursday: the vote held", "Wednesday", "2013-03-27"),
        N.news("What happens now?\nTuesday: MPs debated the bill\nMay: the law takes effect", "Tuesday", "2013-03-26"),
        N.news("Explainer: What happens now?\n* Wednesday: the committee votes\n* Next week: the House debates the bill",
               "Wednesday", "2013-03-27"),
    ]

    /// Near-misses: a key-date or past heading, prose after the list, a headline.
    static let kept: [Case] = [
        N.news("Key dates\nMonday: the committee voted\nTuesday: inflation figures published", "Tuesday", "2013-03-19"),
        N.news("Timeline\nJune: talks collapsed\nJuly: strike called", "June", "2012-06"),
        N.news("How it happened\nTuesday: the minister resigned\nWednesday: polls published", "Wednesday", "2013-03-20"),
        N.news("What to watch\nMonday: jobs data\n\nStocks fell on Tuesday after the data.", "Tuesday", "2013-03-19"),
        N.news("Key dates ahead\nMonday: Parliament returns\nThe prime minister said on Tuesday: we will win.", "Tuesday",
               "2013-03-19"),
        N.news("Fed Holds Rates Steady In March\nThe Federal Reserve held rates on Wednesday.", "Wednesday", "2013-03-20"),
    ]

    @Test(arguments: lookAhead)
    func itemUnderLookAheadHeading(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: kept)
    func pastListKept(_ item: Case) throws { try FamilyCheck.check(item) }
}
