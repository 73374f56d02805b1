import Testing
@testable import Chronicle

/// The fifty-fourth round: British, Commonwealth and international English wire copy (BBC, Guardian, Reuters UK, AFP
/// English, PTI, ABC Australia, Xinhua English). Families: a day counted in weeks or fortnights from another day
/// ("Monday fortnight", "a fortnight on Saturday", "a week tomorrow", "a week last Tuesday", were the day alone or a
/// length and a day); the tax year named from the dateline ("this tax year", "the next tax year", "the current tax
/// year", were untagged or "current" alone), as "this financial year" is; "last" and "next" after a weekday or month ("on
/// Friday last", "on Tuesday next", "in March last", were the weekday or month alone, today's Friday); "the week beginning 25 March" (the week, was a
/// length and the day); the national days of Commonwealth copy
/// ("Republic Day", "Waitangi Day", "Pancake Day", were untagged), and a US holiday another country keeps with its day
/// written after it ("marked its Independence Day on August 15": that day, was July 4); a season or month before the noun of a parliament's
/// or treasury's sitting leaves the article to the noun ("the summer recess", "the autumn statement": "summer",
/// "autumn", as TimeML tags "Spring" in "the Spring Offensive"; were "the summer", "the autumn").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, fifty-fourth round")
struct FamilyNewsRound54Tests {
    typealias N = FamilyNewsDirectionTests

    static let weeksFromDay: [FamilyCase] = [
        N.news("The hearing resumes on Monday fortnight.", "Monday fortnight", "2013-04-08"),
        N.news("The final will be played on Saturday fortnight at Wembley.", "Saturday fortnight", "2013-04-06"),
        N.news("The trial resumes a fortnight on Saturday.", "a fortnight on Saturday", "2013-04-06"),
        N.news("The result will be known a week today.", "a week today", "2013-03-29"),
        N.news("The result will be known a week tomorrow.", "a week tomorrow", "2013-03-30"),
        N.news("Results are due a fortnight tomorrow, the board said.", "a fortnight tomorrow", "2013-04-06"),
        N.news("The report was published a week yesterday.", "a week yesterday", "2013-03-14"),
        N.news("He was arrested a week last Tuesday in Leeds.", "a week last Tuesday", "2013-03-12"),
        N.news("The pair were last seen a fortnight last Sunday.", "a fortnight last Sunday", "2013-03-03"),
        // (Guards: a length before the day.)
        N.news("He was jailed for a week last Tuesday.", "last Tuesday", "2013-03-19"),
        N.news("It is a week today since the attack.", "today", "2013-03-22"),
    ]

