import Testing
@testable import Chronicle

/// The hundred-and-sixty-ninth round, a second precision round: look-alikes round 159 did not try. A scripture's
/// chapter and verse written like a clock after its book ("John 3:16", "Romans 8:28", "Surah 18:10"); a month or a
/// weekday that opens a street's or a place's name, after a preposition too ("residents of April Street", "the shop on
/// August Road", "Sunday Lane"); "the Ides of March", the fifteenth of March, no bare month. The guards are the same
/// words where they are times: a clock after "at" or with "p.m." beside a first name, a book's name that is also a verb
/// opening its sentence ("Mark 9:30 on your calendar"), a month or a weekday after a preposition before a lower-case word
/// or a comma, or after a sentence's opening preposition before a longer name ("In January Park Service rangers"), a
/// clock and a day in a timetable, a class's year.
@Suite("Family news round 169")
struct FamilyNewsRound169Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let friday = CalendarDate(year: 2024, month: 3, day: 22)

    static let lookAlikes: [FamilyLookAlike] = [
        // A scripture's chapter and verse after its book.
        FamilyLookAlike("The pastor quoted John 3:16 at the service on Sunday.", "3:16", dateline: friday),
        FamilyLookAlike("The bishop read from Romans 8:28 on Sunday.", "8:28", dateline: friday),
        FamilyLookAlike("Fans held signs reading Luke 2:10 at the game on Saturday.", "2:10", dateline: on(2022, 9, 16)),
        FamilyLookAlike("The sermon on Mark 10:45 drew 300 worshippers last week.", "10:45", dateline: friday),
        FamilyLookAlike("The imam recited Surah 18:10 before the talks on Friday.", "18:10", dateline: on(2021, 6, 13)),
        FamilyLookAlike("A banner citing Psalm 23:14 hung over the stage in January.", "23:14", dateline: friday),
        // A month or a weekday that opens a street's or a place's name.
        FamilyLookAlike("Residents of April Street complained about the noise last month.", "April", dateline: friday),
        FamilyLookAlike("The shop on August Road reopened in August.", "August Road", dateline: on(2021, 6, 13)),
        FamilyLookAlike("A crash on June Boulevard injured two people at 9 p.m.", "June", dateline: friday),
        FamilyLookAlike("Police closed Sunday Lane after the fire on Monday.", "Sunday", dateline: on(2022, 9, 16)),
    ]

    /// The Ides of March: the day, not the month.
    static let fixes: [Case] = [
        news("Caesar was killed on the Ides of March, historians say.", "Ides of March", "2024-03-15", friday),
        news("The play opens on the Ides of March next year.", "Ides of March next year", "2025-03-15", friday),
    ]

    /// Guards (these read right before the round, and must stay so).
    static let guards: [Case] = [
        time("The service began at 3:16 p.m. on Sunday.", "3:16 p.m.", "2024-03-17T15:16", friday),
        time("John arrived at 10:45 and left at noon.", "10:45", "2024-03-22T10:45", friday),
        time("The new timetable begins at 05:30 on 1 June.", "05:30", "2024-06-01T05:30", friday),
        news("The new timetable begins at 05:30 on 1 June.", "1 June", "2024-06-01", friday),
        news("The shop reopened in April after repairs, the owner said.", "April", "2023-04", friday),
        news("Work on Main Street ended in August, the council said.", "August", "2020-08", on(2021, 6, 13)),
        news("Crowds gathered on Sunday in the park.", "Sunday", "2024-03-17", friday),
        news("The council will meet on Monday, Street vendors said.", "Monday", "2024-03-25", friday),
        news("The Class of 2020 graduated online in May 2020.", "May 2020", "2020-05", friday),
        news("The March 15 deadline passed, officials said.", "March 15", "2024-03-15", friday),
        news("In January Park Service rangers closed the trail.", "January", "2024-01", friday),
        news("The fund was set up in March Lake County officials said.", "March", "2024-03", friday),
        time("Mark 9:30 on your calendar, the organizers said.", "9:30", "2024-03-22T09:30", friday),
    ]

    @Test(arguments: lookAlikes)
    func noTimeInName(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: fixes)
    func idesOfMarch(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func timeOutsideName(_ item: Case) throws { try FamilyCheck.check(item) }
}
