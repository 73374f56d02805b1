internal import ChronicleICU

/// Turns recognised mentions into TIMEX3 values and day intervals, with ICU's calendar.
///
/// Two anchors, as the field's best systems use them: expressions that point at "now" resolve
/// against the dateline; expressions that point back into the text ("the next day", "two days
/// later", "that month") resolve against the last date the text mentioned. In narrative mode
/// (histories, encyclopaedias) calendar names without a year resolve against that last date too.
/// See `Documentation/Resolution.md` for every rule.
struct Resolver {
    let dateline: CalendarDate
    let narrative: Bool
    let calendar: ICUCalendar
    /// The last date the text mentioned, with its granularity.
    private(set) var reference: Period?
    /// The last quarter the text reported on ("the third quarter"), for "the same quarter a year before".
    private var reportedQuarter: Period?
    /// The last single day the text named, for clock times after a coarser date ("in 1998 ... at 10 p.m.").
    private var lastDay: CalendarDate?
    /// A day of the last week-or-finer and of the last month-or-finer period the text named, for "that week", "the
    /// previous month" after a coarser date ("this year ... that week").
    private var lastWeek: CalendarDate?
    private var lastMonth: CalendarDate?
    /// The first single day the text named, not after the dateline (the lede's), for news' "overnight".
    private var storyDay: CalendarDate?
    /// An evening or night of the story's day that an end point reached ("By the early evening, …"), which leaves the
    /// story's time where it was but puts a small-hours time after it on the next day.
    private var eveningReached: Period?
    /// Whether the story's time is a month named in passing before a noun ("the August 1988 cease-fire").
    private var referenceAttributive = false
    /// Whether the story's time was last set by a year opening its sentence (``Mention/opensHistory``).
    private var referenceOpensHistory = false
    /// News: the mention being resolved counts back from the story's time in the past perfect ("The day before, an
    /// engineer had emailed …"): a flashback, which leaves the story's time where it was. Set by the caller.
    var flashback = false
    /// The mention being resolved is a month and year named before a noun ("the August 1988 cease-fire"): no month a later
    /// day without its year may be of. Set by the caller.
    var attributiveMonth = false
    /// News: the expression resolved is a day and month written before what it dates ("the Dec. 11-12 meeting",
    /// `Recognizer.isAttributiveDay`), which a future clause may look back on.
    var attributiveDay = false
    /// The tense of the clause of the mention being resolved (set by `resolve`), for anchors that depend on it.
    private var clauseTense: Tense = .none

    init(dateline: CalendarDate, narrative: Bool, calendar: ICUCalendar) {
        self.dateline = dateline
        self.narrative = narrative
        self.calendar = calendar
    }

    /// The outcome for one mention.
    struct Outcome {
        var type: TimexType
        var value: String?
        var mod: String?
        var granularity: Granularity
        var interval: DayInterval?
        var approximate: Bool
        var vague: Bool
        var reason: String?
        /// A set's TIMEX3 `quant` (``Mention/quant``).
        var quant: String? = nil
        /// A set's TIMEX3 `freq` (``Mention/freq``).
        var freq: String? = nil
    }

    /// Resolves one mention; `tense` is the tense of its clause. Updates the reference date.
    mutating func resolve(_ mention: Mention, tense: Tense) -> Outcome {
        clauseTense = tense
        var outcome = Outcome(type: type(of: mention), value: nil, mod: mention.mod, granularity: mention.unit,
                              interval: nil, approximate: mention.approximate || mention.mod == "APPROX", vague: false, reason: nil)
        if let reference = mention.reference {
            outcome.value = reference
            outcome.granularity = .none
            // "PAST_REF" goes on the timeline before the dateline; "on a Monday" (`XXXX-WXX-1`) is on no date, as a set is.
            outcome.vague = !reference.hasPrefix("XXXX-W")
            return outcome
        }
        if mention.kind == .duration || mention.kind == .set {
            // "In the first nine months, net rose; a year earlier ...": the text now reports on the year so far.
            if mention.yearToDate, !narrative { reference = .year(dateline.year) }
            outcome.value = mention.fixedValue
            if mention.kind == .set {
                outcome.quant = mention.quant
                outcome.freq = mention.freq
            }
            outcome.granularity = .none
            if let span = mention.span, let cut = mention.cut {
                outcome.interval = spanInterval(span, cut: cut)
            }
            return outcome
        }
        if let unknown = unknownAfterDecade(mention) {
            // "In the late 1950s, … Two years later", "By the mid-1960s … That autumn": which year, unknown.
            outcome.value = unknown
            outcome.granularity = mention.season != nil ? .season : .year
            outcome.approximate = true
            return outcome
        }
        if let unknown = unknownWithinStory(mention) {
            // "In 2019 the plant closed. Two days later, …": a day (week, month) of that year, which one unknown.
            outcome.value = unknown.value
            outcome.granularity = unknown.period.granularity  // what is known, as the interval says
            outcome.interval = unknown.period.interval(calendar)
            outcome.approximate = true
            return outcome
        }
        switch period(for: mention, tense: tense).map({
            counted($0, by: mention.countedFromDay, weekday: mention.countedWeekday, fromLastDay: mention.countedFromLastDay)
        }) {
        case .success(let period):
            let interval = period.interval(calendar)
            // Round 158: a TIMEX3 year has four digits (9999, BC9999 at most): a date counted past them ("next year" on
            // 9999-12-31, "10,000 years from now") is left unresolved, with the reason, and moves nothing. A period that
            // starts by 9999 is still written ("this week" on 9999-12-31, 9999-W52).
            if interval.start.year > 9999 || interval.end.year < -9998 {
                outcome.reason = Self.beyondFourDigitYears(interval.start.year > 9999 ? interval.start.year : interval.end.year)
                return outcome
            }
            outcome.value = period.value
            outcome.granularity = period.granularity
            outcome.interval = narrow(interval, part: mention.part, cut: mention.cut)
            if mention.part != nil && mention.cut == nil { outcome.approximate = true }
            // Comparisons ("a year earlier", "a year ago") do not move the story's own time.
            // In a history, the author's present ("today", "now") is not the story's time either.
            // In a history, "the previous year", "the previous April" look back from the story's time without moving it.
            // In news, "the prior quarter", "the previous year" compare the period reported on with the one before it,
            // as "a quarter earlier" does ("up from the prior quarter; the previous quarter, it lost money": both Q2).
            // (A figure compared with "a month ago" does not either: "8 percent higher than a month ago".)
            let comparison = (mention.quantified || mention.anchor == .reference) && (mention.offset < 0 || mention.halfStep < 0)
                && period.granularity.rank <= Granularity.quarter.rank || mention.comparedFigure
                || narrative && mention.anchor == .reference && (mention.offset < 0 || mention.relativeYearDirection ?? 0 < 0)
                || flashback && (mention.anchor == .reference && mention.offset < 0 || precedesStoryDay(period, story: reference))
            // News: a day written before the event it dates ("before the September 22 election") names that event in
            // passing; the story's time stays ("… face off on Sunday evening before the September 22 election. The
            // debate begins at 8:30 pm": Sunday's).
            if !comparison && !mention.aside && !(narrative && mention.anchor == .dateline) && !historiography(period)
                && !(attributiveDay && reference != nil) {
                // "at 10 p.m. on Saturday": the day a clock time was put on leaves the clock time the story's time.
                if case .day(let date) = period, case .time(let clockDate, _, _, _)? = reference, clockDate == date {} else {
                    // (A told history stays open while its dates stay in its year: "In 1994, … on April 7. By mid-July, …")
                    let storyYear = referenceDate.year
                    reference = period
                    referenceAttributive = attributiveMonth
                    referenceOpensHistory = mention.opensHistory || referenceOpensHistory && interval.start.year == storyYear
                    eveningReached = nil
                }
                if case .quarter = period { reportedQuarter = period }
                switch period {
                case .day(let date), .partOfDay(let date, _), .time(let date, _, _, _):
                    lastDay = date
                    if storyDay == nil, date <= dateline { storyDay = date }
                default: break
                }
                if period.granularity.rank >= Granularity.month.rank {
                    lastMonth = interval.start
                    if period.granularity.rank >= Granularity.week.rank { lastWeek = interval.start }
                }
            } else if mention.aside, !narrative, let reference, period.startsEvening(of: reference.interval(calendar).start) {
                eveningReached = period
            }
        case .failure(let failure):
            outcome.reason = failure.reason
        }
        return outcome
    }

    /// In a history of a distant past, a year close to the time of writing ("documents found in 2004") is about
    /// the historians, not the story: the story's time stays where it was.
    private func historiography(_ period: Period) -> Bool {
        guard narrative, case .year(let year) = period, let reference else { return false }
        return year >= dateline.year - 20 && referenceDate.year < dateline.year - 50 && reference.granularity != .none
    }

