import Testing
@testable import Chronicle

/// The thirty-third round: the tense of a date before a trailing attribution. A day in a clause of its own with no
/// marker ("until his funeral on Friday", "after the vote on Sunday"), after a clause that looks ahead ("will lie in
/// state", "is set to arrive") and before a trailing attribution (", officials said.", ", said a senior EU official."),
/// takes the future of the clause before it, not the attribution's "said", which dates the speech.
/// Dateline: Wed 2013-03-20 (UTC).
@Suite("Family news, thirty-third round")
struct FamilyNewsRound33Tests {
    typealias N = FamilyNewsDirectionTests
    static let wednesday = CalendarDate(year: 2013, month: 3, day: 20)

    static let values: [FamilyCase] = [
        // A future clause, a date in a clause of its own, a trailing attribution (on main: the past day, `2013-03-15`,
        // `2013-03-17`, `2013-03-14`, `2013-03-18`, `2013-03-16`, `2013-03-17`, `2013-03-18`, `2013-03-17`).
        N.news("Chavez will lie in state until his funeral on Friday, officials said.", "Friday", "2013-03-22", dateline: wednesday),
        N.news("The ministers will meet again after the vote on Sunday, diplomats said.", "Sunday", "2013-03-24", dateline: wednesday),
        N.news("The bank will stay closed until the bailout vote on Thursday, a spokesman said.", "Thursday", "2013-03-21",
               dateline: wednesday),
        N.news("Parliament will debate the measure after the recess on Monday, lawmakers said.", "Monday", "2013-03-25",
               dateline: wednesday),
        N.news("The pope will celebrate a Mass after his meeting with Benedict on Saturday, the Vatican said.", "Saturday",
               "2013-03-23", dateline: wednesday),
        N.news("Talks will continue until the deadline on Sunday, said a senior EU official.", "Sunday", "2013-03-24",
               dateline: wednesday),
        N.news("The airline will resume flights after the inspection on Monday, a spokeswoman said.", "Monday", "2013-03-25",
               dateline: wednesday),
        N.news("Kerry is set to arrive in Ankara after talks in Paris on Sunday, the State Department said.", "Sunday",
               "2013-03-24", dateline: wednesday),
        // … not after a past clause, nor a date in the past clause itself.
        N.news("Rescuers worked until the storm on Monday, officials said.", "Monday", "2013-03-18", dateline: wednesday),
        N.news("Gunmen attacked a checkpoint on Monday, the army said Wednesday.", "Monday", "2013-03-18", dateline: wednesday),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// The thirty-fifth round: a relative or parenthetical clause between the future clause and the date's ("at the
    /// academy, where mourners queued, until his funeral on Friday, officials said"; ", the government said, until …")
    /// does not decide: the clause before it does, and a past main clause keeps the past even after a future relative.
    static let asides: [FamilyCase] = [
        // (On main: `2013-03-15`, `2013-03-19`, `2013-03-17`, `2013-03-18`, `2013-03-16`, `2013-03-16`, `2013-03-15`,
        // `2013-03-25`.)
        N.news("Chavez will lie in state at the academy, where mourners queued, until his funeral on Friday, officials said.",
               "Friday", "2013-03-22", dateline: wednesday),
        N.news("The cardinals will hold Mass in the chapel, which was sealed last week, until the installation on Tuesday, the Vatican said.",
               "Tuesday", "2013-03-26", dateline: wednesday),
        N.news("The ministers will meet in Brussels, where talks collapsed, after the vote on Sunday, diplomats said.", "Sunday",
               "2013-03-24", dateline: wednesday),
        N.news("The court will hear the case in Cairo, where protesters clashed, after the holiday on Monday, lawyers said.",
               "Monday", "2013-03-25", dateline: wednesday),
        N.news("Kerry will fly to Jerusalem, where he met Netanyahu, after talks in Amman on Saturday, the State Department said.",
               "Saturday", "2013-03-23", dateline: wednesday),
        N.news("The envoy will stay in Damascus, where fighting raged, until talks on Saturday, diplomats said.", "Saturday",
               "2013-03-23", dateline: wednesday),
        N.news("Chavez will lie in state, the government said, until his funeral on Friday, officials said.", "Friday",
               "2013-03-22", dateline: wednesday),
        N.news("Rescuers worked at the mine, where crews will dig, until the storm on Monday, officials said.", "Monday",
               "2013-03-18", dateline: wednesday),
    ]

    @Test(arguments: asides)
    func aside(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
