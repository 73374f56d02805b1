import Testing
@testable import Chronicle

/// The hundred-and-twenty-seventh round, in deadline and notice copy (taxes, recalls, visas, strikes, elections): a date a
/// deadline, a program or a vote is moved on to, after a passive "extended" ("the deadline was extended to Dec. 31"), an
/// active one past its object ("extended the filing deadline to Oct. 15"), or a verb with "back" ("the hearing was
/// pushed back to Jan. 28", "pushed its strike deadline back to Jan. 9"), lies ahead of the move, as after "postponed";
/// the bare month or day the nearest side would put behind is the next one. Each case pins its own dateline.
@Suite("Family news round 127")
struct FamilyNewsRound127Tests: DatedFamilyRound {
    typealias Case = FamilyCase

    static let cases: [Case] = [
        // A passive "extended" before "to", "until".
        news("The recall repair deadline was extended to Dec. 31.", "Dec. 31", "2016-12-31", on(2016, 4, 5)),
        news("The visa program has been extended until Dec. 31.", "Dec. 31", "2018-12-31", on(2018, 3, 2)),
        news("The deadline for comments was extended to Nov. 30.", "Nov. 30", "2025-11-30", on(2025, 3, 5)),
        // An active one, past its object.
        news("The IRS extended the filing deadline to Oct. 15.", "Oct. 15", "2024-10-15", on(2024, 2, 14)),
        news("Congress extended the moratorium to Dec. 1.", "Dec. 1", "2021-12-01", on(2021, 5, 11)),
        // A verb with "back", before or past its object.
        news("The hearing was pushed back to Jan. 28.", "Jan. 28", "2020-01-28", on(2019, 2, 20)),
        news("The vote was put back to Feb. 3.", "Feb. 3", "2018-02-03", on(2017, 6, 14)),
        news("The union pushed its strike deadline back to Jan. 9.", "Jan. 9", "2024-01-09", on(2023, 3, 7)),
        news("Organizers moved the election back to Dec. 6.", "Dec. 6", "2014-12-06", on(2014, 4, 22)),
    ]

    /// Guards (these read right before the round, and must stay so): a past "extended" without an end point, "back" before
    /// a noun the date modifies, a move of place, and the verbs of putting off the round follows.
    static let guards: [Case] = [
        news("The program was extended in January.", "January", "2016-01", on(2016, 4, 5)),
        news("Prices pushed back to January levels.", "January", "2024-01", on(2024, 2, 14)),
        news("The team moved back to Boston in January.", "January", "2024-01", on(2024, 2, 14)),
        news("The talks extended into Friday.", "Friday", "2024-02-09", on(2024, 2, 14)),
        news("The launch was delayed to Jan. 30.", "Jan. 30", "2025-01-30", on(2024, 2, 14)),
    ]

    /// Look-alikes: no time expression.
    static let lookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("The bridge is closed until further notice.", "further notice", dateline: on(2024, 2, 14)),
        FamilyLookAlike("The agreement is effective upon signing.", "upon signing", dateline: on(2024, 2, 14)),
    ]

    @Test(arguments: cases) func movedEndPoint(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: guards) func guardStays(_ item: Case) throws { try FamilyCheck.check(item) }
    @Test(arguments: lookAlikes) func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }
}
