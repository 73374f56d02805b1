import Testing
@testable import Chronicle

/// Business and economic news read as whole articles (the twenty-fourth round): fiscal quarters closed on a day, the
/// end of a period still running, a month naming a published document, expectations ("on track to"), reporting
/// periods "through" a month, "this fiscal year", "midyear", a count before "earlier this week", the month "May".
/// Datelines: Fri 2013-03-22 (default), Thu 2013-04-25, Wed 2013-05-01, Thu 2013-06-20, Wed 2013-10-30, Mon 2012-12-10,
/// Thu 2013-03-21.
@Suite("Family news business")
struct FamilyNewsBusinessTests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests
    static let april = CalendarDate(year: 2013, month: 4, day: 25)
    static let may = CalendarDate(year: 2013, month: 5, day: 1)
    static let june = CalendarDate(year: 2013, month: 6, day: 20)
    static let december = CalendarDate(year: 2012, month: 12, day: 10)
    static let october = CalendarDate(year: 2013, month: 10, day: 30)
    static let thursday = CalendarDate(year: 2013, month: 3, day: 21)

    static let cases: [Case] = [
        // A numbered (fiscal) quarter that "ended" on a day is the quarter of that day's year (TimeBank: "its fourth
        // quarter ended June 30" is 1989-Q4), the latest such day; "ending" the nearest such day.
        N.news("Net income rose in the fiscal third quarter ended Feb. 28.", "the fiscal third quarter", "2013-Q3"),
        N.news("Nike earned $662 million in its third quarter ended Feb. 28.", "third quarter", "2013-Q3"),
        N.news("Oracle said sales fell 2 percent in its fiscal third quarter ended Feb. 28.", "fiscal third quarter", "2013-Q3",
               dateline: april),
        N.news("The retailer posted a loss for its fourth quarter ended Jan. 31.", "fourth quarter", "2013-Q4"),
        N.news("Profit fell in the fiscal first quarter ended Dec. 29.", "the fiscal first quarter", "2012-Q1"),
        N.news("The retailer expects sales to rise in its fourth quarter ending Feb. 2.", "fourth quarter", "2013-Q4",
               dateline: december),
        N.news("Revenue in the second half ended Jan. 31 rose 4 percent.", "the second half", "2013-H2"),
        N.news("Net income for the fiscal third quarter, which ended May 31, was $698 million.", "the fiscal third quarter",
               "2013-Q3", dateline: june),
        N.news("Sales fell in its fiscal first quarter, which ended Dec. 29.", "fiscal first quarter", "2012-Q1"),
        // "the October-December quarter", "the July-September period": a calendar quarter written as its months; "a year
        // ago" after it is that quarter a year before.
        N.news("The economy grew at a 0.1 percent annual rate in the October-December quarter.", "the October-December quarter",
               "2012-Q4"),
        N.news("Employers added 168,000 jobs a month in the January-March period.", "the January-March period", "2013-Q1",
               dateline: april),
        N.news("GM earned $698 million in the July-September period, down from $1.48 billion a year ago.", "a year ago",
               "2012-Q3", dateline: october),
        N.news("Japan's economy grew 0.6 percent in the April-June quarter.", "the April-June quarter", "2013-Q2", dateline: october),
        // The weekly figures: "the prior week" after "the week ended March 16" is the week before the one that day closes.
        N.news("Initial claims rose 2,000 to 336,000 in the week ended March 16. The prior week's figure was revised up.",
               "The prior week", "2013-W10", dateline: thursday),
        N.news("Initial claims fell to 340,000 in the week ended March 9, from 350,000 the previous week.", "the previous week",
               "2013-W09", dateline: thursday),
        // "the third calendar quarter", as "the third fiscal quarter".
        N.news("The deal is expected to close in the third calendar quarter of this year.",
               "the third calendar quarter of this year", "2013-Q3"),
        N.news("Sales rose 4 percent in the first calendar quarter.", "the first calendar quarter", "2013-Q1", dateline: april),
        // The closing day of a period "ending" in a month: the nearest one, whatever the verb.
        N.news("It reiterated its forecast for the fiscal year ending in September.", "September", "2013-09", dateline: april),
        N.news("The company said it expected a loss for the year ending in June.", "June", "2013-06"),
        // A month naming a document published then ("their December projections", "the January minutes") is the
        // nearest one, even in a future clause.
        N.news("Officials expect growth of 2.5 percent, down from 3 percent in their December projections.", "December",
               "2012-12"),
        N.news("Officials will revise their December forecast next month.", "December", "2012-12"),
        N.news("Analysts expect the Fed to repeat the language of its January statement.", "January", "2013-01"),
        N.news("The January minutes will be studied closely for hints on bond buying.", "January", "2013-01"),
        // "on track to", "on course to", "on pace to": an expectation looks ahead, even after a past verb.
        N.news("The deal was on track to be completed by the end of the third quarter.", "the end of the third quarter",
               "2013-Q3", mod: "END"),
        N.news("The merger is on track to close in the third quarter.", "the third quarter", "2013-Q3"),
        N.news("Liberty said the purchase was on course to be completed in September.", "September", "2013-09", dateline: may),
        N.news("The airline said it was on pace to finish the fleet upgrade in October.", "October", "2013-10"),
        // "the year through February": a period closing on a month, a length as "the year to February".
        N.news("Home prices rose 8.1 percent in the year through February.", "the year", .duration, "P1Y"),
        N.news("Prices climbed 6 percent in the year through March, the index showed.", "the year", .duration, "P1Y",
               dateline: april),
        // "the month through June 24", "the month to June 24": a length, as "the year to June"; a year "beginning" or
        // "starting" on a date too.
        N.news("The S&P 500 fell 5.8 percent in the month through June 24.", "the month", .duration, "P1M", dateline: june),
        N.news("The index lost 3 percent in the month to May 15.", "the month", .duration, "P1M", dateline: june),
        N.news("Inflation will reach 2 percent in the year starting July 1.", "the year", .duration, "P1Y", dateline: june),
        N.news("Tax revenue will rise in the year beginning April 6.", "the year", .duration, "P1Y"),
        // "this fiscal year", "last fiscal year", "next fiscal year": the year, as "fiscal 2014" is.
        N.news("So far this fiscal year, Oracle's revenue is roughly flat.", "this fiscal year", "2013"),
        N.news("The agency spent $3 billion last fiscal year.", "last fiscal year", "2012"),
        N.news("The company expects sales to grow next fiscal year.", "next fiscal year", "2014"),
        N.news("Profit rose 5 percent in the previous fiscal quarter.", "the previous fiscal quarter", "2013-Q1", dateline: april),
        // "midyear", "midmonth", "midweek" after a preposition: the middle of the dateline's period.
        N.news("Several officials wanted to slow the bond buying by midyear.", "midyear", "2013", mod: "MID", dateline: may),
        N.news("The company plans to launch the service in midyear.", "midyear", "2013", mod: "MID"),
        N.news("Stocks had recovered by midweek.", "midweek", "2013-W12", mod: "MID"),
        N.news("Traders expect the yen to weaken until midmonth.", "midmonth", "2013-03", mod: "MID"),
        N.news("The purchases could end by midyear 2014.", "midyear 2014", "2014", mod: "MID", dateline: june),
        N.news("Growth should pick up by midyear 2013.", "midyear 2013", "2013", mod: "MID"),
        // A count before "earlier this week", "later this month" is a length; "earlier" opens its own expression.
        N.news("Gold posted its biggest two-day slide in 30 years earlier this week.", "30 years", .duration, "P30Y"),
        N.news("Gold posted its biggest two-day slide in 30 years earlier this week.", "earlier this week", "2013-W12",
               mod: "START"),
        N.news("The yen hit its weakest level in four years earlier this month.", "four years", .duration, "P4Y"),
        N.news("Shares hit their highest in five years earlier today.", "five years", .duration, "P5Y"),
        // "year to date", "year-to-date", "month to date": the dateline's year (month) so far, as "so far this year"
        // (was "date" alone, the present).
        N.news("The index is up 19.9 percent year to date.", "year to date", "2013"),
        N.news("Its shares have risen 30 percent year-to-date and hit a record on Monday.", "year-to-date", "2013", dateline: june),
        N.news("Year-to-date gains total 19.9 percent.", "Year-to-date", "2013"),
        N.news("Same-store sales are up 4 percent month to date.", "month to date", "2013-03"),
        // A capitalised "May" inside its sentence is the month, not the modal that would put the months after it ahead.
        N.news("Sales rose 2.7 percent in May, after rising 1.9 percent in April.", "April", "2013-04", dateline: june),
        N.news("Sales rose in May and in February.", "February", "2013-02", dateline: june),
    ]

    @Test(arguments: cases)
    func business(_ item: Case) throws { try FamilyCheck.check(item) }
}
