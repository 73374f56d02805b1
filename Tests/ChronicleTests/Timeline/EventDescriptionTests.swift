import Testing
@testable import Chronicle

/// One description case: in `sentence`, the event of `expression` reads `description` in the timeline.
struct DescriptionCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let expression: String
    let description: String

    init(_ sentence: String, _ expression: String, _ description: String) {
        self.sentence = sentence
        self.expression = expression
        self.description = description
    }

    var testDescription: String { "“\(expression)” → “\(description)” in “\(sentence)”" }
}

/// The clause a timeline shows for each event (`EventLinker.description`): a clause that opens with its verb takes
/// the subject the sentence opened with, a preposition split off its clause goes back to it. Every sentence is
/// read against a pinned UTC dateline.
@Suite("Event descriptions")
struct EventDescriptionTests {
    typealias Case = DescriptionCase

    static let cases: [Case] = [
        // A relative clause or a clause that opens with its verb takes the subject the sentence opened with.
        Case("The strike, which began on Monday, ended on Wednesday.", "Monday", "The strike began on Monday"),
        Case("The strike, which began on Monday, ended on Wednesday.", "Wednesday", "The strike ended on Wednesday"),
        Case("Mr. Smith, who was elected in 2019, resigned on Friday.", "2019", "Mr. Smith was elected in 2019"),
        Case("Mr. Smith, who was elected in 2019, resigned on Friday.", "Friday", "Mr. Smith resigned on Friday"),
        Case("The company, based in Ohio, said on Tuesday that profit fell.", "Tuesday", "The company said on Tuesday that profit fell"),
        Case("Republicans, who will take control in January, had pushed to delay the bill until next year.", "next year",
             "Republicans had pushed to delay the bill until next year"),
        // A clause opening with "and" or "but" and its verb takes the words before the sentence's first verb.
        Case("Hungary had threatened to block it, but dropped its objections on Wednesday.", "Wednesday",
             "Hungary dropped its objections on Wednesday"),
        Case("The company had planned to cut 500 jobs in the region over the next year, but reversed the decision on Friday.",
             "Friday", "The company reversed the decision on Friday"),
        Case("Officials said the talks failed, but agreed on Friday to meet again.", "Friday", "Officials agreed on Friday to meet again"),
        // A relative pronoun after a name stands for that name; "where" and "when" do not open a description.
        Case("The package includes $45 billion for Ukraine, which has been fighting Russia since February.", "February",
             "Ukraine has been fighting Russia since February"),
        Case("It funds relief for Florida, where Hurricane Ian struck in late September.", "late September",
             "Hurricane Ian struck in late September"),
        // A date in parentheses between the subject and the verb keeps its commas.
        Case("The previous strike, on Feb. 1, coincided with walkouts by teachers.", "Feb. 1",
             "The previous strike, on Feb. 1, coincided with walkouts by teachers"),
        // A relative clause without a comma defines its noun and keeps its pronoun.
        Case("People who remain in junk funds now could get hit again.", "now", "People who remain in junk funds now could get hit again"),
        // A sentence adverb is no subject; "due", "payable" describe a payment.
        Case("Separately, for the fourth quarter ended Aug. 26, the company earned $2 million.", "Aug. 26",
             "For the fourth quarter ended Aug. 26"),
        Case("Meanwhile, reported net income rose in the third quarter.", "the third quarter",
             "Reported net income rose in the third quarter"),
        // A clause with a subject of its own, or a sentence opening with a preposition, is left as it is.
        Case("On Friday, Beijing released a plan.", "Friday", "On Friday, Beijing released a plan"),
        Case("In Paris, police said on Monday that they had arrested two men.", "Monday",
             "Police said on Monday that they had arrested two men"),
        // "since", "until" split off the clause they belong to.
        Case("\"We have been negotiating since last summer,\" the union's leader told reporters.", "last summer",
             "We have been negotiating since last summer"),
        Case("The rebels have held the city since 2019.", "2019", "The rebels have held the city since 2019"),
    ]

    @Test(arguments: cases)
    func description(_ item: Case) throws {
        let timeline = try FamilyCheck.timeline(item.sentence, CalendarDate(year: 2023, month: 3, day: 3))
        let range = try #require(FamilyCheck.scalarRange(of: item.expression, in: item.sentence))
        let event = try #require(timeline.events.first { $0.expression.start == range.lowerBound })
        #expect(event.description == item.description)
    }
}
