/// Counts of units: "three years", "24 hours", "a decade ago", "two days later", "year-long".
extension Recognizer {
    /// Whether "-long" follows the word at `index`, glued to it ("year-long", "a weeks-long strike", "a
    /// year-and-a-half-long review").
    func isLongSuffix(after index: Int) -> Bool {
        isDash(index + 1) && !tokens[index + 1].spaceBefore && key(index + 2) == K.long
    }

    /// Scale words of a count too large or too vague to date ("4.6 billion years ago").
    static let scaleWords = KeySet(words: ["million", "millions", "billion", "billions", "trillion"])

    // MARK: Quantities: "three years", "24 hours", "a decade ago", "two days later", "year-long"

    func matchQuantity(at index: Int) -> Recognized? {
        // Every quantity starts with a number, a number word, a unit or a word tagged to start one ("several", "multi"):
        // most words leave here, before the count look-ups below.
        let start = info(index)
        guard start.cardinal >= 0 || start.unit != nil || start.tags.contains(.startsExpression) || isNumber(index) else { return nil }
        if !narrative, key(index + 2) == K.ago, key(index + 1) == K.generation || key(index + 1) == K.generations,
           let generations = key(index) == K.a ? 1 : info(index).cardinal > 1 ? Int(info(index).cardinal) : nil, generations <= 4,
           key(index + 1) == (generations == 1 ? K.generation : K.generations) {
            // News: "a generation ago", "two generations ago": the decade of the year 25 years back per generation
            // (198 in 2013), approximate, as "a decade ago" is the year ten years back.
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .decade
            mention.yearShift = -25 * generations
            mention.approximate = true
            mention.quantified = true
            return Recognized(first: index, last: index + 2, mention: mention)
        }
        var count: Int
        var last: Int
        // "three to five years", "two or three days": a count given as a range.
        var countRange = false
        if let end = countOfUnitsAgo(at: index) {
            // "hundreds of years ago", "a number of years ago": a vague count, as "a few years ago".
            count = 0
            last = end
        } else if let (value, end) = cardinal(at: index).map({ ($0.value, $0.last) }) {
            count = value
            last = countRangeEnd(after: end, start: index) ?? end
            countRange = last != end
        } else if key(index) == K.many, let repeated = repeatedCount(before: index), let unit = info(index + 1).unit,
                  info(index + 1).plural {
            // News: "his third win in as many days", "four chief executives in as many years": the count before, again.
            return length(durationValue(count: repeated, unit: unit), first: index - 1, last: index + 1)
        } else if let (value, end) = vagueCount(at: index) {
            count = value
            last = end
        } else if key(index) == K.half, key(index + 1) == K.a || key(index + 1) == K.an {
            // "half a century" is taken as its whole unit's half below.
            count = -1
            last = index + 1
        } else if key(index) == K.multi, isDash(index + 1), !tokens[index + 1].spaceBefore, let unit = info(index + 2).unit,
                  !info(index + 2).plural, unit != .quarter, unit != .half, unit != .season {
            // "a multi-year deal", "multi-week talks": some number of units.
            return length(durationValue(count: 0, unit: unit), first: index, last: index + 2)
        } else if info(index).plural, info(index).unit != nil, !isNumber(index - 1), !has(index - 1, [.the, .determiner]),
                  key(index + 1) == K.ago || key(index + 1) == K.later || key(index + 1) == K.earlier {
            // "4.6 billion years ago", "65 million years ago": a geological or astronomical span dates nothing on a timeline.
            // "millions of years ago" likewise.
            if Self.scaleWords.contains(key(index - 1)) || key(index - 1) == K.of && Self.scaleWords.contains(key(index - 2)) {
                return nil
            }
            // "weeks ago", "Days later", "months earlier": a bare plural counts like "a few".
            count = 0
            last = index - 1
        } else if let unit = info(index).unit, !isNumber(index - 1) {
            // "year-long", "weeks-long", or a bare plural after "for": "for years"
            if isLongSuffix(after: index) {
                return length(durationValue(count: info(index).plural ? 0 : 1, unit: unit), first: index, last: index + 2)
            }
            // "a half-hour program", "every half-hour": half an hour (not "half-year results", a period).
            if unit == .half, isDash(index + 1), !tokens[index + 1].spaceBefore, info(index + 2).unit == .hour, !info(index + 2).plural {
                return length("PT30M", first: index, last: index + 2)
            }
            // News: "died hours after the crash", "just days before the vote", "Minutes after the blast, …": an unspecified
            // number of units before an event (histories date such points from the event instead).
            if !narrative, info(index).plural, key(index + 1) == K.after_ || key(index + 1) == K.before_, isWord(index + 2),
               unit == .minute || unit == .hour || unit == .day || unit == .week || unit == .month,
               Self.leadUps.contains(key(index - 1)) || punct(index - 1, ",") || has(index - 1, .pastVerb) || opensSentence(index)
                || isEventWordLike(index - 1) && !has(index - 1, [.preposition, .determiner, .the]) {
                return length(durationValue(count: 0, unit: unit), first: index, last: index)
            }
            // News: "In the years that followed", "in the months that followed the crash": the stretch after an event, of some
            // number of units (AQUAINT: "years", PXY, the article left out).
            if !narrative, info(index).plural, key(index + 1) == K.that || key(index + 1) == K.which, has(index - 1, .the),
               key(index + 2) == K.followed || key(index + 2) == K.ensued,
               unit == .year || unit == .month || unit == .week || unit == .day || unit == .decade {
                return length(durationValue(count: 0, unit: unit), first: index, last: index)
            }
            // "within minutes", "for weeks", "within days"
            if info(index).plural, has(index - 1, .preposition), key(index - 1) != K.of, unit == .year || unit == .month
                || unit == .week || unit == .day || unit == .decade || unit == .hour || unit == .minute || unit == .second {
                if isVagueLongStretch(forIndex: index - 1, unit: unit) { return nil }
                // "in minutes released Tuesday", "asked for minutes of the meeting": a record; a length only after "within"
                // or before the clause ends ("sank within minutes of the blast", "arrived in minutes.").
                if unit == .minute, key(index - 1) != K.within, isWord(index + 1), !has(index + 1, [.clauseBreak, .and]) { return nil }
                return length(durationValue(count: 0, unit: unit), first: index, last: index)
            }
            return nil
        } else {
            return nil
        }
        // "5 1/2 hours", "two and a half years": a whole count and a half; "a two-and-a-half-year inquiry" hyphenated.
        var halfMore = false
        if count > 0, let halfLast = halfAfterCount(last),
           info(halfLast + 1).unit != nil || isDash(halfLast + 1) && !tokens[halfLast + 1].spaceBefore && info(halfLast + 2).unit != nil {
            last = halfLast
            halfMore = true
        }
        var unitIndex = last + 1
        // "20-plus years", "30+ days": at least that many units.
        var plus = false
        if count > 0, isDash(unitIndex), !tokens[unitIndex].spaceBefore, key(unitIndex + 1) == K.plus, info(unitIndex + 2).unit != nil {
            unitIndex += 2
            plus = true
        } else if count > 0, isNumber(last), attachedPunct(unitIndex, "+"), info(unitIndex + 1).unit != nil {
            unitIndex += 1
            plus = true
        }
        // "eight trading days": market or business days are days.
        // (Here and below the unit after the word is tested before the table: most counts have no unit two words on.)
        if info(unitIndex + 1).unit == .day, Self.dayKinds.contains(key(unitIndex)) { unitIndex += 1 }
        // "two more weeks", "an additional year", "a further month": a length of time all the same.
        if count > 0, info(unitIndex + 1).unit != nil, Self.additional.contains(key(unitIndex)) { unitIndex += 1 }
        // "three straight years", "five consecutive quarters", "five long months": a run of whole units, a length all the same.
        if count > 1, info(unitIndex + 1).plural, info(unitIndex + 1).unit != nil, Self.consecutive.contains(key(unitIndex)) { unitIndex += 1 }
        var hyphenated = false
        if isDash(unitIndex), !tokens[unitIndex].spaceBefore, isNumber(index) || isWord(index) { unitIndex += 1; hyphenated = true }
        guard let unit = info(unitIndex).unit else { return nil }
        let article = (key(index) == K.a || key(index) == K.an) && last == index
        // "a weeks-long strike", "a year-long trial", "an hour-long speech": the article goes with the noun, the compound is
        // matched on its own.
        if article, info(unitIndex).plural || isLongSuffix(after: unitIndex) {
            return nil
        }
        // Cricket: "scored a century", "hit a half-century", "made a century": a hundred runs, no length of time.
        if article, unit == .century || unit == .half && (isDash(unitIndex + 1) || info(unitIndex + 1).unit == .century),
           Self.runScoringVerbs.contains(key(index - 1)) {
            return nil
        }
        // "a quarter-century", "a half-century": a fraction of a century ("a quarter-million" is none).
        if article, unit == .quarter || unit == .half, isDash(unitIndex + 1), !tokens[unitIndex + 1].spaceBefore {
            guard info(unitIndex + 2).unit == .century, !info(unitIndex + 2).plural else { return nil }
            let quarters = unit == .quarter ? 1 : 2
            return fractionAgo(first: index, last: unitIndex + 2, unit: .century, quarters: quarters)
                ?? length(unit == .quarter ? "P25Y" : "P50Y", first: index, last: unitIndex + 2)
        }
        // "a quarter century ago", "a half century": the fraction written apart.
        if article, unit == .quarter || unit == .half, info(unitIndex + 1).unit == .century, !info(unitIndex + 1).plural {
            let quarters = unit == .quarter ? 1 : 2
            return fractionAgo(first: index, last: unitIndex + 1, unit: .century, quarters: quarters)
                ?? length(unit == .quarter ? "P25Y" : "P50Y", first: index, last: unitIndex + 1)
        }
        // "a quarter of a century", "three quarters of an hour", "three-quarters of a century ago": quarters of one
        // century or hour (not "a quarter of its sales", "three quarters of a million").
        if unit == .quarter, has(unitIndex + 1, .of), key(unitIndex + 2) == K.a || key(unitIndex + 2) == K.an,
           let whole = info(unitIndex + 3).unit, whole == .century || whole == .hour, !info(unitIndex + 3).plural,
           let quarters = article ? 1 : (1...3).contains(count) && info(unitIndex).plural == (count > 1) ? count : nil {
            return fractionAgo(first: index, last: unitIndex + 3, unit: whole, quarters: quarters)
                ?? length(whole == .century ? "P\(25 * quarters)Y" : "PT\(15 * quarters)M", first: index, last: unitIndex + 3)
        }
        // "waited a half hour": half of one hour ("a half-hour" is the compound, matched on its own).
        if article, unit == .half, info(unitIndex + 1).unit == .hour, !info(unitIndex + 1).plural {
            return length("PT30M", first: index, last: unitIndex + 1)
        }
        // "sixty-one and a half", "three-quarters of its food": fractions, not lengths of time.
        if unit == .half && count != -1 { return nil }
        if unit == .quarter, has(unitIndex + 1, .of), count != 0 { return nil }
        // "the first quarter" is an ordinal period, "second" a unit only after a count
        if count == -1 {
            // "half a year" = P6M, "half an hour" = PT30M
            guard let value = halfValue(of: unit) else { return nil }
            return fractionAgo(first: index, last: unitIndex, unit: unit, quarters: 2) ?? length(value, first: index, last: unitIndex)
        }
        var end = unitIndex
        // "a year-earlier loss": the adjective is matched on its own.
        if isDash(end + 1), key(end + 2) == K.earlier || key(end + 2) == K.ago, !tokens[end + 1].spaceBefore { return nil }
        // "on a year-on-year basis", "a month-over-month rise", "a week on week gain": like periods compared, no length.
        if article, comparesLikePeriods(after: end, unit: unit) { return nil }
        // "a 45-year-old": an age, not a time.
        if isDash(end + 1), key(end + 2) == K.old { return nil }
        if key(end + 1) == K.old, !hyphenated { return nil }
        if hyphenated, isDash(end + 1), key(end + 2) == K.long { end += 2 }
        // "a year and a half", "an hour and a half": the half written after the unit. (Not yet before "later" for
        // minutes and hours: that length gets no event in the timeline, and TimeBank's one case is anchored on one.)
        if !halfMore, !hyphenated, count > 0, let halfLast = andAHalf(after: end),
           !(key(halfLast + 1) == K.later && (unit == .minute || unit == .hour)) {
            end = halfLast
            halfMore = true
            // "a year-and-a-half-long review": the adjective's "-long" is the length's, as after "a decade-long".
            if isLongSuffix(after: end), isDash(end - 1), !tokens[end - 1].spaceBefore {
                end += 2
            }
        }
        // News: "two hours and 40 minutes", "five years and six months", "three hours 20 minutes", "2 hours, 15 minutes": a
        // whole count of a unit and one of the next smaller unit is one length (TimeML: one value, `PT2H40M`).
        // "two years and three months ago", "three weeks and two days ago": that far back, in the smaller unit.
        // "two hours and 30 minutes ago", "three minutes and 20 seconds ago": likewise (150 minutes, 200 seconds back).
        // "two years and three months back" as "ago" (days or longer, "back" ending its phrase, not "set the project two
        // years and three months back"); "three weeks and two days from now", "two years and three months from now",
        // "five years and six months hence": ahead. "two days and six hours ago": 54 hours back, the dateline's day as
        // "54 hours ago" reads.
        if !narrative, !halfMore, !hyphenated, !plus, count > 0, let compound = compoundLength(after: end, count: count, unit: unit) {
            let next = compound.last + 1
            let fromNow = key(next) == K.from && (key(next + 1) == K.now || key(next + 1) == K.today)
            let hence = key(next) == K.hence
            let direction = key(next) == K.ago || key(next) == K.back && countsBack(next, unit: unit, first: index) ? -1
                : fromNow || hence ? 1 : 0
            if direction == 0 { return length(compound.value, first: index, last: compound.last) }
            if let ratio = Self.agoRatios[unit], compound.units == 2 {
                var mention = Mention()
                mention.anchor = .dateline
                mention.offset = direction * (count * ratio.factor + compound.minor)
                Self.setOffsetUnit(&mention, ratio.unit)
                return Recognized(first: index, last: fromNow ? next + 1 : next, mention: mention)
            }
        }
        var mention = Mention()
        // "a week or so ago": an approximate count before "ago".
        var roughly = false
        if key(end + 1) == K.or, key(end + 2) == K.so, key(end + 3) == K.ago {
            end += 2
            roughly = true
        }
        let afterKey = key(end + 1)
        let after = info(end + 1)
        // News: "a week from Tuesday", "two weeks on Friday" (British): that many weeks after the weekday named; "two weeks
        // ago Friday", "a week ago Tuesday": the weekday named, last one before the dateline (today included), that many
        // weeks back (``Mention/weeksAfter``; 0: no weekday follows the count).
        // British "a fortnight on Saturday" likewise, two weeks a fortnight.
        let weeksFromWeekday = (afterKey == K.from || afterKey == K.on ? count : afterKey == K.ago && !roughly ? -count : 0)
            * (unit == .fortnight ? 2 : 1)
        if !narrative, unit == .week || unit == .fortnight, count > 0, !halfMore, weeksFromWeekday != 0, info(end + 2).weekday != 0,
           var day = matchWeekday(at: end + 2), day.mention.isBareWeekday, !apostrophe(day.last + 1) {
            day.first = index
            day.mention.weeksAfter = weeksFromWeekday
            return day
        }
        if !narrative, unit == .week || unit == .fortnight, count > 0, !halfMore, !roughly,
           afterKey == K.today || afterKey == K.tomorrow || afterKey == K.yesterday || afterKey == K.last,
           let counted = weeksFromDay(first: index, last: end, count: count * (unit == .fortnight ? 2 : 1)) {
            return counted
        }
        // News: "a fortnight from today", "two weeks from today": days counted from a day reach a day (as "a week today");
        // "two weeks from now" stays the week.
        if !narrative, unit == .week || unit == .fortnight, count > 0, !halfMore, !roughly, afterKey == K.from, key(end + 2) == K.today,
           let counted = weeksFromDay(first: index, last: end + 1, count: count * (unit == .fortnight ? 2 : 1)) {
            return counted
        }
        // News: "two years back", "a few months back": as "ago", a count of days or longer units before "back" ending its
        // phrase (not "finished 12 seconds back", a margin; nor "set the project two years back", "pushed it a week back
        // to May", a delay; nor "owed two years back rent").
        let ago = afterKey == K.ago || !narrative && afterKey == K.back && countsBack(end + 1, unit: unit, first: index)
        // "two weeks from now", "30 days from today"
        if ago || (afterKey == K.from && (key(end + 2) == K.now || key(end + 2) == K.today)) || afterKey == K.hence {
            guard count > 0 else {
                // "a few years ago", "several days ago": a vague past.
                mention.reference = ago ? "PAST_REF" : "FUTURE_REF"
                mention.unit = .none
                return Recognized(first: index, last: afterKey == K.from ? end + 2 : end + 1, mention: mention)
            }
            // In a history "two years ago" is said by someone in the story (a quotation): counted from the story's time.
            mention.anchor = narrative ? .reference : .dateline
            mention.offset = ago ? -count : count
            Self.setOffsetUnit(&mention, unit)
            if halfMore { Self.addHalf(&mention, unit, direction: ago ? -1 : 1) }
            // News: "48 hours ago", "24 hours from now": whole days of hours reach the same clock time that many days off,
            // so their day is known (was the dateline's); other counts of hours keep it.
            if !narrative, unit == .hour, !halfMore, !roughly, count % 24 == 0 {
                mention.kind = .date
                mention.unit = .day
                mention.offset /= 24
            }
            if roughly { mention.mod = "APPROX"; mention.approximate = true }
            // News: "a year ago today", "two years ago this week", "a week ago today", "20 years ago tonight", "a century
            // ago this month": the dateline's day, week, month or part of a day that many units back, one expression.
            if !narrative, afterKey == K.ago, !roughly, !halfMore, Self.anniversaryUnits.contains(unit),
               let (period, last) = anniversaryPeriod(after: end + 1),
               unit != .week || period == .day || period == .partOfDay {
                if unit == .week { mention.offset = -7 * count } else { mention.relativeYear = mention.offset; mention.offset = 0 }
                anniversary(&mention, period, last: last)
                return Recognized(first: index, last: last, mention: mention)
            }
            // News: "up from 8.3 percent a year ago", "down 2 percent from a month ago": a compared figure's time.
            if !narrative, afterKey == K.ago, !roughly, !halfMore, unit == .year || unit == .month, comparesFigure(before: index) {
                mention.comparedFigure = true
            }
            return Recognized(first: index, last: afterKey == K.from ? end + 2 : end + 1, mention: mention)
        }
        // News: "over an hour later", "a minute and a half later": the gold annotates the length, without "later"
        // (2 of 2); the point would only be a day (see `setOffsetUnit`). Days stay dates ("two days later"), and
        // histories date every point ("hours later").
        if !narrative, afterKey == K.later, unit == .minute || unit == .hour {
            mention.kind = .duration
            mention.unit = .none
            mention.fixedValue = halfMore ? halfDurationValue(count: count, unit: unit) : durationValue(count: count, unit: unit)
            return Recognized(first: index, last: end, mention: mention)
        }
        // "two days after Easter", "three weeks before Christmas", "a day after March 5": counted from that day (not "closed
        // for two days after Christmas", a length; nor "eight trading days after Oct. 12", no count of calendar days, which
        // TimeBank annotates as a length and a date).
        if !halfMore, count > 0, afterKey == K.after_ || afterKey == K.before_, !Self.durationPrepositions.contains(key(index - 1)),
           !Self.dayKinds.contains(key(unitIndex - 1)),
           let counted = dateCounted(from: end + 2, unit: unit, count: afterKey == K.before_ ? -count : count, first: index) {
            return counted
        }
        // "Four years on, the town is still rebuilding", "…, a decade on.": "on" ending its phrase after a count of days or
        // longer is "later" (TimeML: a date counted from the text's), not "two weeks on Friday" nor "three years on the job".
        if count > 0, !halfMore, afterKey == K.on, !isWord(end + 2), !isNumber(end + 2), Self.backUnits.contains(unit) {
            mention.anchor = .reference
            mention.offset = count
            Self.setOffsetUnit(&mention, unit)
            return Recognized(first: index, last: end + 1, mention: mention)
        }
        // "its biggest slide in 30 years earlier this week": "earlier" opens a part of a period of its own ("earlier this
        // week"); the count is a length.
        // "three years later than planned", "a week earlier than expected": the count is the delay, a length.
        let partFollows = (afterKey == K.earlier || afterKey == K.later) && (matchPartOf(at: end + 1) != nil || key(end + 2) == K.than)
        // "two and a half days later": the length is annotated, the point it reaches is not.
        if !halfMore, !partFollows,
           (after.tags.contains(.before) || after.tags.contains(.afterward)) && (afterKey == K.earlier || afterKey == K.later || afterKey == K.before_ && !isWord(end + 2) || afterKey == K.after_ && !isWord(end + 2)) {
            guard count > 0 else {
                // "a few months later", "many years earlier": no count to move by. Histories annotate the whole phrase
                // as the vague future or past (WikiWars: 7 of 9); news the length alone ("A few days later": PXD;
                // "Hours earlier, a crew had reported …": PTXH, as "Hours later").
                if narrative {
                    mention.unit = .none
                    mention.reference = afterKey == K.later ? "FUTURE_REF" : "PAST_REF"
                    return Recognized(first: index, last: end + 1, mention: mention)
                }
                guard afterKey == K.later || afterKey == K.earlier else { return nil }
                mention.kind = .duration
                mention.unit = .none
                mention.fixedValue = durationValue(count: 0, unit: unit)
                return Recognized(first: index, last: end, mention: mention)
            }
            mention.anchor = .reference
            mention.offset = (afterKey == K.earlier || afterKey == K.before_) ? -count : count
            Self.setOffsetUnit(&mention, unit)
            return Recognized(first: index, last: end + 1, mention: mention)
        }
        // Histories: "five days after the fall of Girona", "one month after Dien Bien Phu": a date counted from the event
        // the story has just dated (the extent stays "five days", as for "five days later").
        let governing = has(index - 1, [.approximate, .moreThan, .lessThan]) ? index - 2 : index - 1
        if narrative, afterKey == K.after_ || afterKey == K.before_, count > 0, isWord(end + 2), matchExpression(at: end + 2) == nil,
           unit != .second, unit != .minute, unit != .hour, !Self.durationPrepositions.contains(key(governing)) {
            mention.anchor = .reference
            mention.offset = afterKey == K.before_ ? -count : count
            Self.setOffsetUnit(&mention, unit)
            mention.eventOffset = true
            return Recognized(first: index, last: end, mention: mention)
        }
        // "Islam will one day be …": after a modal, "one day" is some day to come (news; histories annotate it otherwise).
        if !narrative, count == 1, unit == .day, tokens[index].key == K.one, end == unitIndex,
           Self.modals.contains(key(index - 1)), isWord(end + 1), matchExpression(at: end + 1) == nil {
            mention.unit = .none
            mention.reference = "FUTURE_REF"
            return Recognized(first: index, last: end, mention: mention)
        }
        // A bare "a"/"an" + unit reads as a duration only where a duration is expected.
        if (key(index) == K.a || key(index) == K.an), count == 1, unit == .second || unit == .minute { return nil }
        // "1988 quarter", "1990 period" name a period of that year, not 1,988 quarters.
        // ("in nearly 1,300 years", "1,000 days": a count written with a thousands separator is no year.)
        if tokens[index].kind == .number, tokens[index].digits == 4, !tokens[index].flags.contains(.grouped) { return nil }
        if unit == .quarter || unit == .half, !hyphenated, count > 0, key(index) != K.a, !info(unitIndex).plural, tokens[index].kind != .number {
            return nil  // "second quarter" is handled as an ordinal period
        }
        // News: "the stock would be redeemed in five years": after a modal, "in" + a count is the date that far ahead.
        // (Not "would be minimal in a quarter that produced a loss": a noun with its relative clause, nor "will auction $35
        // billion in two-year notes": a hyphenated length qualifies the noun after it.) A forecast: the story's time stays
        // where it was.
        // News, British: "go to the polls in a week's time", "reopens in three months' time": the possessive and "time" make
        // it that point ahead whatever the verb, and belong to the expression.
        // A vague count ("in a few months' time", "in several years' time") is no point to count to: the future.
        let timeAfter = key(index - 1) == K.in_ ? possessiveTime(after: end) : nil
        if !narrative, !halfMore, !hyphenated, count > 0 || count == 0 && timeAfter != nil, key(index - 1) == K.in_, end == unitIndex,
           timeAfter != nil || modalShortlyBefore(index - 1),
           unit != .second, unit != .minute, unit != .hour, key(end + 1) != K.that, !has(end + 1, .clauseBreak) {
            if let timeAfter { end = timeAfter }
            mention.anchor = .dateline
            mention.aside = true
            // "should open in three to five years", "could recover in two or three years": a range of counts is no one
            // year but the future (TimeBank: "in a year or two", FUTURE_REF).
            if countRange || count == 0 {
                mention.unit = .none
                mention.reference = "FUTURE_REF"
                return Recognized(first: index, last: end, mention: mention)
            }
            mention.offset = count
            Self.setOffsetUnit(&mention, unit)
            return Recognized(first: index, last: end, mention: mention)
        }
        // "in an hour's time", "in 20 minutes' time": the clock's units keep the length "in an hour" reads (the dateline
        // has no clock to count from), the possessive and "time" with it.
        if let timeAfter, end == unitIndex { end = timeAfter }
        mention.kind = .duration
        mention.unit = .none
        mention.fixedValue = halfMore ? halfDurationValue(count: count, unit: unit) : durationValue(count: count, unit: unit)
        if plus { mention.mod = "EQUAL_OR_MORE" }
        // "a three-year period", "the same 28-day period": the noun the length qualifies is the period itself, with its
        // article ("its one-year term" leaves the possessive out; "the extra seven-day period" is the length alone).
        var first = index
        if hyphenated, Self.periodNouns.contains(key(end + 1)), has(index - 1, .determiner) || key(index - 1) == K.same {
            end += 1
            if key(index - 1) == K.a || key(index - 1) == K.an || key(index - 1) == K.the {
                first = index - 1
            } else if key(index - 1) == K.same, key(index - 2) == K.the {
                first = index - 2
            }
        }
        return Recognized(first: first, last: end, mention: mention)
    }

