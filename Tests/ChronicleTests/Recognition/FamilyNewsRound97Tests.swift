import Testing
@testable import Chronicle

/// The ninety-seventh round: after a plain past verb, the month after the dateline's is last year's ("The minister
/// resigned in March", "Prices fell in March" in February: last March), as any month further ahead already was; only a
/// clause that reports a plan, a schedule or an intention keeps it in the dateline's year ("a summit scheduled for April",
/// "the accession was planned for early March", "announced it would cut supply in September", "agreed to meet in March").
@Suite("Family news round 97")
struct FamilyNewsRound97Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let february = on(2024, 2, 15)
    static let june = on(2023, 6, 10)
    static let december = on(2023, 12, 10)
    static let march = on(2022, 3, 8)
    static let august = on(2021, 8, 20)

    /// A plain past event in the next month: last year's.
    static let lastYear: [Case] = [
        N.news("The minister resigned in March.", "March", "2023-03", dateline: february),
        N.news("Prices fell in March.", "March", "2023-03", dateline: february),
        N.news("The company reported a loss in March.", "March", "2023-03", dateline: february),
        N.news("The singer was born in March.", "March", "2023-03", dateline: february),
        N.news("The actor died in July.", "July", "2022-07", dateline: june),
        N.news("Shares of the bank fell sharply in July.", "July", "2022-07", dateline: june),
        N.news("The team won the title in April.", "April", "2021-04", dateline: march),
        N.news("The factory shut its doors in September.", "September", "2020-09", dateline: august),
        N.news("In July, rebels seized the town.", "July", "2022-07", dateline: june),
    ]

    /// A plan, a schedule or an intention (and a month across the new year, already last year's): the dateline's year.
    static let kept: [Case] = [
        N.news("The plant closed in January.", "January", "2023-01", dateline: december),
        N.news("The accession was planned for early March.", "early March", "2024-03", dateline: february),
        N.news("A summit was scheduled for March.", "March", "2024-03", dateline: february),
        N.news("The summit was set for April.", "April", "2022-04", dateline: march),
        N.news("The company announced it would cut supply in July.", "July", "2023-07", dateline: june),
        N.news("The council agreed to meet in July.", "July", "2023-07", dateline: june),
        N.news("The firm said it planned to introduce new computers in September.", "September", "2021-09", dateline: august),
        N.news("The minister said he would resign in March.", "March", "2024-03", dateline: february),
        N.news("The cabinet approved a budget for the fiscal year starting in July.", "July", "2023-07", dateline: june),
    ]

    @Test(arguments: lastYear)
    func plainPastIsLastYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: kept)
    func planStaysAhead(_ item: Case) throws { try FamilyCheck.check(item) }
}
