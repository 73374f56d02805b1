import Foundation
import Testing
@testable import Chronicle

/// Round 124: a dateline that names a month only ("March 2023", "Published: Dec 2022", `--dateline 2023-03`) has
/// ``Dateline/precision`` ``Dateline/Precision/month``; an expression whose value depends on the day is left
/// unresolved and out of the timeline, one the month decides is resolved. Each article's header is its dateline.
@Suite("DatelineRound124")
struct DatelineRound124Tests {
    /// An expression of a month-only article: its value, or `nil` when it is to be left unresolved.
    struct Case: CustomTestStringConvertible, Sendable {
        var header: String
        var sentence: String
        var expression: String
        var value: String?
        var testDescription: String { "\(header): \(expression)" }
    }

    static let cases: [Case] = [
        // Values that count days from the dateline: unresolved.
        Case(header: "March 2023", sentence: "The ministry said on Friday that prices rose.", expression: "Friday", value: nil),
        Case(header: "March 2023", sentence: "Yesterday the central bank held rates.", expression: "Yesterday", value: nil),
        Case(header: "March 2023", sentence: "Today the shares fell.", expression: "Today", value: nil),
        Case(header: "March 2023", sentence: "Tomorrow the vote takes place.", expression: "Tomorrow", value: nil),
        Case(header: "Published: Mar 2023", sentence: "Last week the ministry cut its forecast.", expression: "Last week", value: nil),
        Case(header: "Published: Mar 2023", sentence: "This week the talks resumed.", expression: "This week", value: nil),
        Case(header: "Published: Mar 2023", sentence: "Two days ago the strike ended.", expression: "Two days ago", value: nil),
        Case(header: "March 2023", sentence: "Two weeks ago the union struck.", expression: "Two weeks ago", value: nil),
        Case(header: "March 2023", sentence: "Friday night the police arrived.", expression: "Friday night", value: nil),
        Case(header: "March 2023", sentence: "At 5 p.m. the shops closed.", expression: "5 p.m.", value: nil),
        Case(header: "March 2023", sentence: "This morning the market opened late.", expression: "This morning", value: nil),
        Case(header: "Updated: September 2021", sentence: "The board meets next Tuesday.", expression: "next Tuesday", value: nil),
        Case(header: "Updated: September 2021", sentence: "Shoppers spent heavily over the weekend.", expression: "the weekend", value: nil),
        Case(header: "Updated: September 2021", sentence: "The minister spoke tonight.", expression: "tonight", value: nil),
        // Counted from such a day: unresolved too.
        Case(header: "March 2023", sentence: "The talks failed on Monday. The day after, the minister resigned.",
             expression: "The day after", value: nil),
        // Values every day of the month gives alike: resolved.
        Case(header: "March 2023", sentence: "Inflation this month is high.", expression: "this month", value: "2023-03"),
        Case(header: "March 2023", sentence: "Last month it was lower.", expression: "Last month", value: "2023-02"),
        Case(header: "March 2023", sentence: "Last year it peaked.", expression: "Last year", value: "2022"),
        Case(header: "March 2023", sentence: "The minister will visit in May.", expression: "May", value: "2023-05"),
        Case(header: "March 2023", sentence: "The summit opened on March 5.", expression: "March 5", value: "2023-03-05"),
        Case(header: "March 2023", sentence: "The meeting on March 30 was cancelled.", expression: "March 30", value: "2023-03-30"),
        Case(header: "March 2023", sentence: "Earlier this month the board met.", expression: "Earlier this month", value: "2023-03"),
        Case(header: "March 2023", sentence: "Next year the rules change.", expression: "Next year", value: "2024"),
        Case(header: "March 2023", sentence: "Sales rose 5% in February.", expression: "February", value: "2023-02"),
        Case(header: "Published: Dec 2022", sentence: "Retail sales will rise next month, the group said.", expression: "next month", value: "2023-01"),
        Case(header: "Published: Dec 2022", sentence: "In January the new law takes effect.", expression: "January", value: "2023-01"),
        Case(header: "Published: Dec 2022", sentence: "Prices fell on Dec. 12.", expression: "Dec. 12", value: "2022-12-12"),
        Case(header: "Published: Dec 2022", sentence: "Last December sales slumped.", expression: "Last December", value: "2021-12"),
        // A day in the dateline's own month: the month's, whichever side of it the article was written on.
        Case(header: "March 2023", sentence: "The vote will be held on March 20.", expression: "March 20", value: "2023-03-20"),
        Case(header: "March 2023", sentence: "The plant is due to reopen on March 3.", expression: "March 3", value: "2023-03-03"),
        Case(header: "Published: Dec 2022", sentence: "The strike will last until Christmas.", expression: "Christmas", value: "2022-12-25"),
        Case(header: "March 2023", sentence: "The vote will be held on April 20.", expression: "April 20", value: "2023-04-20"),
        Case(header: "March 2023", sentence: "Rates will be reviewed on Feb. 20.", expression: "Feb. 20", value: "2024-02-20"),
        // Durations, sets and vague references need no day.
        Case(header: "March 2023", sentence: "Over the past 10 days the price doubled.", expression: "the past 10 days", value: "P10D"),
        Case(header: "March 2023", sentence: "The plan runs for three years.", expression: "three years", value: "P3Y"),
        Case(header: "March 2023", sentence: "Recently the firm hired staff.", expression: "Recently", value: "PAST_REF"),
        Case(header: "Updated: September 2021", sentence: "The index has risen every day.", expression: "every day", value: "P1D"),
    ]

