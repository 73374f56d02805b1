import Testing
@testable import Chronicle

@Suite("TimeML documents")
struct EvaluationTimeMLDocumentTests {
    @Test("text without tags, scalar offsets, dateline")
    func offsets() throws {
        let xml = EvaluationFixtures.timeML(
            "\nOn <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3>, prices "
                + "<EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> <SIGNAL sid=\"s1\">for</SIGNAL> "
                + "<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3D\" mod=\"MORE_THAN\">three days</TIMEX3>.\n")
        let document = try TimeMLDocument(parsing: xml, name: "doc")
        #expect(document.name == "doc")
        #expect(document.text == "\nOn Wednesday, prices fell for three days.\n")
        #expect(document.creationTime == "1998-01-08")
        #expect(document.timexes == [
            TimexAnnotation(tid: "t1", start: 4, end: 13, type: "DATE", value: "1998-01-07", text: "Wednesday"),
            TimexAnnotation(
                tid: "t2", start: 31, end: 41, type: "DURATION", value: "P3D", mod: "MORE_THAN", text: "three days"),
        ])
        #expect(document.events == [EventAnnotation(eid: "e1", text: "fell", start: 22, end: 26)])
        #expect(EvaluationFixtures.slice(document, 31, 41) == "three days")
    }

    @Test("entities are decoded and offsets count Unicode scalars")
    func entitiesAndScalars() throws {
        let xml = EvaluationFixtures.timeML(
            "AT&amp;T &lt;b&gt; &quot;caf&#233;&quot; &apos;&#x1F44D;&apos; e\u{301}t\u{E9} "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998 &amp; after</TIMEX3>")
        let document = try TimeMLDocument(parsing: xml, name: "entities")
        #expect(document.text == "AT&T <b> \"café\" '👍' e\u{301}t\u{E9} 1998 & after")
        let timex = try #require(document.timexes.first)
        #expect(timex.text == "1998 & after")
        // "AT&T <b> " 9 + "\"café\" " 7 + "'👍' " 4 + "e\u{301}té " 5 scalars (4 characters).
        #expect(timex.start == 25)
        #expect(timex.end == 37)
        #expect(EvaluationFixtures.slice(document, timex.start, timex.end) == "1998 & after")
    }

    @Test("MAKEINSTANCE maps event instances to events")
    func instances() throws {
        let xml = EvaluationFixtures.timeML(
            "<EVENT eid=\"e1\" class=\"OCCURRENCE\">met</EVENT> and <EVENT eid=\"e2\" class=\"STATE\">agreed</EVENT>",
            links: """
                <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
                <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
                <MAKEINSTANCE eventID="e1" eiid="ei3" tense="PAST" />
                """)
        let document = try TimeMLDocument(parsing: xml, name: "instances")
        #expect(document.events.map(\.eiids) == [["ei1", "ei3"], ["ei2"]])
        #expect(document.event(withID: "e2")?.text == "agreed")
    }

    @Test("TLINKs anchor events on timexes in both directions; the dateline and other links are left out")
    func anchorLinks() throws {
        let xml = EvaluationFixtures.timeML(
            "<EVENT eid=\"e1\">met</EVENT> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">Wednesday</TIMEX3>"
                + " and <EVENT eid=\"e2\">left</EVENT> <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-01-08\">today</TIMEX3>",
            links: """
                <MAKEINSTANCE eventID="e1" eiid="ei1" />
                <MAKEINSTANCE eventID="e2" eiid="ei2" />
                <TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
                <TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
                <TLINK lid="l3" relType="DURING" eventInstanceID="ei2" relatedToTime="t0" />
                <TLINK lid="l4" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t2" />
                <TLINK lid="l5" relType="SIMULTANEOUS" eventInstanceID="ei1" relatedToEventInstance="ei2" />
                <TLINK lid="l6" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
                <TLINK lid="l7" relType="BEGINS" timeID="t1" relatedToEventInstance="ei2" />
                """)
        let document = try TimeMLDocument(parsing: xml, name: "links")
        #expect(document.anchorLinks == [
            AnchorLink(eventID: "e1", timexID: "t1", relType: "IS_INCLUDED"),
            AnchorLink(eventID: "e2", timexID: "t2", relType: "IS_INCLUDED"),
            AnchorLink(eventID: "e2", timexID: "t1", relType: "BEGUN_BY"),
        ])
        #expect(document.timexes.map(\.tid) == ["t1", "t2"])
    }

    @Test("without a DCT the first CREATION_TIME or PUBLICATION_TIME expression gives the creation time")
    func creationTimeFallback() throws {
        let xml = EvaluationFixtures.timeML(
            "NICOSIA, <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-08\" functionInDocument=\"PUBLICATION_TIME\">"
                + "August 8</TIMEX3> (Xinhua) -- <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>",
            dct: nil)
        let document = try TimeMLDocument(parsing: xml, name: "fallback")
        #expect(document.creationTime == "1998-08-08")
        #expect(document.timexes.count == 2)
        #expect(try TimeMLDocument(parsing: EvaluationFixtures.timeML("no dates", dct: nil), name: "none").creationTime == nil)
    }

    @Test("malformed files throw an error naming the file", arguments: [
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT>"),
        ("<TimeML><TEXT>a <TIMEX3 tid=\"t1\">b</TEXT></TimeML>", "</TEXT> found where </TIMEX3>"),
        ("<TimeML><TEXT>a <TIMEX3 tid=\"t1\" b</TEXT></TimeML>", "malformed attribute"),
        ("<TimeML><TEXT>a <TIMEX3 tid=\"t1\"", "unterminated"),
        ("<TimeML>\n<TEXT>a</TEXT>", "line 1: <TimeML> is never closed"),
        ("<TimeML><TEXT>a</TEXT></TEXT></TimeML>", "</TEXT> found where </TimeML>"),
    ])
    func malformed(xml: String, reason: String) {
        #expect {
            _ = try TimeMLDocument(parsing: xml, name: "bad")
        } throws: { error in
            guard let error = error as? TimeMLParseError else { return false }
            return error.name == "bad" && error.reason.contains(reason)
        }
    }
}
