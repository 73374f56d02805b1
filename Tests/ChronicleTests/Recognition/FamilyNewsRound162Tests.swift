import Testing
@testable import Chronicle

/// The hundred-and-sixty-second round, a code-health round: round 143's school term after an owner now asks
/// ``Recognizer/isPossessive(before:)`` rather than its own "'s" test. The cases pin what it reads: a name's or a noun's
/// "'s" with a straight or a curly apostrophe (the tokenizer folds both onto one mark, so the curly one read so before
/// too), and a possessive determiner. Dateline: Fri 2013-03-22.
@Suite("Family news round 162")
struct FamilyNewsRound162Tests {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let schoolTerms: [Case] = [
        N.news("The school\u{2019}s summer term ends early.", "summer term", "2013-SU"),
        N.news("Harvard\u{2019}s fall semester starts late.", "fall semester", "2013-FA"),
        N.news("The school's summer term ends early.", "summer term", "2013-SU"),
        N.news("The college said its spring semester would move online.", "spring semester", "2013-SP"),
        N.news("Their autumn term begins with exams.", "autumn term", "2013-FA"),
    ]

    @Test(arguments: schoolTerms)
    func schoolTermAfterOwner(_ item: Case) throws { try FamilyCheck.check(item) }
}
