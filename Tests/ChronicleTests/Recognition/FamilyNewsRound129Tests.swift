import Testing
@testable import Chronicle

/// The hundred-and-twenty-ninth round, on the tense of present schedules and plans rounds 127 and 128 left: "up" and
/// "down" after opening and closing are a market's move only before a number or another move ("The plant closes down on
/// Monday": the coming day; "Shares close down 3% on Monday": the nearest); a plural subject before a place phrase
/// ("Schools in the county close on Monday"), a move after the day ("Stocks close Friday higher"), a decimal or grouped
/// price after "at" ("closes at 85.50"); a date a term is moved up or brought forward to (ahead, as "pushed back to"); a
/// present range of days of the month ("Open enrollment runs from Nov. 1 to Dec. 15": the one under way or the next);
/// habits with "generally" before a weekday and a participle of habit ("The report, usually released in March,"): sets.
/// Each case pins its own dateline.
@Suite("Family news round 129")
struct FamilyNewsRound129Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A phrasal "closes down", "shuts down", "opens up": a schedule, the coming day.
        news("The plant closes down on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("The factory shuts down on Friday for the holiday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("The station closes down on Saturday after 40 years.", "Saturday", "2023-02-18", on(2023, 2, 15)),
        news("The new terminal opens up on Thursday.", "Thursday", "2023-02-16", on(2023, 2, 15)),
        news("The mill closes down on Monday, the company said.", "Monday", "2023-02-20", on(2023, 2, 15)),
        // A plural subject before a place phrase: a schedule.
        news("Schools in the county close on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("Polling stations across the state close on Tuesday.", "Tuesday", "2023-02-21", on(2023, 2, 15)),
        news("Offices in the capital close on Friday for the holiday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("Shops in the city center open on Sunday.", "Sunday", "2023-02-19", on(2023, 2, 15)),
        // A market's move after the day, a price after "at": the session as now.
        news("Stocks close Friday higher.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("Oil closes at 85.50 on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("Gold closes at 1,850 on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        // A date a term is moved up or brought forward to: ahead.
        news("The vote has been moved up to Tuesday.", "Tuesday", "2023-02-21", on(2023, 2, 15)),
        news("The company brought the meeting forward to Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("The trial was moved up to Monday.", "Monday", "2024-05-13", on(2024, 5, 9)),
        news("Officials bumped the vote up to Monday.", "Monday", "2024-05-13", on(2024, 5, 9)),
        // A present range of days of the month: the one under way, else the next.
        news("Open enrollment runs from Nov. 1 to Dec. 15.", "Nov. 1 to Dec. 15", "2023-11-01/2023-12-15", on(2023, 2, 15)),
        news("The sale runs from Jan. 20 to Feb. 5.", "Jan. 20 to Feb. 5", "2024-01-20/2024-02-05", on(2023, 2, 15)),
        news("The season runs from Dec. 1 to Jan. 31.", "Dec. 1 to Jan. 31", "2023-12-01/2024-01-31", on(2023, 2, 15)),
        news("The festival runs from June 3 to June 9.", "June 3 to June 9", "2024-06-03/2024-06-09", on(2023, 6, 15)),
        news("The museum will be closed from Feb. 10 to Feb. 20.", "Feb. 10 to Feb. 20", "2023-02-10/2023-02-20", on(2023, 2, 15)),
        // Habits: "generally" before a weekday without a market's move, a participle of habit.
        set("Flights are generally cheaper on Tuesday.", "Tuesday", "XXXX-WXX-2", on(2023, 2, 15)),
        set("Hotel rooms are generally cheaper on Sunday.", "Sunday", "XXXX-WXX-7", on(2023, 2, 15)),
        set("Traffic is generally lighter on Saturday.", "Saturday", "XXXX-WXX-6", on(2023, 2, 15)),
        set("The report, usually released in March, was delayed.", "March", "XXXX-03", on(2023, 2, 15)),
        set("The festival, typically held in August, was canceled this year.", "August", "XXXX-08", on(2023, 2, 15)),
        set("The index, normally published in January, will come out late.", "January", "XXXX-01", on(2023, 2, 15)),
        set("Usually held in June, the fair drew thousands.", "June", "XXXX-06", on(2023, 2, 15)),
    ]

    /// Guards (these read right before the round, and must stay so): market moves with a number or another move after
    /// "up", "down"; a plural "shut"; a past "closed"; "moved up to" before a noun; ranges of a past or of figures; a
    /// present plan; a market report's "generally"; a participle without a word of habit.
    static let guards: [Case] = [
        news("Shares close down 3% on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("The index closed down 2 percent on Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("Stocks opened up 50 points on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("Wall Street closes down sharply on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("Gold opens up slightly on Thursday.", "Thursday", "2023-02-09", on(2023, 2, 15)),
        news("The museums shut on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("The factory shut its doors in September.", "September", "2022-09", on(2023, 2, 15)),
        news("Schools in the county closed on Monday.", "Monday", "2024-05-06", on(2024, 5, 9)),
        time("The store closes at 10.30 on Friday.", "10.30", "2024-05-10T10:30", on(2024, 5, 9)),
        news("Prices moved up to January levels.", "January", "2023-01", on(2023, 2, 15)),
        news("The sale runs from Feb. 1 to Feb. 28.", "Feb. 1 to Feb. 28", "2023-02-01/2023-02-28", on(2023, 2, 15)),
        news("The data cover the period from Nov. 1 to Dec. 15.", "Nov. 1 to Dec. 15", "2022-11-01/2022-12-15", on(2023, 2, 15)),
        news("Sales rose from Nov. 1 to Dec. 15.", "Nov. 1 to Dec. 15", "2022-11-01/2022-12-15", on(2023, 2, 15)),
        news("The exhibition runs from Monday to Friday.", "Monday to Friday", "2023-02-20/2023-02-24", on(2023, 2, 15)),
        news("The vote is due to take place on Tuesday.", "Tuesday", "2023-02-21", on(2023, 2, 15)),
        news("The plan was due to take effect in May.", "May", "2023-05", on(2023, 2, 15)),
        news("Investors will study the minutes of the Dec. 11-12 meeting.", "Dec. 11-12", "2012-12-11/2012-12-12", on(2013, 1, 3)),
        news("Stocks are generally higher on Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("The report, released in March, was delayed.", "March", "2022-03", on(2023, 2, 15)),
    ]

    @Test(arguments: cases) func presentSchedule(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
