import Testing
@testable import Chronicle

/// Every input the fuzzer (Fuzz/ChronicleFuzz, Scripts/fuzz.sh) found crashing, hanging or leaking,
/// run the way the fuzz target runs it: as article text with and without a dateline, and as a dateline.
@Suite("Robustness: fuzzer findings")
struct RobustnessFuzzRegressionTests {
    /// Runs `text` through every path of the fuzz target; must return, whatever it finds.
    static func fuzzPaths(_ text: String) throws -> Timeline {
        if let article = try? Article(text: text) { _ = try Robust.timeline(article.text, dateline: article.dateline) }
        _ = try? Dateline(parsing: text)
        _ = try? Dateline(parsing: "2023-02-28", timeZone: text)
        return try Robust.timeline(text).1
    }

    /// crash-f036bc85: an ISO date with month 22 indexed the month-name table out of range.
    @Test func isoDateWithMonthOutOfRange() throws {
        let timeline = try Self.fuzzPaths("2022-22-28")
        #expect(timeline.expressions.first?.unresolvedReason == "there is no month 22")
        #expect(timeline.events.isEmpty)
        #expect(try Self.fuzzPaths("2022-00-28").events.isEmpty)
        #expect(try Self.fuzzPaths("2022-13-01T10:00").events.isEmpty)
    }
}
