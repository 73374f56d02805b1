import Foundation
import Testing
@testable import Chronicle

/// `../shared/corpora` beside the repository (this file is in Tests/ChronicleTests/Evaluation/).
private let corporaFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpora")

private let haveCorpora = FileManager.default.fileExists(atPath: corporaFolder.path)

@Suite("Development corpora")
struct EvaluationCorporaTests {
    // The corpora are not part of the repository; where `../shared/corpora` is absent this test is skipped.
    @Test(
        "every corpus file parses, with the counts of the corpora README",
        .enabled(if: haveCorpora, "../shared/corpora is not beside the repository"),
        arguments: [("timebank", 183, 1243), ("aquaint", 73, 579), ("wikiwars", 22, 2646)]
    )
    func corpus(name: String, documents: Int, expressions: Int) throws {
        let loaded = try TimeMLDocument.load(directory: corporaFolder.appendingPathComponent(name))
        #expect(loaded.count == documents)
        #expect(loaded.reduce(0) { $0 + $1.timexes.count } == expressions)
        #expect(loaded.allSatisfy { $0.creationTime != nil })

        var scores: [TempEvalScore] = []
        for document in loaded {
            for timex in document.timexes { #expect(EvaluationFixtures.slice(document, timex.start, timex.end) == timex.text) }
            for event in document.events { #expect(EvaluationFixtures.slice(document, event.start, event.end) == event.text) }
            // Gold scored against itself is perfect.
            scores.append(TempEvalScorer().score(document, system: document.timexes, sentenceEnds: []))
        }
        let total = TempEvalScore.microAverage(name: name, of: scores)
        #expect(total.strict.f1 == 1 && total.value.f1 == 1 && total.type.f1 == 1)
        // Gold carries no event triggers: every scored anchor link counts, none is correct.
        #expect(total.counts.anchorTotal == loaded.reduce(0) { $0 + Set($1.anchorLinks.map { [$0.eventID, $0.timexID] }).count })
        #expect(total.counts.anchorCorrect == 0)
    }
}