    /// Resolves both ends of a range together: the second end never comes before the first.
    mutating func resolveRange(_ first: Mention, _ second: Mention, tense: Tense) -> (Outcome, Outcome) {
        let savedReference = reference
        // "Open enrollment runs from Nov. 1 to Dec. 15", "The office will be closed from Feb. 10 to Feb. 20": a range of days
        // of the month ahead is the one under way, else the next one (the nearest, a year later when over on the dateline);
        // not one written before what it dates ("will study the minutes of the Dec. 11-12 meeting"). A holiday is such a day
        // ("The sale runs from Boxing Day until Jan. 3", written on Dec. 29: the range under way).
        if tense == .future, !attributiveDay, first.month != nil && first.day != nil || first.holiday != nil,
           second.month != nil && second.day != nil || second.holiday != nil, first.year == nil,
           second.year == nil, first.weekday == nil, second.weekday == nil, first.anchor == .implicit, second.anchor == .implicit {
            let start = resolve(first, tense: .present)
            let end = resolve(second, tense: .present)
            guard let startInterval = start.interval, let endInterval = end.interval, var startYear = Int(start.value?.prefix(4) ?? ""),
                  var endYear = Int(end.value?.prefix(4) ?? "") else { return (start, end) }
            // (An end before its start is in the next year: "from Dec. 1 to Jan. 31".)
            if endInterval.end < startInterval.start { endYear += 1 }
            if CalendarDate(year: endYear, month: endInterval.end.month, day: endInterval.end.day) <= dateline {
                startYear += 1
                endYear += 1
            }
            var movedStart = first, movedEnd = second
            movedStart.year = startYear
            movedStart.anchor = .absolute
            movedEnd.year = endYear
            movedEnd.anchor = .absolute
            reference = savedReference
            return (resolve(movedStart, tense: tense), resolve(movedEnd, tense: tense))
        }
        var start = resolve(first, tense: tense)
        var end = resolve(second, tense: tense)
        // "from 14:00 to 16:30 yesterday", "between 9 a.m. and 5 p.m. tomorrow": a clock start with no day of its own is
        // on the day the end's deictic word names (the evening before it when the start is later in the day: "from 10
        // p.m. to 6 a.m. tomorrow").
        if first.kind == .time, first.anchor == .reference, let startHour = first.hour, first.day == nil, first.weekday == nil,
           first.month == nil, first.holiday == nil, first.year == nil, second.kind == .time, second.anchor == .dateline,
           let endHour = second.hour, let endInterval = end.interval {
            let overnight = endHour * 60 + (second.minute ?? 0) < startHour % 24 * 60 + (first.minute ?? 0)
            // (A midnight end, "from 10 to 12 tonight", is hour 24 of its day: its interval starts on the next one.)
            let shift = (overnight ? -1 : 0) + (endHour >= 24 ? -1 : 0)
            start = resolve(pinned(first, to: calendar.adding(.day, shift, to: endInterval.start.icu)), tense: tense)
        }
        // "a curfew from 9 p.m. to 6 a.m. on March 3", "from 10 p.m. to 6 a.m. Sunday": a night's range whose end is put
        // on a day starts the evening before that day (the start has no day of its own; its end is not moved).
        let nightOnEndsDay = Self.startsEveningBefore(first, second)
        let bareWeekdays = second.weekday != nil && second.month == nil
        // Only a bare weekday's week may still move, and not in a past clause (a written date stays put).
        let endKept = nightOnEndsDay && (!bareWeekdays || tense == .past)
        if narrative, !nightOnEndsDay, !bareWeekdays, first.anchor == .implicit, second.anchor == .implicit, first.year == nil, second.year == nil,
           let startInterval = start.interval, let endInterval = end.interval, endInterval.end < startInterval.start,
           let startYear = Int(start.value?.prefix(4) ?? ""), let endMonth = second.month, let savedReference,
           savedReference.interval(calendar).start.month <= endMonth {
            // A history at March 1945 writing "from October to March": the range that ends in the story's year
            // (at October 1944 it would be the range that starts in it).
            var movedStart = first
            movedStart.year = startYear - 1
            movedStart.anchor = .absolute
            let newStart = resolve(movedStart, tense: tense)
            reference = savedReference
            return (newStart, resolve(second, tense: tense))
        }
        if !endKept, let startInterval = start.interval, let endInterval = end.interval, endInterval.end < startInterval.start,
           !(second.anchor == .absolute && second.year != nil) {
            // Repair an end before its start: a week later for weekdays, a year later otherwise (not a year the text wrote).
            var repaired = second
            if bareWeekdays {
                repaired = pinned(second, to: calendar.adding(.day, 7, to: endInterval.start.icu))
            } else if let year = second.year ?? Int(end.value?.prefix(4) ?? "") {
                repaired.year = year + 1
                repaired.anchor = .absolute
            }
            end = resolve(repaired, tense: tense)
        } else if !nightOnEndsDay, let startInterval = start.interval, bareWeekdays, second.anchor == .implicit {
            // "Tuesday to Thursday": the first Thursday on or after Tuesday.
            let delta = ((second.weekday ?? 1) - isoWeekday(startInterval.start) + 7) % 7
            end = resolve(pinned(second, to: calendar.adding(.day, delta, to: startInterval.start.icu)), tense: tense)
        }
        if nightOnEndsDay, let endInterval = end.interval {
            start = resolve(pinned(first, to: calendar.adding(.day, -1, to: endInterval.start.icu)), tense: tense)
        }
        // "a curfew from 10 p.m. to 6 a.m.", "between 11 p.m. and 2 a.m.": a clock time earlier in the day than the one
        // its range began at, on a day the text did not write, is the next morning's (a midnight that opens a range is its
        // day's first hour: "between midnight and 6 a.m.").
        var nextMorning = false
        if let startHour = first.hour, let endHour = second.hour, second.day == nil, second.weekday == nil,
           let startInterval = start.interval, let endInterval = end.interval, startInterval.start == endInterval.start,
           endHour * 60 + (second.minute ?? 0) < startHour % 24 * 60 + (first.minute ?? 0) {
            end = resolve(pinned(second, to: calendar.adding(.day, 1, to: endInterval.start.icu)), tense: tense)
            nextMorning = true
        }
        // "from Monday to Wednesday" in a past clause: the whole range lies before the dateline (not a night's range
        // that began on the dateline: "a curfew from 9 p.m. Friday to 5 a.m.").
        if tense == .past, !nextMorning, first.weekday != nil, first.month == nil, first.anchor == .implicit, first.weekdayRelation == nil,
           second.month == nil, first.partOfDay == nil, second.partOfDay == nil,
           let startInterval = start.interval, let endInterval = end.interval, endInterval.end > dateline {
            let movedStart = pinned(first, to: calendar.adding(.day, -7, to: startInterval.start.icu))
            let movedEnd = pinned(second, to: calendar.adding(.day, -7, to: endInterval.start.icu))
            return (resolve(movedStart, tense: tense), resolve(movedEnd, tense: tense))
        }
        // "Polls are open from 9 a.m. Monday to 5 p.m. Wednesday" in a present clause: a schedule, ahead as "The exhibition
        // opens Monday" is, not a range of weekdays already over on the dateline.
        if tense == .present, first.weekday != nil, second.weekday != nil, first.month == nil, second.month == nil,
           first.anchor == .implicit, first.weekdayRelation == nil, let startInterval = start.interval,
           let endInterval = end.interval, endInterval.end <= dateline {
            let movedStart = pinned(first, to: calendar.adding(.day, 7, to: startInterval.start.icu))
            let movedEnd = pinned(second, to: calendar.adding(.day, 7, to: endInterval.start.icu))
            return (resolve(movedStart, tense: tense), resolve(movedEnd, tense: tense))
        }
        // "Sales rose in Q1-Q3", "the survey ran between January and March" in a past clause: a range of months,
        // quarters or seasons without a year that is over, so it does not end after the dateline.
        if tense == .past, first.weekday == nil, second.weekday == nil, first.anchor == .implicit, second.anchor == .implicit,
           first.year == nil, second.year == nil, first.relativeYear == nil, second.relativeYear == nil, first.day == nil, second.day == nil,
           first.month != nil || first.quarter != nil || first.season != nil,
           let endInterval = end.interval, endInterval.start > dateline,
           let startYear = Int(start.value?.prefix(4) ?? ""), let endYear = Int(end.value?.prefix(4) ?? "") {
            var movedStart = first, movedEnd = second
            movedStart.year = startYear - 1
            movedStart.anchor = .absolute
            movedEnd.year = endYear - 1
            movedEnd.anchor = .absolute
            reference = savedReference
            return (resolve(movedStart, tense: tense), resolve(movedEnd, tense: tense))
        }
        return (start, end)
    }

    /// Resolves a list of bare weekdays together ("Monday and Tuesday", "late Thursday or early Friday", "Friday,
    /// Saturday and Sunday"): the list runs forward in time. In a future clause a day that would come before the one
    /// listed before it moves a week later ("end late Thursday or early Friday", written on a Friday: the 28th and the
    /// 29th); otherwise a day that would come after the one listed after it moves a week earlier ("talks continued on
    /// Friday and Saturday", written on a Friday: the 15th and the 16th, not the 22nd and the 16th).
    mutating func resolveList(_ mentions: [Mention], tenses: [Tense]) -> [Outcome] {
        let savedReference = reference
        let outcomes = zip(mentions, tenses).map { resolve($0, tense: $1) }
        let resolved = outcomes.compactMap { $0.interval?.start }
        guard resolved.count == mentions.count, mentions.count > 1 else { return outcomes }
        var days = resolved
        // A list may name its days out of order ("statements made Friday and Thursday", the dateline's day and the day
        // before): only a day more than three days before the one listed before it is a week off.
        func reversed(_ first: CalendarDate, _ second: CalendarDate) -> Bool {
            second < first && calendar.days(from: second.icu, to: first.icu) > 3
        }
        // Forward in a future clause, or from the dateline's own day in a clause with no past ("the festival is on Friday
        // and Saturday", written on a Friday).
        // ("opens Thursday, with the premiere on Saturday": a day in a "with" phrase never comes before the one it follows.)
        if tenses.contains(.future) || !tenses.contains(.past) && !tenses.contains(.closed) && resolved[0] == dateline {
            for index in 1..<days.count where reversed(days[index - 1], days[index])
                || mentions[index - 1].followedInOrder && days[index] < days[index - 1] {
                days[index] = CalendarDate(calendar.adding(.day, 7, to: days[index].icu))
            }
        } else {
            for index in stride(from: days.count - 2, through: 0, by: -1) where reversed(days[index], days[index + 1]) {
                days[index] = CalendarDate(calendar.adding(.day, -7, to: days[index].icu))
            }
        }
        guard days != resolved else { return outcomes }
        reference = savedReference
        return mentions.indices.map { index in
            resolve(days[index] == resolved[index] ? mentions[index] : pinned(mentions[index], to: days[index].icu), tense: tenses[index])
        }
    }

