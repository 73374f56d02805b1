internal import ChronicleICU

/// Extracts a dated event timeline from an article.
///
/// ```swift
/// let article = try Article(text: raw)
/// let timeline = try TimelineExtractor().timeline(for: article)
/// print(timeline.markdown())
/// ```
///
/// The pipeline: sentences (ICU) → tokens → expressions → resolution (ICU calendar) → events →
/// timeline. One extractor can serve many threads at once: ICU handles are pooled and each call
/// borrows its own.
public struct TimelineExtractor: Sendable {
    /// How the extractor reads text.
    public struct Options: Sendable, Hashable {
        /// Narrative mode, for histories and encyclopaedias: calendar names without a year
        /// ("in March", "the following year") resolve against the last date the text mentioned,
        /// not the dateline.
        public var narrative: Bool
        /// The largest text accepted, in Unicode scalars (default 32 Mi: a news article is some thousands). The pipeline
        /// holds about 70 bytes a scalar at its peak (a 20 MB text: 1.5 GB), so a larger text would take gigabytes; it
        /// is refused with `inputTooLarge` before any of that is allocated.
        public var maximumLength: Int

        /// The default ``maximumLength``.
        public static let defaultMaximumLength = 32 << 20

        /// Creates options; the defaults suit news.
        public init(narrative: Bool = false, maximumLength: Int = Options.defaultMaximumLength) {
            self.narrative = narrative
            self.maximumLength = maximumLength
        }
    }

    /// The options in force.
    public var options: Options

    /// Creates an extractor.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The most of a sentence kept on each side of an event's expression, in Unicode scalars.
    static let sentenceWindow = 400

    private static let calendars = ResourcePool<ICUCalendar> { try ICUCalendar() }

    /// The timeline of an article.
    ///
    /// - Throws: ``ChronicleError`` `inputTooLarge` past ``Options/maximumLength``, `icu` when ICU fails.
    public func timeline(for article: Article) throws(ChronicleError) -> Timeline {
        // Checked before the scalars are copied (UTF-8 bytes are never fewer than scalars: most texts need no count).
        if article.text.utf8.count > options.maximumLength {
            let count = article.text.unicodeScalars.count
            guard count <= options.maximumLength else {
                throw ChronicleError(.inputTooLarge, "the text has \(count) characters, more than the limit of \(options.maximumLength) "
                    + "(TimelineExtractor.Options.maximumLength); split it into its articles")
            }
        }
        let reading = try read(article)
        let timeline = try timeline(of: reading, for: article, on: article.dateline.date)
        guard article.dateline.precision == .month else { return timeline }
        // A month only ("March 2023", round 124): the article resolved again as if written on the month's last day; a
        // value the two days do not agree on depends on the day, which the article did not give. The sentences, tokens
        // and expressions do not depend on the day: read once (round 134), only resolved twice; the second time for the
        // expressions' values alone, the only part of it ``Timeline/keepingMonthValues(agreeingWith:)`` reads.
        let last = CalendarDate(year: article.dateline.date.year, month: article.dateline.date.month,
                                day: CalendarDate.daysIn(month: article.dateline.date.month, year: article.dateline.date.year))
        return timeline.keepingMonthValues(agreeingWith: try self.timeline(of: reading, for: article, on: last, valuesOnly: true))
    }

    /// What ``timeline(for:)`` reads of an article before any date is resolved (none of it depends on the dateline's
    /// day): its scalars, tokens and sentences, the recognised expressions and the readers of tense and events.
    private struct Reading {
        let scalars: [Unicode.Scalar]
        let tokens: [Token]
        /// The headline's scalars, when it is read (above the body).
        let headline: Range<Int>?
        let sentenceEnds: [Int]
        let recognizer: Recognizer
        let found: [Recognized]
        let tense: TenseReader
        let linker: EventLinker
    }

