import Testing
@testable import Chronicle

/// The ninety-first round, a sweep of invented business, economy, sport and local stories (2012-2015): "a year-on-year
/// basis", "a month-over-month gain" compare like periods and name no length; "May" after a determiner before a data noun
/// is the month ("the May jobs report", "its May figures"), not the modal; a forecast's present "sees" and a birthday's
/// "turns" look ahead as "expects" does ("The bank sees prices rising in the fourth quarter", "She turns 34 in
/// September"). Dateline: Fri 2013-03-22 unless a case says otherwise.
@Suite("Family news round 91")
struct FamilyNewsRound91Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let april = on(2013, 4, 22)
    static let january = on(2015, 1, 31)

    /// Like periods compared: no expression on the compound or its article.
    static let compared: [FamilyLookAlike] = [
        FamilyLookAlike("Sales rose 5 percent on a year on year basis.", "a year on year", dateline: N.friday),
        FamilyLookAlike("On a year-on-year basis, orders rose 9 percent in July.", "a year-on-year", dateline: N.friday),
        FamilyLookAlike("Prices rose on a week-on-week basis.", "a week-on-week", dateline: N.friday),
        FamilyLookAlike("The index gained on a day-over-day basis.", "a day-over-day", dateline: N.friday),
        FamilyLookAlike("Sales posted a month-over-month gain in December.", "a month-over-month", dateline: N.friday),
    ]

    /// Not eaten by the comparison: "on" or "over" not followed by the same unit (a length, or since round 150 "A year
    /// on," ending its phrase, "a year later").
    static let lengths: [Case] = [
        N.news("A year on, the town has recovered.", "A year on", "2014"),
        N.news("He waited a year over the summer.", "a year", .duration, "P1Y"),
        N.news("A week on Friday, the shop reopens.", "A week on Friday", "2013-03-29"),
    ]

    /// "May" after a determiner, before a data noun.
    static let mayData: [Case] = [
        N.news("The May jobs report is due on June 7.", "May", "2013-05"),
        N.news("The May figures were revised.", "May", "2012-05"),
        N.news("Its May report showed gains.", "May", "2012-05"),
        N.news("Investors await the May payrolls data next week.", "May", "2013-05"),
        N.news("The May inflation figures surprised economists.", "May", "2012-05", dateline: on(2012, 12, 14)),
    ]

    /// "May" before other nouns stays a name.
    static let mayName: [FamilyLookAlike] = [
        FamilyLookAlike("The May government fell.", "May", dateline: N.friday),
        FamilyLookAlike("The May cabinet met on Monday.", "May", dateline: N.friday),
    ]

    /// A forecast's "sees", a birthday's "turns": ahead.
    static let ahead: [Case] = [
        N.news("Analysts see growth picking up in the second half.", "the second half", "2013-H2", dateline: april),
        N.news("The bank sees prices rising in the fourth quarter.", "the fourth quarter", "2013-Q4", dateline: april),
        N.news("Investors see the Fed raising rates in the third quarter.", "the third quarter", "2014-Q3", dateline: on(2014, 1, 10)),
        N.news("The company sees sales recovering in September.", "September", "2015-09", dateline: january),
        N.news("Williams turns 34 in September.", "September", "2015-09", dateline: january),
        N.news("The senator turns 80 in November.", "November", "2014-11", dateline: on(2014, 1, 10)),
        N.news("Attention turns to the jobs report on Friday.", "Friday", "2015-02-06", dateline: january),
    ]

    /// Guards: the past stays past.
    static let past: [Case] = [
        N.news("Officials saw inflation rising in the second half.", "the second half", "2012-H2", dateline: april),
        N.news("Williams turned 34 in September.", "September", "2014-09", dateline: january),
        N.news("Analysts did not see growth in the first quarter.", "the first quarter", "2013-Q1", dateline: april),
    ]

    @Test(arguments: compared)
    func likePeriodsCompared(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: lengths)
    func lengthsStay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: mayData)
    func mayBeforeDataNoun(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: mayName)
    func mayBeforeOtherNoun(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: ahead)
    func forecastAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: past)
    func pastStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