    @Test(arguments: cases) func monthOnlyDatelineResolvesByMonth(_ item: Case) throws {
        let article = try Article(text: "\(item.header)\n\n\(item.sentence)\n")
        #expect(article.dateline.precision == .month)
        let timeline = try TimelineExtractor().timeline(for: article)
        let expression = try #require(timeline.expressions.first { $0.text == item.expression }, "no \(item.expression)")
        #expect(expression.value == item.value)
        let dated = timeline.events.contains { $0.expression.text == item.expression }
        if item.value == nil {
            #expect(expression.unresolvedReason == Timeline.needsDatelineDay)
            #expect(!dated)
            #expect(!timeline.timeML(for: article).contains(">\(item.expression)</TIMEX3>"))
        }
    }

    /// The same sentences under a day's dateline are resolved as before (a given day, and a header's day).
    @Test func dayDatelineResolvesAll() throws {
        for item in Self.cases {
            let article = try Article(text: "March 15, 2023\n\n\(item.sentence)\n")
            #expect(article.dateline.precision == .day)
            let timeline = try TimelineExtractor().timeline(for: article)
            let expression = try #require(timeline.expressions.first { $0.text == item.expression })
            #expect(expression.isResolved, "\(item.expression)")
        }
    }

    /// A date kept whose days depend on the day covers all the month allows; a duration's span is dropped.
    @Test func daysOfAKeptValue() throws {
        let article = try Article(text: "March 2023\n\nEarlier this month the board met. Over the past 10 days the price doubled.\n")
        let timeline = try TimelineExtractor().timeline(for: article)
        let earlier = try #require(timeline.events.first { $0.expression.text == "Earlier this month" })
        #expect(earlier.expression.interval == DayInterval(start: CalendarDate(year: 2023, month: 3, day: 1),
                                                            end: CalendarDate(year: 2023, month: 3, day: 31)))
        #expect(timeline.expressions.first { $0.text == "Earlier this month" }?.interval == earlier.expression.interval)
        let span = try #require(timeline.expressions.first { $0.text == "the past 10 days" })
        #expect(span.value == "P10D" && span.interval == nil)
        #expect(!timeline.events.contains { $0.expression.text == "the past 10 days" })
    }

    /// A given month: ISO's `2023-03` and "March 2023" (a batch record's or `--dateline`), a month built from a date.
    @Test func givenMonth() throws {
        for text in ["2023-03", "March 2023", "Mar 2023"] {
            let dateline = try Dateline(parsing: text)
            #expect(dateline.precision == .month, "\(text)")
            #expect(dateline.date == CalendarDate(year: 2023, month: 3, day: 1))
            #expect(dateline.warnings.map(\.kind) == [.monthOnly])
        }
        for text in ["2023-13", "2023-3", "0999-03", "2023-03-07"] {
            #expect((try? Dateline(parsing: text))?.precision != .month, "\(text)")
        }
        #expect(Dateline(date: CalendarDate(year: 2023, month: 3, day: 17), precision: .month).date == CalendarDate(year: 2023, month: 3, day: 1))
        let article = Article(text: "Yesterday the bank held rates. Inflation this month is high.\n",
                              dateline: try Dateline(parsing: "2023-03"))
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(timeline.expressions.map(\.value) == [nil, "2023-03"])
    }

    /// The outputs: JSON's `precision` only for a month, TimeML's creation time the month, Markdown's heading the month.
    @Test func outputs() throws {
        let month = try TimelineExtractor().timeline(for: Article(text: "March 2023\n\nThe ministry said on Friday that prices rose.\n"))
        let json = month.json()
        #expect(json.contains("\"precision\" : \"month\""))
        #expect(month.timeML(for: try Article(text: "March 2023\n\nThe ministry said on Friday that prices rose.\n"))
            .contains("value=\"2023-03\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">2023-03</TIMEX3>"))
        let markdown = month.markdown()
        #expect(markdown.hasPrefix("# Timeline: March 2023\n"))
        #expect(markdown.contains("_No dated events found._"))
        #expect(markdown.contains("left unresolved and out of the timeline"))
        let day = try TimelineExtractor().timeline(for: Article(text: "March 7, 2023\n\nThe ministry said on Friday that prices rose.\n"))
        #expect(!day.json().contains("precision"))
        // A dateline's own Codable form: `precision` only for a month, and absent decodes as a day.
        let encoded = try JSONEncoder().encode(month.dateline)
        #expect(String(decoding: encoded, as: UTF8.self).contains("\"precision\":\"month\""))
        #expect(try JSONDecoder().decode(Dateline.self, from: encoded) == month.dateline)
        #expect(!String(decoding: try JSONEncoder().encode(day.dateline), as: UTF8.self).contains("precision"))
    }
}
