import Testing
@testable import Chronicle

/// The leftovers of the sixteenth and seventeenth rounds, in 2013-era news: possessive days in a future clause, the
/// period a data release covers, counterfactual days, sports seasons and other compounds.
/// Datelines: Fri 2013-03-22 (default), Mon 2013-03-25, Tue 2013-01-15 and Wed 2013-04-03.
@Suite("Family news leftovers")
struct FamilyNewsLeftoverTests {
    typealias Case = FamilyCase
    /// The helpers and datelines of the direction family, whose leftovers these are.
    typealias N = FamilyNewsDirectionTests
    static let monday = N.monday
    static let april = CalendarDate(year: 2013, month: 4, day: 3)
    static let january = CalendarDate(year: 2013, month: 1, day: 15)

    static let cases: [Case] = [
        // A possessive day heading the subject of a future verb group is ahead; awaited or prepared for, too.
        N.news("Sunday's election will decide the fate of the government.", "Sunday", "2013-03-24"),
        N.news("Thursday's meeting is expected to focus on the budget.", "Thursday", "2013-03-28"),
        N.news("Monday's summit will bring together leaders from 27 countries.", "Monday", "2013-03-25"),
        N.news("Saturday's match against Arsenal will be crucial.", "Saturday", "2013-03-30", dateline: monday),
        N.news("Friday's closely watched jobs report is expected to show gains.", "Friday", "2013-03-29", dateline: monday),
        N.news("Tuesday's talks in Brussels are set to focus on Cyprus.", "Tuesday", "2013-03-26"),
        N.news("Investors await Wednesday's Fed decision.", "Wednesday", "2013-03-27"),
        N.news("Markets are bracing for Sunday's vote.", "Sunday", "2013-03-24"),
        N.news("Investors are looking ahead to Wednesday's Fed decision.", "Wednesday", "2013-03-27"),
        N.news("Wednesday's rate decision will be closely watched by markets.", "Wednesday", "2013-03-27"),
        N.news("The outcome of Sunday's vote will be known late on Monday.", "Sunday", "2013-03-24"),
        N.news("Traders will look to Thursday's GDP figures for direction.", "Thursday", "2013-03-28"),
        N.news("Saturday night's debate will be broadcast live.", "Saturday night", .time, "2013-03-23TNI"),
        // A possibility may follow the day or come before it: the nearest.
        N.news("Sunday's vote in parliament could topple the government.", "Sunday", "2013-03-24"),
        N.news("Sunday's elections could lead to a hung parliament.", "Sunday", "2013-03-24", dateline: monday),
        N.news("Tuesday's ruling may open the door to appeals.", "Tuesday", "2013-03-26", dateline: monday),
        // … but not its object, a past one, its relative clause, or a day's outcome a future verb follows.
        N.news("Officials will look for ways around Wednesday's ruling.", "Wednesday", "2013-03-20"),
        N.news("Tuesday's vote was a blow to the prime minister.", "Tuesday", "2013-03-19"),
        N.news("Sunday's ruling, which will be appealed, angered activists.", "Sunday", "2013-03-17"),
        N.news("Wednesday's decision to cut rates will help borrowers.", "Wednesday", "2013-03-20"),
        N.news("Wednesday's attack will deepen fears of a wider conflict.", "Wednesday", "2013-03-20"),
        N.news("The verdict in Tuesday's trial will be appealed, lawyers said.", "Tuesday", "2013-03-19"),
        N.news("Thursday's protests drew thousands of people.", "Thursday", "2013-03-21"),
        // The month a release of figures covers is over, even in a future clause.
        N.news("Data for February will be released next week.", "February", "2013-02"),
        N.news("Inflation data for March are due out next week.", "March", "2013-03", dateline: april),
        N.news("The March jobs report will be released on Friday.", "March", "2013-03", dateline: april),
        N.news("The government will release March retail sales data on Tuesday.", "March", "2013-03", dateline: april),
        N.news("The company will report results for March next week.", "March", "2013-03", dateline: april),
        N.news("Economists expect the March payrolls report to show a gain.", "March", "2013-03", dateline: april),
        N.news("China's February trade data, due on Friday, is expected to show a surplus.", "February", "2013-02"),
        // … the nearest one: a forecast for the coming month is ahead, a past clause keeps the past.
        N.news("Economists expect February inflation to ease to 2.1 percent.", "February", "2013-02",
             dateline: january),
        N.news("Data for February showed a rise in exports.", "February", "2012-02", dateline: january),
        // … not a month the clause's verb is in, nor one a survey is named after.
        N.news("In March sales will rise again.", "March", "2014-03", dateline: april),
        N.news("The central bank will publish its April survey next month.", "April", "2013-04"),
        N.news("Sales will rise in May, the company said.", "May", "2013-05"),
        // "last/this/next season" in news: a sport's or a show's season across the turn of a year, not a calendar one.
        N.news("United finished fourth last season.", "last season", "PAST_REF"),
        N.news("He has scored 20 goals this season.", "this season", "PRESENT_REF"),
        N.news("He will join Chelsea next season.", "next season", "FUTURE_REF"),
        N.news("The team won the title this past season.", "this past season", "PAST_REF"),
        N.news("Last season's champions were knocked out.", "Last season", "PAST_REF"),
        N.news("Ticket prices will rise for the coming season.", "the coming season", "FUTURE_REF"),
        // … while a named season stays a calendar one.
        N.news("Snow fell this winter.", "this winter", "2012-WI"),
        // An anniversary someone would have reached on a day is the nearest such day.
        N.news("He would have been 80 on Sunday.", "Sunday", "2013-03-24"),
        N.news("She would have turned 65 on Thursday.", "Thursday", "2013-03-21"),
        N.news("The singer would have celebrated his 70th birthday on Saturday.", "Saturday", "2013-03-23"),
        N.news("He would have been 80 on Sunday.", "Sunday", "2013-03-24", dateline: monday),
        // … not a missed chance or a guess about the past.
        N.news("The Senate could have voted Tuesday but adjourned.", "Tuesday", "2013-03-19", dateline: monday),
        N.news("The plane might have crashed on Sunday.", "Sunday", "2013-03-17"),
        // "by Friday" on a Friday is that day, in a future clause too (the next one, today included; TimeBank's "by
        // Monday" and "until Tuesday" on those days).
        N.news("The budget must be approved by Friday.", "Friday", "2013-03-22"),
        N.news("Lawmakers have until Friday to reach a deal.", "Friday", "2013-03-22"),
        N.news("The budget must be approved by Monday.", "Monday", "2013-03-25", dateline: monday),
        // One weekend as a length is two days, as TimeBank writes it.
        N.news("After a weekend of talks, leaders reached a deal.", "a weekend", .duration, "P2D"),
        // A weekday counted in the story's month; a weekday some weeks before the last one.
        N.news("The last Friday of the month is payday.", "The last Friday of the month", "2013-03-29"),
        // (A present clause's schedule written after that day: next month's, as "meets on the 18th" is; round 136.)
        N.news("The board meets on the first Monday of the month.", "the first Monday of the month", "2013-04-01"),
        N.news("The bomb exploded two weeks ago Friday.", "two weeks ago Friday", "2013-03-08"),
        N.news("He was arrested a week ago Tuesday.", "a week ago Tuesday", "2013-03-12"),
        N.news("The talks began a week ago Friday.", "a week ago Friday", "2013-03-15"),
        N.news("The talks began a week ago Sunday.", "a week ago Sunday", "2013-03-17", dateline: monday),
        N.news("The festival lasts two weekends.", "two weekends", .duration, "P2W"),
        // "the turn of the millennium" in news: 2000, give or take.
        N.news("Sales surged at the turn of the millennium.", "the turn of the millennium", "2000", mod: "APPROX"),
        N.news("Sales surged at the turn of the century.", "the turn of the century", "20", mod: "START"),
        // A possessive deadline takes its verb: ahead when it looms, gone when it passed, else the nearest.
        N.news("Tuesday's deadline looms for the talks.", "Tuesday", "2013-03-26"),
        N.news("Monday's deadline passed without a deal.", "Monday", "2013-03-18"),
        N.news("A deadline looms on Tuesday.", "Tuesday", "2013-03-26"),
        // A present progressive: ahead for an arranged event, back for an investigation of a past one.
        N.news("The company is reporting earnings on Tuesday.", "Tuesday", "2013-03-26"),
        N.news("The prime minister is addressing parliament on Monday.", "Monday", "2013-03-25"),
        N.news("United are facing Arsenal on Sunday.", "Sunday", "2013-03-24"),
        N.news("The minister is traveling to Paris on Monday.", "Monday", "2013-03-25"),
        N.news("Police are investigating a shooting on Monday that left two dead.", "Monday", "2013-03-18"),
        N.news("Investigators are examining a crash on Sunday that killed four.", "Sunday", "2013-03-17"),
        N.news("Rescuers are searching for survivors of an earthquake on Monday.", "Monday", "2013-03-18"),
        // A month without a year set off by a comma after a year is a month of that year, and so is one coordinated with
        // it; not a month after other words.
        N.news("The company cut jobs twice last year, in March and in October.", "March", "2012-03", dateline: april),
        N.news("The company cut jobs twice last year, in March and in October.", "October", "2012-10", dateline: april),
        N.news("Sales fell last year, especially in March.", "March", "2012-03", dateline: april),
        N.news("The plant was closed in 2011, in May, and reopened in 2012.", "May", "2011-05", dateline: april),
        N.news("Last year, in March, the firm announced a merger.", "March", "2012-03", dateline: april),
        N.news("The party won the election in 2010 and lost power in October.", "October", "2012-10", dateline: april),
    ]

    @Test(arguments: cases)
    func leftover(_ item: Case) throws { try FamilyCheck.check(item) }
}
