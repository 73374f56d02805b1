import Testing
@testable import Chronicle

/// The fifty-first round: dateline variety. Earlier rounds probed one dateline (Fri 2013-03-22); these cases pin datelines
/// on every weekday and at the edges of the week, month, quarter and year. Families: "this Monday" in a future clause
/// after that day of the week is the coming one ("Leaders will meet this Monday", written on a Wednesday, was the Monday
/// just past); "this week" in a future clause on a Sunday is the week that starts the next day; a quarter or half in a
/// future clause whose this-year one ended more than 60 days ago is next year's ("growth will slow in the first quarter"
/// in December was the first quarter of the year ending); "this summer" in a future clause after this year's is next
/// year's; a day and month a few days before a January dateline stays in the old year in a future clause ("will study
/// the minutes of the Dec. 11-12 meeting" on Jan. 3 was December of the new year); a present passive before a weekday is
/// a schedule ("The new Congress is sworn in on Thursday", on a Monday, was the Thursday before); "the last day of the
/// year" is that day; the date lines of 2013's wire and web pages.
/// Datelines: each case's own (UTC).
@Suite("Family news, fifty-first round")
struct FamilyNewsRound51Tests: DatedFamilyRound {
    static let monday = on(2013, 3, 18), wednesday = on(2013, 3, 20), thursday = on(2013, 3, 21), friday = on(2013, 3, 22)
    static let saturday = on(2013, 3, 23), sunday = on(2013, 3, 24)

    /// "this Monday" in a future clause: the coming one when this week's is already past.
    static let thisWeekdayAhead: [FamilyCase] = [
        news("Leaders will meet this Monday in Brussels.", "this Monday", "2013-03-25", wednesday),
        news("EU finance ministers will gather in Brussels this Monday.", "this Monday", "2013-03-25", sunday),
        news("The court is expected to rule this Tuesday.", "this Tuesday", "2013-03-26", saturday),
        news("The panel meets this Monday to review the bid.", "this Monday", "2013-03-25", thursday),
        news("The strike will begin this Wednesday, the union said.", "this Wednesday", "2013-03-27", friday),
        // (Guards: a past clause, a day still ahead this week, the dateline's own day.)
        news("The minister met his counterpart this Monday.", "this Monday", "2013-03-18", wednesday),
        news("The court will rule this Friday.", "this Friday", "2013-03-22", wednesday),
        news("Leaders will meet this Monday in Brussels.", "this Monday", "2013-03-18", monday),
    ]

