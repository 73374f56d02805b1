import Testing
@testable import Chronicle

/// The seventy-fifth round, news narratives told through one night: a small-hours clock time after the evening or the
/// night of the story's day ("Later that night, … Shortly after 2 a.m., the networks called the race", "The storm hit on
/// Tuesday evening. At about 3 a.m., the levee broke") is the next day's, as one after an evening clock time already was;
/// so is one after an evening an end point reached ("By the early evening, … Shortly after 2 a.m."), which itself leaves
/// the story's time where it was. A day or a part of one before the story's day named in the past perfect is a flashback
/// ("Late Monday, the jury had asked to go home. That evening, …": the story's day's evening), and a bare weekday after a
/// sentence-opening "By" before a past clause is the last one ("By Thursday, the index had regained …"). Each case pins its
/// own dateline.
@Suite("Family news round 75")
struct FamilyNewsRound75Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // After "that night", "late Tuesday night", "Friday night": the night of the story's day.
        time("Polls closed at 7 p.m. on Tuesday. Later that night, the governor spoke. Around 1:30 a.m., the networks called the state.",
             "Around 1:30 a.m.", "2020-11-04T01:30", on(2020, 11, 4)),
        time("Polls closed at 8 p.m. on Tuesday. Later that night, the challenger addressed supporters. Shortly after 2 a.m., the networks called the race.",
             "2 a.m.", "2016-11-09T02:00", on(2016, 11, 9)),
        time("The band took the stage Friday night. The show ended at 1 a.m.", "1 a.m.", "2018-06-02T01:00", on(2018, 6, 2)),
        time("Police sealed off the street late Saturday night. At 3:30 a.m., officers stormed the flat.",
             "3:30 a.m.", "2019-03-17T03:30", on(2019, 3, 17)),
        time("Leaders met in Geneva on Sunday. Talks ran late into the night. At 4 a.m., negotiators agreed on a statement.",
             "4 a.m.", "2015-11-23T04:00", on(2015, 11, 24)),
        // After "Tuesday evening", "that evening", "in the early evening".
        time("The storm hit on Tuesday evening. At about 3 a.m., the levee broke.", "about 3 a.m.", "2020-11-04T03:00", on(2020, 11, 4)),
        time("The ferry left port on Wednesday. That evening, the engine failed. Shortly before 5 a.m., the ship sank.",
             "5 a.m.", "2025-07-24T05:00", on(2025, 7, 26)),
        time("Voters went to the polls on Tuesday. In the early evening, lines stretched around the block. At 1 a.m., the count began.",
             "1 a.m.", "2016-11-09T01:00", on(2016, 11, 9)),
        // "Overnight" is the night before the story's day: a small-hours time after it is the story's day's.
        time("Overnight, rebels shelled the city. At 5 a.m., the army responded.", "5 a.m.", "2020-03-10T05:00", on(2020, 3, 10)),
        // An evening an end point reached leaves the story's time, but the small hours after it are the next day's.
        time("Voters went to the polls on Tuesday. By the early evening, lines stretched around the block. Shortly after 2 a.m., the race was called.",
             "2 a.m.", "2016-11-09T02:00", on(2016, 11, 9)),
        time("Firefighters arrived on Thursday. By evening, the blaze had spread. By 4 a.m., it was under control.",
             "4 a.m.", "2024-02-16T04:00", on(2024, 2, 16)),
    ]

    /// Guards (these read right before the round, and must stay so): after a morning or an afternoon, at or after
    /// 6 a.m., and after a noon an end point reached, the clock time stays on the story's day; the evening keeps its day.
    static let guards: [Case] = [
        time("The band took the stage Friday morning. The show ended at 1 a.m.", "1 a.m.", "2018-06-01T01:00", on(2018, 6, 2)),
        time("The band took the stage Friday afternoon. By 4 a.m. the crowd had gone.", "4 a.m.", "2018-06-01T04:00", on(2018, 6, 2)),
        time("The storm hit on Tuesday evening. At 7 a.m., the levee broke.", "7 a.m.", "2020-11-03T07:00", on(2020, 11, 4)),
        time("Voters went to the polls on Tuesday. By noon, lines stretched around the block. Shortly after 2 a.m., the race was called.",
             "2 a.m.", "2016-11-08T02:00", on(2016, 11, 9)),
        time("The storm hit on Tuesday evening. Later that night, the river rose.", "Later that night", "2020-11-03TNI", on(2020, 11, 4)),
        time("Voters went to the polls on Tuesday. By the early evening, lines stretched around the block.",
             "the early evening", "2016-11-08TEV", on(2016, 11, 9)),
        time("The chase began at 11 p.m. Saturday. Around 1 a.m., police arrested two men.", "Around 1 a.m.", "2019-03-17T01:00", on(2019, 3, 17)),
    ]

    /// A day or a part of one before the story's day, named in the past perfect, is a flashback as "the day before" is:
    /// the story's day stays, and "that evening", "the next day" after it count from it.
    static let flashbacks: [Case] = [
        time("The verdict came on Tuesday. Late Monday, the jury had asked to go home. That evening, the defendant was taken into custody.",
             "That evening", "2021-03-02TEV", on(2021, 3, 5)),
        time("The rocket lifted off at 4:15 a.m. Late last night, engineers had delayed the countdown. That afternoon, the agency confirmed the panels had deployed.",
             "That afternoon", "2022-05-12TAF", on(2022, 5, 12)),
        time("The miners were freed on Wednesday. On Monday night, rescuers had reached the shaft. That morning, families gathered at the gate.",
             "That morning", "2018-10-17TMO", on(2018, 10, 19)),
        Case("The storm made landfall on Thursday. On Wednesday, officials had ordered evacuations. The next day, the governor toured the damage.",
             "The next day", .date, "2017-08-25", dateline: on(2017, 8, 26)),
        Case("Talks collapsed on Friday. Two days ago the unions had warned of a strike. The same day, the minister resigned.",
             "The same day", .date, "2019-12-06", dateline: on(2019, 12, 7)),
    ]

    /// Guards: in the simple past the earlier day moves the story's day; in the past perfect a later day does too.
    static let storyMoves: [Case] = [
        Case("The storm made landfall on Thursday. On Wednesday, officials ordered evacuations. The next day, the governor toured the damage.",
             "The next day", .date, "2017-08-24", dateline: on(2017, 8, 26)),
        time("The verdict came on Tuesday. Late Monday, the jury asked to go home. That evening, the judge met the lawyers.",
             "That evening", "2021-03-01TEV", on(2021, 3, 5)),
        time("The storm made landfall on Tuesday. On Thursday, crews had restored power. That evening, the governor spoke.",
             "That evening", "2021-03-04TEV", on(2021, 3, 5)),
    ]

    /// A bare weekday after "By" opening its sentence, set off by a comma, before a past clause is the last one, not the
    /// nearest (an end point elsewhere stays the nearest; a future or a reported "would" looks ahead).
    static let pastEndPoints: [Case] = [
        Case("Stocks plunged on Monday. By Thursday, the index had regained half its losses.", "Thursday", .date, "2020-03-05",
             dateline: on(2020, 3, 10)),
        Case("By Friday, rescuers had pulled 200 people from the rubble.", "Friday", .date, "2022-09-09", dateline: on(2022, 9, 13)),
        Case("By Saturday, the fire had burned 4,000 acres.", "Saturday", .date, "2022-09-10", dateline: on(2022, 9, 14)),
        Case("By Sunday, the rebels controlled the airport.", "Sunday", .date, "2019-06-16", dateline: on(2019, 6, 20)),
    ]

    static let endPointsAhead: [Case] = [
        Case("By Thursday, the index will have regained half its losses.", "Thursday", .date, "2020-03-12", dateline: on(2020, 3, 10)),
        Case("By Friday, officials said, the storm would weaken.", "Friday", .date, "2022-09-16", dateline: on(2022, 9, 13)),
        // (Round 90: a past perfect finished by a bare weekday is the one before the dateline, no longer the nearest.)
        Case("The company had repaid the loan by Thursday.", "Thursday", .date, "2020-03-05", dateline: on(2020, 3, 10)),
    ]

    @Test(arguments: pastEndPoints)
    func frontedEndPointInPast(_ item: Case) throws { try FamilyCheck.check(item) }

    /// A capitalised "Yesterday", "Today", "Tonight" right after a clock's "a.m."/"p.m." opens the next sentence: the
    /// clock keeps its own extent and the word is an expression of its own (they were one, "4:15 a.m. Yesterday").
    static let sentenceOpeners: [Case] = [
        time("The rocket lifted off at 4:15 a.m. Yesterday, engineers had checked the fuel lines twice.",
             "4:15 a.m.", "2021-03-03T04:15", on(2021, 3, 3)),
        Case("The rocket lifted off at 4:15 a.m. Yesterday, engineers had checked the fuel lines twice.",
             "Yesterday", .date, "2021-03-02", dateline: on(2021, 3, 3)),
        time("Trading halted at 2:30 p.m. Today, regulators will review the orders.", "2:30 p.m.", "2019-08-14T14:30", on(2019, 8, 14)),
        Case("Trading halted at 2:30 p.m. Today, regulators will review the orders.", "Today", .date, "2019-08-14",
             dateline: on(2019, 8, 14)),
        // Lower-case after the clock, the day joins it (guards).
        time("The rocket lifted off at 4:15 a.m. yesterday from Florida.", "4:15 a.m. yesterday", "2021-03-02T04:15", on(2021, 3, 3)),
        time("Polls close at 8 p.m. tonight across the state.", "8 p.m. tonight", "2020-11-03T20:00", on(2020, 11, 3)),
    ]

    @Test(arguments: sentenceOpeners)
    func deicticOpensNextSentence(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: endPointsAhead)
    func endPointAhead(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: flashbacks)
    func pastPerfectDayIsFlashback(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: storyMoves)
    func storyDayMoves(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: cases)
    func smallHoursAfterEvening(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func sameDay(_ item: Case) throws { try FamilyCheck.check(item) }
}
