import Testing
@testable import Chronicle

@Suite("TempEval error reports")
struct EvaluationErrorReportTests {
    let scorer = TempEvalScorer(contextRadius: 10)

    private func parsed() throws -> TimeMLDocument {
        try TimeMLDocument(parsing: EvaluationFixtures.timeML("""
            In <TIMEX3 tid="t1" type="DATE" value="199X">the 1990s</TIMEX3> and
            <TIMEX3 tid="t2" type="DATE" value="1998-W05">last week</TIMEX3>, <TIMEX3 tid="t3" type="DATE" \
            value="198X">the 1980s</TIMEX3>, for <TIMEX3 tid="t4" type="DURATION" value="P2D">two days</TIMEX3> now.
            """), name: "errors")
    }

    private func system(_ document: TimeMLDocument, _ text: String, type: String, value: String) -> TimexAnnotation {
        let scalars = Array(document.text.unicodeScalars)
        let target = Array(text.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return TimexAnnotation(start: start, end: start + target.count, type: type, value: value)
    }

    @Test("errors are classified, described and given context, in document order")
    func classification() throws {
        let document = try parsed()
        let ours = [
            system(document, "now", type: "DATE", value: "PRESENT_REF"),
            system(document, "week", type: "DATE", value: "1998-W06"),
            system(document, "two days", type: "DATE", value: "P2D"),
        ]
        let errors = scorer.errors(in: document, system: ours)
        #expect(errors.map(\.kind) == [.missed, .wrongExtent, .wrongValue, .missed, .wrongType, .spurious])
        #expect(errors.map(\.familyKey) == [
            "missed: the 9999s", "wrong extent: last week", "wrong value: last week", "missed: the 9999s",
            "wrong type: two days", "spurious: now",
        ])
        #expect(errors[2].summary == "wrong value: last week (gold 1998-W05 vs ours 1998-W06)")
        #expect(errors[1].summary == "wrong extent: last week (gold \"last week\" vs ours \"week\")")
        #expect(errors[1].system?.text == "week")
        #expect(errors[0].context == "In [the 1990s] and last")  // the newline became a space
        #expect(errors[5].context == "two days [now].")
        #expect(errors.allSatisfy { $0.document == "errors" })
    }

    @Test("families are counted, sorted by count then key, with up to three examples")
    func families() throws {
        let document = try parsed()
        let errors = scorer.errors(in: document, system: []) + scorer.errors(in: document, system: [])
        let families = TempEvalScorer.families(of: errors, top: 2)
        #expect(families.map(\.key) == ["missed: the 9999s", "missed: last week"])
        #expect(families.map(\.count) == [4, 2])
        #expect(families[0].examples.count == 3)
        #expect(families[0].examples.map { $0.gold?.tid } == ["t1", "t3", "t1"])
        #expect(TempEvalScorer.families(of: errors, top: 10).count == 3)
        #expect(TempEvalError.shape(of: "Jan. 6,\n 2000") == "jan. 9, 9999")
    }
}
