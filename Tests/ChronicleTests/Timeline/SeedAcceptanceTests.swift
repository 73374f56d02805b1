import Foundation
import Testing
@testable import Chronicle

/// The seed article, given nothing but its own header, against the project's copy of its hand-checked timeline.
@Suite("Seed article")
struct SeedAcceptanceTests {
    struct Expected: Decodable {
        struct Part: Decodable { let text: String; let accept: [String] }
        let text: String
        let occurrence: Int?
        let type: String
        let accept: [String]
        let triggers: [String]?
        let order: Int?
        let range: Bool?
        let parts: [Part]?
        let timeline: Bool?
    }
    struct Expectations: Decodable {
        struct Line: Decodable { let date: String; let place: String; let source: String }
        let dateline: Line
        let expressions: [Expected]
    }

    static func expectations() throws -> Expectations {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/ChronicleTests/Fixtures/seed-expected-timeline.json")
        return try JSONDecoder().decode(Expectations.self, from: Data(contentsOf: url))
    }

    /// The `occurrence`-th expression (1-based) whose text contains `text`.
    static func find(_ expected: Expected, in timeline: Timeline) -> TemporalExpression? {
        let matches = timeline.expressions.filter { $0.text.contains(expected.text) }
        let index = (expected.occurrence ?? 1) - 1
        return index < matches.count ? matches[index] : nil
    }

    @Test func datelineComesFromTheHeader() throws {
        let (article, _) = try TestSupport.seedTimeline()
        let expected = try Self.expectations().dateline
        #expect(article.dateline.date.description == expected.date)
        #expect(article.dateline.place == expected.place)
        #expect(article.dateline.source == expected.source)
    }

    @Test func everyExpressionHasAnAcceptedTypeAndValue() throws {
        let (_, timeline) = try TestSupport.seedTimeline()
        for expected in try Self.expectations().expressions {
            guard let found = Self.find(expected, in: timeline) else {
                Issue.record("missing: \(expected.text)")
                continue
            }
            #expect(found.type.rawValue == expected.type, "\(expected.text)")
            #expect(expected.accept.contains(found.value ?? "nil"), "\(expected.text): \(found.value ?? "nil")")
            for part in expected.parts ?? [] {
                let match = found.parts.first { $0.text == part.text }
                #expect(part.accept.contains(match?.value ?? "nil"), "\(expected.text) part \(part.text)")
            }
        }
    }

    @Test func everyEventHasOneOfItsTriggerWords() throws {
        let (_, timeline) = try TestSupport.seedTimeline()
        for expected in try Self.expectations().expressions where expected.timeline != false {
            guard let found = Self.find(expected, in: timeline),
                  let event = timeline.events.first(where: { $0.expression.start == found.start }) else {
                Issue.record("no event for \(expected.text)")
                continue
            }
            let words = ((event.trigger ?? "") + " " + event.description).lowercased()
            #expect((expected.triggers ?? []).contains { words.contains($0) },
                    "\(expected.text): trigger \(event.trigger ?? "nil"), “\(event.description)”")
        }
    }

    @Test func eventsComeInTheExpectedOrder() throws {
        let (_, timeline) = try TestSupport.seedTimeline()
        let expectations = try Self.expectations().expressions
        var ranks: [Int] = []
        for event in timeline.events {
            let expected = expectations.first { Self.find($0, in: timeline)?.start == event.expression.start }
            if let order = expected?.order { ranks.append(order) }
        }
        #expect(ranks.count == expectations.filter { $0.timeline != false }.count)
        #expect(ranks == ranks.sorted(), "ranks in timeline order: \(ranks)")
    }

    @Test func durationsStayOffTheTimeline() throws {
        let (_, timeline) = try TestSupport.seedTimeline()
        for expected in try Self.expectations().expressions where expected.timeline == false {
            guard let found = Self.find(expected, in: timeline) else {
                Issue.record("missing: \(expected.text)")
                continue
            }
            #expect(!timeline.events.contains { $0.expression.start == found.start })
        }
    }
}
