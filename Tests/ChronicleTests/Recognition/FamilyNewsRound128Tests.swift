import Testing
@testable import Chronicle

/// The hundred-and-twenty-eighth round, in notice and schedule copy (polls, applications, bids, schools, parks, borders):
/// a plural present "close" or a singular "shuts" before a weekday or a clock time is a schedule, as "closes"
/// and "open" were ("Polls close at 8 p.m. Tuesday", "Bids close Friday", "The park shuts on Sunday"): the coming day.
/// The market pages write a session already over the same way, with a move or a level right after the verb ("Stocks close
/// higher Friday", "Oil closes at $80 on Friday", "Asian shares open up 1 percent Thursday"): the day as now, the nearest
/// one, also for "closes" and "opens", which read those ahead before. Each case pins its own dateline.
@Suite("Family news round 128")
struct FamilyNewsRound128Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A plural "close", a singular "shuts": the coming day.
        time("Polls close at 8 p.m. Tuesday.", "8 p.m. Tuesday", "2023-02-21T20:00", on(2023, 2, 15)),
        news("Applications close at midnight on Sunday.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        news("Bids close Friday.", "Friday", "2024-05-10", on(2024, 5, 8)),
        news("Entries close on Friday.", "Friday", "2024-05-10", on(2024, 5, 8)),
        news("Schools close Thursday ahead of the storm.", "Thursday", "2024-05-09", on(2024, 5, 8)),
        news("The park shuts on Sunday.", "Sunday", "2019-10-06", on(2019, 10, 3)),
        news("Libraries close on Sunday.", "Sunday", "2019-10-06", on(2019, 10, 3)),
        time("Polling stations close at 9 p.m. Sunday.", "9 p.m. Sunday", "2019-10-06T21:00", on(2019, 10, 3)),
        // A market's move or level after "closes", "opens": the session as now, the nearest day.
        news("Wall Street closes lower Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("Oil closes at $80 on Friday.", "Friday", "2024-05-03", on(2024, 5, 8)),
        news("Gold closes flat on Monday.", "Monday", "2024-05-06", on(2024, 5, 8)),
        news("Asian shares open up 1 percent Thursday.", "Thursday", "2023-02-09", on(2023, 2, 15)),
    ]

    /// Guards (these read right before the round, and must stay so): market headlines with a plural verb, schedules of
    /// "opens", "reopen", a clock time after "closes".
    static let guards: [Case] = [
        news("Stocks close higher Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("Shares close down 2% on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("European markets open mixed on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("Bonds close 0.5% lower Monday.", "Monday", "2019-09-30", on(2019, 10, 3)),
        news("The Dow closes unchanged on Friday.", "Friday", "2019-09-27", on(2019, 10, 3)),
        news("Nominations open on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("Schools reopen on Monday after the storm.", "Monday", "2024-05-13", on(2024, 5, 8)),
        time("The store closes at 5 p.m. Friday.", "5 p.m. Friday", "2024-05-10T17:00", on(2024, 5, 8)),
    ]

    @Test(arguments: cases) func openCloseSchedule(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