    /// The verbs of a batsman's runs before "a century" or "a half-century" ("scored a century", "hit a half-century",
    /// "struck a century", "made a century"): a hundred runs, not a length of time (not "ruled for a century",
    /// "lasted a century").
    static let runScoringVerbs = KeySet(words: [
        "scored", "scores", "score", "scoring", "hit", "hits", "hitting", "struck", "strikes", "made", "makes", "making",
        "notched", "smashed", "smashes", "compiled", "registered", "posted",
    ])

    /// Half of one unit: "half a year" `P6M`, "half an hour" `PT30M`; `nil` for units not halved so.
    func halfValue(of unit: TimeUnit) -> String? {
        switch unit {
        case .year: "P6M"
        case .hour: "PT30M"
        case .day: "PT12H"
        case .century: "P50Y"
        case .decade: "P5Y"
        default: nil
        }
    }

    /// A length of time with a fixed value over tokens `first...last`: "multi-year" (`PXY`), "a quarter-century" (`P25Y`).
    func length(_ value: String, first: Int, last: Int) -> Recognized {
        var mention = Mention()
        mention.kind = .duration
        mention.unit = .none
        mention.fixedValue = value
        return Recognized(first: first, last: last, mention: mention)
    }

    /// The "time" of "a week's time", "two weeks' time" after the unit at `index`: its index, or nil.
    func possessiveTime(after index: Int) -> Int? {
        guard apostrophe(index + 1) else { return nil }
        if key(index + 2) == K.time, !tokens[index + 1].spaceBefore { return index + 2 }
        if key(index + 2) == K.s, key(index + 3) == K.time { return index + 3 }
        return nil
    }

