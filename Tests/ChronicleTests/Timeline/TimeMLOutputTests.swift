import Foundation
import Testing
@testable import Chronicle

/// `Timeline.timeML(for:)` read back with the project's TimeML reader: the text comes back unchanged and
/// every resolved expression (each end of a range) is a TIMEX3 with its offsets, type and value.
@Suite("TimeML output")
struct TimeMLOutputTests {
    static func roundTrip(_ article: Article) throws -> (Timeline, TimeMLDocument) {
        let timeline = try TimelineExtractor().timeline(for: article)
        let document = try TimeMLDocument(parsing: timeline.timeML(for: article, documentID: "test"), name: "test")
        return (timeline, document)
    }

    @Test func seedReadsBackWithItsTextAndExpressions() throws {
        let (article, _) = try TestSupport.seedTimeline()
        let (timeline, document) = try Self.roundTrip(article)
        #expect(document.text == article.text)
        #expect(document.creationTime == "2023-02-28")
        let expected = timeline.expressions.filter(\.isResolved).flatMap { $0.parts.isEmpty ? [$0] : $0.parts }
        #expect(document.timexes.map(\.start) == expected.map(\.start))
        #expect(document.timexes.map(\.end) == expected.map(\.end))
        #expect(document.timexes.map(\.value) == expected.map { $0.value ?? "" })
        #expect(document.timexes.map(\.type) == expected.map(\.type.rawValue))
    }

    @Test func markupCharactersSurviveTheRoundTrip() throws {
        let text = "AT&T said <b>on Friday</b> that \"prices\" rose 5% & more > less."
        let article = Article(text: text, dateline: try Dateline(parsing: "2023-02-28"), skipsHeader: false)
        let (_, document) = try Self.roundTrip(article)
        #expect(document.text == text)
        #expect(document.timexes.map(\.text) == ["Friday"])
        #expect(document.timexes.first?.value == "2023-02-24")
    }
}
