import Testing
@testable import Chronicle

/// Right-to-left and mixed scripts and emoji: expressions are still found and their offsets count
/// Unicode scalars, so slicing the article's scalars at start..<end gives the expression's text.
@Suite("Robustness: scripts and emoji")
struct RobustnessScriptTests {
    static let samples = [
        "قال المسؤولون يوم الجمعة إن on Friday the talks ended, والمحادثات ستستمر next week.",
        "הממשלה הודיעה ביום ראשון ש־on Sunday the vote passed; הבחירות ב־March 2022 היו צמודות.",
        "\u{202B}on Friday\u{202C} \u{200F}they met\u{200F} in \u{2067}March 2021\u{2069}.",
        "👨‍👩‍👧‍👦 On Friday 🇺🇦 the family met; 🏳️‍🌈 last year 👍🏽 and next week 🧑🏿‍🚀.",
        "On Friday\u{301}\u{301} they met (e\u{301}te\u{301}) in March 2021 — 日本語で last year, Ελλάδα on Monday.",
        "🎉On Friday🎉the talks ended🎉last year🎉",
    ]

    @Test(arguments: samples)
    func offsetsStayValid(_ text: String) throws {
        let (article, timeline) = try Robust.timeline(text)
        #expect(!timeline.expressions.isEmpty)
        #expect(Robust.offsetsAreValid(timeline, in: article))
    }

    @Test func englishExpressionsAmongOtherScriptsResolve() throws {
        let (_, timeline) = try Robust.timeline(Self.samples[3])
        let values = Dictionary(timeline.expressions.map { ($0.text, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["Friday"] == "2023-02-24")
        #expect(values["last year"] == "2022")
    }

    @Test func headerInAnotherScript() throws {
        let text = "2023-02-28\nقال المسؤولون on Friday إن المحادثات انتهت. 👍🏽 שבוע הבא next week."
        let article = try Article(text: text)
        #expect(article.dateline.date == CalendarDate(year: 2023, month: 2, day: 28))
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(Robust.offsetsAreValid(timeline, in: article))
    }
}
