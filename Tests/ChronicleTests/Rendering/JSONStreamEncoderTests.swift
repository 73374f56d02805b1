import Foundation
import Testing
@testable import Chronicle

/// `JSONStreamEncoder` writes what Foundation's `JSONEncoder` writes (`.sortedKeys`, `.withoutEscapingSlashes`,
/// and `.prettyPrinted` when asked), byte for byte.
@Suite("JSON stream encoder")
struct JSONStreamEncoderTests {
    static func reference<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func streamed<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try JSONStreamEncoder(prettyPrinted: pretty).encode(value), as: UTF8.self)
    }

    static func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for pretty in [false, true] {
            #expect(try streamed(value, pretty: pretty) == reference(value, pretty: pretty), "pretty: \(pretty)", sourceLocation: sourceLocation)
        }
    }

    struct Inner: Encodable, Hashable {
        var name: String
        var count: Int?
        var flags: [Bool]
    }

    /// Keys encoded out of order, an optional left out, nested objects, arrays and dictionaries.
    struct Outer: Encodable {
        var zeta = Inner(name: "z", count: nil, flags: [])
        var alpha: [Inner] = [Inner(name: "a\"b\\c/d", count: -3, flags: [true, false]), Inner(name: "", count: 0, flags: [])]
        var middle: [String: Int] = ["b": 1, "a10": 2, "a9": 3, "B": 4, "é": 5, "_": 6, "a b": 7]
        var empty: [String: [Int]] = [:]
        var nested: [[Int]] = [[1, 2], [], [Int.min, Int.max]]
        var optional: String? = nil
        var numbers: [Double] = [1, -0.0, 0.1, 3.25, 1e20, 1.5e-7, 123456789.125, 1e16]
        var small: [Int8] = [-128, 127]
        var large: [UInt64] = [0, UInt64.max]
    }

    /// A type that writes an explicit `null` and encodes its members through a nested container.
    struct Manual: Encodable {
        enum Keys: String, CodingKey { case b, a, c }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeNil(forKey: .b)
            var nested = container.nestedUnkeyedContainer(forKey: .c)
            try nested.encode("x")
            var inner = nested.nestedContainer(keyedBy: Keys.self)
            try inner.encode(2, forKey: .c)
            try inner.encode(1, forKey: .a)
            try nested.encode(3)
            try container.encode(true, forKey: .a)
        }
    }

    @Test func structuresMatchJSONEncoder() throws {
        try Self.expectSame(Outer())
        try Self.expectSame(Manual())
        try Self.expectSame([Outer(), Outer()])
        try Self.expectSame([String: Outer]())
        try Self.expectSame([[String: Int]]())
    }

    @Test func topLevelScalarsMatchJSONEncoder() throws {
        try Self.expectSame("text")
        try Self.expectSame(42)
        try Self.expectSame(false)
        try Self.expectSame(Optional<Int>.none)
    }

    /// Every ASCII character, the C0 controls, and some scalars beyond ASCII, in strings and keys.
    @Test func escapingMatchesJSONEncoder() throws {
        var text = ""
        for value in 0..<0x80 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        text += "\u{2028}\u{2029}\u{FEFF}é😀 – «»"
        try Self.expectSame([text])
        try Self.expectSame([text: text, "\n": "\u{1}"])
    }

    /// Keys alike in their first eight bytes (the order check compares those first, then the keys read back
    /// from the bytes written, escapes undone).
    @Test func keysWithACommonPrefixMatchJSONEncoder() throws {
        let keys = ["abcdefgh", "abcdefg", "abcdefgh\u{1}x", "abcdefgh\"", "abcdefgh\\", "abcdefghé", "abcdefgh\n", "abcdefgh\u{0}"]
        try Self.expectSame(Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) }))
        try Self.expectSame([Dictionary(uniqueKeysWithValues: keys.reversed().map { ($0, [$0]) })])
    }

    /// A character to escape at every offset of a longer text (the encoder scans eight bytes at a time).
    @Test func escapesAtEveryOffsetMatchJSONEncoder() throws {
        let plain = Array("The quick brown fox — jumps over é".unicodeScalars)
        for special: Unicode.Scalar in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}"] {
            for offset in 0...plain.count {
                var text = String.UnicodeScalarView(plain)
                text.insert(special, at: text.index(text.startIndex, offsetBy: offset))
                try Self.expectSame([String(text)])
            }
        }
    }

    @Test func nonFiniteNumbersThrow() {
        #expect(throws: EncodingError.self) { try JSONStreamEncoder().encode([Double.nan]) }
    }

    /// Keys remembered by where they were written: objects of different types, and keys made at run time, long and
    /// short, alternating at the same places.
    @Test func keysAtTheSamePlacesMatchJSONEncoder() throws {
        var rows: [[String: [String: Int]]] = []
        for row in 0..<40 {
            let long = String(repeating: "k", count: row % 25) + "\(row)"
            // The Kelvin sign and "K" are equal strings, not equal bytes.
            rows.append([long: [long: row, "a\(row % 3)": 1], "b": ["é\(row % 2)": 2, row % 2 == 0 ? "\u{212A}" : "K": 3], "x\\\"y": [:]])
        }
        try Self.expectSame(rows)
        try Self.expectSame([Inner(name: "a", count: 1, flags: [true]), Inner(name: "b", count: nil, flags: [])])
    }

    /// The JSON as a string (made of its ASCII stretches and the runs of other bytes between them) holds exactly the
    /// bytes written, wherever the bytes beyond ASCII fall.
    @Test func stringsHoldTheBytesWritten() throws {
        let pieces = ["", "a", "é", "“quoted”", "–", "𝄞", "日本語", "abcdefgh", "abcdefghijklmnop", "e\u{301}", "\n\"", "Ω"]
        var values: [[String]] = pieces.map { [$0] }
        for first in pieces { for second in pieces { values.append([first + second, second, first]) } }
        for value in values {
            for pretty in [false, true] {
                let string = try JSONStreamEncoder(prettyPrinted: pretty).encodeString(value)
                let bytes = try JSONStreamEncoder(prettyPrinted: pretty).encode(value)
                #expect(Array(string.utf8) == bytes, "\(value)")
            }
        }
    }

    /// A set's TIMEX3 `quant` and `freq` are written where it has them and nowhere else, in key order.
    @Test func setsCarryQuantAndFreq() throws {
        let dateline = Dateline(date: CalendarDate(year: 2013, month: 3, day: 22), timeZone: "UTC")
        let article = Article(text: "The market opens every Monday and twice a week, the exchange said on Friday.", dateline: dateline)
        let timeline = try TimelineExtractor().timeline(for: article)
        try Self.expectSame(TimelineJSON(timeline))
        let object = try #require(JSONSerialization.jsonObject(with: Data(timeline.json().utf8)) as? [String: Any])
        let expressions = try #require(object["expressions"] as? [[String: Any]])
        let byText = Dictionary(uniqueKeysWithValues: expressions.map { ($0["text"] as? String ?? "", $0) })
        #expect(byText["every Monday"]?["quant"] as? String == "EVERY")
        #expect(byText["every Monday"]?["freq"] == nil)
        #expect(byText["twice a week"]?["freq"] as? String == "2X")
        #expect(byText["Friday"]?["quant"] == nil && byText["Friday"]?["freq"] == nil)
    }

    /// The seed's timeline and the timelines of the corpora's documents: the library's own JSON.
    @Test func timelinesMatchJSONEncoder() throws {
        let (_, seed) = try TestSupport.seedTimeline()
        try Self.expectSame(TimelineJSON(seed))
        let corpus = TestSupport.shared.appendingPathComponent("corpora/timebank")
        guard FileManager.default.fileExists(atPath: corpus.path) else { return }
        let extractor = TimelineExtractor()
        for document in try TimeMLDocument.load(directory: corpus).prefix(40) {
            let date = try #require(CalendarDate(iso: document.creationTime?.prefix(10) ?? ""))
            let timeline = try extractor.timeline(for: Article(text: document.text, dateline: Dateline(date: date)))
            try Self.expectSame(TimelineJSON(timeline))
            #expect(Array(timeline.json(prettyPrinted: false).utf8) == (try JSONStreamEncoder().encode(TimelineJSON(timeline))))
        }
    }
}
