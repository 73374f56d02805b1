import Foundation
import Testing
@testable import Chronicle

/// One JSON Lines record → one result record.
@Suite("Batch records")
struct BatchRecordTests {
    static let processor = BatchProcessor(jobs: 1)

    /// The result of one line, parsed back with Foundation.
    static func result(_ line: String) throws -> (object: [String: Any], failed: Bool, raw: String) {
        try result(bytes: Array(line.utf8))
    }

    static func result(bytes: [UInt8]) throws -> (object: [String: Any], failed: Bool, raw: String) {
        let result = processor.result(for: .jsonLine(bytes, line: 7))
        #expect(result.line.last == 10 && result.line.filter { $0 == 10 }.count == 1, "one line, ending in a line break")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.line)) as? [String: Any])
        return (object, result.failed, String(decoding: result.line, as: UTF8.self))
    }

    static func errorCode(_ object: [String: Any]) -> String? { (object["error"] as? [String: Any])?["code"] as? String }

    @Test func goodRecordEmbedsTheTimelineObjectAndPassesOtherFieldsThrough() throws {
        let line = #"{"lang":"en","id":"a1","text":"Officials met on Friday.","dateline":"2023-02-28","score":1.50,"tags":["x",{"y":null}]}"#
        let (object, failed, raw) = try Self.result(line)
        #expect(!failed)
        #expect(object["id"] as? String == "a1")
        #expect(object["lang"] as? String == "en")
        #expect(object["text"] == nil && object["dateline"] == nil)
        // Passed through with their values, keys sorted.
        #expect(raw.hasPrefix(#"{"id":"a1","lang":"en","score":1.5,"tags":["x",{"y":null}],"timeline":{"#))
        let timeline = try #require(object["timeline"] as? [String: Any])
        let events = try #require(timeline["events"] as? [[String: Any]])
        #expect((events.first?["expression"] as? [String: Any])?["value"] as? String == "2023-02-24")
        // Exactly the library's own JSON, embedded as an object.
        let article = Article(text: "Officials met on Friday.", dateline: try Dateline(parsing: "2023-02-28"))
        let expected = try TimelineExtractor().timeline(for: article).json(prettyPrinted: false)
        #expect(raw.contains(#""timeline":"# + expected + "}\n"))
    }

    @Test func textWithItsOwnHeaderNeedsNoDateline() throws {
        let text = try TestSupport.read(TestSupport.seedArticle)
        var line: [UInt8] = Array(#"{"id":7,"text":"#.utf8)
        line += try JSONEncoder().encode(text)
        line.append(UInt8(ascii: "}"))
        let (object, failed, _) = try Self.result(bytes: line)
        #expect(!failed)
        #expect(object["id"] as? Int == 7)
        #expect(((object["timeline"] as? [String: Any])?["dateline"] as? [String: Any])?["place"] as? String == "Hong Kong")
    }

    @Test(arguments: [
        (#"not json"#, "invalidJSON", false),
        (#"{"id":"x","text":"on Friday""#, "invalidJSON", false),
        (#"{"id":"x","text":"on Friday"} trailing"#, "invalidJSON", false),
        (#"["id","text"]"#, "invalidJSON", false),
        (#"{"id":"x"}"#, "missingText", true),
        (#"{"id":"x","text":42}"#, "missingText", true),
        (#"{"id":"x","text":"Met on Friday."}"#, "missingDateline", true),
        (#"{"id":"x","text":"Met on Friday.","dateline":"Feb 30, 2023"}"#, "invalidDateline", true),
        (#"{"id":"x","text":"Met on Friday.","dateline":20230228}"#, "invalidDateline", true),
        (#"{"id":"x","text":"   ","dateline":"2023-02-28"}"#, "emptyText", true),
        (#"{"id":"x","text":"a\u0000b","dateline":"2023-02-28"}"#, "binaryData", true),
        (#"{"id":"x","text":"bad \ud800 surrogate","dateline":"2023-02-28"}"#, "invalidJSON", false),
    ])
    func badRecordsGiveErrorRecords(line: String, code: String, keepsID: Bool) throws {
        let (object, failed, _) = try Self.result(line)
        #expect(failed)
        #expect(Self.errorCode(object) == code)
        #expect(((object["error"] as? [String: Any])?["message"] as? String)?.hasPrefix("line 7: ") == true)
        if keepsID { #expect(object["id"] as? String == "x") } else { #expect(object["id"] is NSNull) }
        #expect(object.keys.sorted() == ["error", "id"])
    }

    /// Round 57: a "text" that is there but not a string says what it is, not that the record has none.
    @Test(arguments: [
        (#"{"id":"x"}"#, "the record has no \"text\" field"),
        (#"{"id":"x","text":42}"#, "\"text\" is a number"),
        (#"{"id":"x","text":null}"#, "\"text\" is null"),
        (#"{"id":"x","text":["They met on Friday."]}"#, "\"text\" is an array"),
        (#"{"id":"x","text":{"body":"They met on Friday."}}"#, "\"text\" is an object"),
    ])
    func textOfTheWrongKindIsNamed(line: String, message: String) throws {
        let (object, _, _) = try Self.result(line)
        #expect(Self.errorCode(object) == "missingText")
        #expect(((object["error"] as? [String: Any])?["message"] as? String)?.hasPrefix("line 7: " + message + "; ") == true)
    }

    /// Round 57: a feed's time stamp is a dateline: its date as written, whatever its time and zone.
    @Test(arguments: ["2013-03-22T10:00:00Z", "2013-03-22T23:30:00-05:00", "Fri, 22 Mar 2013 23:50:00 -0400",
                      "March 22, 2013 at 5:31 p.m. EDT"])
    func dateWithATimeIsADateline(dateline: String) throws {
        let (object, failed, _) = try Self.result(#"{"id":"t","text":"They met on Thursday.","dateline":""# + dateline + #""}"#)
        #expect(!failed, "\(object)")
        let timeline = try #require(object["timeline"] as? [String: Any])
        #expect((timeline["dateline"] as? [String: Any])?["date"] as? String == "2013-03-22")
    }

    @Test func invalidUTF8BytesInALineGiveAnErrorRecordWithTheID() throws {
        var bytes = Array(#"{"id":"u","text":"caf"#.utf8)
        bytes += [0xC3, 0x28]  // a lead byte without its continuation
        bytes += Array(#" on Friday","dateline":"2023-02-28"}"#.utf8)
        let (object, failed, _) = try Self.result(bytes: bytes)
        #expect(failed)
        #expect(Self.errorCode(object) == "invalidUTF8")
        #expect(object["id"] as? String == "u")
    }

    @Test func escapedTextIsDecoded() throws {
        let (object, failed, _) = try Self.result(#"{"id":"e","text":"Caf\u00e9 \"news\": they met on Friday.\nMore on \ud83d\ude00 Monday.","dateline":"2023-02-28"}"#)
        #expect(!failed)
        let expressions = try #require((object["timeline"] as? [String: Any])?["expressions"] as? [[String: Any]])
        #expect(expressions.compactMap { $0["text"] as? String } == ["Friday", "Monday"])
    }

    @Test func documentInputsUseTheirHeaderAndFileName() throws {
        let bytes = try [UInt8](Data(contentsOf: TestSupport.seedArticle))
        let result = Self.processor.result(for: .document(id: "seed \"1\".txt", utf8: bytes))
        #expect(!result.failed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.line)) as? [String: Any])
        #expect(object["id"] as? String == "seed \"1\".txt")
        let failed = Self.processor.result(for: .document(id: "empty.txt", utf8: []))
        #expect(failed.failed)
    }
}
