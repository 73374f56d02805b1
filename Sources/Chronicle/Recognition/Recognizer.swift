/// Finds time expressions in tokens: one pass, left to right, longest match at each token.
///
/// Each `match…` function tries one family of expressions at a token and returns how far it
/// reaches and what it means; the word tables in ``Lexicon`` say what each word can be.
/// The families, in the order they are tried, and their files are listed in `Documentation/Recognition.md`.
struct Recognizer {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [WordInfo]

    /// Narrative mode: also reads "former" as the past, as history annotation guidelines do.
    let narrative: Bool

    init(scalars: [Unicode.Scalar], tokens: [Token], narrative: Bool = false) {
        self.scalars = scalars
        self.tokens = tokens
        self.narrative = narrative
        var infos: [WordInfo] = []
        infos.reserveCapacity(tokens.count)
        for token in tokens { infos.append(token.kind == .word ? Lexicon.info(key: token.key) : .none) }
        self.infos = infos
    }

    /// Tags that can start an expression, besides time words and numbers.
    private static let startTags: WordInfo.Tags = [
        .last, .this, .next, .previous, .following, .early, .mid, .late, .earlier, .later, .deictic, .present, .pastRef,
        .futureRef, .the, .approximate, .moreThan, .lessThan, .frequency, .fiscal, .same, .recent, .every, .from, .between,
        .noon, .midnight, .decadeWord, .once, .startsExpression,
    ]

    /// Whether an expression can start at the token: a table look-up that skips most words at once (the
    /// words without a tag of their own that may start one are tagged for it: no key compared per token).
    @inline(__always) func mayStart(_ index: Int) -> Bool {
        guard index >= 0 && index < tokens.count else { return false }
        let token = tokens[index]
        let info = infos[index]
        switch token.kind {
        case .number: return true
        case .punctuation: return token.number == 39
        case .word:
            return info.isTimeWord || info.cardinal >= 0 || info.ordinal > 0 || !info.tags.isDisjoint(with: Self.startTags)
                || (token.capitalized && info.tags.contains(.capitalizedStart))
                || (narrative && (token.key == K.former || token.key == K.future || token.key == K.daytime))
                || (info.tags.contains(.toDate) && key(index - 1) == K.to)
        }
    }

    /// Every expression in tokens `from..<tokens.count`, in text order, not overlapping.
    func recognize(from firstToken: Int = 0) -> [Recognized] {
        var found: [Recognized] = []
        var index = firstToken
        while index < tokens.count {
            if mayStart(index), var match = matchRange(at: index) ?? matchExpression(at: index) {
                if isAside(match) { match.mention.aside = true }
                sharedYear(&match)
                // "On 27 June 1950, two days after the invasion": an apposition restates the date just written.
                if match.mention.eventOffset, punct(match.first - 1, ","), let previous = found.last,
                   (previous.rangeEnd?.last ?? previous.last) == match.first - 2, previous.mention.kind == .date {
                    match.mention.offset = 0
                }
                found.append(match)
                index = (match.rangeEnd?.last ?? match.last) + 1
                // "April 24 and 25": the second day takes the first one's month and year.
                if let second = coordinatedDay(after: match) {
                    found.append(second)
                    index = second.last + 1
                }
            } else {
                index += 1
            }
        }
        return found
    }