    @Test(arguments: thisWeekdayAhead)
    func thisWeekdayInFutureClause(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// "this week" on a Sunday: in a future clause, the week that starts the next day.
    static let thisWeekOnSunday: [FamilyCase] = [
        news("Talks will continue this week.", "this week", "2013-W13", sunday),
        news("Prices are expected to rise later this week.", "later this week", "2013-W13", mod: "END", sunday),
        news("Euro zone finance ministers are set to meet this week to approve the loan.", "this week", "2013-W13", sunday),
        news("Congress will take up the bill this week.", "this week", "2013-W02", on(2013, 1, 6)),
        // (Guards: a past clause on a Sunday; a Saturday; a Monday.)
        news("The index rose 2 percent this week.", "this week", "2013-W12", sunday),
        news("Talks will continue this week.", "this week", "2013-W12", saturday),
        news("Talks will continue this week.", "this week", "2013-W13", on(2013, 3, 25)),
    ]

    @Test(arguments: thisWeekOnSunday)
    func thisWeekOnASunday(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A quarter or half without a year in a future clause: next year's when this year's ended more than 60 days ago.
    static let quarterAcrossYear: [FamilyCase] = [
        news("The economy will grow in the first quarter.", "the first quarter", "2013-Q1", on(2012, 12, 28)),
        news("Analysts expect growth to slow in the first quarter.", "the first quarter", "2013-Q1", on(2012, 12, 28)),
        news("The company expects to return to profit in the first half.", "the first half", "2013-H1", on(2012, 12, 14)),
        news("The plant will start production in the second quarter.", "the second quarter", "2014-Q2", on(2013, 10, 15)),
        // (Guards: a past clause; a quarter just ended; one ended less than 60 days ago.)
        news("The deal closed in the first quarter.", "the first quarter", "2012-Q1", on(2012, 12, 28)),
        news("The company will report results for the fourth quarter on Jan. 15.", "the fourth quarter", "2012-Q4", on(2013, 1, 2)),
        news("The company will report results for the second quarter next week.", "the second quarter", "2013-Q2", on(2013, 8, 15)),
    ]

    @Test(arguments: quarterAcrossYear)
    func quarterInFutureClause(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// "this summer", "this March" in a future clause after this year's: next year's.
    static let thisSeasonAhead: [FamilyCase] = [
        news("The plant will reopen this summer.", "this summer", "2013-SU", on(2012, 12, 15)),
        news("The film will open this spring.", "this spring", "2014-SP", on(2013, 11, 20)),
        news("Parliament is expected to vote on the bill this March.", "this March", "2013-03", on(2012, 12, 10)),
        news("Organisers said the festival will return this summer.", "this summer", "2014-SU", on(2013, 10, 15)),
        // (Guards: a past clause; the winter the dateline is in; a summer just over by the meteorological count.)
        news("Sales rose this summer.", "this summer", "2012-SU", on(2012, 12, 15)),
        news("The pool will stay open this summer until Sept. 15.", "this summer", "2013-SU", on(2013, 9, 3)),
        news("The drought will worsen this winter.", "this winter", "2012-WI", on(2013, 1, 15)),
    ]

    @Test(arguments: thisSeasonAhead)
    func thisSeasonInFutureClause(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A day and month at most a month (before an event, two months) before a January or February dateline, in a future
    /// clause: the recent day of the old year, as a recent day of the same year is.
    static let recentDayAcrossYear: [FamilyCase] = [
        news("Traders will study the minutes of the Dec. 11-12 meeting.", "Dec. 11-12", "2012-12-11/2012-12-12", on(2013, 1, 3)),
        news("Investors will look to the Dec. 28 data for clues.", "Dec. 28", "2012-12-28", on(2013, 1, 3)),
        news("The court will review the Dec. 20 ruling.", "Dec. 20", "2012-12-20", on(2013, 1, 7)),
        news("Prosecutors will appeal the Dec. 20 verdict.", "Dec. 20", "2012-12-20", on(2013, 2, 10)),
        news("Traders will study the minutes of the Fed's Dec. 11-12 meeting.", "Dec. 11-12", "2012-12-11/2012-12-12", on(2013, 1, 3)),
        // (Guards: a day ahead; a day too far back; an end point, "by Dec. 31" in January, is this year's.)
        news("Talks will resume Jan. 7.", "Jan. 7", "2013-01-07", on(2013, 1, 3)),
        news("The deal will close by Dec. 31.", "Dec. 31", "2013-12-31", on(2013, 1, 10)),
        news("The company will cut debt by year-end.", "year-end", "2013-12-31", on(2013, 1, 15)),
        news("Talks will resume Jan. 5.", "Jan. 5", "2013-01-05", on(2012, 12, 29)),
        news("The court will review the Nov. 20 ruling.", "Nov. 20", "2013-11-20", on(2013, 3, 1)),
    ]

    @Test(arguments: recentDayAcrossYear)
    func recentDayInFutureClause(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// "for the year", "the full year" in a past clause on a January or February dateline: the year just ended, whose
    /// figures are reported then (was the dateline's year).
    static let reportedYear: [FamilyCase] = [
        news("U.S. auto sales rose 13 percent for the year.", "the year", "2012", on(2013, 1, 3)),
        news("For the full year, revenue rose 5 percent.", "the full year", "2012", on(2013, 2, 14)),
        news("For the year, the company earned $2 billion.", "the year", "2012", on(2013, 2, 14)),
        news("Sales for the full year were $6.6 billion, up 13 percent.", "the full year", "2012", on(2013, 1, 29)),
        // (Guards: a future clause; a present one; a later dateline; "the year" not after "for".)
        news("The company expects sales to rise for the year.", "the year", "2013", on(2013, 1, 3)),
        news("Shares are up 4 percent for the year.", "the year", "2013", on(2013, 1, 25)),
        news("For the year, the company earned $2 billion.", "the year", "2013", on(2013, 3, 22)),
        news("The first snow of the year fell on Wednesday.", "the year", "2013", on(2013, 1, 3)),
    ]

    @Test(arguments: reportedYear)
    func yearJustReported(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// "the end of the year" (of the month) in a past clause while that end is still ahead: the previous one's (was the
    /// current period, whose end has not come).
    static let endJustPast: [FamilyCase] = [
        news("Debt stood at $5 billion at the end of the year.", "the end of the year", "2012", mod: "END", on(2013, 1, 15)),
        news("Shares fell sharply at the end of the month.", "the end of the month", "2013-02", mod: "END", on(2013, 3, 3)),
        news("Shares had fallen 5 percent by the end of the month.", "the end of the month", "2013-02", mod: "END", on(2013, 3, 3)),
        news("Unemployment stood at 7.8 percent at the end of the year.", "the end of the year", "2012", mod: "END", on(2013, 2, 1)),
        // (Guards: the end under way; a future clause; a week.)
        news("Shares fell sharply at the end of the month.", "the end of the month", "2013-03", mod: "END", friday),
        news("The company will cut debt by the end of the year.", "the end of the year", "2013", mod: "END", on(2013, 1, 15)),
        news("Shares rose at the end of the week.", "the end of the week", "2013-W12", mod: "END", friday),
    ]

    @Test(arguments: endJustPast)
    func endOfPeriodInPastClause(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A holiday after "after" in a future clause, at most a month past: the one just gone (was next year's).
    static let afterHoliday: [FamilyCase] = [
        news("Markets reopen after the Easter holiday.", "the Easter holiday", "2013-03-31", on(2013, 4, 2)),
        news("The market will reopen after New Year's Day.", "New Year's Day", "2013-01-01", on(2013, 1, 2)),
        news("Lawmakers will return to Washington after Christmas.", "Christmas", "2012-12-25", on(2012, 12, 27)),
        news("Shoppers will return gifts in the days after Christmas.", "Christmas", "2012-12-25", on(2012, 12, 27)),
        // (Guards: a holiday long past; one not after "after".)
        news("Lawmakers will return after Christmas.", "Christmas", "2013-12-25", on(2013, 2, 20)),
        news("Markets will reopen on New Year's Day.", "New Year's Day", "2014-01-01", on(2013, 1, 3)),
    ]

    @Test(arguments: afterHoliday)
    func holidayJustPastAfterAfter(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A present passive right before a bare weekday is a schedule: the coming day (was the last one).
    static let presentPassive: [FamilyCase] = [
        news("The new Congress is sworn in on Thursday.", "Thursday", "2013-01-03", on(2012, 12, 31)),
        news("The jobs figures are published on Friday.", "Friday", "2013-03-22", wednesday),
        news("The new president is inaugurated on Sunday.", "Sunday", "2013-01-20", on(2013, 1, 15)),
        news("The budget is unveiled Wednesday, the ministry said.", "Wednesday", "2013-03-27", friday),
        news("The prizes are handed out on Saturday in Stockholm.", "Saturday", "2013-03-23", thursday),
        // A range of days after a present passive or a present of lasting.
        news("The summit is held from Thursday to Saturday.", "Thursday to Saturday", "2013-03-21/2013-03-23", on(2013, 3, 19)),
        news("The festival runs from Thursday to Sunday.", "Thursday to Sunday", "2013-03-21/2013-03-24", on(2013, 3, 19)),
        news("The exhibition lasts from Friday to Sunday.", "Friday to Sunday", "2013-03-22/2013-03-24", on(2013, 3, 19)),
        news("The shops are closed from Friday to Monday.", "Friday to Monday", "2013-03-22/2013-03-25", on(2013, 3, 19)),
        // (Guards: a past passive; a participle after a reporting one; a past range.)
        news("The festival ran from Thursday to Sunday.", "Thursday to Sunday", "2013-03-14/2013-03-17", on(2013, 3, 19)),
        news("The new Congress was sworn in on Thursday.", "Thursday", "2012-12-27", on(2012, 12, 31)),
        news("Two soldiers are reported killed on Sunday.", "Sunday", "2012-12-30", on(2012, 12, 31)),
    ]

    @Test(arguments: presentPassive)
    func presentPassiveBeforeWeekday(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// News: "the last day of the year", "the first day of the month", "the final day of March": that day, one expression
    /// (was a length, "the last day", and the period, or the period alone).
    static let edgeDays: [FamilyCase] = [
        news("Shares hit a record high on the last day of the year.", "the last day of the year", "2012-12-31", on(2012, 12, 28)),
        news("Trading on the final day of the year was thin.", "the final day of the year", "2012-12-31", on(2012, 12, 31)),
        news("The tax rises on the first day of the new year.", "the first day of the new year", "2013-01-01", on(2012, 12, 28)),
        news("Payments are due on the last day of the month.", "the last day of the month", "2013-02-28", on(2013, 2, 5)),
        news("The rule expires on the last day of February 2012.", "the last day of February 2012", "2012-02-29", on(2012, 1, 9)),
        news("The law took effect on the first day of 2013.", "the first day of 2013", "2013-01-01", on(2013, 3, 22)),
    ]

    @Test(arguments: edgeDays)
    func edgeDayOfPeriod(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// (Guards: a day of an event or of a season stays out of it.)
    static let edgeDayLookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("Protesters gathered on the first day of the summit.", "summit", dateline: on(2013, 3, 22)),
        FamilyLookAlike("On the first day of the war, troops crossed the border.", "war", dateline: on(2013, 3, 22)),
        FamilyLookAlike("The first day of spring brought snow.", "spring", dateline: on(2013, 3, 22)),
    ]

    @Test(arguments: edgeDayLookAlikes)
    func edgeDayLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// Date lines of the wire and web copy of 2013: a date, then a time with a zone's offset (RFC 2822), a bracketed
    /// restatement (CNN), after a comma-ended label (the Guardian, the old BBC), or after a place and "|" (Reuters, whose
    /// lede under it is "(Reuters) -"); a slashed date whose first number cannot be a month is day first. The date is the
    /// one written (the article's local date), whatever the hour.
    typealias HeaderCase = InputErrorTests.HeaderCase

    static let jan2 = on(2013, 1, 2)

    static let headers: [HeaderCase] = [
        HeaderCase("Wed, 02 Jan 2013 23:50:00 -0500\n\nStocks rallied on Wednesday after the vote.", jan2, timeZone: "GMT-05:00",
                   body: "Stocks"),
        HeaderCase("Thu, 03 Jan 2013 08:15:00 +0100\n\nEuropean shares rose on Thursday.", on(2013, 1, 3), timeZone: "GMT+01:00",
                   body: "European"),
        HeaderCase("January 2, 2013 -- Updated 2350 GMT (0750 HKT)\n\nStocks rallied on Wednesday after the vote.", jan2,
                   timeZone: "Europe/London", body: "Stocks"),
        HeaderCase("Last Updated: Wednesday, 2 January 2013, 23:50 GMT\n\nMPs rejected the plan on Wednesday.", jan2,
                   timeZone: "Europe/London", body: "MPs"),
        HeaderCase("guardian.co.uk, Wednesday 2 January 2013 23.50 GMT\n\nMPs rejected the plan on Wednesday.", jan2,
                   timeZone: "Europe/London", body: "MPs"),
        HeaderCase("WASHINGTON | Wed Jan 2, 2013 11:50pm EST\n\n(Reuters) - President Barack Obama signed the bill on Wednesday.",
                   jan2, place: "Washington", source: "Reuters", timeZone: "America/New_York", body: "President"),
        HeaderCase("Obama signs tax deal\n\nBy Steve Holland\n\nNEW YORK | Mon Dec 31, 2012 11:58pm EST\n\n(Reuters) - Revellers packed Times Square.",
                   on(2012, 12, 31), place: "New York", source: "Reuters", timeZone: "America/New_York", body: "Revellers"),
        HeaderCase("13/01/2013\n\nThe ministry said on Sunday the talks would resume.", on(2013, 1, 13), body: "The"),
        HeaderCase("25/12/2012\n\nThe pope celebrated Mass on Tuesday.", on(2012, 12, 25), body: "The"),
        // (Guards: a slashed date that can be read month first is; a bylined field keeps its source; a late hour stays
        // on its day.)
        HeaderCase("02/01/2013\n\nThe ministry said on Friday the talks would resume.", on(2013, 2, 1), body: "The"),
        HeaderCase("By Jane Doe | AP | Jan 2, 2013\n\nStocks rallied on Wednesday.", jan2, source: "AP", body: "Stocks"),
        HeaderCase("Dec 31, 2012 11:58pm EST\n\nNEW YORK (Reuters) - Revellers packed Times Square on Monday.", on(2012, 12, 31),
                   place: "New York", source: "Reuters", timeZone: "America/New_York", body: "NEW YORK"),
    ]

    @Test(arguments: headers)
    func header(_ item: HeaderCase) throws { try InputErrorTests().datelineHeader(item) }
}