    /// Whether a range of clock times is a night's on the day its end names: a start with no day of its own, an end put
    /// on a weekday, a date or a holiday ("from 9 p.m. to 6 a.m. on March 3"), earlier in the day than the start, or a
    /// midnight that opens it ("from midnight to 6 a.m. on Sunday": the start is the named day's 00:00).
    static func startsEveningBefore(_ first: Mention, _ second: Mention) -> Bool {
        guard first.kind == .time, second.kind == .time, let startHour = first.hour, let endHour = second.hour,
              first.weekday == nil, first.day == nil, first.month == nil, first.holiday == nil, first.year == nil,
              second.weekday != nil || second.day != nil || second.holiday != nil else { return false }
        // A midnight that opens the range ("from midnight to 6 a.m. on Sunday") is hour 24 of the evening before, the
        // named day's first hour.
        return startHour == 24 && endHour < 24
            || endHour * 60 + (second.minute ?? 0) < startHour % 24 * 60 + (first.minute ?? 0)
    }

    /// A weekday mention fixed to one day.
    private func pinned(_ mention: Mention, to day: ICUDay) -> Mention {
        var fixed = mention
        fixed.anchor = .absolute
        fixed.year = day.year
        fixed.month = day.month
        fixed.day = day.day
        fixed.weekday = nil
        return fixed
    }

    // MARK: Periods

    struct Failure: Error { let reason: String }

    /// The reason a date counted outside TIMEX3's four-digit years (after 9999 or before 9999 BC; `year` astronomical, 0
    /// being 1 BC) is left unresolved.
    static func beyondFourDigitYears(_ year: Int) -> String {
        year > 0 ? "the date falls in the year \(year), and a TIMEX3 value's year has four digits (9999 at most)"
            : "the date falls in \(1 - year) BC, and a TIMEX3 value's year has four digits (9999 BC at most)"
    }

    private func type(of mention: Mention) -> TimexType {
        switch mention.kind {
        case .date: .date
        case .time: .time
        case .duration: .duration
        case .set: .set
        }
    }

    /// The date the anchor of a mention points at.
    private func anchorDate(_ mention: Mention) -> CalendarDate {
        switch mention.anchor {
        case .reference:
            // News: "overnight" in a sentence naming no day: the night before the story's first day.
            if mention.fromStoryDay { return storyDayAcrossWeekend ?? dateline }
            // News: "… will begin fresh talks tomorrow. The party said a day earlier …", "… ahead of the holiday season.
            // Rival Amazon cut prices a day earlier": a day counted back in a past clause is not counted from a date still
            // to come (the text looked ahead in passing), but from the dateline's day.
            if !narrative, clauseTense == .past, mention.offset < 0, mention.unit == .day, mention.weekday == nil,
               reference != nil, referenceDate > dateline { return dateline }
            // "at 10 p.m.", "at midday": a clock time needs a day; after "1998" or "last month" it is the last day
            // the text named, or the dateline's.
            // News: "in the morning" after a coarser date likewise.
            if mention.unit == .time || !narrative && mention.unit == .partOfDay, let reference,
               reference.granularity.rank < Granularity.day.rank { return lastDay ?? dateline }
            // News: a report's "on the day" after a coarser date ("Analysts see growth of 1.5 percent next year. Bund
            // futures rose 40 ticks on the day"): the day reported on, the dateline's.
            if !narrative, mention.reportDay, let reference, reference.granularity.rank < Granularity.day.rank { return dateline }
            // News: "the next month" after "over the next year", a coarser period still to come, counts from the
            // dateline; from the period's first day it would skip to its second month. (After a past year, "in 2019 …
            // the following month", the story's year stays the anchor.)
            if !narrative, mention.offset != 0, mention.unit == .week || mention.unit == .month || mention.unit == .quarter,
               let reference, reference.granularity.rank < mention.unit.rank, referenceDate > dateline { return dateline }
            // News: "The last overhaul was in 1986. By the end of the next decade, interest payments could exceed …": a
            // year, decade or century counted ahead in a future clause counts from the dateline, not from a year gone by.
            if !narrative, clauseTense == .future, mention.offset > 0,
               mention.unit == .year || mention.unit == .decade || mention.unit == .century,
               reference != nil, referenceDate.year < dateline.year { return dateline }
            return fineAnchor(mention) ?? referenceDate
        case .dateline: return dateline
        case .implicit, .absolute: return narrative ? referenceDate : dateline
        }
    }

    /// A day-, week- or month-granular mention after a coarser story's time ("this year ... the same day", "two days
    /// later", "that week", "the previous month") counts from the last date the text named at its granularity when that
    /// date lies in the story's period, else, when the period is coarser than a month, from the dateline when the period
    /// holds it; not from the period's first day (`unknownWithinStory` when neither).
    private func fineAnchor(_ mention: Mention) -> CalendarDate? {
        guard let reference, reference.granularity.rank < mention.unit.rank, reference.granularity.rank <= Granularity.month.rank
        else { return nil }
        let last: CalendarDate?
        switch mention.unit {
        case .day, .partOfDay, .time: last = lastDay
        case .week, .weekend: last = lastWeek
        case .month: last = lastMonth
        default: return nil
        }
        let interval = reference.interval(calendar)
        if let last, interval.start <= last, last <= interval.end { return last }
        // (A month is no story's time the dateline's day stands for: "Earlier this month, … Two days later".)
        if reference.granularity != .month, interval.start <= dateline, dateline <= interval.end { return dateline }
        return nil
    }

    /// A day, week or month counted from a story's time that is a year (or a half, quarter or season of it) or a month,
    /// with no date at that granularity to count from (`fineAnchor`): TimeML writes the unknown part as X (`2019-XX-XX`,
    /// `2019-WXX`, `2019-XX`, `2019-03-XX`, as WikiWars annotates "four days later", "later that month"), within that
    /// year or month, which stays the story's time.
    private func unknownWithinStory(_ mention: Mention) -> (value: String, period: Period)? {
        guard mention.anchor == .reference, mention.weekday == nil, mention.month == nil, mention.day == nil, mention.season == nil,
              mention.holiday == nil, !mention.storyTime, !mention.monthFromReference,
              mention.unit == .day || mention.unit == .week || mention.unit == .month, let reference,
              reference.granularity.rank < mention.unit.rank, anchorDate(mention) == referenceDate, fineAnchor(mention) == nil
        else { return nil }
        let story: Period
        switch reference {
        case .year(let year), .half(let year, _), .quarter(let year, _), .season(let year, _): story = .year(year)
        case .month(let year, _): story = mention.unit == .day ? reference : .year(year)
        default: return nil
        }
        let suffix = story.granularity == .month ? "-XX" : mention.unit == .day ? "-XX-XX" : mention.unit == .week ? "-WXX" : "-XX"
        return (story.value + suffix, story)
    }

    /// News: a year or a season counted back from a story's time that is a past decade or a part of one ("In the late
    /// 1950s, … Two years later", "By the mid-1960s … That autumn"): the decade gives no year to count from, so the year
    /// is unknown (`XXXX`, `XXXX-FA`) rather than counted from the decade's first year; the decade stays the story's time.
    private func unknownAfterDecade(_ mention: Mention) -> String? {
        guard !narrative, mention.anchor == .reference, case .decade(let decade)? = reference, decade * 10 + 9 < dateline.year,
              mention.unit == .year || mention.season != nil, mention.month == nil, mention.day == nil, mention.weekday == nil,
              mention.holiday == nil, !mention.storyTime, mention.relativeYear == nil
        else { return nil }
        guard let season = mention.season else { return "XXXX" }
        return "XXXX-" + Season.codes[season]
    }

    /// News: a day or a part of one (`Late Monday`, `late last night`) before the story's day, which the text named at a
    /// day's granularity or finer: in the past perfect, a flashback ("The verdict came on Tuesday. Late Monday, the jury had
    /// asked to go home. That evening, …": Tuesday's evening).
    private func precedesStoryDay(_ period: Period, story: Period?) -> Bool {
        guard let story, story.granularity.rank >= Granularity.day.rank else { return false }
        switch period {
        case .day(let date), .partOfDay(let date, _): return date < referenceDate
        default: return false
        }
    }

    private var referenceDate: CalendarDate {
        guard let reference else { return dateline }
        switch reference {
        case .day(let date), .partOfDay(let date, _), .time(let date, _, _, _): return date
        default: return reference.interval(calendar).start
        }
    }

