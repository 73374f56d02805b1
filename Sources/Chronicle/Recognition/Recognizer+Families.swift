/// The expression families, one function each. See ``Recognizer``.
extension Recognizer {
    // MARK: Quantifiers: "about three years", "more than a decade", "nearly an hour"

    func matchQualified(at index: Int) -> Recognized? {
        var next = index + 1
        var mod: String
        let word = key(index)
        if word == K.more || word == K.less {
            guard key(index + 1) == K.than else { return nil }
            mod = word == K.more ? "MORE_THAN" : "LESS_THAN"
            next = index + 2
        } else if word == K.at, key(index + 1) == K.least || key(index + 1) == K.most {
            mod = key(index + 1) == K.least ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS"
            next = index + 2
        } else if word == K.up, key(index + 1) == K.to {
            mod = "EQUAL_OR_LESS"
            next = index + 2
        } else if word == K.nearly || word == K.almost {
            mod = "LESS_THAN"
        } else if has(index, .approximate), word != K.some || cardinal(at: index + 1) != nil {
            mod = "APPROX"
        } else {
            return nil
        }
        guard var inner = matchExpression(at: next), inner.rangeEnd == nil else { return nil }
        // Dates take "about" and "around" only ("about 5 p.m."); durations take every quantifier.
        guard inner.mention.kind == .duration || (mod == "APPROX" && inner.mention.kind != .set)
                || (inner.mention.anchor == .dateline && inner.mention.fixedValue == nil && word != K.about) else { return nil }
        inner.first = index
        if inner.mention.mod == nil { inner.mention.mod = mod }
        if mod == "APPROX" { inner.mention.approximate = true }
        return inner
    }

    // MARK: "the …": "the 1990s", "the past three years", "the end of the year", "the weekend"

