internal import ChronicleICU

/// Formats dates and date ranges for people with ICU's interval formats, in one locale.
///
/// Not thread-safe: it owns ICU formatters. Make one per rendering.
final class DateDisplay {
    let locale: String
    private let calendar: ICUCalendar
    private var formatters: [String: ICUIntervalFormatter] = [:]
    /// The ranges already formatted: a timeline shows the same days again and again (the dateline, the days
    /// around it), and each costs ICU a pattern walk and a string, ~20,000 instructions.
    private var shown: [Shown: String] = [:]

    /// A formatted range: the skeleton and its ends in UTC milliseconds.
    private struct Shown: Hashable {
        let skeleton: String
        let start: Double
        let end: Double
    }

    init(locale: String) throws(ChronicleError) {
        self.locale = locale
        do {
            calendar = try ICUCalendar()
        } catch {
            throw ChronicleError(.icu, error.description)
        }
    }

    /// "Tue, Feb 28, 2023", "Tue, Feb 28 – Thu, Mar 2, 2023", "September 2022", "2013", "Q3 2022".
    func string(_ expression: TemporalExpression) -> String {
        guard let interval = expression.interval else { return expression.value ?? "" }
        if let first = expression.parts.first {
            return format(interval, skeleton: skeleton(for: first.granularity))
        }
        if expression.type == .duration {
            return format(interval, skeleton: "yMMMd")
        }
        // "early Wednesday", "the early hours of Saturday", "late on Tuesday night": the day keeps its weekday, and the
        // part its word ("early Wed, Mar 20, 2013", "Sat, Mar 16, 2013, early morning").
        let edge = Self.edgeWords[expression.mod ?? ""]
        if edge != nil, expression.granularity.rank < Granularity.day.rank {
            return format(interval, skeleton: expression.granularity.rank <= Granularity.year.rank ? "yMMM" : "yMMMd")
        }
        switch expression.granularity {
        case .time:
            if let clock = clockMillis(expression.value) {
                return format(interval, skeleton: "yMMMEdjmm", extraMillis: clock)
            }
            return format(interval, skeleton: "yMMMEd")
        case .partOfDay:
            let code = expression.value.map { String($0.suffix(2)) } ?? ""
            let part = ["MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday"][code] ?? ""
            let edged = edge.map { "\($0) \(part)" } ?? part
            return format(interval, skeleton: "yMMMEd") + (part.isEmpty ? "" : ", \(edged)")
        case .day where edge != nil:
            return "\(edge!) " + format(interval, skeleton: "yMMMEd")
        case .quarter:
            // ICU has no interval pattern for quarters: from the first day to the last it writes "Q3 2023 – Q3 2023".
            return format(DayInterval(start: interval.start, end: interval.start), skeleton: skeleton(for: .quarter))
        default:
            return format(interval, skeleton: skeleton(for: expression.granularity))
        }
    }

    /// The words for TimeML's `mod` at a period's edge or middle, before a day or a part of one.
    private static let edgeWords = ["START": "early", "MID": "mid", "END": "late"]

    private func skeleton(for granularity: Granularity) -> String {
        switch granularity {
        case .century, .decade, .year: "y"
        case .half, .season: "yMMM"
        case .quarter: "yQQQ"
        case .month: "yMMMM"
        case .week, .weekend: "yMMMd"
        default: "yMMMEd"
        }
    }

    private func format(_ interval: DayInterval, skeleton: String, extraMillis: Double = 0) -> String {
        guard let start = calendar.millis(interval.start.icu), let end = calendar.millis(interval.end.icu) else {
            return "\(interval.start)/\(interval.end)"
        }
        let key = Shown(skeleton: skeleton, start: start + extraMillis, end: end + extraMillis)
        if let known = shown[key] { return known }
        do {
            let formatter: ICUIntervalFormatter
            if let cached = formatters[skeleton] {
                formatter = cached
            } else {
                formatter = try ICUIntervalFormatter(skeleton: skeleton, locale: locale)
                formatters[skeleton] = formatter
            }
            let text = try formatter.string(fromMillis: key.start, toMillis: key.end)
            shown[key] = text
            return text
        } catch {
            return interval.start == interval.end ? interval.start.description : "\(interval.start)/\(interval.end)"
        }
    }

    /// Milliseconds into the day of a `…THH:MM` value.
    private func clockMillis(_ value: String?) -> Double? {
        guard let value, let t = value.firstIndex(of: "T") else { return nil }
        let clock = value[value.index(after: t)...].split(separator: ":")
        guard clock.count == 2, let hour = Double(clock[0]), let minute = Double(clock[1]) else { return nil }
        return (hour * 60 + minute) * 60_000
    }

    /// The dateline as a person reads it: "Tue, Feb 28, 2023".
    func string(_ date: CalendarDate) -> String { format(DayInterval(start: date, end: date), skeleton: "yMMMEd") }

    /// A dateline as a person reads it: its day, or its month for a month-only one ("March 2023", round 124).
    func string(_ dateline: Dateline) -> String {
        dateline.precision == .month ? format(DayInterval(start: dateline.date, end: dateline.date), skeleton: skeleton(for: .month)) : string(dateline.date)
    }
}
