import Testing
@testable import Chronicle

/// The hundred-and-thirty-sixth round, in news: a weekday or weekend counted in a month or year. "The first Sunday of the
/// month" follows the clause's tense as "on the 25th" does (a future clause written after that day: next month's; a past
/// one written before it: last month's); a weekday counted in a month or year not named ("the last Thursday of next
/// month", "the final Friday of the year", "the second Friday of 2021") is that day, one expression; "the final Friday of
/// March" as "the last" one; a weekend counted "in" a month ("the first weekend in December") or in a month not named
/// ("the last weekend of the month", "of next month") is that weekend (`2023-W48-WE`), and so is one counted in the period
/// before a possessive ("next month's first Monday"). Datelines: Wed 2023-02-15, Wed
/// 2023-03-01, Fri 2023-03-31.
@Suite("Family news round 136")
struct FamilyNewsRound136Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    static let wednesday = CalendarDate(year: 2023, month: 2, day: 15)
    static let firstOfMarch = CalendarDate(year: 2023, month: 3, day: 1)
    static let endOfMarch = CalendarDate(year: 2023, month: 3, day: 31)

    static let cases: [Case] = [
        // "The first Sunday of the month": the tense decides the month.
        news("He will arrive on the first Sunday of the month.", "the first Sunday of the month", "2023-03-05", wednesday),
        news("Lawmakers will vote on the first Tuesday of the month.", "the first Tuesday of the month", "2023-03-07", wednesday),
        news("The union is expected to strike on the last Monday of the month.", "the last Monday of the month", "2023-04-24",
             endOfMarch),
        news("Officials said the vote would be held on the first Sunday of the month.", "the first Sunday of the month",
             "2023-04-02", endOfMarch),
        news("Officials said the vote was held on the second Sunday of the month.", "the second Sunday of the month", "2023-02-12",
             firstOfMarch),
        news("The cabinet met on the last Friday of the month.", "the last Friday of the month", "2023-01-27", wednesday),
        // A weekday counted in a month or year not named.
        news("The meeting is set for the last Thursday of next month.", "the last Thursday of next month", "2023-03-30", wednesday),
        news("The strike ended on the last Friday of last month.", "the last Friday of last month", "2023-01-27", wednesday),
        news("Results are due on the final Friday of the year.", "the final Friday of the year", "2023-12-29", wednesday),
        news("A new law takes effect on the first Monday of next year.", "the first Monday of next year", "2024-01-01", wednesday),
        news("Lawmakers are scheduled to vote on the third Tuesday of next month.", "the third Tuesday of next month", "2023-04-18",
             firstOfMarch),
        news("Markets closed early on the last Friday of last year.", "the last Friday of last year", "2022-12-30", wednesday),
        news("The treaty was signed on the second Friday of 2021.", "the second Friday of 2021", "2021-01-08", wednesday),
        news("The index peaked on the first Monday of the year.", "the first Monday of the year", "2023-01-02", wednesday),
        news("Shares slid on the final Friday of March.", "the final Friday of March", "2022-03-25", wednesday),
        // A weekend counted in a month.
        news("The fair opens on the first weekend in December.", "the first weekend in December", "2023-W48-WE", wednesday),
        news("Tickets go on sale the first weekend in May.", "the first weekend in May", "2023-W18-WE", wednesday),
        news("The fair opened on the first weekend in December.", "the first weekend in December", "2022-W48-WE", wednesday),
        news("Protesters gathered on the last weekend of the month.", "the last weekend of the month", "2023-W04-WE", wednesday),
        news("Protesters will gather on the last weekend of the month.", "the last weekend of the month", "2023-W08-WE", wednesday),
        news("A ceasefire took hold on the last weekend of last month.", "the last weekend of last month", "2023-W04-WE", wednesday),
        news("The first weekend of next month will bring heavy traffic.", "The first weekend of next month", "2023-W09-WE", wednesday),
        news("Campaigning ends on the final weekend of the month.", "the final weekend of the month", "2023-W17-WE", endOfMarch),
        // A weekday or weekend counted in the period before a possessive.
        news("Next month's first Monday will be a holiday.", "Next month's first Monday", "2023-03-06", wednesday),
        news("The vote is set for next month's last Thursday.", "next month's last Thursday", "2023-03-30", wednesday),
        news("Talks broke down on last month's final Friday.", "last month's final Friday", "2023-01-27", wednesday),
        news("The fair returns on next month's first weekend.", "next month's first weekend", "2023-W09-WE", wednesday),
        news("Shares fell on the month's last Friday.", "the month's last Friday", "2023-01-27", wednesday),
        news("Last year's first Monday brought snow.", "Last year's first Monday", "2022-01-03", wednesday),
    ]

    /// Guards (these read right before the round, and must stay so): a past clause's day already gone, "this month" as
    /// written, a named month's weekday or weekend, a set, a week of a month (the month with its `mod`), and the near
    /// misses: a day of the month, a weekday not counted in a period ("the final Friday sale"), "the first Sunday after
    /// Easter" (the holiday alone), a period before a possessive ("the last Friday of the year's first quarter").
    static let guards: [Case] = [
        news("The talks were held on the first Sunday of the month.", "the first Sunday of the month", "2023-02-05", wednesday),
        news("The council met on the second Tuesday of this month.", "the second Tuesday of this month", "2023-02-14", wednesday),
        news("The council will meet on the second Tuesday of this month.", "the second Tuesday of this month", "2023-02-14",
             wednesday),
        news("The court reconvenes on the first Monday in October.", "the first Monday in October", "2023-10-02", wednesday),
        news("The vote took place on the second Tuesday in March.", "the second Tuesday in March", "2022-03-08", wednesday),
        news("The festival will be held on the last weekend of June.", "the last weekend of June", "2023-W25-WE", wednesday),
        set("The committee meets on the first Thursday of each month.", "the first Thursday of each month", "P1M", wednesday),
        news("Construction began in the first week of April.", "the first week of April", "2022-04", mod: "START", wednesday),
        news("He was born on the first day of the month.", "the first day of the month", "2023-02-01", wednesday),
        news("The board meets on the first of the month.", "the month", "2023-02", wednesday),
        news("The final Friday sale drew crowds.", "Friday", "2023-02-10", wednesday),
        news("The procession takes place on the first Sunday after Easter.", "Easter", "2023-04-09", wednesday),
        news("Trading was thin on the last Friday of the year's first quarter.", "the last Friday", "2023-02-10", wednesday),
        news("Next month's first quarter results will be strong.", "Next month", "2023-03", wednesday),
        news("Next month's Monday meeting was cancelled.", "Next month", "2023-03", wednesday),
    ]

    @Test(arguments: cases) func countedWeekdayOrWeekend(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
