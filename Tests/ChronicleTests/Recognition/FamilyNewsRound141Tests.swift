import Testing
@testable import Chronicle

/// The hundred-and-forty-first round, on the market subjects of opening and closing round 129 left: after a market noun
/// right before the verb ("Stocks close down on Monday", "Wall Street closes down Tuesday", "The dollar opens down on
/// Monday"), "up" or "down" alone is the session's move, the nearest day as now; after another subject it stays the
/// phrasal verb's particle, a schedule ("The plant closes down on Monday"). Each case pins its own dateline.
@Suite("Family news round 141")
struct FamilyNewsRound141Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A market subject, "up" or "down" alone: the session just over.
        news("Stocks close down on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("Shares open up on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("Wall Street closes down Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("The dollar opens down on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("Oil closes up on Friday.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("European markets close down on Tuesday.", "Tuesday", "2023-02-14", on(2023, 2, 15)),
        news("The Nasdaq closes up on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
        news("Gold closes down on Thursday.", "Thursday", "2023-02-09", on(2023, 2, 15)),
        news("Bonds open down on Wednesday.", "Wednesday", "2024-05-08", on(2024, 5, 9)),
    ]

    /// Guards (these read right before the round, and must stay so): another subject's phrasal verb, "street" not after
    /// "wall", a market's schedule without a move, a move with a number.
    static let guards: [Case] = [
        news("The plant closes down on Monday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("The new terminal opens up on Thursday.", "Thursday", "2023-02-16", on(2023, 2, 15)),
        news("The street closes down on Saturday for the parade.", "Saturday", "2023-02-18", on(2023, 2, 15)),
        news("The mall opens up on Friday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("The market closes on Monday for the holiday.", "Monday", "2023-02-20", on(2023, 2, 15)),
        news("Shares close down 3% on Monday.", "Monday", "2023-02-13", on(2023, 2, 15)),
    ]

    @Test(arguments: cases) func marketSubject(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
