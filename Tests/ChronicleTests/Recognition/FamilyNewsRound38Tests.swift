import Testing
@testable import Chronicle

/// The thirty-eighth round: sports reports, obituaries and culture wire copy. Families: a half or a quarter of a game
/// ("scored twice in the second half", "30 points in the fourth quarter") is no half or quarter of a year; a year before
/// one "season" is that year ("after the 2010 season", was untagged; "the 2012-13 season" stays two expressions, and "two
/// seasons" a count, as rounds 30 and 31 decided); the culture and sports pages' present of a schedule ("The show
/// premieres on Sunday night", "The film debuts Friday", "Woods tees off on Thursday") looks ahead as "opens" does; a
/// fixture a possessive day owns ("will start in Sunday's final", "Chelsea face Tottenham in Sunday's final", "is
/// doubtful for Saturday's game") is still to be played after a future or present verb; two conjuncts with subjects of
/// their own joined by "and" without a comma are described each by itself ("… in 2008 and her 1975 album was reissued
/// last week").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirty-eighth round")
struct FamilyNewsRound38Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A year before one season (on main: untagged).
        N.news("He retired after the 2010 season.", "2010", "2010"),
        N.news("His 2012 season ended with a knee injury.", "2012", "2012"),
        N.news("He missed the entire 2011 season with a knee injury.", "2011", "2011"),
        N.news("He was the 2009 season's top scorer.", "2009", "2009"),
        N.news("The 2013 season begins on April 1.", "2013", "2013"),
        // The culture and sports pages' schedule in the present (on main: the past day).
        N.news("The show premieres on Sunday night.", "Sunday night", .time, "2013-03-24TNI"),
        N.news("The show's 10th season premieres on Sunday night.", "Sunday night", .time, "2013-03-24TNI"),
        N.news("The season premiere airs on Sunday.", "Sunday", "2013-03-24"),
        N.news("The band headlines the festival on Saturday night.", "Saturday night", .time, "2013-03-23TNI"),
        N.news("Woods tees off on Thursday with Rory McIlroy.", "Thursday", "2013-03-28"),
        N.news("He races on Sunday in Melbourne.", "Sunday", "2013-03-24"),
        N.news("The film debuts Wednesday in 3,000 theaters.", "Wednesday", "2013-03-27"),
        N.news("She performs Tuesday at Madison Square Garden.", "Tuesday", "2013-03-26"),
        // … the past stays the past.
        N.news("The show premiered on Sunday night.", "Sunday night", .time, "2013-03-17TNI"),
        // A fixture a possessive day owns, after a future or present verb (on main: the past day).
        N.news("Chelsea face Tottenham in Sunday's final.", "Sunday", "2013-03-24"),
        N.news("The team faces Tottenham in Sunday's final.", "Sunday", "2013-03-24"),
        N.news("He will start in Sunday's final.", "Sunday", "2013-03-24"),
        N.news("Murray plays Djokovic in Sunday's final.", "Sunday", "2013-03-24"),
        N.news("He is doubtful for Sunday's match.", "Sunday", "2013-03-24"),
        N.news("He is expected to return for Saturday's game against Arsenal.", "Saturday", "2013-03-23"),
        N.news("The striker will miss Saturday's match through suspension.", "Saturday", "2013-03-23"),
        // … not after a past verb, nor after another preposition, nor an outcome.
        N.news("Nadal beat Federer in Sunday's final.", "Sunday", "2013-03-17"),
        N.news("He was injured in Saturday's game against Arsenal.", "Saturday", "2013-03-16"),
        N.news("Officials will review footage of Saturday's game.", "Saturday", "2013-03-16"),
        N.news("The bank will look for ways around Wednesday's ruling.", "Wednesday", "2013-03-20"),
        // A year's half or quarter in business copy stays one.
        N.news("Sales rose 5 percent in the second half.", "the second half", "2012-H2"),
        N.news("Profit fell in the fourth quarter.", "the fourth quarter", "2012-Q4"),
        N.news("The company scored a record profit in the fourth quarter.", "the fourth quarter", "2012-Q4"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // A game's half or quarter (on main: 2012-H2, 2012-Q4 …).
        FamilyLookAlike("He scored 12 of his 30 points in the fourth quarter.", "the fourth quarter", dateline: N.friday),
        FamilyLookAlike("Rooney equalized early in the second half.", "the second half", dateline: N.friday),
        FamilyLookAlike("Chelsea led 1-0 at halftime and scored twice in the second half.", "the second half", dateline: N.friday),
        FamilyLookAlike("Brady threw two touchdown passes in the first quarter.", "the first quarter", dateline: N.friday),
        FamilyLookAlike("The Lakers outscored Boston 30-18 in the third quarter on Sunday night.", "the third quarter", dateline: N.friday),
        FamilyLookAlike("The striker netted the winner in the first half.", "the first half", dateline: N.friday),
        FamilyLookAlike("He ran for 120 yards in the second half.", "the second half", dateline: N.friday),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        // Two conjuncts with subjects of their own, no comma between them: each date its own (on main: the whole sentence).
        DescriptionCase("The singer released her debut album in 2008 and her 1975 album was reissued last week.", "last week",
                        "Her 1975 album was reissued last week"),
        DescriptionCase("The singer released her debut album in 2008 and her 1975 album was reissued last week.", "2008",
                        "The singer released her debut album in 2008"),
        DescriptionCase("The Yankees won the World Series in 2009 and the Giants won it in 2010.", "2010", "The Giants won it in 2010"),
        DescriptionCase("The Yankees won the World Series in 2009 and the Giants won it in 2010.", "2009",
                        "The Yankees won the World Series in 2009"),
        DescriptionCase("Profits rose in 2012 and sales fell sharply last month.", "last month", "Sales fell sharply last month"),
        DescriptionCase("He toured Europe in 2008 and his band split up in 2010.", "2010", "His band split up in 2010"),
        DescriptionCase("Rebels seized the airport on Monday and the defeated troops fled toward the coast.", "Monday",
                        "Rebels seized the airport on Monday"),
        DescriptionCase("The band played its last show in 2010 and it was never heard from again.", "2010",
                        "The band played its last show in 2010"),
        // … not a subject shared by two verbs, nor a list of nouns, nor an article with no noun, nor a participle of
        // scheduling, nor a noun with a relative clause.
        DescriptionCase("The party split in 2010 between its old guard and the left.", "2010",
                        "The party split in 2010 between its old guard and the left"),
        DescriptionCase("Lawmakers could postpone the budget in April and a review scheduled for June.", "June",
                        "Lawmakers could postpone the budget in April and a review scheduled for June"),
        DescriptionCase("Critics attacked the treaty in 1954 and its clause that troops be withdrawn.", "1954",
                        "Critics attacked the treaty in 1954 and its clause that troops be withdrawn"),
        DescriptionCase("The singer and her band toured Europe in 2008.", "2008", "The singer and her band toured Europe in 2008"),
        DescriptionCase("He bought shares in Apple and Google last year.", "last year", "He bought shares in Apple and Google last year"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
