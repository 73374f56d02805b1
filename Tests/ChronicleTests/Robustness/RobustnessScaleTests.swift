import Testing
@testable import Chronicle

/// Large and repetitive input finishes with a result. Time and memory linearity is measured by
/// the benchmark, never asserted here.
@Suite("Robustness: large and repetitive input")
struct RobustnessScaleTests {
    /// A single line of `megabytes` MB, no newline: words, with a date every ~1 KB.
    static func singleLine(megabytes: Int) -> String {
        let chunk = String(repeating: "the officials said that talks would continue ", count: 22) + "on Friday 3 March 2023; "
        let utf8 = chunk.utf8.count
        return String(repeating: chunk, count: megabytes * 1_000_000 / utf8 + 1)
    }

    /// 5 MB here to keep `swift test` quick; the full 50 MB passes too (see Documentation/Reliability.md).
    @Test func fiveMegabyteSingleLine() throws {
        let text = Self.singleLine(megabytes: 5)
        #expect(text.utf8.count >= 5_000_000)
        let article = try Article(utf8: Array(text.utf8), dateline: Robust.dateline)
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(timeline.expressions.count >= 4_500)   // "Friday 3 March 2023" in each ~1 KB chunk
        #expect(timeline.expressions.last.map { $0.end <= article.text.unicodeScalars.count } == true)
    }

    /// 10,000 here to keep `swift test` quick; 100,000 passes too (see Documentation/Reliability.md).
    @Test func tenThousandWeekdaysInARow() throws {
        let count = 10_000
        let names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let text = (0..<count).map { names[$0 % 7] }.joined(separator: " ")
        let (article, timeline) = try Robust.timeline(text)
        #expect(!timeline.expressions.isEmpty)
        #expect(timeline.expressions.count <= count)
        #expect(Robust.offsetsAreValid(timeline, in: article))
    }

    @Test func tenThousandNestedParentheses() throws {
        let text = String(repeating: "(", count: 10_000) + "on Friday" + String(repeating: ")", count: 10_000) + " they met."
        let (article, timeline) = try Robust.timeline(text)
        #expect(timeline.expressions.map(\.text) == ["Friday"])
        #expect(timeline.events.first?.expression.value == "2023-02-24")
        #expect(Robust.offsetsAreValid(timeline, in: article))
        // Unbalanced, too.
        _ = try Robust.timeline(String(repeating: "(", count: 10_000) + " in March")
        _ = try Robust.timeline(String(repeating: ")", count: 10_000) + " in March")
    }

    @Test func aThousandDigitNumber() throws {
        let digits = String(repeating: "9", count: 1_000)
        for text in ["In \(digits) the talks ended.", "\(digits) years ago", "on March \(digits)", "\(digits)s", "\(digits)-\(digits)-\(digits)", "the \(digits)th century"] {
            let (article, timeline) = try Robust.timeline(text)
            #expect(Robust.offsetsAreValid(timeline, in: article), "\(text.prefix(20))")
            // No date is made of the number ("on March 999…" is just the month March).
            #expect(!timeline.events.contains { $0.expression.text.contains("999") }, "\(text.prefix(20))")
        }
        #expect(Robust.code { _ = try Dateline(parsing: digits) } == .invalidDateline)
        #expect(Robust.code { _ = try Dateline(parsing: "March 1, \(digits)") } == .invalidDateline)
    }
}
