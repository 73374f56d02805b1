import Testing
@testable import Chronicle

/// The thirty-second round: short wire briefs, headlines and British/Commonwealth deictics. Family: a day counted back
/// in a past clause ("a day earlier", "the previous day", "the day before", "two days earlier") after the text looked
/// ahead ("will begin talks tomorrow", "ahead of the holiday season", "next week") counts from the dateline's day, not
/// from the date still to come.
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirty-second round")
struct FamilyNewsRound32Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A day counted back in a past clause after a future date (on main: counted from that date, `2013-03-22`,
        // `2013-12-XX`, `2013-03-24`, `2013-03-23`, `2013-03-22`).
        N.news("Napolitano will begin fresh consultations tomorrow. The centre-right said a day earlier it would not back him.",
               "a day earlier", "2013-03-21"),
        N.news("Analysts expect the tablet to go on sale ahead of the holiday season. Rival Amazon cut prices a day earlier.",
               "a day earlier", "2013-03-21"),
        N.news("The vote will be held next week. The opposition called for a boycott the previous day.", "the previous day", "2013-03-21"),
        N.news("Shares will resume trading on Monday. The company announced the sale the day before.", "the day before", "2013-03-21"),
        N.news("Parliament will vote on Sunday. Two days earlier, the government unveiled the plan.", "Two days earlier", "2013-03-20"),
        N.news("Banks will reopen on Tuesday. The central bank said a day earlier that deposits were safe.", "a day earlier", "2013-03-21"),
        // … not in a clause that looks ahead or is present, nor after a date already past.
        N.news("Parliament will vote on Sunday. A day earlier, ministers will meet in Brussels.", "A day earlier", "2013-03-23"),
        N.news("The vote is set for Sunday, and campaigning ends the day before.", "the day before", "2013-03-23"),
        N.news("Bersani failed on Wednesday. The centre-right said a day earlier it would not back him.", "a day earlier", "2013-03-19"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
