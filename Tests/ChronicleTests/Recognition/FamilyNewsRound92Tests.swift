import Testing
@testable import Chronicle

/// The ninety-second round, a sweep of invented long-form news (profiles, obituaries, analysis, anniversaries, 2014-2019)
/// telling history inside a news story: a written date after a fronted "By" in a past clause is a point the history has
/// reached ("By 1985, prices had fallen. The following year, …" is 1986), not the end of a span still running; a month
/// or a day without a year in a past clause after a year opening its sentence, two years or more before the dateline's,
/// is that year's ("In 1994, … The killings began on April 7", "In 1950, war broke out. In June, …"); "about the …" after a
/// verb or an adjective governs the expression, it does not approximate it ("optimistic about the coming months").
@Suite("Family news round 92")
struct FamilyNewsRound92Tests: DatedFamilyRound {
    typealias Case = FamilyCase
    typealias N = FamilyNewsDirectionTests

    static let june2015 = on(2015, 6, 9)
    static let july2019 = on(2019, 7, 3)
    static let april2014 = on(2014, 4, 6)
    static let may2016 = on(2016, 5, 19)

    /// "By" + a past date in a past clause: the next look-back counts from it.
    static let reached: [Case] = [
        N.news("By 1985, prices had fallen. The following year, the union went on strike.", "The following year", "1986",
               dateline: june2015),
        N.news("By the end of 2014, it had fallen below 6 percent. The following year, the Fed raised rates.",
               "The following year", "2015", dateline: july2019),
        N.news("By 2014, unemployment was below 6 percent. Two years later, the Fed raised rates.", "Two years later", "2016",
               dateline: july2019),
        N.news("By the end of 2012, the company had cut 500 jobs. The next year, it hired again.", "The next year", "2013",
               dateline: may2016),
    ]

    /// Spans still running, or a "by" not fronting a past clause: no change.
    static let running: [Case] = [
        N.news("By 2030, the city will need new schools. The following year, taxes will rise.", "The following year", "2014"),
        N.news("By Friday, the team was ready. The next day, it left.", "The next day", "2013-03-23"),
        N.news("The bonds will mature by 2015. The following year, rates will rise.", "The following year", "2014"),
    ]

    /// A month or a day without a year after a fronted past year: that year's.
    static let history: [Case] = [
        N.news("In the spring of 1994, about 800,000 people were killed. The killings began on April 7.", "April 7",
               "1994-04-07", dateline: april2014),
        N.news("In 1994, thousands were killed. The killings began on April 7. In mid-July, rebels took the capital.",
               "mid-July", "1994-07", mod: "MID", dateline: april2014),
        N.news("In 1950, war broke out. In June, troops crossed the border.", "June", "1950-06", dateline: may2016),
        N.news("In 2009, the company nearly failed. In March, it sold its factories.", "March", "2009-03", dateline: may2016),
        N.news("In the spring of 1994, thousands were killed. The killings began on April 7. By mid-July, rebels had taken the capital.",
               "mid-July", "1994-07", mod: "MID", dateline: april2014),
        N.news("In 1950, war broke out. In June, troops crossed the border. By September, they had reached the river.",
               "September", "1950-09", dateline: may2016),
        N.news("During 1989, the protests grew. In October, hundreds of thousands marched in Leipzig.", "October", "1989-10",
               dateline: on(2014, 11, 7)),
    ]

    /// Not after a year named in passing, a year just before the dateline's, or in a future clause.
    static let notHistory: [Case] = [
        // (A plain past event in the month after the dateline's is last year's since round 97.)
        N.news("The war began in 1950. In June, troops crossed the border.", "June", "2015-06", dateline: may2016),
        N.news("In 2015, the company nearly failed. In March, it sold its factories.", "March", "2016-03", dateline: may2016),
        N.news("In 2009, the company nearly failed. In March, it will sell its factories.", "March", "2017-03",
               dateline: may2016),
        N.news("By March, the company had closed its factories.", "March", "2016-03", dateline: may2016),
        N.news("Collectors prize works dating to 1994. In January, a dealer sold one.", "January", "2016-01", dateline: may2016),
    ]

    /// "about the …" after a verb or an adjective governs the expression: no APPROX, "about" left out.
    static let aboutObject: [Case] = [
        N.news("Investors will watch for clues about the months ahead.", "the months ahead", .duration, "PXM", dateline: july2019),
        N.news("Executives were optimistic about the coming months.", "the coming months", .duration, "PXM"),
        N.news("He talked about the past decade.", "the past decade", .duration, "P10Y"),
        N.news("She was asked about the next five years.", "the next five years", .duration, "P5Y"),
        N.news("He spoke about the 1990s.", "the 1990s", "199"),
    ]

    /// After a preposition "about" still approximates.
    static let aboutApprox: [Case] = [
        N.news("The plant employed 300 people for about the past two years.", "about the past two years", .duration, "P2Y",
               mod: "APPROX"),
        N.news("Prices rose in about the past three months.", "about the past three months", .duration, "P3M", mod: "APPROX"),
    ]

    @Test(arguments: aboutObject)
    func aboutGovernsObject(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: aboutApprox)
    func aboutApproximates(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: reached)
    func reachedByPastDate(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: running)
    func spanStillRunning(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: history)
    func monthOfToldHistory(_ item: Case) throws { try FamilyCheck.check(item) }

    @Test(arguments: notHistory)
    func monthOfDateline(_ item: Case) throws { try FamilyCheck.check(item) }
}
