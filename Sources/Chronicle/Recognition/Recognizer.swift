/// Finds time expressions in tokens: one pass, left to right, longest match at each token.
///
/// Each `match…` function tries one family of expressions at a token and returns how far it
/// reaches and what it means; the word tables in ``Lexicon`` say what each word can be.
/// The families, in the order they are tried, and their files are listed in `Documentation/Recognition.md`.
///
/// A class, its properties constants, as ``EventLinker`` is: the matchers' closures capture one reference, not a copy of
/// the recogniser with a retain and a release of each of its arrays.
final class Recognizer {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [WordInfo]
    /// `tokens.count` (and `infos.count`), kept: the range tests below run at every match attempt, and the compiler called
    /// `Array.count` out of line for them (~75,000 calls per MB).
    let tokenCount: Int

    /// Narrative mode: also reads "former" as the past, as history annotation guidelines do.
    let narrative: Bool

    init(scalars: [Unicode.Scalar], tokens: [Token], narrative: Bool = false) {
        self.scalars = scalars
        self.tokens = tokens
        self.tokenCount = tokens.count
        self.narrative = narrative
        let table = Lexicon.table  // read once, not through its lazy initialiser per token
        // Written into an uninitialised array: `map` appends, checking capacity and uniqueness per token.
        let none = WordInfo.none
        infos = [WordInfo](unsafeUninitializedCapacity: tokens.count) { buffer, count in
            for (index, token) in tokens.enumerated() {
                buffer.initializeElement(at: index, to: token.kind == .word ? table[token.key] ?? none : none)
            }
            count = tokens.count
        }
    }

    /// "Q1" … "Q4", "Q" and "H" ("H1 2023"): they start an ordinal period without being ordinals. Compared as constants (an
    /// array literal of these keys in `matchSingle` was allocated on the heap for every word that reached it; a `KeySet` in a
    /// `static let` cost a `swift_once` and a probe for each of ~12,400 words per MB).
    @inline(__always) private static func isQuarterWord(_ key: UInt64) -> Bool {
        key == K.q1 || key == K.q2 || key == K.q3 || key == K.q4 || key == K.q || key == K.h
    }

    /// The ordinal suffixes the tokenizer splits from their number ("5th" is 5, then "th").
    static let ordinalSuffixes: KeySet = [K.th, K.st, K.nd, K.rd]

    /// Whether an expression can start at the token: a table look-up that skips most words at once (the
    /// words without a tag of their own that may start one are tagged for it: no key compared per token).
    @inline(__always) func mayStart(_ index: Int) -> Bool {
        guard index >= 0 && index < tokenCount else { return false }
        return startsAt(index)
    }

