import Testing
@testable import Chronicle

/// The hundred-and-twelfth round, line ends and dotted clocks. A heading, a list item or a label ends at its line break:
/// "What happened next" over "Tuesday: the vote" is no "next Tuesday" (a bullet, an early colon or a short line before a
/// capitalised word closes the line), while prose wrapped over lines still joins ("on\nMonday", "last\nweek"). A dotted
/// 24-hour clock ("at 19.45", "from 09.30 to 17.30", "By 22.15", a stamp on its own line) is a time after a clock's
/// preposition, never an amount ("rose 19.45 points", "closed at 19.45", "at 19.45 percent"). Dateline: Fri 2013-03-22.
@Suite("Family news round 112")
struct FamilyNewsRound112Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static func lookAlike(_ sentence: String, _ substring: String) -> FamilyLookAlike {
        FamilyLookAlike(sentence, substring, dateline: N.friday)
    }

    /// A heading's or a label's last word does not join the next line's item.
    static let lineEnds: [Case] = [
        N.news("Parliament votes on the bill\n\nWhat happened next\nTuesday: the vote on the second reading.", "Tuesday",
               "2013-03-19"),
        N.news("Budget timetable\n\nComing up next\nMonday: the first reading of the bill\nThursday: committee stage",
               "Monday", "2013-03-25"),
        N.news("Results this\nWednesday: the final vote was held.", "Wednesday", "2013-03-20"),
        N.news("Key dates last\nFriday: the deadline for amendments passed.", "Friday", "2013-03-22"),
        N.news("What to watch next\nThursday: the rate decision", "Thursday", "2013-03-28"),
        N.news("Timeline of the strike last\nJune: talks collapsed.", "June", "2012-06"),
    ]

    /// Near-misses: prose wrapped over lines still joins.
    static let wrapped: [Case] = [
        N.news("The board of the company will meet again next\nTuesday to decide on the dividend, it said.", "next\nTuesday",
               "2013-03-26"),
        N.news("Sales of the group's cars fell sharply across Europe last\nweek, the industry body said.", "last\nweek",
               "2013-W11"),
        N.news("Officials from both governments said the talks would resume this\nMonday in Geneva.", "this\nMonday",
               "2013-03-25"),
    ]

    /// Dotted 24-hour clocks after a clock's preposition or on a line of their own.
    static let dottedClocks: [Case] = [
        N.news("The match kicks off at 19.45 on Saturday.", "19.45", .time, "2013-03-23T19:45"),
        // (Round 126: before "on weekdays", the hours of any working day.)
        N.news("The office is open from 09.30 to 17.30 on weekdays.", "09.30 to 17.30", .time,
               "XXXX-XX-XXT09:30/XXXX-XX-XXT17:30"),
        N.news("Police arrived around 23.10 on Thursday.", "around 23.10", .time, "2013-03-21T23:10", mod: "APPROX"),
        N.news("Rail services will run until 23.30 tonight, the operator said.", "23.30 tonight", .time, "2013-03-22T23:30"),
        N.news("Live: Storm hits the coast\n\n19.45\nWinds of 80 mph were recorded on the pier.", "19.45", .time,
               "2013-03-22T19:45"),
    ]

    /// Near-misses: amounts, prices, rates and scores written with a dot.
    static let amounts: [FamilyLookAlike] = [
        lookAlike("The index rose 19.45 points on Monday.", "19.45"),
        lookAlike("Inflation stood at 19.45 percent in March.", "19.45"),
        lookAlike("Shares closed at 19.45 on Friday.", "19.45"),
        lookAlike("The stock rose from 19.45 to 21.30 in March.", "21.30"),
        lookAlike("The stock closed at $19.45 on Friday.", "19.45"),
        lookAlike("Apple released version 10.15 on Monday.", "10.15"),
        lookAlike("Brent traded at 11.30 a barrel last week.", "11.30"),
    ]

    @Test(arguments: lineEnds)
    func headingEndsAtLineBreak(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: wrapped)
    func wrappedProseJoins(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: dottedClocks)
    func dottedClock(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: amounts)
    func dottedAmountKept(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