    /// Reads an article up to its recognised expressions: ``timeline(for:)``'s first half.
    private func read(_ article: Article) throws(ChronicleError) -> Reading {
        let scalars = ScalarText.scalars(of: article.text)
        var tokens: [Token] = []
        // A headline above the dateline's line is read too, as a sentence of its own ("Obama visits Israel next week").
        let headline = article.headline.flatMap { $0.upperBound <= min(article.bodyStart, scalars.count) ? $0 : nil }
        if let headline { Tokenizer.tokenize(scalars, from: headline.lowerBound, to: headline.upperBound, into: &tokens) }
        Tokenizer.tokenize(scalars, from: min(article.bodyStart, scalars.count), into: &tokens)
        var sentenceEnds = SentenceSplitter.withCapitalsBreaks(try SentenceSplitter.sentenceEnds(scalars), tokens: tokens)
        if let headline, !sentenceEnds.contains(where: { headline.upperBound <= $0 && $0 <= article.bodyStart }) {
            sentenceEnds.insert(headline.upperBound, at: sentenceEnds.firstIndex { $0 > headline.upperBound } ?? sentenceEnds.endIndex)
        }
        // Through a buffer: `tokens[index].sentence = …` checked the array's uniqueness at every token. Sentence by
        // sentence, its tokens in one run (one comparison a token); the last sentence takes the tokens left.
        tokens.withUnsafeMutableBufferPointer { tokens in
            var index = 0
            for (sentence, end) in sentenceEnds.enumerated() {
                let number = Int32(sentence)
                let end = sentence == sentenceEnds.count - 1 ? Int.max : end
                while index < tokens.count, Int(tokens[index].start) < end {
                    tokens[index].sentence = number
                    index += 1
                }
            }
        }
        let recognizer = Recognizer(scalars: scalars, tokens: tokens, narrative: options.narrative)
        let found = recognizer.recognize()
        let clauses = Clauses.clauseNumbers(tokens: tokens, infos: recognizer.infos)
        let tense = TenseReader(tokens: tokens, infos: recognizer.infos, clauses: clauses, scalars: scalars)
        let linker = EventLinker(scalars: scalars, tokens: tokens, infos: recognizer.infos, clauses: clauses)
        return Reading(scalars: scalars, tokens: tokens, headline: headline, sentenceEnds: sentenceEnds, recognizer: recognizer,
                       found: found, tense: tense, linker: linker)
    }

