import Testing
@testable import Chronicle

/// Numbers and words that look like time expressions but are not.
@Suite("Family look-alikes")
struct FamilyLookAlikeTests {
    typealias Case = FamilyLookAlike

    static let cases: [Case] = [
        Case("Prices rose 33% in the capital.", "33%"),
        Case("The fund holds $5 billion in assets.", "$5 billion"),
        Case("The pipeline runs 1,000 kilometer across the steppe.", "1,000 kilometer"),
        Case("The army sent 2,000 soldiers to the border.", "2,000 soldiers"),
        Case("The army sent 1500 soldiers to the border.", "1500 soldiers"),
        Case("Prices may rise again.", "may"),
        Case("The plan may be approved by parliament.", "may"),
        Case("They march on the capital.", "march"),
        Case("Workers will march to the square.", "march"),
        Case("The party unveiled a 12-point plan.", "12-point plan"),
        Case("Stocks could fall sharply.", "fall"),
        Case("Temperatures will fall below zero.", "fall"),
        Case("Shares fell 2.5 percent.", "2.5 percent"),
        Case("He paid $2020 for the ticket.", "$2020"),
        Case("The rate stands at 4.5%.", "4.5%"),
        Case("The home team won 3-2.", "3-2"),
        Case("Call 555-1234 for details.", "555-1234"),
        Case("Reporter April Ryan asked a question.", "April Ryan"),
        // Holiday names start with ordinary words: only the whole capitalised name is a day.
        Case("The black cat crossed the road.", "black"),
        Case("He moved to Palm Beach last spring.", "Palm Beach"),
        Case("The company says May day trading volumes rose.", "May day"),
        Case("Martin Luther King led the march.", "Martin Luther King"),
        Case("Retailers expect a strong holiday season.", "holiday season"),
        // "dawn", "sunset", "overnight" that are no time of a day.
        Case("It was the dawn of a new era.", "dawn"),
        Case("The sunset clause expires soon.", "sunset"),
        Case("Golden Dawn won seats in parliament.", "Dawn"),
        Case("The army attacked in a pre-dawn raid.", "dawn"),
        Case("As dawn broke, the guns fell silent.", "dawn"),
        Case("He was an overnight success.", "overnight"),
        Case("The overnight rate rose.", "overnight"),
        Case("The first light of day appeared.", "first light"),
        Case("The rockets lit up the night sky.", "night"),
        Case("Many families travel during the Lunar New Year holiday.", "New Year"),
        Case("All day long they waited.", "All"),
        Case("She left the evening before the vote.", "evening"),
        Case("The small business grew.", "small"),
        Case("The ship reached Easter Island.", "Easter"),
        Case("Black Monday hit markets.", "Monday"),
        Case("India's Independence Day parade was held.", "Independence Day"),
        Case("Canadian Thanksgiving falls in October.", "Thanksgiving"),
        Case("The polls closed at 8 p.m. the day voters were told.", "the day"),
        Case("The vote is set for Super Tuesday.", "Tuesday"),
        Case("The massacre happened on Bloody Sunday in 1972.", "Sunday"),
        Case("Christmas Island lies south of Java.", "Christmas"),
        Case("The stake rose from a quarter to one third.", "to one"),
        Case("About half past the deadline, nothing happened.", "half past"),
        Case("He was last seen Nov. 3, the day before authorities issued a warrant.", "the day before"),
        Case("It happened at 10:35 a.m. (0735 GMT) on the border.", "0735"),
        Case("AP-NR-08-15-90 1337EDT Saddam seeks end to war.", "1337EDT"),
        Case("Later on, Sunday became a rest day.", "Later on"),
        Case("The sun rose over the city.", "sun"),
        Case("He ran 5,000 meters in the heat.", "5,000 meters"),
        Case("The dollar bought 2020 yen.", "2020 yen"),
        // Four-digit clock times with a zone are no years (a bracketed restatement is no expression of its own; the others
        // are clock times: FamilyWeekdayTests).
        Case("The ceasefire began at 6 p.m. local time (1500 GMT).", "1500"),
        Case("The day before the vote, he left the country.", "The day before"),
        Case("Attendance was 1,998 people.", "1,998 people"),
        Case("The form asks in section Q7 for details.", "Q7"),
        Case("Many analysts doubt the plan.", "Many analysts"),
        // Half-year labels and split years: a flight, a visa, a score.
        Case("Flight H1 landed safely.", "H1"),
        Case("He applied for an H1-B visa.", "H1"),
        Case("The ratio was 2022/15 at the close.", "2022/15"),
        Case("They may march to the square and may stay.", "march"),
        Case("He paid a quarter-million dollars for it.", "quarter"),
        Case("He became a multi-millionaire.", "multi"),
        Case("She devoted the decade to charity.", "the decade"),
        // An ordinal run names one period the corpora leave out: "the third consecutive month" (TimeBank).
        Case("It was the third consecutive month of gains.", "consecutive month"),
        Case("He won two straight sets.", "straight sets"),
        Case("They had dinner at TGI Fridays.", "Fridays"),
        Case("It is a matter of days before he leaves.", "days"),
        Case("Sales were five times a year earlier.", "five times"),
        Case("Prices fall to spring lows.", "fall to spring"),
        Case("The best part of the show was the end.", "best part"),
        Case("He scored 20-plus points.", "20-plus"),
        Case("They hold twice weekly meetings.", "weekly"),
        Case("Shares rose 2.5 percent in the session.", "2.5 percent"),
        Case("The 2H pencil broke.", "2H"),
        Case("He drove a 4Q5 prototype.", "4Q5"),
        Case("The shares were worth three times book value.", "three times"),
        Case("The good old days before the war are gone.", "days"),
        Case("The cafe sells sundays in summer.", "sundays"),
        Case("Several ministers resigned.", "Several ministers"),
    ]

    @Test(arguments: cases)
    func lookAlike(_ item: Case) throws { try FamilyCheck.check(item) }
}