    /// "April 24 and 25", "Oct. 3 or 4": a bare day number coordinated with a written date.
    private func coordinatedDay(after match: Recognized) -> Recognized? {
        guard match.rangeEnd == nil, match.mention.kind == .date, match.mention.month != nil, match.mention.day != nil,
              match.mention.hour == nil, key(match.last + 1) == K.and || key(match.last + 1) == K.or else { return nil }
        let dayIndex = match.last + 2
        guard isNumber(dayIndex), tokens[dayIndex].digits <= 2, (1...31).contains(tokens[dayIndex].number),
              !tokens[dayIndex].flags.contains(.decimal) else { return nil }
        var last = dayIndex
        if [K.th, K.st, K.nd, K.rd].contains(key(last + 1)), !tokens[last + 1].spaceBefore { last += 1 }
        // "May 4 and 5 were ...", "May 6 and 7th": not "March 3 and 5 soldiers", "June 1 and 2%".
        guard !CountNouns.keys.contains(key(last + 1)), info(last + 1).unit == nil, info(last + 1).month == 0,
              !punct(last + 1, "%"), !isDash(last + 1), !punct(last + 1, ":") else { return nil }
        var mention = match.mention
        mention.day = Int(tokens[dayIndex].number)
        mention.weekday = nil
        return Recognized(first: dayIndex, last: last, mention: mention)
    }

    /// "August and September 1914", "April or June 1955", "the spring and summer of 1979": a month or season
    /// without a year takes the year written after the one it is coordinated with.
    private func sharedYear(_ match: inout Recognized) {
        let mention = match.mention
        guard match.rangeEnd == nil, mention.year == nil, mention.anchor == .implicit, mention.relativeYearDirection == nil,
              mention.month != nil && mention.day == nil || mention.season != nil else { return }
        let connector = match.last + 1
        guard key(connector) == K.and || key(connector) == K.or || (punct(connector, "/") && !tokens[connector].spaceBefore),
              let next = matchExpression(at: connector + 1), next.rangeEnd == nil, next.mention.anchor == .absolute,
              let year = next.mention.year, next.mention.day == nil,
              (next.mention.month != nil) == (mention.month != nil), (next.mention.season != nil) == (mention.season != nil) else { return }
        match.mention.year = year
        match.mention.anchor = .absolute
    }

    /// A bare year named in passing: "the largest battle since 1813", "the Civil Constitution (1790)".
    /// It is a comparison or a label, not the time the text has moved to.
    private func isAside(_ match: Recognized) -> Bool {
        guard match.rangeEnd == nil, match.mention.anchor == .absolute, match.mention.unit == .year,
              match.mention.month == nil, match.mention.season == nil, isNumber(match.first) else { return false }
        if has(match.first - 1, .since) { return true }
        // In a history, "a campaign planned for 1976", "would be exposed for a planned campaign in 1976": a plan or a
        // hypothesis, not the time the story has reached.
        if narrative {
            var index = match.first - 1
            let sentence = tokens[match.first].sentence
            while index >= 0, index >= match.first - 12, tokens[index].sentence == sentence {
                let wordKey = key(index)
                if wordKey == K.would || wordKey == K.could || Self.planKeys.contains(wordKey) { return true }
                index -= 1
            }
        }
        return punct(match.first - 1, "(") && punct(match.last + 1, ")")
    }

    static let planKeys = KeySet(words: ["planned", "projected", "scheduled", "expected", "intended"])

    /// Counts without a number that start a duration: "several years", "many months".
    static let vagueCountKeys = KeySet(words: Lexicon.vagueQuantities)

    // MARK: Token helpers

