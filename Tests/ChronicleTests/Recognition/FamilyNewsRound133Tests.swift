import Testing
@testable import Chronicle

/// The hundred-and-thirty-third round, a sweep of desks not swept before (sports, weather, courts, science and health,
/// elections, timetables, harvests): "that" after a verb of saying, with or without the report's day ("said on Monday
/// that February was the wettest", "warned that August is the peak"), opens the reported clause and is no pointer back
/// to the story's time; a month or season that is that clause's subject takes its verb's tense ("said June would be
/// busy", "said that summer would be spent rebuilding", "warned that December would bring shortages"); and "late" or
/// "early" after a length of time says how far off schedule something was, not which part of the period follows
/// ("planting began two weeks late this year", "the trains ran three hours late this morning"). Each case pins its own
/// dateline.
@Suite("Family news round 133")
struct FamilyNewsRound133Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // "that" opening the reported clause, right after the verb of saying or past the report's day.
        news("The agency said on Monday that February was the wettest since 1862.", "February", "2020-02", on(2020, 3, 16)),
        news("Forecasters said Thursday that January was the coldest in 30 years.", "January", "2019-01", on(2019, 3, 20)),
        news("Officials said Tuesday that April was the driest on record.", "April", "2018-04", on(2019, 3, 20)),
        news("Officials warned that August is the peak of the fire season.", "August", "2025-08", on(2025, 8, 8)),
        // Or before a verb of its clause, after another verb.
        news("The report found that March had been the busiest month.", "March", "2019-03", on(2019, 3, 20)),
        // The month or season the reported clause is about, in that clause's tense.
        news("The minister said that June will be busy.", "June", "2019-06", on(2019, 3, 20)),
        news("She said June would be busy for the port.", "June", "2017-06", on(2017, 2, 14)),
        news("The coach said that summer would be spent rebuilding.", "summer", "2019-SU", on(2019, 3, 20)),
        // After a verb of forecasting, or of warning with its hearer.
        news("He warned that December would bring shortages.", "December", "2019-12", on(2019, 3, 20)),
        news("Analysts predicted that June would be the busiest month.", "June", "2023-06", on(2023, 1, 10)),
        news("She warned investors that October would be volatile.", "October", "2015-10", on(2015, 4, 2)),
        // "late" and "early" after a length of time: off schedule, not a part of the period.
        news("Rice farmers began planting two weeks late this year.", "this year", "2016", on(2016, 4, 29)),
        time("The bus arrived 10 minutes early this morning.", "this morning", "2024-11-05TMO", on(2024, 11, 5)),
        time("The trains ran three hours late this morning.", "this morning", "2019-03-20TMO", on(2019, 3, 20)),
        time("The flight landed 40 minutes late this afternoon.", "this afternoon", "2022-05-10TAF", on(2022, 5, 10)),
        news("The project finished six months late last year.", "last year", "2018", on(2019, 3, 20)),
    ]

    /// Guards (these read right before the round, and must stay so): "that" after a verb of doing, or before a comma, still
    /// points back; "late" and "early" before the period itself still take its part.
    static let guards: [Case] = [
        news("The drought began that August and ended a year later.", "that August", "2019-08", on(2019, 10, 2)),
        news("Sales rose late last year.", "late last year", "2018", mod: "END", on(2019, 3, 20)),
        news("The harvest began early this year.", "early this year", "2016", mod: "START", on(2016, 4, 29)),
        news("Officials said summer sales rose.", "summer", "2018-SU", on(2019, 3, 20)),
    ]

    @Test(arguments: cases)
    func reportedClauseOrSchedule(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func pointerOrPart(_ item: Case) throws { try FamilyCheck.check(item) }
}
