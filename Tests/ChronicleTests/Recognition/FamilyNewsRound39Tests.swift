import Testing
@testable import Chronicle

/// The thirty-ninth round: markets, earnings and economic-data wire copy. Families: a plural noun that is also a present
/// verb of a scheduled event ("beat forecasts in February", "analysts' forecasts", "below forecasts", "investors'
/// returns in January") is no future; a day at most a month before the dateline in a future clause stays in its year
/// ("will study the minutes of the Fed's March 19-20 meeting"); a clock time or a part of the day that ends a span after
/// a past or present verb ("was 0.4 percent lower by midday", "rose 2 percent by 1000 GMT") is not later than the story's
/// day, whatever date came before it; the description of a date in a verbless clause after an amount and its restatement
/// between commas ("earned $10 million, or 67 cents a share, in the year-ago quarter") goes back to the clause with the
/// verb; a report's "on the day" after a coarser date ("next year", "July last year") is the dateline's day, not an
/// unknown day of that period; "the year to date", "the month to date" are one expression, as "year to date"; so is
/// "the trailing 12 months", as "the past 12 months". Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirty-ninth round")
struct FamilyNewsRound39Tests {
    typealias N = FamilyNewsDirectionTests

    static let forecastNouns: [FamilyCase] = [
        // A plural noun after a past verb, a possessive, a determiner or a preposition (on main: the next one, as after
        // "The IMF forecasts").
        N.news("Britain's public borrowing undershot forecasts in February, official data showed on Friday.", "February", "2013-02"),
        N.news("Retail sales beat forecasts in February, data showed.", "February", "2013-02"),
        N.news("Inflation exceeded forecasts in February.", "February", "2013-02"),
        N.news("Output fell short of forecasts in January, figures showed on Friday.", "January", "2013-01"),
        N.news("Sales came in above forecasts in February.", "February", "2013-02"),
        N.news("Growth was below forecasts in the fourth quarter.", "the fourth quarter", "2012-Q4"),
        N.news("Profit beat analysts' forecasts in the third quarter.", "the third quarter", "2012-Q3"),
        N.news("Investors' returns in January were poor.", "January", "2013-01"),
    ]

    @Test(arguments: forecastNouns)
    func forecastNoun(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let recentInFuture: [FamilyCase] = [
        // A day a few days before the dateline in a future clause (on main: 2014).
        N.news("Investors will be watching the minutes of the Fed's March 19-20 meeting.", "March 19-20", "2013-03-19/2013-03-20"),
        N.news("Traders will look to the March 14 data for clues.", "March 14", "2013-03-14"),
        N.news("Analysts will pore over the results of the March 5 auction.", "March 5", "2013-03-05"),
        N.news("The court will review the Feb. 28 ruling next month.", "Feb. 28", "2013-02-28"),
    ]

    @Test(arguments: recentInFuture)
    func recentDayInFuture(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let endPointTimes: [FamilyCase] = [
        // An end point after a past verb, after a date still to come (on main: that date's time).
        N.news("Japan's fiscal year ends on March 31. In Europe, the FTSE 100 was 0.4 percent lower by midday.",
               "midday", .time, "2013-03-22T12:00"),
        N.news("The offer expires on March 28. Shares rose 2 percent by 1000 GMT.", "1000 GMT", .time, "2013-03-22T10:00"),
        N.news("The bank's results are due on April 25. Shares were up 1 percent by midafternoon.", "midafternoon",
               .time, "2013-03-22TAF", mod: "MID"),
        N.news("The tender closes on April 2. The yield had fallen to 1.9 percent by 3 p.m.", "3 p.m.", .time, "2013-03-22T15:00"),
    ]

    @Test(arguments: endPointTimes)
    func endPointTime(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let reportDays: [FamilyCase] = [
        // On main: `2014-XX-XX`, `2012-07-XX`, a day of the period the sentence before named.
        N.news("Analysts see growth of 1.5 percent next year. Bund futures rose 40 ticks on the day.", "the day", "2013-03-22"),
        N.news("The euro hit a 2012 low in July last year. The pound closed up 0.3 percent on the day.", "the day", "2013-03-22"),
        N.news("The bank expects two rate cuts in 2014. The Nikkei was down 1.2 percent on the day.", "the day", "2013-03-22"),
        N.news("Sales peaked in December 2011. Shares closed little changed on the day.", "the day", "2013-03-22"),
    ]

    @Test(arguments: reportDays)
    func reportDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let yearToDate: [FamilyCase] = [
        // On main: "the year" (`2013`) and "date" (the present) apart.
        N.news("In the year to date, the DAX has gained 4 percent.", "the year to date", "2013"),
        N.news("Sales in the year to date are up 3 percent.", "the year to date", "2013"),
        N.news("The index has risen 6 percent over the month to date.", "the month to date", "2013-03"),
    ]

    @Test(arguments: yearToDate)
    func yearToDateCase(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let trailing: [FamilyCase] = [
        // Earnings copy's "trailing", as "past" (on main: the count and its unit only).
        N.news("Over the trailing 12 months, earnings rose 5 percent.", "the trailing 12 months", .duration, "P12M"),
        N.news("Revenue over the trailing four quarters was $2 billion.", "the trailing four quarters", .duration, "P4Q"),
        N.news("The trailing twelve months showed growth.", "The trailing twelve months", .duration, "P12M"),
    ]

    @Test(arguments: trailing)
    func trailingPeriod(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let unchanged: [FamilyCase] = [
        // What the rules leave as it was: the verb "forecasts" looks ahead, a day more than a month back in a future
        // clause is the next one, an end point after a future verb is the day of the date before it.
        N.news("The IMF forecasts growth of 2 percent in July.", "July", "2013-07"),
        N.news("The company, which forecasts higher sales in July, said so.", "July", "2013-07"),
        N.news("The vote will be held on Jan. 20.", "Jan. 20", "2014-01-20"),
        N.news("The offer expires on March 28. Holders will have to respond by 5 p.m.", "5 p.m.", .time, "2013-03-28T17:00"),
    ]

    @Test(arguments: unchanged)
    func unchangedCase(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let earningsDescriptions: [DescriptionCase] = [
        // On main: "67 cents a share, in the year-ago quarter", the clause before the date's only.
        DescriptionCase("The company earned $10 million, or 67 cents a share, in the year-ago quarter.", "the year-ago quarter",
                        "The company earned $10 million, or 67 cents a share, in the year-ago quarter"),
        DescriptionCase("Net income rose to $662 million, or 73 cents a share, from $560 million, or 61 cents a share, in the year-earlier period.",
                        "the year-earlier period",
                        "Net income rose to $662 million, or 73 cents a share, from $560 million, or 61 cents a share, in the year-earlier period"),
        DescriptionCase("Profit fell to $1.2 billion, or 45 cents a share, from $1.5 billion, or 55 cents, a year earlier.", "a year earlier",
                        "Profit fell to $1.2 billion, or 45 cents a share, from $1.5 billion, or 55 cents, a year earlier"),
        DescriptionCase("The loss narrowed to $50 million, or 10 cents a share, in the fourth quarter, from $80 million.", "the fourth quarter",
                        "The loss narrowed to $50 million, or 10 cents a share, in the fourth quarter, from $80 million"),
    ]

    @Test(arguments: earningsDescriptions)
    func earningsDescription(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
