import Testing
@testable import Chronicle

/// The fifty-fifth round: whole articles as a reader sees them, at varied datelines. Families: "the week ahead", "the
/// month ahead", "the year ahead" are one expression, the unit the next half of one falls in (was "the week", the
/// dateline's); "about" before "the" and a bare unit governs it ("cautious about the week ahead": was APPROX); a month
/// coordinated with one before it is a month ("in February or March": "March" was dropped); the second of two times
/// after an end point's word is an end point too ("until late February or early March, …, which the government
/// reached": "early March" was last year's); a date before a noun and "date" or "deadline" is an end point, ahead after
/// a verb that sets one ("set a March 18 trial date" on Jan. 7 was 2012); a plural present of lasting before a range of
/// weekdays is a schedule ("Talks continue from Wednesday to Friday" on a Monday); an end point after the object of a
/// verb of putting off is ahead ("delayed the vote until Friday" on a Monday was the Friday before); a day written before the event it
/// dates leaves the story's day ("… on Sunday evening … before the September 22 election. The debate begins at 8:30 pm":
/// was Sept. 22); descriptions keep their clause and
/// subject (a clause that opens inside a list of names goes back to the list's clause); the date lines: a zone's offset is the dateline's zone, LexisNexis' "October 24, 2013 Thursday" is one.
/// Datelines: each case's own (UTC); descriptions: Fri 2013-03-22.
@Suite("Family news, fifty-fifth round")
struct FamilyNewsRound55Tests: DatedFamilyRound {
    static let monday = on(2013, 1, 7), wednesday = on(2013, 1, 2), friday = on(2013, 10, 25), december = on(2013, 12, 27)

    /// "the week ahead", "the month ahead", "the year ahead": the unit holding the day half a unit on.
    static let unitAhead: [FamilyCase] = [
        news("Investors are cautious about the week ahead.", "the week ahead", "2013-W44", friday),
        news("Here are the key events for the week ahead.", "the week ahead", "2013-W02", monday),
        news("The outlook for the year ahead is bright, the minister said.", "the year ahead", "2013", wednesday),
        news("Economists are gloomy about the year ahead.", "the year ahead", "2014", december),
        news("Talks continue on the agenda for the year ahead.", "the year ahead", "2013", monday),
        news("The central bank will set out its plans for the month ahead.", "the month ahead", "2013-11", friday),
    ]

