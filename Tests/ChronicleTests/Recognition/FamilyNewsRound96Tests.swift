import Testing
@testable import Chronicle

/// The ninety-sixth round: a half or a quarter that a verb of expecting, forecasting or guiding looks to is one still
/// ahead, in any tense ("The airline expects a profit in the second half", "The company forecast a loss in the second
/// half", "The carrier sees demand picking up in the fourth quarter" in March: this year's), while results season keeps
/// last year's ("reported a loss in the fourth quarter", "was better than expected", "had expected").
@Suite("Family news round 96")
struct FamilyNewsRound96Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let march = on(2023, 3, 1)
    static let february = on(2023, 2, 10)
    static let january = on(2024, 1, 15)
    static let july = on(2022, 7, 20)
    static let october = on(2021, 10, 5)

    /// A half or quarter after a verb of expecting: ahead.
    static let ahead: [Case] = [
        N.news("The airline expects a profit in the second half.", "the second half", "2023-H2", dateline: march),
        N.news("The airline expects to return to profit in the second half.", "the second half", "2023-H2", dateline: march),
        N.news("The company forecast a loss in the second half.", "the second half", "2023-H2", dateline: march),
        N.news("The carrier sees demand picking up in the fourth quarter.", "the fourth quarter", "2023-Q4", dateline: march),
        N.news("The bank warned of a loss in the fourth quarter.", "the fourth quarter", "2023-Q4", dateline: february),
        N.news("The airline expected a profit in the second half.", "the second half", "2023-H2", dateline: february),
        N.news("The retailer sees sales rising in the fourth quarter.", "the fourth quarter", "2024-Q4", dateline: january),
        N.news("The firm predicts a loss in the second half.", "the second half", "2022-H2", dateline: july),
        N.news("The insurer forecast higher claims in the fourth quarter.", "the fourth quarter", "2022-Q4", dateline: july),
    ]

    /// Results season, an expectation of the past, the passive of results season (round 68) and the noun "forecasts":
    /// last year's, or the one begun.
    static let past: [Case] = [
        N.news("The company reported a loss in the fourth quarter.", "the fourth quarter", "2022-Q4", dateline: february),
        N.news("Profit in the fourth quarter was better than expected.", "the fourth quarter", "2022-Q4", dateline: february),
        N.news("As expected in the second half, sales slowed.", "the second half", "2022-H2", dateline: february),
        N.news("Analysts had expected a loss in the fourth quarter.", "the fourth quarter", "2022-Q4", dateline: february),
        N.news("Fourth-quarter profit rose 5 percent.", "Fourth-quarter", "2023-Q4", dateline: january),
        N.news("The retailer reported strong sales in the fourth quarter.", "the fourth quarter", "2023-Q4", dateline: january),
        N.news("The firm posted a loss in the first half.", "the first half", "2022-H1", dateline: july),
        N.news("The chipmaker forecasts record revenue in the fourth quarter.", "the fourth quarter", "2021-Q4", dateline: october),
        N.news("Sales missed forecasts in the fourth quarter.", "the fourth quarter", "2022-Q4", dateline: march),
        N.news("Margins were above forecasts in the second half.", "the second half", "2022-H2", dateline: february),
        N.news("Revenue is expected to rise in the fourth quarter.", "the fourth quarter", "2022-Q4", dateline: march),
        N.news("The brewer posted higher volumes in the first quarter.", "the first quarter", "2023-Q1", dateline: on(2023, 4, 20)),
    ]

    @Test(arguments: ahead)
    func expectedAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: past)
    func pastStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
