import Testing
@testable import Chronicle

/// The date labels of the Markdown timeline, one per granularity, in en_US.
@Suite("Markdown date labels")
struct MarkdownLabelTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let label: String
        init(_ sentence: String, _ label: String) { self.sentence = sentence; self.label = label }
        var testDescription: String { "“\(label)” for “\(sentence)”" }
    }

    static let cases: [Case] = [
        // A quarter is one label, not "Q3 2022 – Q3 2022" (ICU has no interval pattern for quarters).
        Case("Profits rose in the third quarter.", "**Q3 2022**"),
        Case("Earnings dropped in Q3 2021.", "**Q3 2021**"),
        Case("The talks ended in September.", "**September 2022**"),
        Case("The plant opened in 2013.", "**2013**"),
        Case("Rebels attacked the town on Sunday.", "**Sun, Feb 26, 2023**"),
        Case("The polls closed Friday night.", "**Fri, Feb 24, 2023, night**"),
        // A day or a part of one at its edge keeps its weekday and says which edge (it read "≈ Feb 26, 2023").
        Case("The storm hit early Sunday.", "**≈ early Sun, Feb 26, 2023**"),
        Case("Shares fell late Monday.", "**≈ late Mon, Feb 27, 2023**"),
        Case("Police came in the early hours of Sunday.", "**Sun, Feb 26, 2023, early morning**"),
        Case("Talks ended late on Friday night.", "**≈ Fri, Feb 24, 2023, late night**"),
        // A longer period at its edge: the days it covers (ICU puts thin spaces around the en dash).
        Case("Prices rose in late January.", "**≈ Jan 22\u{2009}\u{2013}\u{2009}31, 2023**"),
        // ICU puts a narrow no-break space before "PM".
        Case("The bill passed on Tuesday at 5 p.m.", "**Tue, Feb 28, 2023, 5:00\u{202F}PM**"),
    ]

    @Test(arguments: cases)
    func label(_ item: Case) throws {
        let timeline = try TestSupport.timeline(item.sentence, dateline: "2023-02-28")
        let markdown = timeline.markdown(locale: "en_US")
        #expect(markdown.contains("- \(item.label): "), "\(markdown)")
    }
}
