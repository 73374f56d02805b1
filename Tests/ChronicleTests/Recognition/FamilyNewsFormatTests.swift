import Testing
@testable import Chronicle

/// The date formats and compound expressions of modern (2013-era) English news wires and papers: British weekday and
/// day-month dates, lists of weekdays, day ranges, the wires' "end-March", weekends of a date, half-year labels.
/// Dateline: Friday 22 March 2013 (the Cyprus bail-out week).
@Suite("Family news formats")
struct FamilyNewsFormatTests {
    typealias Case = FamilyCase
    static let friday = CalendarDate(year: 2013, month: 3, day: 22)
    static let sunday = CalendarDate(year: 2013, month: 3, day: 24)

    static let cases: [Case] = [
        // A weekday before a day-first date is one date, as "Tuesday, March 26" is (BBC, Guardian, Reuters UK).
        Case("The bank will reopen on Tuesday 26 March.", "Tuesday 26 March", .date, "2013-03-26", dateline: friday),
        Case("The bank will reopen on Tuesday, 26 March.", "Tuesday, 26 March", .date, "2013-03-26", dateline: friday),
        Case("The levy was first announced on Saturday 16 March 2013.", "Saturday 16 March 2013", .date, "2013-03-16", dateline: friday),
        Case("The vote took place on Tuesday, 19 March 2013, in Nicosia.", "Tuesday, 19 March 2013", .date, "2013-03-19", dateline: friday),
        Case("The bank will reopen on Tuesday 26th March.", "Tuesday 26th March", .date, "2013-03-26", dateline: friday),
        Case("Ministers meet again on Monday 25 March at 1800 GMT.", "Monday 25 March", .date, "2013-03-25", dateline: friday),
        Case("The ECB meets on Thursday, 4 April, to discuss rates.", "Thursday, 4 April", .date, "2013-04-04", dateline: friday),
        Case("The bank will reopen on Tue 26 March.", "Tue 26 March", .date, "2013-03-26", dateline: friday),
        Case("The tournament runs Thursday 28 March to Sunday 31 March.", "Thursday 28 March to Sunday 31 March", .date,
             "2013-03-28/2013-03-31", dateline: friday),
        // "Monday 18 and Tuesday 19 March": the first day takes the month of the date it is listed with.
        Case("Markets were closed on Monday 18 and Tuesday 19 March.", "Monday 18", .date, "2013-03-18", dateline: friday),
        Case("The talks are on Monday 25th and Tuesday 26th March.", "Tuesday 26th March", .date, "2013-03-26", dateline: friday),
        // A list's weekdays before a range of days are not the range's first day ("Sunday" is the 24th, not the 23rd).
        Case("The summit takes place on Saturday and Sunday, March 23-24.", "Sunday", .date, "2013-03-24", dateline: friday),
        Case("The summit takes place on Saturday and Sunday, March 23-24.", "March 23-24", .date, "2013-03-23/2013-03-24",
             dateline: friday),
        Case("The fair runs Thursday, March 28-Sunday, March 31.", "Thursday, March 28-Sunday, March 31", .date,
             "2013-03-28/2013-03-31", dateline: friday),
        // ... and take the days of a range written after them.
        Case("EU leaders met on Thursday and Friday, 14-15 March, in Brussels.", "Thursday", .date, "2013-03-14", dateline: friday),
        Case("EU leaders met on Thursday and Friday, 14-15 March, in Brussels.", "Friday", .date, "2013-03-15", dateline: friday),
        // "Tuesday the 26th": a day of the story's month, or of the month beside it where that day is that weekday.
        Case("The bank will reopen on Tuesday the 26th.", "Tuesday the 26th", .date, "2013-03-26", dateline: friday),
        Case("The talks will resume on Friday the 5th.", "Friday the 5th", .date, "2013-04-05", dateline: friday),
        Case("The vote was held on Sunday the 17th, officials said.", "Sunday the 17th", .date, "2013-03-17", dateline: friday),
        Case("The company said on the 5th that it would cut jobs.", "the 5th", .date, "2013-03-05", dateline: friday),
        Case("The deal is due by the 31st.", "the 31st", .date, "2013-03-31", dateline: friday),
        Case("The conference runs from the 25th to the 28th.", "the 25th to the 28th", .date, "2013-03-25/2013-03-28", dateline: friday),
        Case("Shares fell on the 21st and 22nd.", "22nd", .date, "2013-03-22", dateline: friday),
        // A day-first date with a year relative to the dateline's, as "March 3 last year".
        Case("The referendum is due on 5 April next year.", "5 April next year", .date, "2014-04-05", dateline: friday),
        Case("The plant closed on 3 March last year.", "3 March last year", .date, "2012-03-03", dateline: friday),
        // A list of weekdays runs forward in time: a future list from the dateline on, a past one back to it.
        Case("The talks are expected to end late Thursday or early Friday.", "late Thursday", .date, "2013-03-28", mod: "END", dateline: friday),
        Case("The talks are expected to end late Thursday or early Friday.", "early Friday", .date, "2013-03-29", mod: "START", dateline: friday),
        Case("The storm hit late Thursday or early Friday.", "late Thursday", .date, "2013-03-21", mod: "END", dateline: friday),
        Case("The storm hit late Thursday or early Friday.", "early Friday", .date, "2013-03-22", mod: "START", dateline: friday),
        Case("Bailout talks continued on Friday and Saturday.", "Friday", .date, "2013-03-15", dateline: friday),
        Case("Bailout talks continued on Friday and Saturday.", "Saturday", .date, "2013-03-16", dateline: friday),
        Case("Markets were closed on Friday, Saturday and Sunday.", "Friday", .date, "2013-03-15", dateline: friday),
        Case("Markets will be closed on Friday, Saturday and Sunday.", "Sunday", .date, "2013-03-24", dateline: friday),
        Case("Officials will meet Monday and Tuesday to discuss the plan.", "Tuesday", .date, "2013-03-26", dateline: friday),
        // (Written on Sunday the 24th, a past night from Sunday into Monday is the one a week before.)
        Case("Ministers met overnight Sunday into Monday, when talks collapsed.", "overnight Sunday", .time, "2013-03-17TNI", dateline: sunday),
        Case("Ministers met overnight Sunday into Monday, when talks collapsed.", "Monday", .date, "2013-03-18", dateline: sunday),
        // ... but a list may name its days out of order, a day apart (TimeBank: "statements made Friday and Thursday").
        Case("Following are statements made Friday and Thursday by the lawyer.", "Friday", .date, "2013-03-22", dateline: friday),
        Case("Following are statements made Friday and Thursday by the lawyer.", "Thursday", .date, "2013-03-21", dateline: friday),
        // Day ranges in one month, British order, after "between".
        Case("The polls opened between 7 and 9 March.", "7 and 9 March", .date, "2013-03-07/2013-03-09", dateline: friday),
        // The wires' "end-March", "end-2014", "end-year": the end of that period, as "the end of March".
        Case("The stock had risen 20 percent by end-March.", "end-March", .date, "2013-03", mod: "END", dateline: friday),
        Case("Debt will reach 90 percent of GDP by end-2014.", "end-2014", .date, "2014", mod: "END", dateline: friday),
        Case("Reserves stood at $3.4 trillion at end-December.", "end-December", .date, "2012-12", mod: "END", dateline: friday),
        Case("Inflation will peak at end-year.", "end-year", .date, "2013", mod: "END", dateline: friday),
        Case("GDP grew 0.3 percent in the three months to end-June.", "end-June", .date, "2012-06", mod: "END", dateline: friday),
        // "the weekend of March 16": the weekend holding that day (as "the week of March 6" is its week).
        Case("The weekend of March 16 saw heavy protests.", "The weekend of March 16", .date, "2013-W11-WE", dateline: friday),
        Case("Protests are planned for the weekend of 30-31 March.", "the weekend of 30-31 March", .date, "2013-W13-WE", dateline: friday),
        // An end point after a verb of staying and its participle ("will stay closed until"): the state goes on, so the
        // day is ahead; the participle is no past verb.
        Case("The banks will stay closed until Thursday, officials said.", "Thursday", .date, "2013-03-28", dateline: friday),
        Case("The banks will remain shut until Thursday.", "Thursday", .date, "2013-03-28", dateline: friday),
        Case("The banks remain closed until Thursday.", "Thursday", .date, "2013-03-28", dateline: friday),
        Case("The road will stay closed through Thursday.", "Thursday", .date, "2013-03-28", dateline: friday),
        Case("The banks stayed closed until Thursday.", "Thursday", .date, "2013-03-21", dateline: friday),
        // "the final three months (of 2012)" is a length, as "the first nine months" is; the wires' "2-1/2" a count and a half.
        Case("Britain's economy shrank in the final three months of 2012.", "the final three months", .duration, "P3M", dateline: friday),
        Case("Britain's economy shrank in the final three months of 2012.", "2012", .date, "2012", dateline: friday),
        Case("Sterling hit a 2-1/2 year low on 12 March.", "2-1/2 year", .duration, "P2Y6M", dateline: friday),
        Case("The talks lasted 2-1/2 hours.", "2-1/2 hours", .duration, "PT2H30M", dateline: friday),
        // The weekly figures' "the week ended March 16" is a length closing on a date, as "the year ended March 31" is.
        Case("Jobless claims rose 2,000 to 336,000 in the week ended March 16.", "the week", .duration, "P1W", dateline: friday),
        Case("Mortgage applications fell in the week ending March 15.", "the week", .duration, "P1W", dateline: friday),
        Case("The week ended with a rally on Wall Street.", "The week", .date, "2013-W12", dateline: friday),
        // The plural present of a scheduled event: "take effect", "take place", "meet" (not after "to" or a modal).
        Case("The cuts take effect at 12:01 a.m. Saturday.", "12:01 a.m. Saturday", .time, "2013-03-23T00:01", dateline: friday),
        Case("EU finance ministers meet on Sunday in Brussels.", "Sunday", .date, "2013-03-24", dateline: friday),
        Case("Elections take place on Sunday.", "Sunday", .date, "2013-03-24", dateline: friday),
        Case("The ministers did not meet on Sunday.", "Sunday", .date, "2013-03-17", dateline: friday),
        // "the December quarter": the quarter ending in that month; "Q4'12", "H1 '13": a label with a two-digit year.
        Case("Apple's revenue rose in the December quarter.", "the December quarter", .date, "2012-Q4", dateline: friday),
        Case("Profit fell in the March quarter, the company said.", "the March quarter", .date, "2013-Q1", dateline: friday),
        Case("The company will report results for the June quarter in July.", "the June quarter", .date, "2013-Q2", dateline: friday),
        Case("Revenue rose in Q4'12.", "Q4'12", .date, "2012-Q4", dateline: friday),
        Case("Sales rose 4 percent in H1 '13.", "H1 '13", .date, "2013-H1", dateline: friday),
        // "the first Tuesday in November": that weekday counted in the month named, as the holidays that fall on one are.
        Case("The Supreme Court term begins on the first Monday in October.", "the first Monday in October", .date, "2013-10-07",
             dateline: friday),
        Case("The vote was held on the last Friday in February.", "the last Friday in February", .date, "2013-02-22", dateline: friday),
        Case("The fair opens on the second Sunday of May 2014.", "the second Sunday of May 2014", .date, "2014-05-11", dateline: friday),
        // "a week from Tuesday", British "a week on Tuesday" and "Tuesday week": a week after the Tuesday meant.
        Case("The talks will resume a week from Tuesday.", "a week from Tuesday", .date, "2013-04-02", dateline: friday),
        Case("The vote will take place a week on Tuesday.", "a week on Tuesday", .date, "2013-04-02", dateline: friday),
        Case("The vote will take place on Tuesday week, officials said.", "Tuesday week", .date, "2013-04-02", dateline: friday),
        Case("They spent a week on Friday's report.", "a week", .duration, "P1W", dateline: friday),
        Case("The Tuesday week-long strike ended.", "week-long", .duration, "P1W", dateline: friday),
        // "the 90s", "the late 80s and early 90s": a decade without its apostrophe, after "the" (the latest not after the
        // dateline, as "the '90s").
        Case("House prices soared in the 90s.", "the 90s", .date, "199", dateline: friday),
        Case("The band was big in the late 80s and early 90s.", "the late 80s", .date, "198", mod: "END", dateline: friday),
        Case("The band was big in the late 80s and early 90s.", "early 90s", .date, "199", mod: "START", dateline: friday),
        Case("The fashion of the mid-70s returned.", "the mid-70s", .date, "197", mod: "MID", dateline: friday),
        // "mid-to-late April", "early to mid-2014": one stretch, valued as its second part.
        Case("The results will be published in mid-to-late April.", "mid-to-late April", .date, "2013-04", mod: "END", dateline: friday),
        Case("Growth should resume in early to mid-2014.", "early to mid-2014", .date, "2014", mod: "MID", dateline: friday),
        // A day after "since" is the start of a span or a comparison: a clock time after it stays on the story's day.
        Case("Thousands marched on Saturday 16 March. The march, the largest since 26 March 2011, began at 11am.", "11am", .time,
             "2013-03-16T11:00", dateline: friday),
        // "at midnight on 31 March": the end of that day, as "midnight Thursday" is.
        Case("The ban will be lifted at midnight on 31 March.", "midnight", .time, "2013-04-01T00:00", dateline: friday),
        // A half-year label before the figure it dates.
        Case("The company's H1 profit rose 5 percent.", "H1", .date, "2013-H1", dateline: friday),
    ]

