internal import ChronicleICU

/// The repairs that read a mention by the mentions around it: one function a repair, each saying which family it
/// mends, with what they carry from one mention to the next. ``TimelineExtractor`` makes one for an article and calls
/// them in text order, each mention once. (Inlined into its loop: apart, each read the mention out of its box again,
/// ~400 instructions a call.)
struct MentionRepairs {
    /// The article's recognised expressions, in text order.
    let found: [Recognized]
    let tokens: [Token]
    let recognizer: Recognizer
    let tense: TenseReader
    let calendar: ICUCalendar
    let dateline: CalendarDate
    /// News, not narrative mode: the fronted years and the weekday ranges are news' repairs.
    let news: Bool

    /// The last mention, when it was a clock time: its last token, the tense it was read with, the expression (not its
    /// mention: an optional tuple holding a mention was copied and destroyed through its metadata at every mention).
    private var previousTime: (last: Int, tense: Tense, match: Recognized)?
    /// The outcomes of the weekdays of a list ("Friday and Saturday") after its first, resolved with it (last first: taken
    /// with `popLast`).
    private var listed: [Resolver.Outcome] = []
    /// News: the sentence and year a year before the dateline's opens ("Last year, …", "In 2012, …").
    private var frontedYear: (sentence: Int32, year: Int)?
    /// News: the start of a range whose ends name a weekday each ("from 8 a.m. on Thursday until …"): its last token and
    /// the day it was put on.
    private var weekdayRangeStart: (last: Int, day: CalendarDate)?

    init(found: [Recognized], tokens: [Token], recognizer: Recognizer, tense: TenseReader, calendar: ICUCalendar,
         dateline: CalendarDate, news: Bool) {
        self.found = found
        self.tokens = tokens
        self.recognizer = recognizer
        self.tense = tense
        self.calendar = calendar
        self.dateline = dateline
        self.news = news
    }

    // MARK: Tense

    /// Clock times and their days: "from 6pm on Wednesday until midday on Thursday": the day after "on" is the day the
    /// clock time before it was put on, read with the clock time's tense. Returns the tense `match` is read with (its
    /// clause's, `clauseTense`, or the clock time's) and notes `match` when it is a clock time.
    @inline(__always)
    mutating func clockDayTense(of match: Recognized, clauseTense: Tense) -> Tense {
        var result = clauseTense
        if let clock = previousTime, clock.last < match.first - 1, match.first - clock.last <= 10,
           tokens[match.first - 1].key == K.on, clock.match.mention.sameDay(as: match.mention) { result = clock.tense }
        previousTime = match.mention.kind == .time ? (match.rangeEnd?.last ?? match.last, result, match) : nil
        return result
    }

    // MARK: Fronted years

    /// Bare months, days and holidays after a fronted year: "Last year, Hurricane Ernesto killed 12 people when it came
    /// ashore in August", "In 2012, the company opened a plant in May", "Last year, Ramadan began on March 23": a month, a
    /// day of one or a holiday without a year in a past clause of a sentence an earlier year opens is that year's; in a
    /// clause not past of a sentence a later year opens, likewise ("Next year, the plant will open in December", "In
    /// 2026, Diwali falls on Nov. 8"). `match` placed in that year, or nil.
    @inline(__always)
    func inFrontedYear(_ match: Recognized, tense clauseTense: Tense) -> Recognized? {
        guard let fronted = frontedYear, fronted.sentence == tokens[match.first].sentence,
              fronted.year < dateline.year ? clauseTense == .past : clauseTense != .past && clauseTense != .closed,
              Self.isYearless(match) else { return nil }
        var placed = match
        placed.mention.year = fronted.year
        placed.mention.anchor = .absolute
        return placed
    }

    /// Notes the year `expression` (of `match`) names when it opens its sentence and is another than the dateline's
    /// (news), for ``inFrontedYear(_:tense:)``.
    @inline(__always)
    mutating func noteFrontedYear(_ expression: TemporalExpression, of match: Recognized) {
        // (The token tests first: reading the mention copies it out of its box.)
        if news, match.rangeEnd == nil, let interval = expression.interval, interval.start.year == interval.end.year,
           interval.start.year != dateline.year, expression.type == .date,
           Self.opensSentence(match, tokens: tokens), match.mention.unit == .year {
            frontedYear = (tokens[match.first].sentence, interval.start.year)
        }
    }

