internal import ChronicleICU

/// A calendar period an expression resolves to, before it is written as a TIMEX3 value.
enum Period: Sendable, Hashable {
    case day(CalendarDate)
    case week(year: Int, week: Int)
    case weekend(year: Int, week: Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case half(year: Int, half: Int)
    case season(year: Int, season: Int)
    case year(Int)
    case decade(Int)
    case century(Int)
    /// A thousand years as TIMEX3 writes it, by its first digit: 2 for 2000–2999 (BC stored −(k + 1), as a century is).
    case millennium(Int)
    case partOfDay(CalendarDate, part: Int)
    case time(CalendarDate, hour: Int, minute: Int, second: Int? = nil)

    var granularity: Granularity {
        switch self {
        case .day: .day
        case .week: .week
        case .weekend: .weekend
        case .month: .month
        case .quarter: .quarter
        case .half: .half
        case .season: .season
        case .year: .year
        case .decade: .decade
        case .century, .millennium: .century
        case .partOfDay: .partOfDay
        case .time: .time
        }
    }

    /// Whether this is an evening time (6 p.m. on), the evening or the night of `date`: a small-hours time after it is
    /// the next day's ("Later that night, … Shortly after 2 a.m.").
    func startsEvening(of date: CalendarDate) -> Bool {
        switch self {
        case .time(let day, let hour, _, _): day == date && hour >= 18
        case .partOfDay(let day, let part): day == date && (part == 3 || part == 4)
        default: false
        }
    }

    /// The TIMEX3 value: `2023-02-26`, `2023-W09`, `2022-Q3`, `201`, `2023-02-27TMO`, `2023-02-27T17:00`.
    var value: String {
        switch self {
        case .day(let date): return date.description
        case .week(let year, let week): return Period.year(year) + "-W" + pad(week, 2)
        case .weekend(let year, let week): return Period.year(year) + "-W" + pad(week, 2) + "-WE"
        case .month(let year, let month): return Period.year(year) + "-" + pad(month, 2)
        case .quarter(let year, let quarter): return "\(Period.year(year))-Q\(quarter)"
        case .half(let year, let half): return "\(Period.year(year))-H\(half)"
        case .season(let year, let season): return "\(Period.year(year))-\(Season.codes[season])"
        case .year(let year): return Period.year(year)
        // Before the common era a decade or century k is stored as −(k + 1), so that counting on works ("the following
        // decade" after the 480s BC is the 470s BC): `BC048`, `BC03` (the 4th century BC), as TIDES writes them.
        case .decade(let decade): return decade < 0 ? "BC" + pad(-decade - 1, 3) : pad(decade, 3)
        case .century(let century): return century < 0 ? "BC" + pad(-century - 1, 2) : pad(century, 2)
        case .millennium(let millennium): return millennium < 0 ? "BC" + pad(-millennium - 1, 1) : pad(millennium, 1)
        case .partOfDay(let date, let part): return "\(date)T\(PartOfDay.codes[part])"
        case .time(let date, let hour, let minute, let second):
            return "\(date)T\(pad(hour, 2)):\(pad(minute, 2))" + (second.map { ":" + pad($0, 2) } ?? "")
        }
    }

    /// A year as TIMEX3 writes it: `2023`, `0044`, and `BC0480` for 480 BC (astronomical year −479).
    static func year(_ year: Int) -> String { year > 0 ? pad(year, 4) : "BC" + pad(1 - year, 4) }

    /// The first and last day of the period, computed with ICU's calendar.
    func interval(_ calendar: ICUCalendar) -> DayInterval {
        switch self {
        case .day(let date), .partOfDay(let date, _), .time(let date, _, _, _):
            return DayInterval(start: date, end: date)
        case .week(let year, let week):
            let monday = calendar.monday(ofISOWeek: week, year: year)
            return DayInterval(start: CalendarDate(monday), end: CalendarDate(calendar.adding(.day, 6, to: monday)))
        case .weekend(let year, let week):
            let saturday = calendar.adding(.day, 5, to: calendar.monday(ofISOWeek: week, year: year))
            return DayInterval(start: CalendarDate(saturday), end: CalendarDate(calendar.adding(.day, 1, to: saturday)))
        case .month(let year, let month):
            return months(year: year, first: month, count: 1, calendar)
        case .quarter(let year, let quarter):
            return months(year: year, first: quarter * 3 - 2, count: 3, calendar)
        case .half(let year, let half):
            return months(year: year, first: half * 6 - 5, count: 6, calendar)
        case .season(let year, let season):
            // Meteorological seasons; winter 2022 runs from December 2022 to February 2023.
            return months(year: year, first: [0, 3, 6, 9, 12][season], count: 3, calendar)
        case .year(let year):
            return DayInterval(start: CalendarDate(year: year, month: 1, day: 1), end: CalendarDate(year: year, month: 12, day: 31))
        case .decade(let decade):
            // BC decade k (stored −(k + 1)): the years 10k + 9 … 10k BC, astronomical −10k − 8 … −10k + 1.
            let start = decade < 0 ? 10 * (decade + 1) - 8 : decade * 10
            return DayInterval(start: CalendarDate(year: start, month: 1, day: 1), end: CalendarDate(year: start + 9, month: 12, day: 31))
        case .century(let century):
            let start = century < 0 ? 100 * (century + 1) - 99 : century * 100
            return DayInterval(start: CalendarDate(year: start, month: 1, day: 1), end: CalendarDate(year: start + 99, month: 12, day: 31))
        case .millennium(let millennium):
            let start = millennium < 0 ? 1000 * (millennium + 1) - 999 : millennium * 1000
            return DayInterval(start: CalendarDate(year: start, month: 1, day: 1), end: CalendarDate(year: start + 999, month: 12, day: 31))
        }
    }

    private func months(year: Int, first: Int, count: Int, _ calendar: ICUCalendar) -> DayInterval {
        let start = ICUDay(year: year, month: first, day: 1)
        let end = calendar.adding(.day, -1, to: calendar.adding(.month, count, to: start))
        return DayInterval(start: CalendarDate(start), end: CalendarDate(end))
    }
}

extension CalendarDate {
    init(_ day: ICUDay) { self.init(year: day.year, month: day.month, day: day.day) }
    var icu: ICUDay { ICUDay(year: year, month: month, day: day) }
}