    /// The timeline of an article read (`reading`) with `day` as its dateline's day: ``timeline(for:)``'s second half.
    /// `valuesOnly`: its expressions alone, without events, triggers or descriptions (a month-only dateline's second day).
    private func timeline(of reading: Reading, for article: Article, on day: CalendarDate,
                          valuesOnly: Bool = false) throws(ChronicleError) -> Timeline {
        let (scalars, tokens, headline, sentenceEnds) = (reading.scalars, reading.tokens, reading.headline, reading.sentenceEnds)
        let (recognizer, found, tense, linker) = (reading.recognizer, reading.found, reading.tense, reading.linker)
        do {
            return try Self.calendars.borrow { calendar in
                var resolver = Resolver(dateline: day, narrative: options.narrative, calendar: calendar)
                var expressions: [TemporalExpression] = []
                // Moved into timeline order at the end, not copied (``MovingList``).
                var events = MovingList<Event>(capacity: found.count)
                var sortKeys: [Timeline.SortKey] = []
                var triggers: [Int: Range<Int>] = [:]
                var secondaryTriggers: [Int: [Range<Int>]] = [:]
                var lastSentence: (range: Range<Int>, text: String)?
                expressions.reserveCapacity(found.count)
                triggers.reserveCapacity(found.count)
                sortKeys.reserveCapacity(found.count)
                // The repairs that read a mention by the mentions around it.
                var repairs = MentionRepairs(found: found, tokens: tokens, recognizer: recognizer, tense: tense, calendar: calendar,
                                             dateline: day, news: !options.narrative)
                var headlineRead = headline == nil
                for (position, match) in found.enumerated() {
                    // The headline sums the story up: the body's anaphora do not count from its dates.
                    if !headlineRead, let headline, Int(tokens[match.first].start) >= headline.upperBound {
                        resolver = Resolver(dateline: day, narrative: options.narrative, calendar: calendar)
                        headlineRead = true
                    }
                    // News: "over the holidays" names the year-end holidays near the year's end only: this December in
                    // November and December, the last one in January ("Congress will return after the holidays").
                    var inYear: Recognized?
                    if match.mention.yearEndHolidays {
                        if (2...10).contains(day.month) { continue }
                        var placed = match
                        placed.mention.year = day.month == 1 ? day.year - 1 : day.year
                        placed.mention.anchor = .absolute
                        inYear = placed
                    }
                    var clauseTense = tense.tense(first: match.first, last: match.rangeEnd?.last ?? match.last)
                    // News: "At the end of the day, voters want jobs": the idiom, in a present clause, is no date; opening a
                    // quotation whose words hold no past, whatever the reporting verb after it ("“At the end of the day,
                    // people need to stay safe,” a spokesman said").
                    if !options.narrative, match.mention.part == .end, match.mention.unit == .day, Self.isEndOfDayIdiom(match, tokens: tokens),
                       clauseTense == .present || clauseTense == .none
                        || clauseTense == .past && Self.opensQuotationWithoutPast(match, tokens: tokens, infos: recognizer.infos, scalars: scalars) {
                        continue
                    }
                    clauseTense = repairs.clockDayTense(of: match, clauseTense: clauseTense)
                    if let placed = repairs.inFrontedYear(match, tense: clauseTense) { inYear = placed }
                    // News: "The roof fell in on the night of March 3. … The day before, an engineer had emailed …": a day
                    // counted back in the past perfect is a flashback; the story's day stays March 3. (Set before any of the
                    // resolutions below.)
                    // So is a day or a part of one before the story's day ("The verdict came on Tuesday. Late Monday, the
                    // jury had asked to go home. That evening, …": Tuesday's evening).
                    resolver.flashback = !options.narrative && (match.mention.anchor == .reference && match.mention.offset < 0
                        || match.mention.unit == .day || match.mention.unit == .partOfDay)
                        && Self.pastPerfect(around: match.first, last: match.rangeEnd?.last ?? match.last, tokens: tokens)
                    resolver.attributiveMonth = !options.narrative && recognizer.isAttributiveMonth(match)
                    resolver.attributiveDay = !options.narrative && match.mention.day != nil && recognizer.isAttributiveDay(match)
                    // An outcome a repair gives first (a list's, a fiscal year's, a speech's day), else a weekday range's.
                    var outcome = repairs.listedOutcome(of: match, at: position, tense: clauseTense, resolver: &resolver)
                        ?? repairs.fiscalYearOutcome(of: match, at: position, tense: clauseTense, resolver: &resolver)
                        ?? repairs.speechDayOutcome(of: match, at: position, tense: clauseTense, resolver: &resolver)
                    if outcome == nil { outcome = repairs.weekdayRangeOutcome(of: match, tense: clauseTense, resolver: &resolver) }
                    let expression = build(inYear ?? match, resolver: &resolver, tense: clauseTense, outcome: outcome, scalars: scalars,
                                           tokens: tokens)
                    resolver.flashback = false
                    repairs.noteFrontedYear(expression, of: match)
                    expressions.append(expression)
                    if valuesOnly { continue }
                    let last = match.rangeEnd?.last ?? match.last
                    let trigger = linker.trigger(first: match.first, last: last)
                    let secondary = trigger.map { linker.secondaryTriggers(primary: $0, first: match.first, last: last) } ?? []
                    // (A trigger's span ends with its word's last token: "sell-off", round 139.)
                    let span = { (word: Int) in Int(tokens[word].start)..<Int(tokens[linker.eventWordEnd(word)].end) }
                    let triggerSpan = trigger.map(span)
                    let secondarySpans = secondary.map(span)
                    if let triggerSpan { triggers[expression.start] = triggerSpan }
                    if !secondarySpans.isEmpty { secondaryTriggers[expression.start] = secondarySpans }
                    guard expression.isResolved, expression.interval != nil || expression.isVague else { continue }
                    let sentenceIndex = expression.sentenceIndex
                    let sentenceStart = sentenceIndex == 0 ? 0 : sentenceEnds[sentenceIndex - 1]
                    // A run-on "sentence" (a 50 MB line without a full stop) is cut to a window
                    // around the expression, so each event costs the same whatever the sentence's length.
                    let inHeadline = headline.map { expression.start < $0.upperBound } ?? false
                    let sentenceRange = max(sentenceStart, inHeadline ? headline!.lowerBound : article.bodyStart,
                                            expression.start - Self.sentenceWindow)
                        ..< min(sentenceEnds[sentenceIndex], expression.end + Self.sentenceWindow,
                                inHeadline ? headline!.upperBound : Int.max)
                    if lastSentence?.range != sentenceRange {  // events of one sentence share its text
                        lastSentence = (sentenceRange, linker.text(from: sentenceRange.lowerBound, to: sentenceRange.upperBound))
                    }
                    // (The sort key first: the event is then the expression's last use, and takes it without a copy.)
                    sortKeys.append(sortKey(expression, match: match, dateline: day, order: events.count, calendar: calendar))
                    let event = Event(
                        expression: expression,
                        trigger: triggerSpan.map { linker.text(from: $0.lowerBound, to: $0.upperBound) },
                        triggerStart: triggerSpan?.lowerBound,
                        triggerEnd: triggerSpan?.upperBound,
                        secondaryTriggers: secondarySpans.map {
                            Event.Trigger(text: linker.text(from: $0.lowerBound, to: $0.upperBound), start: $0.lowerBound, end: $0.upperBound)
                        },
                        description: linker.description(first: match.first, last: last),
                        sentence: lastSentence?.text ?? ""
                    )
                    events.append(event)
                }
                // The keys are sorted, not the events (large values, moved at every step of a sort); the
                // keys differ in `order` at least, so the order is the one a stable sort of the events gives.
                let timelineOrder = sortKeys.indices.sorted { sortKeys[$0] < sortKeys[$1] }
                return Timeline(dateline: article.dateline, events: events.ordered(by: timelineOrder), expressions: expressions,
                                sentenceEnds: sentenceEnds,
                                headline: headline.map { Timeline.Headline(text: ScalarText.string(scalars[$0]), start: $0.lowerBound, end: $0.upperBound) },
                                bodyStart: article.bodyStart, triggers: triggers, secondaryTriggers: secondaryTriggers)
            }
        } catch let error as ChronicleError {
            throw error
        } catch {
            throw ChronicleError(.icu, "\(error)")
        }
    }

