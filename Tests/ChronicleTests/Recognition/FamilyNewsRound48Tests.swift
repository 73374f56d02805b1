import Testing
@testable import Chronicle

/// The forty-eighth round: leftovers named by rounds 40–46. Families: "at present" and "at the present time" are the
/// present (`PRESENT_REF`, was untagged or "the present" alone); "a few days a week" is one set (was "a few days" and
/// "a week"); "in the last century" is the 20th century (`19`, was the length `P1CE`; "over the last century" stays
/// one); "a generation ago" is the decade 25 years back per generation (`198` in 2013, was untagged); Diwali and Holi
/// are dated from a table of their days (were untagged); "the quarter to March", "the quarter through June" is the
/// quarter that month closes (was the last quarter reported on, `2012-Q4`); an appositive "…, expected in September,"
/// takes its clause's tense (was last September); the trigger of "after hearing closing arguments on Monday" is
/// "hearing" (was "closing") and of "after the river burst its banks on Sunday" is "burst" (was "fled"); "The Galaxy
/// S4, due out in April, …" describes April with its noun (was "Due out in April"); "…, with jury selection on Monday"
/// is the selection's (was the clause before's verb).
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, forty-eighth round")
struct FamilyNewsRound48Tests {
    typealias N = FamilyNewsDirectionTests

    static let present: [FamilyCase] = [
        N.news("At present, the company has no plans to sell the unit.", "present", "PRESENT_REF"),
        N.news("There is no cure at present, doctors said.", "present", "PRESENT_REF"),
        N.news("The ministry said at present there was no risk to the public.", "present", "PRESENT_REF"),
        N.news("The bank does not expect to raise rates at the present time, the governor said.", "the present time", "PRESENT_REF"),
        N.news("At the present time, no charges have been filed.", "the present time", "PRESENT_REF"),
    ]

