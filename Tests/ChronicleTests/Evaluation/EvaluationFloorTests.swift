import Foundation
import Testing
@testable import Chronicle

/// Runs the whole evaluation on the gold corpora beside the checkout and fails when a score drops
/// below the floor recorded in `Fixtures/evaluation-floor.json`.
@Suite("Evaluation floors")
struct EvaluationFloorTests {
    struct Floor: Decodable {
        let valueF1: Double
        let relaxedF1: Double
        let strictF1: Double
        /// Anchoring per gold link.
        let anchoring: Double?
        /// Anchoring per gold expression (its one trigger is one of its gold events).
        let anchoringPerExpression: Double?
        let narrative: Bool?
    }

    static let corpora = TestSupport.shared.appendingPathComponent("corpora")
    static let available = FileManager.default.fileExists(atPath: corpora.appendingPathComponent("timebank").path)

    static func floors() throws -> [String: Floor] {
        let url = TestSupport.packageRoot.appendingPathComponent("Tests/ChronicleTests/Fixtures/evaluation-floor.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        var floors: [String: Floor] = [:]
        for (name, value) in object where name != "note" {
            floors[name] = try JSONDecoder().decode(Floor.self, from: JSONSerialization.data(withJSONObject: value))
        }
        return floors
    }

    @Test("scores stay at or above the recorded floors",
          .enabled(if: available, "skipped: ../shared/corpora/timebank is not beside the checkout"),
          arguments: ["timebank", "aquaint", "wikiwars"])
    func scoresStayAboveTheFloor(corpus: String) throws {
        let folder = Self.corpora.appendingPathComponent(corpus)
        guard FileManager.default.fileExists(atPath: folder.path) else {
            print("Evaluation floor for \(corpus) skipped: \(folder.path) does not exist")
            return
        }
        let floor = try #require(try Self.floors()[corpus])
        let documents = try TimeMLDocument.load(directory: folder)
        let evaluator = Evaluator(extractor: TimelineExtractor(options: .init(narrative: floor.narrative ?? false)))
        let score = evaluator.evaluate(documents, name: corpus).score
        #expect(score.value.f1 >= floor.valueF1, "\(corpus) value F1 \(score.value.f1) < floor \(floor.valueF1)")
        #expect(score.relaxed.f1 >= floor.relaxedF1, "\(corpus) relaxed F1 \(score.relaxed.f1) < floor \(floor.relaxedF1)")
        #expect(score.strict.f1 >= floor.strictF1, "\(corpus) strict F1 \(score.strict.f1) < floor \(floor.strictF1)")
        if let anchoring = floor.anchoring {
            #expect(score.anchoring.accuracy >= anchoring, "\(corpus) anchoring \(score.anchoring.accuracy) < floor \(anchoring)")
        }
        if let perExpression = floor.anchoringPerExpression {
            #expect(score.anchoring.expressionAccuracy >= perExpression,
                    "\(corpus) anchoring per expression \(score.anchoring.expressionAccuracy) < floor \(perExpression)")
        }
    }
}