    /// Whether the expression at tokens `first...last` stands in a past-perfect clause: "had" and a word after it, up to
    /// six words before the expression or ten after it in its sentence ("The day before, an engineer had emailed …").
    private static func pastPerfect(around first: Int, last: Int, tokens: [Token]) -> Bool {
        let sentence = tokens[first].sentence
        var index = max(first - 6, 0)
        while index < tokens.count, index <= last + 10, tokens[index].sentence <= sentence {
            if tokens[index].sentence == sentence, tokens[index].key == K.had, index + 1 < tokens.count,
               tokens[index + 1].kind == .word, tokens[index + 1].key != K.to { return true }
            index += 1
        }
        return false
    }

    /// Whether `match` is "the end of the day" after "at" with no day after it ("At the end of the day, …", "but at the
    /// end of the day it is …"; not "at the end of the day on Friday", "at the end of the day's trading").
    static func isEndOfDayIdiom(_ match: Recognized, tokens: [Token]) -> Bool {
        let first = match.first, last = match.rangeEnd?.last ?? match.last
        guard first >= 1, tokens[first - 1].key == K.at, tokens[first].key == K.the, tokens[last].key == K.day else { return false }
        guard last + 1 < tokens.count else { return true }
        let next = tokens[last + 1]
        if next.isApostrophe { return false }
        return next.kind != .word || next.key != K.on && next.key != K.of && next.key != K.in_
    }

    /// Whether `match` opens a quotation (after its opening mark and "at") whose words up to the closing mark hold no past
    /// form (an irregular past, a past auxiliary, a word in "-ed" but "-eed") nor a future.
    static func opensQuotationWithoutPast(_ match: Recognized, tokens: [Token], infos: [WordInfo], scalars: [Unicode.Scalar]) -> Bool {
        guard match.first >= 2, tokens[match.first - 2].opensDoubleQuote else { return false }
        var index = match.last + 1
        while index < tokens.count, index <= match.last + 30 {
            let token = tokens[index]
            if token.closesDoubleQuote { return true }
            if token.kind == .word {
                if !infos[index].tags.isDisjoint(with: [.pastAux, .pastVerb, .future]) { return false }
                let end = Int(token.end)
                // "-ed", not "need", "feed".
                if token.length > 3, scalars[end - 2] == "e", scalars[end - 1] == "d", scalars[end - 3] != "e" { return false }
            }
            index += 1
        }
        return false
    }