    /// Whether the expression is a month, a day of one or a holiday without a year, relation or range ("in August", "on
    /// April 3", "Ramadan").
    static func isYearless(_ match: Recognized) -> Bool {
        let mention = match.mention
        return (mention.month != nil || mention.holiday != nil) && mention.year == nil && match.rangeEnd == nil
            && mention.relativeYear == nil && mention.relativeYearDirection == nil && mention.anchor == .implicit
    }

    /// Whether the expression opens its sentence, alone or after a preposition of time ("Last year, …", "In 2012, …",
    /// "During 2011 …").
    static func opensSentence(_ match: Recognized, tokens: [Token]) -> Bool {
        guard let start = tokens.sentenceStart(of: match.first, within: 3) else { return false }
        return start == match.first || start == match.first - 1 && yearOpeners.contains(tokens[start].key)
    }

    /// Prepositions that may stand before a year opening its sentence.
    static let yearOpeners = KeySet(words: ["in", "during", "throughout"])

    // MARK: Outcomes

    /// Lists of weekdays ("Friday and Saturday", "late Thursday or early Friday"): the list is resolved at its first
    /// mention, as one (``Resolver/resolveList(_:tenses:)``); its other mentions take their outcomes in turn. Nil for a
    /// mention outside a list.
    @inline(__always)
    mutating func listedOutcome(of match: Recognized, at position: Int, tense clauseTense: Tense,
                                resolver: inout Resolver) -> Resolver.Outcome? {
        if let next = listed.popLast() { return next }
        guard match.mention.listedWithNext else { return nil }
        var end = position
        while end < found.count - 1, found[end].mention.listedWithNext { end += 1 }
        let list = found[position...end]
        let outcomes = resolver.resolveList(list.map(\.mention), tenses: list.map {
            $0.first == match.first ? clauseTense : tense.tense(first: $0.first, last: $0.last)
        })
        listed = outcomes.dropFirst().reversed()
        return outcomes.first
    }

    /// Fiscal years named by their opening day: "the fiscal year beginning April 1": the fiscal year that opens on the
    /// date after it as the date is placed. Nil for any other mention.
    @inline(__always)
    func fiscalYearOutcome(of match: Recognized, at position: Int, tense clauseTense: Tense, resolver: inout Resolver) -> Resolver.Outcome? {
        guard let opening = match.mention.fiscalOpeningToken, let month = match.mention.fiscalOpeningMonth,
              position + 1 < found.count, found[position + 1].first == opening else { return nil }
        let date = found[position + 1]
        var probe = resolver
        let placed = probe.resolve(date.mention, tense: tense.tense(first: date.first, last: date.rangeEnd?.last ?? date.last))
        var mention = match.mention
        if let start = placed.interval?.start {
            mention.year = Mention.fiscalYear(openingIn: start.year, month: month)
            mention.anchor = .absolute
        }
        return resolver.resolve(mention, tense: clauseTense)
    }

    /// A quotation's deictic days: "We will decide tomorrow," the minister said on Thursday: the speaker's "tomorrow" is
    /// Friday (``speechDay(of:at:resolver:)``). Nil unless the speech is dated on another day than the dateline's.
    @inline(__always)
    func speechDayOutcome(of match: Recognized, at position: Int, tense clauseTense: Tense, resolver: inout Resolver) -> Resolver.Outcome? {
        guard let speechDay = speechDay(of: match, at: position, resolver: resolver), speechDay != dateline else { return nil }
        var mention = match.mention
        let day = CalendarDate(calendar.adding(.day, mention.offset, to: speechDay.icu))
        mention.anchor = .absolute
        (mention.year, mention.month, mention.day, mention.offset) = (day.year, day.month, day.day, 0)
        mention.unit = mention.kind == .time ? mention.unit : .day
        return resolver.resolve(mention, tense: clauseTense)
    }

