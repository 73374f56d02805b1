import Testing
@testable import Chronicle

/// The forty-second round: the leftovers of rounds 37–39. Families: a team named with "the" before a plural present of a
/// schedule ("The Heat host the Knicks on Sunday", "The Yankees open their season … on Monday") looks ahead; a weekday in
/// a verbless "with" phrase after a present of lasting ("Qualifying runs through the weekend, with the final on Sunday")
/// is still ahead, and after the main clause's own weekday ("opens Thursday, with the premiere on Saturday"); a possessive's "fiscal year" ("Japan's fiscal year", "its fiscal year") is the fiscal year, tagged
/// without the possessive as TimeBank tags "its [fourth quarter]"; "on a Sunday referendum" names one referendum, not
/// some Sunday, and "hinges on", "depends on" it look ahead; a short first conjunct cut before a conjunct with a subject
/// of its own keeps its own description ("Profits rose in 2012 and sales fell last month").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, forty-second round")
struct FamilyNewsRound42Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A team named with "the" before a plural present of a schedule (on main: the past day).
        N.news("The Heat host the Knicks on Sunday.", "Sunday", "2013-03-24"),
        N.news("The Thunder play the Lakers on Sunday night.", "Sunday night", .time, "2013-03-24TNI"),
        N.news("The Miami Heat visit Boston on Wednesday.", "Wednesday", "2013-03-27"),
        N.news("The Jazz host the Spurs on Tuesday.", "Tuesday", "2013-03-26"),
        N.news("The Yankees open their season against the Red Sox on Monday.", "Monday", "2013-03-25"),
        // … the past stays the past.
        N.news("The Heat hosted the Knicks on Sunday.", "Sunday", "2013-03-17"),
        // A weekday in a verbless "with" phrase after a present of lasting (on main: the past day).
        N.news("Qualifying runs through the weekend, with the final on Sunday.", "Sunday", "2013-03-24"),
        N.news("The talks continue this week, with a vote on Tuesday.", "Tuesday", "2013-03-26"),
        N.news("The festival runs until April 7, with the opening gala on Saturday.", "Saturday", "2013-03-23"),
        N.news("The trial continues next week, with closing arguments on Wednesday.", "Wednesday", "2013-03-27"),
        // … and never before the main clause's day (on main: tomorrow's Saturday, before Thursday).
        N.news("The festival opens Thursday, with the premiere on Saturday.", "Saturday", "2013-03-30"),
        N.news("The tournament begins Monday, with the final on Saturday.", "Saturday", "2013-03-30"),
        N.news("The summit opens Tuesday, with the final statement on Saturday.", "Saturday", "2013-03-30"),
        N.news("The festival opens Thursday, with the premiere on Saturday.", "Thursday", "2013-03-28"),
        // … not after a past verb.
        N.news("The conference opened Monday, with the keynote on Wednesday.", "Wednesday", "2013-03-20"),
        N.news("The talks continued all week, with a vote on Tuesday.", "Tuesday", "2013-03-19"),
        // A possessive's fiscal year (on main: untagged).
        N.news("Japan's fiscal year ends on March 31.", "fiscal year", "2013"),
        N.news("The company's fiscal year ends in September.", "fiscal year", "2013"),
        N.news("Sales rose 5 percent in the company's fiscal year.", "fiscal year", "2013"),
        N.news("The retailer expects a loss for its fiscal year.", "fiscal year", "2013"),
        N.news("Their fiscal year begins on July 1.", "fiscal year", "2013"),
        // A weekday before a scheduled event's noun after "on a" (on main: `XXXX-WXX-7` …).
        N.news("The bailout hinges on a Sunday referendum.", "Sunday", "2013-03-24"),
        N.news("The deal hinges on a Monday vote in parliament.", "Monday", "2013-03-25"),
        N.news("The budget depends on a Tuesday vote in the Senate.", "Tuesday", "2013-03-26"),
        N.news("The outcome hinges on a Sunday confidence vote.", "Sunday", "2013-03-24"),
        // … and a possessive day's event it hinges on (on main: the past day).
        N.news("The plan hinges on Wednesday's vote.", "Wednesday", "2013-03-27"),
        N.news("The bailout depends on Sunday's referendum.", "Sunday", "2013-03-24"),
        N.news("Everything hinges on Tuesday's talks in Brussels.", "Tuesday", "2013-03-26"),
        // … not in the past, and some Monday stays some Monday.
        N.news("The rally hinged on Wednesday's data.", "Wednesday", "2013-03-20"),
        N.news("The attack happened on a Monday, police said.", "Monday", "XXXX-WXX-1"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // A short first conjunct with its verb, cut before a conjunct with a subject of its own (on main: the whole
        // sentence).
        DescriptionCase("Profits rose in 2012 and sales fell last month.", "2012", "Profits rose in 2012"),
        DescriptionCase("Exports grew in 2011 and imports fell in February.", "2011", "Exports grew in 2011"),
        DescriptionCase("Prices rose in January and wages fell last year.", "January", "Prices rose in January"),
        DescriptionCase("Output rose in 2010 and jobs fell last week.", "2010", "Output rose in 2010"),
        // … the later conjunct keeps its own.
        DescriptionCase("Profits rose in 2012 and sales fell last month.", "last month", "Sales fell last month"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
