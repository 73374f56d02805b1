/// When and where an article was written: the anchor every relative expression resolves against.
///
/// ```swift
/// let dateline = Dateline(date: CalendarDate(year: 2023, month: 2, day: 28), place: "Hong Kong", source: "CNN")
/// let parsed = try Dateline(parsing: "Feb. 28, 2023")
/// ```
public struct Dateline: Sendable, Hashable, Codable {
    /// The day of publication (the TimeML document creation time).
    public var date: CalendarDate
    /// Where the article was filed, e.g. "Hong Kong".
    public var place: String?
    /// Who published it, e.g. "CNN" or "Reuters".
    public var source: String?
    /// The time zone the article's times are in, as an ICU/IANA identifier (default `UTC`).
    public var timeZone: String
    /// What was doubtful about the date as written (round 119): a month without a day ("March 2023"), a weekday that is
    /// not the date's ("Monday, March 8, 2023"). Empty for a date written plainly, and for one given as a
    /// ``CalendarDate``; the date is read all the same (``DatelineWarning``).
    public var warnings: [DatelineWarning] = []
    /// How much of ``date`` the article gave (round 124): ``Precision/day``, or ``Precision/month`` for a header or a
    /// given dateline that names a month only ("March 2023", "Published: Mar 2023", `--dateline 2023-03`), whose ``date``
    /// is the month's first day. Expressions whose value depends on the day ("yesterday", "on Friday", "two weeks ago")
    /// are then left unresolved; those the month decides ("this month", "last year", "March 5") are resolved.
    public var precision: Precision = .day

    /// How much of a dateline's date is known.
    public enum Precision: String, Sendable, Hashable, Codable {
        /// The day: every relative expression resolves against it.
        case day
        /// The month only: ``Dateline/date`` is its first day, and only values that are the same on each of its days are
        /// kept.
        case month
    }

    /// The TIMEX3 value of the dateline's month, "2023-03" (``date``'s first seven characters): a month-only dateline's
    /// creation time, and the month whose days it keeps (``Timeline/keepingMonthValues(agreeingWith:)``).
    var monthValue: String { String(date.description.prefix(7)) }

    /// Creates a dateline from its parts; a `precision` of ``Precision/month`` takes `date`'s month (its first day is kept).
    public init(date: CalendarDate, place: String? = nil, source: String? = nil, timeZone: String = "UTC", precision: Precision = .day) {
        self.date = precision == .month ? CalendarDate(year: date.year, month: date.month, day: 1) : date
        self.place = place
        self.source = source
        self.timeZone = timeZone
        self.precision = precision
    }

    /// Sets ``warnings`` for the date as `written` (``DatelineWarning/warnings(for:date:)``), and ``precision`` to
    /// ``Precision/month`` when it names a month only: one place for a header's line, a wire lede and a given text.
    mutating func readDoubts(in written: String) {
        warnings = DatelineWarning.warnings(for: written, date: date)
        if warnings.contains(where: { $0.kind == .monthOnly }) { precision = .month }
    }

    /// Parses a date as news writes it (`2023-02-28`, `Feb. 28, 2023`, `February 28, 2023`,
    /// `28 February 2023`, `Tue February 28, 2023`, `2/28/2023`) with ICU, strictly; or a date with a time as a header
    /// or a feed writes it (`2013-03-22T10:00:00Z`, `Fri, 22 Mar 2013 10:00:00 -0400`, `March 22, 2013 at 5:31 p.m. EDT`):
    /// its date as written (the article's local day), the time and its zone left aside (`timeZone` gives the zone).
    /// A month alone (`March 2023`, `Mar 2023`, ISO's `2023-03`) gives a dateline of ``Precision/month`` precision with a
    /// `monthOnly` warning.
    ///
    /// - Throws: ``ChronicleError`` with code `invalidDateline` when the text is not such a date, names an impossible
    ///   day ("Feb 30, 2023") or a year outside 1000–9999 (the message says so), `invalidTimeZone` for an unknown zone.
    public init(parsing text: String, place: String? = nil, source: String? = nil, timeZone: String = "UTC") throws(ChronicleError) {
        let zone = try Dateline.canonicalTimeZone(timeZone)
        guard let date = Dateline.date(parsing: text) else {
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            if DateParsing.shared.parse(text, anyYear: true) != nil, !DateParsing.hasFullYear(text) {
                throw ChronicleError(.invalidDateline, "'\(shown)' has a two-digit year, which is never guessed; write the year in full, "
                    + "e.g. 2023-02-28")
            }
            if let far = DateParsing.shared.parse(text, anyYear: true) {
                throw ChronicleError(.invalidDateline, "'\(shown)' is in the year \(far.year); a dateline's year is from 1000 to 9999")
            }
            throw ChronicleError(.invalidDateline, "'\(shown)' is not a valid date; expected e.g. 2023-02-28 or Feb. 28, 2023")
        }
        self.init(date: date, place: place, source: source, timeZone: zone)
        readDoubts(in: text)
    }

