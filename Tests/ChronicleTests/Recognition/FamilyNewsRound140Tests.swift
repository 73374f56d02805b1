import Testing
@testable import Chronicle

/// The hundred-and-fortieth round: a clock time with no day of its own takes the day written later in its clause, past a
/// parenthetical between commas (", officials said,", ", after the vote,", ", local time,") or the comma of a clock time
/// opening its sentence, before the day an earlier sentence named ("Rain fell on Thursday. The river peaked at 9 a.m.,
/// officials said, on Saturday": Saturday's 9 a.m., not Thursday's). Dateline: Wed 2023-02-15.
@Suite("Family news round 140")
struct FamilyNewsRound140Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let wednesday = on(2023, 2, 15)

    /// A clock time of the two-sentence text whose first sentence names Thursday.
    static func clock(_ sentence: String, _ text: String, _ value: String) -> Case {
        time("Rain fell on Thursday. " + sentence, text, value, wednesday)
    }

    static let cases: [Case] = [
        // Past a parenthetical between commas.
        clock("The river peaked at 9 a.m., officials said, on Saturday.", "9 a.m.", "2023-02-11T09:00"),
        clock("The polls closed at 8 p.m., election officials said, on Sunday.", "8 p.m.", "2023-02-12T20:00"),
        clock("The quake struck at 4:17 a.m., the survey said, on Monday.", "4:17 a.m.", "2023-02-13T04:17"),
        clock("The meeting opened at 10 a.m., said a spokesman, on Monday.", "10 a.m.", "2023-02-13T10:00"),
        clock("The plane landed at 10:30 a.m., local time, on Monday.", "10:30 a.m.", "2023-02-13T10:30"),
        clock("The talks began at 11 a.m., two hours late, on Monday.", "11 a.m.", "2023-02-13T11:00"),
        // A clock time opening its sentence: past its parenthetical or its comma, to the day in its clause.
        clock("At 6 p.m., after the vote, the senate adjourned on Tuesday.", "6 p.m.", "2023-02-14T18:00"),
        clock("At 10:30 a.m., local time, the plane landed in Lagos on Monday.", "10:30 a.m.", "2023-02-13T10:30"),
        clock("At noon, according to witnesses, the crowd gathered on Saturday.", "noon", "2023-02-11T12:00"),
        clock("At 4 p.m., as expected, the bank raised rates on Tuesday.", "4 p.m.", "2023-02-14T16:00"),
        clock("At 9 a.m., officials said, the river would crest on Saturday.", "9 a.m.", "2023-02-11T09:00"),
        clock("At 5 p.m., after heavy trading, stocks closed on Feb. 10.", "5 p.m.", "2023-02-10T17:00"),
        clock("At 6 p.m., the senate adjourned on Tuesday.", "6 p.m.", "2023-02-14T18:00"),
        clock("At 7:15 a.m., the first train left the station on Monday.", "7:15 a.m.", "2023-02-13T07:15"),
        clock("Shortly after 2 p.m., the jury returned its verdict on Tuesday.", "2 p.m.", "2023-02-14T14:00"),
        // Later in the clause, no comma.
        clock("At 6 p.m. the senate adjourned on Tuesday.", "6 p.m.", "2023-02-14T18:00"),
        clock("At 5 p.m. the market closed higher on Feb. 10.", "5 p.m.", "2023-02-10T17:00"),
        clock("The rocket lifted off at 4:15 a.m. from Florida on Saturday.", "4:15 a.m.", "2023-02-11T04:15"),
        clock("At 1 p.m. the mayor will speak on Friday.", "1 p.m.", "2023-02-17T13:00"),
        clock("The vote is set for 7 p.m. in the capital on Feb. 20.", "7 p.m.", "2023-02-20T19:00"),
    ]

    /// Guards (these read right before the round, and must stay so): a day in another clause (after a conjunction, a
    /// semicolon, a subordinate clause) or inside the parenthetical (the day a statement was made) is not the clock
    /// time's; a day written right after it is.
    static let guards: [Case] = [
        clock("At 9 a.m. the river peaked, and on Saturday it fell.", "9 a.m.", "2023-02-09T09:00"),
        clock("At 9 a.m., the river peaked, but on Saturday it fell.", "9 a.m.", "2023-02-09T09:00"),
        clock("The river peaked at 9 a.m. and fell on Saturday.", "9 a.m.", "2023-02-09T09:00"),
        clock("The river peaked at 9 a.m. before falling on Saturday.", "9 a.m.", "2023-02-09T09:00"),
        clock("At 8 a.m. workers walked out, while on Saturday managers met.", "8 a.m.", "2023-02-09T08:00"),
        clock("At 10 a.m. the court met; on Monday it ruled.", "10 a.m.", "2023-02-09T10:00"),
        clock("At 6 p.m. the senate, which met Tuesday, adjourned.", "6 p.m.", "2023-02-09T18:00"),
        clock("The fire started at 3 a.m., police said Sunday.", "3 a.m.", "2023-02-09T03:00"),
        clock("The fire started at 3 a.m., police said on Sunday.", "3 a.m.", "2023-02-09T03:00"),
        clock("At 6 a.m. police raided the house, neighbours said on Tuesday.", "6 a.m.", "2023-02-09T06:00"),
        clock("The storm hit at 3 p.m., said Sunday's report.", "3 p.m.", "2023-02-09T15:00"),
        clock("At 9 a.m. on Saturday, as the water rose, crews worked.", "9 a.m.", "2023-02-11T09:00"),
        // A set's day is no day of the clock's: the hour of any such day (round 122's habitual clocks).
        clock("The store opens at 9 a.m. every Saturday.", "9 a.m.", "XXXX-XX-XXT09:00"),
        clock("The service starts at 10 a.m. each Sunday.", "10 a.m.", "XXXX-XX-XXT10:00"),
        clock("The river peaked at 9 a.m. on Saturday, officials said.", "9 a.m.", "2023-02-11T09:00"),
    ]

    @Test(arguments: cases)
    func dayLaterInClause(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func dayInAnotherClause(_ item: Case) throws { try FamilyCheck.check(item) }
}