    /// The tags ``matchModified(at:)`` starts with ("that same", "this", "last", "next", "previous", "following",
    /// "recent"): or-ed bits, which fold into a constant.
    @inline(__always) static var modifierTags: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.same.rawValue | WordInfo.Tags.this.rawValue | WordInfo.Tags.last.rawValue
            | WordInfo.Tags.next.rawValue | WordInfo.Tags.previous.rawValue | WordInfo.Tags.following.rawValue
            | WordInfo.Tags.recent.rawValue)
    }

    /// ``mayStart(_:)`` for an index known to be in range: the scan over all tokens skips the range test.
    @inline(__always) private func startsAt(_ index: Int) -> Bool {
        // (Read without bounds checks, ~6 instructions a token: every caller has tested `0 <= index < tokenCount`.)
        let token = tokens.withUnsafeBufferPointer { $0[index] }
        let info = infos.withUnsafeBufferPointer { $0[index] }
        switch token.kind {
        case .number: return true
        case .punctuation: return token.number == 39
        case .word:
            // The one flag first; the rules that look at the context only for the few words tagged for them.
            return info.startsAlone
                || (narrative && (token.key == K.former || token.key == K.future || token.key == K.daytime))
                || (!info.tags.isDisjoint(with: Self.contextStartTags)
                    && ((token.capitalized && info.tags.contains(.capitalizedStart))
                        || (info.tags.contains(.toDate) && key(index - 1) == K.to)))
        }
    }

    /// The tags of words that start an expression in some contexts only (or-ed bits: the set folds into a constant).
    @inline(__always) private static var contextStartTags: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.capitalizedStart.rawValue | WordInfo.Tags.toDate.rawValue)
    }

    /// Whether `match` is a month and year after an article or a determiner, modifying a noun: "the August 1988 cease-fire".
    func isAttributiveMonth(_ match: Recognized) -> Bool {
        match.mention.month != nil && match.mention.day == nil && match.mention.year != nil && has(match.first - 1, [.the, .determiner])
    }

    /// Whether `match` is a day and month without a year written before what it dates, after "the", a determiner or a
    /// possessive: "the Dec. 11-12 meeting", "the Fed's Dec. 11-12 meeting" (not "by Dec. 31", an end point).
    func isAttributiveDay(_ match: Recognized) -> Bool {
        match.mention.day != nil && match.mention.month != nil && match.mention.year == nil
            && (has(match.first - 1, [.the, .determiner]) || isPossessive(before: match.first))
    }

    /// Every expression in tokens `from..<tokens.count`, in text order, not overlapping.
    func recognize(from firstToken: Int = 0) -> [Recognized] {
        var found: [Recognized] = []
        var index = max(firstToken, 0)  // (no token before the first starts anything)
        while index < tokenCount {
            // The per-match work out of line: the scan over the tokens stays small enough for `startsAt` to be inlined.
            if startsAt(index), var match = matchRange(at: index) ?? matchExpression(at: index), !crossesLineEnd(match) {
                // A title or a name written with time words is skipped whole ("60 Minutes" leaves no "Minutes").
                index = isTitle(match) ? (match.rangeEnd?.last ?? match.last) + 1 : add(&match, to: &found)
            } else {
                index += 1
            }
        }
        undateHabitualClocks(&found)
        return found
    }

    /// Whether `match` joins words across the end of a line that closes its own unit (a heading, a list item, a table
    /// row, a stamp line): "What happened next" over "Tuesday: the vote" is no "next Tuesday". A line break closes its
    /// line when the word before has no sentence-final punctuation and the next line opens an item: a bullet, a colon
    /// within its first four tokens ("Tuesday: …", "10:30 …" excepted: the colon after a number is a clock's), or a
    /// capitalised word after a short line (six tokens at most: a title, not prose wrapped at its width). Wrapped
    /// prose ("said on\nMonday", "last\nweek") still joins. The scan looks only inside the rare match.
    @inline(never) private func crossesLineEnd(_ match: Recognized) -> Bool {
        let end = match.rangeEnd?.last ?? match.last
        guard end > match.first else { return false }
        for index in (match.first + 1)...end where tokens[index].flags.contains(.newlineBefore) {
            if lineClosesUnit(before: index) { return true }
        }
        return false
    }

    /// Whether `match` is written as part of a title or a name, no time of its own: a work's title after its noun ("the film
    /// Independence Day", "the song Yesterday", "the novel Nineteen Eighty-Four"; not a weekday, a month or a clock time:
    /// "the film Friday" is the day it showed); a count in digits after a capitalised name before a singular unit ("the
    /// Formula 1 season", "a Formula 2 season"; not "killed in Kabul 3 days ago", "shares of Apple 1 year ago"); in news, a
    /// time noun in capitals in a sentence written in sentence case, after a count ("CBS's 60 Minutes drew 9 million
    /// viewers", "the One Day International on Sunday"), after "the" before another capitalised word ("The Weekend Update
    /// segment ran", "The Day After Tomorrow was filmed") or after a weekday before one ("Monday Night Football drew",
    /// "Tuesday Morning Corp. fell"); a headline in title case keeps its time ("Rescuers Dig for 48 Hours"), and histories
    /// name periods by their length ("the Hundred Days Offensive"). The checks look only at the match and the words around it.
    @inline(never) private func isTitle(_ match: Recognized) -> Bool {
        let first = match.first
        let token = tokens[first]
        if token.kind == .word, token.capitalized, followsWorkNoun(first),
           match.mention.weekday == nil, match.mention.month == nil, match.mention.hour == nil { return true }
        if token.kind == .number, !token.flags.contains(.grouped), !token.flags.contains(.decimal), isWord(first - 1),
           tokens[first - 1].capitalized, isWord(first + 1),
           info(first + 1).unit != nil, !info(first + 1).plural, !tokens[first + 1].capitalized,
           !has(first + 2, [.ago, .afterward, .before, .earlier, .later]),
           tokens[first - 1].sentence == token.sentence, first >= 2, tokens[first - 2].sentence == token.sentence {
            let name = info(first - 1)
            if name.tags.isEmpty, name.unit == nil, !name.isTimeWord, name.cardinal < 0 { return true }
        }
        let last = match.last
        guard last > first, !narrative else { return false }
        for index in (first + 1)...last where tokens[index].kind == .word && tokens[index].capitalized
            && !tokens[index].flags.contains(.allCaps) {
            let word = info(index)
            // (Not a period counted from a modifier: "his first 100 Days", "the next 48 Hours".)
            let countedUnit = word.unit != nil && (isNumber(index - 1) || info(index - 1).cardinal >= 0)
                && info(index - 2).ordinal == 0 && !has(index - 2, [.last, .next, .previous, .following, .this, .early])
                || word.unit != nil && has(index - 1, .the) && isWord(index + 1) && isCapitalized(index + 1)
            let namedPart = word.partOfDay != 0 && index == last && info(index - 1).weekday != 0 && isWord(index + 1)
                && isCapitalized(index + 1) && !info(index + 1).isTimeWord
            if (countedUnit || namedPart) && inSentenceCase(index) { return true }
        }
        return false
    }

    /// Whether the sentence of token `index` is written in sentence case: a word of four letters or more in lower case that
    /// is no preposition, article or conjunction (which a title in title case may leave in lower case) stands in it.
    private func inSentenceCase(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        let exempt: WordInfo.Tags = [.preposition, .determiner, .the, .and, .of, .between, .from, .range]
        for step in stride(from: -1, through: 1, by: 2) {
            var cursor = index + step
            while cursor >= 0, cursor < tokenCount, abs(cursor - index) <= 40, tokens[cursor].sentence == sentence {
                if isWord(cursor), !tokens[cursor].capitalized, tokens[cursor].length >= 4,
                   info(cursor).tags.isDisjoint(with: exempt) { return true }
                cursor += step
            }
        }
        return false
    }

    /// Whether the line break before token `index` closes a unit of its own (see ``crossesLineEnd(_:)``).
    private func lineClosesUnit(before index: Int) -> Bool {
        let token = tokens[index]
        if token.kind == .punctuation {
            return token.number == 0x2D || token.number == 0x2A || token.number == 0x2022
        }
        // A colon early in the next line, not a clock's ("10:30").
        var cursor = index + 1
        while cursor < tokenCount, cursor <= index + 4, !tokens[cursor].flags.contains(.newlineBefore) {
            if tokens[cursor].isPunctuation(":") && !(isNumber(cursor - 1) && isNumber(cursor + 1) && !tokens[cursor + 1].spaceBefore) {
                return true
            }
            cursor += 1
        }
        guard token.capitalized || token.kind == .number else { return false }
        // A short line before: a heading or a label.
        var start = index - 1
        while start > 0, start >= index - 6, !tokens[start].flags.contains(.newlineBefore) { start -= 1 }
        return start == 0 || (tokens[start].flags.contains(.newlineBefore) && start >= index - 6)
    }

    /// Records `match` (and the day coordinated with it) in `found`, adjusting it and the expression before it; returns the
    /// index after them.
    /// (`inout`: a copy of the match would share its mention's storage, and the first change would copy it.)
    @inline(never) private func add(_ match: inout Recognized, to found: inout [Recognized]) -> Int {
        if isAside(match, after: found.last) { match.mention.aside = true }
        if !narrative, match.mention.anchor == .absolute, match.mention.year != nil, opensHistory(match) { match.mention.opensHistory = true }
        if !narrative, match.mention.anchor == .implicit, match.mention.month != nil, fronted(by: match) { match.mention.reachedInPast = true }
        if !narrative, match.rangeEnd == nil, has(match.first - 1, .since) { match.mention.sinceStart = true }
        // "Demand usually peaks in January": a month, season or weekday of habit recurs (a set).
        if match.mention.anchor == .implicit, match.rangeEnd == nil, Self.habitPrepositions.contains(key(match.first - 1)),
           let habit = habitualSet(match) { match.mention = habit }
        extendAlternative(&match)
        sharedYear(&match)
        if let previous = found.last, monthOfYearBefore(match, previous) {
            match.mention.relativeYear = 0
            match.mention.yearFromReference = true
        }
        // "On 27 June 1950, two days after the invasion": an apposition restates the date just written.
        if match.mention.eventOffset, punct(match.first - 1, ","), let previous = found.last,
           (previous.rangeEnd?.last ?? previous.last) == match.first - 2, previous.mention.kind == .date {
            match.mention.offset = 0
        }
        if let previous = found.last, listsWeekdays(previous, match) { found[found.count - 1].mention.listedWithNext = true }
        // The "with" two tokens after the previous expression first: the rest, out of line, for the few that have it.
        if !narrative, let previousLast = found.last?.last, key(previousLast + 2) == K.with,
           followsWithPhrase(found[found.count - 1], match) {
            found[found.count - 1].mention.listedWithNext = true
            found[found.count - 1].mention.followedInOrder = true
        }
        datesListedWeekdays(&found, by: match)
        found.append(match)
        var next = (match.rangeEnd?.last ?? match.last) + 1
        // "April 24 and 25", "Jan. 5, 12 and 19": each day after the first takes its month and year.
        var listed = match
        while let day = coordinatedDay(after: listed) {
            found.append(day)
            next = day.last + 1
            listed = day
        }
        // "Oct. 29, 30 and 31, 2012": a year after the list's last day is every day's.
        if listed.first != match.first, punct(next, ","), isNumber(next + 1), tokens[next + 1].digits == 4,
           match.mention.year == nil, match.mention.anchor == .implicit {
            let year = Int(tokens[next + 1].number)
            for index in stride(from: found.count - 1, through: 0, by: -1) {
                found[index].mention.year = year
                found[index].mention.anchor = .absolute
                if found[index].first == match.first { break }
            }
            found[found.count - 1].last = next + 1
            next += 2
        }
        return next
    }

    /// An expression widened by the alternative or the approximation written with it: "the next two years or so"
    /// (`APPROX`), "1994 or later", "1990 and beyond" (`ON_OR_AFTER`), "by March or earlier" (`ON_OR_BEFORE`),
    /// "weeks or months", "recent weeks and months" (one vague stretch).
    private func extendAlternative(_ match: inout Recognized) {
        guard match.rangeEnd == nil else { return }
        let last = match.last
        // "More recently it has followed ...": the comparative belongs to the adverb.
        if match.first == last, key(last) == K.recently, key(last - 1) == K.more || key(last - 1) == K.most {
            match.first = last - 1
            return
        }
        // "two years or so", "the next year or so", "every 10 years or so"
        if key(last + 1) == K.or, key(last + 2) == K.so, info(last).unit != nil, match.mention.reference == nil,
           match.mention.kind == .duration || match.mention.kind == .date || match.mention.kind == .set {
            match.last = last + 2
            if match.mention.mod == nil { match.mention.mod = "APPROX" }
            match.mention.approximate = true
            return
        }
        // "a decade or more", "two years or longer": at least that long.
        if key(last + 1) == K.or, key(last + 2) == K.more || key(last + 2) == K.longer, match.mention.kind == .duration, match.mention.mod == nil,
           info(last).unit != nil, key(last + 3) != K.than {
            match.last = last + 2
            match.mention.mod = "EQUAL_OR_MORE"
            return
        }
        // "1994 or later", "1990 and beyond": from that date on (not "or later this year", another expression).
        if match.mention.kind == .date, match.mention.reference == nil,
           key(last + 1) == K.or && (key(last + 2) == K.later || key(last + 2) == K.earlier) || key(last + 1) == K.and && key(last + 2) == K.beyond,
           matchExpression(at: last + 2) == nil {
            match.last = last + 2
            match.mention.mod = key(last + 2) == K.earlier ? "ON_OR_BEFORE" : "ON_OR_AFTER"
            return
        }
        // "within weeks or months": one vague stretch; "recent weeks and months" likewise (a counted "a few days and
        // weeks" stays two lengths).
        if info(last).plural, let unit = info(last).unit, info(last + 2).plural, let other = info(last + 2).unit, other != unit,
           key(last + 1) == K.or || key(last + 1) == K.and && match.mention.reference != nil,
           match.mention.reference != nil || match.mention.fixedValue?.contains("X") == true {
            match.last = last + 2
            if match.mention.kind == .duration, match.mention.mod == nil { match.mention.mod = "APPROX" }
        }
    }

    /// Whether `second` is a bare weekday listed right after the bare weekday `first`: "Monday and Tuesday", "late
    /// Thursday or early Friday", "Friday, Saturday and Sunday", "Wednesday night and Thursday morning", "overnight
    /// Sunday into Monday".
    private func listsWeekdays(_ first: Recognized, _ second: Recognized) -> Bool {
        // The words between them first: they rule out most pairs before the mentions are copied (~300 instructions each).
        guard first.rangeEnd == nil, second.rangeEnd == nil, tokens[first.last].sentence == tokens[second.first].sentence
        else { return false }
        var connector = first.last + 1
        if punct(connector, ",") { connector += 1 }
        if key(connector) == K.and || key(connector) == K.or || key(connector) == K.into { connector += 1 }
        return connector == second.first && connector > first.last + 1
            && first.mention.isBareWeekday && second.mention.isBareWeekday && first.mention.weekday != second.mention.weekday
    }

    /// Whether `second` is a bare weekday in a "with" phrase set off after the bare weekday `first`, a few words between
    /// ("opens Thursday, with the premiere on Saturday", "begins Monday, with the final Saturday").
    @inline(never) private func followsWithPhrase(_ first: Recognized, _ second: Recognized) -> Bool {
        let with = first.last + 2
        guard punct(first.last + 1, ","), key(with) == K.with, second.first > with + 1, second.first <= with + 6,
              first.rangeEnd == nil, second.rangeEnd == nil,
              (with + 1..<second.first).allSatisfy({ isWord($0) && !has($0, [.clauseBreak, .and]) }),
              first.mention.isBareWeekday, second.mention.isBareWeekday, first.mention.weekday != second.mention.weekday
        else { return false }
        return true
    }

    /// "on Thursday and Friday, 28-29 March": a range of days written after two listed weekdays restates them; each
    /// weekday takes its day.
    private func datesListedWeekdays(_ found: inout [Recognized], by range: Recognized) {
        guard let end = range.rangeEnd, found.count >= 2, punct(range.first - 1, ","), range.mention.kind == .date,
              range.mention.month != nil, range.mention.day != nil, end.mention.month != nil, end.mention.day != nil else { return }
        let first = found[found.count - 2], second = found[found.count - 1]
        guard first.mention.listedWithNext, second.last == range.first - 2, second.mention.isBareWeekday else { return }
        func dated(_ weekday: Mention, _ date: Mention) -> Mention {
            var mention = weekday
            mention.month = date.month
            mention.day = date.day
            mention.year = date.year
            mention.relativeYear = date.relativeYear
            mention.anchor = date.anchor
            return mention
        }
        found[found.count - 2].mention = dated(first.mention, range.mention)
        found[found.count - 2].mention.listedWithNext = false
        found[found.count - 1].mention = dated(second.mention, end.mention)
    }

    /// "April 24 and 25", "Oct. 3 or 4": a bare day number coordinated with a written date; in news also a list of them
    /// set off by commas that ends in "and" or "or" ("Jan. 5, 12 and 19", "March 3, 10, 17 and 24"), each later than the
    /// one before (not "On March 3, 12 were hurt").
    private func coordinatedDay(after match: Recognized) -> Recognized? {
        var connector = match.last + 1
        // "Feb. 3, 5, and 7": the comma before the last of a list's days.
        if punct(connector, ","), key(connector + 1) == K.and || key(connector + 1) == K.or, punct(match.first - 1, ",") { connector += 1 }
        let listed = !narrative && punct(connector, ",") && isNumber(connector + 1)
        guard listed || key(connector) == K.and || key(connector) == K.or, match.rangeEnd == nil, match.mention.kind == .date,
              match.mention.month != nil || match.mention.monthFromReference, let previousDay = match.mention.day,
              match.mention.hour == nil else { return nil }
        if listed, !listContinues(after: connector, from: previousDay) { return nil }
        let dayIndex = connector + 1
        guard let last = bareDayLast(at: dayIndex) else { return nil }
        var mention = match.mention
        mention.day = Int(tokens[dayIndex].number)
        mention.weekday = nil
        return Recognized(first: dayIndex, last: last, mention: mention)
    }

    /// The last token of a bare day number at `dayIndex` coordinated with a date (its ordinal suffix included), or `nil`:
    /// "May 4 and 5 were ...", "May 6 and 7th"; not "March 3 and 5 soldiers", "June 1 and 2%".
    private func bareDayLast(at dayIndex: Int) -> Int? {
        guard isNumber(dayIndex), tokens[dayIndex].digits <= 2, (1...31).contains(tokens[dayIndex].number),
              !tokens[dayIndex].flags.contains(.decimal) else { return nil }
        var last = dayIndex
        if Self.ordinalSuffixes.contains(key(last + 1)), !tokens[last + 1].spaceBefore { last += 1 }
        guard !CountNouns.keys.contains(key(last + 1)), info(last + 1).unit == nil, info(last + 1).month == 0,
              !punct(last + 1, "%"), !isDash(last + 1), !punct(last + 1, ":") else { return nil }
        // "the 13th and 14th of March": a day that writes its own month is a date of its own.
        if has(last + 1, .of), info(last + 2).month != 0 { return nil }
        return last
    }

    /// Whether the comma at `comma` opens a run of day numbers, each later than the one before (from `day`), that ends
    /// in "and" or "or" and one more ("5, 12 and 19"; a comma before "and" allowed).
    private func listContinues(after comma: Int, from day: Int) -> Bool {
        var index = comma, previous = day
        for _ in 0..<8 {
            guard isNumber(index + 1), tokens[index + 1].digits <= 2, !tokens[index + 1].flags.contains(.decimal) else { return false }
            let value = Int(tokens[index + 1].number)
            guard value > previous, value <= 31 else { return false }
            previous = value
            index += 2
            if punct(index, ",") && (key(index + 1) == K.and || key(index + 1) == K.or) { index += 1 }
            if key(index) == K.and || key(index) == K.or {
                // (Not a part of a group: "On Jan. 9, 15 and 16 of the suspects were freed".)
                guard let last = bareDayLast(at: index + 1), key(last + 1) != K.of || isNumber(last + 2) else { return false }
                return Int(tokens[index + 1].number) > previous
            }
            guard punct(index, ",") else { return false }
        }
        return false
    }

    /// "August and September 1914", "April or June 1955", "the spring and summer of 1979": a month or season
    /// without a year takes the year written after the one it is coordinated with.
    private func sharedYear(_ match: inout Recognized) {
        // The connector first: it rules out most expressions before their mention is copied (~300 instructions).
        let connector = match.last + 1
        guard key(connector) == K.and || key(connector) == K.or || (punct(connector, "/") && !tokens[connector].spaceBefore) else { return }
        let mention = match.mention
        guard match.rangeEnd == nil, mention.year == nil, mention.anchor == .implicit, mention.relativeYearDirection == nil,
              mention.month != nil && mention.day == nil || mention.season != nil,
              let next = matchExpression(at: connector + 1), next.rangeEnd == nil, next.mention.anchor == .absolute,
              let year = next.mention.year, next.mention.day == nil,
              (next.mention.month != nil) == (mention.month != nil), (next.mention.season != nil) == (mention.season != nil) else { return }
        match.mention.year = year
        match.mention.anchor = .absolute
    }

    /// Words between a year and a month without one that name a time within it: "last year, in March", "in 2011, in May",
    /// "last year, especially in March".
    static let withinYearLinks = KeySet(words: ["in", "and", "or", "especially", "particularly", "mainly", "mostly", "notably", "including"])

    /// Whether `match`, a month without a year, names a month of the year `previous` just named, set off by a comma
    /// ("cut jobs twice last year, in March and in October", "was closed in 2011, in May, and reopened"), or of the
    /// month before it that did ("in March and in October"). Not after other words ("won in 2010 and lost power in May").
    private func monthOfYearBefore(_ match: Recognized, _ previous: Recognized) -> Bool {
        // The places first: they rule out most pairs before the mentions are copied (~300 instructions each).
        guard match.rangeEnd == nil, previous.rangeEnd == nil, previous.last < match.first, match.first - previous.last <= 5 else { return false }
        let mention = match.mention, before = previous.mention
        guard mention.month != nil, mention.year == nil, mention.relativeYear == nil, mention.relativeYearDirection == nil,
              mention.anchor == .implicit, mention.holiday == nil, before.kind == .date, !before.aside else { return false }
        let ofYear = before.unit == .year && before.month == nil && before.season == nil && before.quarter == nil && before.half == nil
        let ofMonth = before.unit == .month && before.month != nil && (before.year != nil || before.yearFromReference)
        guard ofYear || ofMonth else { return false }
        var comma = false
        for index in (previous.last + 1)..<match.first {
            if punct(index, ",") { comma = true } else if !Self.withinYearLinks.contains(key(index)) { return false }
        }
        return comma || ofMonth
    }

    /// News: the day a statement was made, after a day its sentence named before it for what the statement tells ("The
    /// Soyuz will lift off on Thursday, the agency said on Tuesday", "Gunmen attacked a checkpoint on Monday, the army
    /// said Wednesday"): the time belongs to the event, so the story's day stays the event's ("Liftoff is set for 2152
    /// GMT" is Thursday's). Alone in its sentence ("Police said Monday the fire broke out at 2:30 a.m."), it stays the anchor.
    private func reportsAfterDay(_ match: Recognized, _ previous: Recognized) -> Bool {
        let before = key(match.first - 1) == K.on ? match.first - 2 : match.first - 1
        guard !narrative, has(before, .reporting), match.rangeEnd == nil, previous.rangeEnd == nil, previous.last < before,
              tokens[previous.last].sentence == tokens[match.first].sentence else { return false }
        let mention = match.mention, earlier = previous.mention
        return mention.kind == .date && mention.unit == .day && earlier.kind == .date && !earlier.aside
            && (earlier.unit == .day || earlier.unit == .partOfDay)
    }

    /// A date named in passing: a bare year ("the largest battle since 1813", "the Civil Constitution (1790)"), the
    /// close of a reported period ("the year ended June 30") or the end of a span ("in force until Jan. 31, 2024").
    /// It is a comparison, a label or a limit, not the time the text has moved to; so is the day a statement was made
    /// after the event's day (``reportsAfterDay(_:_:)``, with `previous` the expression before).
    private func isAside(_ match: Recognized, after previous: Recognized?) -> Bool {
        if let previous, reportsAfterDay(match, previous) { return true }
        // "the fiscal first quarter ended Sept. 30", "the year ended June 30": the date closes the period the text
        // reports on, which stays the story's time ("a year ago" is then that quarter a year before).
        // (Not a week's: "the week ended March 16" is a length, and the weekly figures' "the prior week" counts from the
        // week that day closes.)
        if key(match.first - 1) == K.ended || key(match.first - 1) == K.ending, let unit = info(match.first - 2).unit, unit != .week,
           match.rangeEnd == nil, match.mention.day != nil { return true }
        // News: "will remain in force until Jan. 31, 2024", "fund the government through Sept. 30": the end of a span
        // still running is no time the story has reached (a clock time after it stays on the story's day).
        if !narrative, match.rangeEnd == nil, Self.spanEnds.contains(key(match.first - 1)), !reachedBy(match) { return true }
        // News: "the largest march since 26 March 2011", "shut since March 16": the start of a span still running, or a
        // comparison; the story stays at its own day.
        if !narrative, match.rangeEnd == nil, match.mention.anchor == .absolute || match.mention.anchor == .implicit, match.mention.day != nil,
           has(match.first - 1, .since) {
            return true
        }
        // … and so is a weekday: "Police have added patrols since Monday. … the previous night" counts from the story's
        // day, not from Monday.
        if !narrative, match.rangeEnd == nil, match.mention.weekday != nil, match.mention.part == nil, match.mention.unit == .day,
           has(match.first - 1, .since) {
            return true
        }
        // "struck at 6:46 a.m. local time (2346 GMT Thursday)": the day of a bracketed restatement in another zone.
        if punct(match.last + 1, ")"), has(match.first - 1, .timeSuffix), tokens[match.first - 1].sentence == tokens[match.first].sentence {
            var cursor = match.first - 2
            while cursor >= 0, cursor >= match.first - 6, tokens[cursor].kind == .number || punct(cursor, ":") || punct(cursor, ".") {
                cursor -= 1
            }
            if cursor < match.first - 2, punct(cursor, "(") { return true }
        }
        // Histories: "lasted until the fall of Budapest in February 1945": the end of a span, which the story has not reached.
        if narrative, match.rangeEnd == nil, lastsUntil(before: match.first) { return true }
        guard match.rangeEnd == nil, match.mention.anchor == .absolute, match.mention.unit == .year,
              match.mention.month == nil, match.mention.season == nil, isNumber(match.first) else { return false }
        if has(match.first - 1, .since) { return true }
        // "complying with the 1978 Treaty of Friendship": a year in a name labels it; the story stays where it was.
        if narrative, key(match.first - 1) == K.the, match.first == match.last, isWord(match.last + 1), isCapitalized(match.last + 1),
           info(match.last + 1).month == 0 { return true }
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

    /// News: a written-out date after "By" opening its sentence, in a clause told in the past ("By 1985, prices had
    /// fallen", "By the end of 2014, it had dropped below 6 percent", "By the mid-1960s, she was its conductor"): a
    /// point the history has reached, which the next look-back counts from ("The following year, …"), not the end of a
    /// span still running ("By 2030, the city will …", "by Friday": no past auxiliary, or no year written).
    private func reachedBy(_ match: Recognized) -> Bool {
        match.mention.anchor == .absolute && fronted(by: match)
    }

    /// Whether `match` follows "By" opening its sentence, in a clause told in the past (``reachedBy(_:)``; a month
    /// without a year there, "By mid-July, rebels had taken the capital", may be a told history's: ``Mention/reachedInPast``).
    private func fronted(by match: Recognized) -> Bool {
        guard key(match.first - 1) == K.by, match.mention.kind == .date,
              tokens.sentenceStart(of: match.first - 1, within: 1) == match.first - 1 else { return false }
        let sentence = tokens[match.first].sentence
        var index = match.last + 1
        while index < tokenCount, index <= match.last + 8, tokens[index].sentence == sentence {
            if has(index, .pastAux) { return true }
            if has(index, [.future, .modal, .presentAux]) { return false }
            index += 1
        }
        return false
    }

    /// Whether `match` opens its sentence, alone or after one of ``historyOpeners`` ("In 1994, …", "By the end of 2014, …").
    private func opensHistory(_ match: Recognized) -> Bool {
        guard let start = tokens.sentenceStart(of: match.first, within: 1) else { return false }
        return start == match.first || start == match.first - 1 && Self.historyOpeners.contains(key(start))
    }

    static let historyOpeners = KeySet(words: ["in", "during", "by", "throughout"])

    /// "until" or "till" before `index` in its clause, after a verb of lasting ("lasted until", "continued until",
    /// "remained … until").
    private func lastsUntil(before index: Int) -> Bool {
        var position = index - 1
        let sentence = tokens[index].sentence
        while position >= 0, position >= index - 8, tokens[position].sentence == sentence, !punct(position, ","), !punct(position, ";") {
            if key(position) == K.until || key(position) == K.till {
                return Self.lastingVerbs.contains(key(position - 1))
            }
            position -= 1
        }
        return false
    }

    static let lastingVerbs = KeySet(words: ["lasted", "lasting", "continued", "continuing", "remained", "persisted", "raged",
                                            "stayed", "held", "survived", "endured"])
    static let planKeys = KeySet(words: ["planned", "projected", "scheduled", "expected", "intended"])
    /// Prepositions that close a span: "until Jan. 31", "through Sept. 30".
    static let spanEnds = KeySet(words: ["until", "till", "through", "by"])

    /// Counts without a number that start a duration: "several years", "many months".
    static let vagueCountKeys = KeySet(words: Lexicon.vagueQuantities)

    // MARK: Token helpers

    @inline(__always) func info(_ index: Int) -> WordInfo { index >= 0 && index < tokenCount ? infos[index] : .none }
    @inline(__always) func isWord(_ index: Int) -> Bool { index >= 0 && index < tokenCount && tokens[index].kind == .word }
    @inline(__always) func has(_ index: Int, _ tags: WordInfo.Tags) -> Bool { isWord(index) && !infos[index].tags.isDisjoint(with: tags) }
    @inline(__always) func key(_ index: Int) -> UInt64 { isWord(index) ? tokens[index].key : 0 }
    @inline(__always) func isNumber(_ index: Int) -> Bool { index >= 0 && index < tokenCount && tokens[index].kind == .number }
    @inline(__always) func punct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        index >= 0 && index < tokenCount && tokens[index].isPunctuation(scalar)
    }
    /// An apostrophe, straight or curly, at `index` (``Token/isApostrophe``).
    @inline(__always) func apostrophe(_ index: Int) -> Bool {
        index >= 0 && index < tokenCount && tokens[index].isApostrophe
    }
    /// A punctuation token touching the previous token (no space): "Feb." or "p.m.".
    @inline(__always) func attachedPunct(_ index: Int, _ scalar: Unicode.Scalar) -> Bool {
        punct(index, scalar) && !tokens[index].spaceBefore
    }
    @inline(__always) func isDash(_ index: Int) -> Bool {
        guard index >= 0 && index < tokenCount, tokens[index].kind == .punctuation else { return false }
        let value = tokens[index].number
        return value == Dash.hyphen || value == Dash.enDash || value == 0x2212
    }
    /// "the late eighties", "the mid-nineties": a part word after "the" before a decade word at `index` (not "in his late
    /// eighties", an age).
    func decadePartBefore(_ index: Int) -> Bool {
        let part = isDash(index - 1) && !tokens[index - 1].spaceBefore ? index - 2 : index - 1
        return has(part, [.early, .mid, .late]) && has(part - 1, .the)
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
        // "two thousand years"
        if key(last + 1) == K.thousand, value < 1000 { value = (value == 0 ? 1 : value) * 1000; last += 1 }
        // "the next couple of years"
        if key(index) == K.couple, key(index + 1) == K.of { return (2, index + 1) }
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

    func isCapitalized(_ index: Int) -> Bool { index >= 0 && index < tokenCount && tokens[index].capitalized }

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
        // "the night of 3-4 May": the night is the first day's; the second day is a date of its own.
        if first.mention.unit == .partOfDay, key(first.first) == K.the { return nil }
        // "the quarter to March": the month closes the quarter, no range (a quarter matched with its closing month).
        if first.mention.quarterEnding, first.mention.unit == .quarter, key(first.first) == K.the { return nil }
        let connector = first.last + 1
        let isWordConnector = connectorKey != 0 ? key(connector) == connectorKey : (has(connector, .range) && key(connector) != K.and)
        let isDashConnector = connectorKey == 0 && isDash(connector)
        let start = connector + 1
        // "the 2022/23 season", "fiscal 2019/2020": a split year is the two calendar years.
        var splitYear: Int?
        if connectorKey == 0, first.mention.unit == .year, first.mention.anchor == .absolute, first.mention.month == nil,
           isNumber(first.last) {
            splitYear = splitYearEnd(after: first.last)
        }
        guard isWordConnector || isDashConnector || splitYear != nil else { return nil }
        var end: Recognized?
        if let splitYear {
            var mention = first.mention
            mention.year = splitYear
            end = Recognized(first: start, last: start, mention: mention)
        } else if let candidate = matchExpression(at: start), candidate.rangeEnd == nil, compatible(first.mention, candidate.mention) {
            end = candidate
        } else if first.mention.month != nil, isWord(start), info(start).month != 0, isCapitalized(start),
                  let candidate = matchMonthFirst(at: start, context: true) {
            // "between March and May", "from April to May": the range is the context an ambiguous month needs.
            end = candidate
        } else if first.mention.season != nil, isWord(start), let candidate = matchSeason(at: start, year: nil, context: true) {
            // "from summer to fall", likewise for an ambiguous season.
            end = candidate
        } else if isNumber(start), first.mention.month != nil, first.mention.day != nil, tokens[start].digits <= 2 {
            // "March 3-5": the second end copies the month (and year) from the first.
            let value = Int(tokens[start].number)
            var last = start
            if isWord(start + 1), Self.ordinalSuffixes.contains(key(start + 1)), !tokens[start + 1].spaceBefore { last += 1 }
            var mention = first.mention
            mention.day = value
            if punct(last + 1, ","), isNumber(last + 2), tokens[last + 2].digits == 4 {
                mention.year = Int(tokens[last + 2].number)
                last += 2
            }
            end = Recognized(first: start, last: last, mention: mention)
        } else if isNumber(start), first.mention.unit == .year, first.mention.anchor == .absolute, tokens[start].digits == 2,
                  !isWord(start + 1) || info(start + 1).unit == nil || Self.splitYearNouns.contains(key(start + 1)),
                  let year = first.mention.year {
            // "1998-99"
            var mention = first.mention
            mention.year = year / 100 * 100 + Int(tokens[start].number)
            if mention.year! <= year { mention.year! += 100 }
            end = Recognized(first: start, last: start, mention: mention)
        } else if isDashConnector, isNumber(start), first.mention.unit == .year, first.mention.anchor == .absolute, tokens[start].digits == 4,
                  Self.splitYearNouns.contains(key(start + 1)), let year = first.mention.year, Int(tokens[start].number) == year + 1 {
            // "the 2022-2023 season": the next year before a season or a year word (no count of seasons).
            var mention = first.mention
            mention.year = year + 1
            end = Recognized(first: start, last: start, mention: mention)
        }
        guard var end else { return nil }
        // "from the 13th to the 19th of October 1950": the month named at the end is the first end's month too.
        if first.mention.monthFromReference, let month = end.mention.month {
            var range = first
            range.mention.monthFromReference = false
            range.mention.month = month
            range.mention.year = end.mention.year
            range.mention.anchor = end.mention.anchor
            range.rangeEnd = (end.first, end.last, end.mention)
            return range
        }
        // "Feb. 28-March 2, 2023": a year after the second end belongs to both; "from November 15 to February 15, 1989":
        // a first month after the second is the year before's.
        if first.mention.year == nil, first.mention.anchor == .implicit, let year = end.mention.year, end.mention.anchor == .absolute {
            var firstMention = first.mention
            firstMention.year = (first.mention.month ?? 0) > (end.mention.month ?? 13) ? year - 1 : year
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
        // News: "polls are open from 7 a.m. to 8 p.m. on Tuesday", "between 10 a.m. and 4 p.m. Saturday": the day the
        // second clock time is put on is the first's too (not a night's range, "from 10 p.m. to 6 a.m. Saturday").
        if Self.takesDayOfEnd(first.mention, end.mention) { range.mention = Self.time(first.mention, on: end.mention) }
        range.rangeEnd = (end.first, end.last, end.mention)
        return range
    }

    /// "March to May", "March-May": a capitalised month running to another gives an ambiguous month its context.
    private func startsMonthRange(at index: Int) -> Bool {
        guard isCapitalized(index) else { return false }
        let connector = monthTakesPeriod(at: index) ? index + 2 : index + 1
        guard has(connector, .range) && key(connector) != K.and || isDash(connector) && !tokens[connector].spaceBefore else { return false }
        return info(connector + 1).month != 0 && isCapitalized(connector + 1)
    }

    /// "from spring to autumn", "from fall through winter": a season running to another after "from" gives an ambiguous
    /// season its context (not "prices fall to spring lows").
    private func startsSeasonRange(at index: Int) -> Bool {
        has(index - 1, .from) && has(index + 1, .range) && key(index + 1) != K.and && info(index + 2).season != 0 && isWord(index + 2)
    }

    /// Whether a clock time that opens a range (`first`, no day of its own) takes the day its end (`end`) is put on: an
    /// end later in the day than the start ("from 9 a.m. to 5 p.m. Saturday"), not earlier (a night's range).
    static func takesDayOfEnd(_ first: Mention, _ end: Mention) -> Bool {
        guard first.kind == .time, end.kind == .time, let startHour = first.hour, let endHour = end.hour,
              first.weekday == nil, first.day == nil, first.month == nil, first.holiday == nil, first.year == nil,
              end.weekday != nil || end.day != nil || end.holiday != nil else { return false }
        return startHour * 60 + (first.minute ?? 0) <= endHour * 60 + (end.minute ?? 0)
    }

    /// Units a split year qualifies rather than counts: "the 2019-20 season", "the 1998-99 fiscal year".
    static let splitYearNouns = KeySet(words: ["season", "year"])

    private func compatible(_ a: Mention, _ b: Mention) -> Bool {
        guard a.kind == b.kind || (a.kind == .time && b.kind == .time) else { return false }
        // "from 9 p.m. Friday to 5 a.m.": a clock time alone ends a range that a clock time on a day began.
        if a.kind == .time, b.kind == .time, a.hour != nil, b.hour != nil, b.weekday == nil, b.month == nil { return true }
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
        // "next month's first Monday": a weekday counted in the period before the possessive.
        if !narrative, apostrophe(single.last + 1), let counted = possessiveCountedWeekday(single) { return counted }
        if let range = rangeContinuation(of: single) { return range }
        return single
    }

    /// The longest expression starting at `index`, without a range that continues it.
    func matchSingle(at index: Int) -> Recognized? {
        let tokens = InlineTokens(self.tokens)  // (its getter inlined)
        guard index >= 0 && index < tokenCount else { return nil }
        let word = info(index)
        // A holiday's ordinary first word ("New", "Black", "President") starts nothing else: straight to the holidays; a
        // modifier's ("Mid-Autumn Festival") tries the holiday before the part of a period ("mid-March").
        if word.holiday != 0, word.tags.contains(.capitalizedStart), !word.isTimeWord, word.ordinal == 0 {
            if word.tags.isDisjoint(with: WordInfo.startTags) { return matchHoliday(at: index) }
            if let holiday = matchHoliday(at: index) { return holiday }
        }
        // "a few days a week", "a few times a month": one rate, before "a few days" is taken as a length; "a couple of days
        // a week", "a couple of times a month" likewise, a count of two.
        if tokens[index].key == K.an, info(index + 1).unit != nil, let rate = matchAmountRate(at: index) { return rate }
        if tokens[index].key == K.a {
            if info(index + 1).unit != nil, let rate = matchAmountRate(at: index) { return rate }
            if key(index + 1) == K.few, Self.rateWords.contains(key(index + 3)), let rate = matchRate(at: index + 1) { return rate }
            if key(index + 1) == K.couple, key(index + 2) == K.of, Self.rateWords.contains(key(index + 4)),
               let rate = matchRate(at: index) { return rate }
        }
        // Quantifier prefixes on durations and dates: "about three years", "more than a decade".
        if Self.mayQualify(word), let prefixed = matchQualified(at: index) { return prefixed }
        if word.cardinal == 1 || word.unit == .half || word.unit == .quarter
            || word.cardinal > 1 && word.cardinal < 30 && !has(index - 1, .the), let spoken = matchSpokenClock(at: index) { return spoken }
        if has(index, .the) {
            if let inner = matchAfterThe(at: index) { return inner }
            return nil
        }
        if tokens[index].kind == .number || punct(index, "'") {
            // "24 hours a day", "3 times a week": one key compare before the rate rule.
            if Self.rateWords.contains(key(index + 2)), let rate = matchRate(at: index) { return rate }
            return matchNumeric(at: index)
        }
        guard isWord(index) else { return nil }
        if word.tags.contains(.early) || word.tags.contains(.mid) || word.tags.contains(.late)
            || word.tags.contains(.earlier) || word.tags.contains(.later) {
            if let partial = matchPartOf(at: index) { return partial }
        }
        // matchModified starts with one of these tags or with nothing: most words skip the call.
        if !word.tags.isDisjoint(with: Self.modifierTags), let relative = matchModified(at: index) { return relative }
        if mayBeDeictic(word, key: key(index)), let deictic = matchDeictic(at: index) { return deictic }
        if let set = matchSet(at: index) { return set }
        // These three need a year or month word, or a number word from two: the lexicon entry skips the calls.
        if word.unit == .year || tokens[index].key == K.prior, let yearAgo = matchYearAgo(at: index) { return yearAgo }
        if word.unit == .year || word.unit == .month, let yearEnd = matchYearEnd(at: index) { return yearEnd }
        if word.cardinal >= 2, let spoken = matchSpokenYear(at: index) { return spoken }
        if let quantity = matchQuantity(at: index) { return quantity }
        // Holidays first: "May Day" is no month.
        if word.holiday != 0, let holiday = matchHoliday(at: index) { return holiday }
        if word.month != 0, let date = matchMonthFirst(at: index, context: startsMonthRange(at: index)) { return date }
        if word.weekday != 0, let weekday = matchWeekday(at: index) { return weekday }
        if word.season != 0, let season = matchSeason(at: index, year: nil, context: startsSeasonRange(at: index)) { return season }
        if word.ordinal > 0 || Self.isQuarterWord(tokens[index].key), let period = matchOrdinalPeriod(at: index) { return period }
        if word.tags.contains(.fiscal), let fiscal = matchFiscal(at: index) { return fiscal }
        if word.tags.contains(.decadeWord), isCapitalized(index) || has(index - 1, .the) || decadePartBefore(index) {
            var mention = Mention()
            mention.unit = .decade
            mention.shortDecade = Int(word.cardinal)
            return Recognized(first: index, last: index, mention: mention)
        }
        if word.tags.contains(.dayEdge), let edge = matchDayEdge(at: index) { return edge }
        if !narrative, word.partOfDay != 0, let part = matchBarePartOfDay(at: index) { return part }
        if tokens[index].key == K.overnight, let overnight = matchOvernight(at: index) { return overnight }
        // "high noon", the film "High Noon": a figure of speech, not a clock time.
        if word.tags.contains(.noon), key(index - 1) == K.high { return nil }
        if word.tags.contains(.noon) || word.tags.contains(.midnight) {
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .reference
            mention.unit = .time
            mention.hour = word.tags.contains(.noon) ? 12 : 24
            mention.minute = 0
            // "shortly after midnight on Saturday", "just past midnight Sunday": the small hours of the day written after
            // it, the midnight that begins it (a midnight alone, or "before midnight Friday", ends its day).
            if mention.hour == 24, key(index - 1) == K.after_ || key(index - 1) == K.past,
               info(index + 1).weekday != 0 || key(index + 1) == K.on && (info(index + 2).weekday != 0 || info(index + 2).month != 0) {
                mention.hour = 0
            }
            // "noon ET", "midnight GMT": its zone; "noon Thursday", "midnight on Friday": the day written after it.
            return clock(mention, first: index, last: zoneAfter(index).flatMap { $0.inExtent ? $0.last : nil } ?? index)
        }
        return nil
    }
}

