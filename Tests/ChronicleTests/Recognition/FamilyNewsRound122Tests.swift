import Testing
@testable import Chronicle

/// The hundred-and-twenty-second round, a sweep of desks no earlier sweep used (obituaries, anniversaries, press releases,
/// op-eds, travel, education, real estate; 2013-2025): an anniversary's "on this day in 1969", "this week in 1989", "on
/// this day last year" is the dateline's day (week, month) in that year, one expression, and the story counts from it;
/// a count back before "tonight", "this morning" or "this afternoon", and a decade's or a century's before "today" or
/// "this month", is the dateline's time that far back ("A quarter of a century ago tonight" → `1989-11-09TNI`);
/// "year-end 2019" is that year's last day; "the final quarter" in a sentence of results is the fourth quarter; a school's
/// year ("this school year", "the last academic year") is the vague present, past or future, as a sport's season is; "the
/// next decade" in a future clause counts from the dateline, not from a year gone by the text named before; a clock time
/// right next to a set ("open daily from 10am to 6pm", "every Sunday at 10:30 a.m.") is the hour of any such day
/// (`XXXX-XX-XXT10:00`), not the dateline's.
@Suite("Family news round 122")
struct FamilyNewsRound122Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let apollo = on(2019, 7, 16)
    static let wall = on(2014, 11, 9)
    static let war = on(2014, 8, 4)
    static let tsunami = on(2014, 12, 26)
    static let results = on(2018, 10, 30)
    static let january = on(2025, 1, 8)
    static let june = on(2023, 6, 15)
    static let august = on(2021, 8, 26)
    static let sunday = on(2017, 1, 29)
    static let travel = on(2018, 4, 12)

    /// "this day in 1969", "this date in 1865", "this week in 1989", "this day last year": the dateline's period in that year.
    static let dayInYear: [Case] = [
        news("On this day in 1969, Apollo 11 lifted off from Florida.", "this day in 1969", "1969-07-16", apollo),
        news("On this date in 1865, the last battle was fought.", "this date in 1865", "1865-07-16", apollo),
        news("The club was founded on this day in 1901.", "this day in 1901", "1901-07-16", apollo),
        news("On this day last year, the storm made landfall.", "this day last year", "2018-07-16", apollo),
        news("This week in 1989, protesters filled the square.", "This week in 1989", "1989-W45", wall),
        news("This month in 1914, war broke out in Europe.", "This month in 1914", "1914-08", war),
        // The story counts from it.
        time("On this day in 1969, Apollo 11 lifted off at 9:32 a.m.", "9:32 a.m.", "1969-07-16T09:32", apollo),
    ]

    /// Guards: "this day" with no year after it stays the dateline's.
    static let thisDay: [Case] = [
        news("He said this day would come.", "this day", "2019-07-16", apollo),
        news("On this day in history, the wall fell.", "this day", "2019-07-16", apollo),
    ]

    /// A count back before a part of the dateline's day, a decade's or a century's before its day or month.
    static let agoTonight: [Case] = [
        time("A quarter of a century ago tonight, the Berlin Wall fell.", "A quarter of a century ago tonight", "1989-11-09TNI", wall),
        time("Twenty years ago this morning, a bomb tore through the building.", "Twenty years ago this morning", "1994-11-09TMO", wall),
        time("Two years ago tonight, fans rioted after the final.", "Two years ago tonight", "2012-11-09TNI", wall),
        time("Two weeks ago tonight, the fire started.", "Two weeks ago tonight", "2014-10-26TNI", wall),
        time("It rained two years ago this afternoon.", "two years ago this afternoon", "2012-11-09TAF", wall),
        news("A century ago this month, war broke out.", "A century ago this month", "1914-11", wall),
        news("Half a century ago this week, the treaty was signed.", "Half a century ago this week", "1964-W46", wall),
        news("A decade ago today, the tsunami struck.", "A decade ago today", "2004-12-26", tsunami),
    ]

    /// Guards: the anniversary's weekend stays the dateline's; years before a month were already one.
    static let agoKept: [Case] = [
        news("Five years ago this weekend, the flood hit.", "Five years ago", "2009", wall),
        news("Ten years ago this month, the bank collapsed.", "Ten years ago this month", "2004-11", wall),
    ]

    /// "year-end 2019": that year's closing day.
    static let yearEnd: [Case] = [
        news("The company plans to file for approval by year-end 2019.", "year-end 2019", "2019-12-31", results),
        news("Analysts expect the rate to hit 3 percent by year-end 2020.", "year-end 2020", "2020-12-31", results),
        news("Debt had reached 4 billion dollars at year-end 2012.", "year-end 2012", "2012-12-31", on(2013, 3, 22)),
        // Guard: the dateline's without a year.
        news("The company plans to file by year-end.", "year-end", "2018-12-31", results),
    ]

    /// "the final quarter" in a sentence of results: the fourth quarter.
    static let finalQuarter: [Case] = [
        news("Output rose 6 percent in the final quarter.", "the final quarter", "2024-Q4", january),
        news("Sales grew in the final quarter, the company said.", "the final quarter", "2024-Q4", january),
        news("Profit is expected to rise in the final quarter.", "the final quarter", "2023-Q4", june),
        // Guard: with its year, as before.
        news("Sales fell in the final quarter of 2024.", "the final quarter of 2024", "2024-Q4", january),
    ]

    /// A school's year: the vague past, present or future.
    static let schoolYear: [Case] = [
        news("Students spent most of the last school year learning remotely.", "the last school year", "PAST_REF", august),
        news("Funding for the current school year was set in the spring.", "the current school year", "PRESENT_REF", august),
        news("The mask rule applies this school year.", "this school year", "PRESENT_REF", august),
        news("Fees will rise next academic year.", "next academic year", "FUTURE_REF", august),
        news("The next school year begins in September.", "The next school year", "FUTURE_REF", august),
    ]

    /// "the next decade" in a future clause after a year gone by: from the dateline.
    static let nextDecade: [Case] = [
        news("The last overhaul was in 1986. The deficit will double in the next decade.", "the next decade", "202", sunday),
        news("The plant opened in 1998. It will need new owners in the next decade.", "the next decade", "202", sunday),
        news("The law passed in 2009. Costs will rise in the next year.", "the next year", "2018", sunday),
    ]

    /// Guards: in a past clause it counts from the story's year.
    static let storyDecade: [Case] = [
        news("He moved to Paris in 1950 and spent the next decade painting.", "the next decade", "196", sunday),
        news("The company was founded in 1986. It grew fast over the next year.", "the next year", "1987", sunday),
    ]

    /// A clock time or a range of them right next to a set: the hour of any such day.
    static let habitualClocks: [Case] = [
        time("The castle is open daily from 10am to 6pm, and until 8pm on weekends.", "10am to 6pm", "XXXX-XX-XXT10:00/XXXX-XX-XXT18:00", travel),
        time("The castle is open daily from 10am to 6pm, and until 8pm on weekends.", "8pm", "XXXX-XX-XXT20:00", travel),
        time("Lifts operate from 8:30 a.m. to 4 p.m. daily, with night skiing on Fridays.", "8:30 a.m. to 4 p.m.", "XXXX-XX-XXT08:30/XXXX-XX-XXT16:00", travel),
        time("Breakfast is served daily from 7 to 10 a.m.", "7 to 10 a.m.", "XXXX-XX-XXT07:00/XXXX-XX-XXT10:00", travel),
        time("The market is held every Saturday from 8 a.m. to 1 p.m.", "8 a.m. to 1 p.m.", "XXXX-XX-XXT08:00/XXXX-XX-XXT13:00", travel),
        time("Services are held every Sunday at 10:30 a.m.", "10:30 a.m.", "XXXX-XX-XXT10:30", travel),
        time("The curfew, from 7 p.m. to 6 a.m. daily, was imposed on Monday.", "7 p.m. to 6 a.m.", "XXXX-XX-XXT19:00/XXXX-XX-XXT06:00", travel),
    ]

    /// Guards: a clock with a day of its own, or apart from the set by more than prepositions, keeps the day.
    static let datedClocks: [Case] = [
        time("The shop, open daily, was robbed at 3 a.m.", "3 a.m.", "2018-04-12T03:00", travel),
        time("The meeting is at 10 a.m. and runs daily through Friday.", "10 a.m.", "2018-04-12T10:00", travel),
        time("Polls open at 7 a.m. on Tuesday and close at 8 p.m. daily.", "7 a.m.", "2018-04-17T07:00", travel),
    ]

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The Celtics trailed by ten in the final quarter.", "final quarter", dateline: january),
        FamilyLookAlike("Brady threw two touchdowns in the final quarter.", "final quarter", dateline: january),
        FamilyLookAlike("The final quarter of the game was tense.", "final quarter", dateline: january),
        FamilyLookAlike("The bank will publish year-end results.", "year-end", dateline: results),
        FamilyLookAlike("That school year, he moved to Ohio.", "school year", dateline: august),
        FamilyLookAlike("The district keeps this school open year-round.", "this school", dateline: august),
    ]

    @Test(arguments: dayInYear)
    func anniversaryDayInYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: thisDay)
    func thisDayStays(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: agoTonight)
    func countBackToTonight(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: agoKept)
    func countBackKept(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: yearEnd)
    func yearEndOfYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: finalQuarter)
    func finalQuarterOfResults(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: schoolYear)
    func schoolYearIsVague(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: nextDecade)
    func nextDecadeFromDateline(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: storyDecade)
    func nextDecadeFromStory(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: habitualClocks)
    func habitualClockOfAnyDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: datedClocks)
    func clockKeepsItsDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: lookAlikes)
    func notATime(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