    /// News: "the last Thursday of next month", "the final Friday of the year", "the first weekend of next month": a weekday
    /// (or the weekend of a Saturday, ``Mention/weekOfDay``) counted in a month or year that is not named (``Mention/unit``
    /// the month's or year's): the period placed first, then the weekday counted in it (a year's first ones in January,
    /// its last in December). "The weekend of the month" follows the tense as "the first Sunday of the month" does ("this
    /// month" stays the dateline's).
    private func countedWeekday(_ mention: Mention, tense: Tense) -> Result<Period, Failure>? {
        guard let nth = mention.nthWeekday, let weekday = mention.weekday, mention.month == nil, !mention.monthFromReference,
              mention.unit == .month || mention.unit == .year
        else { return nil }
        var whole = mention
        whole.nthWeekday = nil
        whole.weekday = nil
        whole.weekOfDay = false
        let placed = period(for: whole, tense: tense)
        guard case .success(let period) = placed else { return placed }
        var year: Int, month: Int
        switch period {
        case .month(let y, let m): (year, month) = (y, m)
        case .year(let y): (year, month) = (y, nth < 0 ? 12 : 1)
        default: return nil
        }
        var date = holidayDate(.nthWeekday(month: month, weekday: weekday, nth: nth), year: year)
        guard date.month == month else { return .failure(impossible(mention, year: year)) }
        if mention.unit == .month, mention.storyUnit, mention.offset == 0, year == dateline.year, month == dateline.month,
           tense == .future && date < dateline || tense == .past && date > dateline {
            let moved = calendar.adding(.month, tense == .future ? 1 : -1, to: ICUDay(year: year, month: month, day: 1))
            date = holidayDate(.nthWeekday(month: moved.month, weekday: weekday, nth: nth), year: moved.year)
        }
        guard mention.weekOfDay else {
            var day = mention
            day.unit = .day
            return .success(onDay(date, day))
        }
        let week = calendar.isoWeek(of: date.icu)
        return .success(.weekend(year: week.year, week: week.week))
    }

    /// The night's part-of-day number (`NI` in ``PartOfDay/codes``): a morning time after it is the next day's.
    private static let nightPart = PartOfDay.codes.firstIndex(of: "NI")!
    private static let monthOrFiner: Set<Granularity> = [.month, .week, .weekend, .day, .partOfDay, .time]

    func period(for mention: Mention, tense: Tense) -> Result<Period, Failure> {
        if let counted = countedWeekday(mention, tense: tense) { return counted }
        // News: "the fiscal year that begins Oct. 1", "the fiscal year beginning April 1", when its date is not placed first
        // (`TimelineExtractor`): the fiscal year opening on the nearer such month.
        if let month = mention.fiscalOpeningMonth, mention.anchor == .dateline {
            let ahead = month != dateline.month && (month - dateline.month + 12) % 12 <= 6
            let start = ahead ? (month > dateline.month ? dateline.year : dateline.year + 1)
                : (month <= dateline.month ? dateline.year : dateline.year - 1)
            return .success(.year(Mention.fiscalYear(openingIn: start, month: month)))
        }
        if mention.monthFromReference {
            // "on the 20th": that day of the story's month.
            // In news, a reference coarser than a month ("the 1990s", "2022") names no month: the dateline's.
            var base = narrative || reference.map { Self.monthOrFiner.contains($0.granularity) } == true ? referenceDate : dateline
            // News: "Police will deploy officers on the 25th" after "the December 2007 election": a day still ahead is in
            // no month already over, a day past in no month still to come; the dateline's month.
            if !narrative, base != dateline {
                let months = (base.year - dateline.year) * 12 + base.month - dateline.month
                if tense == .future && months < 0 || tense == .past && months > 0 { base = dateline }
            }
            // News: "will publish its figures on the 18th" written on the 22nd: next month's; "said on the 25th" written on
            // the 22nd: last month's.
            if !narrative, mention.weekday == nil, let number = mention.day, base.year == dateline.year, base.month == dateline.month,
               tense == .future && number < dateline.day || tense == .past && number > dateline.day {
                let moved = calendar.adding(.month, tense == .future ? 1 : -1, to: ICUDay(year: base.year, month: base.month, day: 1))
                base = CalendarDate(year: moved.year, month: moved.month, day: 1)
            }
            // News: "He will arrive on the first Sunday of the month" written on the 15th, after it: next month's; "the
            // talks ended on the last Friday of the month" written before it: last month's.
            if !narrative, let nth = mention.nthWeekday, let weekday = mention.weekday, mention.day == nil, base.year == dateline.year,
               base.month == dateline.month {
                let date = holidayDate(.nthWeekday(month: base.month, weekday: weekday, nth: nth), year: base.year)
                if tense == .future && date < dateline || tense == .past && date > dateline {
                    let moved = calendar.adding(.month, tense == .future ? 1 : -1, to: ICUDay(year: base.year, month: base.month, day: 1))
                    base = CalendarDate(year: moved.year, month: moved.month, day: 1)
                }
            }
            var day = mention
            day.monthFromReference = false
            day.anchor = .absolute
            day.month = base.month
            day.year = base.year
            // "on Friday the 5th" written late in March: the month, of the story's and the two beside it, where the
            // 5th is a Friday.
            if let weekday = mention.weekday, let number = mention.day {
                for months in [0, 1, -1] {
                    let first = calendar.adding(.month, months, to: ICUDay(year: base.year, month: base.month, day: 1))
                    let candidate = CalendarDate(year: first.year, month: first.month, day: number)
                    if candidate.isValid, isoWeekday(candidate) == weekday {
                        day.month = candidate.month
                        day.year = candidate.year
                        break
                    }
                }
            }
            return calendarPeriod(day, anchor: base, tense: tense)
        }
        let anchor = anchorDate(mention)
        switch mention.anchor {
        case .dateline, .reference:
            // "the previous Friday": a weekday counted from the story's day.
            if mention.weekday != nil, mention.weekdayRelation != nil, mention.unit != .weekend {
                return calendarPeriod(mention, anchor: anchor, tense: tense)
            }
            // "that summer", "the following December": a calendar name placed from the story's time.
            if mention.relativeYearDirection != nil, mention.month != nil || mention.season != nil || mention.holiday != nil {
                return calendarPeriod(mention, anchor: anchor, tense: tense)
            }
            var period = shifted(mention, from: anchor)
            // News: "the week ahead", "the year ahead": the unit holding the day half a unit on (four days for a week).
            if mention.ahead {
                let days = mention.unit == .week ? 4 : mention.unit == .month ? 15 : 182
                period = shifted(mention, from: CalendarDate(calendar.adding(.day, days, to: anchor.icu)))
            }
            // News: "He bought the magazine in 1971, and by the end of the year sales had doubled", "In the early 1990s it
            // expanded, and by the end of the decade …": in a past clause, after the text went back to a period inside an
            // earlier year (decade, month), the story's one, not the dateline's.
            if mention.storyUnit, tense == .past || tense == .closed, mention.offset == 0, let reference,
               reference.granularity.rank >= mention.unit.rank {
                let story = shifted(mention, from: referenceDate)
                if story.interval(calendar).end < period.interval(calendar).start { period = story }
            }
            // "Voters went to the polls this weekend" on a Monday: in a past clause, the weekend just past.
            // (Not the anniversary's weekend: "The wall fell 25 years ago this weekend" on a Friday is the coming one.)
            if !narrative, tense == .past, mention.anchor == .dateline, mention.unit == .weekend, mention.offset == 0,
               isoWeekday(dateline) <= 5, !mention.anniversary {
                var previous = mention
                previous.offset = -1
                period = shifted(previous, from: anchor)
            }
            // "U.S. auto sales rose 13 percent for the year", "Sales for the full year were $6.6 billion", written in January
            // or February: in a past clause, the year just ended, whose figures are reported then.
            if mention.reportedYear, tense == .past, mention.offset == 0, dateline.month <= 2 {
                var ended = mention
                ended.offset = -1
                period = shifted(ended, from: anchor)
            }
            // "Debt stood at $5 billion at the end of the year", written in January: in a past clause, the end of a year
            // (a month) whose last third is still ahead is the previous one's.
            if !narrative, tense == .past, mention.part == .end, mention.cut == nil, mention.offset == 0, mention.storyUnit,
               mention.unit == .year || mention.unit == .month,
               narrow(period.interval(calendar), part: .end, cut: nil).start > dateline {
                var ended = mention
                ended.offset = -1
                period = shifted(ended, from: anchor)
            }
            // "Leaders will meet this week" on a Sunday: in a future clause, the week that starts the next day (the ISO week
            // holding the dateline has only the dateline's day left).
            if !narrative, tense == .future, mention.anchor == .dateline, mention.unit == .week, mention.offset == 0,
               mention.relativeYear == nil, isoWeekday(dateline) == 7 {
                var coming = mention
                coming.offset = 1
                period = shifted(coming, from: anchor)
            }
            // "The fire started shortly after 10 p.m. on Saturday … under control by 2 a.m.", "Later that night, … Shortly
            // after 2 a.m., the networks called the race": a small-hours time after an evening time, or the evening or the
            // night, of the story's day is the next day's. So is a morning time after the night itself ("Heavy rain hit
            // the coast overnight. 09:15 BST: trains were cancelled", "Police were called last night. By 9 a.m. …").
            if mention.anchor == .reference, mention.offset == 0, case .time(let date, let hour, let minute, let second) = period,
               hour < 6 || hour < 12 && reference == .partOfDay(date, part: Self.nightPart),
               let reference, reference.startsEvening(of: date) || eveningReached?.startsEvening(of: date) == true {
                period = .time(CalendarDate(calendar.adding(.day, 1, to: date.icu)), hour: hour, minute: minute, second: second)
            }
            // "fired around midnight" in a past clause: the midnight that began the dateline's day, not the one ending it.
            if tense == .past, mention.hour == 24, case .time(let date, 0, 0, _) = period, date == CalendarDate(calendar.adding(.day, 1, to: dateline.icu)) {
                return .success(.time(dateline, hour: 0, minute: 0))
            }
            // News: "said at a news conference shortly after 2 a.m." after a date still to come ("in force until Jan. 31,
            // 2024"): a clock time of a past clause on the story's day is not after the dateline's day.
            // ... and one of a future clause is not before it ("Mourinho said on Thursday … The second leg kicks off at 7:45
            // p.m."). An end point read with a past or present verb is no later either: "The fiscal year ends on March 31.
            // … the FTSE 100 was 0.4 percent lower by midday", "Shares rose 2 percent by 1000 GMT" (a future verb makes
            // the end point a future).
            if !narrative, tense == .past || tense == .future || tense == .endPoint, mention.anchor == .reference, mention.offset == 0 {
                let wrongSide = { (date: CalendarDate) in tense == .future ? date < self.dateline : date > self.dateline }
                switch period {
                case .time(let date, let hour, let minute, let second) where wrongSide(date):
                    return .success(.time(dateline, hour: hour, minute: minute, second: second))
                case .partOfDay(let date, let part) where wrongSide(date):
                    return .success(.partOfDay(dateline, part: part))
                default: break
                }
            }
            return .success(period)
        case .absolute, .implicit:
            return calendarPeriod(mention, anchor: anchor, tense: tense)
        }
    }

