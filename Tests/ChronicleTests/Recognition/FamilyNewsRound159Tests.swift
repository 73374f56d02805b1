import Testing
@testable import Chronicle

/// The hundred-and-fifty-ninth round, a precision round: time words written inside names and titles are no times. A
/// capitalised season before the games it names ("the Winter Olympics", "the Summer Games"); a work's title after its
/// noun ("the film Independence Day", "the song Yesterday", "her new album 1989"), a capitalised "today" after "the" or an
/// owner ("NBC's Today show", "The Tonight Show"); a count in digits after a capitalised name before a singular
/// unit ("the Formula 1 season"); in news, a time noun in capitals in a sentence written in sentence case ("CBS's 60
/// Minutes drew", "the One Day International", "The Weekend Update segment", "Monday Night Football drew", "Tuesday
/// Morning Corp."); a doubled apostrophe, the old wire's quotation mark, before two digits ("''60 Minutes.''"). The
/// guards are the same words where they are times: a length in lower case, in a headline in title case or counted from a
/// modifier ("his first 100 Days"), a count before "ago", a holiday after a preposition, a season with its year.
@Suite("Family news round 159")
struct FamilyNewsRound159Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let friday = CalendarDate(year: 2024, month: 3, day: 22)

    static let lookAlikes: [FamilyLookAlike] = [
        // A capitalised season before the games it names.
        FamilyLookAlike("The Winter Olympics in Milan will cost $1.6 billion, organizers said on Tuesday.", "Winter", dateline: friday),
        FamilyLookAlike("Skiers at the Summer Games in Paris won 12 medals.", "Summer", dateline: friday),
        FamilyLookAlike("The Summer Olympics will return to Los Angeles in 2028.", "Summer", dateline: on(2022, 9, 16)),
        FamilyLookAlike("Athletes trained for the Winter Games for months.", "Winter", dateline: on(2021, 6, 13)),
        FamilyLookAlike("The Winter Paralympics open next month.", "Winter", dateline: friday),
        // A work's title after its noun.
        FamilyLookAlike("The film Independence Day returns to cinemas in July.", "Independence Day", dateline: friday),
        FamilyLookAlike("Fans of the song Yesterday gathered in Liverpool on Monday.", "Yesterday", dateline: friday),
        FamilyLookAlike("The novel Nineteen Eighty-Four sold 2 million copies.", "Nineteen Eighty-Four", dateline: on(2019, 7, 4)),
        FamilyLookAlike("The documentary Black Friday aired on Monday.", "Black Friday", dateline: friday),
        FamilyLookAlike("He wrote the book Tomorrow in 2019 and it sold well.", "Tomorrow", dateline: on(2022, 9, 16)),
        FamilyLookAlike("The singer's new album 1989 sold 1.6 million copies.", "1989", dateline: on(2024, 7, 3)),
        FamilyLookAlike("Her latest film 2012 opened in Tokyo on Friday.", "2012", dateline: on(2022, 9, 16)),
        // A capitalised "today", "tonight", "tomorrow" after "the" or an owner's "'s".
        FamilyLookAlike("NBC's Today show moved to a new studio on Monday.", "Today", dateline: on(2024, 7, 3)),
        FamilyLookAlike("The Tonight Show will tape in Las Vegas in April.", "Tonight", dateline: on(2024, 7, 3)),
        FamilyLookAlike("The minister told the Today programme that taxes would rise.", "Today", dateline: on(2021, 6, 13)),
        // A count in digits after a capitalised name before a singular unit.
        FamilyLookAlike("The Formula 1 season opens in Bahrain on Saturday.", "1 season", dateline: friday),
        FamilyLookAlike("He won the Formula 2 season title in 2019.", "2 season", dateline: on(2021, 6, 13)),
        // A time noun in capitals in a sentence in sentence case.
        FamilyLookAlike("CBS said 60 Minutes drew 9.5 million viewers on Sunday.", "60 Minutes", dateline: friday),
        FamilyLookAlike("The network's 48 Hours will air a special next week.", "48 Hours", dateline: on(2022, 9, 16)),
        FamilyLookAlike("The One Day International on Sunday was washed out.", "One Day", dateline: friday),
        FamilyLookAlike("The Weekend Update segment ran for 10 minutes.", "Weekend", dateline: friday),
        FamilyLookAlike("The Day After Tomorrow was filmed in Montreal.", "Day After Tomorrow", dateline: on(2019, 7, 4)),
        FamilyLookAlike("Monday Night Football drew 15 million viewers.", "Monday", dateline: friday),
        FamilyLookAlike("Shares in Tuesday Morning Corp. fell 12% on Friday.", "Tuesday", dateline: friday),
        FamilyLookAlike("The Saturday Evening Post was founded in 1821.", "Saturday", dateline: on(2021, 6, 13)),
        FamilyLookAlike("The Friday Night Lights star joined the board in 2021.", "Friday", dateline: friday),
        // A doubled apostrophe before two digits: a quotation mark, no year.
        FamilyLookAlike("Gonzalez said on CBS's ''60 Minutes.'' He was angry.", "60", dateline: on(2000, 4, 17)),
        FamilyLookAlike("Fans chanted ''49 forever'' at the stadium.", "49", dateline: friday),
    ]

    /// Guards (these read right before the round, and must stay so).
    static let guards: [Case] = [
        length("The talks lasted 48 hours, officials said on Monday.", "48 hours", "PT48H", friday),
        length("Rescuers Dig for 48 Hours in Rubble", "48 Hours", "PT48H", friday),
        news("He was killed in Kabul 3 days ago, his family said.", "3 days ago", "2024-03-19", friday),
        news("Shares of Apple 1 year ago traded at $150.", "1 year ago", "2023", friday),
        time("We watched the film Friday night with the director.", "Friday night", "2024-03-22TNI", friday),
        time("The storm hit on Monday night and cut power to 20,000 homes.", "Monday night", "2024-03-18TNI", friday),
        news("Protesters gathered on Independence Day in Washington.", "Independence Day", "2023-07-04", friday),
        news("The vote on Good Friday passed 52-48.", "Good Friday", "2023-04-07", friday),
        news("The Summer of 2024 was the hottest on record.", "The Summer of 2024", "2024-SU", on(2024, 11, 2)),
        news("Athletes arrived for the Games this summer.", "this summer", "2024-SU", friday),
        news("The 2014 Winter Games were held in Sochi.", "2014", "2014", friday),
        news("The class of '89 met on Saturday.", "'89", "1989", friday),
        length("Hamilton won the title in 2020, 7 years after joining.", "7 years", "P7Y", friday),
        length("The president outlined plans for his first 100 Days in office.", "100 Days", "P100D", friday),
        length("Forecasters said the next 48 Hours would be critical.", "the next 48 Hours", "PT48H", friday),
        length("He signed a 2 year deal with the club on Tuesday.", "2 year", "P2Y", friday),
        news("The film's 2012 release drew crowds.", "2012", "2012", friday),
        news("The band released the album in 2019.", "2019", "2019", friday),
        news("It's Today or never, the coach said.", "Today", "2024-03-22", friday),
        news("The minister said today that taxes would rise.", "today", "2024-03-22", friday),
        time("Voters in Ohio head to the polls tonight.", "tonight", "2024-03-22TNI", friday),
    ]

    @Test(arguments: lookAlikes)
    func noTimeInName(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func timeOutsideName(_ item: Case) throws { try FamilyCheck.check(item) }
}
