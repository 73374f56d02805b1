import Testing
@testable import Chronicle

/// The thirty-second round: short wire briefs, headlines and British/Commonwealth deictics. Family: a day counted back
/// in a past clause ("a day earlier", "the previous day", "the day before", "two days earlier") after the text looked
/// ahead ("will begin talks tomorrow", "ahead of the holiday season", "next week") counts from the dateline's day, not
/// from the date still to come. A headline written above the dateline's line ("Obama visits Israel next week" over
/// "WASHINGTON, March 15, 2013 (AP) —") is read as a sentence of its own, not skipped with the header, and the body's
/// anaphora do not count from its dates. British copy's "lunchtime" is midday ("at lunchtime tomorrow", "Monday
/// lunchtime"), and a bare part of the day takes a deictic day after it ("until evening yesterday").
/// Dateline: Fri 2013-03-22 (UTC).
@Suite("Family news, thirty-second round")
struct FamilyNewsRound32Tests {
    typealias N = FamilyNewsDirectionTests

    static let values: [FamilyCase] = [
        // A day counted back in a past clause after a future date (on main: counted from that date, `2013-03-22`,
        // `2013-12-XX`, `2013-03-24`, `2013-03-23`, `2013-03-22`).
        N.news("Napolitano will begin fresh consultations tomorrow. The centre-right said a day earlier it would not back him.",
               "a day earlier", "2013-03-21"),
        N.news("Analysts expect the tablet to go on sale ahead of the holiday season. Rival Amazon cut prices a day earlier.",
               "a day earlier", "2013-03-21"),
        N.news("The vote will be held next week. The opposition called for a boycott the previous day.", "the previous day", "2013-03-21"),
        N.news("Shares will resume trading on Monday. The company announced the sale the day before.", "the day before", "2013-03-21"),
        N.news("Parliament will vote on Sunday. Two days earlier, the government unveiled the plan.", "Two days earlier", "2013-03-20"),
        N.news("Banks will reopen on Tuesday. The central bank said a day earlier that deposits were safe.", "a day earlier", "2013-03-21"),
        // … not in a clause that looks ahead or is present, nor after a date already past.
        N.news("Parliament will vote on Sunday. A day earlier, ministers will meet in Brussels.", "A day earlier", "2013-03-23"),
        N.news("The vote is set for Sunday, and campaigning ends the day before.", "the day before", "2013-03-23"),
        N.news("Bersani failed on Wednesday. The centre-right said a day earlier it would not back him.", "a day earlier", "2013-03-19"),
        // British copy's "lunchtime" is a part of the day, midday (`TMI`; on main: not an expression, "at lunchtime
        // tomorrow" only "tomorrow"), and a bare part of the day takes a deictic day after it ("until evening yesterday";
        // on main: only "yesterday").
        N.news("Osborne will set out his plans at lunchtime tomorrow.", "lunchtime tomorrow", .time, "2013-03-23TMI"),
        N.news("The minister spoke to reporters at lunchtime.", "lunchtime", .time, "2013-03-22TMI"),
        N.news("Talks will resume on Monday lunchtime.", "Monday lunchtime", .time, "2013-03-25TMI"),
        N.news("The prime minister will make a statement this lunchtime.", "this lunchtime", .time, "2013-03-22TMI"),
        N.news("Rescuers searched the rubble until evening yesterday.", "evening yesterday", .time, "2013-03-21TEV"),
        N.news("By morning tomorrow the river will have peaked.", "morning tomorrow", .time, "2013-03-23TMO"),
    ]

    @Test(arguments: values)
    func value(_ item: FamilyCase) throws { try FamilyCheck.check(item) }

    static let lookAlikes: [FamilyLookAlike] = [
        // "lunchtime" before a noun is no time of the story.
        FamilyLookAlike("London shares were flat in lunchtime trading.", "lunchtime"),
        FamilyLookAlike("The lunchtime meeting ended without a deal.", "lunchtime"),
        FamilyLookAlike("Pubs reported a slow lunchtime trade.", "lunchtime"),
    ]

    @Test(arguments: lookAlikes)
    func lookAlike(_ item: FamilyLookAlike) throws { try FamilyCheck.check(item) }

