import Testing
@testable import Chronicle

/// The hundred-and-forty-eighth round, a sweep of lengths, rates and open spans in news: a length written in two or three
/// units, each the next smaller one, is one length ("two hours and 40 minutes" `PT2H40M`, "five years and six months",
/// "three hours 20 minutes", "2 hours, 15 minutes", "2 hours 3 minutes and 40 seconds"), and before "ago" one date
/// ("two years and three months ago" 27 months back); "the past year and a half", "the next month and a half", "the last
/// hour and a half" are one length up to or from the dateline (were "the past year", a year, or nothing); and "two years
/// back", "a few months back" date as "ago" does; and a rate after a vague count of things is a set ("hundreds of flights
/// a day", "tens of thousands of tourists a year"; was a length). Each case pins its own dateline.
@Suite("Family news round 148")
struct FamilyNewsRound148Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A length in two or three units.
        length("The marathon winner finished in two hours and 40 minutes.", "two hours and 40 minutes", "PT2H40M", on(2024, 6, 12)),
        length("The debate ran an hour and 15 minutes on Tuesday.", "an hour and 15 minutes", "PT1H15M", on(2019, 10, 16)),
        length("The outage lasted three hours 20 minutes.", "three hours 20 minutes", "PT3H20M", on(2021, 2, 3)),
        length("He was sentenced to five years and six months in prison.", "five years and six months", "P5Y6M", on(2018, 5, 9)),
        length("The crew's mission lasted 14 days and 6 hours.", "14 days and 6 hours", "P14DT6H", on(2022, 8, 30)),
        length("The flight from Sydney took 11 hours and 30 minutes.", "11 hours and 30 minutes", "PT11H30M", on(2016, 1, 7)),
        length("She ran the course in 2 hours, 15 minutes.", "2 hours, 15 minutes", "PT2H15M", on(2023, 4, 17)),
        length("The siege of the city lasted two years and three months.", "two years and three months", "P2Y3M", on(2015, 11, 2)),
        length("He spent a year and two months abroad.", "a year and two months", "P1Y2M", on(2020, 7, 21)),
        length("The race lasted 2 hours 3 minutes and 40 seconds.", "2 hours 3 minutes and 40 seconds", "PT2H3M40S", on(2019, 4, 15)),
        length("The talks will last three weeks and two days.", "three weeks and two days", "P23D", on(2025, 3, 3)),
        // Before "ago": a date that far back, in the smaller unit.
        news("The deal was signed two years and three months ago.", "two years and three months ago", "2022-03", on(2024, 6, 12)),
        news("The mine flooded three weeks and two days ago.", "three weeks and two days ago", "2024-05-20", on(2024, 6, 12)),
        // One unit and a half up to or from the dateline.
        length("Prices have fallen over the past year and a half.", "the past year and a half", "P1Y6M", on(2024, 6, 12)),
        length("Rents rose sharply in the last year and a half.", "the last year and a half", "P1Y6M", on(2017, 9, 8)),
        length("The firm will hire 300 people over the next year and a half.", "the next year and a half", "P1Y6M", on(2023, 1, 30)),
        length("Rain fell for the last hour and a half.", "the last hour and a half", "PT1H30M", on(2021, 11, 5)),
        length("Crews will repair the road over the coming week and a half.", "the coming week and a half", "P1.5W", on(2022, 3, 14)),
        // "back" as "ago".
        news("The plant closed two years back.", "two years back", "2022", on(2024, 6, 12)),
        news("Two years back, the company was nearly bankrupt.", "Two years back", "2017", on(2019, 2, 11)),
        news("I saw him three weeks back at the market.", "three weeks back", "2024-W21", on(2024, 6, 12)),
        news("Prices were higher a few months back.", "a few months back", "PAST_REF", on(2020, 10, 1)),
        // A rate after a vague count of things ("hundreds of", "millions of", "tens of thousands of").
        set("Hundreds of flights a day were cancelled.", "a day", "P1D", on(2024, 6, 12)),
        set("The country pumps millions of barrels a day.", "a day", "P1D", on(2016, 9, 27)),
        set("Thousands of migrants a year cross the sea.", "a year", "P1Y", on(2019, 7, 4)),
        set("He checks his phone dozens of times a day.", "a day", "P1D", on(2022, 2, 8)),
        set("Tens of thousands of tourists a year visit the site.", "a year", "P1Y", on(2018, 8, 20)),
        set("Scores of trucks a week cross the border.", "a week", "P1W", on(2023, 11, 29)),
    ]

    /// Guards (these read right before the round, and must stay so): a count after a length and before "after" or "later"
    /// is a point of its own; "back" after a verb of moving, before "to", or before a noun is no "ago"; margins of seconds
    /// stay lengths; "the past year" alone stays the year before the dateline's.
    static let guards: [Case] = [
        length("They met for two hours, 15 minutes after the blast.", "two hours", "PT2H", on(2024, 6, 12)),
        news("He served two years and 10 months later was freed.", "10 months later", "2025-04", on(2024, 6, 12)),
        length("The hearing was pushed a week back to May.", "a week", "P1W", on(2024, 6, 12)),
        length("The fire set the project two years back.", "two years", "P2Y", on(2024, 6, 12)),
        length("Tenants owed two years back rent.", "two years", "P2Y", on(2024, 6, 12)),
        length("He finished 12 seconds back.", "12 seconds", "PT12S", on(2024, 6, 12)),
        length("He spent three years in jail and 10 months on parole.", "three years", "P3Y", on(2024, 6, 12)),
        news("The past year was hard for farmers.", "The past year", "2023", on(2024, 6, 12)),
        length("Thousands of fans waited a day for tickets.", "a day", "P1D", on(2024, 6, 12)),
        length("Rescuers pulled dozens of survivors a day after the quake.", "a day", "P1D", on(2024, 6, 12)),
        news("The firm hired hundreds of workers a year ago.", "a year ago", "2023", on(2024, 6, 12)),
    ]

    @Test(arguments: cases)
    func compoundLengthOrBack(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func pointOrLength(_ item: Case) throws { try FamilyCheck.check(item) }
}
