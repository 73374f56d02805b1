import Testing
@testable import Chronicle

/// The hundred-and-fifty-third round: a length in two units before "back" or "from now" dates as before "ago" (round
/// 148): "two years and three months back" 27 months before the dateline (was the length `P2Y3M`, "back" dropped), "three
/// weeks and two days from now" 23 days after it (was `P23D` and "now"), with round 148's guards for "back" (days or
/// longer, "back" ending its phrase, no verb of setting or moving before it). Each case pins its own dateline.
@Suite("Family news round 153")
struct FamilyNewsRound153Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // Before "back": that far back, in the smaller unit.
        news("The plant closed two years and three months back.", "two years and three months back", "2022-03", on(2024, 6, 12)),
        news("Three weeks and two days back, the mine flooded.", "Three weeks and two days back", "2024-05-20", on(2024, 6, 12)),
        news("Voters last went to the polls a year and four months back.", "a year and four months back", "2021-11", on(2023, 3, 9)),
        // Before "from now" or "from today": that far ahead.
        news("The plant will open two years and three months from now.", "two years and three months from now", "2025-05", on(2023, 2, 15)),
        news("The vote is three weeks and two days from now.", "three weeks and two days from now", "2023-03-10", on(2023, 2, 15)),
        news("The talks resume three weeks and two days from today.", "three weeks and two days from today", "2021-10-01", on(2021, 9, 8)),
        news("The probe will land one year and six months from now.", "one year and six months from now", "2020-10", on(2019, 4, 3)),
    ]

    /// Guards (these read right before the round, and must stay so): "back" after a verb of setting or moving, before
    /// "to" or a noun, or after seconds is no "ago"; "from" before anything but "now" or "today" leaves the length.
    static let guards: [Case] = [
        length("The fire set the project two years and three months back.", "two years and three months", "P2Y3M", on(2024, 6, 12)),
        length("They pushed the vote three weeks and two days back to May.", "three weeks and two days", "P23D", on(2024, 6, 12)),
        length("Tenants owed two years and three months back rent.", "two years and three months", "P2Y3M", on(2024, 6, 12)),
        length("She finished 3 minutes and 20 seconds back.", "3 minutes and 20 seconds", "PT3M20S", on(2024, 6, 12)),
        length("The fund returned 8 percent in two years and three months from its launch.", "two years and three months", "P2Y3M", on(2024, 6, 12)),
    ]

    @Test(arguments: cases)
    func compoundBackOrFromNow(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func lengthStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