    /// Resolves one recognised expression (both ends of a range together) into its public form.
    /// `outcome`: the mention's outcome when it was resolved already, with the list it belongs to.
    private func build(_ match: Recognized, resolver: inout Resolver, tense: Tense, outcome: Resolver.Outcome? = nil, scalars: [Unicode.Scalar],
                       tokens: [Token]) -> TemporalExpression {
        func expression(first: Int, last: Int, _ outcome: Resolver.Outcome) -> TemporalExpression {
            let start = Int(tokens[first].start)
            let end = Int(tokens[last].end)
            return TemporalExpression(
                text: ScalarText.string(scalars[start..<end]), start: start, end: end, type: outcome.type, value: outcome.value, mod: outcome.mod,
                granularity: outcome.granularity, interval: outcome.interval, isApproximate: outcome.approximate,
                isVague: outcome.vague, unresolvedReason: outcome.reason, parts: [], sentenceIndex: Int(tokens[first].sentence),
                quant: outcome.quant, freq: outcome.freq)
        }
        guard let rangeEnd = match.rangeEnd else {
            return expression(first: match.first, last: match.last, outcome ?? resolver.resolve(match.mention, tense: tense))
        }
        let (startOutcome, endOutcome) = resolver.resolveRange(match.mention, rangeEnd.mention, tense: tense)
        let startPart = expression(first: match.first, last: match.last, startOutcome)
        let endPart = expression(first: rangeEnd.first, last: rangeEnd.last, endOutcome)
        var range = expression(first: match.first, last: rangeEnd.last, startOutcome)
        range.parts = [startPart, endPart]
        range.mod = nil
        if let first = startOutcome.value, let second = endOutcome.value, let a = startOutcome.interval, let b = endOutcome.interval {
            range.value = "\(first)/\(second)"
            range.interval = DayInterval(start: a.start, end: max(a.end, b.end))
            range.isApproximate = startOutcome.approximate || endOutcome.approximate
        } else if let first = startOutcome.value, let second = endOutcome.value, startOutcome.vague, endOutcome.vague {
            // "open daily from 10am to 6pm": hours of any day, a range on no date.
            range.value = "\(first)/\(second)"
            range.interval = nil
        } else {
            range.value = nil
            range.interval = nil
            range.unresolvedReason = startOutcome.reason ?? endOutcome.reason ?? "the range's ends could not both be resolved"
        }
        return range
    }

    /// (`match` rather than its mention: the few fields read are read in its box, not copied with the rest, ~300 instructions.)
    private func sortKey(_ expression: TemporalExpression, match: Recognized, dateline: CalendarDate, order: Int, calendar: ICUCalendar) -> Timeline.SortKey {
        guard let interval = expression.interval else {
            // Vague: "recently" a week before the dateline, "the past" long before, "the future" after.
            let days: Int
            switch expression.value {
            case "PAST_REF"?: days = Self.contains("past", inAnyCase: expression.text) ? -3650 : -14
            case "FUTURE_REF"?: days = Self.contains("future", inAnyCase: expression.text) ? 3650 : 14
            default: days = 0
            }
            let day = CalendarDate(calendar.adding(.day, days, to: dateline.icu))
            return Timeline.SortKey(day: day, rank: Granularity.none.rank, end: day, order: order)
        }
        var day = interval.start
        // "this week", "this year": the current period sorts at the dateline.
        if match.mention.anchor == .dateline, match.mention.offset == 0, match.mention.part == nil, match.mention.cut == nil,
           interval.start <= dateline, dateline <= interval.end {
            day = dateline
        }
        return Timeline.SortKey(day: day, rank: expression.granularity.rank, end: interval.end, order: order)
    }

    /// `text.lowercased().contains(word)` for a word of lowercase ASCII letters. An ASCII text, the usual one, is
    /// searched byte by byte: each of its scalars is a `Character` of its own (the word holds no CR or LF), so the
    /// result is the same as the `_StringProcessing` search, which cost ~20,000 instructions a call.
    private static func contains(_ word: String, inAnyCase text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased().contains(word) }
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return false }
        func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        for start in 0...(bytes.count - needle.count) where needle.indices.allSatisfy({ lowercased(bytes[start + $0]) == needle[$0] }) {
            return true
        }
        return false
    }
}

@_spi(Benchmark)
extension TimelineExtractor {
    /// Benchmarks only: tokenizes `text` and runs the recogniser, without sentences, resolution,
    /// events or rendering; returns how many expressions were recognised.
    public func recognizeOnly(_ text: String) -> Int {
        let scalars = ScalarText.scalars(of: text)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, into: &tokens)
        return Recognizer(scalars: scalars, tokens: tokens).recognize().count
    }
}
