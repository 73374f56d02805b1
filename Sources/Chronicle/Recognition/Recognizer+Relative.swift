/// Expressions relative to the dateline or the story: "last year", "this week", "the next day", "the previous
/// Friday", "year-earlier", "today", "now", "recently".
extension Recognizer {
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
            // "the same week last year", "the same day last year": the story's day, week or month a year before; a
            // comparison, so the story's time stays.
            if wordKey == K.same, let unit = info(next).unit, !info(next).plural, unit == .day || unit == .week || unit == .month,
               key(next + 1) == K.last, key(next + 2) == K.year {
                var mention = Mention()
                mention.anchor = .reference
                mention.unit = Granularity(unit)
                mention.relativeYear = -1
                mention.aside = true
                return Recognized(first: index, last: next + 2, mention: mention)
            }
        } else if word.tags.contains(.this) {
            // "present-day Ondo State", "its effects continue to this day": the present, not a day.
            let dayIndex = wordKey == K.present && isDash(next) && !tokens[next].spaceBefore ? next + 1 : next
            if info(dayIndex).unit == .day, !info(dayIndex).plural,
               wordKey == K.present || (wordKey == K.this && key(index - 1) == K.to && !isWord(next + 1)) {
                var mention = Mention()
                mention.unit = .none
                mention.reference = "PRESENT_REF"
                return Recognized(first: index, last: dayIndex, mention: mention)
            }
            // "at present", "There is no cure at present.": the present (TimeML PRESENT_REF, the preposition left out); not
            // before a noun it qualifies ("at present levels", "at present rates").
            if wordKey == K.present, key(index - 1) == K.at, !isCapitalized(index),
               !isWord(next) || key(next) == K.there
                || has(next, [.the, .determiner, .pronounSubject, .beAux, .presentAux, .and, .preposition, .clauseBreak]) {
                var mention = Mention()
                mention.unit = .none
                mention.reference = "PRESENT_REF"
                return Recognized(first: index, last: index, mention: mention)
            }
            // "this time last year", "this time a year ago", "this time next year": the dateline's day, a year away.
            if wordKey == K.this, key(next) == K.time, !narrative {
                let last = (key(next + 1) == K.last || key(next + 1) == K.next) && key(next + 2) == K.year ? next + 2
                    : key(next + 1) == K.a && key(next + 2) == K.year && key(next + 3) == K.ago ? next + 3 : nil
                guard let last else { return nil }
                var mention = Mention()
                mention.anchor = .dateline
                mention.unit = .day
                mention.relativeYear = key(next + 1) == K.next ? 1 : -1
                return Recognized(first: index, last: last, mention: mention)
            }
            if wordKey == K.this, !narrative, let anniversary = matchDayInYear(at: index) { return anniversary }
            // British and Irish "this day week", "this day fortnight": the dateline's day a week (two) on, as "a week today"
            // (at the end of its phrase: not "this day week-long talks").
            if wordKey == K.this, !narrative, info(next).unit == .day, !info(next).plural,
               key(next + 1) == K.week || key(next + 1) == K.fortnight,
               !isWord(next + 2) && !isDash(next + 2) || has(next + 2, [.preposition, .and, .clauseBreak]) {
                var mention = Mention()
                mention.anchor = .dateline
                mention.unit = .day
                mention.offset = key(next + 1) == K.week ? 7 : 14
                return Recognized(first: index, last: next + 1, mention: mention)
            }
            relation = 0
            if narrative { anchor = .reference }  // "this day" in a history is the story's day
            if key(next) == K.past { relation = -1; next += 1 } else if key(next) == K.coming { relation = 1; next += 1 }
        } else if word.tags.contains(.last) {
            // "expected to last six weeks", "could last years": the verb; its length is matched on its own.
            if wordKey == K.last, key(index - 1) == K.to || has(index - 1, [.modal, .future]) { return nil }
            // "will begin on Monday and last 48 hours", "Stoppages typically last four hours": a verb after "and", "or" or
            // an adverb of habit, before a count.
            if wordKey == K.last, isNumber(index + 1) || info(index + 1).cardinal > 0,
               (has(index - 1, .and) || key(index - 1) == K.or) && !isCapitalized(index - 1)
                || Self.habitAdverbs.contains(key(index - 1)) { return nil }
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
        // "this fiscal year", "last fiscal year", "next fiscal quarter", "last financial year", British "the next tax year":
        // the year or quarter, as "fiscal 2014" is.
        if isFiscal(next), info(next + 1).unit == .year || info(next + 1).unit == .quarter, !info(next + 1).plural {
            next += 1
        } else if key(next) == K.tax, info(next + 1).unit == .year, !info(next + 1).plural, isWord(next + 1) {
            next += 1
        }
        // News: "this school year", "last academic year", "the current school year", "next school year": a school's year,
        // which spans the turn of a calendar year as a sport's season does (see "last season" below): the vague past,
        // present or future (not "that school year", the story's; nor "this school year-round").
        if !narrative, Self.schoolYearWords.contains(key(next)), info(next + 1).unit == .year, !info(next + 1).plural, isWord(next + 1),
           !isDash(next + 2), wordKey != K.that, wordKey != K.same {
            var mention = Mention()
            mention.unit = .none
            mention.reference = relation < 0 ? "PAST_REF" : relation > 0 ? "FUTURE_REF" : "PRESENT_REF"
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        let theBefore = has(index - 1, .the)
        // "next" written after "the" points into the text: "the next day".
        if theBefore, anchor == .dateline, relation == 1 { anchor = .reference }
        let target = info(next)
        // "the past three years", "the next few days", "last 12 months"
        if let (count, countLast) = cardinal(at: next).map({ ($0.value, $0.last) }) ?? vagueCount(at: next),
           case let last = countRangeEnd(after: countLast, start: next) ?? countLast,
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
            // "the past year and a half", "over the next month and a half", "the last hour and a half": a length of one
            // unit and a half up to or from the dateline (was "the past year" alone, a year).
            if theBefore, relation != 0, wordKey != K.that, wordKey != K.same, unit != .second, unit != .half,
               let halfLast = andAHalf(after: next) {
                var mention = Mention()
                mention.kind = .duration
                mention.fixedValue = halfDurationValue(count: 1, unit: unit)
                mention.unit = .none
                mention.cut = relation < 0 ? .untilAnchor : .fromAnchor
                return Recognized(first: index, last: halfLast, mention: mention)
            }
            // "the past fortnight", "over the next fortnight", "last fortnight": two weeks up to or from the dateline.
            if unit == .fortnight, relation != 0, anchor == .dateline || theBefore {
                var mention = Mention()
                mention.kind = .duration
                mention.fixedValue = durationValue(count: 1, unit: unit)
                mention.span = (unit, 1)
                mention.cut = relation < 0 ? .untilAnchor : .fromAnchor
                return Recognized(first: index, last: next, mention: mention)
            }
            if unit == .second || unit == .minute || unit == .hour || unit == .half || unit == .fortnight { return nil }
            var mention = Mention()
            // "last season", "this season", "the coming season": the season of a sport, a league or a show, which spans
            // the turn of a year, not a calendar season (news names those: "this winter"); the vague past, present or
            // future (not "that season", "the following season", counted from the story's).
            if unit == .season, !narrative, anchor == .dateline || wordKey == K.coming || wordKey == K.next || wordKey == K.upcoming {
                mention.unit = .none
                mention.reference = relation < 0 ? "PAST_REF" : relation > 0 ? "FUTURE_REF" : "PRESENT_REF"
                return Recognized(first: index, last: next, mention: mention)
            }
            // "the past year" and "the last decade" are durations ending now (TimeML), as histories annotate them;
            // news annotates "the past year" as the year before the dateline's, like "last year" (TimeBank: 2 of 2).
            let pastYearInNews = !narrative && unit == .year
            // News: "built in the last century", "the 1920s of the last century": the century before the dateline's (19 in
            // 2013), a DATE as "last century" is; "over the last century", "the past century" stay a length.
            let lastCenturyInNews = !narrative && unit == .century && wordKey == K.last && theBefore
                && (key(index - 2) == K.in_ || key(index - 2) == K.of)
            if theBefore, relation == -1, anchor == .dateline, wordKey != K.previous, !pastYearInNews, !lastCenturyInNews {
                mention.kind = .duration
                mention.fixedValue = durationValue(count: 1, unit: unit)
                mention.span = (unit, 1)
                mention.cut = .untilAnchor
                return Recognized(first: index, last: next, mention: mention)
            }
            // "last year's quarter", "last year's period": the quarter reported on, a year before.
            if unit == .year, relation == -1, punct(next + 1, "'"), key(next + 2) == K.s,
               key(next + 3) == K.quarter || key(next + 3) == K.period {
                return Recognized(first: index, last: next + 3, mention: Self.sameQuarterAYearBefore)
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
            mention.millennium = unit == .millennium
            mention.offset = relation
            if unit == .weekend { mention.weekday = 6 }
            // "The wall fell 25 years ago this weekend": the weekend the anniversary falls on, the dateline's.
            if relation == 0, key(index - 1) == K.ago { mention.anniversary = true }
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
        // "the next morning", "the following evening", "that afternoon", "the previous night": a part of the story's
        // day, the day after or the day before (TimeML: a TIME; AQUAINT's one case is written as the day).
        // After "said", "that" followed by more words is a conjunction: "he said that morning trading was heavy".
        if target.partOfDay != 0, anchor == .reference, isWord(next),
           wordKey == K.that || (theBefore && relation != 0),
           wordKey != K.that || !info(index - 1).tags.contains(.reporting) || !isWord(next + 1) {
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .reference
            mention.unit = .partOfDay
            mention.partOfDay = Int(target.partOfDay)
            mention.offset = relation
            return Recognized(first: index, last: next, mention: mention)
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
        // "the previous Friday", "the following Monday": a weekday next to the story's day; "that Friday", "that same
        // Friday": the one in the story's week (the story's day itself when it is a Friday).
        if anchor == .reference, target.weekday != 0, var day = matchWeekday(at: next), day.mention.month == nil {
            day.first = index
            day.mention.weekdayRelation = relation < 0 ? .previous : relation > 0 ? .next : .week(0)
            day.mention.anchor = .reference
            return day
        }
        // "that summer", "the following December", "the previous April", "the next spring": a month, season or holiday
        // placed from the story's time (its year for "that", the first one after or before it).
        if anchor == .reference, isWord(next), target.month != 0 || target.season != 0 || target.holiday != 0,
           wordKey == K.that || theBefore, wordKey != K.that || !thatOpensClause(at: index, before: next + 1) {
            let inner = target.month != 0 ? matchMonthFirst(at: next, context: true)
                : target.season != 0 ? matchSeason(at: next, year: nil, context: true) : matchHoliday(at: next)
            if var found = inner, found.mention.anchor == .implicit, found.mention.year == nil {
                found.first = index
                found.mention.anchor = .reference
                found.mention.relativeYearDirection = relation
                return found
            }
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
            found.mention.weekdayRelation = relation < 0 ? .previous : relation > 0 ? .next : .week(0)
            // British "last Tuesday week", "last Monday fortnight": the week(s) before last Tuesday, as "a week last
            // Tuesday" (not a week after it, which would put a past day after the dateline).
            if relation < 0, found.mention.weeksAfter > 0 { found.mention.weeksAfter = -found.mention.weeksAfter }
        } else {
            found.mention.relativeYearDirection = relation
        }
        return found
    }


    /// Whether "that" at `index` is the conjunction that opens a reported clause, not a pointer back to the story's
    /// time: "the agency said on Monday that February was the wettest", "officials warned that August is the peak".
    /// Either a reporting verb (with or without its day, "said Monday that", "said on Monday that") comes right before it
    /// and a word follows the time word, or a verb form or an auxiliary follows the time word ("found that March had
    /// been"). "He recalled that February, the army …" and "the strike began that February and …" keep "that".
    func thatOpensClause(at index: Int, before follower: Int) -> Bool {
        guard isWord(follower) else { return false }
        var teller = index - 1
        if info(teller).weekday != 0 || info(teller).tags.contains(.deictic) {
            teller -= 1
            if key(teller) == K.on { teller -= 1 }
        }
        if info(teller).tags.contains(.reporting) { return true }
        return has(follower, [.pastAux, .presentAux, .beAux, .future, .modal]) && isWord(index - 1)
            && !has(index - 1, [.preposition, .and, .clauseBreak, .determiner])
    }

    /// Nouns after "today's" that name the present age rather than the day.
    static let presentAgeNouns = KeySet(words: ["world", "youth", "society", "generation", "children", "kids", "young",
                                                    "standards", "culture"])

    /// "a few", "several", "few", "many": an unspecified count (0).
    func vagueCount(at index: Int) -> (Int, Int)? {
        if (key(index) == K.a), key(index + 1) == K.few { return (0, index + 1) }
        if Self.vagueCountKeys.contains(key(index)) { return (0, index) }
        return nil
    }

    /// A TIMEX3 duration value: `P3Y`, `PT24H`, `P1DE`; a count of 0 means unspecified (`PXY`).
    func durationValue(count: Int, unit: TimeUnit) -> String {
        // "a weekend of talks", "the weekend" as a length: two days, as TimeBank writes it (two weekends stay P2W).
        if unit == .weekend, count == 1 { return "P2D" }
        // News: "14 seasons", "his 10 seasons with the club", "a season at Chelsea": a sport's (or a show's) season comes once
        // a year, so a count of them is that many years, as "the following season" after a year is the next year
        // (narratives keep calendar seasons of three months).
        if unit == .season, !narrative { return count == 0 ? "PXY" : "P\(count)Y" }
        let parts = unit.durationParts
        let number = count == 0 ? "X" : String(count * parts.factor)
        return (parts.timePart ? "PT" : "P") + number + parts.letter
    }

    // MARK: today, yesterday, tomorrow, tonight, now, recently, currently

    /// Whether the token at `index` stands inside a quotation opened in its sentence or the one before: going back, an
    /// opening quote comes before a closing one (a straight quote opens when it touches the word after it and not the one
    /// before it).
    func insideQuotation(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var position = index - 1
        while position >= 0, tokens[position].sentence + 1 >= sentence {
            if tokens[position].kind == .punctuation {
                switch tokens[position].number {
                case 0x201C: return true
                case 0x201D: return false
                case 34:
                    let touchesNext = position + 1 < tokenCount && !tokens[position + 1].spaceBefore
                    return touchesNext && (tokens[position].spaceBefore || position == 0)
                default: break
                }
            }
            position -= 1
        }
        return false
    }

    func matchDeictic(at index: Int) -> Recognized? {
        let word = info(index)
        let wordKey = key(index)
        guard mayBeDeictic(word, key: wordKey) else { return nil }
        // "USA Today", "This is VOA Today": a capitalised "Today" after a name inside a sentence is part of a title.
        // (At the start of a sentence only after an acronym: "USA Today reported it.")
        if wordKey == K.today, isCapitalized(index), index >= 1,
           index >= 2 && tokens[index - 2].sentence == tokens[index].sentence || tokens[index - 1].flags.contains(.allCaps),
           isWord(index - 1), isCapitalized(index - 1), !info(index - 1).isTimeWord, !has(index - 1, [.preposition, .determiner]) {
            return nil
        }
        // "the Today programme", "NBC's Today show", "The Tonight Show": a capitalised "today", "tonight", "tomorrow" after
        // "the" or a name's "'s" is a title (no day follows an article or an owner; not "It's Today or never").
        if isCapitalized(index), word.tags.contains(.deictic), has(index - 1, .the)
            || key(index - 1) == K.s && apostrophe(index - 2) && isWord(index - 3) && isCapitalized(index - 3)
            && info(index - 3).tags.isEmpty {
            return nil
        }
        // In a history, "today", "tomorrow", "tonight" in a quotation are the speaker's, a day the text does not give:
        // "He warned: "It is us today. It will be you tomorrow."" (TimeML: XXXX-XX-XX).
        if narrative, word.tags.contains(.deictic), insideQuotation(index) {
            var mention = Mention()
            mention.unit = .none
            if wordKey == K.tonight {
                mention.kind = .time
                mention.reference = "XXXX-XX-XXTNI"
            } else {
                mention.reference = "XXXX-XX-XX"
            }
            return Recognized(first: index, last: index, mention: mention)
        }
        // In a history "today" and "now" are the author's present, not a day of the story.
        if narrative, wordKey == K.today {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "today's world", "today's youth": the present age, not the dateline's day (left unannotated).
        if wordKey == K.today, apostrophe(index + 1), key(index + 2) == K.s,
           Self.presentAgeNouns.contains(key(index + 3)) { return nil }
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
        if narrative, wordKey == K.that || wordKey == K.this, let phrase = matchStoryTime(at: index) { return phrase }
        // Not the pronoun: "did not consider the former an option".
        if narrative, wordKey == K.former, isWord(index + 1),
           !has(index + 1, [.the, .determiner, .preposition, .and, .clauseBreak]), key(index + 1) != K.a, key(index + 1) != K.an {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PAST_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "at a later date": the future.
        if wordKey == K.a, key(index + 1) == K.later, key(index + 2) == K.date {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "FUTURE_REF"
            return Recognized(first: index, last: index + 2, mention: mention)
        }
        // "market makers suffer more these days": the present.
        if wordKey == K.these, info(index + 1).unit == .day, info(index + 1).plural {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        if wordKey == K.date, key(index - 1) == K.to, key(index - 2) != K.up, !isNumber(index + 1) {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "near modern-day Gnjilane", "casualties to date": the present.
        if wordKey == K.modern, info(isDash(index + 1) ? index + 2 : index + 1).unit == .day, isCapitalized(isDash(index + 1) ? index + 3 : index + 2) {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: isDash(index + 1) ? index + 2 : index + 1, mention: mention)
        }
        // "current share", "its current position": the present (TimeML PRESENT_REF); "the current year" is a year.
        if wordKey == K.current, !isCapitalized(index), isWord(index + 1), info(index + 1).unit == nil,
           !isFiscal(index + 1), !has(index - 1, .the) || !has(index + 1, .of),
           !CurrentNounWords.before.contains(key(index - 1)), !CurrentNounWords.after.contains(key(index + 1)) {
            var mention = Mention()
            mention.unit = .none
            // "the then current market price", "the then-current price": current at a time already past.
            let thenIndex = isDash(index - 1) && !tokens[index - 1].spaceBefore ? index - 2 : index - 1
            if key(thenIndex) == K.then {
                mention.reference = "PAST_REF"
                return Recognized(first: thenIndex, last: index, mention: mention)
            }
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "moved only at night", "night attacks", "daytime flights": histories annotate a part of no particular day.
        if narrative, wordKey == K.night || wordKey == K.daytime, !has(index - 1, [.the, .determiner]),
           info(index - 1).holiday == 0, info(index - 1).weekday == 0 {
            var mention = Mention()
            mention.kind = .time
            mention.unit = .none
            mention.reference = wordKey == K.night ? "XXXX-XX-XXTNI" : "XXXX-XX-XXTDT"
            var last = index
            if isDash(index + 1), !tokens[index + 1].spaceBefore, key(index + 2) == K.time { last = index + 2 }  // "night-time"
            return Recognized(first: index, last: last, mention: mention)
        }
        // "future operations", "recent gains": histories annotate these adjectives, news corpora seldom do.
        if narrative, wordKey == K.future || wordKey == K.recent, isWord(index + 1), info(index + 1).unit == nil {
            var mention = Mention()
            mention.unit = .none
            mention.reference = wordKey == K.future ? "FUTURE_REF" : "PAST_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "soon" is left out where it only orders events ("soon after", "as soon as", "was soon released"): news corpora
        // annotate it next to a modal ("may soon seek", "it soon will begin").
        if !narrative, wordKey == K.soon, !Self.soonLinks.contains(key(index + 1)), key(index - 1) != K.as_,
           Self.soonModals.contains(key(index - 1)) || Self.soonModals.contains(key(index + 1)) {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "FUTURE_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        // "Now, he says …", "Currently, transplant organs are …": an adverb of the present that opens its sentence
        // set off by a comma is a discourse marker; the news corpora never annotate it.
        if word.tags.contains(.present), punct(index + 1, ","), opensSentence(index) { return nil }
        // "have recently moved", "was recently extended", "most recently last October": an adverb inside the verb
        // group, or grading a date that follows, is left out by the news corpora.
        if word.tags.contains(.pastRef), Self.auxiliaries.contains(key(index - 1)) || key(index - 1) == K.most { return nil }
        if word.tags.contains(.present) || (word.tags.contains(.pastRef) && wordKey != K.once && wordKey != K.previously_) {
            // "from now" belongs to a quantity; "now" after "until"/"by" is still the present.
            var mention = Mention()
            mention.unit = .none
            mention.reference = word.tags.contains(.present) ? "PRESENT_REF" : "PAST_REF"
            return Recognized(first: index, last: index, mention: mention)
        }
        return nil
    }
    /// Whether ``matchDeictic(at:)`` may match the word: in news every rule needs one of these words ("today", "now",
    /// "recently", "soon", "current", "a later date", ...), so most words leave at once (`matchSingle` asks before the
    /// call). Histories add "that", "former", "night", "future" and others.
    @inline(__always) func mayBeDeictic(_ word: WordInfo, key wordKey: UInt64) -> Bool {
        narrative || !word.tags.isDisjoint(with: Self.deicticTags) || wordKey == K.a || wordKey == K.these
            || wordKey == K.date || wordKey == K.modern || wordKey == K.current || wordKey == K.soon
    }

    /// The tags of words that may be a deictic reference in news (see ``matchDeictic(at:)``); or-ed bits fold into a constant.
    @inline(__always) static var deicticTags: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.deictic.rawValue | WordInfo.Tags.present.rawValue | WordInfo.Tags.pastRef.rawValue)
    }

    /// Words that make "soon" a future: a modal before it ("may soon") or after it ("soon will").
    /// Adverbs of habit or likelihood before a verb: "typically last four hours".
    static let habitAdverbs = KeySet(words: ["typically", "usually", "normally", "generally", "often", "probably", "likely",
                                             "still", "also"])

    static let soonModals = KeySet(words: ["will", "would", "may", "might", "could", "can", "should", "must", "shall", "ll"])
    /// Words after "soon" that make it order two events: "soon after", "soon enough".
    static let soonLinks = KeySet(words: ["after", "afterward", "afterwards", "thereafter", "enough", "as", "before"])

    /// Auxiliaries a past adverb can sit after inside a verb group: "have recently moved".
    static let auxiliaries = KeySet(words: ["have", "has", "had", "is", "are", "was", "were", "been", "be"])

    /// The word opens its sentence (after an opening quote, if any).
    func opensSentence(_ index: Int) -> Bool {
        var previous = index - 1
        if previous >= 0, tokens[previous].sentence == tokens[index].sentence,
           tokens[previous].mayOpenQuotation {
            previous -= 1
            while previous >= 0, tokens[previous].sentence == tokens[index].sentence, punct(previous, "`") || punct(previous, "'") { previous -= 1 }
        }
        return previous < 0 || tokens[previous].sentence != tokens[index].sentence
    }

    /// The words that make "year" a school's ("this school year", "last academic year").
    static let schoolYearWords = KeySet(words: ["school", "academic"])

    /// News, anniversary copy: "on this day in 1969", "this date in 1865", "this week in 1989", "this month in 1914",
    /// "on this day last year": the dateline's day, week or month in the year written (a year away), one expression (was
    /// "this day", the dateline's, and the year apart). `index` is "this".
    func matchDayInYear(at index: Int) -> Recognized? {
        let unitIndex = index + 1
        let unit: Granularity
        switch info(unitIndex).unit {
        case .day? where !info(unitIndex).plural: unit = .day
        case .week? where !info(unitIndex).plural: unit = .week
        case .month? where !info(unitIndex).plural: unit = .month
        default:
            guard key(unitIndex) == K.date else { return nil }
            unit = .day
        }
        var mention = Mention()
        mention.anchor = .dateline
        mention.unit = unit
        let yearIndex = unitIndex + 2
        if key(unitIndex + 1) == K.in_, isWrittenYear(at: yearIndex), !tokens[yearIndex].flags.contains(.grouped) {
            mention.inYear = Int(tokens[yearIndex].number)
        } else if key(unitIndex + 1) == K.last || key(unitIndex + 1) == K.next, key(yearIndex) == K.year, !isWord(yearIndex + 1)
                    || !has(yearIndex + 1, .of) {
            mention.relativeYear = key(unitIndex + 1) == K.next ? 1 : -1
        } else {
            return nil
        }
        return Recognized(first: index, last: yearIndex, mention: mention)
    }

    /// "by year-end", "by year end", "by year's end": the end of the dateline's year (TimeML: the year, mod END).
    /// "year-end results" is an adjective and stays out. Also "year to date", "month-to-date": the period so far.
    func matchYearEnd(at index: Int) -> Recognized? {
        let unit = info(index).unit
        guard unit == .year || unit == .month, !info(index).plural else { return nil }
        var end = index + 1
        let hyphenated = isDash(end) && !tokens[end].spaceBefore
        if hyphenated { end += 1 }
        else if punct(end, "'"), key(end + 1) == K.s { end += 2 }
        // News: "up 19.9 percent year to date", "year-to-date gains", "month to date": the dateline's year (month) so far,
        // as "so far this year" ("to date" alone is the present).
        if !narrative, key(end) == K.to, !hyphenated || isDash(end + 1) && !tokens[end + 1].spaceBefore,
           case let dateIndex = hyphenated ? end + 2 : end + 1, key(dateIndex) == K.date,
           !isWord(dateIndex + 1) || !has(dateIndex + 1, .of) {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = unit == .month ? .month : .year
            mention.cut = .untilAnchor
            return Recognized(first: index, last: dateIndex, mention: mention)
        }
        guard key(end) == K.end, !isWord(end + 1) || has(end + 1, [.preposition, .and, .clauseBreak]) else { return nil }
        var mention = Mention()
        // The noun "year-end" ("by year-end", "since year-end") is the closing day, Dec. 31 (2 of 2 in TimeBank;
        // "year end" and "the end of the year" stay the year's end): the tense picks the year, as for "Dec. 31".
        if hyphenated, unit == .year, !has(index - 1, .approximate) {
            mention.anchor = .implicit
            mention.unit = .day
            mention.month = 12
            mention.day = 31
            // News: "by year-end 2019", "at year-end 2012": the closing day of the year written after it (was the
            // dateline's, with the year apart).
            if !narrative, isWrittenYear(at: end + 1), !tokens[end + 1].flags.contains(.grouped) {
                mention.anchor = .absolute
                mention.year = Int(tokens[end + 1].number)
                return Recognized(first: index, last: end + 1, mention: mention)
            }
            // "since year-end": the last one passed, even within the two months a past clause allows ahead.
            if has(index - 1, .since) { mention.relativeYearDirection = -1 }
            return Recognized(first: index, last: end, mention: mention)
        }
        // "at month's end" in a history: the end of the story's month.
        mention.anchor = narrative ? .reference : .dateline
        mention.unit = unit == .month ? .month : .year
        mention.part = .end
        mention.mod = "END"
        return Recognized(first: index, last: end, mention: mention)
    }

    /// "year-earlier", "year-ago", "prior-year": the period the text reports on, a year before.
    func matchYearAgo(at index: Int) -> Recognized? {
        guard isDash(index + 1), !tokens[index + 1].spaceBefore,
              key(index) == K.year && (key(index + 2) == K.earlier || key(index + 2) == K.ago)
                || key(index) == K.prior && key(index + 2) == K.year else { return nil }
        var mention = Mention()
        mention.anchor = .reference
        mention.unit = .year
        mention.offset = -1
        mention.quantified = true
        mention.yearAgoAdjective = true
        return Recognized(first: index, last: index + 2, mention: mention)
    }
}
