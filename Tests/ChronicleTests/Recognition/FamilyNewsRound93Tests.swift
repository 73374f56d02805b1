import Testing
@testable import Chronicle

/// The ninety-third round: a half or a quarter of a match is part of the game, no calendar period, and takes no TIMEX3
/// when the sentence (or the one before or after it) tells of play: its officials ("after arguing with the referee", "the
/// umpire"), its players and incidents ("the winger was yellow-carded", "sin-binned", "three-pointers", "substituted",
/// "limped off"), cricket's and baseball's periods ("innings", "wickets"). A company's half or quarter stays a calendar
/// period ("Profits fell in the second half", "the game maker's net profit rebounded in the fourth quarter"). And a clause
/// set off after the subject, by commas or brackets (a relative clause, a participle: "The bridge, built in 1932, gets a new
/// deck in April", "The school (founded in 1890) marks its anniversary in May"), lends its past to no date of the main
/// clause; the prefix "re-" is no "are" ("faces re-election in November").
@Suite("Family news round 93")
struct FamilyNewsRound93Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let february = on(2024, 2, 15)
    static let october = on(2019, 10, 6)
    static let may = on(2013, 5, 12)

    /// Periods of play: no expression.
    static let play: [FamilyLookAlike] = [
        FamilyLookAlike("Silva was sent to the stands in the second half after arguing with the referee.", "the second half", dateline: february),
        FamilyLookAlike("The umpire warned both benches in the third quarter.", "the third quarter", dateline: october),
        FamilyLookAlike("The hooker was sin-binned in the first half.", "the first half", dateline: may),
        FamilyLookAlike("The winger was yellow-carded in the first half.", "the first half", dateline: on(2021, 11, 20)),
        FamilyLookAlike("Curry hit five three-pointers in the third quarter.", "the third quarter", dateline: on(2016, 4, 2)),
        FamilyLookAlike("The Celtics outrebounded Miami in the fourth quarter.", "the fourth quarter", dateline: on(2012, 5, 30)),
        FamilyLookAlike("He was substituted in the first half with a hamstring injury.", "the first half", dateline: on(2025, 1, 8)),
        FamilyLookAlike("Messi was fouled in the box in the second half.", "the second half", dateline: on(2018, 6, 21)),
        FamilyLookAlike("England lost four wickets in the second half.", "the second half", dateline: on(2015, 7, 10)),
        FamilyLookAlike("The match will be decided in the second half, the coach said.", "the second half", dateline: on(2022, 12, 17)),
        FamilyLookAlike("Kane limped off in the first half and did not return.", "the first half", dateline: february),
        // A word of play in the sentence before or after.
        FamilyLookAlike("The referee sent off two players. Bayern pressed high in the first half.", "the first half", dateline: on(2020, 8, 23)),
        FamilyLookAlike("The Bears led 14-3 in the second quarter. The quarterback then threw two interceptions.", "the second quarter",
                        dateline: on(2017, 11, 5)),
    ]

    /// A company's or an economy's half or quarter stays a calendar period, beside a word of play too.
    static let business: [Case] = [
        news("Profits fell in the second half.", "the second half", "2023-H2", on(2023, 8, 10)),
        news("Sales rose 4 percent in the fourth quarter.", "the fourth quarter", "2022-Q4", on(2023, 8, 10)),
        news("Inflation eased in the first half.", "the first half", "2023-H1", on(2023, 8, 10)),
        news("The game maker's net profit rebounded in the fourth quarter.", "the fourth quarter", "2012-Q4", on(2013, 2, 6)),
        news("Ticket sales at the stadium fell in the second half.", "the second half", "2014-H2", on(2015, 2, 6)),
        news("The coach operator's revenue fell in the first half.", "the first half", "2019-H1", on(2019, 9, 1)),
        news("The referee's union signed a deal. Revenue jumped in the first quarter.", "the first quarter", "2024-Q1", february),
        news("The sportswear maker expects orders to recover in the second half.", "the second half", "2016-H2", on(2016, 4, 20)),
    ]

    /// A main clause's date after a clause set off after its subject: the set-off clause's past does not reach it.
    static let setOff: [Case] = [
        news("Cho, who was elected in 2021, faces re-election in November.", "November", "2024-11", february),
        news("The union, which struck in 2016, votes on the offer in April.", "April", "2024-04", february),
        news("The bridge, built in 1932, gets a new deck in April.", "April", "2024-04", february),
        news("The festival, first held in 1970, draws crowds again in April.", "April", "2024-04", february),
        news("The council, which approved the plan last year, reviews it in April.", "April", "2024-04", february),
        news("The school (founded in 1890) marks its anniversary in May.", "May", "2013-05", on(2013, 3, 22)),
        news("The plant (closed in 2009) gets a new owner in May.", "May", "2013-05", on(2013, 3, 22)),
    ]

    /// Guards: a date inside the set-off clause takes its past; a main clause's own past stays; contractions stay.
    static let ownTense: [Case] = [
        news("Cho, who was elected in November, faces a recall vote.", "November", "2023-11", february),
        news("The plant, which closed in April, will reopen in 2025.", "April", "2023-04", february),
        news("The plant (which closed in May) gets a new owner in 2025.", "May", "2012-05", on(2013, 3, 22)),
        news("The coach, who was sacked in 2020, returned to the club in April.", "April", "2023-04", february),
        news("The company, which was founded in 1990, reported a loss in April.", "April", "2023-04", february),
        news("We've met in April.", "April", "2023-04", february),
        news("They're meeting in April.", "April", "2024-04", february),
    ]

    @Test(arguments: setOff)
    func setOffClauseLendsNoPast(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: ownTense)
    func ownTenseStays(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: play)
    func periodOfPlay(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    @Test(arguments: business)
    func businessPeriodStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
