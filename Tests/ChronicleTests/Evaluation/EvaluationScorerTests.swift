import Foundation
import Testing
@testable import Chronicle

/// A gold or system expression over `start..<end`.
private func timex(
    _ start: Int, _ end: Int, type: String = "DATE", value: String = "X", tid: String? = nil, trigger: Range<Int>? = nil
) -> TimexAnnotation {
    TimexAnnotation(tid: tid, start: start, end: end, type: type, value: value, trigger: trigger)
}

/// A document whose gold expressions are `gold` (tids t1, t2, … in order) over a text of `length` dots.
private func document(_ name: String, gold: [TimexAnnotation], length: Int = 100) -> TimeMLDocument {
    let numbered = gold.enumerated().map { index, expression in
        var expression = expression
        expression.tid = "t\(index + 1)"
        return expression
    }
    return TimeMLDocument(
        name: name, text: String(repeating: ".", count: length), creationTime: "1998-01-08",
        timexes: numbered, events: [], anchorLinks: [])
}

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

@Suite("TempEval-3 scoring")
struct EvaluationScorerTests {
    let scorer = TempEvalScorer()

    @Test("strict needs identical extents; relaxed needs overlap")
    func strictAndRelaxed() {
        let gold = document("d", gold: [timex(0, 9), timex(20, 30), timex(50, 60)])
        let system = [timex(0, 9), timex(22, 35), timex(70, 75)]
        let score = scorer.score(gold, system: system)
        #expect(score.counts == TempEvalCounts(gold: 3, system: 3, strictMatches: 1, relaxedMatches: 2,
                                               typeCorrect: 2, valueCorrect: 2))
        #expect(close(score.strict.precision, 1.0 / 3) && close(score.strict.recall, 1.0 / 3))
        #expect(close(score.strict.f1, 1.0 / 3))
        #expect(close(score.relaxed.precision, 2.0 / 3) && close(score.relaxed.f1, 2.0 / 3))
    }

    @Test("pairing is one-to-one: a second system span over the same gold expression is spurious")
    func oneToOne() {
        let gold = document("d", gold: [timex(10, 20)])
        let system = [timex(15, 20), timex(10, 14)]
        let pairing = TempEvalScorer.pair(gold: gold.timexes, system: system)
        #expect(pairing.pairs == [.init(gold: 0, system: 1)])  // the first in document order, not in array order
        #expect(pairing.unpairedSystem == [0])
        let score = scorer.score(gold, system: system)
        #expect(score.counts.relaxedMatches == 1 && score.counts.strictMatches == 0)
        #expect(close(score.relaxed.precision, 0.5) && close(score.relaxed.recall, 1))
        #expect(close(score.relaxed.f1, 2.0 / 3))
    }

    @Test("first come first served: earlier gold expressions choose first")
    func firstComeFirstServed() {
        let gold = [timex(0, 10), timex(8, 20)]
        let both = TempEvalScorer.pair(gold: gold, system: [timex(9, 12), timex(5, 9)])
        #expect(both.pairs == [.init(gold: 0, system: 1), .init(gold: 1, system: 0)])
        let one = TempEvalScorer.pair(gold: gold, system: [timex(9, 10)])
        #expect(one.pairs == [.init(gold: 0, system: 0)])
        #expect(one.unpairedGold == [1])
        let touching = TempEvalScorer.pair(gold: gold, system: [timex(20, 25), timex(3, 3)])
        #expect(touching.pairs.isEmpty)  // adjacent and empty spans do not overlap
    }

    @Test("the dateline is not scored")
    func datelineNotScored() throws {
        let xml = EvaluationFixtures.timeML("Prices fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>.")
        let parsed = try TimeMLDocument(parsing: xml, name: "dateline")
        let score = scorer.score(parsed, system: [timex(12, 21, value: "1998-01-07")])
        #expect(score.counts.gold == 1)
        #expect(score.strict.precision == 1 && score.strict.recall == 1 && score.value.f1 == 1)
    }

    @Test("a corpus is micro-averaged: counts are summed before dividing")
    func microAverage() {
        let first = scorer.score(document("a", gold: [timex(0, 5), timex(10, 15)]), system: [timex(0, 5)])
        let second = scorer.score(
            document("b", gold: [timex(0, 5)]), system: [timex(0, 5, value: "Y"), timex(20, 25), timex(30, 35)])
        let corpus = TempEvalScore.microAverage(name: "corpus", of: [first, second])
        #expect(corpus.documents == 2)
        #expect(corpus.counts == TempEvalCounts(gold: 3, system: 4, strictMatches: 2, relaxedMatches: 2,
                                                typeCorrect: 2, valueCorrect: 1))
        #expect(close(corpus.relaxed.precision, 1.0 / 2))
        #expect(close(corpus.relaxed.recall, 2.0 / 3))
        #expect(close(corpus.relaxed.f1, 4.0 / 7))  // the macro average of F1s, (2/3 + 1/2) / 2, would be 7/12
        #expect(close(corpus.value.accuracy, 1.0 / 2))
        #expect(close(corpus.value.f1, 2.0 / 7))
    }

    @Test("attribute F1 is accuracy × relaxed F1 = 2 × correct / (system + gold)")
    func attributeF1() {
        let score = TempEvalScore(
            name: "x", counts: TempEvalCounts(gold: 4, system: 5, strictMatches: 3, relaxedMatches: 4,
                                              typeCorrect: 2, valueCorrect: 3))
        #expect(close(score.relaxed.f1, 8.0 / 9))
        #expect(close(score.value.accuracy, 3.0 / 4))
        #expect(close(score.value.f1, 2.0 / 3))
        #expect(close(score.type.accuracy, 1.0 / 2))
        #expect(close(score.type.f1, 4.0 / 9))
    }

    @Test("type and value are compared as exact strings over relaxed matches")
    func attributes() {
        let gold = document("d", gold: [
            timex(0, 9, type: "DATE", value: "1998-W05"), timex(20, 30, type: "DURATION", value: "P1W"),
            timex(40, 50, type: "TIME", value: "1998-01-08T20:00"),
        ])
        let system = [
            timex(0, 5, type: "DATE", value: "1998-W05"), timex(20, 30, type: "DATE", value: "P1W"),
            timex(40, 50, type: "TIME", value: "1998-01-08T20"),
        ]
        let counts = scorer.score(gold, system: system).counts
        #expect(counts.typeCorrect == 2 && counts.valueCorrect == 2 && counts.strictMatches == 2)
    }

    @Test("nothing to score gives zeros, not NaN")
    func empty() {
        let score = scorer.score(document("empty", gold: []), system: [])
        #expect(score.strict == .init(precision: 0, recall: 0, f1: 0))
        #expect(score.value == .init(accuracy: 0, f1: 0))
        #expect(score.anchoring == .init(accuracy: 0, correct: 0, total: 0))
    }

    @Test("event anchoring: scored links need a matched timex and an event in its sentence")
    func anchoring() throws {
        // Sentences: [0, 30) and [30, …).
        let text = "On Monday he met and agreed.  Then he left on Friday and in May. "
        let scalars = Array(text.unicodeScalars)
        func at(_ word: String, after: Int = 0) -> Range<Int> {
            let characters = scalars.map(Character.init)
            let target = Array(word)
            let start = (after...(characters.count - target.count)).first { Array(characters[$0..<($0 + target.count)]) == target }!
            return start..<(start + target.count)
        }
        let monday = at("Monday"), friday = at("Friday"), may = at("May")
        let met = at("met"), agreed = at("agreed"), left = at("left")
        func event(_ eid: String, _ range: Range<Int>) -> EventAnnotation {
            EventAnnotation(eid: eid, text: "", start: range.lowerBound, end: range.upperBound)
        }
        let gold = TimeMLDocument(
            name: "anchors", text: text, creationTime: nil,
            timexes: [
                timex(monday.lowerBound, monday.upperBound, tid: "t1"),
                timex(friday.lowerBound, friday.upperBound, tid: "t2"),
                timex(may.lowerBound, may.upperBound, tid: "t3"),
            ],
            events: [event("e1", met), event("e2", agreed), event("e3", left)],
            anchorLinks: [
                AnchorLink(eventID: "e1", timexID: "t1", relType: "IS_INCLUDED"),  // scored, correct
                AnchorLink(eventID: "e2", timexID: "t1", relType: "IS_INCLUDED"),  // scored, wrong (trigger is "met")
                AnchorLink(eventID: "e1", timexID: "t1", relType: "DURING"),  // same pair again: not scored twice
                AnchorLink(eventID: "e3", timexID: "t1", relType: "BEGINS"),  // other sentence: not scored
                AnchorLink(eventID: "e3", timexID: "t2", relType: "IS_INCLUDED"),  // scored, no trigger: wrong
                AnchorLink(eventID: "e3", timexID: "t3", relType: "IS_INCLUDED"),  // timex missed: not scored
            ])
        let system = [
            timex(monday.lowerBound, monday.upperBound, trigger: met.lowerBound..<(met.upperBound + 4)),
            timex(friday.lowerBound - 3, friday.upperBound),
        ]
        let ends = [30, text.unicodeScalars.count]
        let score = scorer.score(gold, system: system, sentenceEnds: ends)
        // Per link 1 of 3; per expression, t1 (trigger "met" is one of its events) of t1 and t2.
        #expect(score.anchoring == .init(accuracy: 1.0 / 3, correct: 1, total: 3,
                                         expressionAccuracy: 0.5, expressionsCorrect: 1, expressions: 2))
        #expect(scorer.score(gold, system: system).anchoring.total == 0)  // no sentences: not scored
        #expect(TempEvalScorer.sentence(of: 29, ends: [30]) == 0 && TempEvalScorer.sentence(of: 30, ends: [30]) == 1)

        // A secondary trigger on "agreed" ("met and agreed") makes that link correct; the per-expression
        // figure counts the primary trigger only, so it stays.
        var coordinated = system
        coordinated[0].secondaryTriggers = [agreed]
        let both = scorer.score(gold, system: coordinated, sentenceEnds: ends)
        #expect(both.anchoring == .init(accuracy: 2.0 / 3, correct: 2, total: 3,
                                        expressionAccuracy: 0.5, expressionsCorrect: 1, expressions: 2))

        // The wrong anchors are listed with the expression, the gold event and our trigger marked.
        let errors = scorer.anchoringErrors(in: gold, system: system, sentenceEnds: ends)
        #expect(errors.map(\.kind) == [.wrongAnchor, .wrongAnchor])
        #expect(errors.map(\.familyKey) == ["wrong anchor: ours met and", "wrong anchor: ours none"])
        #expect(errors[0].context == "On [Monday] he <met and> {agreed}.")
        #expect(errors[0].summary == "wrong anchor: Monday (gold event \"\" vs ours \"met and\")")
        #expect(errors[1].goldEvent?.eid == "e3" && errors[1].systemTrigger == nil)
        #expect(scorer.anchoringErrors(in: gold, system: coordinated, sentenceEnds: ends).count == 1)
    }

    @Test("scores encode to the agreed JSON shape and decode back")
    func json() throws {
        let score = TempEvalScore(
            name: "timebank", documents: 2,
            counts: TempEvalCounts(gold: 4, system: 5, strictMatches: 3, relaxedMatches: 4, typeCorrect: 2,
                                   valueCorrect: 3, anchorCorrect: 1, anchorTotal: 2))
        let data = try JSONEncoder().encode(score)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["name", "documents", "counts", "strict", "relaxed", "type", "value", "anchoring"])
        #expect(object["name"] as? String == "timebank" && object["documents"] as? Int == 2)
        #expect(Set((object["strict"] as? [String: Any] ?? [:]).keys) == ["precision", "recall", "f1"])
        #expect(Set((object["value"] as? [String: Any] ?? [:]).keys) == ["accuracy", "f1"])
        let anchoring = try #require(object["anchoring"] as? [String: Any])
        #expect(anchoring["correct"] as? Int == 1 && anchoring["total"] as? Int == 2)
        #expect(anchoring["accuracy"] as? Double == 0.5)
        #expect(Set(anchoring.keys) == ["accuracy", "correct", "total", "expressionAccuracy", "expressionsCorrect", "expressions"])
        #expect(try JSONDecoder().decode(TempEvalScore.self, from: data) == score)
        // Counts written before the per-expression figures existed still decode.
        let old = Data(#"{"name":"x","documents":1,"counts":{"gold":1,"system":1,"strictMatches":1,"relaxedMatches":1,"typeCorrect":1,"valueCorrect":1,"anchorCorrect":1,"anchorTotal":1}}"#.utf8)
        #expect(try JSONDecoder().decode(TempEvalScore.self, from: old).counts.anchorExpressions == 0)
    }
}