    @Test(arguments: present)
    func atPresent(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// (Guards: a noun after "present" keeps it an adjective.)
    static let presentLookAlikes: [FamilyLookAlike] = [
        FamilyLookAlike("Oil would stay at present levels for months, the analyst said.", "present levels",
                        dateline: N.friday),
        FamilyLookAlike("At present rates, the fund will run dry by 2033.", "present rates", dateline: N.friday),
    ]

    @Test(arguments: presentLookAlikes)
    func presentBeforeNoun(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    static let sets: [FamilyCase] = [
        N.news("She now works from home a few days a week.", "a few days a week", .set, "P1W"),
        N.news("The clinic opens a few days a month in the remote villages.", "a few days a month", .set, "P1M"),
        N.news("Flights to the island run only a few days a week in winter.", "a few days a week", .set, "P1W"),
    ]

    @Test(arguments: sets)
    func fewDaysAWeek(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let centuries: [FamilyCase] = [
        N.news("The bridge was built in the last century and needs repairs.", "the last century", "19"),
        N.news("Most of the city's mills closed in the last century.", "the last century", "19"),
        N.news("The dam, a relic of the last century, will be torn down.", "the last century", "19"),
        N.news("The house was built at the turn of the last century.", "the turn of the last century", "19", mod: "START"),
        // (Guard: a length stays one.)
        N.news("The city grew tenfold over the last century.", "the last century", .duration, "P1CE"),
    ]

    @Test(arguments: centuries)
    func lastCentury(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let generations: [FamilyCase] = [
        N.news("A generation ago, the town had three steel mills.", "A generation ago", "198"),
        N.news("The region was a war zone a generation ago.", "a generation ago", "198"),
        N.news("Two generations ago, most Koreans lived on farms.", "Two generations ago", "196"),
    ]

    @Test(arguments: generations)
    func generationAgo(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let festivals: [FamilyCase] = [
        N.news("Jewellers expect sales to peak before Diwali, the Hindu festival of lights.", "Diwali", "2013-11-03"),
        N.news("Millions of Indians celebrated Diwali last year.", "Diwali last year", "2012-11-13"),
        N.news("Gold sales slumped after Diwali, traders said.", "Diwali", "2012-11-13"),
        N.news("Sweet shops are busy ahead of Deepavali.", "Deepavali", "2013-11-03"),
        N.news("The festival of Holi falls next week.", "Holi", "2013-03-27"),
        N.news("Schools will close for Holi, the festival of colours.", "Holi", "2013-03-27"),
    ]

    @Test(arguments: festivals)
    func hinduFestivals(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// A festival whose day the table does not list is unresolved, with a reason, not another year's day.
    @Test(arguments: ["Riots broke out during Diwali 1995, police said.", "Holi 2040 falls in March."])
    func festivalOutsideTheTable(_ sentence: String) throws {
        let timeline = try FamilyCheck.timeline(sentence, N.friday)
        let festival = try #require(timeline.expressions.first { $0.text.hasPrefix("Diwali") || $0.text.hasPrefix("Holi") })
        #expect(festival.value == nil && festival.interval == nil)
        #expect(festival.unresolvedReason == "the day of \(festival.text.prefix { $0 != " " }) in \(festival.text.filter(\.isNumber)) is not known")
    }

    static let quarters: [FamilyCase] = [
        N.news("Profit rose 12 percent in the quarter to March.", "the quarter", "2013-Q1"),
        N.news("Sales fell in the quarter through March, the company said.", "the quarter", "2013-Q1"),
        N.news("The company expects growth to pick up in the quarter to June.", "the quarter", "2013-Q2"),
        N.news("The bank expects profit to rise in the quarter through September.", "the quarter", "2013-Q3"),
    ]

    @Test(arguments: quarters)
    func quarterToMonth(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let appositives: [FamilyCase] = [
        N.news("The new iPhone, expected in September, will have a larger screen.", "September", "2013-09"),
        N.news("The tablet, expected in the fall, will cost less than $300.", "the fall", "2013-FA"),
        N.news("The film, expected in cinemas in June, will star two newcomers.", "June", "2013-06"),
    ]

    @Test(arguments: appositives)
    func appositiveSchedule(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let triggers: [AnchorCase] = [
        AnchorCase("The jury began deliberating after hearing closing arguments on Monday.", "Monday", "hearing"),
        AnchorCase("The panel adjourned after hearing opening statements on Tuesday.", "Tuesday", "hearing"),
        AnchorCase("Residents fled after the river burst its banks on Sunday.", "Sunday", "burst"),
        AnchorCase("Traffic stopped after a water main burst on Tuesday.", "Tuesday", "burst"),
        AnchorCase("The storm shed heavy rain on Wednesday before moving east.", "Wednesday", "shed"),
    ]

    @Test(arguments: triggers)
    func gerundAndPastTriggers(_ item: AnchorCase) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        DescriptionCase("The Galaxy S4, due out in April, drew long lines in Seoul.", "April", "The Galaxy S4, due out in April"),
        DescriptionCase("The iPhone 5, due out in September, will have a bigger screen.", "September",
                        "The iPhone 5, due out in September"),
        DescriptionCase("The A380, due back in service in May, was grounded after the fault.", "May",
                        "The A380, due back in service in May"),
    ]

    @Test(arguments: descriptions)
    func dueAppositive(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }

    /// A verbless "with" phrase after a clause with a date of its own names its date's event by its noun (was the verb of
    /// the clause before, and the whole sentence as description).
    static let withTriggers: [AnchorCase] = [
        AnchorCase("The trial opened Tuesday, with jury selection on Monday.", "Monday", "selection"),
        AnchorCase("The festival opens Thursday, with the premiere on Saturday.", "Saturday", "premiere"),
        AnchorCase("The tournament begins Monday, with the final on Saturday.", "Saturday", "final"),
        AnchorCase("The conference opened Monday, with the keynote on Wednesday.", "Wednesday", "keynote"),
    ]

    @Test(arguments: withTriggers)
    func withPhraseTrigger(_ item: AnchorCase) throws { try FamilyCheck.check(item) }

    static let withDescriptions: [DescriptionCase] = [
        DescriptionCase("The trial opened Tuesday, with jury selection on Monday.", "Monday", "Jury selection on Monday"),
        DescriptionCase("The tournament begins Monday, with the final on Saturday.", "Saturday", "The final on Saturday"),
    ]

    @Test(arguments: withDescriptions)
    func withPhraseDescription(_ item: DescriptionCase) throws { try FamilyCheck.check(item) }
}
