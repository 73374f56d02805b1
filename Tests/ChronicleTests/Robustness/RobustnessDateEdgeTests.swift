import Testing
@testable import Chronicle

/// Dates at the calendar's edges are unresolved (with a reason) or resolved, never a crash; datelines
/// far from today work because nothing depends on the clock.
@Suite("Robustness: dates at the edges")
struct RobustnessDateEdgeTests {
    /// The expressions of one sentence, by text.
    static func expressions(_ text: String, dateline: Dateline = Robust.dateline) throws -> [String: TemporalExpression] {
        let (article, timeline) = try Robust.timeline(text, dateline: dateline)
        #expect(Robust.offsetsAreValid(timeline, in: article))
        return Dictionary(timeline.expressions.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The Julian day number of a Gregorian date (Fliegel–Van Flandern).
    static func dayNumber(_ d: CalendarDate) -> Int {
        let a = (14 - d.month) / 12, y = d.year + 4800 - a, m = d.month + 12 * a - 3
        return d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The ISO form pads to four-digit years and two-digit months and days, and keeps a minus sign.
    @Test(arguments: [
        (CalendarDate(year: 2023, month: 2, day: 28), "2023-02-28"), (CalendarDate(year: 5, month: 1, day: 2), "0005-01-02"),
        (CalendarDate(year: 0, month: 12, day: 31), "0000-12-31"), (CalendarDate(year: 9999, month: 9, day: 9), "9999-09-09"),
        (CalendarDate(year: 10000, month: 1, day: 1), "10000-01-01"), (CalendarDate(year: -44, month: 3, day: 15), "-0044-03-15"),
    ])
    func isoForm(date: CalendarDate, text: String) {
        #expect(date.description == text)
    }

    @Test func impossibleDaysStayUnresolvedWithAReason() throws {
        let found = try Self.expressions("The law passed on Feb 29, 2023, and took effect on the 31st of June.")
        let february = try #require(found["Feb 29, 2023"])
        #expect(february.value == nil && february.interval == nil)
        #expect(february.unresolvedReason == "February 2023 has no day 29")
        let june = try #require(found.first { $0.key.contains("31st of June") }?.value)
        #expect(june.interval == nil)
        #expect(june.unresolvedReason?.contains("June") == true)
        // A real leap day resolves.
        #expect(try Self.expressions("It was signed on Feb 29, 2024.")["Feb 29, 2024"]?.value == "2024-02-29")
    }

    @Test func yearZeroAndFarYearsDoNotCrash() throws {
        for text in ["In the year 0 nothing happened.", "In 0000 nothing happened.", "By the year 99999 the sun shines.",
                     "On 99999-01-01 it ends.", "On January 1, 99999 it ends.", "On 0000-01-01 it began.",
                     "in the 1000th century", "99999 years ago"] {
            let (article, timeline) = try Robust.timeline(text)
            #expect(Robust.offsetsAreValid(timeline, in: article), "\(text)")
            for event in timeline.events {
                #expect(event.expression.interval.map { $0.start <= $0.end } == true, "\(text)")
            }
        }
    }

    @Test func bcYears() throws {
        // "500 BC" is the TIMEX3 value BC0500; "BC 500" (era first) is read as the year 500 or not at all.
        let bc = try Self.expressions("The city was founded in 500 BC.")
        #expect(bc["500 BC"]?.value == "BC0500")
        let (article, timeline) = try Robust.timeline("The city was founded in BC 500.")
        #expect(Robust.offsetsAreValid(timeline, in: article))
        #expect(timeline.expressions.allSatisfy { $0.value == nil || $0.value == "0500" || $0.value == "BC0500" },
                "\(timeline.expressions.map { $0.value ?? "-" })")
    }

    @Test(arguments: ["2999-01-01", "Jan 1, 2999", "1850-06-15", "June 15, 1850"])
    func datelineFarFromToday(_ text: String) throws {
        let dateline = try Dateline(parsing: text)
        let found = try Self.expressions("The treaty was signed last year and talks resume on Friday.", dateline: dateline)
        let year = dateline.date.year
        #expect(found["last year"]?.value == String(year - 1))
        // The Friday nearest the dateline, whatever the century.
        let friday = try #require(found["Friday"]?.interval?.start)
        #expect(abs(Self.dayNumber(friday) - Self.dayNumber(dateline.date)) <= 7)
    }

    @Test(arguments: ["0000-01-01", "99999-01-01", "Feb 29, 2023", "the 31st of June", "BC 500", "June 31, 2023"])
    func edgeDatelinesAreInvalid(_ text: String) {
        #expect(Robust.code { _ = try Dateline(parsing: text) } == .invalidDateline)
    }
}
