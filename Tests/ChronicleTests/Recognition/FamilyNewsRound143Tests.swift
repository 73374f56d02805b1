import Testing
@testable import Chronicle

/// The hundred-and-forty-third round, on values rounds 129-141 left: a market's subject whose head is further back than
/// the word before opening or closing ("The S&P 500 opens down on Monday", "The Dow Jones industrial average closes up on
/// Friday") and a bare whole-number level after "at" ("The index closes at 1850 on Friday"), the session just over; a
/// bare month fronted after "By" before a past clause ("By March the plant had closed"), the one gone; a clock time
/// opening its sentence whose deictic day comes later in the clause ("At 3 p.m. the storm hit the coast yesterday"); a
/// fixture reached in a relative clause told after it in the past ("Murray, who reached Sunday's final, lost it"), the
/// one gone; a school's term by its season after an owner ("the school's summer term"). Each case pins its own
/// dateline (2023-02-15 is a Wednesday).
@Suite("Family news round 143")
struct FamilyNewsRound143Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A market named further back than the word before the verb, "up" or "down" alone: the session just over.
        news("The S&P 500 opens down on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("The Dow Jones industrial average closes up on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("The Nasdaq Composite closes down on Thursday.", "Thursday", "2023-02-09", on(2023, 2, 15)),
        news("The FTSE 100 closes up on Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("The benchmark Stoxx 600 closes down on Thursday.", "Thursday", "2023-02-09", on(2023, 2, 15)),
        // A whole number after "at" that is a level, not a clock time.
        news("The index closes at 1850 on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("Oil closes at 85 on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        // A bare month fronted after "By" before a past clause.
        news("By March the plant had closed.", "March", "2022-03", on(2023, 2, 15)),
        news("By March, the company had hired 200 workers.", "March", "2022-03", on(2023, 2, 15)),
        news("By April, the plant closed.", "April", "2022-04", on(2023, 2, 15)),
        // A clock time opening its sentence, its deictic day later in the clause.
        time("At 3 p.m. the storm hit the coast yesterday.", "3 p.m.", "2023-02-14T15:00", on(2023, 2, 15)),
        time("Around 4 p.m. the rebels entered the capital yesterday.", "Around 4 p.m.", "2023-02-14T16:00", on(2023, 2, 15)),
        time("At 8 a.m. the trial resumes tomorrow.", "8 a.m.", "2024-05-10T08:00", on(2024, 5, 9)),
        // A fixture reached in a relative clause that a past clause follows.
        news("Murray, who reached Sunday's final, lost it.", "Sunday", "2023-02-12", on(2023, 2, 15)),
        news("Swiatek, who reached Saturday's final, lost in three sets.", "Saturday", "2023-02-11", on(2023, 2, 15)),
        news("Chelsea, who booked a place in Saturday's final, lost the league match.", "Saturday", "2023-02-11", on(2023, 2, 15)),
        // A school's term named by its season after an owner: the term, as after "the".
        news("The school's summer term starts in April.", "summer term", "2023-SU", on(2023, 2, 15)),
        news("Oxford's autumn term begins next week.", "autumn term", "2023-FA", on(2023, 2, 15)),
        news("The academy's winter term ended with exams.", "winter term", "2023-WI", on(2024, 5, 9)),
    ]

    /// Levels after "at" that are no year.
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The index closes at 1850 on Friday.", "1850", dateline: on(2023, 2, 15)),
        FamilyLookAlike("The Dow closed at 1556 on Friday.", "1556", dateline: on(2023, 2, 15)),
    ]

    /// Guards (these read right before the round, and must stay so): another subject's phrasal verb, a place named with
    /// a commodity's word, clock times after "at", a year after "in", a fronted month before a future, the clock's own day
    /// and another clause's, a fixture still to come.
    static let guards: [Case] = [
        news("The plant closes down on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("The Gold Coast Mall opens up on Friday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("The store closes at 9 on Friday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("The museum opens at 10 on Sunday.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        time("The store closes at 1800 on Friday.", "1800", "2023-02-17T18:00", on(2023, 2, 15)),
        news("The company was founded in 1850.", "1850", "1850", on(2023, 2, 15)),
        news("By March, the company will have hired 200 workers.", "March", "2023-03", on(2023, 2, 15)),
        news("By June, officials said, the dam would be finished.", "June", "2023-06", on(2023, 2, 15)),
        news("By March the plant is expected to reopen.", "March", "2023-03", on(2023, 2, 15)),
        time("At 9 a.m. the river peaked, and yesterday it fell.", "9 a.m.", "2023-02-15T09:00", on(2023, 2, 15)),
        time("At 9 a.m. the river peaked. Yesterday it fell.", "9 a.m.", "2023-02-15T09:00", on(2023, 2, 15)),
        news("Murray, who reached Sunday's final, will face Djokovic.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        news("Murray reached Sunday's final with a straight-sets win.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        news("The school's summer fair was cancelled.", "summer", "2022-SU", on(2023, 2, 15)),
        news("The college's summer term papers are due.", "summer", "2023-SU", on(2023, 2, 15)),
    ]

    @Test(arguments: cases) func leftValue(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func levelIsNoYear(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
