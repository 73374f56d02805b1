import Testing
@testable import Chronicle

/// Bare weekdays (tense decides), last/next/this + weekday, weekdays with a part of the day.
/// Datelines: Tue 2023-02-28 (default), Fri 2022-09-16, Sun 2021-06-13.
@Suite("Family weekdays")
struct FamilyWeekdayTests {
    typealias Case = FamilyCase
    static let friday = FamilyDates.friday
    static let sunday = FamilyDates.sunday

    static let cases: [Case] = [
        // Past clause: the most recent one, today included.
        Case("The Chinese Foreign Ministry announced the visit on Sunday.", "Sunday", .date, "2023-02-26"),
        Case("Officials met on Friday in Minsk.", "Friday", .date, "2023-02-24"),
        Case("He spoke to reporters on Tuesday.", "Tuesday", .date, "2023-02-28"),
        Case("The talks ended Monday without a deal.", "Monday", .date, "2023-02-27"),
        Case("Protesters gathered Wednesday in the capital.", "Wednesday", .date, "2023-02-22"),
        Case("She was arrested on Saturday.", "Saturday", .date, "2023-02-25"),
        Case("The company reported Thursday that sales fell.", "Thursday", .date, "2023-02-23"),
        Case("The strike began Friday.", "Friday", .date, "2022-09-16", dateline: friday),
        Case("The ship docked on Monday.", "Monday", .date, "2022-09-12", dateline: friday),
        Case("Voters went to the polls on Sunday.", "Sunday", .date, "2021-06-13", dateline: sunday),
        Case("The court had ruled on Thursday.", "Thursday", .date, "2021-06-10", dateline: sunday),
        // Future clause: the next one, today included.
        Case("Lukashenko will visit Beijing on Friday.", "Friday", .date, "2023-03-03"),
        Case("The president is to meet officials on Thursday.", "Thursday", .date, "2023-03-02"),
        Case("The vote is expected to take place on Wednesday.", "Wednesday", .date, "2023-03-01"),
        Case("The committee will meet on Tuesday.", "Tuesday", .date, "2023-02-28"),
        Case("The minister is scheduled to speak on Monday.", "Monday", .date, "2023-03-06"),
        Case("Voters will go to the polls Saturday.", "Saturday", .date, "2023-03-04"),
        Case("The ship will sail on Monday.", "Monday", .date, "2022-09-19", dateline: friday),
        Case("Parliament will reconvene on Sunday.", "Sunday", .date, "2021-06-13", dateline: sunday),
        Case("The results will be announced Wednesday.", "Wednesday", .date, "2021-06-16", dateline: sunday),
        Case("The union plans to strike on Friday.", "Friday", .date, "2022-09-16", dateline: friday),
        // A schedule in the present ("is set for", "are scheduled for", "has been slated for", "is due on") is ahead;
        // a reduced relative ("talks scheduled for Monday") takes the clause's own verb.
        Case("The launch is scheduled for Thursday.", "Thursday", .date, "2023-03-02"),
        Case("The vote is set for Thursday.", "Thursday", .date, "2023-03-02"),
        Case("The verdict is due on Monday.", "Monday", .date, "2023-03-06"),
        Case("Talks are now slated for Wednesday.", "Wednesday", .date, "2023-03-01"),
        Case("The hearing has been tentatively scheduled for Friday.", "Friday", .date, "2023-03-03"),
        Case("A ruling is expected on Saturday.", "Saturday", .date, "2023-03-04"),
        Case("Talks scheduled for Monday will focus on trade.", "Monday", .date, "2023-03-06"),
        Case("A memorial service planned for Saturday was canceled.", "Saturday", .date, "2023-02-25"),
        Case("The vote was scheduled for Thursday.", "Thursday", .date, "2023-02-23"),
        // A verb whose past looks like its base ("hit", "cut", "set") after "will", "to", a modal or "do" is no past.
        Case("The storm will hit on Wednesday.", "Wednesday", .date, "2023-03-01"),
        Case("The storm is forecast to hit on Wednesday night.", "Wednesday night", .time, "2023-03-01TNI"),
        Case("Unions say they won't quit until Friday.", "Friday", .date, "2023-03-03"),
        Case("The bank did not cut rates on Thursday.", "Thursday", .date, "2023-02-23"),
        Case("The storm hit on Friday.", "Friday", .date, "2023-02-24"),
        // An end point of something still going on, or after "until" in a present clause, is ahead.
        Case("The festival runs through Sunday.", "Sunday", .date, "2023-03-05"),
        Case("The company has until Friday to respond.", "Friday", .date, "2023-03-03"),
        Case("The museum is closed until Monday.", "Monday", .date, "2023-03-06"),
        Case("The museum was closed until Monday.", "Monday", .date, "2023-02-27"),
        // The present of a scheduled event, and a present "is" right before the day, look ahead.
        Case("The minister arrives in Washington on Thursday for talks.", "Thursday", .date, "2023-03-02"),
        Case("The trial opens Monday in Paris.", "Monday", .date, "2023-03-06"),
        Case("The offer expires on Friday.", "Friday", .date, "2023-03-03"),
        Case("Officials said the bridge reopens on Monday.", "Monday", .date, "2023-03-06"),
        Case("Flights resume on Sunday after a week-long strike.", "Sunday", .date, "2023-03-05"),
        Case("The rally is on Saturday.", "Saturday", .date, "2023-03-04"),
        Case("The deadline is Friday.", "Friday", .date, "2023-03-03"),
        Case("The trial opened Monday in Paris.", "Monday", .date, "2023-02-27"),
        Case("The deadline was Friday.", "Friday", .date, "2023-02-24"),
        // Put off until a day: a day after the news.
        Case("The hearing was adjourned until 10 a.m. Monday.", "10 a.m. Monday", .time, "2023-03-06T10:00"),
        Case("The vote was postponed to Monday.", "Monday", .date, "2023-03-06"),
        // "have" after "will" is a base form; a possessive weekday after "ahead of" is still to come.
        Case("Voters will have their say on Sunday.", "Sunday", .date, "2023-03-05"),
        Case("The party is split ahead of Thursday's vote.", "Thursday", .date, "2023-03-02"),
        Case("Monday's attack killed five people.", "Monday", .date, "2023-02-27"),
        // In an infinitive after a past verb, the nearest day: its event follows the past one.
        Case("Workers voted on Monday to strike from Thursday.", "Thursday", .date, "2023-03-02"),
        Case("The two sides agreed to meet again on Wednesday.", "Wednesday", .date, "2023-03-01"),
        Case("Both sides agreed to meet on Monday.", "Monday", .date, "2023-02-27"),
        Case("The activist was shot to death on Friday.", "Friday", .date, "2023-02-24"),
        // The "am" of a clock time is no present "am".
        Case("Police were called at 10am on Monday.", "Monday", .date, "2023-02-27"),
        // The end of a span still running ("until March 31") is no story day for a clock time after it, and a clock time
        // of a past clause is not after the dateline's day.
        Case("The ban will remain in force until March 31. At 2 p.m., the minister will speak.", "2 p.m.", .time, "2023-02-28T14:00"),
        Case("The ban will remain in force until March 31. The minister said at a news conference at 2 a.m. that it would stay.",
             "2 a.m.", .time, "2023-02-28T02:00"),
        // The day after "on" that a clock time was put on reads with the clock time's tense.
        Case("The warning is in force until midday on Thursday.", "Thursday", .date, "2023-03-02"),
        Case("The warning is in force until midday on Thursday.", "midday", .time, "2023-03-02T12:00"),
        // last / next / this / this past / this coming.
        Case("The talks began on Tuesday last week.", "Tuesday last week", .date, "2023-02-21"),
        Case("The summit opens on Monday next week.", "Monday next week", .date, "2023-03-06"),
        Case("He was arrested on Tuesday of last week.", "Tuesday of last week", .date, "2023-02-21"),
        Case("The vote is on Friday this week.", "Friday this week", .date, "2023-03-03"),
        Case("Shots were fired on Saturday night last week.", "Saturday night last week", .time, "2023-02-25TNI"),
        Case("They met on Thursday last week.", "Thursday last week", .date, "2022-09-08", dateline: friday),
        Case("Rebels attacked the town last Friday.", "last Friday", .date, "2023-02-24"),
        Case("They met last Tuesday.", "last Tuesday", .date, "2023-02-21"),
        Case("The summit opens next Friday.", "next Friday", .date, "2023-03-03"),
        Case("The bill goes to a vote next Tuesday.", "next Tuesday", .date, "2023-03-07"),
        Case("The ministers meet this Friday.", "this Friday", .date, "2023-03-03"),
        Case("The results came this past Monday.", "this past Monday", .date, "2023-02-27"),
        Case("The board meets this coming Thursday.", "this coming Thursday", .date, "2023-03-02"),
        Case("The strike ended last Friday.", "last Friday", .date, "2022-09-09", dateline: friday),
        Case("The show opens next Sunday.", "next Sunday", .date, "2021-06-20", dateline: sunday),
        // A weekday with its date.
        Case("The hearing was held Tuesday, Feb. 21, 2023.", "Tuesday, Feb. 21, 2023", .date, "2023-02-21"),
        // A weekday with a part of the day: TIME.
        Case("Police raided the office Monday morning.", "Monday morning", .time, "2023-02-27TMO"),
        Case("The polls closed Friday night.", "Friday night", .time, "2023-02-24TNI"),
        Case("He will speak Thursday evening.", "Thursday evening", .time, "2023-03-02TEV"),
        Case("Fighting resumed Sunday afternoon.", "Sunday afternoon", .time, "2023-02-26TAF"),
        // The edges of the day after a preposition: the start of the morning or the evening, of the story's day or of the
        // day written after it; "overnight" is the night before the story's day (the coming one after "will").
        Case("Police raided the house at dawn on Sunday.", "dawn", .time, "2023-02-26TMO", mod: "START"),
        Case("Police raided the house at dawn Sunday.", "dawn Sunday", .time, "2023-02-26TMO", mod: "START"),
        Case("Rebels attacked before dawn yesterday.", "dawn yesterday", .time, "2023-02-27TMO", mod: "START"),
        Case("The attack began before dawn.", "dawn", .time, "2023-02-28TMO", mod: "START"),
        Case("Soldiers moved in at first light.", "first light", .time, "2023-02-28TMO", mod: "START"),
        Case("Troops withdrew at dusk.", "dusk", .time, "2023-02-28TEV", mod: "START"),
        Case("The rebels must leave by nightfall.", "nightfall", .time, "2023-02-28TEV", mod: "START"),
        Case("Protesters gathered shortly after sunset on Friday.", "sunset", .time, "2023-02-24TEV", mod: "START"),
        // News: a bare "morning", "afternoon", "evening" after "by", "until": that part of the story's day; "late
        // afternoon" without a day likewise (was the dateline's), "mid-afternoon yesterday" still the dateline's yesterday.
        Case("The bomb exploded on Sunday. By evening, the toll had risen to 40.", "evening", .time, "2023-02-26TEV"),
        Case("The bomb exploded on Sunday. By morning, troops had arrived.", "morning", .time, "2023-02-26TMO"),
        Case("Talks will go on until evening Thursday.", "evening Thursday", .time, "2023-03-02TEV"),
        Case("The bomb exploded on Sunday. By late afternoon, police had sealed the area.", "late afternoon", .time,
             "2023-02-26TAF", mod: "END"),
        Case("The bomb exploded on Sunday. At mid-afternoon yesterday, shares fell.", "mid-afternoon yesterday", .time,
             "2023-02-27TAF", mod: "MID"),
        Case("Talks continued overnight.", "overnight", .time, "2023-02-27TNI"),
        Case("Overnight, rebels shelled the city.", "Overnight", .time, "2023-02-27TNI"),
        Case("Shares were hit by overnight losses.", "overnight", .time, "2023-02-27TNI"),
        Case("The shop will stay open overnight.", "overnight", .time, "2023-02-28TNI"),
        // A possessive's "s" before its noun is no "is": the plan before it still looks ahead; a modal perfect looks back.
        Case("The opposition plans to march to the commission's headquarters on Wednesday.", "Wednesday", .date, "2023-03-01"),
        Case("Unions plan to picket the company's plant on Thursday.", "Thursday", .date, "2023-03-02"),
        Case("The deal's expected to close on Friday.", "Friday", .date, "2023-03-03"),
        Case("Concern may have been responsible for a drop in Compaq's stock on Monday.", "Monday", .date, "2023-02-27"),
        Case("The storm might have caused the outage on Sunday.", "Sunday", .date, "2023-02-26"),
        // "late on Saturday", "early on Sunday": as "late Saturday"; "into the night": the story's night.
        Case("The vote was held late on Saturday.", "late on Saturday", .date, "2023-02-25", mod: "END"),
        Case("The storm hit early on Sunday.", "early on Sunday", .date, "2023-02-26", mod: "START"),
        Case("The minister resigned earlier on Monday.", "earlier on Monday", .date, "2023-02-27"),
        Case("Protests continued well into the night.", "the night", .time, "2023-02-28TNI"),
        // A clock time with "yesterday", "today", "tomorrow" after it: one TIME on that day; a bare midnight in a past
        // clause is the one that began the dateline's day.
        Case("The blast happened at 3 p.m. yesterday.", "3 p.m. yesterday", .time, "2023-02-27T15:00"),
        Case("Troops will attack at 5 a.m. tomorrow.", "5 a.m. tomorrow", .time, "2023-03-01T05:00"),
        Case("The shots were fired around midnight.", "around midnight", .time, "2023-02-28T00:00", mod: "APPROX"),
        Case("The curfew starts at midnight.", "midnight", .time, "2023-03-01T00:00"),
        // A small-hours time after an evening time of the story's day is the next day's, whether the day was written
        // before or after the evening time.
        Case("The fire started at 10 p.m. on Saturday. Firefighters had it under control by 2 a.m.", "2 a.m.", .time, "2023-02-26T02:00"),
        Case("The fire started on Saturday at 10 p.m. Firefighters had it under control by 2 a.m.", "2 a.m.", .time, "2023-02-26T02:00"),
        Case("The march began at 9 p.m. on Friday and ended peacefully at 11.30 p.m.", "11.30 p.m.", .time, "2023-02-24T23:30"),
        // "overnight Monday", "in midmorning", "in the middle of the night".
        Case("The fighting resumed overnight Monday.", "overnight Monday", .time, "2023-02-27TNI"),
        Case("He left in midmorning.", "midmorning", .time, "2023-02-28TMO", mod: "MID"),
        Case("The rally began at midafternoon.", "midafternoon", .time, "2023-02-28TAF", mod: "MID"),
        Case("The ship sank in the middle of the night.", "the middle of the night", .time, "2023-02-28TNI", mod: "MID"),
        // A 24-hour clock with its zone or "local time" (not the bracketed restatement of a clock time).
        Case("The planes struck at 0300 GMT.", "0300 GMT", .time, "2023-02-28T03:00"),
        Case("The polls closed at 1500 GMT on Sunday.", "1500 GMT", .time, "2023-02-26T15:00"),
        Case("The truce began at 0600 local time on Monday.", "0600", .time, "2023-02-27T06:00"),
        Case("Trading halted at 1430 local time.", "1430", .time, "2023-02-28T14:30"),
        // "the night before", "the day after", "the day before yesterday": next to the story's day (not "the day before
        // the election", relative to an event).
        Case("He had arrived the night before.", "the night before", .time, "2023-02-27TNI"),
        Case("The day before, the army embarked on the march.", "The day before", .date, "2023-02-27"),
        // A weekday placed from the story's day: "that Friday" in its week (the day itself when it is a Friday), "the
        // Friday after", "the Sunday before" as "the following Friday", "the previous Sunday".
        Case("The bank collapsed on Oct. 3, 2008. That Friday, markets crashed.", "That Friday", .date, "2008-10-03"),
        Case("The vote was held on Tuesday, March 5, 2019. That Sunday, protests began.", "That Sunday", .date, "2019-03-10"),
        Case("The summit opened on March 3. The Friday after, the leaders left.", "The Friday after", .date, "2023-03-10"),
        Case("The summit opened on March 3. The Sunday before, protesters marched.", "The Sunday before", .date, "2023-02-26"),
        Case("The truce collapsed the morning after.", "the morning after", .time, "2023-03-01TMO"),
        Case("The deal was signed the day before yesterday.", "the day before yesterday", .date, "2023-02-26"),
        Case("Talks resume the day after tomorrow.", "the day after tomorrow", .date, "2023-03-02"),
        // "the early hours", "the small hours": the start of the story's morning (not "the first hours of the war", a length);
        // "the early hours of Monday" is Monday's morning, one expression ("the early hours of Thursday morning" stays
        // "Thursday morning", as AQUAINT annotates it).
        Case("The fire broke out in the early hours.", "the early hours", .time, "2023-02-28TMO", mod: "START"),
        Case("The raid came in the small hours.", "the small hours", .time, "2023-02-28TMO", mod: "START"),
        Case("The fire broke out in the early morning hours.", "the early morning hours", .time, "2023-02-28TMO", mod: "START"),
        Case("He worked into the wee hours of the morning.", "the wee hours of the morning", .time, "2023-02-28TMO", mod: "START"),
        Case("Fighting raged into the early hours of Monday.", "the early hours of Monday", .time, "2023-02-27TMO", mod: "START"),
        // Clock times: "3pm." ends the sentence; "6 o'clock in the evening", "7:30 tonight", "4:15 Sunday afternoon" read
        // the part of the day; "half past nine", "a quarter to ten" said in words.
        Case("The meeting starts at 3pm.", "3pm", .time, "2023-02-28T15:00"),
        Case("They met at 6 o'clock in the evening.", "6 o'clock in the evening", .time, "2023-02-28T18:00"),
        Case("Doors open at 7:30 tonight.", "7:30 tonight", .time, "2023-02-28T19:30"),
        Case("He was found at 4:15 Sunday afternoon.", "4:15 Sunday afternoon", .time, "2023-02-26T16:15"),
        Case("The shooting began at about half past nine.", "about half past nine", .time, "2023-02-28T09:30", mod: "APPROX"),
        Case("He arrived at a quarter to ten.", "a quarter to ten", .time, "2023-02-28T09:45"),
        Case("The blast came at a quarter past 11 on Sunday.", "a quarter past 11", .time, "2023-02-26T11:15"),
        // British style, the minutes after a dot, with a.m./p.m., a zone or a part of the day ("closed at 11.30" is a price).
        Case("The train left at 11.30am.", "11.30am", .time, "2023-02-28T11:30"),
        Case("He spoke at about 7.15pm on Monday.", "about 7.15pm", .time, "2023-02-27T19:15", mod: "APPROX"),
        Case("The attack began at 5.45 a.m. Sunday.", "5.45 a.m. Sunday", .time, "2023-02-26T05:45"),
        Case("The blast happened at 10.45 GMT.", "10.45 GMT", .time, "2023-02-28T10:45"),
        Case("The plane landed at 11.30 local time.", "11.30", .time, "2023-02-28T11:30"),
        Case("The film starts at 7.30 in the evening.", "7.30 in the evening", .time, "2023-02-28T19:30"),
        Case("It was 12.15am when the shooting stopped.", "12.15am", .time, "2023-02-28T00:15"),
        // A clock time running to one with a.m./p.m. takes it, unless that puts it after the end (one range; TimeML
        // output writes its two ends).
        Case("The curfew runs from 8 to 10 p.m.", "8 to 10 p.m.", .time, "2023-02-28T20:00/2023-02-28T22:00"),
        Case("Gunfire was heard between 2 and 4 a.m.", "2 and 4 a.m.", .time, "2023-02-28T02:00/2023-02-28T04:00"),
        Case("The talks ran 2:30-4 p.m.", "2:30-4 p.m.", .time, "2023-02-28T14:30/2023-02-28T16:00"),
        Case("The ban applies from 11 to 1 p.m.", "11 to 1 p.m.", .time, "2023-02-28T11:00/2023-02-28T13:00"),
        Case("Offices open 9.30 to 11.30am.", "9.30 to 11.30am", .time, "2023-02-28T09:30/2023-02-28T11:30"),
        // "12 noon", "12 midnight"; military time ("at 2300 hours").
        Case("The vote is at 12 noon.", "12 noon", .time, "2023-02-28T12:00"),
        Case("The shots were fired at 12 midnight.", "12 midnight", .time, "2023-02-28T00:00"),
        Case("The explosion happened at 2300 hours.", "2300 hours", .time, "2023-02-28T23:00"),
        Case("Troops must leave by 0600 hrs on Friday.", "0600 hrs", .time, "2023-03-03T06:00"),
        Case("The raid ended at 05:45 hrs.", "05:45 hrs", .time, "2023-02-28T05:45"),
        Case("The ship docked at 18.30 hours.", "18.30 hours", .time, "2023-02-28T18:30"),
        // A zone after the clock word joins it: abbreviations and zone names ("Time" capitalised); a place's clock
        // ("Eastern time", "Moscow time", like "local time") stays out of the extent, as WikiWars annotates it.
        Case("The announcement is due at noon ET.", "noon ET", .time, "2023-02-28T12:00"),
        Case("The ceasefire took effect at midnight GMT on Sunday.", "midnight GMT", .time, "2023-02-27T00:00"),
        Case("The rocket launched at 11:02 a.m. Eastern Standard Time.", "11:02 a.m. Eastern Standard Time", .time, "2023-02-28T11:02"),
        Case("Polls close at 7 p.m. Eastern time on Tuesday.", "7 p.m.", .time, "2023-02-28T19:00"),
        Case("Markets closed at 4 p.m. New York time.", "4 p.m.", .time, "2023-02-28T16:00"),
        Case("Troops crossed the border at 0900 Moscow time.", "0900", .time, "2023-02-28T09:00"),
        // After "on", a day written first is the day of a clock time or an edge of the day.
        Case("The invasion began at dawn on 6 June 1944.", "dawn", .time, "1944-06-06TMO", mod: "START"),
        Case("Polls closed at 8 p.m. on 26 February.", "8 p.m.", .time, "2023-02-26T20:00"),
        // "at dawn the next day", "6 a.m. the following day", "dusk that day": the story's day the words name.
        Case("The ship left on Monday. It sank at 6 a.m. the following day.", "6 a.m. the following day", .time, "2023-02-28T06:00"),
        Case("Rebels attacked on Sunday. At dusk that day, they withdrew.", "dusk that day", .time, "2023-02-26TEV", mod: "START"),
        // A clock time on a holiday.
        Case("The bomb exploded at 3 p.m. on Christmas Day.", "3 p.m.", .time, "2022-12-25T15:00"),
        Case("The parade begins at 9 a.m. Thanksgiving Day.", "9 a.m. Thanksgiving Day", .time, "2023-11-23T09:00"),
        Case("The parade began at 9 a.m. Thanksgiving Day.", "9 a.m. Thanksgiving Day", .time, "2022-11-24T09:00"),
        Case("Mass was held at midnight on Christmas Eve.", "midnight", .time, "2022-12-25T00:00"),
    ]

    @Test(arguments: cases)
    func weekday(_ item: Case) throws { try FamilyCheck.check(item) }
}
