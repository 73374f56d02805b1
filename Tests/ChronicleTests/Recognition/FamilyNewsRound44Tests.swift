import Testing
@testable import Chronicle

/// The forty-fourth round: the leftovers of rounds 40–43. Families: (1) a day after "until", "till" or "through" in the
/// past of something that lasted ("The bar stayed open until midnight on Saturday", "Protesters remained in the square
/// through Sunday", "Fighting raged until dawn on Sunday") is the day already over, as the present of such a verb makes
/// it the coming one (was the nearest, often the coming one); (2) a period after a reported "had" of a plan ("said the
/// company had no plans for a tablet before the second half", "said it had plans to add routes in the third quarter") is
/// still ahead, the past of a present plan (was last year's); (3) "the night and into" a weekday ("worked through the
/// night and into Tuesday morning") is the night before that day, read in that day's tense (was the dateline's night).
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, forty-fourth round")
struct FamilyNewsRound44Tests {
    typealias N = FamilyNewsDirectionTests

    static let lastedUntil: [FamilyCase] = [
        N.news("The bar stayed open until midnight on Saturday, police said.", "Saturday", "2013-03-16"),
        N.news("Protesters remained in the square through Sunday, witnesses said.", "Sunday", "2013-03-17"),
        N.news("Fighting raged until dawn on Sunday, residents said.", "Sunday", "2013-03-17"),
        N.news("Rescuers worked until Monday to free the trapped miners.", "Monday", "2013-03-18"),
        N.news("The bar stayed open until midnight on Saturday, police said.", "midnight", .time, "2013-03-17T00:00"),
        N.news("Shoppers waited until Saturday to buy the phone.", "Saturday", "2013-03-16"),
        N.news("The polling stations stayed open until Sunday in some districts.", "Sunday", "2013-03-17"),
    ]

    @Test(arguments: lastedUntil)
    func lasted(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let reportedPlans: [FamilyCase] = [
        N.news("He said the company had no plans for a tablet before the second half.", "the second half", "2013-H2"),
        N.news("Officials said they had plans to reopen the embassy in the fourth quarter.", "the fourth quarter", "2013-Q4"),
        N.news("The company said it had no plans for layoffs in the second quarter.", "the second quarter", "2013-Q2"),
        N.news("The carrier said it had plans to add routes in the third quarter.", "the third quarter", "2013-Q3"),
        N.news("Executives said they had no firm plans for a new model before the second half.", "the second half", "2013-H2"),
    ]

    @Test(arguments: reportedPlans)
    func reportedPlan(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let nightInto: [FamilyCase] = [
        N.news("Rescuers worked through the night and into Tuesday morning.", "the night", .time, "2013-03-18TNI"),
        N.news("Firefighters battled the blaze through the night and into Sunday morning.", "the night", .time, "2013-03-16TNI"),
        N.news("Negotiators talked through the night and into Thursday morning, officials said.", "the night", .time, "2013-03-20TNI"),
        N.news("Crews worked through the night and into Wednesday to restore power.", "the night", .time, "2013-03-19TNI"),
        N.news("Protests continued through the night and into Saturday.", "the night", .time, "2013-03-15TNI"),
        N.news("The search will go on through the night and into Monday.", "the night", .time, "2013-03-24TNI"),
    ]

    @Test(arguments: nightInto)
    func night(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
