import Testing
@testable import Chronicle

/// The hundred-and-thirty-eighth round, values round 133 left: a half of a match is no calendar half when the sentence
/// names the match's clock, a keeper, a defender, a header or the half-time interval ("struck in the 30th minute and again
/// early in the second half", "led 1-0 at half-time"); a month or a season fronted after "in" in a clause reported with
/// "that" takes the reported verb's tense ("said that in June the plant would be busy"); and a fixture a side reached or
/// earned a place in is still to come ("reached Sunday's final", "booked a place in Saturday's final"). Each case pins its
/// own dateline.
@Suite("Family news round 138")
struct FamilyNewsRound138Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    /// Halves of a match: no expression.
    static let matchHalves: [FamilyLookAlike] = [
        FamilyLookAlike("United led 1-0 at half-time after a dominant first half.", "first half"),
        FamilyLookAlike("Salah struck in the 30th minute and again early in the second half.", "second half"),
        FamilyLookAlike("The keeper was beaten twice in the first half.", "first half", dateline: FamilyDates.friday),
        FamilyLookAlike("A header early in the second half settled it.", "second half", dateline: FamilyDates.sunday),
        FamilyLookAlike("The defender was sent off in the first half.", "first half"),
        FamilyLookAlike("Villa's equalising shot came early in the second half.", "second half", dateline: FamilyDates.friday),
    ]

    static let cases: [Case] = [
        // A month or a season fronted in the reported clause, in that clause's tense.
        news("She said that in June the plant would be busy.", "June", "2023-06", on(2023, 3, 22)),
        news("The minister said that in September the schools would reopen.", "September", "2019-09", on(2019, 3, 20)),
        news("He told reporters that in August the company would start hiring again.", "August", "2021-08", on(2021, 2, 10)),
        news("Officials warned on Monday that in December the reservoirs would run dry.", "December", "2017-12", on(2017, 5, 3)),
        news("The coach said Tuesday that in May the team would travel to Spain.", "May", "2024-05", on(2024, 2, 14)),
        news("Forecasters predicted that in summer the rivers would flood.", "summer", "2022-SU", on(2022, 2, 1)),
        news("She said that in June, the plant would be busy.", "June", "2023-06", on(2023, 3, 22)),
        // A fixture reached or earned a place in: still to come.
        news("Djokovic reached Sunday's final with a straight-sets win.", "Sunday", "2023-03-26", on(2023, 3, 22)),
        news("The Irish booked a place in Saturday's final with a 24-10 win.", "Saturday", "2019-03-16", on(2019, 3, 14)),
        news("Verstappen qualified for Sunday's race in third place.", "Sunday", "2023-03-26", on(2023, 3, 22)),
        news("The Spaniard advanced to Friday's semifinal after a walkover.", "Friday", "2022-09-16", on(2022, 9, 14)),
        news("Celtic secured a spot in Saturday's cup final.", "Saturday", "2023-03-25", on(2023, 3, 22)),
        news("Swiatek reached Saturday's final for the second year running.", "Saturday", "2023-03-25", on(2023, 3, 22)),
    ]

    /// Guards (these read right before the round, and must stay so): a company's half; a past reported clause, a month
    /// the report itself is dated by, a year; a fixture played, or a place reached that is no stage.
    static let guards: [Case] = [
        news("Profits fell in the second half as demand weakened.", "the second half", "2022-H2", on(2023, 3, 22)),
        news("She said that in June the plant was busy.", "June", "2022-06", on(2023, 3, 22)),
        news("The mayor said in June the bridge would close.", "June", "2022-06", on(2023, 3, 22)),
        news("She recalled that in June the plant was busy.", "June", "2022-06", on(2023, 3, 22)),
        news("He said on Monday that in 2025 the firm would double its output.", "2025", "2025", on(2023, 3, 22)),
        news("He scored twice in Saturday's match.", "Saturday", "2023-03-18", on(2023, 3, 22)),
        news("Murray lost Sunday's final to Djokovic.", "Sunday", "2023-03-19", on(2023, 3, 22)),
        news("Fans reached Saturday's final venue hours early.", "Saturday", "2023-03-18", on(2023, 3, 22)),
        news("Police reached Saturday's game late.", "Saturday", "2023-03-18", on(2023, 3, 22)),
    ]

    @Test(arguments: matchHalves)
    func halfOfAMatch(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: cases)
    func reportedClauseOrFixture(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func pastOrCompany(_ item: Case) throws { try FamilyCheck.check(item) }
}