    @inline(__always) func info(_ index: Int) -> WordInfo { index >= 0 && index < infos.count ? infos[index] : .none }
    @inline(__always) func isWord(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .word }
    @inline(__always) func has(_ index: Int, _ tags: WordInfo.Tags) -> Bool { isWord(index) && !infos[index].tags.isDisjoint(with: tags) }
    @inline(__always) func key(_ index: Int) -> UInt64 { isWord(index) ? tokens[index].key : 0 }
    @inline(__always) func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].kind == .number }
    @inline(__always) func punct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].isPunctuation(scalar)
    }
    /// A punctuation token touching the previous token (no space): "Feb." or "p.m.".
    @inline(__always) func attachedPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        punct(index, scalar) && !tokens[index].spaceBefore
    }
    @inline(__always) func isDash(_ index: Int) -> Bool {
        guard index >= 0 && index < tokens.count, tokens[index].kind == .punctuation else { return false }
        let value = tokens[index].number
        return value == Dash.hyphen || value == Dash.enDash || value == 0x2212
    }
    /// A number written in digits or words at `index`: its value and last token ("twenty-four", "24", "a").
    func cardinal(at index: Int) -> (value: Int, last: Int)? {
        if isNumber(index) {
            let token = tokens[index]
            guard !token.flags.contains(.decimal), token.digits <= 9 else { return nil }
            return (Int(token.number), index)
        }
        let word = info(index)
        guard isWord(index), word.cardinal >= 0, !word.tags.contains(.decadeWord) else { return nil }
        var value = Int(word.cardinal)
        var last = index
        // "twenty-four", "twenty four"
        if value >= 20 && value < 100 && value % 10 == 0 {
            let next = isDash(index + 1) ? index + 2 : index + 1
            let unit = info(next).cardinal
            if isWord(next), unit >= 1 && unit <= 9 { value += Int(unit); last = next }
        }
        // "a hundred", "two hundred"
        if key(last + 1) == K.hundred { value = (value == 0 ? 1 : value) * 100; last += 1 }
        // "a couple of", "a dozen"
        if key(index) == K.a || key(index) == K.an {
            let nextInfo = info(index + 1)
            if key(index + 1) == K.couple { return (2, key(index + 2) == K.of ? index + 2 : index + 1) }
            if key(index + 1) == K.dozen { return (12, index + 1) }
            if key(index + 1) == K.few { return nil }
            if nextInfo.cardinal > 1 && key(index + 1) != K.half && last == index { return nil }
        }
        return (value, last)
    }

    /// A lowercase word in -ed or -s that may be a verb ("rose", "rises"): used to tell adverbs from adjectives.
    func isEventWordLike(_ index: Int) -> Bool {
        guard isWord(index) else { return false }
        let token = tokens[index]
        let end = Int(token.end)
        return token.length > 3 && scalars[end - 1] == "d" && scalars[end - 2] == "e"
    }

    func isCapitalized(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].capitalized }

    // MARK: Ranges

    /// "from X to Y", "between X and Y", "X to/through/until Y", "X-Y": both ends resolved together.
    private func matchRange(at index: Int) -> Recognized? {
        if has(index, [.from, .between]), let first = matchExpression(at: index + 1) {
            let connectorKey = has(index, .between) ? K.and : 0
            // "from"/"between" stay out of the extent: the range starts at its first end.
            return rangeContinuation(of: first, connectorKey: connectorKey)
        }
        return nil
    }

    /// A range starting with `first`: "Tuesday to Thursday", "Feb. 28-March 2", "March 3-5", "2019–2021".
    func rangeContinuation(of first: Recognized, connectorKey: UInt64 = 0) -> Recognized? {
        guard first.rangeEnd == nil, first.mention.kind == .date || first.mention.kind == .time else { return nil }
        let connector = first.last + 1
        let isWordConnector = connectorKey != 0 ? key(connector) == connectorKey : (has(connector, .range) && key(connector) != K.and)
        let isDashConnector = connectorKey == 0 && isDash(connector)
        guard isWordConnector || isDashConnector else { return nil }
        let start = connector + 1
        var end: Recognized?
        if let candidate = matchExpression(at: start), candidate.rangeEnd == nil, compatible(first.mention, candidate.mention) {
            end = candidate
        } else if isNumber(start), first.mention.month != nil, first.mention.day != nil, tokens[start].digits <= 2 {
            // "March 3-5": the second end copies the month (and year) from the first.
            let value = Int(tokens[start].number)
            var last = start
            if isWord(start + 1), [K.th, K.st, K.nd, K.rd].contains(key(start + 1)), !tokens[start + 1].spaceBefore { last += 1 }
            var mention = first.mention
            mention.day = value
            if punct(last + 1, ","), isNumber(last + 2), tokens[last + 2].digits == 4 {
                mention.year = Int(tokens[last + 2].number)
                last += 2
            }
            end = Recognized(first: start, last: last, mention: mention)
        } else if isNumber(start), first.mention.unit == .year, first.mention.anchor == .absolute, tokens[start].digits == 2,
                  !isWord(start + 1) || !(info(start + 1).unit != nil), let year = first.mention.year {
            // "1998-99"
            var mention = first.mention
            mention.year = year / 100 * 100 + Int(tokens[start].number)
            if mention.year! <= year { mention.year! += 100 }
            end = Recognized(first: start, last: start, mention: mention)
        }
        guard var end else { return nil }
        // "Feb. 28-March 2, 2023": a year after the second end belongs to both.
        if first.mention.year == nil, first.mention.anchor == .implicit, let year = end.mention.year, end.mention.anchor == .absolute {
            var firstMention = first.mention
            firstMention.year = year
            firstMention.anchor = .absolute
            var range = first
            range.mention = firstMention
            range.rangeEnd = (end.first, end.last, end.mention)
            return range
        }
        if end.mention.year == nil, first.mention.year != nil, end.mention.month != nil {
            end.mention.year = first.mention.year
            end.mention.anchor = first.mention.anchor
        }
        var range = first
        range.rangeEnd = (end.first, end.last, end.mention)
        return range
    }

    private func compatible(_ a: Mention, _ b: Mention) -> Bool {
        guard a.kind == b.kind || (a.kind == .time && b.kind == .time) else { return false }
        if a.weekday != nil && a.month == nil { return b.weekday != nil && b.month == nil }
        if a.unit == .year && a.anchor == .absolute { return b.unit == .year && b.anchor == .absolute }
        if a.month != nil { return b.month != nil }
        if a.kind == .time { return b.kind == .time }
        return a.unit == b.unit
    }

    // MARK: One expression

    /// The longest expression starting at `index`, including a range that continues it.
    func matchExpression(at index: Int) -> Recognized? {
        guard let single = matchSingle(at: index) else { return nil }
        if let range = rangeContinuation(of: single) { return range }
        return single
    }

    private func matchSingle(at index: Int) -> Recognized? {
        guard index >= 0 && index < tokens.count else { return nil }
        let word = info(index)
        // Quantifier prefixes on durations and dates: "about three years", "more than a decade".
        if let prefixed = matchQualified(at: index) { return prefixed }
        if has(index, .the) {
            if let inner = matchAfterThe(at: index) { return inner }
            return nil
        }
        if tokens[index].kind == .number || punct(index, "'") {
            return matchNumeric(at: index)
        }
        guard isWord(index) else { return nil }
        if word.tags.contains(.early) || word.tags.contains(.mid) || word.tags.contains(.late)
            || word.tags.contains(.earlier) || word.tags.contains(.later) {
            if let partial = matchPartOf(at: index) { return partial }
        }
        if let relative = matchModified(at: index) { return relative }
        if let deictic = matchDeictic(at: index) { return deictic }
        if let set = matchSet(at: index) { return set }
        if let yearAgo = matchYearAgo(at: index) { return yearAgo }
        if let yearEnd = matchYearEnd(at: index) { return yearEnd }
        if let spoken = matchSpokenYear(at: index) { return spoken }
        if let quantity = matchQuantity(at: index) { return quantity }
        if word.month != 0, let date = matchMonthFirst(at: index) { return date }
        if word.weekday != 0, let weekday = matchWeekday(at: index) { return weekday }
        if word.season != 0, let season = matchSeason(at: index, year: nil) { return season }
        if word.holiday != 0, let holiday = matchHoliday(at: index) { return holiday }
        if word.ordinal > 0 || [K.q1, K.q2, K.q3, K.q4, K.q].contains(tokens[index].key), let period = matchOrdinalPeriod(at: index) { return period }
        if word.tags.contains(.fiscal), let fiscal = matchFiscal(at: index) { return fiscal }
        if word.tags.contains(.decadeWord), isCapitalized(index) || has(index - 1, .the) {
            var mention = Mention()
            mention.unit = .decade
            mention.shortDecade = Int(word.cardinal)
            return Recognized(first: index, last: index, mention: mention)
        }
        // "high noon", the film "High Noon": a figure of speech, not a clock time.
        if word.tags.contains(.noon), key(index - 1) == K.high { return nil }
        if word.tags.contains(.noon) || word.tags.contains(.midnight) {
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .reference
            mention.unit = .time
            mention.hour = word.tags.contains(.noon) ? 12 : 24
            mention.minute = 0
            // "noon Thursday", "midnight Friday": the day written after it.
            if info(index + 1).weekday != 0, let day = matchWeekday(at: index + 1), day.mention.unit == .day {
                var combined = day.mention
                combined.kind = .time
                combined.unit = .time
                combined.hour = mention.hour
                combined.minute = 0
                return Recognized(first: index, last: day.last, mention: combined)
            }
            return Recognized(first: index, last: index, mention: mention)
        }
        return nil
    }
}

