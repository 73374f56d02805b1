import Testing
@testable import Chronicle

/// The ninety-fifth round, the back-references round 92's sweep of told histories left: a season named back after a year
/// is that year's ("In 1985, … That winter" `1985-WI`, not the winter under way on its first day); a year or a season
/// counted back from a past decade has an unknown year ("In the late 1950s, … Two years later" `XXXX`, not the decade's
/// first year counted on); "this weekend" right after a count back ("fell 25 years ago this weekend") is the anniversary's
/// weekend, the dateline's, whatever the tense; "the turn of the century" in a told history is the turn nearest the
/// story's time ("In 1880, … By the turn of the century" `19` START).
@Suite("Family news round 95")
struct FamilyNewsRound95Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let june2014 = on(2014, 6, 12)
    static let november2019 = on(2019, 11, 8)
    static let november2014 = on(2014, 11, 7)
    static let march2022 = on(2022, 3, 15)

    /// A season named back after a year: that year's.
    static let seasonOfYear: [Case] = [
        N.news("In 1985, the river flooded the lower town. That winter, families slept in the school gym.", "That winter",
               "1985-WI", dateline: june2014),
        N.news("In 1989, protesters gathered every Monday. That autumn, the wall came down.", "That autumn", "1989-FA",
               dateline: november2019),
        N.news("In 2003, the mill cut 300 jobs. That winter, it closed for good.", "That winter", "2003-WI",
               dateline: march2022),
        N.news("In 1976, the drought began. That autumn, farmers sold their herds.", "That autumn", "1976-FA",
               dateline: november2014),
    ]

    /// Near misses: seasons after a month or counted on, and the dateline's season, stay as they were.
    static let seasonKept: [Case] = [
        N.news("In 1969, the first astronauts walked on the moon. That summer, millions watched.", "That summer", "1969-SU",
               dateline: june2014),
        N.news("In March 1994, the plane was shot down. That spring, the killings spread.", "That spring", "1994-SP",
               dateline: june2014),
        N.news("In 2001, the factory closed its doors. The following autumn, the town bought the site.",
               "The following autumn", "2002-FA", dateline: november2019),
        N.news("Sales fell sharply this winter, the company said.", "this winter", "2021-WI", dateline: march2022),
    ]

    /// A year or a season counted back from a past decade: which year, unknown.
    static let afterDecade: [Case] = [
        N.news("In the late 1950s, the company opened its first plant. Two years later, it added a second line.",
               "Two years later", "XXXX", dateline: june2014),
        N.news("By the mid-1960s the band had played every club in the city. That autumn, they signed a record deal.",
               "That autumn", "XXXX-FA", dateline: november2019),
        N.news("In the early 1980s, the mill employed 4,000 people. Three years later, half had been laid off.",
               "Three years later", "XXXX", dateline: march2022),
        N.news("During the 1970s, the town grew quickly. That summer, a new school opened.", "That summer", "XXXX-SU",
               dateline: november2014),
    ]

    /// Near misses: after a year or a day the count goes on from it.
    static let afterYear: [Case] = [
        N.news("In 1957, the company opened its first plant. Two years later, it added a second line.", "Two years later",
               "1959", dateline: june2014),
        N.news("The plant closed on Tuesday. Two days later, the union filed suit.", "Two days later", "2019-11-07",
               dateline: november2019),
        N.news("Sales fell in March. The following year, it expects growth.", "The following year", "2015",
               dateline: june2014),
    ]

    /// "this weekend" right after a count back: the anniversary's weekend, the dateline's.
    static let anniversaryWeekend: [Case] = [
        N.news("The wall fell 25 years ago this weekend.", "this weekend", "2014-W45-WE", dateline: november2014),
        N.news("The strike began 30 years ago this weekend, and the town remembered.", "this weekend", "2019-W45-WE",
               dateline: november2019),
        N.news("The bridge collapsed ten years ago this weekend.", "this weekend", "2022-W11-WE", dateline: march2022),
    ]

    /// Near misses: "this weekend" in a past clause without a count back is the weekend just past.
    static let pastWeekend: [Case] = [
        N.news("The team played badly this weekend.", "this weekend", "2014-W44-WE", dateline: november2014),
        N.news("Fans will mark the anniversary this weekend.", "this weekend", "2019-W45-WE", dateline: november2019),
    ]

    /// "the turn of the century" in a told history: the turn nearest the story's time.
    static let centuryTurn: [Case] = [
        N.news("In 1880, the railway reached the valley. By the turn of the century, the town had 10,000 people.",
               "the turn of the century", "19", mod: "START", dateline: june2014),
        N.news("The first church was built in 1792. By the turn of the century, the parish had 500 families.",
               "the turn of the century", "18", mod: "START", dateline: november2019),
        N.news("In 1905, the mine opened. Miners had come at the turn of the century.", "the turn of the century", "19",
               mod: "START", dateline: march2022),
    ]

    /// Near misses: without a distant story's time, the dateline's century.
    static let centuryTurnKept: [Case] = [
        N.news("Prices have doubled since the turn of the century.", "the turn of the century", "20", mod: "START",
               dateline: june2014),
        N.news("In 2009, the bank failed. It had grown fast since the turn of the century.", "the turn of the century", "20",
               mod: "START", dateline: november2019),
    ]

    @Test(arguments: seasonOfYear)
    func seasonOfStoryYear(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: seasonKept)
    func seasonKeptAsBefore(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: afterDecade)
    func unknownYearAfterDecade(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: afterYear)
    func countedFromYearOrDay(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: anniversaryWeekend)
    func weekendOfAnniversary(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: pastWeekend)
    func weekendByTense(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: centuryTurn)
    func turnNearestStory(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: centuryTurnKept)
    func turnOfDatelineCentury(_ item: Case) throws { try FamilyCheck.check(item) }
}
