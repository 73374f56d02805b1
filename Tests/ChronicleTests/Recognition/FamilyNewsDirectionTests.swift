import Testing
@testable import Chronicle

/// Direction and reference in modern news: which side of the dateline a bare weekday, month or quarter lands on when
/// the verb that decides is after it, far from it, in a verb group, a condition, a question, a pair of days, or in a
/// quotation whose speaker spoke on another day.
/// Datelines: Fri 2013-03-22 (default), Mon 2013-03-25.
@Suite("Family news direction")
struct FamilyNewsDirectionTests {
    typealias Case = FamilyCase
    static let friday = CalendarDate(year: 2013, month: 3, day: 22)
    static let monday = CalendarDate(year: 2013, month: 3, day: 25)

    static func news(_ sentence: String, _ text: String, _ type: TimexType, _ value: String, mod: String? = nil,
                     dateline: CalendarDate = friday) -> Case {
        Case(sentence, text, type, value, mod: mod, dateline: dateline)
    }

    static func news(_ sentence: String, _ text: String, _ value: String, mod: String? = nil, dateline: CalendarDate = friday) -> Case {
        Case(sentence, text, .date, value, mod: mod, dateline: dateline)
    }

    static let cases: [Case] = [
        // A time fronted before its verb: the verb group after it decides ("is expected to", "are set to", "are likely
        // to", "are to", "were expected to"), not its first auxiliary.
        news("At 18:00 GMT on Sunday the eurogroup is expected to meet again.", "Sunday", "2013-03-24"),
        news("At 18:00 GMT on Sunday the eurogroup is expected to meet again.", "18:00 GMT", .time, "2013-03-24T18:00"),
        news("On Tuesday, lawmakers are set to vote on the budget.", "Tuesday", "2013-03-26"),
        news("Early Monday, markets are likely to open lower.", "Early Monday", "2013-03-25", mod: "START"),
        news("On Monday the talks are to resume in Geneva.", "Monday", "2013-03-25"),
        news("On Sunday, the leaders were expected to sign the accord.", "Sunday", "2013-03-24"),
        news("Late Sunday, European finance ministers are set to hold talks in Brussels.", "Late Sunday", "2013-03-24", mod: "END"),
        news("On Wednesday the senator told reporters that she would run.", "Wednesday", "2013-03-20"),
        news("In December, the board decided to sell.", "December", "2012-12"),
        // The main clause decides past a subordinate, relative or participial clause between them.
        news("On Sunday, after talks collapsed, the leaders will try again.", "Sunday", "2013-03-24"),
        news("On Sunday, after talks collapsed, the leaders tried again.", "Sunday", "2013-03-17"),
        news("On Monday, the bank, which has been closed for a week, will reopen.", "Monday", "2013-03-25"),
        news("On Thursday, speaking in Brussels, the minister said talks had failed.", "Thursday", "2013-03-21"),
        // A time fronted in a conjunct of its own takes the verb after it.
        news("On Saturday the cabinet approved the plan and on Sunday parliament will vote.", "Sunday", "2013-03-24"),
        news("On Saturday the cabinet approved the plan and on Sunday parliament will vote.", "Saturday", "2013-03-16"),
        news("The rebels took the town on Monday and on Tuesday they shelled the airport.", "Tuesday", "2013-03-19"),
        // Two weekdays joined by "or" / "and": the second is not before the first; written in reverse, each alone.
        news("The storm is expected to make landfall late Thursday or early Friday.", "early Friday", "2013-03-29", mod: "START"),
        news("Officials will meet Thursday or Friday.", "Friday", "2013-03-29"),
        news("Rain is forecast for Saturday and Sunday.", "Sunday", "2013-03-24"),
        news("The talks were held Monday and Tuesday.", "Tuesday", "2013-03-19", dateline: monday),
        news("The talks were held Monday and Tuesday.", "Monday", "2013-03-18", dateline: monday),
        news("Voting took place on Saturday and Sunday.", "Sunday", "2013-03-17"),
        news("Following are statements made Friday and Thursday by the lawyer.", "Thursday", "2013-03-21"),
        // "could" looks ahead, but not "could have", "could not", "could be reached".
        news("The storm could hit late Saturday or early Sunday.", "late Saturday", "2013-03-23", mod: "END"),
        news("The ministers could meet on Sunday.", "Sunday", "2013-03-24"),
        news("The vote could be held on Tuesday.", "Tuesday", "2013-03-26"),
        news("The spokesman could not be reached for comment on Wednesday.", "Wednesday", "2013-03-20"),
        news("Neither man could be located on Wednesday.", "Wednesday", "2013-03-20"),
        news("Police said the suspect could have fled on Tuesday.", "Tuesday", "2013-03-19"),
        // A headline's infinitive is a plan (not an infinitive after a noun in running text).
        news("Kerry to visit Moscow on Tuesday", "Tuesday", "2013-03-26"),
        news("Cyprus parliament to vote on bailout plan on Sunday.", "Sunday", "2013-03-24"),
        news("The decision to close the plant on Monday surprised workers.", "Monday", "2013-03-18"),
        news("Officials met. The U.S. Immigration Service to repatriate him on Monday.", "Monday", "2013-03-18"),
        // The present of an arranged event, headline style, and its present progressive look ahead.
        news("Voters go to the polls on Sunday.", "Sunday", "2013-03-24"),
        news("The workers were let go on Monday.", "Monday", "2013-03-18"),
        // Plural presents of movement and meeting verbs after a plural subject; not the noun ("his return", "the vote").
        news("Lawmakers leave Washington on Saturday for a two-week recess.", "Saturday", "2013-03-23"),
        news("Delegates vote on Sunday on the new constitution.", "Sunday", "2013-03-24"),
        news("The leaders head to Brussels on Thursday for a summit.", "Thursday", "2013-03-28"),
        news("They travel to Moscow on Monday.", "Monday", "2013-03-25"),
        news("His return on Monday surprised aides.", "Monday", "2013-03-18"),
        news("Madrid trail Barcelona, who play Mallorca on Saturday.", "Saturday", "2013-03-23"),
        // A clock time of a future clause is not before the dateline's day, whatever day the story spoke of last.
        news("The coach spoke on Thursday. The second leg kicks off at 7:45 p.m.", "7:45 p.m.", .time, "2013-03-22T19:45"),
        news("The vote on Tuesday was close.", "Tuesday", "2013-03-19"),
        news("The former leader goes on trial on Monday.", "Monday", "2013-03-25"),
        news("The Pope celebrates Mass on Sunday.", "Sunday", "2013-03-24"),
        news("The president flies to Berlin on Thursday night.", "Thursday night", .time, "2013-03-28TNI"),
        news("The finance minister is meeting his counterparts on Tuesday.", "Tuesday", "2013-03-26"),
        news("On Wednesday the finance minister is meeting his counterparts.", "Wednesday", "2013-03-27"),
        news("Police are investigating a shooting on Monday.", "Monday", "2013-03-18"),
        news("Residents are bracing for more snow on Sunday.", "Sunday", "2013-03-24"),
        // A vow, a pledge, a threat in the present look ahead; a possessive weekday's deadline is the nearest one.
        news("Protesters vow to return on Saturday.", "Saturday", "2013-03-23"),
        news("The union threatens to strike on Monday.", "Monday", "2013-03-25"),
        news("Negotiators are working to reach a deal before Monday's deadline.", "Monday", "2013-03-25"),
        news("Negotiators will try to reach a deal before Monday's vote.", "Monday", "2013-03-25"),
        news("The minister resigned before Monday's vote.", "Monday", "2013-03-18"),
        news("The company said Thursday it is closing the plant on Monday.", "Monday", "2013-03-25"),
        // What something is "for" is the nearest day, even after a past verb.
        news("The airline canceled all flights for Saturday.", "Saturday", "2013-03-23"),
        news("The airline canceled all flights on Saturday.", "Saturday", "2013-03-16"),
        // A time before which something is not expected is still ahead after a present or future verb.
        news("A decision on the bailout is not expected before Monday.", "Monday", "2013-03-25"),
        news("The court will not rule before June.", "June", "2013-06"),
        news("The talks collapsed before Monday.", "Monday", "2013-03-18"),
        news("Rain is forecast for Saturday.", "Saturday", "2013-03-23"),
        news("Rain was forecast for Saturday.", "Saturday", "2013-03-16"),
        // After a copula a participle is an adjective: the copula decides; its present before "until" looks ahead.
        news("The banks will remain shut until Tuesday.", "Tuesday", "2013-03-26"),
        news("Trading will stay suspended until Tuesday.", "Tuesday", "2013-03-26"),
        news("Banks remain closed until Tuesday.", "Tuesday", "2013-03-26"),
        news("Banks remained closed until Thursday.", "Thursday", "2013-03-21"),
        // A condition's present, and a question's inverted auxiliary.
        news("If lawmakers reject the plan on Monday, the country could default.", "Monday", "2013-03-25"),
        news("If the parliament approves the deal on Sunday, banks will reopen.", "Sunday", "2013-03-24"),
        news("If lawmakers rejected the plan on Monday, nobody noticed.", "Monday", "2013-03-18"),
        news("If the deal is approved on Sunday, the banks could reopen on Tuesday.", "Sunday", "2013-03-24"),
        news("If the deal was approved on Sunday, why did the banks stay closed?", "Sunday", "2013-03-17"),
        news("Will the central bank cut rates on Thursday?", "Thursday", "2013-03-28"),
        news("Did the central bank cut rates on Thursday?", "Thursday", "2013-03-21"),
        // "ahead of", "the run-up to": still to come after a present or future event; the nearest one after a past one.
        news("The decision comes ahead of a vote on Sunday.", "Sunday", "2013-03-24"),
        news("Police are on alert ahead of the march on Saturday.", "Saturday", "2013-03-23"),
        news("Markets fell ahead of the vote on Sunday.", "Sunday", "2013-03-24"),
        news("Markets fell ahead of the vote on Wednesday.", "Wednesday", "2013-03-20"),
        news("Campaigning intensified in the run-up to elections in April.", "April", "2013-04"),
        // A hope in the past perfect was for a time already past; in the simple past it may still be ahead.
        news("The government had hoped to push the measure through on Sunday, but postponed the vote.", "Sunday", "2013-03-17"),
        news("Officials hoped to reach a deal on Sunday.", "Sunday", "2013-03-24"),
        // After a modal, "in" + a hyphenated length is the length of the noun after it, not a date ahead.
        news("The Treasury will auction $35 billion in two-year notes on Monday.", "two-year", .duration, "P2Y"),
        news("The bank will repay the loan in two years.", "two years", .date, "2015"),
        // "this weekend", "this Sunday" in a past clause on a weekday after them: the ones just past.
        news("Voters went to the polls this weekend.", "this weekend", "2013-W12-WE", dateline: monday),
        news("Voters will go to the polls this weekend.", "this weekend", "2013-W13-WE", dateline: monday),
        news("The rally took place this Sunday.", "this Sunday", "2013-03-24", dateline: monday),
        news("The rally will take place this Sunday.", "this Sunday", "2013-03-31", dateline: monday),
        // "this winter" in January or February is the winter the dateline is in, begun the year before.
        news("Snow will fall this winter.", "this winter", "2012-WI", dateline: CalendarDate(year: 2013, month: 1, day: 10)),
        news("Sales rose this winter.", "this winter", "2012-WI", dateline: CalendarDate(year: 2013, month: 3, day: 10)),
        news("Snow will fall this winter.", "this winter", "2013-WI", dateline: CalendarDate(year: 2013, month: 12, day: 20)),
        news("The plant will open this summer.", "this summer", "2013-SU", dateline: CalendarDate(year: 2013, month: 1, day: 10)),
        // A quarter or half in a future clause: the next one when the latest one ended more than 60 days ago.
        news("Revenue will rise in the third quarter.", "the third quarter", "2013-Q3"),
        news("Growth will pick up in the second half.", "the second half", "2013-H2"),
        news("Revenue rose in the third quarter.", "the third quarter", "2012-Q3"),
        news("The company will report fourth-quarter results on Tuesday.", "fourth-quarter", "2012-Q4",
             dateline: CalendarDate(year: 2013, month: 1, day: 10)),
        // A quotation's "today", "tomorrow", "yesterday" are the speaker's, when the attribution dates the speech.
        news("\"We will make a decision tomorrow,\" the minister told reporters on Thursday.", "tomorrow", "2013-03-22"),
        news("\"Yesterday we lost a great leader,\" he said in a speech on Wednesday.", "Yesterday", "2013-03-19"),
        news("The president said on Tuesday: \"Today is a sad day for Cyprus.\"", "Today", "2013-03-19"),
        news("\"We will make a decision tomorrow,\" the minister said.", "tomorrow", "2013-03-23"),
        news("The minister said today that the banks would stay closed.", "today", "2013-03-22"),
        news("\"Today is a sad day,\" the president said on Friday.", "Today", "2013-03-22"),
    ]

    @Test(arguments: cases)
    func direction(_ item: Case) throws { try FamilyCheck.check(item) }
}