    /// Weekday ranges written as two mentions (news): "from 8 a.m. on Thursday until 8 p.m. on Friday", "between 10 p.m.
    /// Saturday and 6 a.m. Monday": the end falls on the start's day or in the six days after it, whichever way each end
    /// alone would go ("will run …" on a Friday: the next Thursday to the Friday after it; "held him from 6 p.m. on
    /// Tuesday until 2 a.m. on Wednesday" on a Sunday: the Tuesday and the Wednesday just past). Notes a start; the
    /// outcome of an end moved a week, nil otherwise. Called only for a mention no other repair resolved.
    @inline(__always)
    mutating func weekdayRangeOutcome(of match: Recognized, tense clauseTense: Tense, resolver: inout Resolver) -> Resolver.Outcome? {
        guard news, match.rangeEnd == nil, match.mention.weekday != nil, match.mention.day == nil,
              match.mention.month == nil, match.mention.holiday == nil,
              let isEnd = Self.weekdayRangeEnd(of: match, after: weekdayRangeStart?.last, tokens: tokens) else { return nil }
        var probe = resolver
        let placed = probe.resolve(match.mention, tense: clauseTense).interval?.start
        if !isEnd {
            // A present schedule ("The strike runs from 8 a.m. on Monday until 8 p.m. on Wednesday" on a Thursday): a range
            // wholly past tells of the coming one, a week on (not one still running: "runs from 8 a.m. Monday until
            // Friday" on a Wednesday; not "ran from …").
            if clauseTense == .present || clauseTense == .none, Self.lastingFrom(before: match.first, tokens: tokens),
               let day = placed, day < dateline, let startWeekday = match.mention.weekday,
               let endWeekday = Self.weekdayRangeEndWeekday(after: match.last, tokens: tokens, infos: recognizer.infos),
               calendar.days(from: day.icu, to: dateline.icu) > (endWeekday - startWeekday + 7) % 7 {
                let moved = CalendarDate(calendar.adding(.day, 7, to: day.icu))
                weekdayRangeStart = (match.last, moved)
                return resolver.resolve(Self.mention(match.mention, on: moved), tense: clauseTense)
            }
            weekdayRangeStart = placed.map { (match.last, $0) }
        } else if let day = placed, let start = weekdayRangeStart?.day,
                  case let shift = day < start ? 7 : calendar.days(from: start.icu, to: day.icu) > 6 ? -7 : 0, shift != 0 {
            let moved = CalendarDate(calendar.adding(.day, shift, to: day.icu))
            return resolver.resolve(Self.mention(match.mention, on: moved), tense: clauseTense)
        }
        return nil
    }

    /// `mention` placed on `day`, its weekday kept (an end of a weekday range moved a week).
    private static func mention(_ mention: Mention, on day: CalendarDate) -> Mention {
        var mention = mention
        mention.anchor = .absolute
        (mention.year, mention.month, mention.day) = (day.year, day.month, day.day)
        return mention
    }

    /// Where a mention naming a weekday stands in a range written as two such mentions ("from 8 a.m. on Thursday until 8
    /// p.m. on Friday", "between 10 p.m. Saturday and 6 a.m. Monday"): `false` for a start ("from" or "between" up to
    /// eight tokens before it in its sentence), `true` for an end (a word of ending, ``weekdayRangeEnds``, up to eight
    /// tokens before it and after the start's last token `startLast`), nil otherwise.
    ///
    /// Not one walker with ``weekdayRangeEndWeekday(after:tokens:infos:)``, on purpose (round 134): this one classifies a
    /// mention at hand, walking back from its first token (the clock time of "8 p.m. on Friday"), and must tell a start
    /// from an end, the nearer word deciding ("between 10 p.m. Saturday and 6 a.m. Monday"); that one looks ahead from a
    /// start whose end is not yet resolved, only for the end's weekday on the word table, and counts its eight tokens
    /// from the word of ending to the weekday itself. Made one, either would change which ranges it finds; they share
    /// the word table, ``weekdayRangeEnds``.
    static func weekdayRangeEnd(of match: Recognized, after startLast: Int?, tokens: [Token]) -> Bool? {
        let sentence = tokens[match.first].sentence
        var index = match.first - 1
        while index >= 0, index >= match.first - 8, tokens[index].sentence == sentence {
            let key = tokens[index].key
            if key == K.from || key == K.between { return false }
            if weekdayRangeEnds.contains(key) {
                guard let startLast, index > startLast, tokens[startLast].sentence == sentence else { return nil }
                return true
            }
            index -= 1
        }
        return nil
    }