    private enum CodingKeys: String, CodingKey { case date, place, precision, source, timeZone, warnings }

    /// Decodes a dateline; `warnings` and `precision` may be absent (a dateline encoded before round 119 or 124, or a
    /// day's without warnings).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(CalendarDate.self, forKey: .date)
        place = try container.decodeIfPresent(String.self, forKey: .place)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        warnings = try container.decodeIfPresent([DatelineWarning].self, forKey: .warnings) ?? []
        precision = try container.decodeIfPresent(Precision.self, forKey: .precision) ?? .day
    }

    /// Encodes a dateline; `warnings` only when there are some and `precision` only when it is not a day, so a plainly
    /// written dateline encodes as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(place, forKey: .place)
        if precision != .day { try container.encode(precision, forKey: .precision) }
        try container.encodeIfPresent(source, forKey: .source)
        try container.encode(timeZone, forKey: .timeZone)
        if !warnings.isEmpty { try container.encode(warnings, forKey: .warnings) }
    }

    /// The last dateline text parsed and its date: an archive's datelines repeat from one article to the
    /// next (archives are mostly in date order), and each parse costs ICU tens of thousands of instructions.
    private static let lastParsed = Locked<(text: String, date: CalendarDate?)?>(nil)

    /// `DateParsing.shared.parse(text)`, else the date a header's date line gives (a feed's time stamp), remembered for
    /// the last text.
    private static func date(parsing text: String) -> CalendarDate? {
        if let last = lastParsed.withLock({ $0 }), last.text == text { return last.date }
        let date = DateParsing.shared.parse(text) ?? isoMonth(text)
            ?? (text.unicodeScalars.count <= 120 ? DatelineDetector.date(in: text.trimmingCharacters(in: " \t\r\n")).map(\.0) : nil)
        lastParsed.withLock { $0 = (text, date) }
        return date
    }

    /// The first day of the month an ISO 8601 month names (`2023-03`, the TIMEX3 value's form), the text's whole.
    static func isoMonth(_ text: String) -> CalendarDate? {
        guard let (year, month) = yearAndMonth(text, slash: false), (1000...9999).contains(year) else { return nil }
        return CalendarDate(year: year, month: month, day: 1)
    }

    /// The year and month of a text that is only a year's four digits, "-" (or "/" when `slash`) and a month's two
    /// (1–12): `2023-03`, `2023/03`. For ``isoMonth(_:)`` and a header line's month (``DatelineDetector/numericMonth(_:)``),
    /// each with its years.
    static func yearAndMonth(_ text: String, slash: Bool) -> (year: Int, month: Int)? {
        guard text.utf8.count == 7 else { return nil }
        let bytes = Array(text.utf8)
        guard bytes[4] == UInt8(ascii: "-") || slash && bytes[4] == UInt8(ascii: "/"),
              bytes.indices.allSatisfy({ $0 == 4 || bytes[$0] &- 48 < 10 }) else { return nil }
        let number = { (range: Range<Int>) in bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let (year, month) = (number(0..<4), number(5..<7))
        return (1...12).contains(month) ? (year, month) : nil
    }

    /// Checks a time zone identifier with ICU and returns its canonical form.
    static func canonicalTimeZone(_ identifier: String) throws(ChronicleError) -> String {
        if identifier == "UTC" { return identifier }
        guard let canonical = ICUTimeZone.canonicalIdentifier(identifier) else {
            throw ChronicleError(.invalidTimeZone, "unknown time zone '\(identifier)'; expected an identifier such as Asia/Hong_Kong")
        }
        return canonical
    }
}

internal import ChronicleICU
