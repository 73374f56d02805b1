import Testing
@testable import Chronicle

/// The forty-third round: Washington politics and technology/corporate wire copy. Families: (1) a quarter closed by a
/// month alone ("the quarter ending in June", "the quarter ended in February", "the second quarter ending in March", "the quarter
/// that ends in June") is
/// the quarter that month closes, as "the quarter ended Dec. 29" is (was the last quarter reported on, or the numbered
/// quarter's latest occurrence); (2) a holiday after "for" ("left town on Friday for the Easter recess", "headed home
/// for the Easter break", "left for its Easter recess", "went home for the Passover and Easter holidays") is the coming one when it falls within the month, whatever the tense (was last year's);
/// (3) "over a decade", "over a year" after an amount ("would save $4 trillion over a decade", "rose 12 percent over a
/// year") is the span the amount is counted over, "a decade" alone with no `mod`, as "over 10 years" is (was
/// "more than a decade"); (4) an irregular past under a prefix ("outsold", "outspent", "outgrew", "repaid", "overpaid")
/// is the sentence's verb: "The phone, launched in October, outsold the iPhone in January" describes its date by the
/// subject and that verb (was the bare verb phrase, or the whole sentence with its appositive). Dateline: Fri
/// 2013-03-22 (UTC).
@Suite("Family news, forty-third round")
struct FamilyNewsRound43Tests {
    typealias N = FamilyNewsDirectionTests

    static let quarters: [FamilyCase] = [
        N.news("It expects revenue to fall in the quarter ending in June.", "the quarter", "2013-Q2"),
        N.news("Analysts expect a loss for the quarter ending in September.", "the quarter", "2013-Q3"),
        N.news("The company reported revenue of $3 billion for the quarter ended in February.", "the quarter", "2013-Q1"),
        N.news("Revenue for the second quarter ending in March rose 4 percent.", "the second quarter", "2013-Q2"),
        N.news("Revenue for the quarter that ends in June is expected to fall.", "the quarter", "2013-Q2"),
    ]

    @Test(arguments: quarters)
    func quarter(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let holidays: [FamilyCase] = [
        N.news("Lawmakers left town on Friday for the two-week Easter recess.", "Easter", "2013-03-31"),
        N.news("The House adjourned Thursday for the Easter recess.", "Easter", "2013-03-31"),
        N.news("Senators headed home for the Easter break without a deal.", "Easter", "2013-03-31"),
        N.news("Most schools closed on Friday for the Easter holidays.", "the Easter holidays", "2013-03-31"),
        N.news("Lawmakers went home for the Easter holiday on Thursday.", "the Easter holiday", "2013-03-31"),
        // A possessive before it, or another holiday joined to it.
        N.news("The Senate left for its Easter recess on Saturday.", "Easter", "2013-03-31"),
        N.news("Congress broke for its two-week Easter recess on Thursday.", "Easter", "2013-03-31"),
        N.news("Lawmakers went home for the Passover and Easter holidays.", "Easter holidays", "2013-03-31"),
    ]

    @Test(arguments: holidays)
    func holiday(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let spans: [FamilyCase] = [
        N.news("The plan would save $4 trillion over a decade.", "a decade", .duration, "P10Y"),
        N.news("The bill would cut spending by $1.2 trillion over a decade.", "a decade", .duration, "P10Y"),
        N.news("Shares rose 12 percent over a year.", "a year", .duration, "P1Y"),
        N.news("Prices could climb 5 percent over a year, economists said.", "a year", .duration, "P1Y"),
        N.news("The company plans to invest $2 billion over a decade.", "a decade", .duration, "P10Y"),
        N.news("Output would fall by 3 percentage points over a year.", "a year", .duration, "P1Y"),
    ]

    @Test(arguments: spans)
    func span(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let descriptions: [DescriptionCase] = [
        DescriptionCase("The phone, launched in October, outsold the iPhone in South Korea in January.", "January",
                        "The phone outsold the iPhone in South Korea in January"),
        DescriptionCase("The retailer, hit by weak sales, outspent its rivals on advertising in the fourth quarter.",
                        "the fourth quarter", "The retailer outspent its rivals on advertising in the fourth quarter"),
        DescriptionCase("The startup, founded in 2009, outgrew its offices in Palo Alto last year.", "last year",
                        "The startup outgrew its offices in Palo Alto last year"),
        DescriptionCase("The bank, bailed out in 2008, repaid its loans in December.", "December",
                        "The bank repaid its loans in December"),
        DescriptionCase("The carrier, acquired last year, overpaid for spectrum in 2008.", "2008",
                        "The carrier overpaid for spectrum in 2008"),
    ]

    @Test(arguments: descriptions)
    func description(_ item: DescriptionCase) throws { try FamilyNewsRound27Tests().description(item) }
}
