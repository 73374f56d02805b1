@testable import Chronicle

/// Helpers shared by the evaluation tests.
enum EvaluationFixtures {
    /// A small TimeML file: an optional dateline, `body` as the content of <TEXT>, then `links`.
    static func timeML(_ body: String, dct: String? = "1998-01-08", links: String = "") -> String {
        let dateline = dct.map {
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\($0)\" functionInDocument=\"CREATION_TIME\">\($0)</TIMEX3></DCT>\n"
        } ?? ""
        return """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>test</DOCID>
            \(dateline)<TEXT>\(body)</TEXT>
            \(links)
            </TimeML>
            """
    }

    /// The text of `document` between two scalar offsets.
    static func slice(_ document: TimeMLDocument, _ start: Int, _ end: Int) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: Array(document.text.unicodeScalars)[start..<end])
        return result
    }
}
