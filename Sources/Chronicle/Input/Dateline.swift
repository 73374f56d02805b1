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

    /// Creates a dateline from its parts.
    public init(date: CalendarDate, place: String? = nil, source: String? = nil, timeZone: String = "UTC") {
        self.date = date
        self.place = place
        self.source = source
        self.timeZone = timeZone
    }

    /// Parses a date as news writes it (`2023-02-28`, `Feb. 28, 2023`, `February 28, 2023`,
    /// `28 February 2023`, `Tue February 28, 2023`, `2/28/2023`) with ICU, strictly; or a date with a time as a header
    /// or a feed writes it (`2013-03-22T10:00:00Z`, `Fri, 22 Mar 2013 10:00:00 -0400`, `March 22, 2013 at 5:31 p.m. EDT`):
    /// its date as written (the article's local day), the time and its zone left aside (`timeZone` gives the zone).
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
        warnings = DatelineWarning.warnings(for: text, date: date)
    }

    private enum CodingKeys: String, CodingKey { case date, place, source, timeZone, warnings }

    /// Decodes a dateline; `warnings` may be absent (a dateline encoded before round 119, or one without warnings).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        date = try container.decode(CalendarDate.self, forKey: .date)
        place = try container.decodeIfPresent(String.self, forKey: .place)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        timeZone = try container.decode(String.self, forKey: .timeZone)
        warnings = try container.decodeIfPresent([DatelineWarning].self, forKey: .warnings) ?? []
    }

    /// Encodes a dateline; `warnings` only when there are some, so a plainly written dateline encodes as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encodeIfPresent(place, forKey: .place)
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
        let date = DateParsing.shared.parse(text)
            ?? (text.unicodeScalars.count <= 120 ? DatelineDetector.date(in: text.trimmingCharacters(in: " \t\r\n")).map(\.0) : nil)
        lastParsed.withLock { $0 = (text, date) }
        return date
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
