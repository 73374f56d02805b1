/// The four TIMEX3 types.
public enum TimexType: String, Sendable, Hashable, Codable, CaseIterable {
    /// A calendar date or period: "Sunday", "September", "last year", "the 1990s".
    case date = "DATE"
    /// A time of day: "5 p.m.", "Monday morning", "tonight".
    case time = "TIME"
    /// A length of time: "three years", "year-long", "24 hours".
    case duration = "DURATION"
    /// A recurring time: "every Monday", "annually".
    case set = "SET"
}

/// The size of the period an expression names.
public enum Granularity: String, Sendable, Hashable, Codable, CaseIterable {
    /// A hundred years ("the 21st century").
    case century
    /// Ten years ("the 1990s").
    case decade
    /// A calendar year.
    case year
    /// A half year.
    case half
    /// A quarter.
    case quarter
    /// A season.
    case season
    /// A calendar month.
    case month
    /// An ISO week, Monday to Sunday.
    case week
    /// A weekend, Saturday and Sunday.
    case weekend
    /// A day.
    case day
    /// A part of a day ("Monday morning").
    case partOfDay
    /// A clock time ("5 p.m.").
    case time
    /// No calendar period: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`, durations and sets.
    case none

    /// Coarser granularities have smaller ranks: century 0 … time 11, none 12, the cases' order (`allCases`). A switch:
    /// `allCases.firstIndex(of:)` searched the list at every call, ~45 instructions, 12,000 calls per MB of text.
    var rank: Int {
        switch self {
        case .century: 0
        case .decade: 1
        case .year: 2
        case .half: 3
        case .quarter: 4
        case .season: 5
        case .month: 6
        case .week: 7
        case .weekend: 8
        case .day: 9
        case .partOfDay: 10
        case .time: 11
        case .none: 12
        }
    }
}

/// A closed range of days: both ends are included.
public struct DayInterval: Sendable, Hashable, Codable {
    /// The first day.
    public var start: CalendarDate
    /// The last day (inclusive).
    public var end: CalendarDate

    /// Creates an interval; `end` must not come before `start`.
    public init(start: CalendarDate, end: CalendarDate) {
        self.start = start
        self.end = end
    }

    /// Whether `other` lies within this interval.
    public func contains(_ other: DayInterval) -> Bool { start <= other.start && other.end <= end }

    /// The JSON keys (internal: the JSON writer is specialised for them, `JSONByteWriter.container(keyedBy:)`).
    enum CodingKeys: String, CodingKey { case end, start }

    /// Encodes `{"end": …, "start": …}`, keys in sorted order as the JSON output writes them; a single day's date is
    /// formatted once.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try encode(into: &container)
    }

    /// Writes the two members into `container`: the interval's own (``encode(to:)``), or an object nested in an event's or
    /// an expression's (the JSON output, `KeyedEncodingContainerProtocol.encode(orNull:forKey:)`; `JSONMembers`).
    func encode<Container: KeyedEncodingContainerProtocol>(into container: inout Container) throws where Container.Key == CodingKeys {
        let end = self.end.description
        try container.encode(end, forKey: .end)
        try container.encode(start == self.end ? end : start.description, forKey: .start)
    }
}

/// A time expression found in the article, with its TIMEX3 annotation and the days it covers.
///
/// Offsets count Unicode scalars from the start of ``Article/text`` (end exclusive), so
/// `text.unicodeScalars` sliced at `start..<end` gives ``text``.
public struct TemporalExpression: Sendable, Hashable, Codable {
    /// The expression as written.
    public var text: String
    /// Offset of its first Unicode scalar in the article.
    public var start: Int
    /// Offset just past its last Unicode scalar.
    public var end: Int
    /// The TIMEX3 type.
    public var type: TimexType
    /// The TIMEX3 value (`2023-02-26`, `2022-09`, `2023-W09`, `PAST_REF`, `P1Y`, `2023-02-28/2023-03-02`),
    /// or `nil` when the expression could not be resolved (see ``unresolvedReason``).
    public var value: String?
    /// The TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `LESS_THAN`, `MORE_THAN`, …).
    public var mod: String?
    /// The size of the period named.
    public var granularity: Granularity
    /// The days the expression covers, both ends included; `nil` for durations, sets and vague references.
    public var interval: DayInterval?
    /// Whether the date is approximate ("a decade ago", "about 2010", "early 2023").
    public var isApproximate: Bool
    /// Whether the date is vague: `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    public var isVague: Bool
    /// Why the expression has no value, when it has none.
    public var unresolvedReason: String?
    /// The two ends of a range ("Tuesday" and "Thursday" of "Tuesday to Thursday"); empty otherwise.
    public var parts: [TemporalExpression]
    /// The index of the sentence holding the expression.
    public var sentenceIndex: Int
    /// A set's TIMEX3 `quant` (`EVERY`, `EACH`), `nil` for other types and sets without one.
    public var quant: String? = nil
    /// A set's TIMEX3 `freq` (`2X` for "twice a week"), `nil` for other types and sets without one.
    public var freq: String? = nil

    /// Whether the expression has a value.
    public var isResolved: Bool { value != nil }
}