/// Lexicon keys the recogniser compares tokens with directly.
///
/// Each key is computed where it is read: the accessors and ``k(_:)`` are inlined and the optimiser folds
/// them into a constant. (As `static let`s, the keys were initialised lazily and every read went through
/// `swift_once`, over a million reads per MB of text.) The single keys the linker and the tense reader
/// compare with are here too.
enum K {
    /// ``Lexicon/key(_:)`` of an ASCII word written as a literal.
    @inline(__always) static func k(_ word: StaticString) -> UInt64 {
        assert(word.isASCII, "keys are folded from ASCII words")
        return word.withUTF8Buffer { bytes in
            var key = Lexicon.keySeed
            for byte in bytes { key = Lexicon.extend(key, with: Unicode.Scalar(byte)) }
            return key
        }
    }

    @inline(__always) static var ca: UInt64 { k("ca") }
    @inline(__always) static var generation: UInt64 { k("generation") }
    @inline(__always) static var out: UInt64 { k("out") }
    @inline(__always) static var there: UInt64 { k("there") }
    @inline(__always) static var generations: UInt64 { k("generations") }
    @inline(__always) static var since: UInt64 { k("since") }
    @inline(__always) static var for_: UInt64 { k("for") }
    @inline(__always) static var or: UInt64 { k("or") }
    @inline(__always) static var short: UInt64 { k("short") }
    @inline(__always) static var term: UInt64 { k("term") }
    @inline(__always) static var these: UInt64 { k("these") }
    @inline(__always) static var week: UInt64 { k("week") }
    @inline(__always) static var fortnight: UInt64 { k("fortnight") }
    @inline(__always) static var latter: UInt64 { k("latter") }
    @inline(__always) static var back: UInt64 { k("back") }
    @inline(__always) static var front: UInt64 { k("front") }
    @inline(__always) static var modern: UInt64 { k("modern") }
    @inline(__always) static var date: UInt64 { k("date") }
    @inline(__always) static var high: UInt64 { k("high") }
    @inline(__always) static var night: UInt64 { k("night") }
    @inline(__always) static var daytime: UInt64 { k("daytime") }
    @inline(__always) static var hours: UInt64 { k("hours") }
    @inline(__always) static var hrs: UInt64 { k("hrs") }
    @inline(__always) static var basis: UInt64 { k("basis") }
    @inline(__always) static var within: UInt64 { k("within") }
    @inline(__always) static var into: UInt64 { k("into") }
    @inline(__always) static var a: UInt64 { k("a") }
    @inline(__always) static var an: UInt64 { k("an") }
    @inline(__always) static var of: UInt64 { k("of") }
    @inline(__always) static var number: UInt64 { k("number") }
    @inline(__always) static var and: UInt64 { k("and") }
    @inline(__always) static var but: UInt64 { k("but") }
    @inline(__always) static var the: UInt64 { k("the") }
    @inline(__always) static var day: UInt64 { k("day") }
    @inline(__always) static var to: UInt64 { k("to") }
    @inline(__always) static var hundred: UInt64 { k("hundred") }
    @inline(__always) static var couple: UInt64 { k("couple") }
    @inline(__always) static var dozen: UInt64 { k("dozen") }
    @inline(__always) static var few: UInt64 { k("few") }
    @inline(__always) static var half: UInt64 { k("half") }
    @inline(__always) static var th: UInt64 { k("th") }
    @inline(__always) static var st: UInt64 { k("st") }
    @inline(__always) static var nd: UInt64 { k("nd") }
    @inline(__always) static var rd: UInt64 { k("rd") }
    @inline(__always) static var s: UInt64 { k("s") }
    @inline(__always) static var q1: UInt64 { k("q1") }
    @inline(__always) static var q2: UInt64 { k("q2") }
    @inline(__always) static var q3: UInt64 { k("q3") }
    @inline(__always) static var q4: UInt64 { k("q4") }
    @inline(__always) static var fy: UInt64 { k("fy") }
    @inline(__always) static var am: UInt64 { k("am") }
    @inline(__always) static var pm: UInt64 { k("pm") }
    @inline(__always) static var p: UInt64 { k("p") }
    @inline(__always) static var m: UInt64 { k("m") }
    @inline(__always) static var oclock: UInt64 { k("clock") }
    @inline(__always) static var o: UInt64 { k("o") }
    @inline(__always) static var ago: UInt64 { k("ago") }
    @inline(__always) static var from: UInt64 { k("from") }
    @inline(__always) static var now: UInt64 { k("now") }
    @inline(__always) static var than: UInt64 { k("than") }
    @inline(__always) static var at: UInt64 { k("at") }
    @inline(__always) static var on: UInt64 { k("on") }
    @inline(__always) static var local: UInt64 { k("local") }
    @inline(__always) static var h: UInt64 { k("h") }
    @inline(__always) static var multi: UInt64 { k("multi") }
    @inline(__always) static var times: UInt64 { k("times") }
    @inline(__always) static var each: UInt64 { k("each") }
    @inline(__always) static var part: UInt64 { k("part") }
    @inline(__always) static var plus: UInt64 { k("plus") }
    @inline(__always) static var longer: UInt64 { k("longer") }
    @inline(__always) static var single: UInt64 { k("single") }
    @inline(__always) static var least: UInt64 { k("least") }
    @inline(__always) static var most: UInt64 { k("most") }
    @inline(__always) static var up: UInt64 { k("up") }
    @inline(__always) static var street: UInt64 { k("street") }
    @inline(__always) static var wall: UInt64 { k("wall") }
    @inline(__always) static var down: UInt64 { k("down") }
    @inline(__always) static var long: UInt64 { k("long") }
    @inline(__always) static var old: UInt64 { k("old") }
    @inline(__always) static var year: UInt64 { k("year") }
    @inline(__always) static var past: UInt64 { k("past") }
    @inline(__always) static var future: UInt64 { k("future") }
    @inline(__always) static var present: UInt64 { k("present") }
    @inline(__always) static var recent: UInt64 { k("recent") }
    @inline(__always) static var near: UInt64 { k("near") }
    @inline(__always) static var this: UInt64 { k("this") }
    @inline(__always) static var that: UInt64 { k("that") }
    @inline(__always) static var same: UInt64 { k("same") }
    @inline(__always) static var end: UInt64 { k("end") }
    @inline(__always) static var beginning: UInt64 { k("beginning") }
    @inline(__always) static var starting: UInt64 { k("starting") }
    @inline(__always) static var commencing: UInt64 { k("commencing") }
    @inline(__always) static var begin: UInt64 { k("begin") }
    @inline(__always) static var will: UInt64 { k("will") }
    @inline(__always) static var budget: UInt64 { k("budget") }
    @inline(__always) static var start: UInt64 { k("start") }
    @inline(__always) static var middle: UInt64 { k("middle") }
    @inline(__always) static var close: UInt64 { k("close") }
    @inline(__always) static var last: UInt64 { k("last") }
    @inline(__always) static var next: UInt64 { k("next") }
    @inline(__always) static var coming: UInt64 { k("coming") }
    @inline(__always) static var earlier: UInt64 { k("earlier") }
    @inline(__always) static var later: UInt64 { k("later") }
    @inline(__always) static var early: UInt64 { k("early") }
    @inline(__always) static var late: UInt64 { k("late") }
    @inline(__always) static var mid: UInt64 { k("mid") }
    @inline(__always) static var previous: UInt64 { k("previous") }
    @inline(__always) static var time: UInt64 { k("time") }
    @inline(__always) static var once: UInt64 { k("once") }
    @inline(__always) static var twice: UInt64 { k("twice") }
    @inline(__always) static var per: UInt64 { k("per") }
    @inline(__always) static var every: UInt64 { k("every") }
    @inline(__always) static var other: UInt64 { k("other") }
    @inline(__always) static var fiscal: UInt64 { k("fiscal") }
    @inline(__always) static var financial: UInt64 { k("financial") }
    @inline(__always) static var tax: UInt64 { k("tax") }
    @inline(__always) static var quarter: UInt64 { k("quarter") }
    @inline(__always) static var some: UInt64 { k("some") }
    @inline(__always) static var more: UInt64 { k("more") }
    @inline(__always) static var less: UInt64 { k("less") }
    @inline(__always) static var nearly: UInt64 { k("nearly") }
    @inline(__always) static var about: UInt64 { k("about") }
    @inline(__always) static var almost: UInt64 { k("almost") }
    @inline(__always) static var in_: UInt64 { k("in") }
    @inline(__always) static var row: UInt64 { k("row") }
    @inline(__always) static var running: UInt64 { k("running") }
    @inline(__always) static var today: UInt64 { k("today") }
    @inline(__always) static var yesterday: UInt64 { k("yesterday") }
    @inline(__always) static var tomorrow: UInt64 { k("tomorrow") }
    @inline(__always) static var tonight: UInt64 { k("tonight") }
    @inline(__always) static var current: UInt64 { k("current") }
    @inline(__always) static var upcoming: UInt64 { k("upcoming") }
    @inline(__always) static var may: UInt64 { k("may") }
    @inline(__always) static var warned: UInt64 { k("warned") }
    @inline(__always) static var called: UInt64 { k("called") }
    @inline(__always) static var much: UInt64 { k("much") }
    @inline(__always) static var many: UInt64 { k("many") }
    @inline(__always) static var which: UInt64 { k("which") }
    @inline(__always) static var who: UInt64 { k("who") }
    @inline(__always) static var calendar: UInt64 { k("calendar") }
    @inline(__always) static var fall: UInt64 { k("fall") }
    @inline(__always) static var spring: UInt64 { k("spring") }
    @inline(__always) static var june: UInt64 { k("june") }
    @inline(__always) static var july: UInt64 { k("july") }
    @inline(__always) static var previously_: UInt64 { k("previously") }
    @inline(__always) static var prior: UInt64 { k("prior") }
    @inline(__always) static var before_: UInt64 { k("before") }
    @inline(__always) static var after_: UInt64 { k("after") }
    @inline(__always) static var would: UInt64 { k("would") }
    @inline(__always) static var daily: UInt64 { k("daily") }
    @inline(__always) static var latest: UInt64 { k("latest") }
    @inline(__always) static var ended: UInt64 { k("ended") }
    @inline(__always) static var followed: UInt64 { k("followed") }
    @inline(__always) static var ensued: UInt64 { k("ensued") }
    @inline(__always) static var ending: UInt64 { k("ending") }
    @inline(__always) static var reached: UInt64 { k("reached") }
    @inline(__always) static var could: UInt64 { k("could") }
    @inline(__always) static var d: UInt64 { k("d") }
    @inline(__always) static var bc: UInt64 { k("bc") }
    @inline(__always) static var bce: UInt64 { k("bce") }
    @inline(__always) static var ad_: UInt64 { k("ad") }
    @inline(__always) static var ce: UInt64 { k("ce") }
    @inline(__always) static var b: UInt64 { k("b") }
    @inline(__always) static var c: UInt64 { k("c") }
    @inline(__always) static var t: UInt64 { k("t") }
    @inline(__always) static var n: UInt64 { k("n") }
    @inline(__always) static var not: UInt64 { k("not") }
    @inline(__always) static var former: UInt64 { k("former") }
    @inline(__always) static var full: UInt64 { k("full") }
    @inline(__always) static var thousand: UInt64 { k("thousand") }
    @inline(__always) static var period: UInt64 { k("period") }
    @inline(__always) static var first: UInt64 { k("first") }
    @inline(__always) static var be: UInt64 { k("be") }
    @inline(__always) static var being: UInt64 { k("being") }
    @inline(__always) static var q: UInt64 { k("q") }
    @inline(__always) static var hence: UInt64 { k("hence") }
    @inline(__always) static var soon: UInt64 { k("soon") }
    @inline(__always) static var as_: UInt64 { k("as") }
    @inline(__always) static var because: UInt64 { k("because") }
    @inline(__always) static var holding: UInt64 { k("holding") }
    @inline(__always) static var operating: UInt64 { k("operating") }
    @inline(__always) static var when: UInt64 { k("when") }
    @inline(__always) static var while_: UInt64 { k("while") }
    @inline(__always) static var where_: UInt64 { k("where") }
    @inline(__always) static var born: UInt64 { k("born") }
    @inline(__always) static var due: UInt64 { k("due") }
    @inline(__always) static var payable: UInt64 { k("payable") }
    @inline(__always) static var compared: UInt64 { k("compared") }
    @inline(__always) static var with: UInt64 { k("with") }
    @inline(__always) static var had: UInt64 { k("had") }
    @inline(__always) static var has: UInt64 { k("has") }
    @inline(__always) static var have: UInt64 { k("have") }
    @inline(__always) static var through: UInt64 { k("through") }
    @inline(__always) static var until: UInt64 { k("until") }
    @inline(__always) static var till: UInt64 { k("till") }
    @inline(__always) static var been: UInt64 { k("been") }
    @inline(__always) static var months: UInt64 { k("months") }
    @inline(__always) static var whose: UInt64 { k("whose") }
    @inline(__always) static var effective: UInt64 { k("effective") }
    @inline(__always) static var deadline: UInt64 { k("deadline") }
    @inline(__always) static var delivery: UInt64 { k("delivery") }
    @inline(__always) static var by: UInt64 { k("by") }
    @inline(__always) static var contract: UInt64 { k("contract") }
    @inline(__always) static var contracts: UInt64 { k("contracts") }
    @inline(__always) static var turn: UInt64 { k("turn") }
    @inline(__always) static var final: UInt64 { k("final") }
    @inline(__always) static var closing: UInt64 { k("closing") }
    @inline(__always) static var dying: UInt64 { k("dying") }
    @inline(__always) static var opening: UInt64 { k("opening") }
    @inline(__always) static var over: UInt64 { k("over") }
    @inline(__always) static var under: UInt64 { k("under") }
    @inline(__always) static var one: UInt64 { k("one") }
    @inline(__always) static var is_: UInt64 { k("is") }
    @inline(__always) static var overnight: UInt64 { k("overnight") }
    @inline(__always) static var beyond: UInt64 { k("beyond") }
    @inline(__always) static var no: UInt64 { k("no") }
    @inline(__always) static var so: UInt64 { k("so") }
    @inline(__always) static var far: UInt64 { k("far") }
    @inline(__always) static var ahead: UInt64 { k("ahead") }
    @inline(__always) static var festival: UInt64 { k("festival") }
    @inline(__always) static var month: UInt64 { k("month") }
    @inline(__always) static var between: UInt64 { k("between") }
    @inline(__always) static var then: UInt64 { k("then") }
    @inline(__always) static var recently: UInt64 { k("recently") }
    // Times of day and holidays
    @inline(__always) static var holiday: UInt64 { k("holiday") }
    @inline(__always) static var bank: UInt64 { k("bank") }
    @inline(__always) static var march: UInt64 { k("march") }
    @inline(__always) static var season: UInt64 { k("season") }
    @inline(__always) static var weekend: UInt64 { k("weekend") }
    @inline(__always) static var eve: UInt64 { k("eve") }
    @inline(__always) static var light: UInt64 { k("light") }
    @inline(__always) static var holidays: UInt64 { k("holidays") }
    @inline(__always) static var festive: UInt64 { k("festive") }
    @inline(__always) static var yuletide: UInt64 { k("yuletide") }
    @inline(__always) static var shopping: UInt64 { k("shopping") }
    @inline(__always) static var new: UInt64 { k("new") }
    @inline(__always) static var small: UInt64 { k("small") }
    @inline(__always) static var wee: UInt64 { k("wee") }
}