/// Lexicon keys the recogniser compares tokens with directly.
enum K {
    static func k(_ word: String) -> UInt64 { Lexicon.key(word.unicodeScalars) }
    static let ca = k("ca")
    static let for_ = k("for")
    static let or = k("or"), short = k("short"), term = k("term"), these = k("these"), week = k("week"), latter = k("latter"), modern = k("modern"), date = k("date"), high = k("high"), night = k("night"), daytime = k("daytime"), hours = k("hours")
    static let a = k("a"), an = k("an"), of = k("of"), and = k("and"), the = k("the"), to = k("to"), hundred = k("hundred")
    static let couple = k("couple"), dozen = k("dozen"), few = k("few"), half = k("half"), th = k("th"), st = k("st")
    static let nd = k("nd"), rd = k("rd"), s = k("s"), q1 = k("q1"), q2 = k("q2"), q3 = k("q3"), q4 = k("q4"), fy = k("fy")
    static let am = k("am"), pm = k("pm"), a1 = k("a"), p = k("p"), m = k("m"), oclock = k("clock"), o = k("o"), ago = k("ago")
    static let from = k("from"), now = k("now"), than = k("than"), at = k("at"), least = k("least"), most = k("most")
    static let up = k("up"), long = k("long"), old = k("old"), year = k("year"), past = k("past"), future = k("future")
    static let present = k("present"), recent = k("recent"), near = k("near"), this = k("this"), that = k("that"), same = k("same")
    static let end = k("end"), beginning = k("beginning"), start = k("start"), middle = k("middle"), close = k("close")
    static let last = k("last"), next = k("next"), coming = k("coming"), earlier = k("earlier"), later = k("later"), early = k("early")
    static let late = k("late"), mid = k("mid"), previous = k("previous"), time = k("time"), once = k("once"), twice = k("twice")
    static let per = k("per"), every = k("every"), other = k("other"), fiscal = k("fiscal"), quarter = k("quarter"), some = k("some")
    static let more = k("more"), less = k("less"), nearly = k("nearly"), about = k("about"), almost = k("almost"), in_ = k("in")
    static let today = k("today"), yesterday = k("yesterday"), tomorrow = k("tomorrow"), tonight = k("tonight"), current = k("current")
    static let upcoming = k("upcoming"), may = k("may"), fall = k("fall"), spring = k("spring"), before = k("before")
    static let after = k("after"), june = k("june"), july = k("july"), previously_ = k("previously"), before_ = k("before")
    static let after_ = k("after"), would = k("would"), daily = k("daily"), latest = k("latest"), ended = k("ended")
    static let ending = k("ending"), could = k("could"), d = k("d"), bc = k("bc"), bce = k("bce"), ad_ = k("ad"), ce = k("ce")
    static let b = k("b"), c = k("c"), t = k("t"), former = k("former"), full = k("full"), thousand = k("thousand"), period = k("period")
    static let first = k("first"), recent_ = k("recent"), be = k("be"), being = k("being"), q = k("q"), hence = k("hence")
    static let soon = k("soon"), as_ = k("as")
}