    @Test(arguments: cases)
    func newsFormat(_ item: Case) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The Patriots won 21-17 on Sunday.", "21-17", dateline: friday),
        FamilyLookAlike("Chelsea secured a 1-0 win over Arsenal.", "1-0", dateline: friday),
        FamilyLookAlike("She quit her 9-5 job to travel.", "9-5", dateline: friday),
        FamilyLookAlike("The Boeing 787 was grounded in January.", "787", dateline: friday),
        FamilyLookAlike("Nadal won 6-4, 6-3, 7-5.", "6-4, 6-3, 7-5", dateline: friday),
        FamilyLookAlike("The H1 visa program was changed.", "H1", dateline: friday),
        FamilyLookAlike("The rebels hold 3/4 of the city.", "3/4", dateline: friday),
        FamilyLookAlike("Markets were quiet at the end-of-day auction.", "end", dateline: friday),
        FamilyLookAlike("The celebrations mark the 22nd anniversary of independence.", "22nd", dateline: friday),
        FamilyLookAlike("The team rose to the 3rd place in the league.", "3rd", dateline: friday),
        FamilyLookAlike("He was promoted from the 5th grade.", "5th", dateline: friday),
        // Measures that run in tens are no decades.
        FamilyLookAlike("Temperatures will climb into the 90s on Sunday.", "the 90s", dateline: friday),
        FamilyLookAlike("Highs will be in the 80s.", "the 80s", dateline: friday),
        FamilyLookAlike("The stock traded in the 40s for most of the year.", "the 40s", dateline: friday),
        FamilyLookAlike("Women in their 30s were surveyed.", "30s", dateline: friday),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
