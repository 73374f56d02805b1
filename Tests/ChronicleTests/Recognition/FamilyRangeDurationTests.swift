import Testing
@testable import Chronicle

/// Ranges (both ends resolved together), durations, times of day and sets.
@Suite("Family ranges, durations, times, sets")
struct FamilyRangeDurationTests {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // Ranges: the extent starts at the first end ("from"/"between" stay out).
        Case("Lukashenko is to meet officials in Beijing from Tuesday to Thursday.", "Tuesday to Thursday", .date, "2023-02-28/2023-03-02"),
        Case("The summit will run Feb. 28-March 2.", "Feb. 28-March 2", .date, "2023-02-28/2023-03-02"),
        Case("The summit ran Feb. 28-March 2, 2023, in Minsk.", "Feb. 28-March 2, 2023", .date, "2023-02-28/2023-03-02"),
        // The year written after the second end: the first end's month after it is the year before's; a written year
        // is never moved to follow the first end.
        Case("The second phase ran from November 15 to February 15, 1989.", "November 15 to February 15, 1989", .date, "1988-11-15/1989-02-15"),
        Case("The index ran from Dec. 28-Jan. 3, 2023.", "Dec. 28-Jan. 3, 2023", .date, "2022-12-28/2023-01-03"),
        Case("The archive runs from 2013 to 1998 in reverse order.", "2013 to 1998", .date, "2013/1998"),
        Case("Output grew between 2010 and 2015.", "2010 and 2015", .date, "2010/2015"),
        Case("The drought lasted from 2019 to 2021.", "2019 to 2021", .date, "2019/2021"),
        Case("The 2019–2021 drought ruined farmers.", "2019–2021", .date, "2019/2021"),
        Case("Talks will be held March 3-5.", "March 3-5", .date, "2023-03-03/2023-03-05"),
        Case("The fair ran Sept. 8-11, 2022.", "Sept. 8-11, 2022", .date, "2022-09-08/2022-09-11"),
        Case("The strike lasted from Monday to Wednesday.", "Monday to Wednesday", .date, "2023-02-20/2023-02-22"),
        Case("The exhibition will run from Thursday through Sunday.", "Thursday through Sunday", .date, "2023-03-02/2023-03-05"),
        Case("Prices rose from January to March 2022.", "January to March 2022", .date, "2022-01/2022-03"),
        Case("The exhibition runs from June 1 to Sept. 30, 2023.", "June 1 to Sept. 30, 2023", .date, "2023-06-01/2023-09-30"),
        // Month ranges with an ambiguous month at either end: the range gives it its context.
        Case("The survey will run between March and May.", "March and May", .date, "2023-03/2023-05"),
        Case("The survey will run March to May.", "March to May", .date, "2023-03/2023-05"),
        Case("The survey will run March-May.", "March-May", .date, "2023-03/2023-05"),
        Case("The festival runs from April to May.", "April to May", .date, "2023-04/2023-05"),
        // A past range of months, quarters or seasons without a year does not end after the dateline.
        Case("Sales rose in Q1-Q3.", "Q1-Q3", .date, "2022-Q1/2022-Q3"),
        Case("The survey ran between January and March.", "January and March", .date, "2022-01/2022-03"),
        Case("The works ran from January to February.", "January to February", .date, "2023-01/2023-02"),
        // A part of a period starting a range keeps its part; an ambiguous season after "from" starts a range.
        Case("The drought ran from late 2019 to early 2021.", "late 2019 to early 2021", .date, "2019/2021"),
        Case("It ran from early 2019 through late 2020.", "early 2019 through late 2020", .date, "2019/2020"),
        Case("The talks ran from mid-March to April.", "mid-March to April", .date, "2022-03/2022-04"),
        Case("The fighting lasted from summer to fall.", "summer to fall", .date, "2022-SU/2022-FA"),
        Case("The works will run from spring to autumn.", "spring to autumn", .date, "2023-SP/2023-FA"),
        // Durations.
        Case("The year-long war devastated the region.", "year-long", .duration, "P1Y"),
        // After an article the compound stands alone too ("a year-long trial", WikiWars), as "a weeks-long strike" does.
        Case("He was convicted after a year-long trial.", "year-long", .duration, "P1Y"),
        Case("The president gave an hour-long speech.", "hour-long", .duration, "PT1H"),
        // Half an hour written "a half hour", "half-hour"; each half-hour.
        Case("Crowds waited a half hour for the bus.", "a half hour", .duration, "PT30M"),
        Case("The half-hour program aired on Monday.", "half-hour", .duration, "PT30M"),
        Case("Shuttles leave every half-hour.", "every half-hour", .set, "PT30M"),
        // A dotted count of hours with no clock preposition stays a length.
        Case("The flight took 2.30 hours.", "2.30 hours", .duration, "PT2.30H"),
        Case("He served three years in prison.", "three years", .duration, "P3Y"),
        Case("The talks stalled for two weeks.", "two weeks", .duration, "P2W"),
        // "the year since …", "the week since …": a length up to now.
        Case("In the year since the invasion, prices have doubled.", "the year", .duration, "P1Y"),
        Case("In the week since the attack, nobody has been arrested.", "the week", .duration, "P1W"),
        // "the past fortnight", "over the next fortnight": two weeks.
        Case("Cases have doubled in the past fortnight.", "the past fortnight", .duration, "P2W"),
        Case("Talks will continue over the next fortnight.", "the next fortnight", .duration, "P2W"),
        // The verb "last" is no "last": "expected to last six weeks", "will last two days".
        Case("The trial is expected to last six weeks.", "six weeks", .duration, "P6W"),
        Case("The talks will last two days.", "two days", .duration, "P2D"),
        Case("Sales fell in the last six weeks.", "the last six weeks", .duration, "P6W"),
        Case("The curfew lasted 24 hours.", "24 hours", .duration, "PT24H"),
        Case("Prices have doubled over the past three years.", "the past three years", .duration, "P3Y"),
        Case("He lived abroad for a decade.", "a decade", .duration, "P10Y"),
        Case("The siege lasted six months.", "six months", .duration, "P6M"),
        Case("The leaders began a two-day visit.", "two-day", .duration, "P2D"),
        Case("The meeting lasted 90 minutes.", "90 minutes", .duration, "PT90M"),
        Case("The strike lasted several years.", "several years", .duration, "PXY"),
        Case("The feud has gone on for many years.", "many years", .duration, "PXY"),
        Case("Sales have fallen in the last 12 months.", "the last 12 months", .duration, "P12M"),
        Case("The debate went on for five hours.", "five hours", .duration, "PT5H"),
        Case("The economy will grow over the next two years.", "the next two years", .duration, "P2Y"),
        Case("The trial lasted about three years.", "about three years", .duration, "P3Y"),
        Case("He has been in office for more than a decade.", "more than a decade", .duration, "P10Y"),
        // "over the next decade", "for the coming decade": ten years ahead, a length (WikiWars: "for the next decade").
        Case("Rates will stay high over the next decade.", "the next decade", .duration, "P10Y"),
        Case("Demand will grow for the coming decade.", "the coming decade", .duration, "P10Y"),
        // At least a length: "20-plus years", "30+ days", "a decade or more", "two years or longer".
        Case("He served 20-plus years in the army.", "20-plus years", .duration, "P20Y", mod: "EQUAL_OR_MORE"),
        Case("The wait can be 30+ days.", "30+ days", .duration, "P30D", mod: "EQUAL_OR_MORE"),
        Case("The feud lasted a decade or more.", "a decade or more", .duration, "P10Y", mod: "EQUAL_OR_MORE"),
        Case("The trial could take two years or longer.", "two years or longer", .duration, "P2Y", mod: "EQUAL_OR_MORE"),
        // Decimal counts: "1.5 years" P1.5Y, "a 1.5-hour delay".
        Case("The project took 1.5 years.", "1.5 years", .duration, "P1.5Y"),
        Case("There was a 1.5-hour delay.", "1.5-hour", .duration, "PT1.5H"),
        // A half written after the unit: "a year and a half", "an hour and a half".
        Case("Negotiations went on for a year and a half.", "a year and a half", .duration, "P1Y6M"),
        Case("The meeting lasted an hour and a half.", "an hour and a half", .duration, "PT1H30M"),
        Case("Production was halted for three-and-a-half months.", "three-and-a-half months", .duration, "P3.5M"),
        Case("The talks lasted a day-and-a-half.", "a day-and-a-half", .duration, "P1DT12H"),
        // The hyphenated compound before a noun: "a two-and-a-half-year investigation" (the length alone, as "a 10-year sentence").
        Case("The two-and-a-half-year investigation ended.", "two-and-a-half-year", .duration, "P2Y6M"),
        Case("Surgeons began a three-and-a-half-hour operation.", "three-and-a-half-hour", .duration, "PT3H30M"),
        Case("He skimmed profits over a two-and-a-half-year period.", "a two-and-a-half-year period", .duration, "P2Y6M"),
        // "the better part of" a length: most of it, less than the whole ("just over an hour" stays "over an hour", as
        // AQUAINT has it).
        Case("He spent the better part of a decade abroad.", "the better part of a decade", .duration, "P10Y", mod: "LESS_THAN"),
        Case("He spent the best part of two years in hospital.", "the best part of two years", .duration, "P2Y", mod: "LESS_THAN"),
        Case("The ship sank in just over a week.", "over a week", .duration, "P1W", mod: "MORE_THAN"),
        // News: a bare plural before "after"/"before" an event is an unspecified length.
        Case("He died hours after the crash.", "hours", .duration, "PTXH"),
        Case("She resigned days before the vote.", "days", .duration, "PXD"),
        Case("Just weeks after the strike, the plant closed.", "weeks", .duration, "PXW"),
        Case("The rebels attacked, days after the truce.", "days", .duration, "PXD"),
        // ... also opening the sentence; a bare plural before "later"/"earlier" reads as "a few days later": the length in
        // news, the vague future or past in histories (WikiWars: "Years later", "weeks earlier"); "within minutes".
        Case("Minutes after the blast, ambulances arrived.", "Minutes", .duration, "PTXM"),
        Case("Hours after the vote, the president resigned.", "Hours", .duration, "PTXH"),
        Case("Days later, a second bomb exploded.", "Days", .duration, "PXD"),
        Case("Hours later, police arrested a suspect.", "Hours", .duration, "PTXH"),
        Case("The suspect was freed weeks later.", "weeks", .duration, "PXW"),
        Case("Years later, he returned to the village.", "Years later", .date, "FUTURE_REF", narrative: true),
        Case("The reinforcements had arrived weeks earlier.", "weeks earlier", .date, "PAST_REF", narrative: true),
        Case("Within minutes, the fire spread to the roof.", "minutes", .duration, "PTXM"),
        Case("The ship sank within seconds.", "seconds", .duration, "PTXS"),
        // A run of units counted: "three straight years", "five consecutive quarters".
        Case("Sales have risen for five consecutive quarters.", "five consecutive quarters", .duration, "P5Q"),
        Case("Prices rose for three straight years.", "three straight years", .duration, "P3Y"),
        Case("The index fell for six successive days.", "six successive days", .duration, "P6D"),
        // Hyphenated lengths after an article: the compound alone for plurals, a fraction of a century, "multi-".
        Case("A weeks-long strike ended Monday.", "weeks-long", .duration, "PXW"),
        Case("It was a years-long dispute.", "years-long", .duration, "PXY"),
        Case("It took a quarter-century to finish the dam.", "a quarter-century", .duration, "P25Y"),
        Case("The feud lasted a half-century.", "a half-century", .duration, "P50Y"),
        Case("They signed a multi-year deal.", "multi-year", .duration, "PXY"),
        Case("The multi-day festival opened.", "multi-day", .duration, "PXD"),
        // Reporting periods closing on a date: "the year to June", "the decade to 2020" are lengths; the closing date of a
        // period already over ("ended") is not after the dateline, and after "to" it takes the clause's tense.
        Case("Inflation rose 5% in the year to June.", "the year", .duration, "P1Y"),
        Case("Inflation rose 5% in the year to June.", "June", .date, "2022-06"),
        Case("Output fell in the decade to 2020.", "the decade", .duration, "P10Y"),
        Case("Profit fell in the 12 months ended March 31.", "March 31", .date, "2022-03-31"),
        Case("The company expects a profit for the year ending March 31.", "March 31", .date, "2023-03-31"),
        Case("Profit fell in the year to date.", "the year to date", .date, "2023"),
        Case("Sales rose in the 12 months to June.", "June", .date, "2022-06"),
        Case("The deadline was extended by six months to June.", "June", .date, "2023-06"),
        // Times of day: TIME, anchored on the last date mentioned (the dateline by default).
        Case("The polls close at 5 p.m.", "5 p.m.", .time, "2023-02-28T17:00"),
        Case("The session opened at 9:30 a.m. sharp.", "9:30 a.m.", .time, "2023-02-28T09:30"),
        Case("The ceremony starts at noon.", "noon", .time, "2023-02-28T12:00"),
        Case("On Friday, the polls closed at 8 p.m.", "8 p.m.", .time, "2023-02-24T20:00"),
        Case("The strike began at 6pm on the dot.", "6pm", .time, "2023-02-28T18:00"),
        Case("The blast happened at 14:45 local time.", "14:45", .time, "2023-02-28T14:45"),
        // The day written after "on" is the time's day, even past "local time" and a bracketed GMT time (midnight ends it).
        Case("The ceasefire began at 6 p.m. on Sunday.", "6 p.m.", .time, "2023-02-26T18:00"),
        Case("The ceasefire began at 6 p.m. local time (1500 GMT) on Sunday.", "6 p.m.", .time, "2023-02-26T18:00"),
        // Without "on", a weekday or a date right after the bracket or the place's clock is the day too.
        Case("The quake struck at 3 p.m. (2000 GMT) Thursday.", "3 p.m.", .time, "2023-02-23T15:00"),
        Case("The talks began at 9 a.m. (0600 GMT) March 3.", "9 a.m.", .time, "2023-03-03T09:00"),
        Case("The polls opened at 8 a.m. local time Friday.", "8 a.m.", .time, "2023-02-24T08:00"),
        Case("The deadline expired at midnight on Friday.", "midnight", .time, "2023-02-25T00:00"),
        Case("The meeting starts at 10:30 a.m. ET on March 3.", "10:30 a.m. ET", .time, "2023-03-03T10:30"),
        // Sets.
        Case("The council meets every Monday.", "every Monday", .set, "XXXX-WXX-1"),
        Case("The report is published annually.", "annually", .set, "P1Y"),
        Case("The figures are updated daily.", "daily", .set, "P1D"),
        Case("The board meets every year.", "every year", .set, "P1Y"),
        Case("The magazine is published weekly.", "weekly", .set, "P1W"),
        Case("The market opens every Saturday.", "every Saturday", .set, "XXXX-WXX-6"),
        Case("Inspectors visit twice a week.", "twice a week", .set, "P1W"),
        Case("Elections are held every four years.", "every four years", .set, "P4Y"),
        Case("The index is published monthly.", "monthly", .set, "P1M"),
        // Counted frequencies and ordinal steps: "three times a week", "every second week", "every third year".
        Case("He visits three times a week.", "three times a week", .set, "P1W"),
        Case("Dividends are paid four times a year.", "four times a year", .set, "P1Y"),
        Case("Bins are emptied every second week.", "every second week", .set, "P2W"),
        Case("The census is taken every third year.", "every third year", .set, "P3Y"),
        Case("The council meets every second Tuesday.", "every second Tuesday", .set, "XXXX-WXX-2"),
        Case("The summit is held biannually.", "biannually", .set, "P6M"),
        // "on a monthly basis": the frequency word alone, as TimeBank writes "on a daily basis".
        Case("The committee meets on a monthly basis.", "monthly", .set, "P1M"),
        Case("Rates are reviewed on a quarterly basis.", "quarterly", .set, "P3M"),
        Case("The newsletter is published fortnightly.", "fortnightly", .set, "P2W"),
        Case("Take the pill twice daily.", "twice daily", .set, "P1D"),
        Case("He posts three times weekly.", "three times weekly", .set, "P1W"),
        Case("Inspections happen every few weeks.", "every few weeks", .set, "PXW"),
        Case("He runs every single day.", "every single day", .set, "P1D"),
        Case("The bus leaves every half hour.", "every half hour", .set, "PT30M"),
        Case("Floods recur every 10 years or so.", "every 10 years or so", .set, "P10Y", mod: "APPROX"),
        // Recurring days: "every weekend", plural weekdays and weekends after "on"/"at"/"most".
        Case("Traffic jams form every weekend.", "every weekend", .set, "XXXX-WXX-WE"),
        Case("They meet every other weekend.", "every other weekend", .set, "P2W"),
        Case("The market is open on Sundays.", "Sundays", .set, "XXXX-WXX-7"),
        Case("She plays tennis at weekends.", "weekends", .set, "XXXX-WXX-WE"),
        Case("The museum is closed on Mondays and Tuesdays.", "Tuesdays", .set, "XXXX-WXX-2"),
        Case("Most Fridays, the team meets.", "Fridays", .set, "XXXX-WXX-5"),
        Case("The show airs on Tuesday nights.", "Tuesday nights", .set, "XXXX-WXX-2TNI"),
        Case("He jogs on Sunday mornings.", "Sunday mornings", .set, "XXXX-WXX-7TMO"),
        Case("Flights leave on Monday and Tuesday nights.", "Monday", .set, "XXXX-WXX-1TNI"),
    ]

    @Test(arguments: cases)
    func rangeDurationTimeSet(_ item: Case) throws { try FamilyCheck.check(item) }
}
