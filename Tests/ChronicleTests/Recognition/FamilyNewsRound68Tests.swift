import Testing
@testable import Chronicle

/// The sixty-eighth round: held-out news, probed on invented business, British, Australian and Indian wire copy at
/// datelines from 2015 to 2025. Families: an analysts' half-year or quarter label before the figure it dates ("H1
/// revenue came in at", "expects H2 margins to widen", "2H sales", "3Q earnings": were no expression without a
/// preposition before them); a batsman's "century" or "half-century" after a verb of scoring ("scored a century", "hit a
/// half-century": were `P1CE` and `P50Y`); British and Australian results' "the half year ended 31 December", "the
/// half-year to June": six months closing on a date, as "the six months to June" (were no expression, and the month
/// after "the half-year to" was this year's in a past clause); a half-year beside a verb of change in a future clause is
/// a forecast, so the coming half ("The economy is expected to grow in the second half" in February, "Demand should
/// recover in the first half" in August: were the half just ended, which a future report may still be about).
/// Datelines: each case's own (UTC).
@Suite("Family news, sixty-eighth round")
struct FamilyNewsRound68Tests: DatedFamilyRound {
    static let tuesday = on(2019, 9, 10), thursday = on(2015, 10, 22), monday = on(2024, 7, 29), friday = on(2021, 12, 3)

    /// "H1", "H2", "1H", "2H", "3Q" before a company's figure, with no preposition or year to date them.
    static let labels: [FamilyCase] = [
        news("H1 revenue came in at 1.1 billion euros.", "H1", "2019-H1", tuesday),
        news("The company expects H2 margins to widen.", "H2", "2019-H2", tuesday),
        news("The group sees 2H sales recovering.", "2H", "2019-H2", tuesday),
        news("Analysts had forecast 1H profit of $40 million.", "1H", "2015-H1", thursday),
        news("The miner said H1 output fell 7 per cent.", "H1", "2024-H1", monday),
        news("The retailer reported 1H earnings on Monday.", "1H", "2024-H1", monday),
        news("The bank said H2 margins would narrow.", "H2", "2021-H2", friday),
        news("Investors cheered strong 2H deliveries.", "2H", "2021-H2", friday),
    ]

    /// Near-misses: a name, a visa, a pencil, a rocket, a capitalised word after the label.
    static let labelGuards: [FamilyLookAlike] = [
        FamilyLookAlike("Flight H1 landed safely in Dubai.", "H1", dateline: tuesday),
        FamilyLookAlike("He applied for an H1-B visa last year.", "H1", dateline: tuesday),
        FamilyLookAlike("Students must use a 2H pencil.", "2H", dateline: tuesday),
        FamilyLookAlike("The H2 rocket failed after launch.", "H2", dateline: tuesday),
        FamilyLookAlike("The H2 Sales team moved offices.", "H2", dateline: tuesday),
    ]

    /// A hundred runs: "a century", "a half-century" after a verb of scoring.
    static let runs: [FamilyLookAlike] = [
        FamilyLookAlike("Root scored a century on Sunday.", "century", dateline: monday),
        FamilyLookAlike("Kohli struck a century in the final.", "century", dateline: thursday),
        FamilyLookAlike("Smith made a century at Lord's.", "century", dateline: friday),
        FamilyLookAlike("The opener hit a half-century before lunch.", "half-century", dateline: tuesday),
        FamilyLookAlike("Warner has scored a century in each innings.", "century", dateline: friday),
    ]

    /// Near-misses that stay lengths of time: a century that lasts, or a quarter-century made.
    static let runGuards: [FamilyCase] = [
        FamilyCase("The dynasty ruled for a century.", "a century", .duration, "P1CE", dateline: monday),
        FamilyCase("The bridge has stood for a century.", "a century", .duration, "P1CE", dateline: tuesday),
        FamilyCase("The firm made a quarter-century of profits.", "a quarter-century", .duration, "P25Y", dateline: friday),
        FamilyCase("The family has made wine for a half-century.", "a half-century", .duration, "P50Y", dateline: thursday),
    ]

    static let february = on(2020, 2, 18), august = on(2017, 8, 24)

    /// "the half year", "the half-year" closing on a date: `P6M`, and the date the past clause puts before the dateline.
    static let halfYears: [FamilyCase] = [
        FamilyCase("Net income for the half year ended 31 December rose 4 per cent.", "the half year", .duration, "P6M",
                   dateline: february),
        FamilyCase("Profit for the half-year to June rose 3 per cent.", "the half-year", .duration, "P6M", dateline: august),
        FamilyCase("The miner's profit for the half year ending December 31 will be reported in February.", "the half year",
                   .duration, "P6M", dateline: august),
        FamilyCase("Revenue for the half-year through June fell.", "the half-year", .duration, "P6M", dateline: february),
        news("Profit for the half-year to June rose 3 per cent.", "June", "2019-06", february),
        news("Sales for the half year to June fell sharply, the retailer said.", "June", "2019-06", february),
    ]

    /// Near-misses: "half-year" before a noun, half a year, six months to a month (unchanged).
    static let halfYearGuards: [FamilyCase] = [
        FamilyCase("He spent half a year in Paris.", "half a year", .duration, "P6M", dateline: february),
        news("The half-year results were released in June.", "June", "2019-06", february),
        news("Revenue in the six months to June rose.", "June", "2019-06", february),
        news("Net income for the half year ended 31 December rose 4 per cent.", "31 December", "2019-12-31", february),
    ]

    static let februaryMonday = on(2018, 2, 12), augustTuesday = on(2021, 8, 10), januaryFriday = on(2016, 1, 15)

    /// A forecast of change in a half-year: the coming one.
    static let forecasts: [FamilyCase] = [
        news("The economy is expected to grow in the second half.", "the second half", "2018-H2", februaryMonday),
        news("Revenue in the second half is expected to improve.", "the second half", "2018-H2", februaryMonday),
        news("Growth should pick up in the second half, the bank said.", "the second half", "2016-H2", januaryFriday),
        news("Sales in the second half are forecast to recover.", "the second half", "2016-H2", januaryFriday),
        news("The company expects H2 margins to widen.", "H2", "2018-H2", februaryMonday),
        news("Growth is expected to pick up in the first half, the central bank said.", "the first half", "2022-H1", augustTuesday),
        news("Demand should recover in the first half.", "the first half", "2022-H1", augustTuesday),
        news("Exports are expected to rise in 1H.", "1H", "2022-H1", augustTuesday),
    ]

    /// Near-misses: a future report on the half just ended, a past forecast, a quarter.
    static let forecastGuards: [FamilyCase] = [
        news("The company will report its second-half results next week.", "second-half", "2017-H2", februaryMonday),
        news("The miner is expected to post a loss for the second half.", "the second half", "2015-H2", januaryFriday),
        news("The company will report first-half results on Thursday.", "first-half", "2021-H1", augustTuesday),
        news("Analysts had expected growth to pick up in the second half.", "the second half", "2017-H2", februaryMonday),
        news("Profit is expected to rise in the fourth quarter.", "the fourth quarter", "2017-Q4", februaryMonday),
    ]

    @Test(arguments: forecasts)
    func forecastHalf(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: forecastGuards)
    func reportedHalf(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: halfYears)
    func halfYearClosingOnDate(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: halfYearGuards)
    func halfYearLookAlike(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: labels)
    func periodLabelBeforeFigure(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: labelGuards)
    func periodLabelLookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: runs)
    func centuryOfRuns(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: runGuards)
    func centuryOfYears(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