    /// A modal verb a few words before `index` in its sentence ("would be redeemed in", "may, in").
    func modalShortlyBefore(_ index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, cursor >= index - 5, tokens[cursor].sentence == tokens[index].sentence {
            if Self.modals.contains(key(cursor)) { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether "on" or "over" and the same unit follow the unit at `index`, hyphenated or apart ("year-on-year",
    /// "month over month"): a comparison of like periods, not a length ("a year on Tuesday" is none).
    func comparesLikePeriods(after index: Int, unit: TimeUnit) -> Bool {
        let joined = isDash(index + 1) && !tokens[index + 1].spaceBefore
        let word = joined ? index + 2 : index + 1
        guard key(word) == K.on || key(word) == K.over else { return false }
        let next = isDash(word + 1) && !tokens[word + 1].spaceBefore ? word + 2 : word + 1
        return info(next).unit == unit && !info(next).plural
    }

    /// Nouns a hyphenated length names as a period: "a three-year period", "a one-year term".
    static let periodNouns = KeySet(words: ["period", "term", "span", "stretch", "interval"])
    /// Kinds of days counted as days: "eight trading days", "ten business days".
    static let dayKinds = KeySet(words: ["trading", "business", "working", "calendar"])

    /// The last token of a half written after a whole count: "1/2" in "5 1/2" or in the wires' "2-1/2" (digits only,
    /// "1/2" touching), or "and a half" in "two and a half".
    func halfAfterCount(_ last: Int) -> Int? {
        // "2-1/2": the half joined to the count by a hyphen, all touching.
        let hyphen = isNumber(last) && isDash(last + 1) && !tokens[last + 1].spaceBefore && isNumber(last + 2) && !tokens[last + 2].spaceBefore
        let one = hyphen ? last + 2 : last + 1
        if isNumber(last), isNumber(one), hyphen || tokens[one].spaceBefore, tokens[one].number == 1, tokens[one].digits == 1,
           attachedPunct(one + 1, "/"), isNumber(one + 2), !tokens[one + 2].spaceBefore,
           tokens[one + 2].number == 2, tokens[one + 2].digits == 1 {
            return one + 2
        }
        return andAHalf(after: last)
    }

    /// The last token of "and a half" right after `index`, written apart or hyphenated ("three-and-a-half",
    /// "a day-and-a-half").
    func andAHalf(after index: Int) -> Int? {
        var cursor = index + 1
        // One word after another (an array literal of the three keys, computed, was allocated at every call).
        func next(_ word: UInt64) -> Bool {
            if isDash(cursor), !tokens[cursor].spaceBefore { cursor += 1 }
            guard key(cursor) == word else { return false }
            cursor += 1
            return true
        }
        guard next(K.and), next(K.a), next(K.half) else { return nil }
        return cursor - 1
    }

    /// Whether "back" at `back`, after a count of `unit` starting at `first`, dates a time that far before now as "ago"
    /// does: days or longer units, "back" ending its phrase (before punctuation, a clause or a preposition other than
    /// "to", "from", "of", "into" or "on"), no verb of setting or moving a few words before the count.
    func countsBack(_ back: Int, unit: TimeUnit, first: Int) -> Bool {
        guard Self.backUnits.contains(unit) else { return false }
        let after = back + 1
        guard !isWord(after) || has(after, [.clauseBreak, .and]) || has(after, .preposition) && !Self.backPrepositions.contains(key(after))
        else { return false }
        var cursor = first - 1
        while cursor >= 0, cursor >= first - 4, tokens[cursor].sentence == tokens[first].sentence {
            if Self.settingBackVerbs.contains(key(cursor)) { return false }
            cursor -= 1
        }
        return true
    }

    /// The units a count before "back" dates as "ago" ("two years back"; "12 seconds back" is a margin).
    static let backUnits: Set<TimeUnit> = [.day, .week, .fortnight, .month, .year, .decade, .century]
    /// Prepositions after "back" that make it a move ("a week back to May", "two years back from the deadline").
    static let backPrepositions = KeySet(words: ["to", "from", "of", "into", "on", "onto"])
    /// Verbs that set something back by a count ("set the project two years back", "pushed the vote a week back").
    static let settingBackVerbs = KeySet(words: [
        "set", "sets", "setting", "pushed", "push", "pushes", "pushing", "put", "puts", "putting", "moved", "move", "moves",
        "moving", "bumped", "knocked", "knock", "knocks", "threw", "throw", "throws", "sent", "send", "sends", "took", "take",
        "takes", "taking", "turned", "turn", "turns",
    ])

    /// A length written in two or three units, each the next smaller one, after `count` of `unit` ending at `index`:
    /// "two hours and 40 minutes" (`PT2H40M`), "five years and six months" (`P5Y6M`), "three weeks and two days" (`P23D`,
    /// weeks and days in days), "14 days and 6 hours" (`P14DT6H`), "2 hours 3 minutes and 40 seconds" (`PT2H3M40S`),
    /// "2 hours, 15 minutes". Returns the value, the last token, the count of the second unit and how many units were
    /// read. Each further part is joined by "and", by nothing, or by a comma before minutes or seconds; it has a count
    /// agreeing with its unit, no hyphen after it ("and 40-minute breaks"), and is no point counted from another
    /// ("15 minutes after the blast", "10 months later").
    func compoundLength(after index: Int, count: Int, unit: TimeUnit) -> (value: String, last: Int, minor: Int, units: Int)? {
        // Years, months, days, hours, minutes, seconds, in ISO order.
        var parts = (0, 0, 0, 0, 0, 0)
        func add(_ value: Int, _ unit: TimeUnit) {
            switch unit {
            case .year: parts.0 += value
            case .month: parts.1 += value
            case .week: parts.2 += 7 * value
            case .day: parts.2 += value
            case .hour: parts.3 += value
            case .minute: parts.4 += value
            default: parts.5 += value
            }
        }
        add(count, unit)
        var current = unit
        var last = index
        var minor = 0
        var units = 1
        while let smaller = Self.smallerUnits[current] {
            var cursor = last + 1
            if punct(cursor, ",") {
                guard smaller == .minute || smaller == .second else { break }
                cursor += 1
            }
            if key(cursor) == K.and { cursor += 1 }
            guard let (value, valueLast) = cardinal(at: cursor).map({ ($0.value, $0.last) }), value > 0,
                  info(valueLast + 1).unit == smaller, info(valueLast + 1).plural == (value > 1), !isDash(valueLast + 2),
                  !Self.pointAfterCount.contains(key(valueLast + 2)) || key(valueLast + 2) == K.ago || key(valueLast + 2) == K.hence
            else { break }
            add(value, smaller)
            if units == 1 { minor = value }
            units += 1
            last = valueLast + 1
            current = smaller
        }
        guard units > 1 else { return nil }
        var value = "P"
        if parts.0 > 0 { value += "\(parts.0)Y" }
        if parts.1 > 0 { value += "\(parts.1)M" }
        if parts.2 > 0 { value += "\(parts.2)D" }
        if parts.3 + parts.4 + parts.5 > 0 { value += "T" }
        if parts.3 > 0 { value += "\(parts.3)H" }
        if parts.4 > 0 { value += "\(parts.4)M" }
        if parts.5 > 0 { value += "\(parts.5)S" }
        return (value, last, minor, units)
    }

    /// The next smaller unit a length is written in after a whole count ("two hours and 40 minutes", "a year and two
    /// months", "three weeks and two days").
    static let smallerUnits: [TimeUnit: TimeUnit] = [
        .year: .month, .month: .day, .week: .day, .day: .hour, .hour: .minute, .minute: .second,
    ]
    /// Words after a count that make it a point counted from another ("15 minutes after the blast", "10 months later").
    static let pointAfterCount = KeySet(words: ["ago", "later", "earlier", "after", "before", "hence"])
    /// Units whose two-part count back dates in the smaller unit ("two years and three months ago": 27 months back;
    /// "three weeks and two days ago": 23 days back; "two days and six hours ago": 54 hours back; "two hours and 30
    /// minutes ago": 150 minutes back).
    static let agoRatios: [TimeUnit: (unit: TimeUnit, factor: Int)] = [
        .year: (.month, 12), .week: (.day, 7), .day: (.hour, 24), .hour: (.minute, 60), .minute: (.second, 60),
    ]

    /// A count and a half of a unit: "P2Y6M", "PT5H30M", "PT1M30S"; ISO's decimal fraction where no smaller unit fits.
    func halfDurationValue(count: Int, unit: TimeUnit) -> String {
        switch unit {
        case .year: return "P\(count)Y6M"
        case .day: return "P\(count)DT12H"
        case .hour: return "PT\(count)H30M"
        case .minute: return "PT\(count)M30S"
        default:
            let parts = unit.durationParts
            let prefix = parts.timePart ? "PT" : "P"
            if parts.factor % 2 == 0 { return prefix + String(count * parts.factor + parts.factor / 2) + parts.letter }
            return prefix + String(count * parts.factor) + ".5" + parts.letter
        }
    }

    /// The count "as many" at `index` repeats after "in", "over" or "within": the nearest count or ordinal from two
    /// before it, back to a comma or the sentence's start ("his third win in as many days" 3, "four chief executives in
    /// as many years" 4). Nil without one ("in as many as five days" has no unit after "many").
    func repeatedCount(before index: Int) -> Int? {
        guard key(index - 1) == K.as_, key(index - 2) == K.in_ || key(index - 2) == K.over || key(index - 2) == K.within
        else { return nil }
        let sentence = tokens[index].sentence
        var cursor = index - 3
        while cursor >= 0, cursor >= index - 10, tokens[cursor].sentence == sentence, !punct(cursor, ",") {
            if info(cursor).ordinal >= 2 { return Int(info(cursor).ordinal) }
            if let count = cardinal(at: cursor), count.last == cursor, count.value >= 2 { return count.value }
            cursor -= 1
        }
        return nil
    }

    /// "two to three weeks", "12 to 18 months", "one or two days": a count given as a range is one expression, valued at
    /// its lower bound (TimeBank, WikiWars). Returns the last token of the upper bound when a unit follows it. After
    /// "between" the two ends are separate expressions ("between two to six days"), as for dates.
    func countRangeEnd(after last: Int, start: Int) -> Int? {
        guard key(last + 1) == K.to || key(last + 1) == K.or, key(start - 1) != K.between,
              let upper = cardinal(at: last + 2), info(upper.last + 1).unit != nil, key(last + 2) != K.a, key(last + 2) != K.an
        else { return nil }
        return upper.last
    }

    /// The units a count back dates an anniversary in ("a year ago today", "a decade ago this month", "a week ago today").
    static let anniversaryUnits: Set<TimeUnit> = [.year, .decade, .century, .week]

    /// "today", "tonight", "this week", "this month", "this morning" after "a year ago": the period of the dateline it
    /// names, and its last token.
    func anniversaryPeriod(after index: Int) -> (Granularity, Int)? {
        if key(index + 1) == K.today { return (.day, index + 1) }
        if key(index + 1) == K.tonight { return (.partOfDay, index + 1) }
        guard key(index + 1) == K.this, !info(index + 2).plural else { return nil }
        if info(index + 2).partOfDay != 0 { return (.partOfDay, index + 2) }
        switch info(index + 2).unit {
        case .week?: return (.week, index + 2)
        case .month?: return (.month, index + 2)
        default: return nil
        }
    }

    /// Makes the count back in `mention` the dateline's `period` ending at `last` that far back (``anniversaryPeriod(after:)``):
    /// "tonight", "this evening" a time of that day (`1989-11-09TNI`).
    func anniversary(_ mention: inout Mention, _ period: Granularity, last: Int) {
        mention.unit = period
        mention.quantified = false
        mention.approximate = false
        if period == .partOfDay {
            mention.kind = .time
            mention.partOfDay = key(last) == K.tonight ? 4 : Int(info(last).partOfDay)
        }
    }

    /// Words right before "a year ago" that make it the time of a figure compared with: "from a year ago", "than a year
    /// ago", "compared with a year ago", "up 40 percent on a year ago" (British), "8.3 percent a year ago", "$980 million a
    /// year ago", "45 cents a share, a year ago".
    static let comparisonCues = KeySet(words: ["from", "than", "with", "versus", "vs", "over", "on", "percent", "cents", "million",
                                               "billion", "trillion", "share", "level", "levels", "pace"])

    /// Whether the count at `index` ("a year ago") follows a figure or a word of comparing (``comparisonCues``), past
    /// one comma, or a number and up to two words of its unit ("9.1 billion pounds a year ago", "226,000 vehicles a
    /// year ago").
    func comparesFigure(before index: Int) -> Bool {
        let previous = punct(index - 1, ",") ? index - 2 : index - 1
        if Self.comparisonCues.contains(key(previous)) || isNumber(previous) || punct(previous, "%") { return true }
        return isWord(previous) && (isNumber(previous - 1) || isWord(previous - 1) && isNumber(previous - 2))
    }

    static let modals = KeySet(words: ["will", "would", "may", "might", "could", "can", "should", "shall", "must", "ll"])

    /// Words before a bare plural that comes before an event: "just days before", "only hours after".
    static let leadUps = KeySet(words: ["just", "only", "mere", "barely", "scarcely", "hardly", "some"])

    /// Words between a count and its unit that make the units a run or stress their length: "three straight years", "five
    /// consecutive quarters", "five long months", "two full days", "three whole weeks".
    static let consecutive = KeySet(words: ["straight", "consecutive", "successive", "long", "full", "whole", "entire"])

    /// Words between a count and its unit that add to a length already running: "two more weeks".
    static let additional = KeySet(words: ["more", "additional", "extra", "further"])

    /// "for two days before …", "within a week after …": a length of time, not a date.
    static let durationPrepositions = KeySet(words: ["for", "within", "during", "over", "lasting", "spent"])

    /// Points offset by whole units: "a decade ago" is the year ten years back (approximate).
    /// News, British: "a week today", "a fortnight tomorrow" (that many weeks after the day), "a week yesterday", "a week
    /// last Tuesday" (before it): `weeks` weeks from the day after the count ending at `last`, one expression from
    /// `first`. Not a length's ("jailed for a week last Tuesday", "spent a fortnight").
    @inline(never) func weeksFromDay(first: Int, last: Int, count weeks: Int) -> Recognized? {
        if key(first - 1) == K.for_ || has(first - 1, .preposition) && key(first - 1) != K.on { return nil }
        let dayKey = key(last + 1)
        if dayKey == K.last {
            guard info(last + 2).weekday != 0, var day = matchWeekday(at: last + 2), day.mention.isBareWeekday,
                  day.mention.unit == .day else { return nil }
            day.first = first
            day.mention.weekdayRelation = .previous
            day.mention.anchor = .dateline
            day.mention.weeksAfter = -weeks
            return Recognized(first: first, last: day.last, mention: day.mention)
        }
        // Not "a week today" before a clause's "since" ("It is a week today since the attack": the length).
        if key(last + 2) == K.since { return nil }
        var mention = Mention()
        mention.anchor = .dateline
        mention.offset = (dayKey == K.today ? 0 : dayKey == K.tomorrow ? 1 : -1) + 7 * (dayKey == K.yesterday ? -weeks : weeks)
        mention.unit = .day
        return Recognized(first: first, last: last + 1, mention: mention)
    }

    static func setOffsetUnit(_ mention: inout Mention, _ unit: TimeUnit) {
        mention.quantified = true
        switch unit {
        case .decade: mention.unit = .year; mention.offset *= 10; mention.approximate = true
        case .century: mention.unit = .year; mention.offset *= 100; mention.approximate = true
        case .fortnight: mention.unit = .week; mention.offset *= 2
        case .hour, .minute, .second: mention.kind = .time; mention.unit = .time  // "three hours ago": the day
        default: mention.unit = Granularity(unit)
        }
    }

    /// Plural counts before "of": "hundreds of years ago".
    static let pluralCountKeys = KeySet(words: Lexicon.pluralCounts)

    /// The last token ("of") of a vague count of a plural unit before "ago": "hundreds of years ago", "thousands of
    /// years ago", "dozens of years ago", "a number of years ago" (not "hundreds of years", "a number of years": alone they
    /// name no length the news corpora annotate; nor "millions of years ago", a span no timeline dates).
    func countOfUnitsAgo(at index: Int) -> Int? {
        let of = key(index) == K.a && key(index + 1) == K.number ? index + 2 : index + 1
        guard key(of) == K.of, key(of + 2) == K.ago, info(of + 1).plural, info(of + 1).unit != nil,
              of == index + 2 || Self.pluralCountKeys.contains(key(index)) else { return nil }
        return of
    }

    /// Half a unit more past a whole count ("a year and a half ago", "a century and a half ago"), `direction` −1 back,
    /// +1 on: decades and centuries, counted in years, move five or fifty more; a fortnight's half is a week; years,
    /// months, weeks and days take ``Mention/halfStep``; a clock's units keep their day.
    static func addHalf(_ mention: inout Mention, _ unit: TimeUnit, direction: Int) {
        switch unit {
        case .decade: mention.offset += 5 * direction
        case .century: mention.offset += 50 * direction
        case .fortnight: mention.offset += direction
        case .year, .month, .week, .day: mention.halfStep = direction
        default: break
        }
    }

    /// A fraction of one unit before "ago", "hence" or "from now" ("half a century ago", "a quarter-century ago", "half
    /// a year ago", "half an hour ago"): a date that far back or on, at the unit's granularity, as "a century ago" is;
    /// `quarters` of the unit (2: a half). `nil` when no such word follows or the fraction has no date (a quarter of a
    /// year).
    func fractionAgo(first: Int, last: Int, unit: TimeUnit, quarters: Int) -> Recognized? {
        var end = last + 1
        let direction: Int
        switch key(end) {
        case K.ago: direction = -1
        case K.hence: direction = 1
        case K.from where key(end + 1) == K.now || key(end + 1) == K.today: direction = 1; end += 1
        default: return nil
        }
        var mention = Mention()
        mention.anchor = narrative ? .reference : .dateline
        Self.setOffsetUnit(&mention, unit)
        switch unit {
        case .century: mention.offset = 25 * quarters * direction
        case .decade where quarters == 2: mention.offset = 5 * direction
        case .year where quarters == 2, .day where quarters == 2: mention.halfStep = direction
        case .hour: break
        default: return nil
        }
        // News: "a quarter of a century ago tonight", "half a century ago this week": as "25 years ago tonight".
        if !narrative, direction < 0, unit == .century || unit == .decade, let (period, last) = anniversaryPeriod(after: end) {
            mention.relativeYear = mention.offset
            mention.offset = 0
            anniversary(&mention, period, last: last)
            return Recognized(first: first, last: last, mention: mention)
        }
        return Recognized(first: first, last: end, mention: mention)
    }

    /// News: a bare plural of years, months or decades after "for" ("suffered for years", "for decades", "for months")
    /// is not annotated in the news corpora (1 of 6 uses); "for weeks" is (2 of 2), and histories annotate them all.
    /// "for several/many years" keeps its duration.
    func isVagueLongStretch(forIndex: Int, unit: TimeUnit) -> Bool {
        !narrative && key(forIndex) == K.for_ && (unit == .year || unit == .month || unit == .decade)
    }
}
