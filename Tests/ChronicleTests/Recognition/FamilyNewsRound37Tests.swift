import Testing
@testable import Chronicle

/// The thirty-seventh round, the leftovers of rounds 28–36. Family: a weekday before a scheduled event's noun ("a Monday
/// deadline", "before Thursday's summit", "a Thursday meeting") names a plan: in a present or future clause the coming
/// day, not the past one; a past clause keeps the past ("met the Monday deadline"), and a verb that sets a deadline the
/// nearest day. Dateline: Wed 2013-03-20 (UTC) unless a Saturday is given.
@Suite("Family news, thirty-seventh round")
struct FamilyNewsRound37Tests {
    typealias N = FamilyNewsDirectionTests
    static let wednesday = CalendarDate(year: 2013, month: 3, day: 20)
    static let saturday = CalendarDate(year: 2013, month: 3, day: 23)

    static let values: [FamilyCase] = [
        // A weekday's deadline in a present or future clause (on main: the nearest day, `2013-03-18` for Monday).
        N.news("Cyprus faces a Monday deadline to raise 5.8 billion euros.", "Monday", "2013-03-25", dateline: wednesday),
        N.news("Cyprus has a Monday deadline to raise the money.", "Monday", "2013-03-25", dateline: wednesday),
        N.news("Cyprus must meet a Monday deadline to avoid default.", "Monday", "2013-03-25", dateline: wednesday),
        N.news("Cyprus will miss the Monday deadline, officials said.", "Monday", "2013-03-25", dateline: wednesday),
        N.news("The Monday deadline looms.", "Monday", "2013-03-25", dateline: wednesday),
        N.news("Lawmakers have a Friday deadline to agree on spending cuts.", "Friday", "2013-03-29", dateline: saturday),
        // … after "before" or "until", possessive (on main: `2013-03-18`, `2013-03-19`).
        N.news("The bank must raise capital before Monday's deadline.", "Monday", "2013-03-25", dateline: wednesday),
        N.news("Banks remain shut until Tuesday's deadline.", "Tuesday", "2013-03-26", dateline: wednesday),
        // … gone in a past clause (on main: the nearest, the coming Monday from a Saturday).
        N.news("Cyprus met the Monday deadline to raise the money.", "Monday", "2013-03-18", dateline: saturday),
        N.news("The Monday deadline passed without a deal.", "Monday", "2013-03-18", dateline: saturday),
        N.news("Cyprus missed the Monday deadline, officials said.", "Monday", "2013-03-18", dateline: saturday),
        // A day's scheduled event after "before", or after "a", in a present clause (on main: the past day).
        N.news("EU leaders are divided before Thursday's summit.", "Thursday", "2013-03-21", dateline: wednesday),
        N.news("The euro is steady before Friday's jobs report.", "Friday", "2013-03-22", dateline: wednesday),
        N.news("Cypriot banks are closed before a Tuesday vote in parliament.", "Tuesday", "2013-03-26", dateline: wednesday),
        N.news("Voters are weary before the Sunday runoff.", "Sunday", "2013-03-24", dateline: wednesday),
        N.news("The central bank has a Thursday meeting on rates.", "Thursday", "2013-03-21", dateline: wednesday),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// Unchanged: a past clause, a day's event already over in a present clause, a verb that sets a deadline (the
    /// nearest), a noun of no scheduled event.
    static let kept: [FamilyCase] = [
        N.news("Cyprus met the Monday deadline to raise the money.", "Monday", "2013-03-18", dateline: wednesday),
        N.news("Investors are digesting the Sunday vote.", "Sunday", "2013-03-17", dateline: wednesday),
        N.news("The euro held steady before Friday's jobs report.", "Friday", "2013-03-15", dateline: wednesday),
        N.news("Euro zone ministers set a Monday deadline for Cyprus.", "Monday", "2013-03-25", dateline: saturday),
        N.news("Nestle's share of 7% before Friday's purchases is far below the shares of its rivals.", "Friday", "2013-03-15",
               dateline: wednesday),
        N.news("Obama faces a March 1 deadline for automatic spending cuts.", "March 1", "2013-03-01", dateline: wednesday),
    ]

    @Test(arguments: kept)
    func unchanged(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A day counted from an event, set off after the date it restates ("March 14, the day before the vote"): TimeBank's
    /// DATE "the day" with that date's value (on main: not an expression).
    static let restatedDays: [FamilyCase] = [
        N.news("On Oct. 12, the day before the stock market plunge, the Nasdaq fell 4.3%.", "the day", "2012-10-12", dateline: wednesday),
        N.news("The bank raised rates on March 14, the day before the vote.", "the day", "2013-03-14", dateline: wednesday),
        N.news("Protesters gathered on Sunday, the day after the election.", "the day", "2013-03-17", dateline: wednesday),
        N.news("Police found the car on March 3, 2013, the day after the shooting.", "the day", "2013-03-03", dateline: wednesday),
    ]

    @Test(arguments: restatedDays)
    func restatedDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// Not before a clause (AQUAINT leaves "Nov. 3, the day before authorities issued a … warrant" untagged), nor without a
    /// date before it.
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("He was last seen March 3, the day before authorities issued a warrant.", "the day"),
        FamilyLookAlike("Markets fell the day before the results.", "the day"),
        FamilyLookAlike("Shares rose on Monday, the day investors had feared.", "the day"),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// Headers: a wire lede with a date but no place ("March 22 (Bloomberg) -- ", "March 21, 2013 (AFP) - ") gives the
    /// source, and the dateline when it has a year; a Bloomberg byline's date after its dash; a blog's "Posted on March 19,
    /// 2013 by Jane Doe" or "Posted by Jane Doe on March 19, 2013 at 10:15 am" line dates the article, and "Posted by
    /// Jane Doe on Tuesday" is a header line, not the body (on main: no dateline, or the lede's date read as an event).
    static let headers: [(text: String, date: CalendarDate, source: String?, body: String, headline: String?)] = [
        ("March 21, 2013 (AFP) - North Korea threatened U.S. bases in Japan and Guam on Thursday.",
         CalendarDate(year: 2013, month: 3, day: 21), "AFP", "North Korea", nil),
        ("March 19, 2013\n\nMarch 19 (Bloomberg) -- Cypriot lawmakers rejected a tax on bank deposits on Tuesday.",
         CalendarDate(year: 2013, month: 3, day: 19), "Bloomberg", "Cypriot", nil),
        ("Mar 22, 2013 4:05 PM ET\n\nMarch 22 (Reuters) - Gold fell on Friday as the dollar rose.",
         CalendarDate(year: 2013, month: 3, day: 22), "Reuters", "Gold fell", nil),
        ("Cyprus Lawmakers Reject Bank Levy\nBy Stelios Orphanides and Patrick Donahue - Mar 19, 2013 9:48 AM GMT\n\nMarch 19 (Bloomberg) -- Cypriot lawmakers rejected a tax on Tuesday.",
         CalendarDate(year: 2013, month: 3, day: 19), "Bloomberg", "Cypriot", "Cyprus Lawmakers Reject Bank Levy"),
        ("Posted on March 19, 2013 by Jane Doe\n\nThe city council voted on Monday to close two libraries.",
         CalendarDate(year: 2013, month: 3, day: 19), nil, "The city", nil),
        ("Council votes to close libraries\nPosted by Jane Doe on March 19, 2013 at 10:15 am\n\nThe city council voted on Monday.",
         CalendarDate(year: 2013, month: 3, day: 19), nil, "The city", "Council votes to close libraries"),
        ("Council votes to close libraries\nMarch 19, 2013 by Jane Doe\n\nThe city council voted on Monday.",
         CalendarDate(year: 2013, month: 3, day: 19), nil, "The city", "Council votes to close libraries"),
        ("March 19, 2013\nPosted by Jane Doe on Tuesday\n\nThe city council voted on Monday.",
         CalendarDate(year: 2013, month: 3, day: 19), nil, "The city", nil),
    ]

    @Test(arguments: headers)
    func header(_ item: (text: String, date: CalendarDate, source: String?, body: String, headline: String?)) throws {
        let article = try InputErrorTests.checkHeader(item.text, place: nil, source: item.source, body: item.body, headline: item.headline)
        #expect(article.dateline.date == item.date)
    }

    /// Without a year in the header: the place-less lede's source and end, the "Posted by … on Tuesday" line skipped, for a
    /// dateline given from outside; without one, the error names the lede's date.
    @Test func headerWithoutYear() throws {
        let dateline = Dateline(date: CalendarDate(year: 2013, month: 3, day: 22))
        let gold = Article(text: "March 22 (Reuters) - Gold fell on Friday as the dollar rose.", dateline: dateline)
        #expect(gold.dateline.source == "Reuters")
        #expect(try TimelineExtractor().timeline(for: gold).expressions.map(\.text) == ["Friday"])
        let blog = Article(text: "Council votes to close libraries\nPosted by Jane Doe on Tuesday\n\nA hearing is set for Friday.",
                           dateline: dateline)
        #expect(try TimelineExtractor().timeline(for: blog).expressions.map(\.text) == ["Friday"])
        #expect(throws: ChronicleError.self) { try Article(text: "March 22 (Bloomberg) -- Gold fell on Friday.") }
        // A month before " by " is no blog's date line.
        #expect(throws: ChronicleError.self) { try Article(text: "March 2013 by the numbers\n\nSales rose on Monday.") }
    }
}
