/// Expressions written with digits: years, ISO and numeric dates, "28 February", clock times, decades, "493 BC",
/// and years read aloud ("nineteen ninety-six").
extension Recognizer {
    // MARK: Numbers: years, ISO and numeric dates, "28 February", times, decades, "'90s"

    func matchNumeric(at index: Int) -> Recognized? {
        // "'90s", "'98"
        if punct(index, "'") {
            guard isNumber(index + 1), tokens[index + 1].digits == 2, !tokens[index + 1].spaceBefore else { return nil }
            // A doubled apostrophe is a quotation mark, no elided century: "on CBS's ''60 Minutes.''".
            if punct(index - 1, "'"), !tokens[index].spaceBefore { return nil }
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
            return dottedDate(at: index) ?? matchClock(at: index) ?? decimalLength(at: index)
        }
        if token.flags.contains(.grouped) { return matchQuantity(at: index) }
        if let period = matchNumberFirstPeriod(at: index) { return period }
        let value = Int(token.number)
        let digits = Int(token.digits)
        // Things that are not dates: "$2020", "33%", "#1998".
        if let previous = index > 0 ? tokens[index - 1] : nil, previous.kind == .punctuation, !previous.spaceBefore || true,
           [36, 163, 8364, 165, 35].contains(previous.number), !token.spaceBefore {
            return nil
        }
        if punct(index + 1, "%") { return nil }
        // "499-493 BC", "from 499 to 493 BC", "(264 to 241 BC)": both ends before the common era.
        if digits <= 4, isDash(index + 1) && !tokens[index + 1].spaceBefore || key(index + 1) == K.to, isNumber(index + 2),
           tokens[index + 2].digits <= 4, let era = eraAfter(index + 2), era.bc, value > Int(tokens[index + 2].number) {
            var start = Mention()
            start.unit = .year
            start.year = 1 - value
            var end = start
            end.year = 1 - Int(tokens[index + 2].number)
            return Recognized(first: index, last: index, mention: start, rangeEnd: (index + 2, era.last, end))
        }
        // "the 490s BC": a decade before the common era, stored −(k + 1) as `Period` reads it.
        if digits >= 2, digits <= 4, value % 10 == 0, key(index + 1) == K.s, !tokens[index + 1].spaceBefore,
           let era = eraAfter(index + 1), era.bc {
            var mention = Mention()
            mention.unit = .decade
            mention.decade = -(value / 10) - 1
            return Recognized(first: index, last: era.last, mention: mention)
        }
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
            // ISO date: 2023-02-28 ("2022-22-28" too: no month 22, said when resolved); with slashes, 2023/02/28
            if isDash(index + 1) && isDash(index + 3) || punct(index + 1, "/") && punct(index + 3, "/"), isNumber(index + 2),
               tokens[index + 2].digits == 2, isNumber(index + 4), tokens[index + 4].digits == 2, !tokens[index + 1].spaceBefore,
               !tokens[index + 3].spaceBefore,
               isDash(index + 1) || (1...12).contains(tokens[index + 2].number) && (1...31).contains(tokens[index + 4].number) {
                var mention = Mention()
                mention.year = value
                mention.month = Int(tokens[index + 2].number)
                mention.day = Int(tokens[index + 4].number)
                return Recognized(first: index, last: index + 4, mention: mention)
            }
            // Decade or century: "1990s", "1900s"
            if key(index + 1) == K.s, !tokens[index + 1].spaceBefore || punct(index + 1, "'") {
                var mention = Mention()
                // "the 1800s" is a century; "the 2000s", with no 2100s behind it, is the decade of the noughties.
                if value % 100 == 0, value != 2000 {
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
            // A 24-hour clock with its zone: "0300 GMT", "1500 GMT on Sunday", "0830 local time"; not the restatement
            // in brackets after a clock time ("10:35 a.m. (0735 GMT)"), nor a wire service's stamp ("08-15-90 1337EDT").
            // A zone or place in words needs a clock's preposition: "at 0900 Moscow time", not "in 1945 Berlin time".
            // Military time: "at 2300 hours", "by 0600 hrs" (not "after 1000 hours of testing").
            let zone = zoneAfter(index)
            let zoned = zone.map { $0.inExtent && $0.last == index + 1 || key(index + 1) == K.local
                                   || Self.clockPrepositions.contains(key(index - 1)) } ?? false
            let military = (key(index + 1) == K.hours || key(index + 1) == K.hrs) && key(index + 2) != K.of
                && (key(index - 1) == K.at || Self.clockPrepositions.contains(key(index - 1)) && (value < 1000 || value % 100 != 0))
            // After "at", one written with a leading zero, or on the quarter hour before its day: "at 0800", "at 1700 on
            // Saturday", "at 1430 tomorrow" (not an index's level: "closed at 1556 on Friday").
            let clocked = key(index - 1) == K.at && tokens[index].digits == 4
                && (value < 1000 || value % 100 % 15 == 0 && (key(index + 1) == K.on && (info(index + 2).weekday != 0 || info(index + 2).month != 0)
                                                              || info(index + 1).weekday != 0 || has(index + 1, .deictic)))
            // The start of a range whose end has its zone: "from 0600 to 1800 GMT", "between 2200 and 0500 local time".
            let ranged = digits == 4 && (has(index - 1, .from) || key(index - 1) == K.between)
                && (has(index + 1, .range) || isDash(index + 1)) && isNumber(index + 2) && tokens[index + 2].digits == 4
                && zoneAfter(index + 2) != nil
            if value / 100 <= 23, value % 100 <= 59, !punct(index - 1, "("), zoned || military || clocked || ranged {
                var mention = Mention()
                mention.kind = .time
                mention.anchor = .reference
                mention.unit = .time
                mention.hour = value / 100
                mention.minute = value % 100
                let zoneLast = zone.flatMap { $0.inExtent ? $0.last : nil }
                return clock(mention, first: index, last: military ? index + 1 : zoneLast ?? index)
            }
            // A level after a verb of a price or of opening and closing and "at" is no year: "The index closes at 1850 on
            // Friday", "the Dow closed at 1556" (not "in 1850").
            if key(index - 1) == K.at, index >= 2,
               amountVerbBeforeDottedClock(at: index - 2) || TenseReader.openCloseVerbs.contains(key(index - 2)) {
                return matchQuantity(at: index)
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
                // (Not a season in an event's name: "the 2008 Summer Olympics", "the 2014 Winter Games".)
                if let season = info(index + 1).season as UInt8?, season != 0,
                   !(isCapitalized(index + 1) && isCapitalized(index + 2) && EventYearNames.after.contains(key(index + 2))),
                   let match = matchSeason(at: index + 1, year: value) {
                    var combined = match
                    combined.first = index
                    return combined
                }
                if let fiscal = fiscalSplitYear(at: index) { return fiscal }
                // "its 2012 fiscal year", "the 2013 tax year": that year, as "fiscal 2012" is (not "the 2012 fiscal year
                // ended Sept. 30", a length closing on a date).
                if isFiscal(index + 1) || key(index + 1) == K.tax, info(index + 2).unit == .year, !info(index + 2).plural,
                   key(index + 3) != K.ended, key(index + 3) != K.ending {
                    mention.anchor = .absolute
                    return Recognized(first: index, last: index + 2, mention: mention)
                }
                return Recognized(first: index, last: index, mention: mention)
            }
            return matchQuantity(at: index)
        }
        guard digits <= 2 else { return matchQuantity(at: index) }
        // "the 90s", "the late 80s": a decade without its century or apostrophe, after "the" (not "temperatures in the 90s").
        if digits == 2, value % 10 == 0, key(index + 1) == K.s, !tokens[index + 1].spaceBefore,
           !isWord(index + 2) || tokens[index + 2].spaceBefore, theBeforeDecade(index), !measuresAround(index) {
            var mention = Mention()
            mention.unit = .decade
            mention.shortDecade = value / 10
            return Recognized(first: index, last: index + 1, mention: mention)
        }
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
            // "25/12/2022": a first number above 12 is the day (day first, as outside the US).
            if value > 12, value <= 31, (1...12).contains(tokens[index + 2].number) { swap(&mention.month, &mention.day) }
            mention.year = Int(tokens[index + 4].number)
            if yearDigits == 2 { mention.anchor = .implicit }
            return Recognized(first: index, last: index + 4, mention: mention)
        }
        // "25-12-2022", "12-25-2022": a numeric date with dashes when one number can only be the day (above 12).
        if isDash(index + 1), isNumber(index + 2), tokens[index + 2].digits <= 2, isDash(index + 3), isNumber(index + 4),
           tokens[index + 4].digits == 4, !tokens[index + 1].spaceBefore, !tokens[index + 3].spaceBefore, !tokens[index + 2].spaceBefore,
           !tokens[index + 4].spaceBefore, (1000...2199).contains(tokens[index + 4].number),
           case let second = Int(tokens[index + 2].number), max(value, second) <= 31, max(value, second) > 12, (1...12).contains(min(value, second)) {
            var mention = Mention()
            mention.day = max(value, second)
            mention.month = min(value, second)
            mention.year = Int(tokens[index + 4].number)
            return Recognized(first: index, last: index + 4, mention: mention)
        }
        // "12-14 July 1950", "from 15 to 22 February", "between 7 and 9 March": a range of days in one month; British
        // and Commonwealth copy writes the days as ordinals ("from 5th to 7th March", "between 3rd and 5th April", "3rd - 5th
        // March", its dash spaced).
        let dayEnd = Self.ordinalSuffixes.contains(key(index + 1)) && !tokens[index + 1].spaceBefore ? index + 1 : index
        if value >= 1, value <= 31,
           isDash(dayEnd + 1) && (!tokens[dayEnd + 1].spaceBefore || dayEnd > index) || key(dayEnd + 1) == K.to || key(dayEnd + 1) == K.and && key(index - 1) == K.between,
           isNumber(dayEnd + 2), tokens[dayEnd + 2].digits <= 2, let second = matchNumeric(at: dayEnd + 2), second.mention.month != nil,
           second.mention.day != nil, second.rangeEnd == nil, value < second.mention.day! {
            var first = second.mention
            first.day = value
            return Recognized(first: index, last: dayEnd, mention: first, rangeEnd: (second.first, second.last, second.mention))
        }
        // "on 13 and 14 March", "the 3rd, 4th and 5th of May": a day listed before the day that writes the month takes it.
        if value >= 1, value <= 31, dayEnd > index || key(index - 1) == K.on || listedDay(before: index),
           let listed = dayListMonth(after: dayEnd) {
            var mention = listed.mention
            mention.day = value
            return Recognized(first: index, last: dayEnd, mention: mention)
        }
        // "28 February 2023", "the 5th of May"
        var next = index + 1
        var ordinal = false
        if Self.ordinalSuffixes.contains(key(next)), !tokens[next].spaceBefore { next += 1; ordinal = true }
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
            } else if key(ofNext) == K.may, last == ofNext, isModalMay(at: last) {
                // "Chapters 3, 4 and 5 May be read", "Items 1 and 2 May have been lost": a capitalised modal after a list of
                // numbers, before a bare verb (no year follows), is no month.
                return matchQuantity(at: index)
            } else if key(last + 1) != K.the, let relative = relativeYear(at: last + 1) {
                // "5 April next year", "on 3 March last year", as "March 3 last year"
                mention.relativeYear = relative.offset
                last = relative.last
            }
            recordPlan(&mention, at: index)
            return Recognized(first: index, last: last, mention: mention)
        }
        return matchQuantity(at: index)
    }

    /// Bare verbs that make a "May" before them the modal ("Chapters 3, 4 and 5 May be read", "may apply").
    static let modalMayVerbs = KeySet(words: ["be", "have", "need", "take", "become", "seem", "apply", "change", "require",
                                              "vary", "include", "contain", "differ", "cause", "affect", "help", "prove", "lead"])
    /// Adverbs between a modal and its bare verb ("Rules 4 and 5 May also change", "May well be", "May not apply"); a
    /// month keeps them when no bare verb follows ("the vote on 5 May also decided").
    static let modalMayAdverbs = KeySet(words: ["not", "well", "also", "never", "still", "even", "only"])

    /// Whether the capitalised "May" at `index`, after a number, is the modal: a bare verb follows, or an adverb and one.
    func isModalMay(at index: Int) -> Bool {
        let verb = Self.modalMayAdverbs.contains(key(index + 1)) ? index + 2 : index + 1
        return isWord(verb) && !isCapitalized(verb) && Self.modalMayVerbs.contains(key(verb))
    }

    /// Whether the number at `index` follows a listed day and its comma or "and" in a list that opens with an ordinal or
    /// after "on": the "4" of "on 3, 4 and 5 May" (not "Chapters 3, 4 and 5 May be read").
    func listedDay(before index: Int) -> Bool {
        var current = index
        for _ in 0..<6 {
            guard punct(current - 1, ",") || key(current - 1) == K.and || key(current - 1) == K.or else { return false }
            let ordinal = Self.ordinalSuffixes.contains(key(current - 2))
            let previous = ordinal ? current - 3 : current - 2
            guard isNumber(previous), tokens[previous].digits <= 2 else { return false }
            if ordinal || key(previous - 1) == K.on { return true }
            current = previous
        }
        return false
    }

    /// The date that closes a list of days after the day ending at `last`: "13 and 14 March", "3rd, 4th and 5th of May",
    /// "13th or 14th March" (each day, written with or without its ordinal suffix or an article, joined by a comma, "and" or
    /// "or"; at most six). `nil` when the list ends without a month.
    func dayListMonth(after last: Int) -> Recognized? {
        var cursor = last + 1
        for _ in 0..<6 {
            if punct(cursor, ","), key(cursor + 1) == K.and || key(cursor + 1) == K.or { cursor += 1 }
            guard punct(cursor, ",") || key(cursor) == K.and || key(cursor) == K.or else { return nil }
            cursor += 1
            if has(cursor, .the) { cursor += 1 }
            guard isNumber(cursor), tokens[cursor].digits <= 2, (1...31).contains(tokens[cursor].number) else { return nil }
            let suffix = Self.ordinalSuffixes.contains(key(cursor + 1)) && !tokens[cursor + 1].spaceBefore ? cursor + 1 : cursor
            let monthIndex = has(suffix + 1, .of) ? suffix + 2 : suffix + 1
            if info(monthIndex).month != 0 {
                guard let date = matchNumeric(at: cursor), date.rangeEnd == nil, date.mention.month != nil, date.mention.day != nil
                else { return nil }
                return date
            }
            cursor = suffix + 1
        }
        return nil
    }

    /// "the" before a decade number at `index`, maybe with a part between: "the 90s", "the late 80s", "the mid-70s".
    private func theBeforeDecade(_ index: Int) -> Bool {
        if has(index - 1, .the) { return true }
        let part = isDash(index - 1) && !tokens[index - 1].spaceBefore ? index - 2 : index - 1
        // "the late 80s and early 90s": the second decade shares the article.
        return has(part, [.early, .mid, .late]) && (has(part - 1, .the) || key(part - 1) == K.and && key(part - 2) == K.s)
    }

    /// Whether a measure is named near the number at `index` in its sentence: "temperatures in the 90s", "scored in the
    /// 80s", "the 90s Fahrenheit".
    private func measuresAround(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var cursor = index - 1
        while cursor >= 0, cursor >= index - 8, tokens[cursor].sentence == sentence {
            if Self.measureWords.contains(key(cursor)) { return true }
            cursor -= 1
        }
        return Self.measureWords.contains(key(index + 2))
    }

    /// Words of measures whose values run in tens ("temperatures in the 90s", "a score in the 80s").
    static let measureWords = KeySet(words: [
        "temperature", "temperatures", "degree", "degrees", "high", "highs", "low", "lows", "fahrenheit", "celsius", "weather",
        "score", "scores", "scored", "percent", "age", "ages", "aged", "mph", "speeds", "points", "cents", "traded", "trading",
        "stock", "shares", "dollars", "yards", "range",
    ])

    /// "1Q23", "2H 2022", "3Q": the analysts' quarter and half labels, number first.
    func matchNumberFirstPeriod(at index: Int) -> Recognized? {
        let token = tokens[index]
        guard token.digits == 1, isWord(index + 1), !tokens[index + 1].spaceBefore, tokens[index + 1].capitalized,
              key(index + 1) == K.q && (1...4).contains(token.number) || key(index + 1) == K.h && (1...2).contains(token.number)
        else { return nil }
        var mention = Mention()
        mention.anchor = .implicit
        if key(index + 1) == K.q { mention.unit = .quarter; mention.quarter = Int(token.number) }
        else {
            mention.unit = .half
            mention.half = Int(token.number)
            mention.forecastChange = forecastsChange(around: index, last: index + 1)
        }
        var last = index + 1
        let next = last + 1
        if isNumber(next), !tokens[next].spaceBefore {
            // "1Q23": a two-digit year, pivoted on the dateline ("4Q5" is no period).
            guard tokens[next].digits == 2, !tokens[next].flags.contains(.decimal) else { return nil }
            mention.year = Int(tokens[next].number)
            last = next
        } else if isNumber(next), tokens[next].digits == 4, (1000...2199).contains(tokens[next].number), !tokens[next].flags.contains(.decimal) {
            mention.year = Int(tokens[next].number)
            mention.anchor = .absolute
            last = next
        } else if !isWord(next) || tokens[next].spaceBefore,
                  has(index - 1, .preposition) || isWord(next) && !isCapitalized(next) && Self.periodFigureNouns.contains(key(next)) {
            // "in 3Q", "2H sales", not "the 2H pencil"
        } else {
            return nil
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    /// "25.12.2022", "5.1.2023": a day, month and four-digit year written with dots (always day first). The tokenizer
    /// reads "25.12" as one decimal; the year follows an attached dot.
    func dottedDate(at index: Int) -> Recognized? {
        let token = tokens[index]
        guard token.kind == .number, punct(index + 1, "."), !tokens[index + 1].spaceBefore, isNumber(index + 2),
              !tokens[index + 2].spaceBefore, tokens[index + 2].digits == 4, !tokens[index + 2].flags.contains(.decimal),
              !isNumber(index + 4) || !punct(index + 3, "."), (1000...2199).contains(tokens[index + 2].number) else { return nil }
        let start = Int(token.start), end = Int(token.end)
        guard let dot = scalars[start..<end].firstIndex(of: "."), dot - start <= 2, end - dot - 1 <= 2 else { return nil }
        let day = Int(token.number) / (end - dot - 1 == 2 ? 100 : 10), month = Int(token.number) % (end - dot - 1 == 2 ? 100 : 10)
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        var mention = Mention()
        mention.unit = .day
        mention.day = day
        mention.month = month
        mention.year = Int(tokens[index + 2].number)
        return Recognized(first: index, last: index + 2, mention: mention)
    }

    /// "1.5 years", "2.5 hours", "a 1.5-hour delay": a decimal count of a unit counted as itself (`P1.5Y`, `PT2.5H`).
    func decimalLength(at index: Int) -> Recognized? {
        let token = tokens[index]
        guard token.kind == .number, token.flags.contains(.decimal), !punct(index - 1, "$") else { return nil }
        var unitIndex = index + 1
        if isDash(unitIndex), !tokens[unitIndex].spaceBefore { unitIndex += 1 }
        guard let unit = info(unitIndex).unit, unit != .quarter, unit != .half else { return nil }
        let parts = unit.durationParts
        guard parts.factor == 1 else { return nil }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[Int(token.start)..<Int(token.end)])
        // "was 22.8 years old": an average age, annotated with "old" (WikiWars).
        let last = key(unitIndex + 1) == K.old && unitIndex == index + 1 ? unitIndex + 1 : unitIndex
        return length((parts.timePart ? "PT" : "P") + String(text) + parts.letter, first: index, last: last)
    }

    /// The year after a slash that closes a split year: "2022/23", "1998/1999" (a season or fiscal year across two
    /// calendar years). Only the next year: "2022/15" is no span. Only the slash: ``isYear(at:afterName:)`` asks it of a
    /// year before a slash, a dash being read there on its own.
    func splitYearEnd(after index: Int) -> Int? {
        guard attachedPunct(index + 1, "/"), isNumber(index + 2), !tokens[index + 2].spaceBefore,
              !tokens[index + 2].flags.contains(.decimal), !isNumber(index + 3) && !punct(index + 3, "/"),
              closesSplitYear(index + 2, after: index, full: true) else { return nil }
        return Int(tokens[index].number) + 1
    }

    /// Whether the number at `end` is the year after the number at `start`, the closing year of a split year: written
    /// with its last two digits ("2022-23", "22-23", "1999/00") or, when `full`, in four ("2022-2023"). The joiner and
    /// what may follow are the caller's (``splitYearEnd(after:)``, ``splitYearSuffix(after:slash:)``,
    /// ``fiscalSplitEnd(after:)``).
    func closesSplitYear(_ end: Int, after start: Int, full: Bool) -> Bool {
        let year = Int(tokens[start].number), closing = Int(tokens[end].number)
        switch tokens[end].digits {
        case 2: return closing == (year + 1) % 100
        case 4: return full && closing == year + 1
        default: return false
        }
    }

    /// "1861-1863": a four-digit number running to a later one within a lifetime.
    func startsYearSpan(_ index: Int) -> Bool {
        guard isDash(index + 1), !tokens[index + 1].spaceBefore, isNumber(index + 2), tokens[index + 2].digits == 4 else { return false }
        let start = tokens[index].number, end = tokens[index + 2].number
        return end > start && end - start <= 100
    }

    /// Words that open a sentence before a year without naming anything: "Only 1998 was warmer", "Even 2008 was not this
    /// bad", "Calendar 2013 earnings".
    static let yearFocusWords = KeySet(words: ["only", "even", "also", "just", "again", "already", "still", "not", "then",
                                               "calendar", "like", "unlike", "perhaps", "maybe", "probably", "back", "until",
                                               "till", "through", "thru", "circa", "around", "about", "nearly", "almost",
                                               "roughly", "approximately", "before", "after", "by", "in", "since", "from"])

    /// Whether the token at `index` is a year written in four digits: a number of four digits that reads as a year
    /// (``isYear(at:afterName:)``), "1998", "in 2013". A grouped "1,998" passes too: the readers that refuse it ask
    /// `.grouped` themselves.
    func isWrittenYear(at index: Int, afterName: Bool = false) -> Bool {
        isNumber(index) && tokens[index].digits == 4 && isYear(at: index, afterName: afterName)
    }

    /// Whether the four-digit number at `index` reads as a year, not a count or a code.
    /// `afterName`: the word before is a name known to take a year ("Christmas Eve 2019"), not a name with a number.
    func isYear(at index: Int, afterName: Bool = false) -> Bool {
        let value = tokens[index].number
        guard value >= 1000 && value <= 2199 else { return false }
        // Part of a longer number: "555-1234", "1998.5", "12:1998"
        if index > 0, !tokens[index].spaceBefore, tokens[index - 1].kind == .punctuation,
           [45, 46, 58, 47].contains(tokens[index - 1].number), isNumber(index - 2),
           !(tokens[index - 1].number == 45 && tokens[index - 2].digits == 4 && (1000...2199).contains(tokens[index - 2].number)) { return false }
        if let next = index + 1 < tokens.count ? tokens[index + 1] : nil, next.kind == .punctuation,
           ([58, 47, 46].contains(next.number) && isNumber(index + 2) && !tokens[index + 2].spaceBefore),
           !(next.number == 47 && splitYearEnd(after: index) != nil) { return false }
        // A name with a number: "Resolution 1483", "Orion 1980", "Boeing 7470"; not a heading's span of years ("Eastern
        // Theater 1861-1863").
        // A phone number's group: "call 1800 555 0199"; a case number's part: "2016-CV-1234".
        if isNumber(index + 1), isNumber(index + 2), (3...4).contains(tokens[index + 1].digits) { return false }
        if inLetterCode(index) { return false }
        let namesEvent = namesEventYear(index)
        if !afterName, !namesEvent, !startsYearSpan(index), index > 0, isWord(index - 1), tokens[index - 1].capitalized, !tokens[index - 1].flags.contains(.newlineBefore),
           index - 2 >= 0, tokens[index - 2].sentence == tokens[index].sentence, !tokens[index - 2].isPunctuation("."),
           info(index - 1).tags.isDisjoint(with: [.preposition, .determiner, .clauseBreak, .the, .fiscal, .and, .since]),
           !info(index - 1).isTimeWord, info(index - 1).cardinal < 0 { return false }
        // … and a product's name opening its sentence before a word in lower case: "Windows 2000 is no longer supported",
        // "Office 2013 went on sale" (a word the lexicon gives no role; not "In 2010 sales rose", "Fiscal 2013 sales").
        if !afterName, !namesEvent, index > 0, isWord(index - 1), tokens[index - 1].capitalized,
           index - 2 < 0 || tokens[index - 2].sentence != tokens[index].sentence, isWord(index + 1), !tokens[index + 1].capitalized,
           info(index - 1).tags.subtracting(.copulaOrPlan).isEmpty, !info(index - 1).isTimeWord, info(index - 1).cardinal < 0,
           !Self.yearFocusWords.contains(tokens[index - 1].key), !startsYearSpan(index) { return false }
        if index > 0, NumberedNouns.keys.contains(tokens[index - 1].key) { return false }
        // An abbreviated label: "S. 2012", "H.R. 1999", "No. 2012" (``NumberLabels``; not a country's initials, "the
        // U.S. 2016 election").
        if attachedPunct(index - 1, "."), isWord(index - 2), isCapitalized(index - 2),
           NumberLabels.keys.contains(tokens[index - 2].key),
           !(tokens[index - 2].key == K.s && attachedPunct(index - 3, ".") && !tokens[index - 2].spaceBefore) { return false }
        // A work's title: "the film 2012", "the novel 1984" (a determiner before the noun; not "the film's 2012 release"),
        // also after an owner or one word describing the work: "the singer's album 1989", "her new album 1989".
        if followsWorkNoun(index) { return false }
        if opensAddress(index) { return false }
        // A count and its noun joined by a hyphen: "a 2000-strong crowd", "a 1500-page report".
        if isDash(index + 1), !tokens[index + 1].spaceBefore, isWord(index + 2), !tokens[index + 2].spaceBefore,
           CountNouns.hyphenated.contains(tokens[index + 2].key) { return false }
        // The first end of a range of counts: "between 1500 and 2000 people", "1500 to 2000 troops", "1500-2000 people".
        if key(index + 1) == K.and || key(index + 1) == K.to || key(index + 1) == K.or || isDash(index + 1),
           isNumber(index + 2), isWord(index + 3), CountNouns.keys.contains(tokens[index + 3].key) { return false }
        // A clock time: "1500 GMT", "0830 local time".
        if isZoneAbbreviation(index + 1) { return false }
        if key(index + 1) == K.local, key(index + 2) == K.time { return false }
        // A count of something: "1500 soldiers", "2000 km"
        if isWord(index + 1) {
            let nextKey = tokens[index + 1].key
            if CountNouns.keys.contains(nextKey), !opensSentenceAfterWhenWord(index) || punct(index + 2, ",") { return false }
            // (Not one season: "after the 2010 season", "his 2012 season" is that year's, a sport's or a show's.)
            if info(index + 1).unit != nil && !has(index + 1, .yearWord)
                && (info(index + 1).unit != .season || info(index + 1).plural) { return false }
        }
        return true
    }

    /// Whether the number at `index` is joined by hyphens to a code in capitals that is joined to more: "2016-CV-1234"
    /// (both numbers; not "Q1-2016", "mid-2016").
    func inLetterCode(_ index: Int) -> Bool {
        func joined(_ dash: Int, _ word: Int, _ outer: Int) -> Bool {
            isDash(dash) && isWord(word) && tokens[word].flags.contains(.allCaps) && isDash(outer)
                && !tokens[max(dash, word)].spaceBefore && !tokens[max(word, outer)].spaceBefore
        }
        return (!tokens[index].spaceBefore && joined(index - 1, index - 2, index - 3))
            || (index + 3 < tokenCount && !tokens[index + 1].spaceBefore && joined(index + 1, index + 2, index + 3))
    }

    /// Whether the number at `index` follows a capitalised word of when that opens its sentence: "In 2020 protesters
    /// marched", "Since 2014 votes have been counted" (the year, not a count of the noun after it).
    func opensSentenceAfterWhenWord(_ index: Int) -> Bool {
        guard isWord(index - 1), tokens[index - 1].capitalized, CountNouns.whenWords.contains(tokens[index - 1].key) else { return false }
        return index - 2 < 0 || tokens[index - 2].sentence != tokens[index].sentence
    }

    /// Whether the year at `index` is part of an event's name that it dates: "Euro 2016", "Expo 2020", "the London 2012
    /// Games", "the Tokyo 2020 Olympics", "the Beijing 2008 Summer Olympics" (``EventYearNames``).
    func namesEventYear(_ index: Int) -> Bool {
        guard isWord(index - 1), tokens[index - 1].capitalized else { return false }
        if EventYearNames.before.contains(tokens[index - 1].key) { return true }
        var noun = index + 1
        if isCapitalized(noun), isWord(noun), EventYearNames.season.contains(tokens[noun].key) { noun += 1 }
        return isWord(noun) && isCapitalized(noun) && EventYearNames.after.contains(tokens[noun].key)
    }

    /// Whether the number at `index` is a house number: one to four capitalised words and a street noun after it ("2020
    /// Main Street", "1600 Pennsylvania Avenue", "1999 Broadway", "1800 North Lake Shore Drive"), not after a word of
    /// when ("In 2012 Oxford Street was closed", "since 2019 Regent Street").
    func opensAddress(_ index: Int) -> Bool {
        guard isCapitalized(index + 1), isWord(index + 1) else { return false }
        if index > 0, isWord(index - 1), StreetNouns.whenWords.contains(tokens[index - 1].key) { return false }
        for next in index + 1...index + 4 {
            guard isWord(next), isCapitalized(next) else { return false }
            if StreetNouns.keys.contains(tokens[next].key) { return true }
        }
        return false
    }

    /// Books of scripture whose chapter and verse are written like a clock ("John 3:16", "Romans 8:28", "1 Corinthians
    /// 13:12", "Surah 2:255"), read only capitalised and right before the two numbers.
    static let scriptureBooks = KeySet(words: [
        "genesis", "exodus", "leviticus", "numbers", "deuteronomy", "joshua", "judges", "ruth", "samuel", "kings",
        "chronicles", "ezra", "nehemiah", "esther", "job", "psalm", "psalms", "proverbs", "ecclesiastes", "isaiah",
        "jeremiah", "lamentations", "ezekiel", "daniel", "hosea", "joel", "amos", "obadiah", "jonah", "micah", "nahum",
        "habakkuk", "zephaniah", "haggai", "zechariah", "malachi", "matthew", "mark", "luke", "john", "acts", "romans",
        "corinthians", "galatians", "ephesians", "philippians", "colossians", "thessalonians", "timothy", "titus",
        "philemon", "hebrews", "james", "peter", "jude", "revelation", "revelations", "surah", "sura", "quran", "koran",
    ])

    /// Books of scripture whose names are also verbs, which may open a sentence before a clock ("Mark 9:30 on your
    /// calendar", "Acts", "Judges", "Numbers").
    static let scriptureVerbs = KeySet(words: ["mark", "acts", "judges", "numbers"])

    /// A clock time starting with the number at `index`.
    func matchClock(at index: Int) -> Recognized? {
        var hourValue = Int(tokens[index].number)
        var minute = 0
        var last = index
        var hasMinutes = false
        // "11.30am", "7.15 p.m.", "10.45 GMT": the minutes after a dot (British style). A number such as a price ("closed
        // at 11.30") is one only with a.m./p.m., a zone or a part of the day after it.
        let dotted = tokens[index].flags.contains(.decimal)
        if dotted {
            let token = tokens[index]
            guard token.digits == 3 || token.digits == 4, !token.flags.contains(.grouped), scalars[Int(token.end) - 3] == "."
            else { return nil }
            hourValue = Int(token.number) / 100
            minute = Int(token.number) % 100
            guard minute < 60 else { return nil }
        } else if punct(index + 1, ":"), isNumber(index + 2), tokens[index + 2].digits == 2, !tokens[index + 1].spaceBefore,
           !tokens[index + 2].spaceBefore {
            minute = Int(tokens[index + 2].number)
            guard minute < 60, hourValue <= 24 else { return nil }
            last = index + 2
            hasMinutes = true
            // A ratio or a score "3:2:1" is not a time, nor the end of a race's time "2:03:23".
            if punct(last + 1, ":") || punct(index - 1, ":") && !tokens[index].spaceBefore && isNumber(index - 2)
                && !tokens[index - 1].spaceBefore { return nil }
            // "John 3:16", "Psalm 23:14", "Surah 2:255": a scripture's chapter and verse after its book, no time.
            // (Not a book's name that is also a verb opening its sentence: "Mark 9:30 on your calendar".)
            if isWord(index - 1), isCapitalized(index - 1), Self.scriptureBooks.contains(key(index - 1)),
               !(Self.scriptureVerbs.contains(key(index - 1))
                 && (index == 1 || tokens[index - 2].sentence != tokens[index - 1].sentence)) { return nil }
        } else if key(index + 1) == K.h, isWord(index + 1), !tokens[index + 1].spaceBefore, hourValue <= 23,
                  Self.clockPrepositions.contains(key(index - 1)) || zoneAfter(index + 2) != nil || zoneAfter(index + 1) != nil {
            // The French wire's 24-hour clock, "h" between the hour and the minutes, after a clock's preposition or before
            // a zone: "at 11h30", "17h00 GMT"; on the hour, "h" alone after "at" or before a zone ("at 18h", "15h GMT");
            // not a length ("a 24h strike", "the film runs 2h30") nor a half ("the 1H results").
            if isNumber(index + 2), tokens[index + 2].digits == 2, !tokens[index + 2].spaceBefore {
                minute = Int(tokens[index + 2].number)
                guard minute < 60 else { return nil }
                last = index + 2
            } else if !isNumber(index + 2), key(index - 1) == K.at || zoneAfter(index + 1) != nil {
                last = index + 1
            } else {
                return nil
            }
            hasMinutes = true
        }
        var hour = hourValue
        var meridiem = false
        // "p.m.", "pm", "p.m", "a.m."
        let m = last + 1
        if isWord(m) {
            let word = tokens[m].key
            if word == K.pm || word == K.am {
                // "3pm.": the period ends the sentence.
                meridiem = true
                if word == K.pm, hour < 12 { hour += 12 }
                if word == K.am, hour == 12 { hour = 0 }
                last = m
            } else if (word == K.p || word == K.a), attachedPunct(m + 1, "."), key(m + 2) == K.m, !tokens[m + 2].spaceBefore {
                meridiem = true
                if word == K.p, hour < 12 { hour += 12 }
                if word == K.a, hour == 12 { hour = 0 }
                last = m + 2
                if attachedPunct(last + 1, ".") { last += 1 }
            } else if word == K.o, punct(m + 1, "'"), key(m + 2) == K.oclock, !dotted {
                meridiem = true
                last = m + 2
            } else if hourValue == 12, !dotted, !hasMinutes, info(m).tags.contains(.noon) || info(m).tags.contains(.midnight) {
                // "12 noon", "12 midnight": the word says which twelve.
                meridiem = true
                hour = info(m).tags.contains(.noon) ? 12 : 24
                last = m
            }
        }
        // "leave at 4 in the morning", "until 9 in the evening", "6 o'clock in the evening": the part of the day says a.m.
        // or p.m.
        let inPart = last + 1
        if !meridiem || key(last) == K.oclock, key(inPart) == K.in_, key(inPart + 1) == K.the, isWord(inPart + 2),
           info(inPart + 2).partOfDay != 0, key(inPart + 2) != K.overnight, (1...12).contains(hourValue),
           Self.clockPrepositions.contains(key(index - 1)) {
            meridiem = true
            hour = Self.hour(hour, in: Int(info(inPart + 2).partOfDay))
            last = inPart + 2
        }
        // "at 4 this morning", "until 10 last night", "at 9 tomorrow morning": a bare hour after a clock's word, read in the
        // part of a day the words after it name (not a score or a count: "won 4 this morning", "killed 12 last night").
        if !meridiem, !hasMinutes, !dotted, (1...12).contains(hourValue), Self.bareHourBefore.contains(key(index - 1))
            || key(index - 2) == K.at && Self.bareHourApproximate.contains(key(index - 1)) || bareHourRangeEnd(index) {
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .reference
            mention.unit = .time
            mention.hour = hourValue
            mention.minute = 0
            if let inPart = timeInDayPart(mention, first: index, last: last) { return inPart }
        }
        // "from 8 to 10 p.m.", "between 2 and 4 a.m.", "2:30-4 p.m.": a clock time runs to one that says a.m. or p.m.,
        // and takes it, unless that puts it after the end ("from 11 to 1 p.m.", "from 10 to 2 a.m." cross noon or midnight).
        if !meridiem, (1...12).contains(hourValue), hasMinutes || dotted || has(index - 1, .from) || key(index - 1) == K.between
            || isDash(last + 1) && !tokens[last + 1].spaceBefore,
           has(last + 1, .range) || isDash(last + 1), isNumber(last + 2), let end = matchClock(at: last + 2),
           (last + 2...end.last).contains(where: { key($0) == K.pm || key($0) == K.am || key($0) == K.m })
            || end.mention.anchor == .dateline && bareHourRangeEnd(last + 2), let endHour = end.mention.hour {
            let same = endHour >= 12 ? (hourValue == 12 ? 12 : hourValue + 12) : hourValue % 12
            hour = same * 60 + minute <= endHour * 60 + (end.mention.minute ?? 0) ? same : (same + 12) % 24
            meridiem = true
        }
        let zone = zoneAfter(last)
        // "05:45 hrs", "at 18.30 hours": the 24-hour clock's word (not "took 2.30 hours", "10:30 hours of").
        let hours = !meridiem && (hasMinutes || dotted && Self.clockPrepositions.contains(key(index - 1)))
            && (key(last + 1) == K.hrs || key(last + 1) == K.hours) && key(last + 2) != K.of
        guard meridiem || hasMinutes || dotted && (zone != nil || hours || dottedClock(at: index, last: last)), hourValue <= 24,
              (!meridiem || (1...12).contains(hourValue) || key(last) == K.oclock) else { return nil }
        // The same instant restated in brackets in another zone after a clock time, untagged as "(0735 GMT)" is: "9:15
        // p.m. EDT (01:15 GMT Tuesday)", "10:30 a.m. local time (08:30 GMT)" (its day keeps an expression of its own).
        if !meridiem, let zone, zone.inExtent, Self.restatementBracket(beforeZone: last + 1, tokens: tokens) == index - 1,
           endsClock(index - 2) { return nil }
        // A time zone written after it: "5 p.m. EST", "11 a.m. Eastern Standard Time"
        if let zone, zone.inExtent { last = zone.last } else if hours { last += 1 }
        var mention = Mention()
        mention.kind = .time
        mention.anchor = .reference
        mention.unit = .time
        mention.hour = hour
        mention.minute = minute
        return clock(mention, first: index, last: last)
    }

    /// The opening bracket of a 24-hour clock right before `zone`, the first token of the clock's zone: one to three
    /// tokens of the clock ("0115", "01:15", "10.45", "17h00") and "(" before them ("(0115 GMT", "(23:46 UTC"); `nil`
    /// otherwise. The one detector of a clock time restated in another zone in brackets: the recognizer drops such a
    /// clock after another one ("9:15 p.m. EDT (01:15 GMT Tuesday)", ``matchClock(at:)``, with ``endsClock(_:)``), and
    /// ``TenseReader`` reads the weekday closing one as the nearest such day whatever the clause's tense ("(0115 GMT
    /// Tuesday)").
    static func restatementBracket(beforeZone zone: Int, tokens: [Token]) -> Int? {
        var cursor = zone - 1
        while cursor >= 0, cursor >= zone - 3, tokens[cursor].kind == .number || tokens[cursor].isPunctuation(":")
            || tokens[cursor].isPunctuation(".") || tokens[cursor].kind == .word && tokens[cursor].key == K.h {
            cursor -= 1
        }
        return cursor < zone - 1 && cursor >= 0 && tokens[cursor].isPunctuation("(") ? cursor : nil
    }

    /// Whether the token at `last` ends a clock time: its a.m. or p.m. ("10:35 a.m.", "7pm"), its zone ("EDT"), a
    /// place's clock ("local time") or its minutes ("10:35").
    func endsClock(_ last: Int) -> Bool {
        if isNumber(last), tokens[last].digits == 2, punct(last - 1, ":"), isNumber(last - 2) { return true }
        let word = punct(last, ".") ? last - 1 : last
        return key(word) == K.am || key(word) == K.pm || key(word) == K.m && punct(word - 1, ".") || key(word) == K.time
            || isZoneAbbreviation(word)
    }

    /// Whether the token at `index` is a zone's abbreviation after a clock: a time suffix (``WordInfo/Tags/timeSuffix``)
    /// in capitals ("1500 GMT", "5 p.m. EST", "noon BST"; not "est", "Et", "pt" written as words). The one test of it, for
    /// the recogniser and the tense reader (``TenseReader``); `false` out of the text. (The sentence splitter, which runs
    /// before there are tokens, tests the same on the scalars: `SentenceSplitter.clockBeforeDay`.)
    @inline(__always) func isZoneAbbreviation(_ index: Int) -> Bool {
        index >= 0 && index < tokenCount && Self.isZoneAbbreviation(tokens[index], infos[index])
    }

    /// ``isZoneAbbreviation(_:)`` for a token and its word information.
    @inline(__always) static func isZoneAbbreviation(_ token: Token, _ info: WordInfo) -> Bool {
        info.tags.contains(.timeSuffix) && token.flags.contains(.allCaps)
    }

    /// The words right after `last` that say whose clock a time is on, and their last token: a zone, in the extent ("5
    /// p.m. EST", "noon ET", "11 a.m. Eastern Standard Time": a zone's name, its "Time" capitalised), or a place's
    /// clock, left out of it as WikiWars annotates it ("11:30 a.m. local time", "5:34 AM Baghdad time", "7 p.m.
    /// Eastern time"); `nil` when neither follows.
    func zoneAfter(_ last: Int) -> (last: Int, inExtent: Bool)? {
        let next = last + 1
        guard isWord(next), tokens[next].spaceBefore else { return nil }
        if key(next) == K.local, key(next + 1) == K.time { return (next + 1, false) }
        guard tokens[next].capitalized else { return nil }
        if isZoneAbbreviation(next) { return (next, true) }
        var cursor = next
        while cursor < next + 3, isWord(cursor), tokens[cursor].capitalized, tokens[cursor].key != K.time,
              info(cursor).weekday == 0, info(cursor).month == 0 {
            cursor += 1
        }
        guard cursor > next, key(cursor) == K.time else { return nil }
        return (cursor, tokens[cursor].capitalized)
    }

    /// A clock time from `first` to `last`, on the day the text writes after it: next to it ("5 p.m. EST Nov. 9",
    /// "noon Thursday": the day joins the extent) or after "on" ("6 p.m. local time (1500 GMT) on Sunday": the day
    /// keeps an extent of its own, and the time is on that day, not on the day the story was at).
    func clock(_ mention: Mention, first: Int, last: Int) -> Recognized {
        var dayIndex = punct(last + 1, ",") ? last + 2 : last + 1
        if let inPart = timeInDayPart(mention, first: first, last: last) { return inPart }
        // "3 p.m. yesterday", "midnight tonight": the clock time on that day, one expression (as "mid-afternoon yesterday").
        // Capitalised right after the clock, the word opens the next sentence ("lifted off at 4:15 a.m. Yesterday, …").
        if info(dayIndex).tags.contains(.deictic), mention.anchor == .reference,
           dayIndex > last + 1 || !tokens[dayIndex].capitalized {
            return Recognized(first: first, last: dayIndex, mention: onDeicticDay(mention, at: dayIndex))
        }
        // "at dawn the next day", "6 a.m. that day": the story's day the words name.
        if key(dayIndex) == K.the || key(dayIndex) == K.that, let day = matchExpression(at: dayIndex), day.rangeEnd == nil,
           day.mention.kind == .date, day.mention.unit == .day, day.mention.anchor == .reference, mention.anchor == .reference {
            return Recognized(first: first, last: day.last, mention: Self.time(mention, on: day.mention))
        }
        var joins = true
        var afterOn = false
        // (A word of a holiday's name that names none here is no day: "at 8 p.m., election officials said, …".)
        if !isWord(dayIndex) || info(dayIndex).weekday == 0 && info(dayIndex).month == 0
            && (info(dayIndex).holiday == 0 || matchHoliday(at: dayIndex) == nil) {
            var next = last + 1
            if let zone = zoneAfter(last), !zone.inExtent { next = zone.last + 1 }
            if punct(next, "("), let close = (next + 1...min(next + 6, tokenCount)).first(where: { punct($0, ")") }) {
                next = close + 1
            }
            joins = false
            if key(next) == K.on {
                dayIndex = next + 1
                afterOn = true
            } else if next > last + 1, isWord(next), info(next).weekday != 0 || info(next).month != 0 {
                // "3 p.m. (2000 GMT) Thursday", "10 a.m. local time Friday": the day after the restatement or the place.
                dayIndex = next
            } else if mention.anchor == .reference, mention.hour != nil, let later = dayLaterInClause(after: last, first: first) {
                // "At 3 p.m. the storm hit the coast yesterday": the clock on that day, each its own expression.
                if info(later).tags.contains(.deictic) {
                    return Recognized(first: first, last: last, mention: onDeicticDay(mention, at: later))
                }
                dayIndex = later
                afterOn = key(later - 1) == K.on
            } else {
                return Recognized(first: first, last: last, mention: mention)
            }
        }
        // "3 p.m. on Christmas Day": a holiday is a day too; after "on", so is a day written first ("dawn on 6 June 1944").
        let holiday = info(dayIndex).holiday != 0 ? matchHoliday(at: dayIndex) : nil
        let dayFirst = afterOn && isNumber(dayIndex) && tokens[dayIndex].digits <= 2 ? matchNumeric(at: dayIndex) : nil
        guard let day = holiday ?? dayFirst ?? (info(dayIndex).month != 0 ? matchMonthFirst(at: dayIndex)
                                                : info(dayIndex).weekday != 0 ? matchWeekday(at: dayIndex) : nil),
              day.mention.kind == .date && day.mention.unit == .day || day.mention.unit == .partOfDay && mention.hour != nil else {
            return Recognized(first: first, last: last, mention: mention)
        }
        return Recognized(first: first, last: joins ? day.last : last, mention: Self.time(mention, on: day.mention))
    }

    /// The clock time `mention` on the day the deictic word at `index` names ("3 p.m. yesterday", "7:30 tonight" at 19:30).
    private func onDeicticDay(_ mention: Mention, at index: Int) -> Mention {
        var combined = mention
        combined.anchor = .dateline
        combined.offset = key(index) == K.yesterday ? -1 : key(index) == K.tomorrow ? 1 : 0
        // "7:30 tonight" is 19:30.
        if key(index) == K.tonight, let hour = mention.hour { combined.hour = Self.hour(hour, in: 3) }
        return combined
    }

    /// The words that end a clock time's clause, or open one of its own, before a later day ("At 9 a.m. the river
    /// peaked, and on Saturday it fell", "… at 9 a.m. before falling on Saturday"): ``dayLaterInClause(after:first:)``.
    static let clauseBreaks = KeySet(words: ["and", "but", "or", "nor", "yet", "so", "then", "while", "whereas", "before",
                                             "after", "until", "till", "since", "when", "as", "because", "which", "who",
                                             "where", "though", "although", "if", "unless", "whose"])

    /// The conjunctions that open a clause of their own, not a parenthetical (", and on Saturday it fell").
    static let coordinators = KeySet(words: ["and", "but", "or", "nor", "yet", "so", "then"])

    /// The words an adverbial clock time opening its sentence starts with ("At 6 p.m.,", "Shortly after 2 p.m.,", "By
    /// noon,"), not a subject ("The fire started at 3 a.m., police said Sunday").
    static let clockOpeners = KeySet(words: ["at", "by", "around", "about", "shortly", "just", "soon", "after", "before",
                                             "until", "from", "since", "sometime", "some", "roughly", "nearly", "approximately",
                                             "early", "late", "till", "past"])

    /// The first token of a weekday or written date later in the clause of a clock time (tokens `first...last`) that
    /// names no day: past a parenthetical between commas (", officials said,", ", after the vote,", ", local time,") or,
    /// when the clock time opens its sentence, past its comma, up to eight words on ("The river peaked at 9 a.m.,
    /// officials said, on Saturday", "At 6 p.m., after the vote, the senate adjourned on Tuesday"); nil at a clause's
    /// break (a conjunction, other punctuation, the sentence's end), at a number (another time or date), or when the day
    /// is inside the parenthetical (", police said Sunday.": the day the statement was made).
    func dayLaterInClause(after last: Int, first: Int) -> Int? {
        let sentence = tokens[last].sentence
        var index = last + 1
        if punct(index, ",") {
            // A parenthetical of words up to its closing comma.
            var close = index + 1
            while close <= index + 6, isWord(close), tokens[close].sentence == sentence,
                  info(close).weekday == 0, info(close).month == 0, close > index + 1 || !Self.coordinators.contains(key(close)) {
                close += 1
            }
            if close > index + 1, punct(close, ",") {
                index = close + 1
            } else {
                // Without a closing comma, only a clock time opening its sentence, up to three words after its start ("At
                // 6 p.m., the senate adjourned …", "Shortly after 2 p.m., the jury …").
                var start = first - 1
                while start > first - 3, isWord(start), start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
                guard isWord(start), Self.clockOpeners.contains(key(start)), start == 0 || tokens[start - 1].sentence != sentence
                else { return nil }
                index += 1
            }
        }
        let end = min(index + 8, tokenCount)
        while index < end, isWord(index), tokens[index].sentence == sentence {
            let word = info(index)
            // (Not a set's day: "opens at 9 a.m. every Saturday" is the hour of any Saturday, ``undateHabitualClocks(_:)``.)
            if word.weekday != 0 || word.month != 0 { return tokens[index].capitalized && !has(index - 1, .every) ? index : nil }
            if key(index) == K.on, isNumber(index + 1) { return index + 1 }
            // A deictic day ("At 3 p.m. the storm hit the coast yesterday"), not one opening the next sentence.
            if word.tags.contains(.deictic) { return tokens[index].capitalized ? nil : index }
            if Self.clauseBreaks.contains(key(index)) { return nil }
            index += 1
        }
        return nil
    }

    /// A clock time from `first` to `last` right before a part of a day that names its day ("four o'clock this morning",
    /// "ten past nine last night", "at 8 tonight", "at 9 tomorrow morning"): one expression, on that day, the hour read
    /// in the part of the day ("10 last night" is 22:00, "12 last night" midnight, "2 last night" the small hours of the
    /// next calendar day); `nil` when no such part follows. A weekday's part of the day takes the hour too ("at 11
    /// Sunday night", "at 6 Monday morning"), when the hour falls inside it (not "at 2 Sunday night").
    func timeInDayPart(_ mention: Mention, first: Int, last: Int) -> Recognized? {
        let next = last + 1
        guard mention.anchor == .reference, mention.unit == .time, let hour = mention.hour, isWord(next) else { return nil }
        if info(next).weekday != 0, isCapitalized(next), let day = matchWeekday(at: next),
           day.rangeEnd == nil, day.mention.unit == .partOfDay, let part = day.mention.partOfDay, part <= 4,
           part < 3 || Self.hour(hour, in: part) >= 12 {
            return Recognized(first: first, last: day.last, mention: Self.time(mention, on: day.mention))
        }
        guard Self.dayPartOpeners.contains(key(next)), !tokens[next].capitalized,
              let day = matchExpression(at: next), day.rangeEnd == nil, day.mention.unit == .partOfDay,
              day.mention.anchor == .dateline, day.mention.mod == nil, let part = day.mention.partOfDay, part <= 4 else { return nil }
        var combined = Self.time(mention, on: day.mention)
        if part >= 3, hour == 12 {
            combined.hour = 24
        } else if part == 4, Self.smallHours.contains(Self.hour(hour, in: part)) {
            // "at 2 last night", "1:30 last night": after midnight, the night's next calendar day.
            combined.offset += 1
        } else if part >= 3, Self.hour(hour, in: part) < 12 {
            return nil
        }
        return Recognized(first: first, last: day.last, mention: combined)
    }

    /// Whether the bare hour at `index` ends a range of bare hours ("from 7 to 9 this morning", "between 6 and 8
    /// tonight"), to be read in the part of the day after it like one after "at"; not a count's ("rose from 7 to 9 this
    /// morning", "the toll was between 6 and 8 last night": a verb of an amount before the range).
    func bareHourRangeEnd(_ index: Int) -> Bool {
        let start = index - 2
        guard isNumber(start), tokens[start].digits <= 2, !tokens[start].flags.contains(.decimal), (1...12).contains(tokens[start].number),
              key(index - 1) == K.to && key(start - 1) == K.from || key(index - 1) == K.and && key(start - 1) == K.between else { return false }
        return !Self.amountVerbsBeforeBareHours.contains(key(start - 2))
    }

    /// Verbs of a change or a level before "from" or "between" that make a range of bare numbers an amount ("the toll rose
    /// from 7 to 9 this morning", "the score went from 2 to 4", "the index was between 6 and 8 last night"); fewer than
    /// before a dotted number (``amountVerbsBeforeDottedClock``): "closed from 7 to 9 this morning" is a time.
    static let amountVerbsBeforeBareHours = KeySet(words: [
        "rose", "rise", "rises", "rising", "fell", "fall", "falls", "falling", "climbed", "jumped", "increased", "decreased",
        "grew", "went", "go", "goes", "dropped", "soared", "surged", "plunged", "moved", "declined", "tumbled", "slipped",
        "was", "were", "is", "are", "be", "been", "up", "down", "scored", "score", "numbered", "ranged", "ranges", "varied",
        "aged", "ages"])

    /// Hours of a night that fall after its midnight, on the next calendar day ("at 2 last night", "3:15 a.m. last
    /// night").
    static let smallHours = 0...5

    /// Whether the dotted number at `index` (up to `last`) is a 24-hour clock by its context alone, British and European
    /// style: two digits of hour 00-23 and two of minutes ("19.45", "09.30"), after a clock's preposition ("kicks off at
    /// 19.45", "By 22.15 the crowd had gone", "from 09.30 to 17.30": "to" only after such a clock) or on a line
    /// of its own (a live blog's stamp). Not an amount: no "$" or "£" before it, no unit after it ("19.45 points",
    /// "19.45 percent", "a 2.50 share"), no verb of a price or a score before the preposition ("closed at 19.45",
    /// "rose from 19.45 to 21.30").
    func dottedClock(at index: Int, last: Int) -> Bool {
        let token = tokens[index]
        guard token.digits == 4, token.number / 100 <= 23, !punct(index - 1, "$"), !punct(index - 1, "\u{A3}"),
              !punct(index - 1, "\u{20AC}"), !isNumber(last + 1), !punct(last + 1, "%"), !Self.amountAfterDottedClock.contains(key(last + 1))
        else { return false }
        // A stamp on its own line.
        if token.flags.contains(.newlineBefore), last + 1 >= tokenCount || tokens[last + 1].flags.contains(.newlineBefore) { return true }
        let word = key(index - 1)
        if word == K.to || word == K.and {
            // The end of a range: the start a dotted clock too ("from 09.30 to 17.30", "between 14.00 and 16.30").
            return index >= 2 && isNumber(index - 2) && tokens[index - 2].flags.contains(.decimal) && dottedClock(at: index - 2, last: index - 2)
        }
        // "between 14.00 and 16.30": a range's start, its end a dotted clock too (not "between 2.5 and 3.5 percent").
        if word == K.between {
            return key(index + 1) == K.and && isNumber(index + 2) && tokens[index + 2].flags.contains(.decimal)
                && tokens[index + 2].digits == 4 && tokens[index + 2].number / 100 <= 23 && !isNumber(index + 3) && !punct(index + 3, "%")
                && !Self.amountAfterDottedClock.contains(key(index + 3)) && !amountVerbBeforeDottedClock(at: index - 2)
        }
        guard Self.clockPrepositions.contains(word) else { return false }
        return !amountVerbBeforeDottedClock(at: index - 2)
    }

    /// Whether the word at `index`, before a clock's preposition, makes the dotted number after it an amount
    /// (``amountVerbsBeforeDottedClock``): not a passive "held" ("Talks were held between 09.30 and 11.45 yesterday", "will
    /// be held at 14.30", "is being held"), a meeting's, where the active one is a price's ("the index held at 19.45"), and
    /// so is one after a word of a price or a level ("The rate was held at 10.50").
    private func amountVerbBeforeDottedClock(at index: Int) -> Bool {
        guard Self.amountVerbsBeforeDottedClock.contains(key(index)) else { return false }
        guard key(index) == Self.heldKey, has(index - 1, .beAux) else { return true }
        var subject = index - 1
        while subject > 0, has(subject, .beAux) { subject -= 1 }
        return Self.amountVerbsBeforeDottedClock.contains(key(subject))
    }

    /// "held", the one verb of ``amountVerbsBeforeDottedClock`` whose passive is a meeting's.
    static let heldKey = Lexicon.key("held".unicodeScalars)

    /// Words after a dotted number that make it an amount, not a clock ("19.45 points", "at 19.45 percent").
    static let amountAfterDottedClock = KeySet(words: ["percent", "per", "pct", "points", "point", "pts", "cents", "pence", "p",
                                                       "euros", "dollars", "pounds", "yen", "million", "billion", "trillion",
                                                       "times", "a", "an", "each", "metres", "meters", "seconds", "secs",
                                                       "kg", "km", "miles", "m", "s", "mph", "degrees", "%", "x"])
    /// Words before a clock's preposition that make the dotted number after it a price, a rate or a score ("closed at
    /// 19.45", "stood at 11.30", "rose from 19.45 to 21.30", "scored at 10.50").
    static let amountVerbsBeforeDottedClock = KeySet(words: [
        "closed", "close", "closing", "ended", "end", "ending", "finished", "finish", "stood", "stands", "stand", "opened",
        "settled", "traded", "trading", "trade", "fixed", "priced", "valued", "rose", "rise", "rising", "fell", "fall",
        "falling", "dropped", "climbed", "jumped", "slipped", "eased", "gained", "lost", "peaked", "fetched", "sold", "bought",
        "set", "was", "were", "is", "are", "be", "been", "being", "up", "down", "rate", "rates", "yield", "level", "price",
        "prices", "scored", "score", "average", "averaged", "grew", "growth", "inflation", "unemployment", "increased",
        "decreased", "declined", "advanced", "retreated", "tumbled", "soared", "surged", "plunged", "sank", "recovered",
        "rebounded", "edged", "hit", "reached", "touched", "high", "low", "steady", "unchanged", "version", "quoted",
        "offered", "bid", "worth", "estimated", "forecast", "cut", "raised", "lowered", "kept", "held", "holds", "hold", "day", "session"])

    /// Words that open a part of a day naming its day after a clock time: "this morning", "last night", "tonight",
    /// "yesterday afternoon", "tomorrow morning".
    static let dayPartOpeners = KeySet(words: ["this", "last", "tonight", "yesterday", "tomorrow"])
    /// Words before a bare hour that make it a clock time before a part of a day ("at 4 this morning", "by 10 tonight").
    static let bareHourBefore = KeySet(words: ["at", "until", "till", "by", "before", "after", "since"])
    /// Words of approximation before a bare hour, after "at" ("at about 4 this morning", "at around 10 last night").
    static let bareHourApproximate = KeySet(words: ["about", "around", "approximately"])

    /// A clock time or a part of a day (`mention`) on a day: "noon Thursday", "dawn on Sunday", "4:15 Sunday afternoon"
    /// (16:15: the day's part of the day sets a.m. or p.m.).
    static func time(_ mention: Mention, on day: Mention) -> Mention {
        var combined = day
        combined.kind = .time
        combined.unit = mention.unit
        combined.hour = mention.hour
        if let hour = mention.hour, let part = day.partOfDay { combined.hour = Self.hour(hour, in: part) }
        combined.minute = mention.minute
        combined.partOfDay = mention.partOfDay
        combined.mod = mention.mod
        return combined
    }
    /// "at half past nine", "about a quarter to ten", "a quarter past 11 on Sunday": a clock time said in words; so are
    /// minutes in words after "at" ("at twenty past ten", "at five minutes to six", "at one minute past midnight"), not
    /// a range of counts ("from five to ten", "by five to ten percent") nor odds or a vote ("at five to one").
    func matchSpokenClock(at index: Int) -> Recognized? {
        // "at four o'clock", "eleven o'clock last night", "seven o'clock tomorrow evening": an hour in words before
        // "o'clock"; "in the morning" or a part of a day after it says a.m. or p.m.
        if key(index + 1) == K.o, punct(index + 2, "'"), key(index + 3) == K.oclock, let count = cardinal(at: index),
           count.last == index, (1...12).contains(count.value) {
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .reference
            mention.unit = .time
            mention.hour = count.value
            mention.minute = 0
            var last = index + 3
            if key(last + 1) == K.in_, key(last + 2) == K.the, isWord(last + 3), info(last + 3).partOfDay != 0,
               key(last + 3) != K.overnight {
                mention.hour = Self.hour(count.value, in: Int(info(last + 3).partOfDay))
                last += 3
            }
            return clock(mention, first: index, last: last)
        }
        let fraction = key(index) == K.a ? index + 1 : index
        let half = key(fraction) == K.half
        var minutes = half ? 30 : 15
        var relationAt = fraction + 1
        if !half && key(fraction) != K.quarter {
            guard fraction == index, isWord(index), Self.spokenMinutesBefore.contains(key(index - 1)),
                  key(index - 1) == K.at || key(index - 2) == K.at,
                  let count = cardinal(at: index), (1...29).contains(count.value) else { return nil }
            minutes = count.value
            // Without "minutes", only five-minute steps past the hour: "at five to one", "at seven to two" are odds and
            // votes.
            let named = Self.minuteWords.contains(key(count.last + 1))
            relationAt = named ? count.last + 2 : count.last + 1
            guard named || count.value % 5 == 0 && key(relationAt) == K.past else { return nil }
        } else {
            guard Self.clockPrepositions.contains(key(index - 1)) else { return nil }
        }
        let relation = key(relationAt)
        guard relation == K.past || relation == K.to && !half else { return nil }
        // The hour: a number from one to twelve, or "midnight" and "noon".
        let hourAt = relationAt + 1
        let named = info(hourAt).tags.intersection([.midnight, .noon])
        var hour = named.isEmpty ? 0 : named.contains(.noon) ? 12 : 0
        var last = hourAt
        if named.isEmpty {
            guard let count = cardinal(at: hourAt), count.last == hourAt, (1...12).contains(count.value) else { return nil }
            hour = count.value
            last = count.last
        }
        // Not "a quarter to 10 percent", "cut by a quarter to 12 million".
        let after = last + 1
        guard !punct(after, "%"), !isWord(after) || has(after, [.preposition, .clauseBreak, .and, .pronounSubject])
                || info(after).weekday != 0 || info(after).tags.contains(.deictic) || Self.dayPartOpeners.contains(key(after))
        else { return nil }
        var mention = Mention()
        mention.kind = .time
        mention.anchor = .reference
        mention.unit = .time
        if relation == K.to {
            mention.hour = named.isEmpty ? (hour == 1 ? 12 : hour - 1) : (hour + 23) % 24
            mention.minute = 60 - minutes
        } else {
            mention.hour = hour
            mention.minute = minutes
        }
        return clock(mention, first: index, last: last)
    }

    /// Words before minutes said in words, with "at" before them or themselves "at": "at ten past nine", "at about
    /// twenty to six".
    static let spokenMinutesBefore = KeySet(words: ["at", "about", "around", "approximately", "exactly", "precisely"])
    /// "five minutes past", "one minute to".
    static let minuteWords = KeySet(words: ["minute", "minutes"])

    /// A clock hour read in a part of the day: "4 in the afternoon" is 16, "12 in the morning" 0, "10 at night" 22.
    static func hour(_ hour: Int, in part: Int) -> Int {
        if part == 1, hour == 12 { return 0 }
        if part == 2 || part == 3, hour < 12 { return hour + 12 }
        if part == 4, hour >= 6, hour < 12 { return hour + 12 }
        return hour
    }

    /// Words before "4 in the morning" that make the number a clock time, not a count ("two in the morning session").
    static let clockPrepositions = KeySet(words: ["at", "until", "till", "by", "before", "after", "around", "about", "from", "to"])

    /// "BC", "B.C.", "BCE", "AD", "A.D.", "CE" after a year: whether it is before the common era, and its last token.
    func eraAfter(_ index: Int) -> (bc: Bool, last: Int)? {
        let next = index + 1
        guard isWord(next), tokens[next].capitalized else { return nil }
        let word = key(next)
        if word == K.bc || word == K.bce { return (true, next) }
        if word == K.ad_ || word == K.ce { return (false, next) }
        // "B.C.", "A.D."
        if (word == K.b || word == K.a), attachedPunct(next + 1, "."), key(next + 2) == (word == K.b ? K.c : K.d),
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
    /// Years read aloud in broadcast transcripts: "nineteen ninety-six", "nineteen eighty", "two thousand".
    func matchSpokenYear(at index: Int) -> Recognized? {
        let century = Int(info(index).cardinal)
        guard isWord(index), (10...20).contains(century) || (century == 2 && key(index + 1) == K.thousand) else { return nil }
        var mention = Mention()
        mention.unit = .year
        if century == 2, key(index + 1) == K.thousand {
            // "the year two thousand"
            guard has(index - 1, .yearWord) || info(index - 1).month != 0 else { return nil }
            mention.year = 2000
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        // "the nineteen-eighties", "the eighteen nineties": a decade read aloud.
        let decadeIndex = isDash(index + 1) && !tokens[index + 1].spaceBefore ? index + 2 : index + 1
        if info(decadeIndex).tags.contains(.decadeWord), info(decadeIndex).cardinal >= 2, has(index - 1, .the) {
            mention.unit = .decade
            mention.decade = century * 10 + Int(info(decadeIndex).cardinal)
            return Recognized(first: index, last: decadeIndex, mention: mention)
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

    /// Whether a work's noun in lower case comes just before `index`, after a determiner, an owner or one word describing
    /// the work: "the film 2012", "the novel 1984", "the singer's album 1989", "her new album 1989", "his new film
    /// Independence Day" (a title follows; not "the film's 2012 release").
    func followsWorkNoun(_ index: Int) -> Bool {
        isWord(index - 1) && !tokens[index - 1].capitalized && WorkTitleNouns.keys.contains(tokens[index - 1].key)
            && (has(index - 2, .determiner) || isPossessive(before: index - 1)
                || isWord(index - 2) && !tokens[index - 2].capitalized && (has(index - 3, .determiner) || isPossessive(before: index - 2)))
    }
}
