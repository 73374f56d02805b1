import Testing
@testable import Chronicle

/// The hundred-and-fifty-fourth round, a sweep of desks not swept before (courts, elections, weather, health, space,
/// obituaries, earnings, sports, farming, transport, schools, the arts): "every" before a count given as a range is one
/// set, valued at the lower bound as the length is ("every three or four days" `P3D`; was the length "three or four
/// days"), and "as many" units after "in", "over" or "within" repeat the count or ordinal before them ("his third win in
/// as many days" `P3D`; was "many days", `PXD`); and "in" a count of units with "'s time" is that point ahead whatever
/// the verb ("go to the polls in a week's time" `2023-W13`; was the length "a week"). Each case pins its own dateline.
@Suite("Family news round 154")
struct FamilyNewsRound154Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // "every" and a count given as a range: one set, the lower bound.
        set("The team plays every three or four days in December.", "every three or four days", "P3D", on(2023, 9, 11)),
        set("Buses run every 10 to 15 minutes during the morning rush.", "every 10 to 15 minutes", "PT10M", on(2024, 2, 6)),
        set("The comet returns every 70 to 80 years.", "every 70 to 80 years", "P70Y", on(2021, 5, 3)),
        set("Inspectors visited the plant every two or three weeks.", "every two or three weeks", "P2W", on(2022, 8, 12)),
        set("Nurses checked the patients every four to six hours.", "every four to six hours", "PT4H", on(2023, 3, 22)),
        set("Elections are held every four or five years.", "every four or five years", "P4Y", on(2025, 2, 10)),
        set("The drug is taken every one or two days.", "every one or two days", "P1D", on(2021, 5, 3)),
        // "in as many" units: the count or ordinal before, again.
        length("It was his third win in as many days.", "as many days", "P3D", on(2024, 7, 15)),
        length("The company has had four chief executives in as many years.", "as many years", "P4Y", on(2023, 4, 27)),
        length("She won two titles in as many weeks.", "as many weeks", "P2W", on(2024, 1, 22)),
        length("The club sacked its third coach in as many months on Monday.", "as many months", "P3M", on(2023, 9, 11)),
        length("Prices rose for the fifth time in as many weeks.", "as many weeks", "P5W", on(2022, 8, 12)),
        length("The airline cut 12 routes over as many months.", "as many months", "P12M", on(2023, 12, 19)),
        // "in" a count of units and "'s time" or "' time": that point ahead, whatever the verb, "time" and all.
        news("Voters go to the polls in a week's time.", "a week's time", "2023-W13", on(2023, 3, 22)),
        news("Talks resume in 10 days' time.", "10 days' time", "2024-03-24", on(2024, 3, 14)),
        news("The plant reopens in three months' time, the firm said.", "three months' time", "2022-11", on(2022, 8, 12)),
        news("The final will be played in two weeks' time.", "two weeks' time", "2024-W31", on(2024, 7, 15)),
        news("Results are expected in a year's time.", "a year's time", "2022", on(2021, 10, 14)),
    ]

    /// Guards (these read right before the round, and must stay so): "every" before one count, every other unit; "many"
    /// units without "in as"; "as many as" a count; "in as many" with no count before it.
    static let guards: [Case] = [
        set("The team plays every three days.", "every three days", "P3D", on(2023, 9, 11)),
        set("Inspectors visit every other week.", "every other week", "P2W", on(2022, 8, 12)),
        length("She has worked there for many years.", "many years", "PXY", on(2024, 1, 22)),
        length("The trial could last as many as five days.", "five days", "P5D", on(2024, 3, 14)),
        length("Rescuers worked in as many days as they could.", "many days", "PXD", on(2023, 10, 5)),
        length("The talks took three or four days.", "three or four days", "P3D", on(2023, 3, 22)),
        length("Talks resume in 10 days.", "10 days", "P10D", on(2024, 3, 14)),
        news("The bridge will open in three months.", "three months", "2022-11", on(2022, 8, 12)),
    ]

    /// No expression: "every" and a range of counts of things.
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The striker scores every two or three games.", "two or three games", dateline: on(2023, 9, 11)),
    ]

    @Test(arguments: cases)
    func everyRangeOrAsMany(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func oneCountOrNoRepeat(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: lookAlikes)
    func noSet(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