    /// The weekday that closes the range whose start ends at `startLast`: a weekday up to eight tokens after a word of
    /// ending (``weekdayRangeEnds``) in the same sentence ("from 8 a.m. on Monday until 8 p.m. on Wednesday"); nil otherwise.
    /// Asked only when a present schedule's start may move a week, before its end is reached: it reads the weekday from
    /// the word table (``WordInfo/weekday``), not from a mention, and does not stop at "from" or "between" (the start's
    /// own words are behind it). Why it is not ``weekdayRangeEnd(of:after:tokens:)`` walked the other way: see there.
    static func weekdayRangeEndWeekday(after startLast: Int, tokens: [Token], infos: [WordInfo]) -> Int? {
        let sentence = tokens[startLast].sentence
        var index = startLast + 1, ending: Int?
        while index < tokens.count, index <= (ending ?? startLast) + 8, tokens[index].sentence == sentence {
            if ending == nil, weekdayRangeEnds.contains(tokens[index].key) { ending = index }
            if ending != nil, infos[index].weekday != 0 { return Int(infos[index].weekday) }
            index += 1
        }
        return nil
    }

    /// Whether a present of lasting ("runs", "lasts", "continue", ``TenseReader/ongoingVerbs``) stands before the "from"
    /// that opens a range up to eight tokens before `first` in its sentence: "The strike runs from 8 a.m. on Monday".
    static func lastingFrom(before first: Int, tokens: [Token]) -> Bool {
        let sentence = tokens[first].sentence
        var index = first - 1
        while index >= 1, index >= first - 8, tokens[index].sentence == sentence {
            if tokens[index].key == K.from {
                let verb = tokens[index - 1].key
                return TenseReader.isLastingPresent(verb)
            }
            index -= 1
        }
        return false
    }

    /// The words that open the end of a range of two weekday mentions: "until", "till", "to", "through", "and".
    static let weekdayRangeEnds = KeySet(words: ["until", "till", "to", "through", "and"])

    /// The day a quotation's speaker spoke on, when the quotation holds `match` (a bare "today", "tomorrow",
    /// "yesterday", "tonight") and its attribution dates the speech: "… tomorrow," the minister told reporters on
    /// Thursday; He said on Thursday: "… today". The attribution's day is resolved as it will be in its turn.
    private func speechDay(of match: Recognized, at position: Int, resolver: Resolver) -> CalendarDate? {
        let infos = recognizer.infos
        // The word first: it rules out most expressions before their mention is copied (~300 instructions).
        guard match.rangeEnd == nil, infos[match.first].tags.contains(.deictic) else { return nil }
        let mention = match.mention
        guard mention.anchor == .dateline, (-1...1).contains(mention.offset), recognizer.insideQuotation(match.first) else { return nil }
        let sentence = tokens[match.first].sentence
        // The attribution: a weekday or a dated day a few words after a reporting verb, outside the quotation, in the
        // same sentence.
        var candidates: [Int] = []
        var index = position + 1
        while index < found.count, tokens[found[index].first].sentence == sentence { candidates.append(index); index += 1 }
        index = position - 1
        while index >= 0, tokens[found[index].first].sentence == sentence { candidates.append(index); index -= 1 }
        for candidate in candidates {
            let other = found[candidate]
            let day = other.mention
            guard other.rangeEnd == nil, day.kind == .date, day.unit == .day, day.weekday != nil || day.day != nil,
                  day.anchor == .implicit || day.anchor == .absolute, !recognizer.insideQuotation(other.first) else { continue }
            var back = other.first - 1
            var reported = false
            while back >= 0, back >= other.first - 5, tokens[back].kind == .word {
                if infos[back].tags.contains(.reporting) { reported = true; break }
                back -= 1
            }
            guard reported else { continue }
            var probe = resolver
            let outcome = probe.resolve(day, tense: tense.tense(first: other.first, last: other.last))
            return outcome.interval?.start
        }
        return nil
    }
}
