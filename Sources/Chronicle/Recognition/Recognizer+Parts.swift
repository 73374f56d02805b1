/// Parts of periods: "early 2023", "mid-1990s", "late February", "earlier this month", "the end of the year".
extension Recognizer {
    // MARK: "early 2023", "mid-1990s", "late February", "earlier this month", "the end of the year"

    func matchPartOf(at index: Int) -> Recognized? {
        let word = info(index)
        let wordKey = key(index)
        var part: Mention.Part = word.tags.contains(.early) ? .start : word.tags.contains(.mid) ? .middle : .end
        var cut: Mention.Cut?
        if wordKey == K.earlier { part = .start; cut = .untilAnchor }
        if wordKey == K.later { part = .end; cut = .fromAnchor }
        // "by midyear", "by midyear 2014", "until midweek", "in midmonth": the middle of the dateline's period (in a
        // history, the story's), as "mid-year" is; after a preposition only ("a midyear review" names a review).
        if word.tags.contains(.mid), let unit = Self.midWords[wordKey] {
            guard has(index - 1, .preposition) else { return nil }
            var mention = Mention()
            mention.anchor = narrative ? .reference : .dateline
            mention.unit = unit
            mention.part = .middle
            mention.mod = Mention.Part.middle.mod
            // "by midyear 2014": the middle of that year.
            if unit == .year, isWrittenYear(at: index + 1) {
                mention.year = Int(tokens[index + 1].number)
                mention.anchor = .absolute
                return Recognized(first: index, last: index + 1, mention: mention)
            }
            return Recognized(first: index, last: index, mention: mention)
        }
        // "planting began two weeks late this year", "the trains ran an hour late this morning": after a length of
        // time "late" and "early" say how far off schedule, not which part of the period follows.
        if wordKey == K.early || wordKey == K.late, info(index - 1).unit != nil, isWord(index - 1),
           isNumber(index - 2) || isWord(index - 2) && info(index - 2).cardinal >= 0 || key(index - 2) == K.a || key(index - 2) == K.an || Self.vagueCountKeys.contains(key(index - 2)) {
            return nil
        }
        var next = index + 1
        if isDash(next), !tokens[next].spaceBefore { next += 1 }
        // "mid-to-late April", "early to mid-2014": one stretch, valued as its second part.
        if wordKey == K.early || wordKey == K.mid, key(next) == K.to {
            let second = isDash(next + 1) && !tokens[next + 1].spaceBefore ? next + 2 : next + 1
            if key(second) == K.mid || key(second) == K.late, var stretch = matchPartOf(at: second) {
                stretch.first = index
                return stretch
            }
        }
        // "early in 1914", "late in the year", "later in the month"
        if key(next) == K.in_, wordKey == K.early || wordKey == K.late || wordKey == K.earlier || wordKey == K.later || wordKey == K.mid,
           !(has(next + 1, .the) && info(next + 2).unit == .day) {
            next += 1
            if cut != nil { cut = nil; part = wordKey == K.earlier ? .start : .end }
        }
        // "late on Saturday", "earlier on Sunday": as "late Saturday".
        if key(next) == K.on, info(next + 1).weekday != 0, isCapitalized(next + 1),
           wordKey == K.early || wordKey == K.late || wordKey == K.earlier || wordKey == K.later {
            next += 1
        }
        // "mid-afternoon yesterday", "late evening", "by mid afternoon": a part of a day, with the part as `mod`.
        if wordKey == K.early || wordKey == K.mid || wordKey == K.late, info(next).partOfDay != 0, isWord(next), key(next + 1) != K.hours {
            var mention = Mention()
            mention.kind = .time
            mention.unit = .partOfDay
            mention.partOfDay = Int(info(next).partOfDay)
            // "By late afternoon, police had sealed the area": that part of the story's day, as "in the afternoon".
            mention.anchor = .reference
            mention.mod = part.mod
            var last = next
            if info(next + 1).tags.contains(.deictic), key(next + 1) != K.tonight {
                mention.anchor = narrative ? .reference : .dateline
                mention.offset = key(next + 1) == K.yesterday ? -1 : key(next + 1) == K.tomorrow ? 1 : 0
                last = next + 1
            } else if info(next + 1).weekday != 0, let day = matchWeekday(at: next + 1), day.mention.unit == .day {
                mention = day.mention
                mention.kind = .time
                mention.unit = .partOfDay
                mention.partOfDay = Int(info(next).partOfDay)
                mention.mod = part.mod
                last = day.last
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        // "end-March", "by end-2014", "at end-year": the financial wires' "the end of …".
        let dashedEnd = wordKey == K.end && next == index + 2 && next < tokenCount && !tokens[next].spaceBefore
        // "the end of …", "the beginning of …", "the middle of …"
        if dashedEnd {
            guard info(next).month != 0 && isCapitalized(next) || isNumber(next) && tokens[next].digits == 4
                    || [.year, .month, .quarter].contains(info(next).unit) && !info(next).plural else { return nil }
        } else if wordKey == K.end || wordKey == K.beginning || wordKey == K.start || wordKey == K.middle || wordKey == K.close {
            guard has(next, .of) else { return nil }
            next += 1
        } else if wordKey != K.early && wordKey != K.late && wordKey != K.mid && wordKey != K.earlier && wordKey != K.later {
            return nil
        }
        var inner: Recognized
        if has(next, .the), info(next + 1).partOfDay != 0, key(next + 1) != K.overnight, !has(next + 2, .of),
           !isWord(next + 2) || has(next + 2, [.preposition, .clauseBreak, .pronounSubject, .and, .determiner]) {
            // "in the middle of the night", "at the start of the evening": that part of the story's day.
            let mention = Mention.partOfDay(Int(info(next + 1).partOfDay), mod: part.mod)
            return Recognized(first: index, last: next + 1, mention: mention)
        } else if has(next, .the), let unit = info(next + 1).unit, !info(next + 1).plural, [.week, .month, .year, .decade, .century, .quarter, .day].contains(unit),
                  // (not "early the day after Thanksgiving", "late the day before": that day is an expression of its own)
                  key(next + 2) != K.after_, key(next + 2) != K.before_ {
            // "the end of the year": the dateline's year (in a history, the story's year; in news, in a past clause, the
            // story's earlier one: ``Mention/storyUnit``).
            var mention = Mention()
            mention.anchor = narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            mention.storyUnit = !narrative && unit != .week && unit != .quarter
            inner = Recognized(first: next, last: next + 1, mention: mention)
        } else if wordKey == K.mid || dashedEnd, let unit = info(next).unit, !info(next).plural, [.week, .month, .year, .decade].contains(unit)
                    // "by mid-century" (not "mid-century furniture", a style)
                    || unit == .century && (!isWord(next + 1) || has(next + 1, [.preposition, .clauseBreak, .and])) {
            // "by mid-year", "mid-week", "mid-month": the middle of the dateline's period (in a history, the story's).
            var mention = Mention()
            mention.anchor = narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            inner = Recognized(first: next, last: next, mention: mention)
        } else if let found = matchSingle(at: next), found.rangeEnd == nil,  // "from late 2019 to early 2021": the range follows the part

                  found.mention.kind == .date || found.mention.kind == .time, found.mention.reference == nil, found.mention.part == nil,
                  found.mention.unit != .day || found.mention.weekday != nil || found.mention.anchor == .dateline
                    || key(next) == K.that {
            inner = found
        } else {
            return nil
        }
        // "earlier"/"later" only before "this …", "that …", "today", "tonight".
        if cut != nil {
            let innerFirst = key(inner.first)
            guard innerFirst == K.this || innerFirst == K.today || innerFirst == K.tonight || innerFirst == K.current
                    || innerFirst == K.yesterday || innerFirst == K.tomorrow || (inner.mention.weekday != nil && inner.mention.month == nil)
                    || innerFirst == K.that && inner.mention.anchor == .reference else {
                // "two days later" is a quantity, not a part.
                return nil
            }
            // "later that month", "earlier that year": a part of the story's period, which the dateline does not cut.
            if inner.mention.anchor == .reference { cut = nil }
        }
        inner.first = index
        inner.mention.part = part
        inner.mention.cut = cut
        inner.mention.mod = part.mod
        // "late yesterday", "earlier Sunday", "earlier that day": still the day (TimeML DATE), with the part as `mod`.
        if inner.mention.unit == .day, wordKey == K.earlier || wordKey == K.later { inner.mention.cut = nil; inner.mention.mod = nil }
        return inner
    }
}

extension Recognizer {
    /// The one-word middles of a period: "midyear", "midmonth", "midweek".
    static let midWords = KeyTable<Granularity>([("midyear", Granularity.year), ("midmonth", .month), ("midweek", .week)]
        .map { (Lexicon.key($0.0.unicodeScalars), $0.1) })
}

/// The edges of a day and the night: "at dawn", "before dawn on Sunday", "by nightfall", "overnight".
extension Recognizer {
    /// Words for a point in a part of the day, with that part (1 morning, 2 afternoon, 3 evening) and the `mod`:
    /// "dawn" is the start of the morning, "midafternoon" its middle.
    static let dayEdges = KeyTable<(part: Int, mod: String)>([
        ("dawn", 1, "START"), ("daybreak", 1, "START"), ("sunrise", 1, "START"), ("first", 1, "START"),
        ("dusk", 3, "START"), ("sunset", 3, "START"), ("nightfall", 3, "START"), ("twilight", 3, "START"),
        ("midmorning", 1, "MID"), ("midafternoon", 2, "MID"), ("midevening", 3, "MID"),
    ].map { (Lexicon.key($0.0.unicodeScalars), (part: $0.1, mod: $0.2)) })

    /// Words before "dawn", "dusk" that make it the time of a day ("at dawn", not "the dawn of an era", "a sunset clause").
    static let edgePrepositions = KeySet(words: [
        "at", "before", "by", "until", "till", "after", "since", "from", "around", "near", "toward", "towards", "past", "to", "about",
        "in", "during",
    ])

    // MARK: "at dawn", "before dawn Sunday", "from dusk to dawn", "at first light": the start of that part of a day

    func matchDayEdge(at index: Int) -> Recognized? {
        guard let edge = Self.dayEdges[key(index)], !isCapitalized(index) else { return nil }
        var last = index
        if key(index) == K.first {
            guard key(index + 1) == K.light else { return nil }
            last += 1
        }
        guard Self.edgePrepositions.contains(key(index - 1)), !has(last + 1, .of) else { return nil }
        var mention = Mention.partOfDay(edge.part, mod: edge.mod)
        // "dawn yesterday", "dusk today"
        if info(last + 1).tags.contains(.deictic), key(last + 1) != K.tonight {
            mention.anchor = .dateline
            mention.offset = key(last + 1) == K.yesterday ? -1 : key(last + 1) == K.tomorrow ? 1 : 0
            return Recognized(first: index, last: last + 1, mention: mention)
        }
        // "dawn Sunday", "dawn on Sunday", "sunset on Christmas Eve"
        return clock(mention, first: index, last: last)
    }

    /// Words before a bare "morning", "afternoon", "evening" that make it a part of the story's day: "By evening".
    static let barePartPrepositions = KeySet(words: ["by", "until", "till", "toward", "towards"])
    static let bareParts = KeySet(words: ["morning", "afternoon", "evening", "lunchtime"])
    /// British copy's "at lunchtime" (midday, `TMI`); not "at morning".
    static let lunchtime = KeySet(words: ["lunchtime"])

    // MARK: News: "By evening, the toll had risen", "talks went on until evening": that part of the story's day

    func matchBarePartOfDay(at index: Int) -> Recognized? {
        // Not "by morning traffic", "until evening of the next day".
        guard Self.bareParts.contains(key(index)),
              Self.barePartPrepositions.contains(key(index - 1)) || key(index - 1) == K.at && Self.lunchtime.contains(key(index)),
              !isCapitalized(index),
              !has(index + 1, .of), !isWord(index + 1) || info(index + 1).weekday != 0 || info(index + 1).tags.contains(.deictic)
                || has(index + 1, [.preposition, .clauseBreak, .pronounSubject, .and, .determiner]) else { return nil }
        // "by evening Sunday", "until morning on Monday", "at lunchtime tomorrow"
        return clock(.partOfDay(Int(info(index).partOfDay)), first: index, last: index)
    }

    // MARK: "Talks continued overnight", "Overnight, rebels shelled the city", "hit by overnight losses"

    /// Nouns "overnight" describes rather than dates: "during overnight hours", "on overnight flights".
    static let overnightNouns = KeySet(words: ["hours", "shift", "shifts", "flight", "flights", "train", "trains", "stay", "stays",
                                               "trip", "trips", "bus", "buses", "service", "services"])

    /// The night before the story's day ("will stay open overnight": the coming night): TimeBank annotates the adverb
    /// and "overnight" after a preposition ("by overnight losses"), not "an overnight stay" or "the overnight rate".
    func matchOvernight(at index: Int) -> Recognized? {
        guard key(index) == K.overnight, !has(index - 1, [.determiner, .the]), !Self.overnightNouns.contains(key(index + 1)) else { return nil }
        // "overnight Monday", "overnight on Monday": Monday night.
        let dayIndex = key(index + 1) == K.on && info(index + 2).weekday != 0 ? index + 2 : index + 1
        if info(dayIndex).weekday != 0, var day = matchWeekday(at: dayIndex), day.mention.unit == .day {
            day.first = index
            day.mention.kind = .time
            day.mention.unit = .partOfDay
            day.mention.partOfDay = 4
            return day
        }
        // "Temperatures overnight fell to minus 5C", "Rebels overnight shelled the town": before its clause's past verb too.
        let adverb = !isWord(index + 1) || has(index + 1, [.preposition, .clauseBreak, .pronounSubject, .and, .determiner, .pastVerb])
            || isEventWordLike(index + 1) && !isCapitalized(index + 1)
        guard adverb && !isCapitalized(index + 1) || has(index - 1, .preposition) && !isCapitalized(index) else { return nil }
        var mention = Mention.partOfDay(4)
        mention.offset = -1
        // "will stay open overnight": the coming night.
        var before = index - 1
        while before >= 0, before >= index - 8, tokens[before].sentence == tokens[index].sentence {
            if has(before, [.future, .modal]) || has(before, .intends) { mention.offset = 0; break }
            before -= 1
        }
        // News: the night before the story's day (the dateline's, or the lede's across a weekend: TimeBank counts "overnight
        // losses" in a Monday paper from the lede's Friday), unless its own sentence names a day before it.
        if !narrative, mention.offset == -1 {
            mention.fromStoryDay = true
            var word = index - 1
            while word >= 0, tokens[word].sentence == tokens[index].sentence {
                if info(word).weekday != 0 || info(word).month != 0 && isCapitalized(word) || info(word).tags.contains(.deictic) {
                    mention.fromStoryDay = false
                    break
                }
                word -= 1
            }
        }
        return Recognized(first: index, last: index, mention: mention)
    }
}

extension Mention {
    /// A part of a day (1 morning, 2 afternoon, 3 evening, 4 night), a TIME of the story's day unless moved.
    static func partOfDay(_ part: Int, mod: String? = nil) -> Mention {
        var mention = Mention()
        mention.kind = .time
        mention.unit = .partOfDay
        mention.partOfDay = part
        mention.anchor = .reference
        mention.mod = mod
        return mention
    }
}
