import Testing
@testable import Chronicle

/// The thirty-first round: the leftovers of rounds 28–30. Families: a weekday after "on a" or "one" ("on a Monday", "on
/// a Friday night", "one Sunday in May") is some such day, no particular one (`XXXX-WXX-1`); "At the end of the day" in a
/// present clause is the idiom, no date; a count of seasons in news is a count of a sport's (or a show's) seasons, a year
/// each ("14 seasons": `P14Y`); a forecast's or a warning's day after "for" ("Met Office warning for Sunday", "Forecast
/// for Saturday: rain") looks ahead, in a headline without a verb too; a day without its year in the two months after
/// the month the story went back to ("In March 2011 … On April 12") is of that year.
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirty-first round")
struct FamilyNewsRound31Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A weekday after "on a" or "one": some such day, no particular one (on main: the tense's particular day).
        N.news("The market usually closes early on a Friday, traders said.", "Friday", "XXXX-WXX-5"),
        N.news("The attack happened on a Monday, police said.", "Monday", "XXXX-WXX-1"),
        N.news("Fans gathered on a Friday night in the square.", "Friday night", .time, "XXXX-WXX-5TNI"),
        N.news("The shooting took place on a Saturday afternoon when the mall was crowded.", "Saturday afternoon", .time,
               "XXXX-WXX-6TAF"),
        N.news("One Sunday in May, he vanished.", "Sunday", "XXXX-WXX-7"),
        N.news("He was last seen one Tuesday evening outside his office.", "Tuesday evening", .time, "XXXX-WXX-2TEV"),
        N.news("Christmas falls on a Wednesday this year.", "Wednesday", "XXXX-WXX-3"),
        N.news("Parliament rarely sits on a Friday.", "Friday", "XXXX-WXX-5"),
        // … a weekday without them stays the particular one.
        N.news("The attack happened on Monday, police said.", "Monday", "2013-03-18"),
        // "At the end of the day" with a day after it, or in a past or future clause, stays a date.
        N.news("Shares were down 2 percent at the end of the day.", "the end of the day", "2013-03-22", mod: "END"),
        N.news("At the end of the day, the index will close higher, traders predicted.", "the end of the day", "2013-03-22", mod: "END"),
        N.news("Shares fell by the end of the day.", "the end of the day", "2013-03-22", mod: "END"),
        N.news("\"At the end of the day, the troops withdrew,\" he said.", "the end of the day", "2013-03-22", mod: "END"),
        N.news("\"At the end of the day, we had lost 200 men,\" the general said.", "the end of the day", "2013-03-22", mod: "END"),
        // News: a count of seasons is a count of a sport's or a show's seasons, a year each (on main: calendar seasons,
        // `P42M`, `P30M`, `P9M`).
        N.news("He played 14 seasons in the NHL before retiring.", "14 seasons", .duration, "P14Y"),
        N.news("In his 10 seasons with the club, he scored 120 goals.", "10 seasons", .duration, "P10Y"),
        N.news("She spent three seasons at Chelsea.", "three seasons", .duration, "P3Y"),
        N.news("The show ran for six seasons on NBC.", "six seasons", .duration, "P6Y"),
        N.news("The club has not won the league in five seasons.", "five seasons", .duration, "P5Y"),
        // A forecast's or a warning's day after "for" looks ahead, in a headline without a verb too (on main: the last one).
        N.news("Met Office warning for Sunday", "Sunday", "2013-03-24"),
        N.news("Forecast for Saturday: rain and strong winds.", "Saturday", "2013-03-23"),
        N.news("Weather warning for Monday as storm approaches", "Monday", "2013-03-25"),
        N.news("Severe weather alert for Thursday in the north", "Thursday", "2013-03-28"),
        N.news("The outlook for Sunday is grim.", "Sunday", "2013-03-24"),
        N.news("Flood warnings for Tuesday cover much of Wales.", "Tuesday", "2013-03-26"),
        // … not a participle after its auxiliary.
        N.news("Rain was forecast for Saturday.", "Saturday", "2013-03-16"),
        // News: a day without its year in a past clause, in one of the two months after the month the story went back
        // to in an earlier year, is of that year, as a day of that month is (on main: the dateline's 2013, or 2012).
        N.news("In March 2011 the reactor was damaged by the tsunami. On April 12 officials raised the crisis to level 7.",
               "April 12", "2011-04-12"),
        N.news("The company filed for bankruptcy in November 2008. On Dec. 19 the government announced a rescue.",
               "Dec. 19", "2008-12-19"),
        N.news("In June 2012 the bank admitted rigging Libor. On July 2 its chairman resigned.", "July 2", "2012-07-02"),
        N.news("Rebels took the city in January 2012, and on March 1 the army retook it.", "March 1", "2012-03-01"),
        // … not further on, nor in a clause that looks ahead.
        N.news("The strike began in May 2011. On Aug. 30 it ended.", "Aug. 30", "2012-08-30"),
        N.news("The bank failed in October 2008. The trial opens on April 2.", "April 2", "2013-04-02"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // "At the end of the day" in a present clause is the idiom, no date (on main: the dateline's day, END).
        FamilyLookAlike("At the end of the day, voters want jobs.", "the end of the day", dateline: N.friday),
        FamilyLookAlike("At the end of the day, it is about trust, he said.", "the end of the day", dateline: N.friday),
        FamilyLookAlike("\"At the end of the day, we have to deliver,\" the coach said.", "the end of the day", dateline: N.friday),
        FamilyLookAlike("But at the end of the day, the decision rests with the president.", "the end of the day", dateline: N.friday),
        FamilyLookAlike("At the end of the day, what matters is growth.", "the end of the day", dateline: N.friday),
        // … and opening a quotation whose words hold no past, whatever the reporting verb after it.
        FamilyLookAlike("\"At the end of the day, people need to stay safe,\" a spokesman said on Tuesday.", "the end of the day",
                        dateline: N.friday),
        FamilyLookAlike("“At the end of the day, voters just want someone to fix the roads,” the mayor said.", "the end of the day",
                        dateline: N.friday),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    /// A weekday that is no particular day is on no date: no event of the timeline (on main: an event on the tense's day).
    @Test(arguments: ["The attack happened on a Monday, police said.", "One Sunday in May, he vanished.",
                      "Fans gathered on a Friday night in the square."])
    func nonspecificWeekdayIsOnNoDate(_ sentence: String) throws {
        let timeline = try FamilyCheck.timeline(sentence, N.friday)
        #expect(timeline.expressions.contains { $0.value?.hasPrefix("XXXX-WXX-") == true })
        #expect(!timeline.events.contains { $0.expression.value?.hasPrefix("XXXX-WXX-") == true })
    }
}