    @Test(arguments: unitAhead)
    func unitAheadIsOneExpression(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A month coordinated with one before it; the second of two times after an end point's word; a date before a noun
    /// and "date" or "deadline"; a plural present of lasting before a range of weekdays.
    static let coordinatedAndSet: [FamilyCase] = [
        news("The company will report results in February or March.", "March", "2013-03", wednesday),
        news("The election could be held in January or March.", "March", "2014-03", december),
        news("Lawmakers will have until late February or early March to raise the debt limit, which the government reached on Monday.",
             "early March", "2013-03", mod: "START", wednesday),
        news("A federal judge on Monday set a March 18 trial date for the former alderman.", "March 18", "2013-03-18", monday),
        news("The judge set a Nov. 5 hearing date in the case.", "Nov. 5", "2013-11-05", wednesday),
        news("The court fixed a June 3 sentencing date after the verdict.", "June 3", "2013-06-03", monday),
        news("Talks continue from Wednesday to Friday between the two sides.", "Wednesday to Friday", "2013-01-09/2013-01-11", monday),
        news("Hearings run from Tuesday to Thursday, the court said.", "Tuesday to Thursday", "2013-01-08/2013-01-10", monday),
        news("The exhibitions go from Friday to Sunday in the main hall.", "Friday to Sunday", "2013-01-11/2013-01-13", monday),
        news("The judge rejected a request to delay the trial until the fall.", "the fall", "2013-FA", monday),
        news("The board delayed the vote until Friday.", "Friday", "2013-01-11", monday),
        news("The council postponed the vote until Friday, officials said.", "Friday", "2013-01-11", monday),
        // (Guards: two weekdays after "until", already ahead; a past range.)
        news("The board has until Friday or Monday to reply, which it said it would do.", "Monday", "2013-01-07", wednesday),
        news("Talks continued from Wednesday to Friday.", "Wednesday to Friday", "2013-01-02/2013-01-04", monday),
    ]

    @Test(arguments: coordinatedAndSet)
    func coordinatedAndSetDates(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A day written before the event it dates names it in passing: a clock time in the next sentence keeps the story's day.
    static let passingDay: [FamilyCase] = [
        FamilyCase("Merkel and Steinbrueck face off on Sunday evening in their only debate before the September 22 election. "
                   + "The debate begins at 8:30 pm.", "8:30 pm", .time, "2013-09-01T20:30", dateline: on(2013, 9, 1)),
        FamilyCase("The board meets on Monday ahead of the March 12 vote. The meeting starts at 10 a.m.", "10 a.m.", .time,
                   "2013-03-04T10:00", dateline: on(2013, 3, 4)),
        FamilyCase("The judge met lawyers on Monday before the March 18 trial. The hearing ended at 4 p.m.", "4 p.m.", .time,
                   "2013-01-07T16:00", dateline: monday),
        // (Guard: a day that is the clause's own stays the story's.)
        FamilyCase("The vote is on March 5. Polls open at 7 a.m.", "7 a.m.", .time, "2013-03-05T07:00", dateline: on(2013, 3, 4)),
    ]

    @Test(arguments: passingDay)
    func dayInPassing(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// "about the week", "about the year": the preposition, not an approximation.
    static let aboutThe: [FamilyCase] = [
        FamilyCase("Traders are worried about the week ahead.", "the week ahead", .date, "2013-W44", dateline: friday),
        FamilyCase("Analysts are upbeat about the year, the survey showed.", "the year", .date, "2013", dateline: monday),
        FamilyCase("Retailers are nervous about the month.", "the month", .date, "2013-01", dateline: monday),
    ]

    @Test(arguments: aboutThe)
    func aboutTheUnit(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// Descriptions: a relative clause after a preposition's object keeps that object; "whom" stands for its noun; a
    /// noun phrase or an -ing that "before" or "after" split off goes back to its clause; a later conjunct's subject is
    /// not a clause with its verb.
    static let descriptions: [DescriptionCase] = [
        DescriptionCase("It is the sixth named storm of the 2013 Atlantic hurricane season, which began on June 1.", "June 1",
                        "The 2013 Atlantic hurricane season, which began on June 1"),
        DescriptionCase("Shops cut prices at the start of the new tax year, which began on April 6.", "April 6",
                        "The new tax year, which began on April 6"),
        DescriptionCase("He is survived by his wife, Graca Machel, whom he married in 1998.", "1998", "He married Graca Machel in 1998"),
        DescriptionCase("She thanked her coach, Tom Hill, whom she hired in 2010.", "2010", "She hired Tom Hill in 2010"),
        DescriptionCase("Parliament holds its final session before the vote on Tuesday, when lawmakers will debate the budget.",
                        "Tuesday", "Parliament holds its final session before the vote on Tuesday"),
        DescriptionCase("He spent 27 years in prison, 18 of them on Robben Island, before his release on Feb. 11, 1990.",
                        "Feb. 11, 1990", "He spent 27 years in prison, 18 of them on Robben Island, before his release on Feb. 11, 1990"),
        DescriptionCase("City were eighth after losing at Cardiff on Aug. 25, but have lost only once since then.", "Aug. 25",
                        "City were eighth after losing at Cardiff on Aug. 25"),
        DescriptionCase("City were eighth in August, but have lost only once since the beginning of November.",
                        "the beginning of November", "City have lost only once since the beginning of November"),
        DescriptionCase("The shares were higher in early trade, but have fallen since Tuesday.", "Tuesday",
                        "The shares have fallen since Tuesday"),
        DescriptionCase("Officials will hand the boy over to his father, who could arrive from Cuba as early as Tuesday.", "Tuesday",
                        "His father, who could arrive from Cuba as early as Tuesday"),
        DescriptionCase("Biden will visit Tokyo, Beijing and Seoul next week, starting on Monday.", "Monday",
                        "Biden will visit Tokyo, Beijing and Seoul next week, starting on Monday"),
        DescriptionCase("The minister will travel to Paris, Berlin and Rome on Thursday, returning on Sunday.", "Thursday",
                        "The minister will travel to Paris, Berlin and Rome on Thursday"),
        DescriptionCase("Storms hit Texas, Oklahoma and Kansas on Sunday, killing 12 people.", "Sunday",
                        "Storms hit Texas, Oklahoma and Kansas on Sunday"),
        // (Guard: a relative clause without a comma keeps the sentence it defines a noun of.)
        DescriptionCase("Elian was one of 13 Cubans who were trying to cross to Florida six weeks ago on a small boat.", "six weeks ago",
                        "Elian was one of 13 Cubans who were trying to cross to Florida six weeks ago on a small boat"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }

    /// Date lines: a zone's numeric offset is the dateline's zone (an abbreviation wins); LexisNexis' date and weekday.
    typealias HeaderCase = InputErrorTests.HeaderCase

    static let headers: [HeaderCase] = [
        HeaderCase("Wed, 02 Jan 2013 23:50:00 -0500\n\nStocks rallied on Wednesday after the vote.", wednesday,
                   timeZone: "GMT-05:00", body: "Stocks"),
        HeaderCase("Thu, 03 Jan 2013 08:15:00 +0100\n\nEuropean shares rose on Thursday.", on(2013, 1, 3), timeZone: "GMT+01:00",
                   body: "European"),
        HeaderCase("Mon, 07 Jan 2013 09:30:00 +05:30\n\nIndian shares fell on Monday.", monday, timeZone: "GMT+05:30", body: "Indian"),
        HeaderCase("October 24, 2013 Thursday\n\nSEATTLE (Reuters) - Microsoft reported higher profit on Thursday.", on(2013, 10, 24),
                   place: "Seattle", source: "Reuters", body: "SEATTLE"),
        HeaderCase("Oct 24, 2013 Thursday\n\nShares rose on Thursday.", on(2013, 10, 24), body: "Shares"),
        HeaderCase("December 30, 2013 MONDAY\n\nCity moved top on Sunday.", on(2013, 12, 30), body: "City"),
        // (Guard: an abbreviation with an offset keeps the abbreviation's zone.)
        HeaderCase("Wed, 02 Jan 2013 23:50:00 -0500 EST\n\nStocks rallied on Wednesday.", wednesday, timeZone: "America/New_York",
                   body: "Stocks"),
    ]

    @Test(arguments: headers)
    func header(_ item: HeaderCase) throws { try InputErrorTests().datelineHeader(item) }
}
