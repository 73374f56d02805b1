import Foundation
import Testing
@testable import Chronicle

/// The article's header in the JSON output: `headline` ({`text`, `start`, `end`}, `null` without one) and `bodyStart`,
/// beside the `dateline` that holds the header's place and source; the same in a batch result's `timeline`.
@Suite("JSON article header")
struct JSONHeaderTests {
    /// A slugged headline over a dated AP lede: the slug is not the headline's.
    static let headlined = "UPDATE 1-Obama visits Israel next week\n"
        + "WASHINGTON, March 15, 2013 (AP) — President Barack Obama will fly to Israel on Wednesday."

    static func object(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    static func text(_ article: Article, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(Array(article.text.unicodeScalars)[start..<end]))
    }

    @Test func headlineAndBodyStart() throws {
        let article = try Article(text: Self.headlined)
        let timeline = try TimelineExtractor().timeline(for: article)
        #expect(timeline.headline == Timeline.Headline(text: "Obama visits Israel next week", start: 9, end: 38))
        #expect(timeline.bodyStart == article.bodyStart)
        try JSONStreamEncoderTests.expectSame(TimelineJSON(timeline))

        let object = try Self.object(timeline.json())
        let headline = try #require(object["headline"] as? [String: Any])
        #expect(headline["text"] as? String == "Obama visits Israel next week")
        let start = try #require(headline["start"] as? Int), end = try #require(headline["end"] as? Int)
        #expect(Self.text(article, start, end) == "Obama visits Israel next week")
        let bodyStart = try #require(object["bodyStart"] as? Int)
        #expect(Self.text(article, bodyStart, bodyStart + 9) == "President")
        let dateline = try #require(object["dateline"] as? [String: Any])
        #expect(dateline["place"] as? String == "Washington" && dateline["source"] as? String == "AP")
        // The headline's own date is read and described by the headline.
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.contains { $0["description"] as? String == "Obama visits Israel next week" })
    }

    /// No headline: `headline` is `null`, as other absent values are; `bodyStart` is still written (the seed's header).
    @Test func noHeadlineIsNull() throws {
        let (article, timeline) = try TestSupport.seedTimeline()
        #expect(timeline.headline == nil)
        let object = try Self.object(timeline.json())
        #expect(object["headline"] is NSNull)
        #expect(object["bodyStart"] as? Int == article.bodyStart)
        #expect(article.bodyStart > 0)
        // Key order: the header's keys sort around the rest.
        let compact = timeline.json(prettyPrinted: false)
        #expect(compact.hasPrefix("{\"bodyStart\":\(article.bodyStart),\"dateline\":"))
        #expect(compact.hasSuffix(",\"headline\":null}"))
    }

    /// A dateline given from outside: the header's lede still gives place, source and where the body starts.
    @Test func givenDatelineKeepsTheLedesPlaceAndSource() throws {
        let text = "LOS ANGELES, March 22 (Reuters) - The studio said on Friday it would open the film in May."
        let article = Article(text: text, dateline: Dateline(date: CalendarDate(year: 2013, month: 3, day: 22)))
        let object = try Self.object(try TimelineExtractor().timeline(for: article).json())
        let dateline = try #require(object["dateline"] as? [String: Any])
        #expect(dateline["place"] as? String == "Los Angeles" && dateline["source"] as? String == "Reuters")
        #expect(object["headline"] is NSNull)
        let bodyStart = try #require(object["bodyStart"] as? Int)
        #expect(Self.text(article, bodyStart, bodyStart + 10) == "The studio")
    }

    /// A batch result's `timeline` is the single-file JSON, header included, for a JSON Lines record and a document.
    @Test func batchMatchesSingleFileJSON() throws {
        let processor = BatchProcessor(jobs: 1)
        let single = try TimelineExtractor().timeline(for: Article(text: Self.headlined)).json(prettyPrinted: false)
        let record = try JSONSerialization.data(withJSONObject: ["id": "a", "text": Self.headlined])
        for input in [BatchInput.jsonLine(Array(record), line: 1), .document(id: "a", utf8: Array(Self.headlined.utf8))] {
            let result = processor.result(for: input)
            #expect(!result.failed)
            let line = String(decoding: result.line, as: UTF8.self)
            #expect(line == "{\"id\":\"a\",\"timeline\":\(single)}\n")
        }
    }
}
