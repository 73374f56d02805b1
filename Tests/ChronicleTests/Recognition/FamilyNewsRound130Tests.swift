import Testing
@testable import Chronicle

/// The hundred-and-thirtieth round, in notices, school and British copy: a day of each month is one SET ("the 15th of each
/// month" `XXXX-XX-15`, "the first Sunday of every month" `P1M`, the set's period, as TimeML writes no ordinal weekday of
/// every month), not a date and a set; "last Tuesday week" is the week before last Tuesday (as "a week last Tuesday"), not
/// the week after; a school's term named by its season is that season, the term noun and its year in the extent ("the
/// autumn term", "the fall semester of 2022"); a capitalised "May" after a list of numbers and before a bare verb is the
/// modal ("Chapters 3, 4 and 5 May be read"), no month. Dateline: Wed 2023-02-15.
@Suite("Family news round 130")
struct FamilyNewsRound130Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    static let wednesday = CalendarDate(year: 2023, month: 2, day: 15)

    static let cases: [Case] = [
        // A day of each month: one set.
        set("The club meets on the first Sunday of each month.", "the first Sunday of each month", "P1M", wednesday),
        set("Rent is due on the 15th of each month.", "the 15th of each month", "XXXX-XX-15", wednesday),
        set("The market is held on the last Friday of every month.", "the last Friday of every month", "P1M", wednesday),
        set("Payments are made on the 1st of every month.", "the 1st of every month", "XXXX-XX-01", wednesday),
        set("The committee will meet on the third Thursday of each month.", "the third Thursday of each month", "P1M", wednesday),
        set("Pensions are paid on the first day of every month.", "the first day of every month", "XXXX-XX-01", wednesday),
        set("Salaries were paid on the last day of each month.", "the last day of each month", "P1M", wednesday),
        set("The 28th of every month is payday for miners.", "The 28th of every month", "XXXX-XX-28", wednesday),
        set("Rent is due on the first of every month.", "the first of every month", "XXXX-XX-01", wednesday),
        set("Bills go out on the fifteenth of each month.", "the fifteenth of each month", "XXXX-XX-15", wednesday),
        // "last Tuesday week": the week before last Tuesday.
        news("The talks resumed last Tuesday week.", "last Tuesday week", "2023-02-07", wednesday),
        news("Ministers met last Friday week to agree the plan.", "last Friday week", "2023-02-03", wednesday),
        news("The hearing opened last Monday fortnight.", "last Monday fortnight", "2023-01-30", wednesday),
        // A school's term named by its season.
        news("Enrolment rose in the autumn term.", "the autumn term", "2022-FA", wednesday),
        news("Fees rise for the spring semester, the university said.", "the spring semester", "2023-SP", wednesday),
        news("The fall semester of 2022 saw record numbers.", "The fall semester of 2022", "2022-FA", wednesday),
        news("The strike disrupted the autumn term of 2021.", "the autumn term of 2021", "2021-FA", wednesday),
        news("Classes resume in the summer term.", "the summer term", "2023-SU", wednesday),
        news("Students sat exams at the end of the Autumn Term.", "the end of the Autumn Term", "2022-FA", mod: "END", wednesday),
    ]

    /// Guards (these read right before the round, and must stay so): a month of the year or "this month", a "May" with a
    /// year or no bare verb after it, "a week last Tuesday", "Tuesday week", a season before a term's thing.
    static let guards: [Case] = [
        news("The first Sunday of March is a holiday.", "The first Sunday of March", "2023-03-05", wednesday),
        news("The vote on 5 May also decided the mayor.", "5 May", "2022-05-05", wednesday),
        news("Schools close on 4 and 5 May.", "5 May", "2023-05-05", wednesday),
        news("The deal closed on 5 May 2021.", "5 May 2021", "2021-05-05", wednesday),
        news("The vote took place a week last Tuesday.", "a week last Tuesday", "2023-02-07", wednesday),
        news("The talks will resume on Tuesday week.", "Tuesday week", "2023-02-28", wednesday),
        news("The fall term papers were graded.", "The fall", "2022-FA", wednesday),
        news("The first of the month was quiet.", "the month", "2023-02", wednesday),
    ]

    /// The modal "May" after a list of numbers: no date.
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("Chapters 3, 4 and 5 May be read in any order.", "5 May", dateline: wednesday),
        FamilyLookAlike("Items 1 and 2 May have been lost in transit.", "2 May", dateline: wednesday),
        FamilyLookAlike("Sections 7, 8 and 9 May not apply to residents.", "9 May", dateline: wednesday),
        FamilyLookAlike("Parts 2 and 3 May well be delayed by the strike.", "3 May", dateline: wednesday),
        FamilyLookAlike("Rules 4 and 5 May also change next year.", "5 May", dateline: wednesday),
        FamilyLookAlike("Clauses 6 and 7 May require a vote.", "7 May", dateline: wednesday),
    ]

    @Test(arguments: cases) func monthlySetWeekTermOrModal(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