    func matchAfterThe(at index: Int) -> Recognized? {
        if narrative, let phrase = matchStoryTime(at: index) { return phrase }
        let next = index + 1
        let nextKey = key(next)
        // "the past", "the future", "the present", "the recent past", "the near future"
        if nextKey == K.past || nextKey == K.future || nextKey == K.present || nextKey == K.recent || nextKey == K.near {
            var last = next
            var reference: String? = nextKey == K.past ? "PAST_REF" : nextKey == K.future ? "FUTURE_REF" : nextKey == K.present ? "PRESENT_REF" : nil
            if nextKey == K.recent, key(next + 1) == K.past { reference = "PAST_REF"; last = next + 1 }
            if nextKey == K.near, key(next + 1) == K.future { reference = "FUTURE_REF"; last = next + 1 }
            let following = info(last + 1)
            if let reference, following.unit == nil, following.cardinal < 0, !isNumber(last + 1),
               !Self.vagueCountKeys.contains(key(last + 1)) {
                var mention = Mention()
                mention.reference = reference
                mention.unit = .none
                return Recognized(first: index, last: last, mention: mention)
            }
        }
        if info(next).tags.contains(.early) || info(next).tags.contains(.mid) || info(next).tags.contains(.late) {
            if var partial = matchPartOf(at: next) { partial.first = index; return partial }
        }
        // "the latest quarter", "the most recent quarter": the quarter the text reports on.
        var unitIndex = next
        if key(next) == K.latest || (key(next) == K.most && key(next + 1) == K.recent_) {
            unitIndex = key(next) == K.latest ? next + 1 : next + 2
            guard info(unitIndex).unit == .quarter || key(unitIndex) == K.period, !info(unitIndex).plural else { return nil }
            // The last complete quarter before the dateline.
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .quarter
            mention.offset = -1
            return Recognized(first: index, last: unitIndex, mention: mention)
        }
        // "the year ended March 31": a fiscal year, a duration in TimeML.
        if info(next).unit == .year, !info(next).plural, key(next + 1) == K.ended || key(next + 1) == K.ending {
            var mention = Mention()
            mention.kind = .duration
            mention.unit = .none
            mention.fixedValue = "P1Y"
            return Recognized(first: index, last: next, mention: mention)
        }
        // "the first nine months (of 1997)", "the last two quarters": a duration.
        if key(next) == K.first || key(next) == K.last, let (count, last) = cardinal(at: next + 1).map({ ($0.value, $0.last) }),
           let unit = info(last + 1).unit, info(last + 1).plural || count == 1 {
            var mention = Mention()
            mention.kind = .duration
            mention.unit = .none
            mention.fixedValue = durationValue(count: count, unit: unit)
            return Recognized(first: index, last: last + 1, mention: mention)
        }
        // "the year-earlier quarter", "the year-ago period": the same period a year before.
        if let yearAgo = matchYearAgo(at: next) {
            // "the year-ago quarter" is one expression; in "the year-ago results" only "year-ago" is.
            guard key(yearAgo.last + 1) == K.quarter || key(yearAgo.last + 1) == K.period else { return yearAgo }
            var result = yearAgo
            result.first = index
            result.last = yearAgo.last + 1
            return result
        }
        // "the 1988 second quarter"
        if isNumber(next), tokens[next].digits == 4, isYear(at: next), var period = matchOrdinalPeriod(at: next + 1),
           period.mention.unit == .quarter || period.mention.unit == .half, period.mention.year == nil {
            period.first = index
            period.mention.year = Int(tokens[next].number)
            period.mention.anchor = .absolute
            return period
        }
        // "the 1988 period", "the 1988 quarter": a period of that year.
        if isNumber(next), tokens[next].digits == 4, isYear(at: next), key(next + 1) == K.period || key(next + 1) == K.quarter {
            var mention = Mention()
            mention.unit = key(next + 1) == K.quarter ? .quarter : .year
            mention.year = Int(tokens[next].number)
            mention.quarterFromReference = key(next + 1) == K.quarter
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        // "the fiscal year", "the full year", "the current year": the dateline's year.
        if key(next) == K.fiscal || key(next) == K.full || key(next) == K.current, info(next + 1).unit == .year, !info(next + 1).plural,
           key(next + 2) != K.ended, key(next + 2) != K.ending {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .year
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        // "the year", "the week", "the month": the dateline's own period; "the quarter": the one reported on.
        let unitInfo = info(next)
        if let unit = unitInfo.unit, !unitInfo.plural, [.week, .month, .year, .quarter, .weekend].contains(unit),
           !has(next + 1, .of), key(next + 1) != K.before, key(next + 1) != K.after, !isDash(next + 1),
           !(unit == .year && isNumber(next + 1)) {
            var mention = Mention()
            // In a history "the year" is the year the story is in.
            mention.anchor = unit == .weekend ? .implicit : unit == .quarter || narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            if unit == .weekend { mention.weekday = 6 }
            return Recognized(first: index, last: next, mention: mention)
        }
        // "the year 2000"
        if nextKey == K.year, isNumber(next + 1), let year = matchNumeric(at: next + 1), year.mention.unit == .year {
            var result = year
            result.first = index
            return result
        }
        guard var inner = matchExpression(at: next) else { return nil }
        let takesThe: Bool
        switch inner.mention.unit {
        case .decade, .century, .quarter, .half, .season: takesThe = true
        default:
            let firstInfo = info(inner.first)
            takesThe = inner.mention.kind == .duration || inner.mention.anchor == .reference
                || (firstInfo.tags.contains(.last) || firstInfo.tags.contains(.next) || firstInfo.tags.contains(.following)
                    || firstInfo.tags.contains(.previous) || firstInfo.tags.contains(.same) || firstInfo.ordinal > 0)
                || inner.mention.part != nil
        }
        // "the year-long war", "the five-year plan": an adjective inside a noun phrase keeps "the" out.
        let adjectival = inner.last > inner.first && isDash(inner.last - 1) && info(inner.last).unit != nil || key(inner.last) == K.long
        guard takesThe, !adjectival else { return inner.first == next ? inner : nil }
        inner.first = index
        return inner
    }

    // MARK: Numbers: years, ISO and numeric dates, "28 February", times, decades, "'90s"

    func matchNumeric(at index: Int) -> Recognized? {
        // "'90s", "'98"
        if punct(index, "'") {
            guard isNumber(index + 1), tokens[index + 1].digits == 2, !tokens[index + 1].spaceBefore else { return nil }
            let value = Int(tokens[index + 1].number)
            var mention = Mention()
            if key(index + 2) == K.s, !tokens[index + 2].spaceBefore, value % 10 == 0 {
                mention.unit = .decade
                mention.shortDecade = value / 10
                return Recognized(first: index, last: index + 2, mention: mention)
            }
            guard !isWord(index + 2) || tokens[index + 2].spaceBefore else { return nil }
            mention.unit = .year
            mention.year = value
            mention.anchor = .implicit  // two-digit year, pivoted on the dateline
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        let token = tokens[index]
        guard token.kind == .number, !token.flags.contains(.decimal) else {
            return nil
        }
        if token.flags.contains(.grouped) { return matchQuantity(at: index) }
        let value = Int(token.number)
        let digits = Int(token.digits)
        // Things that are not dates: "$2020", "33%", "#1998".
        if let previous = index > 0 ? tokens[index - 1] : nil, previous.kind == .punctuation, !previous.spaceBefore || true,
           [36, 163, 8364, 165, 35].contains(previous.number), !token.spaceBefore {
            return nil
        }
        if punct(index + 1, "%") { return nil }
        // "493 BC", "44 B.C.", "AD 9" is handled from the era word.
        if let era = eraAfter(index), value > 0, digits <= 4 {
            var mention = Mention()
            mention.unit = .year
            mention.year = era.bc ? 1 - value : value
            return Recognized(first: index, last: era.last, mention: mention)
        }
        if digits == 4 {
            // ISO date-time: 2009-12-19T17:00:00
            if let dateTime = matchISODateTime(at: index) { return dateTime }
            // ISO date: 2023-02-28
            if isDash(index + 1), isNumber(index + 2), tokens[index + 2].digits == 2, isDash(index + 3), isNumber(index + 4),
               tokens[index + 4].digits == 2, !tokens[index + 1].spaceBefore, !tokens[index + 3].spaceBefore {
                var mention = Mention()
                mention.year = value
                mention.month = Int(tokens[index + 2].number)
                mention.day = Int(tokens[index + 4].number)
                return Recognized(first: index, last: index + 4, mention: mention)
            }
            // Decade or century: "1990s", "1900s"
            if key(index + 1) == K.s, !tokens[index + 1].spaceBefore || punct(index + 1, "'") {
                var mention = Mention()
                if value % 100 == 0 {
                    mention.unit = .century
                    mention.century = value / 100
                } else if value % 10 == 0 {
                    mention.unit = .decade
                    mention.decade = value / 10
                } else {
                    return nil
                }
                return Recognized(first: index, last: index + 1, mention: mention)
            }
            if punct(index + 1, "'"), key(index + 2) == K.s, !tokens[index + 1].spaceBefore, value % 10 == 0 {
                var mention = Mention()
                mention.unit = .decade
                mention.decade = value / 10
                return Recognized(first: index, last: index + 2, mention: mention)
            }
            if isYear(at: index) {
                var mention = Mention()
                mention.unit = .year
                mention.year = value
                // "1998 first quarter", "2023 Q1"
                if let period = matchOrdinalPeriod(at: index + 1), period.mention.year == nil, period.mention.relativeYear == nil,
                   [.quarter, .half].contains(period.mention.unit) {
                    var combined = period
                    combined.first = index
                    combined.mention.year = value
                    combined.mention.anchor = .absolute
                    return combined
                }
                if let season = info(index + 1).season as UInt8?, season != 0, let match = matchSeason(at: index + 1, year: value) {
                    var combined = match
                    combined.first = index
                    return combined
                }
                return Recognized(first: index, last: index, mention: mention)
            }
            return matchQuantity(at: index)
        }
        guard digits <= 2 else { return matchQuantity(at: index) }
        // Clock times: "5:30", "5 p.m.", "5pm", "5 o'clock"
        if let time = matchClock(at: index) { return time }
        // Numeric dates: 2/28/2023, 2/28/23
        if punct(index + 1, "/"), isNumber(index + 2), tokens[index + 2].digits <= 2, punct(index + 3, "/"), isNumber(index + 4),
           !tokens[index + 1].spaceBefore, !tokens[index + 3].spaceBefore {
            let yearDigits = tokens[index + 4].digits
            guard yearDigits == 4 || yearDigits == 2 else { return nil }
            var mention = Mention()
            mention.month = value
            mention.day = Int(tokens[index + 2].number)
            mention.year = Int(tokens[index + 4].number)
            if yearDigits == 2 { mention.anchor = .implicit }
            return Recognized(first: index, last: index + 4, mention: mention)
        }
        // "12-14 July 1950": a range of days in one month.
        if value >= 1, value <= 31, isDash(index + 1), isNumber(index + 2), tokens[index + 2].digits <= 2,
           !tokens[index + 1].spaceBefore, let second = matchNumeric(at: index + 2), second.mention.month != nil,
           second.mention.day != nil, second.rangeEnd == nil, value < second.mention.day! {
            var first = second.mention
            first.day = value
            return Recognized(first: index, last: index, mention: first, rangeEnd: (second.first, second.last, second.mention))
        }
        // "28 February 2023", "the 5th of May"
        var next = index + 1
        var ordinal = false
        if [K.th, K.st, K.nd, K.rd].contains(key(next)), !tokens[next].spaceBefore { next += 1; ordinal = true }
        if ordinal, let period = matchOrdinalPeriodWord(at: next, ordinal: value, first: index) { return period }
        let ofNext = has(next, .of) ? next + 1 : next
        if value >= 1, value <= 31, info(ofNext).month != 0, isCapitalized(ofNext) || !info(ofNext).tags.contains(.lowercaseOnlyTime) {
            var last = ofNext
            if monthTakesPeriod(at: last) { last += 1 }
            var mention = Mention()
            mention.day = value
            mention.month = Int(info(ofNext).month)
            mention.anchor = .implicit
            let yearIndex = punct(last + 1, ",") ? last + 2 : last + 1
            if isNumber(yearIndex), tokens[yearIndex].digits == 4, !tokens[yearIndex].flags.contains(.grouped) {
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        return matchQuantity(at: index)
    }

    /// Whether the four-digit number at `index` reads as a year, not a count or a code.
    func isYear(at index: Int) -> Bool {
        let value = tokens[index].number
        guard value >= 1000 && value <= 2199 else { return false }
        // Part of a longer number: "555-1234", "1998.5", "12:1998"
        if index > 0, !tokens[index].spaceBefore, tokens[index - 1].kind == .punctuation,
           [45, 46, 58, 47].contains(tokens[index - 1].number), isNumber(index - 2),
           !(tokens[index - 1].number == 45 && tokens[index - 2].digits == 4 && (1000...2199).contains(tokens[index - 2].number)) { return false }
        if let next = index + 1 < tokens.count ? tokens[index + 1] : nil, next.kind == .punctuation,
           ([58, 47, 46].contains(next.number) && isNumber(index + 2) && !tokens[index + 2].spaceBefore) { return false }
        // A name with a number: "Resolution 1483", "Orion 1980", "Boeing 7470".
        if index > 0, isWord(index - 1), tokens[index - 1].capitalized, !tokens[index - 1].flags.contains(.newlineBefore),
           index - 2 >= 0, tokens[index - 2].sentence == tokens[index].sentence, !tokens[index - 2].isPunctuation("."),
           info(index - 1).tags.isDisjoint(with: [.preposition, .determiner, .clauseBreak, .the, .fiscal, .and, .since]),
           !info(index - 1).isTimeWord, info(index - 1).cardinal < 0 { return false }
        // A count of something: "1500 soldiers", "2000 km"
        if isWord(index + 1) {
            let nextKey = tokens[index + 1].key
            if CountNouns.keys.contains(nextKey) { return false }
            if info(index + 1).unit != nil && !has(index + 1, .yearWord) { return false }
        }
        return true
    }

    /// A clock time starting with the number at `index`.
    func matchClock(at index: Int) -> Recognized? {
        let hourValue = Int(tokens[index].number)
        var minute = 0
        var last = index
        var hasMinutes = false
        if punct(index + 1, ":"), isNumber(index + 2), tokens[index + 2].digits == 2, !tokens[index + 1].spaceBefore,
           !tokens[index + 2].spaceBefore {
            minute = Int(tokens[index + 2].number)
            guard minute < 60, hourValue <= 24 else { return nil }
            last = index + 2
            hasMinutes = true
            // A ratio or a score "3:2:1" is not a time.
            if punct(last + 1, ":") { return nil }
        }
        var hour = hourValue
        var meridiem = false
        // "p.m.", "pm", "p.m", "a.m."
        let m = last + 1
        if isWord(m) {
            let word = tokens[m].key
            if word == K.pm || word == K.am {
                meridiem = true
                if word == K.pm, hour < 12 { hour += 12 }
                if word == K.am, hour == 12 { hour = 0 }
                last = m
                if attachedPunct(last + 1, ".") { last += 1 }
            } else if (word == K.p || word == K.a1), attachedPunct(m + 1, "."), key(m + 2) == K.m, !tokens[m + 2].spaceBefore {
                meridiem = true
                if word == K.p, hour < 12 { hour += 12 }
                if word == K.a1, hour == 12 { hour = 0 }
                last = m + 2
                if attachedPunct(last + 1, ".") { last += 1 }
            } else if word == K.o, punct(m + 1, "'"), key(m + 2) == K.oclock {
                meridiem = true
                last = m + 2
            }
        }
        guard meridiem || hasMinutes, hourValue <= 24, (!meridiem || (1...12).contains(hourValue) || key(last) == K.oclock) else { return nil }
        // A time zone written after it: "5 p.m. EST"
        if has(last + 1, .timeSuffix), tokens[last + 1].flags.contains(.allCaps) { last += 1 }
        var mention = Mention()
        mention.kind = .time
        mention.anchor = .reference
        mention.unit = .time
        mention.hour = hour
        mention.minute = minute
        // "5 p.m. EST Nov. 9", "10 p.m. Wednesday": the day written after the time.
        let dayIndex = punct(last + 1, ",") ? last + 2 : last + 1
        if info(dayIndex).weekday != 0 || info(dayIndex).month != 0,
           let day = info(dayIndex).month != 0 ? matchMonthFirst(at: dayIndex) : matchWeekday(at: dayIndex),
           day.mention.kind == .date, day.mention.unit == .day {
            var combined = day.mention
            combined.kind = .time
            combined.unit = .time
            combined.hour = hour
            combined.minute = minute
            return Recognized(first: index, last: day.last, mention: combined)
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    // MARK: "early 2023", "mid-1990s", "late February", "earlier this month", "the end of the year"

    func matchPartOf(at index: Int) -> Recognized? {
        let word = info(index)
        let wordKey = key(index)
        var part: Mention.Part = word.tags.contains(.early) ? .start : word.tags.contains(.mid) ? .middle : .end
        var cut: Mention.Cut?
        if wordKey == K.earlier { part = .start; cut = .untilAnchor }
        if wordKey == K.later { part = .end; cut = .fromAnchor }
        var next = index + 1
        if isDash(next), !tokens[next].spaceBefore { next += 1 }
        // "early in 1914", "late in the year", "later in the month"
        if key(next) == K.in_, wordKey == K.early || wordKey == K.late || wordKey == K.earlier || wordKey == K.later || wordKey == K.mid,
           !(has(next + 1, .the) && info(next + 2).unit == .day) {
            next += 1
            if cut != nil { cut = nil; part = wordKey == K.earlier ? .start : .end }
        }
        // "the end of …", "the beginning of …", "the middle of …"
        if wordKey == K.end || wordKey == K.beginning || wordKey == K.start || wordKey == K.middle || wordKey == K.close {
            guard has(next, .of) else { return nil }
            next += 1
        } else if wordKey != K.early && wordKey != K.late && wordKey != K.mid && wordKey != K.earlier && wordKey != K.later {
            return nil
        }
        var inner: Recognized
        if has(next, .the), let unit = info(next + 1).unit, !info(next + 1).plural, [.week, .month, .year, .decade, .century, .quarter, .day].contains(unit) {
            // "the end of the year": the dateline's year (in a history, the story's year).
            var mention = Mention()
            mention.anchor = narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            inner = Recognized(first: next, last: next + 1, mention: mention)
        } else if let found = matchExpression(at: next), found.rangeEnd == nil,
                  found.mention.kind == .date || found.mention.kind == .time, found.mention.reference == nil, found.mention.part == nil,
                  found.mention.unit != .day || found.mention.weekday != nil || found.mention.anchor == .dateline {
            inner = found
        } else {
            return nil
        }
        // "earlier"/"later" only before "this …", "today", "tonight".
        if cut != nil {
            let innerFirst = key(inner.first)
            guard innerFirst == K.this || innerFirst == K.today || innerFirst == K.tonight || innerFirst == K.current
                    || innerFirst == K.yesterday || innerFirst == K.tomorrow || (inner.mention.weekday != nil && inner.mention.month == nil) else {
                // "two days later" is a quantity, not a part.
                return nil
            }
        }
        inner.first = index
        inner.mention.part = part
        inner.mention.cut = cut
        inner.mention.mod = part == .start ? "START" : part == .middle ? "MID" : "END"
        // "late yesterday", "earlier Sunday": still the day (TimeML DATE), with the part as `mod`.
        if inner.mention.unit == .day, cut != nil { inner.mention.cut = nil; inner.mention.mod = nil }
        return inner
    }

    // MARK: last/this/next/past/coming/previous/following/same/that + unit, weekday, month, season

    func matchModified(at index: Int) -> Recognized? {
        let word = info(index)
        var relation: Int
        var anchor: Mention.Anchor = .dateline
        var next = index + 1
        let wordKey = key(index)
        if word.tags.contains(.same) {
            relation = 0
            anchor = .reference
            if wordKey == K.that, key(next) == K.same { next += 1 }  // "that same day"
        } else if word.tags.contains(.this) {
            relation = 0
            if narrative { anchor = .reference }  // "this day" in a history is the story's day
            if key(next) == K.past { relation = -1; next += 1 } else if key(next) == K.coming { relation = 1; next += 1 }
        } else if word.tags.contains(.last) {
            relation = -1
        } else if word.tags.contains(.next) {
            relation = 1
            if wordKey != K.next && wordKey != K.coming && wordKey != K.upcoming { return nil }
        } else if word.tags.contains(.previous) {
            relation = -1
            anchor = .reference
        } else if word.tags.contains(.following) {
            relation = 1
            anchor = .reference
        } else if word.tags.contains(.recent) {
            // "recent weeks", "recent years": the vague past.
            let unit = info(next)
            guard unit.unit != nil, unit.plural else { return nil }
            var mention = Mention()
            mention.reference = "PAST_REF"
            mention.unit = .none
            return Recognized(first: index, last: next, mention: mention)
        } else {
            return nil
        }
        let theBefore = has(index - 1, .the)
        // "next" written after "the" points into the text: "the next day".
        if theBefore, anchor == .dateline, relation == 1 { anchor = .reference }
        let target = info(next)
        // "the past three years", "the next few days", "last 12 months"
        if let (count, last) = cardinal(at: next).map({ ($0.value, $0.last) }) ?? vagueCount(at: next),
           let unit = info(last + 1).unit, wordKey != K.that, wordKey != K.same, !word.tags.contains(.this) || relation != 0 {
            var mention = Mention()
            mention.kind = .duration
            mention.fixedValue = durationValue(count: count, unit: unit)
            if count > 0 { mention.span = (unit, count) }
            mention.reference = nil
            mention.unit = .none
            if relation < 0 && anchor == .dateline || relation < 0 && theBefore { mention.cut = .untilAnchor }
            if relation > 0 { mention.cut = .fromAnchor }
            return Recognized(first: index, last: last + 1, mention: mention)
        }
        if let unit = target.unit {
            // "This Week" inside a sentence is a title, not a week.
            if isCapitalized(next), isCapitalized(index), index > 0, tokens[index - 1].sentence == tokens[index].sentence,
               !tokens[index].flags.contains(.allCaps) { return nil }
            if target.plural {
                // "the past weeks", "the coming months": an unspecified number of units.
                guard relation != 0 || anchor == .dateline, wordKey != K.that, wordKey != K.same else { return nil }
                var mention = Mention()
                if theBefore {
                    // "the coming weeks", "the past months": an unspecified number of units.
                    mention.kind = .duration
                    mention.fixedValue = durationValue(count: 0, unit: unit)
                } else {
                    // "past years", "coming months": the vague past or future.
                    guard relation != 0 else { return nil }
                    mention.unit = .none
                    mention.reference = relation < 0 ? "PAST_REF" : "FUTURE_REF"
                }
                return Recognized(first: index, last: next, mention: mention)
            }
            if unit == .second || unit == .minute || unit == .hour || unit == .half || unit == .fortnight { return nil }
            var mention = Mention()
            // "the past year" and "the last decade" are durations ending now (TimeML).
            if theBefore, relation == -1, anchor == .dateline, wordKey != K.previous {
                mention.kind = .duration
                mention.fixedValue = durationValue(count: 1, unit: unit)
                mention.span = (unit, 1)
                mention.cut = .untilAnchor
                return Recognized(first: index, last: next, mention: mention)
            }
            // "this year's third quarter", "next year's first quarter"
            if unit == .year, punct(next + 1, "'"), key(next + 2) == K.s, var period = matchOrdinalPeriod(at: next + 3),
               period.mention.unit == .quarter || period.mention.unit == .half, period.mention.year == nil {
                period.first = index
                period.mention.relativeYear = relation
                return period
            }
            mention.anchor = anchor
            mention.unit = Granularity(unit)
            mention.offset = relation
            if unit == .weekend { mention.weekday = 6 }
            var last = next
            // "last night", "this morning"
            if unit == .day, wordKey == K.that || wordKey == K.same, info(next + 1).partOfDay != 0 {
                last = next + 1
                mention.kind = .time
                mention.unit = .partOfDay
                mention.partOfDay = Int(info(last).partOfDay)
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        if target.partOfDay != 0, anchor == .dateline {
            // "this morning", "last night", "tomorrow night" (the latter in matchDeictic)
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .dateline
            mention.unit = .partOfDay
            mention.partOfDay = Int(target.partOfDay)
            if relation == -1 {
                guard target.partOfDay == 4 || target.partOfDay == 3 else { return nil }
                mention.offset = -1
            } else if relation == 1 {
                return nil
            }
            return Recognized(first: index, last: next, mention: mention)
        }
        // "the previous Friday", "the following Monday": a weekday next to the story's day.
        if anchor == .reference, target.weekday != 0, var day = matchWeekday(at: next), day.mention.month == nil {
            day.first = index
            day.mention.weekdayRelation = relation < 0 ? .previous : .next
            day.mention.anchor = .reference
            return day
        }
        guard anchor == .dateline, isWord(next) else { return nil }
        // "last Friday", "this September", "next spring", "last Christmas"
        var inner: Recognized?
        if target.weekday != 0 { inner = matchWeekday(at: next) }
        else if target.month != 0 { inner = matchMonthFirst(at: next, context: true) }
        else if target.season != 0 { inner = matchSeason(at: next, year: nil, context: true) }
        else if target.holiday != 0 { inner = matchHoliday(at: next) }
        guard var found = inner, found.mention.anchor == .implicit, found.mention.year == nil else { return nil }
        found.first = index
        if found.mention.weekday != nil && found.mention.month == nil {
            found.mention.weekdayRelation = relation < 0 ? .previous : relation > 0 ? .next : .sameWeek
        } else {
            found.mention.relativeYearDirection = relation
        }
        return found
    }

    /// "a few", "several", "few", "many": an unspecified count (0).
    func vagueCount(at index: Int) -> (Int, Int)? {
        if (key(index) == K.a), key(index + 1) == K.few { return (0, index + 1) }
        if Self.vagueCountKeys.contains(key(index)) { return (0, index) }
        return nil
    }

    /// A TIMEX3 duration value: `P3Y`, `PT24H`, `P1DE`; a count of 0 means unspecified (`PXY`).
    func durationValue(count: Int, unit: TimeUnit) -> String {
        let parts = unit.durationParts
        let number = count == 0 ? "X" : String(count * parts.factor)
        return (parts.timePart ? "PT" : "P") + number + parts.letter
    }

    // MARK: today, yesterday, tomorrow, tonight, now, recently, currently

    func matchDeictic(at index: Int) -> Recognized? {
        let word = info(index)
        let wordKey = key(index)
        // In a history "today" and "now" are the author's present, not a day of the story.
        if narrative, wordKey == K.today {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        if word.tags.contains(.deictic) {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .day
            mention.offset = wordKey == K.yesterday ? -1 : wordKey == K.tomorrow ? 1 : 0
            var last = index
            if wordKey == K.tonight {
                mention.kind = .time
                mention.unit = .partOfDay
                mention.partOfDay = 4
            } else if info(index + 1).partOfDay != 0 {
                last = index + 1
                mention.kind = .time
                mention.unit = .partOfDay
                mention.partOfDay = Int(info(last).partOfDay)
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        // "the former president": histories annotate it as the past (news corpora never do).
        // "that time", "the same time", "this period": the time the story is in.
        if narrative, wordKey == K.that, let phrase = matchStoryTime(at: index) { return phrase }
        if narrative, wordKey == K.former, isWord(index + 1) {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PAST_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "soon" is left out: news corpora annotate it in a fifth of its uses.
        if word.tags.contains(.present) || (word.tags.contains(.pastRef) && wordKey != K.once && wordKey != K.previously_) {
            // "from now" belongs to a quantity; "now" after "until"/"by" is still the present.
            var mention = Mention()
            mention.unit = .none
            mention.reference = word.tags.contains(.present) ? "PRESENT_REF" : "PAST_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        return nil
    }

    // MARK: Sets: "every Monday", "each year", "annually", "twice a week"

    func matchSet(at index: Int) -> Recognized? {
        let word = info(index)
        let wordKey = key(index)
        var mention = Mention()
        mention.kind = .set
        mention.unit = .none
        if word.tags.contains(.frequency) {
            let values: [UInt64: String] = FrequencyValues.table
            guard let value = values[wordKey] else { return nil }
            // "a quarterly dividend", "weekly magazine": an adjective before a noun is no recurring time.
            if wordKey != K.daily, isWord(index + 1), !tokens[index + 1].capitalized, info(index + 1).tags.isDisjoint(with: [.preposition, .and, .clauseBreak]),
               !info(index + 1).tags.contains(.pastVerb), !isEventWordLike(index + 1) { return nil }
            mention.fixedValue = value
            return Recognized(first: index, last: index, mention: mention)
        }
        if word.tags.contains(.every), wordKey != K.per {
            var next = index + 1
            var count = 1
            if key(next) == K.other { count = 2; next += 1 }
            if let (value, last) = cardinal(at: next).map({ ($0.value, $0.last) }), info(last + 1).unit != nil, value > 1 {
                count = value
                next = last + 1
            }
            let target = info(next)
            if let unit = target.unit {
                mention.fixedValue = durationValue(count: count, unit: unit)
            } else if target.weekday != 0, isCapitalized(next) {
                mention.fixedValue = "XXXX-WXX-\(target.weekday)"
            } else if target.month != 0, isCapitalized(next) {
                mention.fixedValue = "XXXX-\(pad(Int(target.month), 2))"
            } else if target.partOfDay != 0 {
                mention.fixedValue = "XXXX-XX-XXT" + PartOfDay.codes[Int(target.partOfDay)]
            } else if target.season != 0 {
                mention.fixedValue = "XXXX-" + Season.codes[Int(target.season)]
            } else {
                return nil
            }
            return Recognized(first: index, last: next, mention: mention)
        }
        if wordKey == K.once || wordKey == K.twice {
            // "once a year", "twice a week"
            guard key(index + 1) == K.a || key(index + 1) == K.per || key(index + 1) == K.every, let unit = info(index + 2).unit,
                  !info(index + 2).plural else { return nil }
            mention.fixedValue = durationValue(count: 1, unit: unit)
            return Recognized(first: index, last: index + 2, mention: mention)
        }
        return nil
    }

    // MARK: Quantities: "three years", "24 hours", "a decade ago", "two days later", "year-long"

    func matchQuantity(at index: Int) -> Recognized? {
        var count: Int
        var last: Int
        if let (value, end) = cardinal(at: index).map({ ($0.value, $0.last) }) {
            count = value
            last = end
        } else if let (value, end) = vagueCount(at: index) {
            count = value
            last = end
        } else if key(index) == K.half, key(index + 1) == K.a || key(index + 1) == K.an {
            // "half a century" is taken as its whole unit's half below.
            count = -1
            last = index + 1
        } else if let unit = info(index).unit, !isNumber(index - 1) {
            // "year-long", "weeks-long", or a bare plural after "for": "for years"
            if isDash(index + 1), key(index + 2) == K.long, !tokens[index + 1].spaceBefore {
                var mention = Mention()
                mention.kind = .duration
                mention.unit = .none
                mention.fixedValue = durationValue(count: info(index).plural ? 0 : 1, unit: unit)
                return Recognized(first: index, last: index + 2, mention: mention)
            }
            if info(index).plural, has(index - 1, .preposition), key(index - 1) != K.of,
               unit == .year || unit == .month || unit == .week || unit == .day || unit == .decade || unit == .hour {
                var mention = Mention()
                mention.kind = .duration
                mention.unit = .none
                mention.fixedValue = durationValue(count: 0, unit: unit)
                return Recognized(first: index, last: index, mention: mention)
            }
            return nil
        } else {
            return nil
        }
        var unitIndex = last + 1
        var hyphenated = false
        if isDash(unitIndex), !tokens[unitIndex].spaceBefore, isNumber(index) || isWord(index) { unitIndex += 1; hyphenated = true }
        guard let unit = info(unitIndex).unit else { return nil }
        // "the first quarter" is an ordinal period, "second" a unit only after a count
        if count == -1 {
            // "half a year" = P6M, "half an hour" = PT30M
            var mention = Mention()
            mention.kind = .duration
            mention.unit = .none
            switch unit {
            case .year: mention.fixedValue = "P6M"
            case .hour: mention.fixedValue = "PT30M"
            case .day: mention.fixedValue = "PT12H"
            case .century: mention.fixedValue = "P50Y"
            case .decade: mention.fixedValue = "P5Y"
            default: return nil
            }
            return Recognized(first: index, last: unitIndex, mention: mention)
        }
        var end = unitIndex
        // "a year-earlier loss": the adjective is matched on its own.
        if isDash(end + 1), key(end + 2) == K.earlier || key(end + 2) == K.ago, !tokens[end + 1].spaceBefore { return nil }
        // "a 45-year-old": an age, not a time.
        if isDash(end + 1), key(end + 2) == K.old { return nil }
        if key(end + 1) == K.old, !hyphenated { return nil }
        if hyphenated, isDash(end + 1), key(end + 2) == K.long { end += 2 }
        // "two and a half years" → keep simple: the count before "and" is taken as written.
        var mention = Mention()
        let afterKey = key(end + 1)
        let after = info(end + 1)
        if afterKey == K.ago || (afterKey == K.from && key(end + 2) == K.now) || afterKey == K.hence {
            guard count > 0 else {
                // "a few years ago", "several days ago": a vague past.
                mention.reference = afterKey == K.ago ? "PAST_REF" : "FUTURE_REF"
                mention.unit = .none
                return Recognized(first: index, last: afterKey == K.from ? end + 2 : end + 1, mention: mention)
            }
            mention.anchor = .dateline
            mention.offset = afterKey == K.ago ? -count : count
            Self.setOffsetUnit(&mention, unit)
            return Recognized(first: index, last: afterKey == K.from ? end + 2 : end + 1, mention: mention)
        }
        if (after.tags.contains(.before) || after.tags.contains(.afterward)) && (afterKey == K.earlier || afterKey == K.later || afterKey == K.before_ && !isWord(end + 2) || afterKey == K.after_ && !isWord(end + 2)) {
            guard count > 0 else { return nil }
            mention.anchor = .reference
            mention.offset = (afterKey == K.earlier || afterKey == K.before_) ? -count : count
            Self.setOffsetUnit(&mention, unit)
            return Recognized(first: index, last: end + 1, mention: mention)
        }
        // A bare "a"/"an" + unit reads as a duration only where a duration is expected.
        if (key(index) == K.a || key(index) == K.an), count == 1, unit == .second || unit == .minute { return nil }
        // "1988 quarter", "1990 period" name a period of that year, not 1,988 quarters.
        if tokens[index].kind == .number, tokens[index].digits == 4 { return nil }
        if unit == .quarter || unit == .half, !hyphenated, count > 0, key(index) != K.a, !info(unitIndex).plural, tokens[index].kind != .number {
            return nil  // "second quarter" is handled as an ordinal period
        }
        mention.kind = .duration
        mention.unit = .none
        mention.fixedValue = durationValue(count: count, unit: unit)
        return Recognized(first: index, last: end, mention: mention)
    }

    /// Points offset by whole units: "a decade ago" is the year ten years back (approximate).
    static func setOffsetUnit(_ mention: inout Mention, _ unit: TimeUnit) {
        mention.quantified = true
        switch unit {
        case .decade: mention.unit = .year; mention.offset *= 10; mention.approximate = true
        case .century: mention.unit = .year; mention.offset *= 100; mention.approximate = true
        case .fortnight: mention.unit = .week; mention.offset *= 2
        case .hour, .minute, .second: mention.kind = .time; mention.unit = .time; mention.timeOffsetUnit = unit
        default: mention.unit = Granularity(unit)
        }
    }

    // MARK: Month names: "February 28, 2023", "Feb. 28", "September", "March 2022"

    func matchMonthFirst(at index: Int, context: Bool = false) -> Recognized? {
        let word = info(index)
        guard word.month != 0 else { return nil }
        let capitalized = isCapitalized(index)
        var last = index
        let abbreviated = tokens[index].length <= 4 && tokens[index].key != K.june && tokens[index].key != K.july
        if monthTakesPeriod(at: index) { last += 1 }
        var mention = Mention()
        mention.month = Int(word.month)
        mention.unit = .month
        mention.anchor = .implicit
        var next = last + 1
        if isNumber(next), tokens[next].digits <= 2, !tokens[next].flags.contains(.grouped), !punct(next + 1, ":"),
           (1...31).contains(tokens[next].number), !(punct(next + 1, "%")) {
            mention.day = Int(tokens[next].number)
            mention.unit = .day
            last = next
            if [K.th, K.st, K.nd, K.rd].contains(key(last + 1)), !tokens[last + 1].spaceBefore { last += 1 }
            next = last + 1
            let yearIndex = punct(next, ",") ? next + 1 : next
            if isNumber(yearIndex), tokens[yearIndex].digits == 4, !tokens[yearIndex].flags.contains(.grouped), isYear(at: yearIndex) {
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            } else if key(next) != K.the, let relative = relativeYear(at: next) {
                // "March 3 last year"
                mention.relativeYear = relative.offset
                last = relative.last
            }
        } else {
            let yearIndex = punct(next, ",") ? next + 1 : has(next, .of) ? next + 1 : next
            if isNumber(yearIndex), tokens[yearIndex].digits == 4, !tokens[yearIndex].flags.contains(.grouped), isYear(at: yearIndex) {
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            } else if has(next, .of), let relative = relativeYear(at: next + 1) {
                // "March of last year"
                mention.relativeYear = relative.offset
                last = relative.last
            } else if has(next, .of), key(next + 1) == K.that || key(next + 1) == K.same, info(next + 2).unit == .year {
                // "August of that year": the year the text is in.
                mention.relativeYear = 0
                mention.yearFromReference = true
                last = next + 2
            } else if isNumber(next), let era = eraAfter(next), era.bc {
                // "April 480 BC"
                mention.year = 1 - Int(tokens[next].number)
                mention.anchor = .absolute
                last = era.last
            } else if key(next) != K.the, let relative = relativeYear(at: next) {
                // "June last year"
                mention.relativeYear = relative.offset
                last = relative.last
            } else if punct(next, "'"), isNumber(next + 1), tokens[next + 1].digits == 2 {
                mention.year = Int(tokens[next + 1].number)
                last = next + 1
            }
        }
        // Ambiguous words ("may", "march", "sun") need a capital and date context.
        if word.tags.contains(.lowercaseOnlyTime) || abbreviated {
            guard capitalized else { return nil }
            let hasContext = mention.day != nil || mention.year != nil || mention.relativeYear != nil || context
                || has(index - 1, [.preposition, .early, .mid, .late, .last, .this, .next, .since]) || isDash(index - 1)
            if !hasContext { return nil }
            if abbreviated && !word.tags.contains(.lowercaseOnlyTime) && mention.day == nil && mention.year == nil && !attachedPunct(index + 1, ".") && !context
                && !has(index - 1, [.preposition, .early, .mid, .late, .last, .this, .next]) { return nil }
        } else if !capitalized && tokens[index].flags.contains(.allCaps) == false && mention.day == nil && mention.year == nil && !context {
            // lowercase full month names in running text are still months ("in september")
            if !has(index - 1, [.preposition, .early, .mid, .late, .last, .this, .next]) { return nil }
        }
        // Names: "April Ryan", "June Carter" — a month followed by a capitalised non-time word.
        if mention.day == nil, mention.year == nil, isWord(index + 1), isCapitalized(index + 1), tokens[index + 1].spaceBefore,
           !info(index + 1).isTimeWord, !has(index - 1, .preposition), last == index {
            return nil
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    /// Whether the month name at `index` is an abbreviation whose period belongs to it ("Feb.", "Sept."),
    /// not a full name ("September.", "May.") ending the sentence.
    func monthTakesPeriod(at index: Int) -> Bool {
        let wordKey = key(index)
        return attachedPunct(index + 1, ".") && tokens[index].length <= 4
            && wordKey != K.june && wordKey != K.july && wordKey != K.may
    }

    /// "last year", "this year", "next year", "the year", "the previous year" after "of".
    func relativeYear(at index: Int) -> (offset: Int, last: Int)? {
        let wordKey = key(index)
        guard info(index + 1).unit == .year, !info(index + 1).plural else { return nil }
        if wordKey == K.last { return (-1, index + 1) }
        if wordKey == K.this || wordKey == K.the { return (0, index + 1) }
        if wordKey == K.next { return (1, index + 1) }
        return nil
    }

    // MARK: Weekdays: "Friday", "Tuesday, Feb. 28", "Monday morning"

    func matchWeekday(at index: Int) -> Recognized? {
        let word = info(index)
        guard word.weekday != 0 else { return nil }
        let abbreviated = tokens[index].length <= 4
        let capitalized = isCapitalized(index)
        guard capitalized || !word.tags.contains(.lowercaseOnlyTime) else { return nil }
        var last = index
        if abbreviated, attachedPunct(index + 1, ".") { last += 1 }
        // "Tuesday, Feb. 28, 2023"
        let dateIndex = punct(last + 1, ",") ? last + 2 : last + 1
        if info(dateIndex).month != 0, var date = matchMonthFirst(at: dateIndex, context: true), date.mention.day != nil {
            date.first = index
            date.mention.weekday = Int(word.weekday)
            return date
        }
        if abbreviated && !capitalized { return nil }
        if abbreviated, !attachedPunct(index + 1, ".") { return nil }
        var mention = Mention()
        mention.anchor = .implicit
        mention.unit = .day
        mention.weekday = Int(word.weekday)
        if info(last + 1).partOfDay != 0, isWord(last + 1) {
            last += 1
            mention.kind = .time
            mention.unit = .partOfDay
            mention.partOfDay = Int(info(last).partOfDay)
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    // MARK: Seasons and holidays

    func matchSeason(at index: Int, year: Int?, context: Bool = false) -> Recognized? {
        let word = info(index)
        guard word.season != 0 else { return nil }
        var mention = Mention()
        mention.unit = .season
        mention.season = Int(word.season)
        mention.anchor = year == nil ? .implicit : .absolute
        mention.year = year
        var last = index
        let next = has(index + 1, .of) ? index + 2 : index + 1
        if year == nil, isNumber(next), tokens[next].digits == 4, isYear(at: next) {
            mention.year = Int(tokens[next].number)
            mention.anchor = .absolute
            last = next
        } else if year == nil, has(index + 1, .of), let relative = relativeYear(at: index + 2) {
            mention.relativeYear = relative.offset
            last = relative.last
        }
        // "the fall of Budapest": a collapse, not a season.
        if key(index) == K.fall, has(index + 1, .of), mention.year == nil, mention.relativeYear == nil { return nil }
        // "fall" and "spring" are verbs and nouns too: they need a determiner, a modifier or a year.
        if word.tags.contains(.lowercaseOnlyTime) || key(index) == K.spring {
            let hasContext = context || year != nil || mention.year != nil || mention.relativeYear != nil
                || has(index - 1, [.the, .this, .last, .next, .early, .late, .mid, .determiner])
            guard hasContext, !isDash(index + 1) else { return nil }
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    /// The lexicon keys of each holiday's words, computed once (speed).
    static let holidayKeys: [[UInt64]] = Holiday.all.map { $0.words.map(K.k) }

    func matchHoliday(at index: Int) -> Recognized? {
        guard isCapitalized(index) else { return nil }
        for number in Holiday.all.indices {
            var position = index
            var matched = true
            for word in Self.holidayKeys[number] {
                if punct(position, "'") { position += 1 }
                guard key(position) == word else { matched = false; break }
                position += 1
            }
            guard matched else { continue }
            var mention = Mention()
            mention.unit = .day
            mention.holiday = number
            mention.anchor = .implicit
            var last = position - 1
            if isNumber(last + 1), tokens[last + 1].digits == 4, isYear(at: last + 1) {
                mention.year = Int(tokens[last + 1].number)
                mention.anchor = .absolute
                last += 1
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        return nil
    }

    // MARK: Ordinal periods: "the first quarter", "Q3 2022", "the second half of 1998", "the 21st century"

    func matchOrdinalPeriod(at index: Int) -> Recognized? {
        let wordKey = key(index)
        // "Q4": the tokenizer splits letters from digits, so "Q" and "4" arrive as two touching tokens.
        let splitQuarter = wordKey == K.q && isCapitalized(index) && isNumber(index + 1) && !tokens[index + 1].spaceBefore
            && tokens[index + 1].digits == 1 && (1...4).contains(tokens[index + 1].number)
        if wordKey == K.q1 || wordKey == K.q2 || wordKey == K.q3 || wordKey == K.q4 || splitQuarter {
            var mention = Mention()
            mention.unit = .quarter
            mention.quarter = splitQuarter ? Int(tokens[index + 1].number)
                : wordKey == K.q1 ? 1 : wordKey == K.q2 ? 2 : wordKey == K.q3 ? 3 : 4
            mention.anchor = .implicit
            var last = splitQuarter ? index + 1 : index
            if isNumber(last + 1), tokens[last + 1].digits == 4, isYear(at: last + 1) {
                mention.year = Int(tokens[last + 1].number)
                mention.anchor = .absolute
                last += 1
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        let ordinal = Int(info(index).ordinal)
        guard ordinal > 0 else { return nil }
        return matchOrdinalPeriodWord(at: index + 1, ordinal: ordinal, first: index)
    }

    /// The period word after an ordinal at `index - 1` (or after "21st"): quarter, half, century.
    func matchOrdinalPeriodWord(at index: Int, ordinal: Int, first: Int) -> Recognized? {
        var unitIndex = index
        if isDash(unitIndex), !tokens[unitIndex].spaceBefore { unitIndex += 1 }
        let unit = info(unitIndex)
        var mention = Mention()
        mention.anchor = .implicit
        if unit.unit == .quarter, ordinal <= 4, !unit.plural {
            mention.unit = .quarter
            mention.quarter = ordinal
        } else if unit.unit == .half, ordinal <= 2, !unit.plural {
            mention.unit = .half
            mention.half = ordinal
        } else if unit.tags.contains(.century), ordinal <= 30 {
            mention.unit = .century
            mention.century = ordinal - 1
            mention.anchor = .absolute
            return Recognized(first: first, last: unitIndex, mention: mention)
        } else {
            return nil
        }
        var last = unitIndex
        if has(last + 1, .of) {
            let yearIndex = has(last + 2, .fiscal) ? last + 3 : last + 2
            if isNumber(yearIndex), tokens[yearIndex].digits == 4, isYear(at: yearIndex) {
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            } else if let relative = relativeYear(at: last + 2) {
                mention.relativeYear = relative.offset
                last = relative.last
            }
        }
        return Recognized(first: first, last: last, mention: mention)
    }

    // MARK: Fiscal years: "fiscal 1998", "fiscal year 1999"

    func matchFiscal(at index: Int) -> Recognized? {
        var next = index + 1
        // "fiscal second-quarter", "the fiscal-first quarter"
        let periodIndex = isDash(next) ? next + 1 : next
        if var period = matchOrdinalPeriod(at: periodIndex), period.mention.unit == .quarter || period.mention.unit == .half {
            period.first = index
            return period
        }
        if key(next) == K.year { next += 1 }
        guard isNumber(next), tokens[next].digits == 4, isYear(at: next) else { return nil }
        var mention = Mention()
        mention.unit = .year
        mention.year = Int(tokens[next].number)
        return Recognized(first: index, last: next, mention: mention)
    }
}

extension Granularity {
    /// The granularity of a period named by a unit word.
    init(_ unit: TimeUnit) {
        switch unit {
        case .second, .minute, .hour: self = .time
        case .day: self = .day
        case .week, .fortnight: self = .week
        case .weekend: self = .weekend
        case .month: self = .month
        case .quarter: self = .quarter
        case .season: self = .season
        case .half: self = .half
        case .year: self = .year
        case .decade: self = .decade
        case .century, .millennium: self = .century
        }
    }
}

/// TIMEX3 codes for parts of a day and seasons, indexed by the lexicon's numbers.
enum PartOfDay { static let codes = ["", "MO", "AF", "EV", "NI"] }
enum Season { static let codes = ["", "SP", "SU", "FA", "WI"] }

/// SET values of frequency adverbs.
enum FrequencyValues {
    static let table: [UInt64: String] = [
        K.k("daily"): "P1D", K.k("weekly"): "P1W", K.k("monthly"): "P1M", K.k("yearly"): "P1Y", K.k("annually"): "P1Y",
        K.k("quarterly"): "P3M", K.k("hourly"): "PT1H", K.k("nightly"): "P1D", K.k("biweekly"): "P2W",
    ]
}

/// Nouns that follow a count, never a year: "1500 soldiers", "2000 km".
enum CountNouns {
    static let keys: Set<UInt64> = Set([
        "people", "persons", "soldiers", "troops", "workers", "jobs", "employees", "residents", "students", "cases",
        "deaths", "members", "shares", "units", "copies", "votes", "km", "kilometers", "kilometres", "kilometer",
        "miles", "mile", "meters", "metres", "feet", "foot", "tons", "tonnes", "barrels", "points", "dollars", "euros",
        "yuan", "pounds", "yen", "acres", "hectares", "calories", "words", "pages", "vehicles", "cars", "homes",
        "houses", "children", "women", "men", "refugees", "prisoners", "civilians", "police", "officers", "protesters",
        "delegates", "seats", "rooms", "beds", "flights", "passengers", "visitors", "tourists", "companies", "firms",
        "stores", "plants", "ships", "planes", "aircraft", "tanks", "missiles", "rockets", "bombs", "guns", "rounds",
        "percent", "per", "kg", "kilograms", "lb", "lbs", "mph", "km/h", "bpd", "mw", "gw", "ft", "m", "cm", "mm",
        "hours", "minutes", "seconds", "days", "weeks", "months", "years", "times", "square", "cubic",
    ].map { K.k($0) })
}

extension Recognizer {
    /// "BC", "B.C.", "BCE", "AD", "A.D.", "CE" after a year: whether it is before the common era, and its last token.
    func eraAfter(_ index: Int) -> (bc: Bool, last: Int)? {
        let next = index + 1
        guard isWord(next), tokens[next].capitalized else { return nil }
        let word = key(next)
        if word == K.bc || word == K.bce { return (true, next) }
        if word == K.ad_ || word == K.ce { return (false, next) }
        // "B.C.", "A.D."
        if (word == K.b || word == K.a1), attachedPunct(next + 1, "."), key(next + 2) == (word == K.b ? K.c : K.d),
           !tokens[next + 2].spaceBefore {
            return (word == K.b, attachedPunct(next + 3, ".") ? next + 3 : next + 2)
        }
        return nil
    }

    /// An ISO 8601 date-time: `2009-12-19T17:00:00` or `2009-12-19T17:00`.
    func matchISODateTime(at index: Int) -> Recognized? {
        guard isDash(index + 1), isNumber(index + 2), tokens[index + 2].digits == 2, isDash(index + 3), isNumber(index + 4),
              !tokens[index + 1].spaceBefore, !tokens[index + 3].spaceBefore, !tokens[index + 4].spaceBefore else { return nil }
        // The tokenizer reads "19T17" as the number 19 and the word "T" glued to 17.
        let t = index + 5
        guard isWord(t), key(t) == K.t, !tokens[t].spaceBefore, isNumber(t + 1), tokens[t + 1].digits == 2, !tokens[t + 1].spaceBefore,
              punct(t + 2, ":"), isNumber(t + 3), tokens[t + 3].digits == 2 else { return nil }
        var last = t + 3
        var seconds: Int?
        if punct(last + 1, ":"), isNumber(last + 2), tokens[last + 2].digits == 2, !tokens[last + 1].spaceBefore {
            seconds = Int(tokens[last + 2].number)
            last += 2
        }
        var mention = Mention()
        mention.kind = .time
        mention.unit = .time
        mention.year = Int(tokens[index].number)
        mention.month = Int(tokens[index + 2].number)
        mention.day = Int(tokens[index + 4].number)
        mention.hour = Int(tokens[t + 1].number)
        mention.minute = Int(tokens[t + 3].number)
        mention.second = seconds
        return Recognized(first: index, last: last, mention: mention)
    }
}

extension Recognizer {
    /// "year-earlier", "year-ago": the period the text reports on, a year before.
    func matchYearAgo(at index: Int) -> Recognized? {
        guard key(index) == K.year, isDash(index + 1), !tokens[index + 1].spaceBefore,
              key(index + 2) == K.earlier || key(index + 2) == K.ago else { return nil }
        var mention = Mention()
        mention.anchor = .reference
        mention.unit = .year
        mention.offset = -1
        mention.quantified = true
        return Recognized(first: index, last: index + 2, mention: mention)
    }
}

extension Recognizer {
    /// Years read aloud in broadcast transcripts: "nineteen ninety-six", "nineteen eighty", "two thousand".
    func matchSpokenYear(at index: Int) -> Recognized? {
        let century = Int(info(index).cardinal)
        guard isWord(index), (10...20).contains(century) else { return nil }
        var mention = Mention()
        mention.unit = .year
        if century == 2, key(index + 1) == K.thousand {
            // "the year two thousand"
            guard has(index - 1, .yearWord) || info(index - 1).month != 0 else { return nil }
            mention.year = 2000
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        let tens = Int(info(index + 1).cardinal)
        guard isWord(index + 1), tens >= 20, tens < 100, tens % 10 == 0, !info(index + 1).tags.contains(.decadeWord) else { return nil }
        var last = index + 1
        var year = century * 100 + tens
        let unitIndex = isDash(last + 1) ? last + 2 : last + 1
        let unit = Int(info(unitIndex).cardinal)
        if isWord(unitIndex), (1...9).contains(unit) { year += unit; last = unitIndex }
        mention.year = year
        return Recognized(first: index, last: last, mention: mention)
    }
}

extension Recognizer {
    /// Histories: "that time", "the same time", "this period", "that period" — the time the story is in.
    func matchStoryTime(at index: Int) -> Recognized? {
        var next = index + 1
        if key(index) == K.the, key(next) == K.same { next += 1 }
        guard key(next) == K.time || key(next) == K.period, key(index) != K.the || next > index + 1 else { return nil }
        var mention = Mention()
        mention.anchor = .reference
        mention.unit = .none
        mention.storyTime = true
        return Recognized(first: index, last: next, mention: mention)
    }
}