    @Test(arguments: weeksFromDay)
    func dayCountedInWeeks(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// Indian and older British copy puts "last" and "next" after the weekday or month: "on Friday last" is "last Friday",
    /// "in March last" "last March".
    static let postposedRelations: [FamilyCase] = [
        N.news("He said on Friday last that the talks had failed.", "Friday last", "2013-03-15"),
        N.news("The accused was arrested on Sunday last from his house.", "Sunday last", "2013-03-17"),
        N.news("The rally held on Sunday last drew thousands.", "Sunday last", "2013-03-17"),
        N.news("They met on Monday last to discuss the dispute.", "Monday last", "2013-03-18"),
        N.news("On Friday last, police raided the house.", "Friday last", "2013-03-15"),
        N.news("The court will hear the case on Tuesday next, the lawyer said.", "Tuesday next", "2013-03-26"),
        N.news("He will arrive on Friday next and leave on Sunday.", "Friday next", "2013-03-29"),
        N.news("He arrived in Mumbai in March last.", "March last", "2012-03"),
        N.news("The scheme was launched in January last by the minister.", "January last", "2013-01"),
        N.news("The project will be completed by June next.", "June next", "2013-06"),
        N.news("Elections are due in May next, the commission said.", "May next", "2013-05"),
        // (Guards: a time word after it.)
        N.news("He was elected in March last year.", "March last year", "2012-03"),
        N.news("He was arrested on Friday last week.", "Friday last week", "2013-03-15"),
        N.news("The team lost on Saturday last season.", "Saturday", "2013-03-16"),
    ]

    @Test(arguments: postposedRelations)
    func lastOrNextAfterWeekday(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    /// British "the week beginning 25 March" ("commencing", "starting"): the ISO week that day opens, as "the week of March
    /// 25" (was a length, P1W, and the day).
    static let weeksBeginning: [FamilyCase] = [
        N.news("Talks will take place in the week beginning 25 March.", "the week beginning 25 March", "2013-W13"),
        N.news("The trial is listed for the week commencing 8 April.", "the week commencing 8 April", "2013-W15"),
        N.news("Voting is due in the week starting April 15.", "the week starting April 15", "2013-W16"),
        N.news("Sales fell 2 per cent in the week beginning 4 March.", "the week beginning 4 March", "2013-W10"),
        // (Guard: the weekly figures' week closing on a day stays a length.)
        N.news("Sales fell in the week ended March 16.", "the week", .duration, "P1W"),
    ]

    @Test(arguments: weeksBeginning)
    func weekOpenedByDay(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let taxYears: [FamilyCase] = [
        N.news("The personal allowance rises in the next tax year.", "the next tax year", "2014"),
        N.news("Receipts fell sharply this tax year, the Treasury said.", "this tax year", "2013"),
        N.news("Self-assessment returns for the last tax year are due in January.", "the last tax year", "2012"),
        N.news("Borrowing will fall in the current tax year, the OBR forecast.", "the current tax year", "2013"),
        N.news("The relief was withdrawn in the previous tax year.", "the previous tax year", "2012"),
    ]

    @Test(arguments: taxYears)
    func taxYearFromDateline(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let nationalDays: [FamilyCase] = [
        N.news("Troops paraded along Rajpath on Republic Day.", "Republic Day", "2013-01-26"),
        N.news("The president will address the nation on Republic Day.", "Republic Day", "2014-01-26"),
        N.news("Protesters marched at Waitangi on Waitangi Day.", "Waitangi Day", "2013-02-06"),
        N.news("Cafes sold out of batter on Pancake Day.", "Pancake Day", "2013-02-12"),

        // A US holiday another country keeps, its day written after it: that day (was the US one).
        N.news("The country marked its Independence Day on August 15.", "Independence Day", "2012-08-15"),
        N.news("Pakistan celebrates Independence Day on 14 August.", "Independence Day", "2013-08-14"),
        N.news("India will celebrate Independence Day on August 15 with a parade.", "Independence Day", "2013-08-15"),
        N.news("Canadians celebrate Thanksgiving on October 14 this year.", "Thanksgiving", "2013-10-14"),
        // (Guard: the US day written after it.)
        N.news("Americans celebrated Independence Day on July 4.", "Independence Day", "2012-07-04"),
    ]

    @Test(arguments: nationalDays)
    func commonwealthNationalDays(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let sittings: [FamilyCase] = [
        N.news("The bill will be debated after the summer recess.", "summer", "2013-SU"),
        N.news("Lawmakers will vote before the summer recess begins.", "summer", "2013-SU"),
        N.news("The chancellor announced the cut in the autumn statement.", "autumn", "2012-FA"),
        N.news("The chancellor will set out his plans in the autumn statement.", "autumn", "2013-FA"),
        N.news("MPs will break for the Easter recess and return for the spring statement.", "spring", "2013-SP"),
        N.news("The spring session of parliament opens next week.", "spring", "2013-SP"),
        // (Guard: a season alone keeps its article.)
        N.news("Sales rose in the summer.", "the summer", "2012-SU"),
    ]

    @Test(arguments: sittings)
    func seasonOfASitting(_ item: FamilyCase) throws { try FamilyCheck.check(item) }
}
