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
        // "the prior/previous/preceding quarter|year" compares with the period reported on, as "a quarter earlier" does:
        // it does not move the story's time, so the next look-back counts from the same quarter.
        Case("Net rose in the third quarter. It was up from the prior quarter. The previous quarter, it lost money.",
             "The previous quarter", .date, "1989-Q2", dateline: report),
        Case("Net rose in the third quarter from the prior quarter. Revenue fell from the preceding quarter.",
             "the preceding quarter", .date, "1989-Q2", dateline: report),
        Case("Net rose in the third quarter from the previous quarter. Costs were higher than in the prior year.",
             "the prior year", .date, "1988", dateline: report),
        // "prior-year" as "year-earlier".
        Case("Net rose in the third quarter. The prior-year period included a charge.", "The prior-year period", .date,
             "1988-Q3", dateline: report),
        Case("Net rose in the third quarter. Prior-year results included a gain.", "Prior-year", .date, "1988-Q3", dateline: report),
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
        Case("Holders could buy shares at 50% of the then current market price.", "then current", .date, "PAST_REF", dateline: report),
        Case("They excluded British sales from the current year's figures.", "the current year", .date, "1989", dateline: report),
        Case("Revenue was $76 million for the year ended March 31.", "the year", .duration, "P1Y", dateline: report),
        Case("In the first nine months, net rose 5%.", "the first nine months", .duration, "P9M", dateline: report),
        Case("Net rose in the third quarter. In the first nine months, net was $5 million, against $4 million a year earlier.",
             "a year earlier", .date, "1988", dateline: report),
        Case("Sales rose in the third quarter.", "the third quarter", .date, "1989-Q3", dateline: report),
        // "year-earlier" after the text went back a year names that year; "the 1988 quarter" is the quarter reported on.
        Case("Third-quarter net fell 22%. Last year catastrophe losses totaled $5 million. The year-earlier results were restated.", "year-earlier", .date, "1988", dateline: report),
        Case("Net rose in the third quarter. Last year it fell. Revenue was $14.5 million in the 1988 quarter.", "the 1988 quarter", .date, "1988-Q3", dateline: report),
        // After a modal, "in" + a count is the date that far ahead (not "in a quarter that produced a loss", a noun).
        Case("The stock would be redeemed in five years, subject to terms of the offer.", "five years", .date, "1994", dateline: report),
        Case("Tax credits normally would be minimal in a quarter that produced such a big loss.", "a quarter", .duration, "P1Q", dateline: report),
        Case("The letter was published in two weeks.", "two weeks", .duration, "P2W", dateline: report),
        Case("Officials met in Geneva. Today, hundreds of people marched.", "Today", .date, "1989-11-01", dateline: report),
        // "in the morning": that part of the story's day.
        Case("Dealers placed heavy buy orders in the morning to start the trading day.", "the morning", .time, "1989-11-01TMO", dateline: report),
        Case("Sales rose in 1988. Dealers placed heavy buy orders in the morning.", "the morning", .time, "1989-11-01TMO", dateline: report),
        Case("Soviet forces entered Afghanistan on December 27, 1979. In the morning, the division crossed the river.", "the morning", .time, "1979-12-27TMO", dateline: download, narrative: true),
        // A year naming a treaty ("the 1978 Treaty of Friendship") does not move a history's time.
        Case("The army took Kabul on 27 December 1979. It invoked the 1978 Treaty of Friendship. Troops crossed on December 28.", "December 28", .date, "1979-12-28", dateline: download, narrative: true),
        // The date that closes a period ("ended Sept. 30") does not displace the period reported on.
        Case("It posted net income for the fiscal-first quarter ended Sept. 30. It had a net loss a year ago.", "a year ago", .date, "1988-Q1", dateline: report),
        Case("Net rose in the third quarter ended Sept. 30. The year-ago results were restated.", "year-ago", .date, "1988-Q3", dateline: report),
        Case("In the quarter ended July 31, Jayark had a loss.", "the quarter", .date, "1989-Q2", dateline: report),
        // Past clauses and dates just after the dateline (record dates, deadlines).
        Case("The dividend is payable Dec. 7 to stock of record Nov. 22, the company said.", "Nov. 22", .date, "1989-11-22", dateline: report),
        Case("The offer was extended to Nov. 20.", "Nov. 20", .date, "1989-11-20", dateline: report),
        Case("The plant closed in July.", "July", .date, "1989-07", dateline: report),
        // A month: only the next one stays ahead of a past verb ("a summit set for April"); further on, it is last year's.
        Case("The summit was set for December.", "December", .date, "1989-12", dateline: report),
        Case("The president visited China in January.", "January", .date, "1989-01", dateline: report),
        Case("The president visited China in April.", "April", .date, "2022-04"),
        // Tense: a clause without a verb takes the nearest clause of its sentence that has one, further out if need be;
        // a participle after a determiner is an adjective, not a past verb; "since … the Oct. 23 attack" is past.
        Case("The chairman resigned as president, treasurer and chief executive in March for health reasons.", "March",
             .date, "1989-03", dateline: report),
        Case("In January, a week after the first anniversary of the ruling, a bomb killed a guard.", "January",
             .date, "2022-01", dateline: FamilyDates.friday),
        Case("The split would be paid on a still unspecified date in January.", "January", .date, "1990-01", dateline: report),
        Case("Police have been hunting him since shortly after the Oct. 23 shooting.", "Oct. 23", .date, "2020-10-23",
             dateline: FamilyDates.sunday),
        Case("Police have been hunting him since the Oct. 23 shooting.", "Oct. 23", .date, "2020-10-23", dateline: FamilyDates.sunday),
        // Without the comma, or inside the sentence, "now" and "currently" are the present.
        Case("The plan failed. Now critics are targeting its funding.", "Now", .date, "PRESENT_REF", dateline: report),
        Case("The group currently holds 5% of the shares.", "currently", .date, "PRESENT_REF", dateline: report),
        Case("Control Data recently announced an agreement.", "recently", .date, "PAST_REF", dateline: report),
        Case("It tracked the Klan. More recently it has followed the growth of skinheads.", "More recently", .date, "PAST_REF", dateline: report),
        // A bare weekday ending a span ("until 9 a.m. Tuesday"): the nearest one. The end of a "from … to" range keeps
        // its clause's tense.
        Case("The agency gave the relatives until 9 a.m. Tuesday to sign the paper.", "9 a.m. Tuesday", .time, "2023-02-28T09:00",
             dateline: CalendarDate(year: 2023, month: 2, day: 27)),
        Case("The fund bought 4,200 shares from Feb. 14 to Thursday for $15 each.", "Thursday", .date, "2023-02-23"),
        // An end point in a future clause is ahead (the clause before "until" holds the verb); in a past one, the nearest.
        Case("Talks will continue until Monday.", "Monday", .date, "2023-03-06"),
        Case("The deal will close by year-end.", "year-end", .date, "2023-12-31"),
        Case("The offer will run until Nov. 20.", "Nov. 20", .date, "2023-11-20"),
        Case("The deal closed by year-end.", "year-end", .date, "2022-12-31"),
        Case("He stayed until Monday.", "Monday", .date, "2023-02-27"),
        Case("The Senate passed a bill that would keep the government running through September.", "September", .date, "2023-09"),
        // A deadline is an end point whatever the verb: the nearest occurrence.
        Case("The Senate passed the bill a day before a midnight Friday deadline.", "midnight Friday", .time, "2023-03-04T00:00"),
        Case("Lawmakers worked toward the March 3 deadline.", "March 3", .date, "2023-03-03"),
        // "around Wednesday's ruling": "around" governs the ruling, not the day; "around 5 p.m." stays approximate.
        Case("Exiles looked for ways to get around Wednesday's ruling.", "Wednesday", .date, "2022-09-14", dateline: FamilyDates.friday),
        Case("The meeting ended around 5 p.m. Wednesday.", "around 5 p.m. Wednesday", .time, "2022-09-14T17:00", mod: "APPROX",
             dateline: FamilyDates.friday),
        // "It's the second day of an offensive", "today is the eighth day of the blockade": the dateline's day (news).
        Case("Fighting raged. It's the second day of an offensive by the police.", "the second day", .date, "1989-11-01", dateline: report),
        Case("Today is the eighth day of the blockade.", "the eighth day", .date, "1989-11-01", dateline: report),
        // "will one day be": some day to come (news); "in the job one day" stays a length of time.
        Case("Analysts say Islam will one day be the second largest religion here.", "one day", .date, "FUTURE_REF", dateline: report),
        Case("He had only been in the job one day.", "one day", .duration, "P1D", dateline: report),
        // "soon" next to a modal is the future (news); elsewhere it only orders events.
        Case("Prosecutors said they may soon seek an indictment.", "soon", .date, "FUTURE_REF", dateline: report),
        Case("Kellogg said it soon will begin selling smaller boxes.", "soon", .date, "FUTURE_REF", dateline: report),
        // "two more weeks", "an additional year": a length of time (TimeML keeps "at least" in the extent, mod EQUAL_OR_MORE).
        Case("The boy will stay for at least two more weeks.", "at least two more weeks", .duration, "P2W", mod: "EQUAL_OR_MORE",
             dateline: report),
        Case("The loan may be extended for an additional year.", "an additional year", .duration, "P1Y", dateline: report),
        Case("Talks were put off for a further month.", "a further month", .duration, "P1M", dateline: report),
        // A vague stretch after "for": weeks are annotated in news, years and months only in histories.
        Case("Relatives have waited for weeks.", "weeks", .duration, "PXW", dateline: report),
        // Minutes too ("sank within minutes", WikiWars), not the minutes of a meeting.
        Case("The ship sank within minutes.", "minutes", .duration, "PTXM", dateline: report),
        Case("Police arrived in minutes.", "minutes", .duration, "PTXM", dateline: report),
        Case("Troops arrived within minutes of the blast.", "minutes", .duration, "PTXM", dateline: report),
        Case("The army held the city for years.", "years", .duration, "PXY", dateline: download, narrative: true),
        Case("The siege went on for several months.", "several months", .duration, "PXM", dateline: download, narrative: true),
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
        Case("Analysts lowered estimates for the last half of 1989 and for 1990.", "the last half of 1989", .date, "1989-H2",
             dateline: report),
        Case("Attacks fell in the latter half of 2008.", "the latter half of 2008", .date, "2008-H2", dateline: report),
        Case("The case will be heard in a court hearing the week of March 6, his lawyer said.", "the week of March 6", .date, "2023-W10"),
        Case("Worshippers prayed as Easter week began, waving palm fronds.", "Easter week", .date, "2000-W16",
             dateline: CalendarDate(year: 2000, month: 4, day: 17)),
        Case("The March accession will let the three countries join.", "March", .date, "1990-03", dateline: report),
        Case("The bank will decide at its March meeting.", "March", .date, "1990-03", dateline: report),
        Case("Officials expect her March trip to go ahead.", "March", .date, "1990-03", dateline: report),
        Case("The plan may placate some holders in the short term.", "the short term", .date, "FUTURE_REF", dateline: report),
        Case("It will raise the money through debt offerings at a later date.", "a later date", .date, "FUTURE_REF", dateline: report),
        Case("Program trading hurts market makers more painfully these days.", "these days", .date, "PRESENT_REF", dateline: report),
        // A colon after a day ends the date, it starts no clock time: "on Saturday, April 25: The court ...".
        Case("The Times said in an editorial on Saturday, April 25: The court took a step.", "Saturday, April 25", .date,
             "1998-04-25", dateline: CalendarDate(year: 1998, month: 4, day: 27)),
        Case("The meeting is on May 10:30 delegates attend.", "May", .date, "1998-05", dateline: CalendarDate(year: 1998, month: 4, day: 27)),
        // "year end", "year's end": the end of the dateline's year, as "the end of the year" (TimeML: the year, mod END);
        // the hyphenated noun "year-end" is the closing day (see below).
        Case("It cut 6,000 jobs by year end.", "year end", .date, "1989", mod: "END", dateline: report),
        Case("The rules should be in place by year's end.", "year's end", .date, "1989", mod: "END", dateline: report),
        Case("The deal is expected to close by year-end.", "year-end", .date, "1989-12-31", dateline: report),
        Case("The deal should close by month's end.", "month's end", .date, "1989-11", mod: "END", dateline: report),
        // Histories: "on the 20th", "the 28th of that month": a day of the story's month.
        Case("The enemy attacked on 18 September 1917. The enemy's onslaught on the 20th was successful.", "the 20th", .date, "1917-09-20", dateline: download, narrative: true),
        Case("Polish forces took Minsk in August 1919, and on the 28th of that month they deployed tanks.", "the 28th of that month", .date, "1919-08-28", dateline: download, narrative: true),
        Case("The campaign ran from the 13th to the 19th of October 1950.", "the 13th to the 19th of October 1950", .date, "1950-10-13/1950-10-19", dateline: download, narrative: true),
        Case("UN forces took the capital on 19 October 1950. At month's end, they held the line.", "month's end", .date, "1950-10", mod: "END", dateline: download, narrative: true),
        // "effective", "payable": the day a change takes effect or a payment falls due is still ahead.
        Case("The board named him to the office of the chairman, effective Feb. 1.", "Feb. 1", .date, "1990-02-01", dateline: report),
        Case("The union approved the new labor pact effective June 1.", "June 1", .date, "1990-06-01", dateline: report),
        // A verb of planning with its object: the planned event is ahead; a participle after its noun reads back.
        Case("Protesters planned a large demonstration in Little Havana on Saturday.", "Saturday", .date, "2022-09-17", dateline: FamilyDates.friday),
        Case("The U.S. attorney has scheduled a news conference Thursday to announce a development.", "Thursday", .date, "2023-03-02"),
        Case("A memorial service planned for Saturday was canceled.", "Saturday", .date, "2022-09-10", dateline: FamilyDates.friday),
        // Reported speech: "said that … would" looks ahead of the report.
        Case("He added that a ceremony would still be held at the summit on April 24 and 25.", "April 24", .date, "1990-04-24",
             dateline: report),
        Case("He added that a ceremony would still be held at the summit on April 24 and 25.", "25", .date, "1990-04-25",
             dateline: report),
        Case("He said the boy would be traveling to the United States Thursday with his wife.", "Thursday", .date, "1989-11-02",
             dateline: report),
        Case("The plant would have closed in March if the loan had failed.", "March", .date, "1989-03", dateline: report),
        // A weekday with "'s" names a day already past (or today): "Friday's close", "around Wednesday's ruling".
        Case("They said they would look for ways to get around Wednesday's ruling.", "Wednesday", .date, "1989-11-01",
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
        Case("The war began in 1861. On July 25 of that year, Congress passed the resolution.", "July 25 of that year", .date,
             "1861-07-25", dateline: download, narrative: true),
        Case("The crisis began in 1958 and ended in November of the same year.", "November of the same year", .date, "1958-11",
             dateline: download, narrative: true),
        Case("On June 20 of 1792, armed women marched.", "June 20 of 1792", .date, "1792-06-20", dateline: download, narrative: true),
        Case("In 1918 the pressure grew during the last week of August.", "the last week of August", .duration, "P1W",
             dateline: download, narrative: true),
        Case("In 1776 the army retreated. By the end of the year it had recovered.", "the end of the year", .date, "1776", mod: "END",
             dateline: download, narrative: true),
        Case("The siege ended on 2 May 1945. At the same time, the fleet sailed.", "the same time", .date, "1945-05-02",
             dateline: download, narrative: true),
        Case("In 1975 he wrote: \"We signed the Paris peace agreement two years ago.\"", "two years ago", .date, "1973",
             dateline: download, narrative: true),
        Case("The city fell in 1453. Today it is a museum.", "Today", .date, "PRESENT_REF", dateline: download, narrative: true),
        Case("The war began in 1979 and its effects continue to this day.", "this day", .date, "PRESENT_REF",
             dateline: download, narrative: true),
        Case("In 1967 they were stopped at Ore (in present day Ondo State).", "present day", .date, "PRESENT_REF",
             dateline: download, narrative: true),
        Case("In 1789 the rioters backed down, at least for the time being.", "the time being", .date, "PRESENT_REF",
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
        // The same in news: a part of the story's day, the day after or the day before; the day is the last one named.
        Case("He was taken to a hospital on Monday and appeared in court the next morning.", "the next morning", .time,
             "2023-02-28TMO"),
        Case("Rebels entered the town on Saturday. That night, they burned the market.", "That night", .time, "2023-02-25TNI"),
        Case("Talks resumed on Feb. 10 and collapsed the following evening.", "the following evening", .time, "2023-02-11TEV"),
        Case("The vote was held on Sunday; the previous night, protesters marched.", "the previous night", .time, "2023-02-25TNI"),
        Case("The ship sank on Sunday, and he was rescued early the next morning.", "early the next morning", .time,
             "2023-02-27TMO", mod: "START"),
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
        // A plan in the past perfect ("had been scheduled to", "had been due to", "had planned to") was for a day
        // already past; in the present it still looks ahead.
        Case("The offer previously had been scheduled to expire Friday.", "Friday", .date, "1989-10-27", dateline: report),
        Case("The bid was extended to Nov. 16. It had been due to expire Friday evening.", "Friday evening", .time,
             "1989-10-27TEV", dateline: report),
        Case("The minister had planned to leave Monday, aides said.", "Monday", .date, "1989-10-30", dateline: report),
        Case("The offer is scheduled to expire Friday.", "Friday", .date, "1989-11-03", dateline: report),
        // The noun "year-end" is Dec. 31 (the last one passed after "since"); "year end" stays the year's end.
        Case("The transaction should be completed by year-end.", "year-end", .date, "1989-12-31", dateline: report),
        Case("The percentage change is since year-end.", "year-end", .date, "1988-12-31", dateline: report),
        Case("The index has risen 12% since year-end.", "year-end", .date, "2022-12-31", dateline: FamilyDates.tuesday),
        Case("Results will be reported at year end.", "year end", .date, "1989", mod: "END", dateline: report),
        // A clock hour with its part of the day after a preposition: "at 4 in the morning", "until 9 in the evening".
        Case("The boy's father will leave at 4 in the morning, he said.", "4 in the morning", .time, "2023-02-28T04:00"),
        Case("The polls stay open until 9 in the evening.", "9 in the evening", .time, "2023-02-28T21:00"),
        Case("The talks resumed at 12 in the morning.", "12 in the morning", .time, "2023-02-28T00:00"),
        // News: "two hours later", "a few minutes later" annotate the length without "later"; days stay dates.
        Case("The pilot called in. Two hours later, the wreck was found.", "Two hours", .duration, "PT2H", dateline: FamilyDates.friday),
        Case("The alarm sounded. A few minutes later, the building was empty.", "A few minutes", .duration, "PTXM", dateline: report),
        Case("The index fell on Oct. 13. Three days later it recovered.", "Three days later", .date, "1989-10-16", dateline: report),
        // "over an hour", "over a week": more than one unit; "over three years" (during) leaves "over" out.
        Case("Just over an hour later, he was declared dead.", "over an hour", .duration, "PT1H", mod: "MORE_THAN", dateline: FamilyDates.friday),
        Case("The strike has lasted over a week.", "over a week", .duration, "P1W", mod: "MORE_THAN", dateline: report),
        Case("Sales grew 40% over three years.", "three years", .duration, "P3Y", dateline: report),
        // A whole count and a half: "5 1/2 hours", "two and a half years" (the half in the extent and the value).
        Case("She flew on to spend 5 1/2 hours in Nairobi.", "5 1/2 hours", .duration, "PT5H30M", dateline: FamilyDates.tuesday),
        Case("The refugees have lived in the camps for 2 1/2 years.", "2 1/2 years", .duration, "P2Y6M", dateline: report),
        Case("The talks dragged on for two and a half years.", "two and a half years", .duration, "P2Y6M", dateline: report),
        Case("The strike lasted 3 1/2 days.", "3 1/2 days", .duration, "P3DT12H", dateline: report),
        Case("The rescue took one and a half hours.", "one and a half hours", .duration, "PT1H30M", dateline: FamilyDates.friday),
        Case("It will take 2 1/2 decades to repay.", "2 1/2 decades", .duration, "P25Y", dateline: report),
        Case("The works were shut for 1 1/2 weeks.", "1 1/2 weeks", .duration, "P1.5W", dateline: report),
        // A frequency word after a percent or "average" is a rate; elsewhere it stays a recurring time.
        Case("It pays royalties of C$17.9 million annually.", "annually", .set, "P1Y", dateline: report),
        Case("Prices rose 5% in the quarter and are reviewed annually.", "annually", .set, "P1Y", dateline: report),
        Case("Volume averaged 130 million shares, reported daily.", "daily", .set, "P1D", dateline: report),
        // Alternatives and approximations stay in one TIMEX3 (TimeBank, WikiWars). A count range is valued at its lower bound.
        Case("The company will resume shipments of the chips within two to three weeks.", "two to three weeks", .duration, "P2W", dateline: report),
        Case("It expects acquisitions to be made during the next 12 to 18 months.", "the next 12 to 18 months", .duration, "P12M", dateline: report),
        Case("Phase 3 would take a period of twelve to eighteen months.", "twelve to eighteen months", .duration, "P12M", dateline: download, narrative: true),
        Case("The talks could take one or two days.", "one or two days", .duration, "P1D", dateline: report),
        // After "between" the two ends stay apart, as for dates.
        Case("Patients wait between two to six days for a transplant.", "six days", .duration, "P6D", dateline: report),
        // "or so": approximately.
        Case("Over the next two years or so, its share could increase.", "the next two years or so", .duration, "P2Y", mod: "APPROX", dateline: report),
        Case("The plants will be closed over the next year or so, a spokesman said.", "the next year or so", .date, "1990", mod: "APPROX", dateline: report),
        Case("Then, a week or so ago, the general picked his commanders.", "a week or so ago", .date, "1991-W08", mod: "APPROX", dateline: CalendarDate(year: 1991, month: 2, day: 25)),
        // "or later", "and beyond": from that date on.
        Case("The company wouldn't be profitable until 1994 or later.", "1994 or later", .date, "1994", mod: "ON_OR_AFTER", dateline: report),
        Case("Analysts worry about earnings for 1990 and beyond.", "1990 and beyond", .date, "1990", mod: "ON_OR_AFTER", dateline: report),
        // Coordinated vague units: one stretch.
        Case("He probably died within weeks or months of his capture.", "weeks or months", .duration, "PXW", mod: "APPROX", dateline: report),
        Case("Many funds in recent weeks and months have been selling bonds.", "recent weeks and months", .date, "PAST_REF", dateline: report),
        Case("The armies advanced within a few days and weeks respectively.", "a few days", .duration, "PXD", dateline: download, narrative: true),
        // A vague count before "later"/"earlier": histories annotate the vague future or past, news the length alone.
        Case("Malta was besieged. A few months later the Allies attacked.", "A few months later", .date, "FUTURE_REF", dateline: download, narrative: true),
        Case("Iyasu had been deposed many years earlier but was still in custody.", "many years earlier", .date, "PAST_REF", dateline: download, narrative: true),
        Case("A few days later, American Medical announced a new bid.", "A few days", .duration, "PXD", dateline: report),
        // A bare plural counts like "a few": "weeks ago", "Days later", "Years later" in a history.
        Case("The company was sold weeks ago.", "weeks ago", .date, "PAST_REF", dateline: report),
        Case("Days later, the bank announced a new bid.", "Days", .duration, "PXD", dateline: report),
        Case("Years later, the treaty was broken.", "Years later", .date, "FUTURE_REF", dateline: download, narrative: true),
        Case("Months earlier, the king had died.", "Months earlier", .date, "PAST_REF", dateline: download, narrative: true),
        // "no more than", "two thousand years", "the latest nine months".
        Case("Iraq would open the sites for no more than sixty days.", "no more than sixty days", .duration, "P60D", mod: "EQUAL_OR_LESS", dateline: report),
        Case("They kept their secrets for more than two thousand years.", "more than two thousand years", .duration, "P2000Y", mod: "MORE_THAN", dateline: report),
        Case("It accounted for 45% of sales in the latest nine months.", "the latest nine months", .duration, "P9M", dateline: report),
        // Lengths written around their unit ("a three-year period" takes its article, not after an adjective).
        Case("Over the next couple of years we would not be surprised to see growth.", "the next couple of years", .duration, "P2Y", dateline: report),
        Case("The unit recently achieved profitability after several quarters of losses.", "several quarters", .duration, "PXQ", dateline: report),
        Case("Eight trading days after Oct. 12, the index fell.", "Eight trading days", .duration, "P8D", dateline: report),
        Case("He skimmed profits over a three-year period.", "a three-year period", .duration, "P3Y", dateline: report),
        Case("Civilians were killed during the same 28-day period.", "the same 28-day period", .duration, "P28D", dateline: download, narrative: true),
        Case("The judge could waive the extra seven-day period.", "seven-day", .duration, "P7D", dateline: report),
        Case("Prisoners were taken in the first hours of the ground war.", "the first hours", .duration, "PTXH", dateline: report),
        Case("You don't save as many lives in the early years.", "the early years", .duration, "PXY", dateline: report),
        Case("Funds must pay departing investors in the weeks ahead.", "the weeks ahead", .duration, "PXW", dateline: report),
        Case("Over the years many more patients have waited.", "the years", .duration, "PXY", dateline: report),
        Case("He was wounded in the early hours of Thursday morning.", "Thursday morning", .time, "1989-10-26TMO", dateline: report),
        // A day written as an ordinal word, after a weekday too; the half of a decade.
        Case("International Women's Day is this coming Sunday, March eighth.", "this coming Sunday, March eighth", .date, "1998-03-08", dateline: CalendarDate(year: 1998, month: 3, day: 5)),
        Case("The board met on May first.", "May first", .date, "1989-05-01", dateline: report),
        Case("Sales followed the trend that has characterized the last half of the '80s.", "the last half of the '80s", .date, "198", mod: "END", dateline: report),
        // "about" governs a vague reference without approximating it; a doubled article stays out.
        Case("Residents are worried about the future.", "the future", .date, "FUTURE_REF", dateline: report),
        Case("The accord is scheduled to expire at the the end of November.", "the end of November", .date, "1989-11", mod: "END", dateline: report),
    ]

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The council passed Resolution 1483 without a vote.", "1483"),
        FamilyLookAlike("The ministry will decide soon.", "soon"),
        FamilyLookAlike("Traders met on Monday. A broker said that morning trading was light.", "morning"),
        FamilyLookAlike("It was the third day of the strike.", "third day"),
        FamilyLookAlike("He was soon released from the hospital.", "soon"),
        FamilyLookAlike("He will succeed Mr. Davison soon after the vote.", "soon"),
        FamilyLookAlike("They could strike as soon as Tuesday.", "soon"),
        FamilyLookAlike("The board raised its quarterly dividend.", "quarterly"),
        FamilyLookAlike("Hussein spoke on ABC's This Week program.", "This Week"),
        FamilyLookAlike("He said it would be hard for Sun to meet demand.", "Sun"),
        FamilyLookAlike("The fall of Budapest came in February.", "fall"),
        FamilyLookAlike("In news, the former president spoke.", "former"),
        FamilyLookAlike("Analysts worry about future demand.", "future"),
        FamilyLookAlike("The bank paid its year-end bonuses.", "year-end"),
        FamilyLookAlike("Paternity is easy to prove in today's world.", "today"),
        FamilyLookAlike("For the people of Poland, high noon comes today.", "noon"),
        FamilyLookAlike("The March to Versailles is one example.", "March"),
        FamilyLookAlike("They threatened to butcher 1400 victims.", "1400"),
        FamilyLookAlike("The company paid off the short-term debt.", "short-term"),
        FamilyLookAlike("Prices rose on March 3 and 5 soldiers were hurt.", "5 soldiers"),
        FamilyLookAlike("The records are up to date.", "date"),
        FamilyLookAlike("The case is for today’s youth what the revolution was for their parents.", "today"),
        FamilyLookAlike("The Current Affairs desk reported it.", "Current"),
        FamilyLookAlike("Officials arrived later in the day.", "later in the day"),
        FamilyLookAlike("Iraq imports about three-quarters of its foodstuffs.", "three-quarters"),
        FamilyLookAlike("He retired at sixty-one and a half.", "a half"),
        FamilyLookAlike("Year-end bonuses were cut.", "Year-end"),
        FamilyLookAlike("She won two in the morning session.", "two in the morning"),
        // A capitalised "Today" after a name is a title: "USA Today", "VOA Today".
        FamilyLookAlike("A poll by USA Today found wide support.", "Today"),
        FamilyLookAlike("Organs are in shortest supply. This is VOA Today.", "Today"),
        FamilyLookAlike("He scored 2 in the morning session.", "2 in the morning"),
        // Share prices in fractions: "rose 2 1/2 to 37 3/4" has no unit of time.
        FamilyLookAlike("The stock rose 2 1/2 to 37 3/4 in heavy trading.", "2 1/2"),
        FamilyLookAlike("The stock fell 1 1/2 a share.", "1 1/2"),
        // A present adverb opening its sentence, set off by a comma, is a discourse marker.
        FamilyLookAlike("The plan failed. Now, he says, it looks like a trap.", "Now"),
        FamilyLookAlike("\"Now, let us begin,\" she said.", "Now"),
        FamilyLookAlike("Organs go to the sickest. Currently, they are rationed by region.", "Currently"),
        FamilyLookAlike("It was a more difficult year for five more soldiers.", "more"),
        // "recently" inside a verb group, or grading the date after it, is not annotated in news.
        FamilyLookAlike("The family has recently moved to a new house.", "recently"),
        FamilyLookAlike("The search was recently extended to Mexico.", "recently"),
        FamilyLookAlike("Three doctors were shot, most recently last October.", "most recently"),
        // "for years", "for decades", "for months": not annotated in news (1 of 6 uses).
        FamilyLookAlike("The tourism industry has suffered for years.", "years"),
        FamilyLookAlike("The embargo has stood for decades.", "decades"),
        FamilyLookAlike("Gonzalez for months refused requests.", "months"),
        // Rates: a frequency word after a percent or "average" is not annotated in news (0 of 4 uses).
        FamilyLookAlike("It expects revenue to increase by 20% annually.", "annually", dateline: report),
        FamilyLookAlike("Earnings should rise 8.5 percent annually through 1992.", "annually", dateline: report),
        FamilyLookAlike("Costs grew 4 pct annually.", "annually", dateline: report),
        FamilyLookAlike("That is 5% of the average daily volume of 133 million shares.", "daily", dateline: report),
        FamilyLookAlike("The average weekly wage rose.", "weekly", dateline: report),
        FamilyLookAlike("The blockhouses were separated by five or so miles.", "five or so miles"),
        FamilyLookAlike("The Encyclopedie was published over the years 1751-1777.", "the years"),
    ]

    @Test(arguments: cases) func corpusFamily(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func corpusLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
