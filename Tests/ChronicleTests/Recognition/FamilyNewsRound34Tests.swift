import Testing
@testable import Chronicle

/// The thirty-fourth round: the day phrases of market and news reports. Family: a report's "on the day" ("Shares closed
/// little changed on the day", "up 0.4 percent on the day", "Turnout on the day was high") is the day the report is
/// about, the story's day, a DATE as "that day" is (TimeBank: "later in the day" is a DATE with the story's day); not
/// "on the day of the vote", "on the day he left", "on the day after the vote", whose day is another's.
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirty-fourth round")
struct FamilyNewsRound34Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A report's "on the day" (on main: not an expression).
        N.news("Shares closed little changed on the day.", "the day", "2013-03-22"),
        N.news("The FTSE 100 was up 0.4 percent on the day.", "the day", "2013-03-22"),
        N.news("Turnout on the day was high, officials said.", "the day", "2013-03-22"),
        N.news("The pound was down 1.2 percent on the day against the dollar.", "the day", "2013-03-22"),
        N.news("The index rose 2 percent on the day, its best gain in a month.", "the day", "2013-03-22"),
        N.news("Gold fell 1 percent on the day while silver held steady.", "the day", "2013-03-22"),
        // … the story's day when the text has moved to another.
        N.news("The vote was held on March 3. Turnout on the day was high.", "the day", "2013-03-03"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // A day named by what follows is another's day.
        FamilyLookAlike("He died on the day of the vote.", "the day"),
        FamilyLookAlike("She was born on the day he left.", "the day"),
        FamilyLookAlike("He left on the day after the vote.", "the day"),
        FamilyLookAlike("Markets fell on the day before the results.", "the day"),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
