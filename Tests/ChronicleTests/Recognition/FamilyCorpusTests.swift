import Testing
@testable import Chronicle

/// Families fixed while raising the TempEval-3 scores (Documentation/Evaluation.md), each with its own
/// cases: financial periods, spoken and BC years, date-times, ranges, clock times with their day,
/// the two-month window for past clauses, narrative (history) resolution, and extents.
@Suite("Family corpus conventions")
struct FamilyCorpusTests {
    typealias Case = FamilyCase
    /// Wednesday, November 1, 1989: an earnings-season dateline.
    static let report = CalendarDate(year: 1989, month: 11, day: 1)
    /// The WikiWars download date: in a history it is only the author's present.
    static let download = CalendarDate(year: 2009, month: 12, day: 19)

    static let cases: [Case] = [
        // Earnings reports: the quarter reported on, and the same period a year before.
        Case("Net rose in the third quarter. A year earlier, it fell.", "A year earlier", .date, "1988-Q3", dateline: report),
        Case("Profit rose 5% in the third quarter from a year ago.", "a year ago", .date, "1988-Q3", dateline: report),
        Case("Net income rose in the third quarter, compared with year-earlier profit.", "year-earlier", .date, "1988-Q3", dateline: report),
        Case("Sales rose in the third quarter; in the year-ago quarter they fell.", "the year-ago quarter", .date, "1988-Q3", dateline: report),
        Case("Results for the quarter ended Sept. 30 beat those of the year-ago quarter.", "the year-ago quarter", .date, "1988-Q3", dateline: report),
        Case("Net rose. The company in the year-ago third quarter earned $22.5 million.", "the year-ago third quarter", .date, "1988-Q3", dateline: report),
        Case("Net for the year-earlier nine months included a gain.", "the year-earlier nine months", .duration, "P9M", dateline: report),
        Case("Net rose in the third quarter. For the quarter a year ago, it reported a loss.", "the quarter a year ago", .date, "1988-Q3", dateline: report),
        Case("Sales rose in the third quarter, against a loss for the corresponding period last year.",
             "the corresponding period last year", .date, "1988-Q3", dateline: report),
        Case("Sales rose in the third quarter. Last year, U.K. sales for last year's quarter were $3 million.",
             "last year's quarter", .date, "1988-Q3", dateline: report),
        Case("Profit fell in the second quarter, compared with the comparable year-ago quarter.",
             "the comparable year-ago quarter", .date, "1988-Q2", dateline: report),
        Case("Costs rose in the latest quarter.", "the latest quarter", .date, "1989-Q3", dateline: report),
        Case("Sales in the second quarter were flat, against $5 million in the 1988 quarter.", "the 1988 quarter", .date, "1988-Q2", dateline: report),
        Case("Charges hit the 1988 second quarter.", "the 1988 second quarter", .date, "1988-Q2", dateline: report),
        Case("Net sales for this year's third quarter were $14 million.", "this year's third quarter", .date, "1989-Q3", dateline: report),
        Case("Analysts expect a profit in next year's first quarter.", "next year's first quarter", .date, "1990-Q1", dateline: report),
        Case("The company lost money in the fiscal first quarter.", "the fiscal first quarter", .date, "1989-Q1", dateline: report),
        Case("Earnings will suffer in the fiscal year.", "the fiscal year", .date, "1989", dateline: report),
        Case("It expects sales in the current fiscal year to rise.", "the current fiscal year", .date, "1989", dateline: report),
        Case("It had $6 billion in sales in the latest fiscal year.", "the latest fiscal year", .date, "1988", dateline: report),
        // "current" before a noun is the present (PRESENT_REF); "the current year" stays a year.
        Case("Kellogg's current share is believed to be slightly lower.", "current", .date, "PRESENT_REF", dateline: report),
        Case("Stereotypes reflect current realities.", "current", .date, "PRESENT_REF", dateline: report),
        Case("They excluded British sales from the current year's figures.", "the current year", .date, "1989", dateline: report),
        Case("Revenue was $76 million for the year ended March 31.", "the year", .duration, "P1Y", dateline: report),
        Case("In the first nine months, net rose 5%.", "the first nine months", .duration, "P9M", dateline: report),
        Case("Net rose in the third quarter. In the first nine months, net was $5 million, against $4 million a year earlier.",
             "a year earlier", .date, "1988", dateline: report),
        Case("Sales rose in the third quarter.", "the third quarter", .date, "1989-Q3", dateline: report),
        Case("In the quarter ended July 31, Jayark had a loss.", "the quarter", .date, "1989-Q2", dateline: report),
        // Past clauses and dates just after the dateline (record dates, deadlines).
        Case("The dividend is payable Dec. 7 to stock of record Nov. 22, the company said.", "Nov. 22", .date, "1989-11-22", dateline: report),
        Case("The offer was extended to Nov. 20.", "Nov. 20", .date, "1989-11-20", dateline: report),
        Case("The plant closed in July.", "July", .date, "1989-07", dateline: report),
        // "the past year": in news the year before the dateline's (like "last year"); in histories a duration.
        Case("Sales to the company grew in the past year.", "the past year", .date, "1988", dateline: report),
        Case("Fighting continued. In the past year alone, thousands fled.", "the past year", .duration, "P1Y",
             dateline: download, narrative: true),
        Case("Wages lost ground to inflation in the last decade.", "the last decade", .duration, "P10Y", dateline: report),
        Case("It will appear in today's editions.", "today", .date, "1989-11-01", dateline: report),
        // Parts of parts of days: "mid-afternoon yesterday", "by mid afternoon" (TimeML: the part, with mod).
        Case("In London at mid-afternoon yesterday, the shares were up.", "mid-afternoon yesterday", .time, "1989-10-31TAF",
             mod: "MID", dateline: report),
        Case("By mid afternoon, officials were saying more.", "mid afternoon", .time, "1989-11-01TAF", mod: "MID", dateline: report),
        Case("In the early morning hours of 30 April, the last Marines left.", "the early morning hours of 30 April", .time,
             "2009-04-30TMO", dateline: download, narrative: true),
        // A clock time after a coarser date takes the last day named, else the dateline's day.
        Case("The judge saw him in 1998. He appeared before a magistrate at midday, the statement said.", "midday", .time,
             "1989-11-01T12:00", dateline: report),
        Case("He was shot on Oct. 23. In 1998 that was the third such attack; it came at 10 p.m. as he stood there.", "10 p.m.", .time,
             "1989-10-23T22:00", dateline: report),
        // A colon after a day ends the date, it starts no clock time: "on Saturday, April 25: The court ...".
        Case("The Times said in an editorial on Saturday, April 25: The court took a step.", "Saturday, April 25", .date,
             "1998-04-25", dateline: CalendarDate(year: 1998, month: 4, day: 27)),
        Case("The meeting is on May 10:30 delegates attend.", "May", .date, "1998-05", dateline: CalendarDate(year: 1998, month: 4, day: 27)),
        // "year-end": the end of the dateline's year, as "the end of the year" (TimeML: the year, mod END).
        Case("It cut 6,000 jobs by year end.", "year end", .date, "1989", mod: "END", dateline: report),
        Case("The rules should be in place by year's end.", "year's end", .date, "1989", mod: "END", dateline: report),
        Case("The deal is expected to close by year-end.", "year-end", .date, "1989", mod: "END", dateline: report),
        // "effective", "payable": the day a change takes effect or a payment falls due is still ahead.
        Case("The board named him to the office of the chairman, effective Feb. 1.", "Feb. 1", .date, "1990-02-01", dateline: report),
        Case("The union approved the new labor pact effective June 1.", "June 1", .date, "1990-06-01", dateline: report),
        // Reported speech: "said that … would" looks ahead of the report.
        Case("He added that a ceremony would still be held at the summit on April 24 and 25.", "April 24", .date, "1990-04-24",
             dateline: report),
        Case("He added that a ceremony would still be held at the summit on April 24 and 25.", "25", .date, "1990-04-25",
             dateline: report),
        Case("He said the boy would be traveling to the United States Thursday with his wife.", "Thursday", .date, "1989-11-02",
             dateline: report),
        Case("The plant would have closed in March if the loan had failed.", "March", .date, "1989-03", dateline: report),
        // A weekday with "'s" names a day already past (or today): "Friday's close", "around Wednesday's ruling".
        Case("They said they would look for ways to get around Wednesday's ruling.", "around Wednesday", .date, "1989-11-01",
             dateline: report),
        Case("Stocks rebounded from Friday's close.", "Friday", .date, "1989-10-27", dateline: report),
        // "as soon as", "as early as": a time still to come, even in a past or reported clause.
        Case("Officials said the boy could leave as soon as Tuesday.", "Tuesday", .date, "1989-11-07", dateline: report),
        Case("He said the ruling could come as early as Friday.", "Friday", .date, "1989-11-03", dateline: report),
        // Coordinated months and seasons share the year written after the last one.
        Case("The plant was idle in July and August 1987.", "July", .date, "1987-07", dateline: report),
        Case("Sales slumped in the spring and early summer of 1985.", "the spring", .date, "1985-SP", dateline: report),
        Case("The talks were held in August/September 1956.", "August", .date, "1956-08", dateline: download, narrative: true),
        // Spoken years, BC years, ISO date-times, ranges of years and days, clock times with their day.
        Case("Atlanta, nineteen ninety-six: a bomb blast shocks the Olympics.", "nineteen ninety-six", .date, "1996"),
        Case("The promise to halve unemployment by the year two thousand was dropped.", "the year two thousand", .date, "2000"),
        Case("One person is killed. January nineteen ninety-seven. Atlanta again.", "January nineteen ninety-seven", .date, "1997-01"),
        Case("It was the coldest in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", .date, "1994-WI"),
        Case("In 499 BC the tyrant of Miletus rebelled.", "499 BC", .date, "BC0499"),
        Case("The Ionian Revolt (499-493 BC) failed.", "499-493 BC", .date, "BC0499/BC0493"),
        Case("The revolt lasted until ca. 466 BC.", "ca. 466 BC", .date, "BC0466"),
        Case("The Persians marched in April 480 BC.", "April 480 BC", .date, "BC0480-04"),
        Case("Posted 2009-12-19T17:00:00 by the editors.", "2009-12-19T17:00:00", .time, "2009-12-19T17:00:00"),
        Case("Events of 1917-1918 proved decisive.", "1917-1918", .date, "1917/1918"),
        Case("On 12-14 July the division held the line.", "12-14 July", .date, "2022-07-12/2022-07-14", dateline: FamilyDates.friday),
        Case("Holders may tender until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", .time, "1989-11-09T17:00", dateline: report),
        Case("Trading will resume at noon Thursday.", "noon Thursday", .time, "1989-11-02T12:00", dateline: report),
        Case("The plane landed at 10 p.m. Monday.", "10 p.m. Monday", .time, "1989-10-30T22:00", dateline: report),
        Case("Earlier Sunday, police cleared the streets.", "Earlier Sunday", .date, "2023-02-26"),
        Case("Prices rose over the past 20 months.", "the past 20 months", .duration, "P20M"),
        Case("Two decades of war ended.", "Two decades", .duration, "P20Y"),
        Case("The talks broke down on Monday, Feb. 20, and the previous Friday had been calm.", "the previous Friday", .date, "2023-02-17"),
        Case("In the 1988 period, sales were flat.", "the 1988 period", .date, "1988", dateline: report),
        // Histories (narrative mode): the story's year, not the dateline's.
        Case("In March 1918 the offensive began. On 10 September Hindenburg urged peace.", "10 September", .date, "1918-09-10",
             dateline: download, narrative: true),
        Case("The war began in 1940. In August of that year, the communists attacked.", "August of that year", .date, "1940-08",
             dateline: download, narrative: true),
        Case("In 1776 the army retreated. By the end of the year it had recovered.", "the end of the year", .date, "1776", mod: "END",
             dateline: download, narrative: true),
        Case("The siege ended on 2 May 1945. At the same time, the fleet sailed.", "the same time", .date, "1945-05-02",
             dateline: download, narrative: true),
        Case("The city fell in 1453. Today it is a museum.", "Today", .date, "PRESENT_REF", dateline: download, narrative: true),
        Case("The war began in 1979 and its effects continue to this day.", "this day", .date, "PRESENT_REF",
             dateline: download, narrative: true),
        Case("In 1967 they were stopped at Ore (in present day Ondo State).", "present day", .date, "PRESENT_REF",
             dateline: download, narrative: true),
        Case("The Serbs suffered defeat near modern day Gnjilane.", "modern day", .date, "PRESENT_REF", dateline: download, narrative: true),
        Case("It settled communities in present-day Belize.", "present-day", .date, "PRESENT_REF", dateline: download, narrative: true),
        Case("It was the largest operation in Indochina to date.", "date", .date, "PRESENT_REF", dateline: download, narrative: true),
        Case("In 1954 the fall took two days, May 6 and 7th, at great cost.", "7th", .date, "1954-05-07", dateline: download, narrative: true),
        Case("He was pressed by former president Roosevelt.", "former", .date, "PAST_REF", dateline: download, narrative: true),
        Case("The treaty limited future expansion.", "future", .date, "FUTURE_REF", dateline: download, narrative: true),
        Case("Despite recent losses, the army advanced.", "recent", .date, "PAST_REF", dateline: download, narrative: true),
        Case("Early in 1914 the alliance held.", "Early in 1914", .date, "1914", mod: "START", dateline: download, narrative: true),
        Case("Fighting resumed on the 20 September 1917.", "the 20 September 1917", .date, "1917-09-20", dateline: download, narrative: true),
        // Years named in passing do not move the story's time: "since 1813", "(1790)", later historiography.
        Case("On 31 August 1920 the largest cavalry battle since 1813 was fought. On 6 September the army retreated.",
             "6 September", .date, "1920-09-06", dateline: download, narrative: true),
        Case("The first campaign, in 492 BC, re-subjugated Thrace, part of the empire since 513 BC. The following year, Darius sent envoys.",
             "The following year", .date, "BC0491", dateline: download, narrative: true),
        Case("The clergy resented the Civil Constitution (1790) in 1793. On 9 September the Convention met.",
             "9 September", .date, "1793-09-09", dateline: download, narrative: true),
        Case("The battle began on 13 August 1920. Documents found in 2004 proved its importance. On 29 August the siege began.",
             "29 August", .date, "1920-08-29", dateline: download, narrative: true),
        Case("The Poles advanced in August 1920, repeating their successes from the previous year. On 18 September they crossed the river.",
             "18 September", .date, "1920-09-18", dateline: download, narrative: true),
        // Parts of days: "the night of 10 August 1792" is that night; "at night", "night attacks" a night of no given day.
        Case("On the night of 10 August 1792, insurgents stormed the palace.", "the night of 10 August 1792", .time, "1792-08-10TNI",
             dateline: download, narrative: true),
        Case("In 1775 tension rose. On the morning of April 19, they fought.", "the morning of April 19", .time, "1775-04-19TMO",
             dateline: download, narrative: true),
        Case("They travelled at night so they might not be discovered.", "night", .time, "XXXX-XX-XXTNI", dateline: download, narrative: true),
        Case("Bombing halted most daytime road traffic.", "daytime", .time, "XXXX-XX-XXTDT", dateline: download, narrative: true),
        Case("He was shot on the night of Oct. 23 in his kitchen.", "Oct. 23", .date, "2022-10-23", dateline: FamilyDates.friday),
        Case("Lincoln was shot on April 14, 1865. He died early the next morning.", "early the next morning", .time, "1865-04-15TMO",
             dateline: download, narrative: true),
        Case("On 14 July 1789 the crowd gathered; the prison fell that afternoon.", "that afternoon", .time, "1789-07-14TAF",
             dateline: download, narrative: true),
        // "N units after/before an event": a date counted from the story's day; in apposition, that day itself.
        Case("Girona fell on 5 February 1939. Five days after the fall of Girona, resistance ended.", "Five days", .date, "1939-02-10",
             dateline: download, narrative: true),
        Case("On 27 June 1950, two days after the invasion, Truman sent ships.", "two days", .date, "1950-06-27",
             dateline: download, narrative: true),
        Case("On 2 May 1936 the siege ended. The battalion held for about a week after the siege.", "about a week", .duration, "P1W",
             dateline: download, narrative: true),
        // A range of months across a new year: the one that ends at the story's month, or starts at it.
        Case("In March 1945 the offensive stalled. The Japanese held northern Burma from October to March.", "October to March",
             .date, "1944-10/1945-03", dateline: download, narrative: true),
        Case("In October 1944 the monsoon ended. The Japanese held northern Burma from October to March.", "October to March",
             .date, "1944-10/1945-03", dateline: download, narrative: true),
        Case("On 10 March 1975 the town fell; the road would be open for a planned campaign in 1976. On 11 March the army withdrew.",
             "11 March", .date, "1975-03-11", dateline: download, narrative: true),
        Case("The plant closed in 1988, the worst year since 1985. A year earlier it had expanded.",
             "A year earlier", .date, "1987", dateline: report),
    ]

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The council passed Resolution 1483 without a vote.", "1483"),
        FamilyLookAlike("The ministry will decide soon.", "soon"),
        FamilyLookAlike("The board raised its quarterly dividend.", "quarterly"),
        FamilyLookAlike("Hussein spoke on ABC's This Week program.", "This Week"),
        FamilyLookAlike("He said it would be hard for Sun to meet demand.", "Sun"),
        FamilyLookAlike("The fall of Budapest came in February.", "fall"),
        FamilyLookAlike("In news, the former president spoke.", "former"),
        FamilyLookAlike("Analysts worry about future demand.", "future"),
        FamilyLookAlike("The bank paid its year-end bonuses.", "year-end"),
        FamilyLookAlike("Paternity is easy to prove in today's world.", "today"),
        FamilyLookAlike("For the people of Poland, high noon comes today.", "noon"),
        FamilyLookAlike("Prices rose on March 3 and 5 soldiers were hurt.", "5 soldiers"),
        FamilyLookAlike("The records are up to date.", "date"),
        FamilyLookAlike("The case is for today’s youth what the revolution was for their parents.", "today"),
        FamilyLookAlike("The Current Affairs desk reported it.", "Current"),
        FamilyLookAlike("Officials arrived later in the day.", "later in the day"),
        FamilyLookAlike("Iraq imports about three-quarters of its foodstuffs.", "three-quarters"),
        FamilyLookAlike("He retired at sixty-one and a half.", "a half"),
    ]

    @Test(arguments: cases) func corpusFamily(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func corpusLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
