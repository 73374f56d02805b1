import Testing
@testable import Chronicle

/// today/yesterday/tomorrow/tonight/now; last/this/next/coming/past + unit, month, season;
/// "N units ago/earlier/later/from now"; "earlier/later this …"; early/mid/late.
@Suite("Family relative")
struct FamilyRelativeTests {
    typealias Case = FamilyCase
    static let friday = FamilyDates.friday

    static let cases: [Case] = [
        // Deictic days.
        Case("The minister resigned today.", "today", .date, "2023-02-28"),
        Case("The minister resigned yesterday.", "yesterday", .date, "2023-02-27"),
        Case("The results will be published tomorrow.", "tomorrow", .date, "2023-03-01"),
        Case("The president will address the nation tonight.", "tonight", .time, "2023-02-28TNI"),
        Case("The talks are now in their third day.", "now", .date, "PRESENT_REF"),
        Case("Yesterday morning, police raided the office.", "Yesterday morning", .time, "2023-02-27TMO"),
        Case("Rebels shelled the city last night.", "last night", .time, "2023-02-27TNI"),
        Case("The minister spoke this morning.", "this morning", .time, "2023-02-28TMO"),
        Case("The market closed yesterday.", "yesterday", .date, "2021-02-28", dateline: CalendarDate(year: 2021, month: 3, day: 1)),
        Case("The agency said yesterday that prices rose.", "yesterday", .date, "2024-02-29", dateline: CalendarDate(year: 2024, month: 3, day: 1)),
        Case("The new law takes effect tomorrow.", "tomorrow", .date, "2023-01-01", dateline: CalendarDate(year: 2022, month: 12, day: 31)),
        // last / this / next + week, month, quarter, year (whole calendar units, ISO weeks).
        Case("Prices rose last week.", "last week", .date, "2023-W08"),
        Case("The talks take place this week.", "this week", .date, "2023-W09"),
        Case("The report will be published next week.", "next week", .date, "2023-W10"),
        Case("Exports fell last month.", "last month", .date, "2023-01"),
        Case("The company cut jobs this month.", "this month", .date, "2023-02"),
        Case("The plant will reopen next month.", "next month", .date, "2023-03"),
        Case("Profits fell last quarter.", "last quarter", .date, "2022-Q4"),
        Case("Sales are up this quarter.", "this quarter", .date, "2023-Q1"),
        Case("The merger closes next quarter.", "next quarter", .date, "2023-Q2"),
        Case("Troops invaded last year.", "last year", .date, "2022"),
        Case("The economy is expected to grow this year.", "this year", .date, "2023"),
        Case("Elections will be held next year.", "next year", .date, "2024"),
        Case("Exports fell last week.", "last week", .date, "2022-W36", dateline: friday),
        Case("The team meets this week.", "this week", .date, "2021-W01", dateline: CalendarDate(year: 2021, month: 1, day: 7)),
        Case("The talks resume next week.", "next week", .date, "2021-W01", dateline: CalendarDate(year: 2020, month: 12, day: 31)),
        // last / this / next + month name and season.
        Case("Sales rose last September.", "last September", .date, "2022-09"),
        Case("Imports slumped last March.", "last March", .date, "2022-03"),
        Case("The plant opens next May.", "next May", .date, "2023-05"),
        Case("The fair returns this September.", "this September", .date, "2023-09"),
        Case("Prices soared last summer.", "last summer", .date, "2022-SU"),
        Case("The dam will be finished next spring.", "next spring", .date, "2023-SP"),
        Case("Talks collapsed last fall.", "last fall", .date, "2022-FA"),
        Case("The festival returns this summer.", "this summer", .date, "2023-SU"),
        // the past / the coming + unit: durations (TimeML).
        Case("Prices have doubled in the past week.", "the past week", .duration, "P1W"),
        Case("Talks will continue in the coming weeks.", "the coming weeks", .duration, "PXW"),
        // N units ago / from now / earlier / later; a decade ago.
        Case("The treaty was signed two years ago.", "two years ago", .date, "2021"),
        Case("The fire started three days ago.", "three days ago", .date, "2023-02-25"),
        Case("The mine closed six months ago.", "six months ago", .date, "2022-08"),
        Case("The ship sank a week ago.", "a week ago", .date, "2023-W08"),
        Case("The bridge opened a year ago.", "a year ago", .date, "2022"),
        Case("Lukashenko visited China a decade ago.", "a decade ago", .date, "2013"),
        Case("The vote will take place two weeks from now.", "two weeks from now", .date, "2023-W11"),
        Case("The deadline is 30 days from today.", "30 days from today", .date, "2023-03-30"),
        // A month, season or holiday placed from the story's time: its year for "that", the first one after or before.
        Case("The plant closed in 2019. That summer, workers protested.", "That summer", .date, "2019-SU"),
        Case("The plant closed in 2019. The following December, it reopened.", "The following December", .date, "2019-12"),
        Case("The strike began in December 2019. The next spring, it ended.", "The next spring", .date, "2020-SP"),
        Case("The fund collapsed in October 2008, after it had been warned the previous April.", "the previous April",
             .date, "2008-04"),
        // "the next month" after a coarser period still to come counts from the dateline, not from that period's start.
        Case("Prices will rise over the next year. The company will decide in the next month.", "the next month", .date, "2023-03"),
        // Two units from the dateline's: "the day before yesterday", "the week after next".
        Case("He arrived the day before yesterday.", "the day before yesterday", .date, "2023-02-26"),
        Case("She will come the day after tomorrow.", "the day after tomorrow", .date, "2023-03-02"),
        Case("It happened the week before last.", "the week before last", .date, "2023-W07"),
        Case("The vote is the week after next.", "the week after next", .date, "2023-W11"),
        Case("He won the title the year before last.", "the year before last", .date, "2021"),
        Case("The plant opened in 2010 and closed five years later.", "five years later", .date, "2015"),
        Case("The treaty was signed in 2005. Three years earlier, talks had begun.", "Three years earlier", .date, "2002"),
        Case("The war began on Feb. 24, 2022. Two days later, troops reached Kyiv.", "Two days later", .date, "2022-02-26"),
        // A day-, week- or month-granular reference after a story's time coarser than a month ("this year", "the first
        // quarter") counts from the last day the text named in that period, else from the dateline when the period holds
        // it, not from the period's first day.
        Case("Sales rose 5% this year. The same day, police arrested two men.", "The same day", .date, "2023-02-28"),
        Case("Net profit fell this year. A day earlier, the army had shelled the town.", "A day earlier", .date, "2023-02-27"),
        Case("Inflation rose this year, the bank said. Two days later, the ceasefire collapsed.", "Two days later", .date, "2023-03-02"),
        Case("Profits have fallen this year. The day before, the board had met.", "The day before", .date, "2023-02-27"),
        Case("Profits have fallen this year. The previous day, shares dropped.", "The previous day", .date, "2023-02-27"),
        Case("The government will hold elections this year. The day after, the results will be announced.", "The day after",
             .date, "2023-03-01"),
        Case("On Wednesday the company said sales had risen this year. The next day, shares fell.", "The next day", .date,
             "2022-09-15", dateline: friday),
        Case("Prices have risen this year, officials said. That week, the talks failed.", "That week", .date, "2021-W23",
             dateline: FamilyDates.sunday),
        Case("The economy grew in the first quarter. The following week, talks resumed.", "The following week", .date, "2023-W10"),
        Case("Growth slowed this year. The previous month, prices fell.", "The previous month", .date, "2023-01"),
        Case("The economy shrank this year. That afternoon, the union called a strike.", "That afternoon", .time, "2023-02-28TAF"),
        // A past story's year with no day named in it: a day, week or month of that year, which one unknown (TimeML X;
        // WikiWars: "four days later" 1915-XX-XX), not counted from its first day.
        Case("The plant closed in 2019. Two days later, workers protested.", "Two days later", .date, "2019-XX-XX"),
        Case("The rebels seized the town last year. The same day, the army retreated.", "The same day", .date, "2022-XX-XX"),
        Case("The plant closed in 2019. The following week, workers protested.", "The following week", .date, "2019-WXX"),
        Case("The war began in 1914. Later that month, the first battles were fought.", "Later that month", .date, "1914-XX",
             narrative: true),
        // ... and a story's month with no day named in it: a day of that month (AQUAINT: "that same day" after "October",
        // 1998-10-XX), a week of its year; a day named in it is counted from.
        Case("Earlier this month, rebels attacked the town. Two days later, they withdrew.", "Two days later", .date, "2023-02-XX"),
        Case("The plant closed in March 2019. The same day, workers protested.", "The same day", .date, "2019-03-XX"),
        Case("Earlier this month, rebels attacked the town. The following week, they returned.", "The following week", .date,
             "2023-WXX"),
        Case("The plant closed on March 3, 2019. In March 2019, sales fell. Two days later, workers protested.", "Two days later",
             .date, "2019-03-05"),
        // "earlier/later that day|week|month|year": the whole phrase, a part of the story's period (TimeBank: "Earlier
        // that day", "later that year"); a day stays a day.
        Case("The rebels attacked on Monday. Earlier that day, the army had withdrawn.", "Earlier that day", .date, "2023-02-27"),
        Case("The rebels attacked on Monday. Later that day, police arrived.", "Later that day", .date, "2023-02-27"),
        Case("The plant closed in March 2019. Later that month, workers protested.", "Later that month", .date, "2019-03", mod: "END"),
        Case("The plant closed in 2019. Earlier that year, sales had slumped.", "Earlier that year", .date, "2019", mod: "START"),
        Case("Talks began on Monday. Later that week, they collapsed.", "Later that week", .date, "2022-W37", mod: "END",
             dateline: friday),
        Case("The rebels attacked on Monday. Later that night, police arrived.", "Later that night", .time, "2023-02-27TNI"),
        Case("The strike began on Monday. Late that day, talks collapsed.", "Late that day", .date, "2023-02-27", mod: "END"),
        Case("Rebels attacked on Saturday. Early that day, the radio went silent.", "Early that day", .date, "2023-02-25",
             mod: "START"),
        // "the week before", "the month after" with no event after them: the unit next to the story's ("the day before"
        // in FamilyWeekdayTests).
        Case("Protesters marched on Saturday. The week before, police had used tear gas.", "The week before", .date, "2023-W07"),
        Case("Inflation hit 10% in April. The month before, it was 8%.", "The month before", .date, "2022-03"),
        Case("The strike ended in June 2019. The month after, output recovered.", "The month after", .date, "2019-07"),
        // "the same period last year" after a story's time that is no quarter: that period a year before (a quarter
        // reported on stays the quarter, see FamilyCorpusTests).
        Case("Inflation rose this year, while it fell in the same period last year.", "the same period last year", .date, "2022"),
        Case("Exports grew in the first half, after falling in the corresponding period a year ago.",
             "the corresponding period a year ago", .date, "2021-H1", dateline: friday),
        // "this time last year": the dateline's day, a year away.
        Case("This time last year, the shares traded at $40.", "This time last year", .date, "2022-02-28"),
        Case("At this time a year ago, rates were low.", "this time a year ago", .date, "2023-02-28",
             dateline: CalendarDate(year: 2024, month: 2, day: 29)),
        Case("This time next year, the plant will be open.", "This time next year", .date, "2022-06-13",
             dateline: FamilyDates.sunday),
        // "a year ago today", "two years ago this week", "a week ago today": the dateline's day, week or month that far back.
        Case("The war began a year ago today.", "a year ago today", .date, "2022-02-28"),
        Case("The war began a year ago this month.", "a year ago this month", .date, "2022-02"),
        Case("She died two years ago this week.", "two years ago this week", .date, "2020-W38", dateline: friday),
        Case("The plant exploded a week ago today.", "a week ago today", .date, "2021-06-06", dateline: FamilyDates.sunday),
        // earlier / later this week, month, year: the period with START / END.
        Case("The ministry announced the visit earlier this week.", "earlier this week", .date, "2023-W09", mod: "START"),
        Case("The two leaders spoke earlier this month.", "earlier this month", .date, "2023-02", mod: "START"),
        Case("Prices fell earlier this year.", "earlier this year", .date, "2023", mod: "START"),
        Case("The report will be released later this month.", "later this month", .date, "2023-02", mod: "END"),
        Case("Elections will be held later this year.", "later this year", .date, "2023", mod: "END"),
        Case("A decision is expected later this week.", "later this week", .date, "2023-W09", mod: "END"),
        // early / mid / late + period.
        Case("Growth slowed in early 2023.", "early 2023", .date, "2023", mod: "START"),
        Case("The plant closed in mid-2022.", "mid-2022", .date, "2022", mod: "MID"),
        Case("The recession ended in late 2021.", "late 2021", .date, "2021", mod: "END"),
        Case("Prices fell in late January.", "late January", .date, "2023-01", mod: "END"),
        Case("The talks began in early September.", "early September", .date, "2022-09", mod: "START"),
        Case("The bank failed in mid-March 2020.", "mid-March 2020", .date, "2020-03", mod: "MID"),
        Case("Growth boomed in the mid-1990s.", "the mid-1990s", .date, "199", mod: "MID"),
        // "mid-" before a bare unit: the middle of the dateline's period.
        Case("The session will end by mid-year.", "mid-year", .date, "2023", mod: "MID"),
        Case("Shares rose in mid-week trading.", "mid-week", .date, "2023-W09", mod: "MID"),
        Case("The plan is due by mid-month.", "mid-month", .date, "2023-02", mod: "MID"),
        Case("Prices rose in the early 1980s.", "the early 1980s", .date, "198", mod: "START"),
        Case("The plant will close by the end of the year.", "the end of the year", .date, "2023", mod: "END"),
    ]

    @Test(arguments: cases)
    func relative(_ item: Case) throws { try FamilyCheck.check(item) }
}