    /// "last year", "this week", "two days ago", "the next day", "tonight".
    private func shifted(_ mention: Mention, from anchor: CalendarDate) -> Period {
        if mention.storyTime { return reference ?? .day(anchor) }
        let offset = mention.offset
        let day = anchor.icu
        // "a year earlier", "a year ago" after "the third quarter": the same quarter a year before. ("Two years ago" after a
        // quarter, or "a year ago" after one still ahead, is no year-ago quarter: "The plant will open in the fourth
        // quarter. Construction began two years ago.")
        if mention.unit == .year, mention.quantified, mention.part == nil, mention.cut == nil, offset != 0, let reference,
           mention.anchor == .reference || reference.granularity == .quarter && abs(offset) == 1
            && reference.interval(calendar).start <= dateline {
            switch reference {
            case .quarter(let year, let quarter): return .quarter(year: year + offset, quarter: quarter)
            case .half(let year, let half): return .half(year: year + offset, half: half)
            default: break
            }
        }
        // News: "Retail sales in February rose 4 percent from a year ago", "orders in January fell 2 percent from a month
        // ago": the month reported on (not one ahead), that far back, as after a quarter. ("a year earlier" after a month
        // stays the year, as the gold writes it: "wages 3.8 percent higher than a year earlier" after "last month".)
        if !narrative, mention.comparedFigure, mention.part == nil, mention.cut == nil, offset < 0,
           case .month(let year, let month)? = reference, year * 12 + month <= dateline.year * 12 + dateline.month {
            let index = year * 12 + month - 1 + (mention.unit == .year ? 12 * offset : offset)
            return .month(year: floorDiv(index, 12), month: index - floorDiv(index, 12) * 12 + 1)
        }
        // News: "Last year net was $235 million ... The year-earlier results were restated": the adjective names the
        // year the text has already gone back to, not the one before it.
        if mention.yearAgoAdjective, !narrative, mention.unit == .year, case .year(let year)? = reference, year < dateline.year {
            return .year(year)
        }
        // "last year's quarter", "the quarter a year ago": the quarter reported on, a year (four quarters) before.
        if mention.unit == .quarter, mention.anchor == .reference, offset != 0, case .quarter(let year, let quarter)? = reportedQuarter {
            let index = year * 4 + quarter - 1 + offset
            return .quarter(year: floorDiv(index, 4), quarter: index - floorDiv(index, 4) * 4 + 1)
        }
        // "Sales rose this year … in the same period last year": the period the text is about, when it is no quarter, a
        // year before.
        if mention.periodFromReference, reportedQuarter == nil {
            switch reference {
            case .year(let year)?: return .year(year - 1)
            case .half(let year, let half)?: return .half(year: year - 1, half: half)
            case .season(let year, let season)?: return .season(year: year - 1, season: season)
            case .month(let year, let month)?: return .month(year: year - 1, month: month)
            default: break
            }
        }
        // "the quarter", "the latest quarter": the quarter the text is about, else the last complete one.
        if mention.unit == .quarter, mention.anchor == .reference, offset == 0 {
            if case .quarter? = reference { return reference! }
            let index = dateline.year * 4 + (dateline.month - 1) / 3 - 1
            return .quarter(year: floorDiv(index, 4), quarter: index - floorDiv(index, 4) * 4 + 1)
        }
        // "this time last year", "a year ago this week", "on this day in 1969", "20 years ago tonight": the anchor's day,
        // week, month or part of a day in another year.
        if let years = mention.relativeYear ?? mention.inYear.map({ $0 - day.year }),
           mention.unit == .day || mention.unit == .week || mention.unit == .month || mention.unit == .partOfDay {
            // "the same week last year" after "last week": the week of that number (a year back from its Monday is a
            // Sunday, the week before).
            if mention.unit == .week, offset == 0, mention.anchor == .reference {
                let week = calendar.isoWeek(of: day)
                return .week(year: week.year + years, week: min(week.week, 52))
            }
            var moved = mention
            moved.relativeYear = nil
            moved.inYear = nil
            return shifted(moved, from: CalendarDate(calendar.adding(.year, years, to: day)))
        }
        // "a year and a half ago", "half a month ago": the half counted in the next finer unit (six months, 15 days, four
        // days of a week's 3.5, a day of 1.5), the result kept at the unit's granularity.
        if mention.halfStep != 0 {
            let step = mention.halfStep
            switch mention.unit {
            case .year: return .year(calendar.adding(.month, 12 * offset + 6 * step, to: day).year)
            case .month:
                let moved = calendar.adding(.day, 15 * step, to: calendar.adding(.month, offset, to: day))
                return .month(year: moved.year, month: moved.month)
            case .week:
                let week = calendar.isoWeek(of: calendar.adding(.day, 7 * offset + 4 * step, to: day))
                return .week(year: week.year, week: week.week)
            case .day: return .day(CalendarDate(calendar.adding(.day, offset + step, to: day)))
            default: break
            }
        }
        switch mention.unit {
        case .day:
            return .day(CalendarDate(calendar.adding(.day, offset, to: day)))
        case .partOfDay:
            return .partOfDay(CalendarDate(calendar.adding(.day, offset, to: day)), part: mention.partOfDay ?? 1)
        case .time:
            // "3 p.m. yesterday": the day of the deictic.
            if let hour = mention.hour { return clock(on: CalendarDate(calendar.adding(.day, offset, to: day)), hour: hour, minute: mention.minute) }
            return .day(anchor)
        case .week, .weekend:
            let week = calendar.isoWeek(of: calendar.adding(.week, offset, to: day))
            return mention.unit == .week ? .week(year: week.year, week: week.week) : .weekend(year: week.year, week: week.week)
        case .month:
            let shifted = calendar.adding(.month, offset, to: ICUDay(year: day.year, month: day.month, day: 1))
            return .month(year: shifted.year, month: shifted.month)
        case .quarter:
            let index = day.year * 4 + (day.month - 1) / 3 + offset
            return .quarter(year: floorDiv(index, 4), quarter: index - floorDiv(index, 4) * 4 + 1)
        case .half:
            let index = day.year * 2 + (day.month - 1) / 6 + offset
            return .half(year: floorDiv(index, 2), half: index - floorDiv(index, 2) * 2 + 1)
        case .season:
            // News: "He won the title in 2009. The following season he tore his Achilles": after a year, a sport's season
            // counted from it is a year counted from it, not a calendar season counted from its first day (`2008-WI` for
            // "that season").
            if !narrative, mention.anchor == .reference, mention.month == nil, case .year(let year)? = reference {
                return .year(year + offset)
            }
            let (year, season) = seasonOf(anchor)
            let index = year * 4 + season - 1 + offset
            return .season(year: floorDiv(index, 4), season: index - floorDiv(index, 4) * 4 + 1)
        case .year:
            return .year(day.year + offset)
        case .decade:
            // Before the common era, the BC decade k as `Period` stores it: −(k + 1) (480 BC, astronomical −479: −49).
            let year = day.year + mention.yearShift
            return .decade(eraGroup(year, size: 10) + offset)
        case .century:
            // News: "the turn of the century" in a told history ("In 1880, … By the turn of the century"): the turn nearest
            // the story's time (1900, `19`), not the start of the dateline's century.
            if !narrative, mention.centuryTurn, reference != nil, referenceDate.year > 0, referenceDate.year < dateline.year - 50 {
                return .century((referenceDate.year + 50) / 100)
            }
            if mention.nearestTurn, day.year > 0 {
                return mention.millennium ? .millennium((day.year + 500) / 1000) : .century((day.year + 50) / 100)
            }
            // "the next millennium" in 2013: `3`, a millennium by its first digit (not the century after the dateline's).
            if mention.millennium {
                return .millennium(eraGroup(day.year, size: 1000) + offset)
            }
            return .century(eraGroup(day.year, size: 100) + offset)
        case .none:
            return .day(anchor)
        }
    }

