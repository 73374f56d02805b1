@testable import Chronicle

/// Helpers shared by the robustness suites.
enum Robust {
    static let dateline = Dateline(date: CalendarDate(year: 2023, month: 2, day: 28))

    /// The code of the `ChronicleError` the body throws; `nil` when it throws nothing.
    static func code(_ body: () throws -> Void) -> ChronicleError.Code? {
        do {
            try body()
            return nil
        } catch {
            return (error as? ChronicleError)?.code
        }
    }

    /// The timeline of `text` written on the test dateline; its renderings are built too.
    static func timeline(_ text: String, dateline: Dateline = Robust.dateline) throws -> (Article, Timeline) {
        let article = Article(text: text, dateline: dateline)
        let timeline = try TimelineExtractor().timeline(for: article)
        _ = timeline.markdown()
        _ = timeline.json()
        _ = timeline.timeML(for: article)
        return (article, timeline)
    }

    /// Whether every expression's (and part's) offsets slice the article's scalars to its text.
    static func offsetsAreValid(_ timeline: Timeline, in article: Article) -> Bool {
        let scalars = Array(article.text.unicodeScalars)
        func valid(_ expression: TemporalExpression) -> Bool {
            guard 0 <= expression.start, expression.start <= expression.end, expression.end <= scalars.count else { return false }
            let slice = String(String.UnicodeScalarView(scalars[expression.start..<expression.end]))
            return slice == expression.text && expression.parts.allSatisfy(valid)
        }
        return timeline.expressions.allSatisfy(valid) && timeline.events.allSatisfy { valid($0.expression) }
    }
}
