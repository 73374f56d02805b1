import Testing
@testable import Chronicle

/// The hundred-and-sixty-first round: a millennium is written by its first digit (`2` for 2000–2999), not as a century.
/// "the next millennium" in 2013 is `3` (was `21`, the century after the dateline's), "the third millennium" `2`, "the
/// first millennium BC" `BC0`, "the new millennium" the one from 2000 in 1999 and 2013 (`2`) (were not found). Datelines: Fri 2013-03-22 and others; news and histories.
@Suite("Family news round 161")
struct FamilyNewsRound161Tests: DatedFamilyRound {
    static let friday = on(2013, 3, 22)

    static let cases: [FamilyCase] = [
        // Counted from the dateline's millennium.
        news("Experts debated what the next millennium would bring.", "the next millennium", "3", friday),
        news("Scientists say the coming millennium will test the planet.", "the coming millennium", "3", on(2021, 5, 4)),
        news("Monks hope the abbey will stand through the next millennium.", "the next millennium", "3", on(2008, 11, 17)),
        news("Few buildings from this millennium will last that long.", "this millennium", "2", on(2019, 2, 1)),
        // Named by its ordinal, and before the common era.
        news("Leaders gathered to greet the third millennium.", "the third millennium", "2", friday),
        news("Pottery from the first millennium BC was found near the river.", "the first millennium BC", "BC0", on(2016, 8, 9)),
        news("The temple dates from the second millennium BC, archaeologists said.", "the second millennium BC", "BC1", on(2011, 4, 12)),
        news("Farming spread across Europe in the second millennium.", "the second millennium", "1", on(2010, 6, 30)),
        // "the new millennium", "the new century": the one whose start is nearest the dateline.
        news("Leaders will greet the new millennium with fireworks.", "the new millennium", "2", on(1999, 6, 1)),
        news("Since the start of the new millennium, prices have doubled.", "the start of the new millennium", "2", mod: "START", friday),
        news("The new century brought new wars.", "The new century", "20", on(2013, 3, 22)),
        news("Planners are preparing the city for the new century.", "the new century", "20", on(1998, 10, 5)),
        FamilyCase("Bronze tools reached the valley in the second millennium BC.", "the second millennium BC", .date, "BC1",
                   dateline: friday, narrative: true),
    ]

    /// Near-misses (these read right before the round, and must stay so): a century counted on, the turn of the
    /// millennium (the year 2000, give or take), a millennium's length.
    static let guards: [FamilyCase] = [
        news("Experts debated what the next century would bring.", "the next century", "21", friday),
        news("Leaders gathered to greet the 21st century.", "the 21st century", "20", friday),
        news("Pottery from the fourth century BC was found.", "the fourth century BC", "BC03", friday),
        news("At the turn of the millennium, stocks fell.", "the turn of the millennium", "2000", mod: "APPROX", friday),
        news("Markets rallied in the new year.", "the new year", "2013", friday),
        FamilyCase("Over the past millennium, the climate changed.", "the past millennium", .duration, "P1ML", dateline: friday),
    ]

    @Test(arguments: cases)
    func millennium(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    @Test(arguments: guards)
    func centuryOrLength(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