    /// News: the day a story reports on when it is not the dateline's: the lede's day when only a weekend lies between it
    /// and the dateline (a Monday paper's report on Friday's markets, where "overnight losses in New York" is Thursday
    /// night, as TimeBank annotates it); `nil` otherwise, and "overnight" is the night before the dateline's day.
    private var storyDayAcrossWeekend: CalendarDate? {
        // (A weekday's: a lede's Saturday in a Monday story leaves the dateline's night before.)
        guard let storyDay, storyDay < dateline, isoWeekday(storyDay) <= 5 else { return nil }
        var day = calendar.adding(.day, 1, to: storyDay.icu)
        var weekendDays = 0
        while CalendarDate(day) < dateline, weekendDays < 3 {
            guard isoWeekday(CalendarDate(day)) >= 6 else { return nil }
            weekendDays += 1
            day = calendar.adding(.day, 1, to: day)
        }
        return weekendDays > 0 && CalendarDate(day) == dateline ? storyDay : nil
    }

    /// "the day after Christmas", "two weeks before Easter": the day, week or month that many units from the day resolved.
    private func counted(_ period: Period, by count: (unit: TimeUnit, count: Int)?, weekday: Int?, fromLastDay: Bool) -> Period {
        guard let count else { return period }
        let day = fromLastDay ? period.interval(calendar).end.icu : period.interval(calendar).start.icu
        // The first day after (before) it that is the weekday named, or that ends (starts) a weekend.
        func next(_ weekday: Int) -> ICUDay {
            var date = calendar.adding(.day, count.count, to: day)
            while isoWeekday(CalendarDate(date)) != weekday { date = calendar.adding(.day, count.count, to: date) }
            return date
        }
        if let weekday { return .day(CalendarDate(next(weekday))) }
        switch count.unit {
        case .weekend:
            let week = calendar.isoWeek(of: next(count.count > 0 ? 6 : 7))
            return .weekend(year: week.year, week: week.week)
        case .week:
            let week = calendar.isoWeek(of: calendar.adding(.week, count.count, to: day))
            return .week(year: week.year, week: week.week)
        case .month:
            let moved = calendar.adding(.month, count.count, to: day)
            return .month(year: moved.year, month: moved.month)
        default:
            let moved = CalendarDate(calendar.adding(.day, count.count, to: day))
            // "the night before Christmas": that part of the day before.
            if case .partOfDay(_, let part) = period { return .partOfDay(moved, part: part) }
            return .day(moved)
        }
    }

    /// A day, or the part of it or the clock time on it the mention names.
    private func onDay(_ date: CalendarDate, _ mention: Mention) -> Period {
        if let part = mention.partOfDay { return .partOfDay(date, part: part) }
        if let hour = mention.hour { return clock(on: date, hour: hour, minute: mention.minute) }
        return .day(date)
    }

    /// A clock time on a day; midnight (hour 24) ends the day, so it is 00:00 of the next.
    private func clock(on date: CalendarDate, hour: Int, minute: Int?) -> Period {
        let day = hour == 24 ? CalendarDate(calendar.adding(.day, 1, to: date.icu)) : date
        return .time(day, hour: hour % 24, minute: minute ?? 0)
    }

