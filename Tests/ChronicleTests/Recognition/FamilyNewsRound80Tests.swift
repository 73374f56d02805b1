import Testing
@testable import Chronicle

/// The eightieth round: tense in hard clauses of held-out news, probed on invented wire copy (headlines, captions, the
/// historic present, reported speech, conditionals, negations, modal perfects, schedules, past plans, questions) at
/// datelines from 2015 to 2025. Family: a present progressive passive right before a bare weekday is a schedule, the
/// coming day ("The meeting is being held Friday in Brussels", "The final is being played on Sunday": were the day
/// before), as the plain present passive is ("is held on Thursday"); its past ("was being held Tuesday") stays past.
/// Family: a plan reported in the past ("was due to", "were scheduled to", "was set to", "was slated to") before a bare
/// month names the recent month, else the next one ("The plan was due to take effect in May" in June: was next May; "The
/// minister was due to visit in March" in February stays the coming March). Family: a past verb of deciding,
/// promising or predicting before "that … would" reports a future as "said" does ("The court ruled Monday that the law
/// would take effect in July" in April, "The board decided that the plant would close in March" in September: were the
/// month gone by); not before "would have" ("ruled that the search would have been illegal in March").
/// Datelines: each case's own (UTC).
@Suite("Family news, eightieth round")
struct FamilyNewsRound80Tests: DatedFamilyRound {
    static let wednesday = on(2015, 1, 7), thursday = on(2018, 3, 22), sunday = on(2020, 12, 6),
               thursdayAugust = on(2022, 8, 25), wednesdayApril = on(2024, 4, 17), wednesdayDecember = on(2025, 12, 31)

    /// "is being" / "are being" + participle before a bare weekday: the coming one.
    static let progressivePassive: [FamilyCase] = [
        news("The conference is being held Thursday in Geneva.", "Thursday", "2015-01-08", wednesday),
        news("The meeting is being held Friday in Brussels.", "Friday", "2018-03-23", thursday),
        news("The festival is being held on Friday this year.", "Friday", "2020-12-11", sunday),
        news("The game is being played Sunday.", "Sunday", "2022-08-28", thursdayAugust),
        news("The ceremony is being held on Saturday.", "Saturday", "2024-04-20", wednesdayApril),
        news("The gala is being held on Friday.", "Friday", "2026-01-02", wednesdayDecember),
        news("Vigils are being organised Tuesday across the country.", "Tuesday", "2015-01-13", wednesday),
        news("The funerals are being held Monday.", "Monday", "2020-12-07", sunday),
    ]

    /// Near-misses, right before the round and still so: a past progressive passive, a plain past passive, a present
    /// passive without "being", a future passive.
    static let nearMisses: [FamilyCase] = [
        news("The suspect was being held Tuesday at the county jail.", "Tuesday", "2015-01-06", wednesday),
        news("The games were being played on Sunday.", "Sunday", "2022-08-21", thursdayAugust),
        news("The vote was held on Tuesday.", "Tuesday", "2024-04-16", wednesdayApril),
        news("The summit is held on Saturday.", "Saturday", "2020-12-12", sunday),
        news("The auction will be held on Saturday.", "Saturday", "2018-03-24", thursday),
        news("The talks had been held Monday.", "Monday", "2025-12-29", wednesdayDecember),
    ]

    static let juneWednesday = on(2017, 6, 14), octoberTuesday = on(2019, 10, 8), novemberTuesday = on(2023, 11, 14),
               marchWednesday = on(2021, 3, 3), januaryTuesday = on(2016, 1, 12), februaryThursday = on(2018, 2, 8)

    /// "was/were" + a plan word + "to" before a bare month: the month just gone by, within two months.
    static let pastPlan: [FamilyCase] = [
        news("The plant was due to open in December.", "December", "2014-12", wednesday),
        news("The plan was due to take effect in May.", "May", "2017-05", juneWednesday),
        news("The summit was due to take place in September.", "September", "2019-09", octoberTuesday),
        news("The vote was due to happen in October.", "October", "2023-10", novemberTuesday),
        news("The new line was scheduled to open in February.", "February", "2021-02", marchWednesday),
        news("The talks were set to resume in July.", "July", "2022-07", thursdayAugust),
        news("The rally was slated to take place in December.", "December", "2015-12", januaryTuesday),
    ]

    /// Near-misses: a month still ahead, a present plan, a past perfect plan, a weekday (the one gone since round 156,
    /// as "was scheduled for Tuesday" reads), "was expected to" (left out).
    static let planNearMisses: [FamilyCase] = [
        news("The minister was due to visit in March.", "March", "2018-03", februaryThursday),
        news("The report was due to be published in June.", "June", "2024-06", wednesdayApril),
        news("The report is due to be published in March.", "March", "2025-03", wednesdayApril),
        news("The plan had been due to take effect in May.", "May", "2017-05", juneWednesday),
        news("The ferry was due to arrive on Tuesday.", "Tuesday", "2024-04-16", wednesdayApril),
    ]

    static let septemberWednesday = on(2018, 9, 12), octoberTuesday2021 = on(2021, 10, 5), novemberWednesday = on(2016, 11, 9),
               augustWednesday = on(2023, 8, 30)

    /// A past verb of deciding, promising or predicting, then "would": a future seen from the report.
    static let decidedWould: [FamilyCase] = [
        news("The court ruled Monday that the law would take effect in July.", "July", "2024-07", wednesdayApril),
        news("The board decided that the plant would close in March.", "March", "2019-03", septemberWednesday),
        news("The minister pledged that taxes would fall in the spring.", "the spring", "2022-SP", octoberTuesday2021),
        news("Officials agreed the talks would resume in January.", "January", "2017-01", novemberWednesday),
        news("The central bank signalled that rates would rise in May.", "May", "2024-05", augustWednesday),
        news("The company promised Tuesday that refunds would arrive in February.", "February", "2020-02", octoberTuesday),
    ]

    /// Near-misses: "would have", a time of the deciding itself, a past in the "that" clause.
    static let decidedNearMisses: [FamilyCase] = [
        news("The judge ruled that the search would have been illegal in March.", "March", "2024-03", wednesdayApril),
        news("The council decided in March to close the library.", "March", "2018-03", septemberWednesday),
        news("The court ruled Monday that the law took effect in July.", "July", "2023-07", wednesdayApril),
        news("The minister pledged in June that taxes would fall.", "June", "2021-06", octoberTuesday2021),
    ]

    @Test(arguments: decidedWould)
    func decisionReportsFuture(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: decidedNearMisses)
    func decisionLooksBack(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: pastPlan)
    func planReportedInThePast(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: planNearMisses)
    func presentOrAheadPlan(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: progressivePassive)
    func presentProgressivePassive(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: nearMisses)
    func pastOrPlainPassive(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