    struct HeadlineCase: Sendable, CustomTestStringConvertible {
        let text: String
        let expression: String
        let value: String
        let description: String
        init(_ text: String, _ expression: String, _ value: String, _ description: String) {
            (self.text, self.expression, self.value, self.description) = (text, expression, value, description)
        }
        var testDescription: String { "“\(expression)” → \(value) in “\(text.prefix(40))”" }
    }

    // The headline's expressions, with the headline as their description (on main: none; the headline went with the
    // header), and the body's anaphora counted from the dateline, not the headline's date.
    static let headlines: [HeadlineCase] = [
        HeadlineCase("Obama visits Israel next week\n\nWASHINGTON, March 15, 2013 (AP) — President Barack Obama will travel to Israel.",
                     "next week", "2013-W12", "Obama visits Israel next week"),
        HeadlineCase("Apple to unveil iPad mini on Oct. 23\n\nBy Poornima Gupta | Reuters | October 16, 2012\n\nSAN FRANCISCO (Reuters) - Apple Inc sent invitations on Tuesday.",
                     "Oct. 23", "2012-10-23", "Apple to unveil iPad mini on Oct. 23"),
        HeadlineCase("Queensland floods to peak tomorrow\n\n22 March 2013 Last updated at 14:05 GMT\n\nRivers in Queensland rose overnight.",
                     "tomorrow", "2013-03-23", "Queensland floods to peak tomorrow"),
        HeadlineCase("Venezuelans vote on Sunday\n\nCARACAS, April 12, 2013 (AFP) - Capriles held his final rally on Thursday.",
                     "Sunday", "2013-04-14", "Venezuelans vote on Sunday"),
        HeadlineCase("Cyprus parliament to vote on Tuesday\nNICOSIA, March 18, 2013 (Reuters) - Lawmakers delayed the vote.",
                     "Tuesday", "2013-03-19", "Cyprus parliament to vote on Tuesday"),
        // A headline's schedule word without its auxiliary is a plan (on main: no headline; read as a body sentence, the
        // past Friday, Tuesday).
        HeadlineCase("Chavez funeral set for Friday\n\nCARACAS, March 6, 2013 (AP) — Thousands lined the streets on Tuesday.",
                     "Friday", "2013-03-08", "Chavez funeral set for Friday"),
        HeadlineCase("Final Senate vote scheduled for Tuesday\n\nWASHINGTON, March 22, 2013 (AP) — Senators debated the budget.",
                     "Tuesday", "2013-03-26", "Final Senate vote scheduled for Tuesday"),
        HeadlineCase("Cyprus bailout talks slated for Sunday\n\nNICOSIA, March 22, 2013 (Reuters) - Officials met on Friday.",
                     "Sunday", "2013-03-24", "Cyprus bailout talks slated for Sunday"),
        // A wire slug before the headline is not its words (on main: no headline at all).
        HeadlineCase("UPDATE 2-Euro zone ministers to meet on Sunday on Cyprus\n\nBRUSSELS, March 22, 2013 (Reuters) - Officials said on Friday.",
                     "Sunday", "2013-03-24", "Euro zone ministers to meet on Sunday on Cyprus"),
        HeadlineCase("EXCLUSIVE-Apple to unveil iPad mini on Oct. 23\n\nSAN FRANCISCO, Oct. 16, 2012 (Reuters) - Apple sent invitations.",
                     "Oct. 23", "2012-10-23", "Apple to unveil iPad mini on Oct. 23"),
        HeadlineCase("Venezuelans vote on Sunday\n\nCARACAS, April 12, 2013 (AFP) - Capriles said a day earlier he would win.",
                     "a day earlier", "2013-04-11", "Capriles said a day earlier he would win"),
    ]

    @Test(arguments: headlines)
    func headline(_ item: HeadlineCase) throws {
        let article = try Article(text: item.text)
        let timeline = try TimelineExtractor().timeline(for: article)
        let range = try #require(FamilyCheck.scalarRange(of: item.expression, in: item.text))
        let event = try #require(timeline.events.first { $0.expression.start == range.lowerBound })
        #expect(event.expression.value == item.value)
        #expect(event.description == item.description)
    }
}
