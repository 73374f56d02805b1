import Testing
@testable import Chronicle

/// Shared pieces of the `Family…` tables: one case is one sentence, its pinned dateline, and the
/// one expression it must hold (exact TimeML extent, type, value, and optionally `mod`).
/// Every dateline is explicit and in UTC: nothing reads the clock or the machine's locale.
struct FamilyCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let dateline: CalendarDate
    /// The expression's exact extent, as written in the sentence (its first occurrence is the one expected).
    let text: String
    let type: TimexType
    let value: String?
    /// The expected `mod`; `nil` means "not checked".
    let mod: String?
    /// Read in narrative mode (histories): dates without a year take the story's year.
    let narrative: Bool

    init(_ sentence: String, _ text: String, _ type: TimexType, _ value: String?, mod: String? = nil,
         dateline: CalendarDate = FamilyDates.tuesday, narrative: Bool = false) {
        self.sentence = sentence
        self.dateline = dateline
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.narrative = narrative
    }

    var testDescription: String { "“\(text)” → \(type.rawValue) \(value ?? "nil") @\(dateline) in “\(sentence)”" }
}

/// A look-alike: no expression may overlap `substring` in `sentence`.
struct FamilyLookAlike: Sendable, CustomTestStringConvertible {
    let sentence: String
    let substring: String
    let dateline: CalendarDate
    /// Read in narrative mode (histories).
    let narrative: Bool

    init(_ sentence: String, _ substring: String, dateline: CalendarDate = FamilyDates.tuesday, narrative: Bool = false) {
        self.sentence = sentence
        self.substring = substring
        self.dateline = dateline
        self.narrative = narrative
    }

    var testDescription: String { "no expression on “\(substring)” in “\(sentence)”" }
}

enum FamilyDates {
    /// Tuesday, the seed article's dateline.
    static let tuesday = CalendarDate(year: 2023, month: 2, day: 28)
    /// A Friday in late summer.
    static let friday = CalendarDate(year: 2022, month: 9, day: 16)
    /// A Sunday in mid-year.
    static let sunday = CalendarDate(year: 2021, month: 6, day: 13)
}

/// Rounds whose cases each pin a dateline of their own (the fifty-first and fifty-fifth): a day, and a DATE case on it.
protocol DatedFamilyRound {}

extension DatedFamilyRound {
    static func on(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day) }

    static func news(_ sentence: String, _ text: String, _ value: String, mod: String? = nil, _ dateline: CalendarDate) -> FamilyCase {
        FamilyCase(sentence, text, .date, value, mod: mod, dateline: dateline)
    }

    /// A clock time's case (TIMEX3 TIME): "at 4 this morning" → `2013-03-22T04:00`.
    static func time(_ sentence: String, _ text: String, _ value: String, mod: String? = nil, _ dateline: CalendarDate) -> FamilyCase {
        FamilyCase(sentence, text, .time, value, mod: mod, dateline: dateline)
    }

    /// A length's case (TIMEX3 DURATION): "two hours and 40 minutes" → `PT2H40M`.
    static func length(_ sentence: String, _ text: String, _ value: String, mod: String? = nil, _ dateline: CalendarDate) -> FamilyCase {
        FamilyCase(sentence, text, .duration, value, mod: mod, dateline: dateline)
    }

    /// A set's case (TIMEX3 SET): "every Tuesday" → `XXXX-WXX-2`.
    static func set(_ sentence: String, _ text: String, _ value: String, _ dateline: CalendarDate) -> FamilyCase {
        FamilyCase(sentence, text, .set, value, dateline: dateline)
    }
}

enum FamilyCheck {
    /// The timeline of one sentence against a pinned UTC dateline.
    static func timeline(_ sentence: String, _ dateline: CalendarDate, narrative: Bool = false) throws -> Timeline {
        let article = Article(text: sentence, dateline: Dateline(date: dateline, timeZone: "UTC"))
        return try TimelineExtractor(options: .init(narrative: narrative)).timeline(for: article)
    }

