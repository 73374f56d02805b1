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
        // last / next / this / this past / this coming.
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
        // "the early hours", "the small hours": the start of the story's morning (not "the first hours of the war", a length;
        // "the early hours of Monday" is Monday, as the news corpora annotate it).
        Case("The fire broke out in the early hours.", "the early hours", .time, "2023-02-28TMO", mod: "START"),
        Case("The raid came in the small hours.", "the small hours", .time, "2023-02-28TMO", mod: "START"),
        Case("The fire broke out in the early morning hours.", "the early morning hours", .time, "2023-02-28TMO", mod: "START"),
        Case("He worked into the wee hours of the morning.", "the wee hours of the morning", .time, "2023-02-28TMO", mod: "START"),
        Case("Fighting raged into the early hours of Monday.", "Monday", .date, "2023-02-27"),
        // Clock times: "3pm." ends the sentence; "6 o'clock in the evening", "7:30 tonight", "4:15 Sunday afternoon" read
        // the part of the day; "half past nine", "a quarter to ten" said in words.
        Case("The meeting starts at 3pm.", "3pm", .time, "2023-02-28T15:00"),
        Case("They met at 6 o'clock in the evening.", "6 o'clock in the evening", .time, "2023-02-28T18:00"),
        Case("Doors open at 7:30 tonight.", "7:30 tonight", .time, "2023-02-28T19:30"),
        Case("He was found at 4:15 Sunday afternoon.", "4:15 Sunday afternoon", .time, "2023-02-26T16:15"),
        Case("The shooting began at about half past nine.", "about half past nine", .time, "2023-02-28T09:30", mod: "APPROX"),
        Case("He arrived at a quarter to ten.", "a quarter to ten", .time, "2023-02-28T09:45"),
        Case("The blast came at a quarter past 11 on Sunday.", "a quarter past 11", .time, "2023-02-26T11:15"),
        // After "on", a day written first is the day of a clock time or an edge of the day.
        Case("The invasion began at dawn on 6 June 1944.", "dawn", .time, "1944-06-06TMO", mod: "START"),
        Case("Polls closed at 8 p.m. on 26 February.", "8 p.m.", .time, "2023-02-26T20:00"),
        // "at dawn the next day", "6 a.m. the following day", "dusk that day": the story's day the words name.
        Case("The ship left on Monday. It sank at 6 a.m. the following day.", "6 a.m. the following day", .time, "2023-02-28T06:00"),
        Case("Rebels attacked on Sunday. At dusk that day, they withdrew.", "dusk that day", .time, "2023-02-26TEV", mod: "START"),
        // A clock time on a holiday.
        Case("The bomb exploded at 3 p.m. on Christmas Day.", "3 p.m.", .time, "2022-12-25T15:00"),
        Case("The parade begins at 9 a.m. Thanksgiving Day.", "9 a.m. Thanksgiving Day", .time, "2022-11-24T09:00"),
        Case("Mass was held at midnight on Christmas Eve.", "midnight", .time, "2022-12-25T00:00"),
    ]

    @Test(arguments: cases)
    func weekday(_ item: Case) throws { try FamilyCheck.check(item) }
}
