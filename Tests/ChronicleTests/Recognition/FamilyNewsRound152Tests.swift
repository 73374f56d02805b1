import Testing
@testable import Chronicle

/// The hundred-and-fifty-second round, on a value round 150 left: a fixture qualified for ("qualified for Friday's race")
/// in a relative clause the sentence tells after in the past is the one gone, whatever its weekday, as a final reached
/// ("reached Sunday's final", round 143) already was (before, the day after "for" after a past verb read the nearest). Each
/// case pins its own dateline (2023-02-15 is a Wednesday).
@Suite("Family news round 152")
struct FamilyNewsRound152Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        news("The Spaniard, who qualified for Friday's race, crashed on the first lap.", "Friday", "2023-02-10", on(2023, 2, 15)),
        news("The German, who qualified for Thursday's race, finished last.", "Thursday", "2023-02-09", on(2023, 2, 15)),
        news("Verstappen, who qualified for Saturday's sprint race, won it easily.", "Saturday", "2023-02-11", on(2023, 2, 15)),
        news("The team, which qualified for Friday's final, lost by two points.", "Friday", "2024-05-03", on(2024, 5, 9)),
    ]

    /// Guards (these read right before the round, and must stay so): a fixture qualified for before a future or present,
    /// qualifying on a day of its own, a day something was for after a past verb, a fixture reached by another word.
    static let guards: [Case] = [
        news("The Spaniard, who qualified for Friday's race, will start from the back.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("The German, who qualified for Thursday's race, is expected to start.", "Thursday", "2023-02-16", on(2023, 2, 15)),
        news("The Spaniard qualified for Friday's race on Tuesday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("Airlines canceled all flights for Friday.", "Friday", "2023-02-17", on(2023, 2, 15)),
        news("The striker, who bought a ticket for Friday's match, was arrested on Monday.", "Friday", "2023-02-17",
             on(2023, 2, 15)),
        news("The Briton, who advanced to Friday's semifinal, lost in straight sets.", "Friday", "2023-02-10", on(2023, 2, 15)),
    ]

    @Test(arguments: cases) func leftValue(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
}