    /// Calendar names: "February 28, 2023", "September", "Friday", "the first quarter", "Christmas", "the 1990s".
    private func calendarPeriod(_ mention: Mention, anchor: CalendarDate, tense: Tense) -> Result<Period, Failure> {
        if let century = mention.century { return .success(mention.millennium ? .millennium(century) : .century(century)) }
        if let decade = mention.decade { return .success(.decade(decade)) }
        if let decade = mention.decadeInCentury { return .success(.decade(floorDiv(anchor.year, 100) * 10 + decade)) }
        if let short = mention.shortDecade {
            // "the '90s": the latest such decade not after the anchor.
            var decade = floorDiv(anchor.year, 100) * 10 + short
            if decade * 10 > anchor.year { decade -= 10 }
            return .success(.decade(decade))
        }
        // A bare weekday: the tense decides (past: the latest one, today included; future: the next one).
        if let weekday = mention.weekday, mention.month == nil, mention.day == nil, mention.holiday == nil {
            let today = isoWeekday(anchor)
            var delta: Int
            switch mention.weekdayRelation {
            case .previous?: delta = -((today - weekday + 7) % 7 == 0 ? 7 : (today - weekday + 7) % 7)
            case .next?: delta = (weekday - today + 7) % 7 == 0 ? 7 : (weekday - today + 7) % 7
            case .week(let weeks)?:
                delta = weekday - today + 7 * weeks
                // "The rally took place this Sunday" on a Monday: in a past clause, the one just past.
                if weeks == 0, tense == .past, delta > 0, mention.anchor != .reference { delta -= 7 }
                // "Leaders will meet this Monday" on a Wednesday: in a future clause, the coming one.
                if weeks == 0, tense == .future, delta < 0, mention.anchor != .reference { delta += 7 }
            case nil:
                // "two weeks ago Friday" (weeks back): counted from the last such day, whatever the tense.
                delta = tense == .future && mention.weeksAfter >= 0 ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7)
                // An end point ("until 9 a.m. Tuesday", "by Monday"): the nearest one.
                if tense == .endPoint, mention.weeksAfter >= 0, (weekday - today + 7) % 7 < (today - weekday + 7) % 7 { delta = (weekday - today + 7) % 7 }
                // "The plant has been shut since Monday" on a Monday: a span up to now starts before today ("since
                // early Monday", "since Monday morning" may be today's).
                if mention.sinceStart, tense == .past, delta == 0, mention.weeksAfter == 0, mention.unit == .day, mention.part == nil,
                   mention.hour == nil {
                    delta = -7
                }
            }
            // "a week from Tuesday": the Tuesday meant, a week on.
            let date = CalendarDate(calendar.adding(.day, delta + 7 * mention.weeksAfter, to: anchor.icu))
            if mention.unit == .weekend {
                let week = calendar.isoWeek(of: date.icu)
                return .success(.weekend(year: week.year, week: week.week))
            }
            // "Sunday afternoon", "noon Thursday", "10 p.m. Wednesday"
            return .success(onDay(date, mention))
        }
        // Fill in a missing year from the tense, the anchor and any written relation.
        var year: Int
        if let written = mention.year {
            year = written
            if written < 100 && mention.anchor == .implicit {
                // Two-digit years pivot on the anchor: the century that puts them within 80 years before to 20 after.
                year = floorDiv(anchor.year - 80, 100) * 100 + written
                if year < anchor.year - 80 { year += 100 }
            }
        } else if let relative = mention.relativeYear {
            year = (mention.yearFromReference ? referenceDate.year : anchor.year) + relative
        } else {
            year = anchor.year
            guard let candidate = period(mention, year: year) else { return .failure(impossible(mention, year: year)) }
            let interval = candidate.interval(calendar)
            let direction = mention.relativeYearDirection
            if mention.quarterEnding, mention.quarter != nil || mention.half != nil, let month = mention.month,
               let day = mention.day {
                // "the fiscal third quarter ended Feb. 28": the year of the day it ended on, the latest one not after the
                // anchor; "ending June 30": the nearest one.
                let end = CalendarDate(year: year, month: month, day: day)
                let months = (end.year - anchor.year) * 12 + end.month - anchor.month
                if mention.periodEnded ? end > anchor : months > 6 {
                    year -= 1
                } else if !mention.periodEnded, months < -6 {
                    year += 1
                }
            } else if direction == nil, mention.quarter != nil || mention.half != nil {
                // "the third quarter" in a report: the latest one that has begun, or the next one in a future clause when it
                // starts within 92 days or the latest one ended more than 60 days ago (too long ago to be reported on now:
                // "revenue will rise in the third quarter" in March), or the clause forecasts a change in a half ("is expected
                // to grow in the second half" in February; "will report second-half results" is still on the half just ended).
                if interval.start > anchor, tense != .future || calendar.days(from: anchor.icu, to: interval.start.icu) > 92 {
                    let earlier = period(mention, year: year - 1)?.interval(calendar)
                    // A half or quarter a verb of expecting looks to stays ahead ("expects a profit in the second half").
                    if !mention.expectedAhead, tense != .future || !mention.forecastChange
                        && earlier.map({ calendar.days(from: $0.end.icu, to: anchor.icu) <= 60 }) ?? true { year -= 1 }
                } else if tense == .future, interval.end < anchor,
                          mention.forecastChange || calendar.days(from: interval.end.icu, to: anchor.icu) > 60 {
                    // Across the new year: "growth will slow in the first quarter" in December is the coming one; a forecast
                    // of change for a half just ended ("expected to pick up in the first half" in August) is the next one.
                    year += 1
                }
            } else if narrative && direction == nil {
                // A history names a month without its year when it is the year of the last date mentioned;
                // the tense of a narrative (always past) says nothing about direction.
            } else if let direction {
                // "last September": before the anchor's own month; "next May": after it; "this summer": the anchor's year.
                if direction < 0 {
                    let current = startOfPeriodContaining(anchor, like: candidate)
                    if interval.start >= current { year -= 1 }
                    // "last winter" in February: the one before the winter the dateline is in (which began last December).
                    if let before = period(mention, year: year)?.interval(calendar), before.start >= current { year -= 1 }
                }
                // "He bought the magazine in 1971. The following spring …": a season after a year (its half, quarter or
                // season) is the first one after that whole period (a month stays in the year: "closed in 2019. The
                // following December, it reopened").
                let storyRank = reference?.granularity.rank ?? 0
                let after = mention.anchor == .reference && mention.season != nil && storyRank >= Granularity.year.rank
                    && storyRank < Granularity.month.rank ? reference!.interval(calendar).end : anchor
                if direction > 0 && interval.start <= after { year += 1 }
                // "this winter" in January: the winter the dateline is in, which began the year before (in a past clause,
                // also the one that ended at most 60 days before it: "sales rose this winter" in March; for a season in any
                // clause but a future one: "this winter has been the coldest in a decade", "this winter's floods").
                let recentSeason = tense == .past || mention.season != nil && tense != .future && tense != .futureOrRecent
                // "In 1985, the river flooded. That winter, …": a season named back after a year is that year's, not the
                // winter under way on its first day (`1984-WI`) nor an autumn that ended weeks before it.
                let seasonOfStoryYear = mention.anchor == .reference && mention.season != nil && reference?.granularity == .year
                if direction == 0, !seasonOfStoryYear, interval.start > anchor, let earlier = period(mention, year: year - 1)?.interval(calendar),
                   earlier.start <= anchor, anchor <= earlier.end
                    || recentSeason && calendar.days(from: earlier.end.icu, to: anchor.icu) <= 60 { year -= 1 }
                // "This Easter, churches will collect …" in December: the coming one; "sales rose this Christmas" in
                // January: the one just past (a few days before it, the season under way: this year's). A holiday is a
                // day, not a period the dateline sits in: the tense places it.
                // "The plant will reopen this summer" in December: in a future clause, a month or season already over is
                // next year's (a season a month after its end: our seasons are the meteorological ones, three weeks ahead
                // of the astronomical seasons "will stay open this summer" in early September may mean).
                if direction == 0, mention.holiday == nil, tense == .future, mention.month != nil || mention.season != nil,
                   mention.day == nil, let named = period(mention, year: year)?.interval(calendar), named.end < anchor,
                   mention.season == nil || calendar.days(from: named.end.icu, to: anchor.icu) > 31 { year += 1 }
                if direction == 0, mention.holiday != nil, let day = period(mention, year: year)?.interval(calendar) {
                    if tense == .future, day.end < anchor { year += 1 }
                    if tense == .past || tense == .closed, calendar.days(from: anchor.icu, to: day.start.icu) > 31 { year -= 1 }
                }
            } else if !narrative, tense == .past || tense == .closed || tense == .endPoint && mention.reachedInPast,
                      let story = (mention.day != nil ? storyYear(of: mention) : nil) ?? historyYear(of: mention) {
                year = story
            } else {
                switch tense {
                case .past:
                    // A date within two months after the dateline stays in its year even after a past
                    // verb: deadlines, record dates, schedules ("has set Nov. 10 as the deadline"); a month
                    // only when it is the next one and its clause reports a plan ("a summit set for April", a March
                    // dateline: ``Mention/plannedAhead``; "resigned in April" is last April). Further ahead, the past
                    // verb wins: "visited China in April" (a February dateline) is last April.
                    // A holiday is no deadline: after a past verb it is the last one ("churches were full on Easter Sunday"),
                    // unless what happened led up to it within the month ("shoppers rushed to stores before Christmas").
                    let monthsAhead = (interval.start.year - anchor.year) * 12 + interval.start.month - anchor.month
                    let daysAhead = calendar.days(from: anchor.icu, to: interval.start.icu)
                    if interval.start > anchor, mention.holiday != nil && !(mention.leadsUpTo && daysAhead <= 31)
                        || (mention.day == nil ? monthsAhead > 1 || mention.month != nil && !mention.plannedAhead && mention.holiday == nil
                            : daysAhead > 60) { year -= 1 }
                    // "The vote was scheduled for Jan. 15", written on Dec. 20: a plan's day within 60 days ahead across the
                    // new year is the coming one (``Mention/plannedAhead``).
                    if mention.day != nil, mention.plannedAhead, nextYearNear(mention, year: year, anchor: anchor) { year += 1 }
                    // "Sales have slumped since December" in December: a span up to now starts before the dateline's month
                    // ("since early December", "since December 1" may be this one's).
                    if mention.sinceStart, monthsAhead == 0, mention.month != nil, mention.day == nil, mention.part == nil,
                       mention.holiday == nil, mention.season == nil, mention.quarter == nil, mention.half == nil { year -= 1 }
                case .closed:
                    if interval.start > anchor { year -= 1 }
                case .future:
                    // A day at most a month before the dateline, written before what it dates, stays in its year in a
                    // future clause: what is ahead is what the clause does with it ("will study the minutes of the
                    // March 19-20 meeting", "traders will look to the March 14 data" in a March 22 story), not a day a
                    // year away. A day the clause itself is on is ahead ("will be sentenced on Jan. 9", "the exhibition
                    // runs until Jan. 15", "closes on Jan. 5", written on Jan. 12 or 25: next January's).
                    // ("Markets reopen after the Easter holiday", two days after Easter: the holiday just past.)
                    if interval.end < anchor, (mention.holiday == nil ? mention.day == nil || !attributiveDay : !mention.followsDay)
                        || calendar.days(from: interval.end.icu, to: anchor.icu) > 31 { year += 1 }
                    // Across the new year likewise, for a day written before what it dates: "will study the minutes of the
                    // Dec. 11-12 meeting" on Jan. 3 (not an end point, "will close by Dec. 31").
                    if attributiveDay, recentLastYear(mention, year: year, anchor: anchor, days: 31) { year -= 1 }
                case .futureOrRecent:
                    if interval.end < anchor, calendar.days(from: interval.end.icu, to: anchor.icu) > 60 { year += 1 }
                    // (A whole month too: "was due to open in December", written in January.)
                    if recentLastYear(mention, year: year, anchor: anchor, days: 60, wholeMonth: true) { year -= 1 }
                case .present, .none, .endPoint:
                    // The nearest occurrence.
                    let months = (interval.start.year - anchor.year) * 12 + interval.start.month - anchor.month
                    if months > 6 { year -= 1 } else if months < -6 { year += 1 }
                }
            }
        }
        guard let period = period(mention, year: year) else { return .failure(impossible(mention, year: year)) }
        if mention.yearOfHoliday { return .success(.year(year)) }
        return .success(period)
    }

    /// News: the year of a day written without one in a past clause, within three months after the day or week the
    /// story went back to in an earlier year ("the invasion of Iraq on March 20, 2003 … on April 9 a crowd pulled down the
    /// statue"; "on the morning of Jan. 14, 2012 … the previous week … when police interviewed her on Jan. 16"): that
    /// year (after a month, a day of that month or the two after it); `nil` when the story is in the dateline's year, at a
    /// month named before a noun ("the August 1988 cease-fire") or coarser, or the day is before it or further on.
    private func storyYear(of mention: Mention) -> Int? {
        guard let reference, let month = mention.month, let day = mention.day else { return nil }
        let start = referenceDate
        guard start.year < dateline.year else { return nil }
        let candidate = CalendarDate(year: start.year, month: month, day: day)
        guard candidate.isValid else { return nil }
        // After a month the story is in ("In April 1993 the U.N. declared … On April 18 …"), a day of that month or of
        // the two after it ("In March 2011 the reactor was damaged … On April 12 …").
        if reference.granularity == .month {
            return !referenceAttributive && (start.month...start.month + 2).contains(candidate.month) ? start.year : nil
        }
        guard reference.granularity.rank >= Granularity.week.rank else { return nil }
        let days = calendar.days(from: start.icu, to: candidate.icu)
        return days >= 0 && days <= 92 ? start.year : nil
    }

    /// News: a month, or a day of it, without a year in a past clause, after a year (or a season, half or quarter of one)
    /// at least two years before the dateline's, opening its sentence ("In 1994, … The killings began on April 7", "In
    /// 1950, war broke out. In June, troops crossed the border", "In the spring of 1994, … By mid-July, …"): a told
    /// history's year, not the dateline's. Not after a year named in passing ("the 1987 crash", "dating to 1994. In
    /// January, …"), nor a year just before the dateline's ("In 2012, profit fell. On March 1, the company said …").
    private func historyYear(of mention: Mention) -> Int? {
        guard let reference, mention.month != nil, mention.holiday == nil, mention.season == nil, mention.quarter == nil,
              mention.half == nil, referenceOpensHistory, reference.granularity.rank >= Granularity.year.rank else { return nil }
        let year = referenceDate.year
        return year <= dateline.year - 2 ? year : nil
    }

    /// Whether a day without a year that `year` puts after the anchor (`mention`: a day and month, no holiday) fell at most
    /// `days` days before it the year before: a recent day across the new year ("the Dec. 11-12 meeting" on Jan. 3), which a
    /// future clause keeps as it keeps a recent day of the same year. `wholeMonth`: a month without a day counts too.
    private func recentLastYear(_ mention: Mention, year: Int, anchor: CalendarDate, days: Int, wholeMonth: Bool = false) -> Bool {
        guard mention.day != nil || wholeMonth, mention.holiday == nil, let month = mention.month, month >= 11, anchor.month <= 2,
              let earlier = period(mention, year: year - 1)?.interval(calendar), earlier.end < anchor else { return false }
        return calendar.days(from: earlier.end.icu, to: anchor.icu) <= days
    }

    /// Whether a day of January or February written in late autumn is at most 60 days ahead in the year after `year`.
    private func nextYearNear(_ mention: Mention, year: Int, anchor: CalendarDate) -> Bool {
        guard let month = mention.month, month <= 2, anchor.month >= 11,
              let later = period(mention, year: year + 1)?.interval(calendar), later.start > anchor else { return false }
        return calendar.days(from: anchor.icu, to: later.start.icu) <= 60
    }

    /// The period a calendar name gives in a year, or `nil` for an impossible day.
    private func period(_ mention: Mention, year: Int) -> Period? {
        if let holiday = mention.holiday {
            let rule = Holiday.all[holiday].rule
            // A festival read from a table has no day outside the table's years ("Diwali 1995"): left unresolved.
            if case .table(let first, let days) = rule, !(first..<first + days.count).contains(year) { return nil }
            let date = holidayDate(rule, year: year)
            if mention.weekOfDay {
                // A Monday holiday's weekend is the one before it ("Memorial Day weekend").
                let weekDay = mention.unit == .weekend && isoWeekday(date) == 1 ? calendar.adding(.day, -1, to: date.icu) : date.icu
                let week = calendar.isoWeek(of: weekDay)
                return mention.unit == .weekend ? .weekend(year: week.year, week: week.week) : .week(year: week.year, week: week.week)
            }
            // "Christmas morning", "3 p.m. on Christmas Day"
            return onDay(date, mention)
        }
        // "the first Tuesday in November": counted as the holidays that fall on a weekday of a month are.
        if let nth = mention.nthWeekday, let weekday = mention.weekday, let month = mention.month {
            let date = holidayDate(.nthWeekday(month: month, weekday: weekday, nth: nth), year: year)
            guard date.month == month else { return nil }  // (no fifth Monday in that month)
            // "the first weekend of May": the weekend of its first Saturday.
            if mention.weekOfDay {
                let week = calendar.isoWeek(of: date.icu)
                return .weekend(year: week.year, week: week.week)
            }
            return onDay(date, mention)
        }
        if let quarter = mention.quarter { return .quarter(year: year, quarter: quarter) }
        if mention.quarterFromReference {
            // "the 1988 quarter": the quarter the text is about, else the last one it reported on.
            if case .quarter(_, let quarter)? = reference { return .quarter(year: year, quarter: quarter) }
            if case .quarter(_, let quarter)? = reportedQuarter { return .quarter(year: year, quarter: quarter) }
            return .year(year)
        }
        if let half = mention.half { return .half(year: year, half: half) }
        if let season = mention.season { return .season(year: year, season: season) }
        if let month = mention.month {
            guard let day = mention.day else { return .month(year: year, month: month) }
            let date = CalendarDate(year: year, month: month, day: day)
            guard calendar.isValid(date.icu) else { return nil }
            if mention.quarterEnding {
                // A fiscal quarter ending July 31 is mostly May to July: the calendar quarter 45 days back.
                let middle = calendar.adding(.day, -45, to: date.icu)
                return .quarter(year: middle.year, quarter: (middle.month - 1) / 3 + 1)
            }
            if let hour = mention.hour, hour < 24, (mention.minute ?? 0) < 60 {
                return .time(date, hour: hour, minute: mention.minute ?? 0, second: mention.second)
            }
            // "at midnight on 31 March": the end of that day.
            if mention.hour == 24, (mention.minute ?? 0) == 0 { return clock(on: date, hour: 24, minute: 0) }
            // "the night of 10 August 1792"
            if let part = mention.partOfDay { return .partOfDay(date, part: part) }
            if mention.weekOfDay {
                let week = calendar.isoWeek(of: date.icu)
                return mention.unit == .weekend ? .weekend(year: week.year, week: week.week) : .week(year: week.year, week: week.week)
            }
            return .day(date)
        }
        return .year(year)
    }

    private func impossible(_ mention: Mention, year: Int) -> Failure {
        if let holiday = mention.holiday {
            // (Only the festivals read from a table reach here: "Diwali", "Holi".)
            return Failure(reason: "the day of \(Holiday.all[holiday].words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")) in \(year) is not known")
        }
        let month = mention.month ?? 1
        // A numeric date can name any month ("2022-22-28").
        guard MonthNames.english.indices.contains(month), month > 0 else { return Failure(reason: "there is no month \(month)") }
        let monthName = MonthNames.english[month]
        return Failure(reason: "\(monthName) \(year) has no day \(mention.day ?? 0)")
    }

    private func startOfPeriodContaining(_ date: CalendarDate, like period: Period) -> CalendarDate {
        switch period {
        case .month: return CalendarDate(year: date.year, month: date.month, day: 1)
        case .season: return Period.season(year: seasonOf(date).year, season: seasonOf(date).season).interval(calendar).start
        case .quarter: return CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)
        default: return date
        }
    }

    private func holidayDate(_ rule: Holiday.Rule, year: Int) -> CalendarDate {
        switch rule {
        case .fixed(let month, let day):
            return CalendarDate(year: year, month: month, day: day)
        case .easter(let offset):
            let easter = Holiday.easterSunday(year: year)
            return CalendarDate(calendar.adding(.day, offset, to: ICUDay(year: year, month: easter.month, day: easter.day)))
        case .orthodoxEaster(let offset):
            // (The Julian April day is also a Gregorian one: April 25 at the latest.)
            let easter = Holiday.orthodoxEasterSunday(year: year)
            return CalendarDate(calendar.adding(.day, offset + easter.shift, to: ICUDay(year: year, month: easter.month, day: easter.day)))
        case .nthWeekday(let month, let weekday, let nth, let days):
            if nth > 0 {
                let first = CalendarDate(year: year, month: month, day: 1)
                let delta = (weekday - isoWeekday(first) + 7) % 7 + (nth - 1) * 7
                return CalendarDate(calendar.adding(.day, delta + days, to: first.icu))
            }
            let last = CalendarDate(year: year, month: month, day: calendar.daysInMonth(year: year, month: month))
            return CalendarDate(calendar.adding(.day, days - (isoWeekday(last) - weekday + 7) % 7, to: last.icu))
        case .weekdayOnOrAfter(let month, let day, let weekday):
            let start = CalendarDate(year: year, month: month, day: day)
            return CalendarDate(calendar.adding(.day, (weekday - isoWeekday(start) + 7) % 7, to: start.icu))
        case .lunar(let kind, let month, let day, let fromMonth, let fromDay, let within):
            // Counted in ICU's calendar of that kind, opened here: these holidays are rare, the handle is not kept.
            let start = ICUDay(year: year, month: fromMonth, day: fromDay)
            guard let millis = calendar.millis(start), let lunar = try? ICULunarCalendar(kind),
                  let offset = lunar.firstDay(month: month, day: day, fromMillis: millis, within: within)
            else { return CalendarDate(start) }
            return CalendarDate(calendar.adding(.day, offset, to: start))
        case .table(let first, let days):
            let day = days[year - first]  // (years outside the table are turned away in `period`)
            return CalendarDate(year: year, month: day / 100, day: day % 100)
        }
    }

    /// ISO weekday of a day: 1 Monday … 7 Sunday.
    func isoWeekday(_ date: CalendarDate) -> Int {
        let icu = calendar.weekday(of: date.icu)  // 1 Sunday … 7 Saturday
        return icu == 1 ? 7 : icu - 1
    }

    private func seasonOf(_ date: CalendarDate) -> (year: Int, season: Int) {
        switch date.month {
        case 3...5: return (date.year, 1)
        case 6...8: return (date.year, 2)
        case 9...11: return (date.year, 3)
        case 12: return (date.year, 4)
        default: return (date.year - 1, 4)
        }
    }

    // MARK: Intervals

    /// Cuts a period to its part ("early" is the first third) or at the dateline ("earlier this month").
    private func narrow(_ interval: DayInterval, part: Mention.Part?, cut: Mention.Cut?) -> DayInterval {
        if let cut {
            switch cut {
            case .untilAnchor: return DayInterval(start: interval.start, end: max(interval.start, min(interval.end, dateline)))
            case .fromAnchor: return DayInterval(start: min(interval.end, max(interval.start, dateline)), end: interval.end)
            }
        }
        guard let part else { return interval }
        let length = calendar.days(from: interval.start.icu, to: interval.end.icu) + 1
        guard length >= 3 else { return interval }
        let third = length / 3
        switch part {
        case .start:
            return DayInterval(start: interval.start, end: CalendarDate(calendar.adding(.day, third - 1, to: interval.start.icu)))
        case .middle:
            return DayInterval(start: CalendarDate(calendar.adding(.day, third, to: interval.start.icu)),
                               end: CalendarDate(calendar.adding(.day, -third, to: interval.end.icu)))
        case .end:
            return DayInterval(start: CalendarDate(calendar.adding(.day, -(third - 1), to: interval.end.icu)), end: interval.end)
        }
    }

    /// "the past three years": the days from three years before the dateline to the dateline.
    private func spanInterval(_ span: (unit: TimeUnit, count: Int), cut: Mention.Cut) -> DayInterval? {
        let field: ICUCalendar.Field
        var count = span.count
        switch span.unit {
        case .day: field = .day
        case .week, .weekend: field = .week
        case .fortnight: field = .week; count *= 2
        case .month: field = .month
        case .quarter: field = .month; count *= 3
        case .season: field = .month; count *= 3
        case .half: field = .month; count *= 6
        case .year: field = .year
        case .decade: field = .year; count *= 10
        case .century: field = .year; count *= 100
        case .millennium: field = .year; count *= 1000
        case .second, .minute, .hour: return DayInterval(start: dateline, end: dateline)
        }
        switch cut {
        case .untilAnchor:
            return DayInterval(start: CalendarDate(calendar.adding(field, -count, to: dateline.icu)), end: dateline)
        case .fromAnchor:
            return DayInterval(start: dateline, end: CalendarDate(calendar.adding(field, count, to: dateline.icu)))
        }
    }
}

/// Floor division (rounds towards minus infinity).
func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

/// The decade, century or millennium (`size` 10, 100, 1000) holding astronomical `year`, as `Period` stores it: the
/// year divided by `size` in the common era, −(k + 1) for the BC group k (astronomical −479, 480 BC, is decade −49).
func eraGroup(_ year: Int, size: Int) -> Int { year > 0 ? year / size : -((1 - year) / size) - 1 }

/// English month names for messages.
enum MonthNames {
    static let english = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]
}