    /// Unicode-scalar range of the first occurrence of `needle` in `haystack`.
    static func scalarRange(of needle: String, in haystack: String) -> Range<Int>? {
        let hay = Array(haystack.unicodeScalars)
        let pin = Array(needle.unicodeScalars)
        guard !pin.isEmpty, pin.count <= hay.count else { return nil }
        for start in 0...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
            return start..<start + pin.count
        }
        return nil
    }

    static func describe(_ expressions: [TemporalExpression]) -> String {
        expressions.map { "“\($0.text)”[\($0.start)..<\($0.end)] \($0.type.rawValue) \($0.value ?? "nil") mod=\($0.mod ?? "-")" }
            .joined(separator: "; ")
    }

    /// The event dated by the first occurrence of `expression` in `sentence`, against `dateline` (UTC; by default
    /// Fri 2013-03-22).
    static func event(of expression: String, in sentence: String, on dateline: CalendarDate = FamilyNewsDirectionTests.friday,
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> Event {
        let timeline = try timeline(sentence, dateline)
        let range = try #require(scalarRange(of: expression, in: sentence), sourceLocation: sourceLocation)
        return try #require(timeline.events.first { $0.expression.start == range.lowerBound },
                            "no event for “\(expression)”: \(describe(timeline.expressions))", sourceLocation: sourceLocation)
    }

    /// Checks the description of the event dated by the case's expression, against `dateline` (UTC; by default
    /// Fri 2013-03-22).
    static func check(_ item: DescriptionCase, on dateline: CalendarDate = FamilyNewsDirectionTests.friday,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let event = try event(of: item.expression, in: item.sentence, on: dateline, sourceLocation: sourceLocation)
        #expect(event.description == item.description, sourceLocation: sourceLocation)
    }

    /// Checks the trigger of the event dated by the case's expression, against the dateline Fri 2013-03-22 (UTC).
    static func check(_ item: AnchorCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let event = try event(of: item.expression, in: item.sentence, sourceLocation: sourceLocation)
        #expect(event.trigger == item.trigger, sourceLocation: sourceLocation)
    }

    /// Checks extent (text and offsets), type, value and mod of the case's expression.
    static func check(_ item: FamilyCase, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let timeline = try timeline(item.sentence, item.dateline, narrative: item.narrative)
        let range = try #require(scalarRange(of: item.text, in: item.sentence), "expected text is not in the sentence",
                                 sourceLocation: sourceLocation)
        guard let found = timeline.expressions.first(where: { $0.start == range.lowerBound && $0.end == range.upperBound }) else {
            Issue.record("no expression with extent “\(item.text)”; found: \(describe(timeline.expressions))",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(found.text == item.text, sourceLocation: sourceLocation)
        #expect(found.type == item.type, "type; found: \(describe([found]))", sourceLocation: sourceLocation)
        #expect(found.value == item.value, "value; found: \(describe([found]))", sourceLocation: sourceLocation)
        if let mod = item.mod {
            #expect(found.mod == mod, "mod; found: \(describe([found]))", sourceLocation: sourceLocation)
        }
    }

    /// Checks that no expression overlaps the look-alike's substring.
    static func check(_ item: FamilyLookAlike, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let timeline = try timeline(item.sentence, item.dateline, narrative: item.narrative)
        let range = try #require(scalarRange(of: item.substring, in: item.sentence), "substring is not in the sentence",
                                 sourceLocation: sourceLocation)
        let overlapping = timeline.expressions.filter { $0.start < range.upperBound && range.lowerBound < $0.end }
        #expect(overlapping.isEmpty, "unexpected: \(describe(overlapping))", sourceLocation: sourceLocation)
    }
}

@Suite("Family support")
struct FamilySupportTests {
    @Test func scalarRangeCountsUnicodeScalars() {
        #expect(FamilyCheck.scalarRange(of: "Friday", in: "“Só” Friday") == 5..<11)
        #expect(FamilyCheck.scalarRange(of: "Monday", in: "Friday") == nil)
    }
}
