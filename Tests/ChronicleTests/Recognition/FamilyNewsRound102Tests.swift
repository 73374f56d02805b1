import Testing
@testable import Chronicle

/// The hundred-and-second round, values left over from rounds 86 and 98: an hour in words before "o'clock" ("four
/// o'clock this morning", "at nine o'clock"), a bare clock hour before a weekday's part of the day ("at 11 Sunday
/// night"), an hour after midnight with "last night" (the small hours of the next calendar day: "at 2 last night" on a
/// Friday dateline is that Friday 02:00), and "a day", "a year" in a rate after an amount ("$5 a day", "8 percent a
/// year": a set, TimeML's rate, not a length). Datelines vary per case.
@Suite("Family news round 102")
struct FamilyNewsRound102Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22), newYear = on(2020, 1, 1), monday = on(2025, 3, 3), sunday = on(2022, 11, 13)

    /// An hour in words before "o'clock", alone or with a part of a day or a weekday after it.
    static let hourInWords: [FamilyCase] = [
        time("Police were called at four o'clock this morning.", "four o'clock this morning", "2013-03-22T04:00", friday),
        time("The fire broke out at eleven o'clock last night.", "eleven o'clock last night", "2019-12-31T23:00", newYear),
        time("The vote will close at seven o'clock tomorrow evening.", "seven o'clock tomorrow evening", "2025-03-04T19:00",
             monday),
        time("The shop opened at nine o'clock.", "nine o'clock", "2022-11-13T09:00", sunday),
        time("The rally ended at one o'clock in the morning.", "one o'clock in the morning", "2013-03-22T01:00", friday),
        time("They will meet at ten o'clock Monday.", "ten o'clock Monday", "2013-03-25T10:00", friday),
    ]

    /// A bare hour after a clock's word before a weekday's part of the day; the tense picks the weekday.
    static let weekdayPart: [FamilyCase] = [
        time("The bomb exploded at 11 Sunday night.", "11 Sunday night", "2013-03-17T23:00", friday),
        time("The talks will resume at 11 Sunday night.", "11 Sunday night", "2013-03-24T23:00", friday),
        time("He was arrested at 6 Monday morning.", "6 Monday morning", "2013-03-18T06:00", friday),
        time("The market closed at 4 Tuesday afternoon.", "4 Tuesday afternoon", "2025-02-25T16:00", monday),
        time("Polls will open at 7 Saturday morning.", "7 Saturday morning", "2020-01-04T07:00", newYear),
    ]

    /// An hour after midnight with "last night": the night's next calendar day, the dateline's.
    static let smallHours: [FamilyCase] = [
        time("She called at 2 last night.", "2 last night", "2013-03-22T02:00", friday),
        time("The blast happened at 1:30 last night.", "1:30 last night", "2020-01-01T01:30", newYear),
        time("He was arrested at 3 a.m. last night.", "3 a.m. last night", "2022-11-13T03:00", sunday),
        time("The shelling stopped at about 4 last night.", "about 4 last night", "2025-03-03T04:00", mod: "APPROX", monday),
    ]

    /// The unit after an amount of money or a share: a rate, a set.
    static let amountRates: [FamilyCase] = [
        set("Workers earn $5 a day.", "a day", "P1D", friday),
        set("Prices rose 8 percent a year.", "a year", "P1Y", monday),
        set("The plan would save $500 million a year.", "a year", "P1Y", sunday),
        set("Inflation ran at 5% a month.", "a month", "P1M", newYear),
        set("Tickets cost 30 dollars a week.", "a week", "P1W", friday),
    ]

    /// Near misses that keep their reading: a date after an amount, a length after a preposition.
    static let keptReadings: [FamilyCase] = [
        news("Profit was $2 million a year ago.", "a year ago", "2012", friday),
        FamilyCase("He left within a week.", "a week", .duration, "P1W", dateline: monday),
    ]

    /// Near misses: a score or a count before a weekday's night, an hour after midnight on a weekday night, a clock
    /// hour above twelve in words, a programme's name after "the".
    static let nearMisses: [FamilyLookAlike] = [
        FamilyLookAlike("The Lakers won 4 Sunday night.", "4", dateline: friday),
        FamilyLookAlike("The toll rose to 10 Sunday night.", "10", dateline: monday),
        FamilyLookAlike("He left at 2 Sunday night.", "2", dateline: friday),
        FamilyLookAlike("The clocks were striking thirteen o'clock.", "thirteen", dateline: newYear),
        FamilyLookAlike("He watched the six o'clock news.", "six o'clock", dateline: friday),
    ]

    @Test(arguments: hourInWords)
    func hourInWordsBeforeOClock(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: weekdayPart)
    func bareHourBeforeWeekdayPart(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: smallHours)
    func afterMidnightLastNight(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: amountRates)
    func rateAfterAmount(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: keptReadings)
    func keptReading(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: nearMisses)
    func notAClock(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
