import Testing
@testable import Chronicle

/// The twenty-sixth round: politics, diplomacy and conflict read as whole 2013 wire articles. Families: a count written
/// with a thousands separator before a unit is a length, not a year ("in nearly 1,300 years", "1,000 days"), and an end
/// point after a present verb that keeps something going and its object lies ahead ("a bill that extends the program
/// through Dec. 31", "funds the government until Sept. 30"); the event nouns of politics and conflict copy ("a runoff on
/// May 5", "the conclave in March", "the drills in March") and the British "neighbouring" as an adjective, no event; a
/// present of lasting after a relative pronoun as its clause's verb ("drills that run until April 30"); a verb opening
/// the next conjunct right after the expression as no event of the date's ("will meet … on Wednesday evening and will
/// travel"). Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, twenty-sixth round")
struct FamilyNewsRound26Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A count with a thousands separator before a unit is a length (a four-digit count was taken for a year).
        N.news("He is the first pope from outside Europe in nearly 1,300 years.", "nearly 1,300 years", .duration, "P1300Y",
               mod: "LESS_THAN"),
        N.news("It was the first such visit in more than 1,000 years.", "more than 1,000 years", .duration, "P1000Y",
               mod: "MORE_THAN"),
        N.news("The siege has lasted 1,000 days.", "1,000 days", .duration, "P1000D"),
        N.news("He was sentenced to 1,500 hours of community service.", "1,500 hours", .duration, "PT1500H"),
        N.news("The dynasty ruled for about 2,000 years.", "about 2,000 years", .duration, "P2000Y", mod: "APPROX"),
        // An end point after a present verb that keeps something going, its object between them, lies ahead even after a
        // past main verb.
        N.news("The House passed a bill on Thursday that extends the program through Dec. 31.", "Dec. 31", "2013-12-31"),
        N.news("The House on Thursday passed a bill that funds federal agencies until Dec. 31.", "Dec. 31", "2013-12-31"),
        N.news("Lawmakers approved a measure on Tuesday that keeps the agency open through Jan. 15.", "Jan. 15", "2014-01-15"),
        N.news("The Senate on Wednesday passed a resolution that finances the government through Nov. 30.", "Nov. 30",
               "2013-11-30"),
        // … and so does the date after "on" that restates "the end of …" after the end point's preposition.
        N.news("The Senate on Thursday passed a measure that keeps agencies open through the end of the fiscal year on Sept. 30.",
               "Sept. 30", "2013-09-30"),
        N.news("Lawmakers on Tuesday approved a bill that extends the program through the end of the year on Dec. 31.", "Dec. 31",
               "2013-12-31"),
        N.news("The House passed a measure on Wednesday that funds the agency until the end of the session on Jan. 15.",
               "Jan. 15", "2014-01-15"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let anchors: [AnchorCase] = [
        // Event nouns of politics and conflict copy: the date modifies them.
        AnchorCase("A second runoff in June is likely.", "June", "runoff"),
        AnchorCase("Cardinals said the conclave in March would be brief.", "March", "conclave"),
        AnchorCase("The bailout in May will be the island's first.", "May", "bailout"),
        AnchorCase("Seoul said the drills in March were routine.", "March", "drills"),
        // "neighbouring", as "neighboring", is an adjective.
        AnchorCase("In neighbouring Iraq, a runoff in June is likely.", "June", "runoff"),
        AnchorCase("In neighbouring Lebanon, calm on Sunday was fragile.", "Sunday", "fragile"),
        AnchorCase("Troops from neighbouring Chad in January were decisive.", "January", "decisive"),
        // A present of lasting after a relative pronoun is its clause's verb, the end point's event.
        AnchorCase("Seoul condemned the drills that run through April 30.", "April 30", "run"),
        AnchorCase("Lawmakers criticized a session that lasts until June 30.", "June 30", "lasts"),
        AnchorCase("Officials praised the exercises, which continue through Friday.", "Friday", "continue"),
        AnchorCase("Rebels ignored a truce that lasts until Monday.", "Monday", "lasts"),
        // A verb opening the next conjunct right after the expression begins another event, however far the first
        // conjunct's verb stands before it.
        AnchorCase("Obama will meet Israeli Prime Minister Benjamin Netanyahu on Wednesday evening and will travel to Ramallah "
                   + "on Thursday.", "Wednesday evening", "meet"),
        AnchorCase("Xi will hold talks with Russian President Vladimir Putin on Friday afternoon and will leave on Sunday.",
                   "Friday afternoon", "hold"),
        AnchorCase("The king will host a state dinner for the visiting president on Friday night and will see him off on "
                   + "Saturday.", "Friday night", "host"),
        AnchorCase("Ministers approved the outline of a rescue package for the island late on Sunday and agreed to meet "
                   + "again in April.", "late on Sunday", "approved"),
        AnchorCase("Rebels shelled the government district of the capital early on Monday and seized two checkpoints.",
                   "early on Monday", "shelled"),
    ]

    @Test(arguments: anchors)
    func anchor(_ item: AnchorCase) throws { try FamilyCheck.check(item) }
}
