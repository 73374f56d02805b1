/// Recurring times: "every Monday", "each year", "annually", "twice a week".
extension Recognizer {
    // MARK: Sets: "every Monday", "each year", "annually", "twice a week"

    func matchSet(at index: Int) -> Recognized? {
        let word = info(index)
        // Most words start no set: leave before building a mention. Each rule below needs one of these (a frequency
        // word, "every", "once"/"twice", a plural weekday (tagged to start an expression) or "weekends", a weekday, a
        // count above one).
        guard !word.tags.isDisjoint(with: Self.setStartTags) || word.unit == .weekend || word.weekday != 0 || word.cardinal > 1
        else { return nil }
        let wordKey = key(index)
        if word.tags.contains(.frequency) {
            guard let value = FrequencyValues.table[wordKey] else { return nil }
            // "a quarterly dividend", "weekly magazine": an adjective before a noun is no recurring time; "on a monthly
            // basis" is one, annotated on the frequency word ("on a daily basis", TimeBank).
            if wordKey != K.daily, key(index + 1) != K.basis, qualifiesNoun(index + 1) { return nil }
            // "the Daily Mail", "The Weekly Standard", "Quarterly Journal": a capitalised frequency word before a capitalised
            // word of the same sentence is part of a title, no recurring time (the lowercase "the Communist Party daily
            // Granma" stays, as AQUAINT annotates it).
            if isCapitalized(index), isWord(index + 1), isCapitalized(index + 1),
               tokens[index + 1].sentence == tokens[index].sentence { return nil }
            // "to rise 8.5% annually", "5 percent annually", "average daily volume": a rate, not a recurring time.
            if punct(index - 1, "%") || Self.rateMarkers.contains(key(index - 1)) { return nil }
            return Recognized(first: index, last: index, mention: setMention(value))
        }
        if word.tags.contains(.every), wordKey != K.per {
            // TimeML's quantifier: "each year" EACH, "every Monday" EVERY.
            let quant = wordKey == K.each ? "EACH" : "EVERY"
            var next = index + 1
            var count = 1
            if key(next) == K.other { count = 2; next += 1 }
            // "every single day"
            if key(next) == K.single, info(next + 1).unit != nil { next += 1 }
            // "every Christmas", "each Easter", "every Fourth of July": that holiday in each year.
            if count == 1, info(next).holiday != 0, let holiday = matchHoliday(at: next), holiday.mention.kind == .date,
               holiday.mention.unit == .day, holiday.mention.year == nil, holiday.mention.relativeYear == nil,
               let number = holiday.mention.holiday {
                return Recognized(first: index, last: holiday.last, mention: setMention(Holiday.all[number].recurringValue, quant: quant))
            }
            // "every few weeks", "every several years": some number of units each time.
            if let (_, last) = vagueCount(at: next), info(last + 1).unit != nil, info(last + 1).plural {
                count = 0
                next = last + 1
            }
            // "every half hour", "every half-hour": half a unit each time.
            let halfUnit = isDash(next + 1) && !tokens[next + 1].spaceBefore ? next + 2 : next + 1
            if key(next) == K.half, let unit = info(halfUnit).unit, let value = halfValue(of: unit) {
                return Recognized(first: index, last: halfUnit, mention: setMention(value, quant: quant))
            }
            // "every second Tuesday", "every third year" (not "every second" alone: a second each time).
            if info(next).ordinal >= 2, isWord(next + 1), info(next + 1).unit != nil && !info(next + 1).plural
                || info(next + 1).weekday != 0 && isCapitalized(next + 1) {
                count = Int(info(next).ordinal)
                next += 1
            }
            if count != 0, let lower = cardinal(at: next) {
                if info(lower.last + 1).unit != nil, lower.value > 1 {
                    count = lower.value
                    next = lower.last + 1
                } else if let upper = countRangeEnd(after: lower.last, start: next), info(upper + 1).plural {
                    // "every three or four days", "every 10 to 15 minutes": each time a count given as a range, valued at
                    // its lower bound as the length is.
                    count = lower.value
                    next = upper + 1
                }
            }
            let target = info(next)
            let value: String
            if target.unit == .weekend, count == 1 {
                // "every weekend": the weekend of each week.
                value = "XXXX-WXX-WE"
            } else if let unit = target.unit {
                // "every minute detail", "each minute trace": the adjective "minute" (tiny), no unit.
                if unit == .minute, count == 1, !target.plural, MinuteAdjectiveNouns.keys.contains(key(next + 1)) { return nil }
                value = durationValue(count: count, unit: unit)
            } else if target.weekday != 0, isCapitalized(next) {
                // "every Wednesday morning", "each Friday night": that part of each such day.
                if count == 1, isWord(next + 1), info(next + 1).partOfDay != 0, !info(next + 1).plural {
                    return Recognized(first: index, last: next + 1, mention: setMention(
                        "XXXX-WXX-\(target.weekday)T" + PartOfDay.codes[Int(info(next + 1).partOfDay)], quant: quant))
                }
                value = "XXXX-WXX-\(target.weekday)"
            } else if target.month != 0, isCapitalized(next) {
                value = "XXXX-\(pad(Int(target.month), 2))"
            } else if target.partOfDay != 0 {
                value = "XXXX-XX-XXT" + PartOfDay.codes[Int(target.partOfDay)]
            } else if target.season != 0 {
                value = "XXXX-" + Season.codes[Int(target.season)]
            } else {
                return nil
            }
            return Recognized(first: index, last: next, mention: setMention(value, quant: quant))
        }
        // "every Tuesday and Thursday", "each Monday, Wednesday and Friday": a weekday listed after the weekday of an
        // "every" or "each" is another day of the same set, with the same quantifier (not "every Tuesday and on Thursday",
        // not "every day and Thursday").
        if word.weekday != 0, !word.plural, isCapitalized(index), let first = listedWeekdayStart(before: index),
           info(first - 1).tags.contains(.every), key(first - 1) != K.per {
            let quant = key(first - 1) == K.each ? "EACH" : "EVERY"
            if isWord(index + 1), info(index + 1).partOfDay != 0, !info(index + 1).plural {
                return Recognized(first: index, last: index + 1, mention: setMention(
                    "XXXX-WXX-\(word.weekday)T" + PartOfDay.codes[Int(info(index + 1).partOfDay)], quant: quant))
            }
            return Recognized(first: index, last: index, mention: setMention("XXXX-WXX-\(word.weekday)", quant: quant))
        }
        // "on Sundays", "at weekends", "most Fridays", "on Mondays and Tuesdays": a plural day after a preposition or
        // quantifier is each of them (a capital for the weekdays: not "TGI Fridays" after a name, nor a lowercase noun).
        let previousKey = key(index - 1)
        if previousKey == K.on || previousKey == K.at || previousKey == K.most
            || (previousKey == K.and || previousKey == K.or) && RecurringDays.table[key(index - 2)] != nil,
           let value = RecurringDays.table[wordKey], isCapitalized(index) || info(index).unit == .weekend {
            return Recognized(first: index, last: index, mention: setMention(value))
        }
        // "teaches Mondays and Wednesdays", "is closed Sundays", "Fridays are busiest": a capitalised plural weekday is
        // each of them wherever it stands, but not after a capitalised word of a name ("TGI Fridays").
        if word.unit != .weekend, isCapitalized(index), let value = RecurringDays.table[wordKey],
           !(index > 0 && isWord(index - 1) && isCapitalized(index - 1) && tokens[index - 1].sentence == tokens[index].sentence) {
            return Recognized(first: index, last: index, mention: setMention(value))
        }
        // "Tuesday nights", "Sunday mornings", "Monday and Tuesday nights": a weekday with a plural part of the day is
        // that part of each such day.
        if word.weekday != 0, isCapitalized(index) {
            var partIndex = index + 1
            if key(partIndex) == K.and || key(partIndex) == K.or, info(partIndex + 1).weekday != 0, isCapitalized(partIndex + 1) { partIndex += 2 }
            if let part = RecurringParts.table[key(partIndex)] {
                return Recognized(first: index, last: partIndex == index + 1 ? partIndex : index,
                                  mention: setMention("XXXX-WXX-\(word.weekday)T" + PartOfDay.codes[part]))
            }
        }
        // "three times a week", "seven days a week": a count of times (or of a shorter unit) in each unit.
        if word.cardinal > 1 || Self.vagueCountKeys.contains(wordKey) || wordKey == K.a && key(index + 1) == K.few,
           let rate = matchRate(at: index) { return rate }
        // "twice daily", "three times weekly": the count of times goes with the frequency word.
        if wordKey == K.once || wordKey == K.twice || word.cardinal > 1 && key(index + 1) == K.times {
            let frequencyIndex = wordKey == K.once || wordKey == K.twice ? index + 1 : index + 2
            if let value = FrequencyValues.table[key(frequencyIndex)], !qualifiesNoun(frequencyIndex + 1) {
                let freq = wordKey == K.once ? "1X" : wordKey == K.twice ? "2X" : "\(word.cardinal)X"
                return Recognized(first: index, last: frequencyIndex, mention: setMention(value, freq: freq))
            }
        }
        if wordKey == K.once || wordKey == K.twice {
            // "once every ten years", "twice every three months": the count of times in each span of several units.
            if key(index + 1) == K.every, let span = cardinal(at: index + 2), span.value > 1, let unit = info(span.last + 1).unit,
               info(span.last + 1).plural {
                return Recognized(first: index, last: span.last + 1,
                                  mention: setMention(durationValue(count: span.value, unit: unit), freq: wordKey == K.once ? "1X" : "2X"))
            }
            // "once a year", "twice a week"; written as one adjective, "a once-a-week show", "a twice-a-year meeting";
            // "once in a century", "a once-in-a-century flood", "a twice-in-a-decade storm" (a rarity, not a length:
            // "twice in a week" written apart is a span).
            let step = isDash(index + 1) ? 2 : 1
            var per = index + step
            if key(per) == K.in_, wordKey == K.once || step == 2, key(per + step) == K.a { per += step }
            let unitIndex = per + step
            guard key(per) == K.a || key(per) == K.per || key(per) == K.every, let unit = info(unitIndex).unit,
                  step == 1 || isDash(per - 1) && isDash(unitIndex - 1),
                  !info(unitIndex).plural, !has(unitIndex + 1, [.ago, .before, .afterward]) else { return nil }
            return Recognized(first: index, last: unitIndex,
                              mention: setMention(durationValue(count: 1, unit: unit), freq: wordKey == K.once ? "1X" : "2X"))
        }
        return nil
    }

    /// A bare month, season, quarter or weekday after "in", "on" or "during" in a present clause of habit: "Demand usually
    /// peaks in January", "The festival is traditionally held in August", "Snow typically falls in winter", "Growth usually
    /// slows in the fourth quarter", "The board normally meets on Tuesday", "Sales tend to rise in December". It recurs
    /// each year (or week): TimeML's SET, valued as "each July" is (`XXXX-01`, `XXXX-WI`, `XXXX-Q4`, `XXXX-WXX-2`).
    /// `nil` for a clause told in the past ("usually peaked in January"; a present passive, "is held", stays present), a
    /// future, a modal or a plan ("is expected to", "will"), a forecast ("analysts usually expect a rally in December":
    /// that December), a month with a day, a year or a part, and a clause with no word of habit (``habitWords``) back to
    /// a clause break (10 words at most) or on to a comma (6 words).
    func habitualSet(_ match: Recognized) -> Mention? {
        let mention = match.mention
        guard mention.kind == .date, mention.year == nil, mention.relativeYear == nil, mention.day == nil,
              mention.part == nil, mention.offset == 0, mention.weekdayRelation == nil, mention.holiday == nil,
              mention.hour == nil, mention.partOfDay == nil, mention.mod == nil else { return nil }
        let value: String
        if let month = mention.month, mention.weekday == nil, mention.season == nil {
            value = month < 10 ? "XXXX-0\(month)" : "XXXX-\(month)"
        } else if let season = mention.season, mention.month == nil, mention.weekday == nil {
            value = "XXXX-" + Season.codes[season]
        } else if let weekday = mention.weekday, mention.month == nil, mention.season == nil {
            value = "XXXX-WXX-\(weekday)"
        } else if let quarter = mention.quarter, mention.month == nil, mention.unit == .quarter {
            value = "XXXX-Q\(quarter)"
        } else {
            return nil
        }
        // The clause: back to a clause break (10 words at most), and on to a comma or a clause break (6 words at most).
        let sentence = tokens[match.first].sentence
        var habit = Habit()
        var index = match.first - 2
        while index >= 0, index >= match.first - 10, tokens[index].sentence == sentence, !has(index, .clauseBreak) {
            if isWord(index), !habitClauseWord(index, weekday: mention.weekday != nil, habit: &habit) { return nil }
            index -= 1
        }
        index = match.last + 1
        while index < tokenCount, index <= match.last + 6, tokens[index].sentence == sentence, !has(index, .clauseBreak),
              !punct(index, ",") {
            if isWord(index), !habitClauseWord(index, weekday: mention.weekday != nil, habit: &habit) { return nil }
            index += 1
        }
        return habit.found || habit.general && !habit.market ? setMention(value) : nil
    }

    /// What ``habitualSet(_:)`` has seen of its clause: a word of habit, "generally" before a weekday, a market's move.
    private struct Habit {
        /// A word of ``habitWords`` (but "generally" before a weekday).
        var found = false
        /// "generally" before a weekday: a habit ("Flights are generally cheaper on Tuesday") unless a market's move
        /// tells a report's "broadly" ("Stocks are generally higher on Tuesday": that Tuesday).
        var general = false
        /// A word of ``TenseReader/marketMoves`` in a weekday's clause.
        var market = false
    }

    /// Whether the word at `index` fits a present clause of habit (``habitualSet(_:)``); notes in `habit` a word of habit.
    private func habitClauseWord(_ index: Int, weekday: Bool, habit: inout Habit) -> Bool {
        let wordKey = key(index)
        if Self.habitWords.contains(wordKey) {
            if weekday, wordKey == Self.generallyKey { habit.general = true } else { habit.found = true }
            return true
        }
        if weekday, TenseReader.marketMoves.contains(wordKey) { habit.market = true }
        // After a determiner a word is a noun ("publishes its forecast", "the expected rise").
        if has(index - 1, [.the, .determiner]) { return true }
        if has(index, [.pastAux, .future, .modal, .intends]) || Self.forecastWords.contains(wordKey) { return false }
        // A past form, unless a present auxiliary stands before it ("is traditionally held", "has usually peaked"), or
        // a participle of habit opens its phrase ("The report, usually released in March, ...", "Typically held in
        // August, the fair ...").
        if !has(index, .reporting), has(index, .pastVerb) || isEventWordLike(index) && !has(index, .notVerb),
           !has(index - 1, .presentAux), !(Self.habitWords.contains(key(index - 1)) && (has(index - 2, .presentAux)
               || punct(index - 2, ",") || index < 2 || tokens[index - 2].sentence != tokens[index].sentence)) { return false }
        return true
    }

    /// Words of habit that make a bare month, season or weekday recur (``habitualSet(_:)``).
    static let habitWords = KeySet(words: ["usually", "typically", "traditionally", "normally", "generally", "customarily",
                                           "habitually", "routinely", "tend", "tends"])
    /// The key of "generally", no word of habit before a weekday (``habitClauseWord(_:weekday:habit:)``).
    static let generallyKey = Lexicon.key("generally".unicodeScalars)
    /// Present verbs of forecast: the time after them is the one foreseen, no habit ("usually expect a rally in December").
    static let forecastWords = KeySet(words: ["expect", "expects", "anticipate", "anticipates", "predict", "predicts",
                                              "forecast", "forecasts", "see", "sees", "project", "projects"])
    /// Prepositions before a month, season or weekday of habit: "in January", "on Tuesday", "during the summer".
    static let habitPrepositions = KeySet(words: ["in", "on", "during"])

    /// The first weekday of a list of singular capitalised weekdays ending at `index` ("Monday, Wednesday and Friday"
    /// joined by "and", "or", a comma or a comma and a conjunction), or nil when no weekday comes before it.
    private func listedWeekdayStart(before index: Int) -> Int? {
        var first = index
        while true {
            var gap = first - 1
            if key(gap) == K.and || key(gap) == K.or { if punct(gap - 1, ",") { gap -= 1 } } else if !punct(gap, ",") { break }
            let previous = gap - 1
            guard previous >= 0, info(previous).weekday != 0, !info(previous).plural, isCapitalized(previous) else { break }
            first = previous
        }
        return first == index ? nil : first
    }

    /// A day of each month after "the" at `index`: "the 15th of each month" (`XXXX-XX-15`), "the first day of every
    /// month", "the first of every month" (`XXXX-XX-01`), "the first Sunday of each month", "the last Friday of every month", "the last day of each
    /// month" (no TIMEX3 value writes an ordinal weekday or the last day of every month: the set's period, `P1M`, as
    /// "each month" is); one SET with the quantifier of "each" or "every", not a date and a set.
    func matchMonthlySet(at index: Int) -> Recognized? {
        let next = index + 1
        var end = next
        var day = 0
        if isNumber(next), tokens[next].digits <= 2, (1...31).contains(tokens[next].number),
           Self.ordinalSuffixes.contains(key(next + 1)), !tokens[next + 1].spaceBefore {
            day = Int(tokens[next].number)
            end = next + 1
        } else if info(next).ordinal > 0, has(next + 1, .of) {
            // "the first of every month", "the fifteenth of each month": the day in words.
            day = Int(info(next).ordinal)
        } else if info(next).ordinal > 0 || key(next) == K.last, isWord(next + 1),
                  info(next + 1).weekday != 0 && isCapitalized(next + 1) || key(next + 1) == K.day {
            if key(next + 1) == K.day, key(next) != K.last { day = Int(info(next).ordinal) }
            end = next + 1
        } else {
            return nil
        }
        guard day <= 31, has(end + 1, .of), key(end + 2) == K.each || key(end + 2) == K.every,
              info(end + 3).unit == .month, !info(end + 3).plural, isWord(end + 3) else { return nil }
        let value = day > 0 ? "XXXX-XX-" + pad(day, 2) : "P1M"
        return Recognized(first: index, last: end + 3, mention: setMention(value, quant: key(end + 2) == K.each ? "EACH" : "EVERY"))
    }

    /// The mention of a set of TIMEX3 value `value` (and `quant`, `freq`): made only for a set found, since most words that
    /// reach ``matchSet(at:)`` start none, and a mention made and dropped cost ~200 instructions.
    private func setMention(_ value: String, quant: String? = nil, freq: String? = nil) -> Mention {
        var mention = Mention()
        mention.kind = .set
        mention.unit = .none
        mention.fixedValue = value
        mention.quant = quant
        mention.freq = freq
        return mention
    }

    /// A rate of recurrence: a count of times or of a shorter unit in each longer unit, "three times a week", "4 times
    /// per year", "24 hours a day", "seven days a week", "60 hours a week", "several times a year" (a number word, digits
    /// or a vague count first). One set of the
    /// longer unit (`P1D`), with the count in `freq` (`3X`, `24H`, `7D`); not "two days a week ago", nor "three days a
    /// year's wages" with no count of a shorter unit.
    func matchRate(at index: Int) -> Recognized? {
        // "several times a year", "a few days a week": some number of times, no count in `freq`.
        guard let (count, last) = cardinal(at: index).flatMap({ $0.value > 1 ? ($0.value, $0.last) : nil }) ?? vagueCount(at: index)
        else { return nil }
        let per = key(last + 2)
        guard per == K.a || per == K.per || per == K.every || per == K.each, let unit = info(last + 3).unit,
              !info(last + 3).plural, !has(last + 4, [.ago, .before, .afterward]), !punct(last + 4, "'") else { return nil }
        let counted = info(last + 1)
        var mention = Mention()
        mention.kind = .set
        mention.unit = .none
        if key(last + 1) == K.times {
            if count > 0 { mention.freq = "\(count)X" }
        } else if let small = counted.unit, counted.plural, Self.rateUnits.contains(small), Self.rateUnits.contains(unit),
                  small.rawValue < unit.rawValue, per != K.every, per != K.each {
            if count > 0 { mention.freq = "\(count)" + small.durationParts.letter }
        } else {
            return nil
        }
        mention.fixedValue = durationValue(count: 1, unit: unit)
        // "a few times a month" reached at "few": the article is the expression's.
        let first = key(index) == K.few && key(index - 1) == K.a ? index - 1 : index
        return Recognized(first: first, last: last + 3, mention: mention)
    }

    /// "a day" in a rate of money or a share after an amount ("$5 a day", "8 percent a year", "$33 million a year", "5%
    /// a month"): the unit each time, a set (TimeML's rate), not a length; not a date ("$2 million a year ago", "5
    /// percent a year earlier").
    func matchAmountRate(at index: Int) -> Recognized? {
        let unitAt = index + 1
        guard index > 0, isWord(unitAt), let unit = info(unitAt).unit, !info(unitAt).plural, Self.rateUnits.contains(unit),
              !has(unitAt + 1, [.ago, .before, .afterward]), !punct(unitAt + 1, "'") else { return nil }
        let value = durationValue(count: 1, unit: unit)
        if punct(index - 1, "%") || Self.amountWords.contains(key(index - 1))
            || isNumber(index - 1) && (punct(index - 2, "$") || punct(index - 2, "£") || punct(index - 2, "€")) {
            return Recognized(first: index, last: unitAt, mention: setMention(value))
        }
        guard let count = countedThings(before: index) else { return nil }
        return Recognized(first: index, last: unitAt, mention: setMention(value, freq: count > 0 ? "\(count)X" : nil))
    }

    /// A count of things in the plural right before `index` ("four flights", "three meals", "10,000 barrels", "fifty
    /// thousand CDs"): the count when it is a small one of events or items (2-99, the rate's frequency: "four flights a
    /// week" is 4X), 0 for a quantity (thousands, a grouped or large number: "10,000 barrels a day" has none); `nil`
    /// when no such count and noun come before ("stayed a week", "the troops a week", "rose 5 points a week").
    func countedThings(before index: Int) -> Int? {
        let noun = index - 1
        guard isWord(noun), info(noun).unit == nil, !info(noun).tags.contains(.pastVerb), tokens[noun].length > 2,
              scalars[Int(tokens[noun].end) - 1] == "s", scalars[Int(tokens[noun].end) - 2] != "s" else { return nil }
        let count = noun - 1
        // "thirty kilometers a day", "40 tonnes a year": a measure, no count of events.
        let measure = Self.measureNouns.contains(key(noun))
        if isNumber(count), !tokens[count].flags.contains(.decimal) {
            // "in 1998 talks a week later" is a year, not a count.
            if tokens[count].digits == 4, !tokens[count].flags.contains(.grouped), (1000...2199).contains(tokens[count].number) { return nil }
            return measure || tokens[count].flags.contains(.grouped) || tokens[count].number > 99 || isNumber(count - 1) ? 0
                : Int(tokens[count].number)
        }
        if Self.amountWords.contains(key(count)), info(count - 1).cardinal > 0 || isNumber(count - 1) { return 0 }
        // "hundreds of flights a day", "millions of barrels a day", "tens of thousands of tourists a year": a vague count of
        // things, a quantity (was a length "a day").
        if key(count) == K.of, Self.vagueThingCounts.contains(key(count - 1)) { return 0 }
        // "several hundred cars a day", "a few thousand visitors a year": a vague number of hundreds or thousands, a
        // quantity (was a length "a day").
        if Self.vagueMultiples.contains(key(count)), Self.vagueQuantifiers.contains(key(count - 1)) { return 0 }
        let cardinal = isWord(count) ? Int(info(count).cardinal) : -1
        return (2...99).contains(cardinal) ? measure ? 0 : cardinal : nil
    }

    /// Plural counts before "of" and a plural noun, a quantity of things ("hundreds of flights a day", "dozens of times a
    /// week").
    static let vagueThingCounts = KeySet(words: Lexicon.pluralCounts + ["millions", "billions", "scores", "tens"])
    /// Multiples a vague quantifier counts ("several hundred cars a day", "a few thousand visitors a year").
    static let vagueMultiples = KeySet(words: ["hundred", "thousand", "million", "billion"])
    /// Quantifiers of a vague number of multiples ("several hundred", "a few thousand", "many thousand").
    static let vagueQuantifiers = KeySet(words: ["several", "few", "many"])

    /// Plural nouns of a measure, whose count before a rate is a quantity, not a frequency ("thirty kilometers a day").
    static let measureNouns = KeySet(words: ["kilometers", "kilometres", "km", "miles", "meters", "metres", "feet", "inches",
                                             "tons", "tonnes", "kilos", "kilograms", "pounds", "litres", "liters", "gallons",
                                             "barrels", "acres", "hectares", "megawatts", "gigawatts", "degrees", "percent"])

    /// The units a rate counts in and over ("hours a day", "days a week", "weeks a year").
    static let rateUnits: Set<TimeUnit> = [.second, .minute, .hour, .day, .week, .month, .year]

    /// Whether the word at `index` is a noun a frequency word before it qualifies ("a quarterly dividend", "twice weekly
    /// meetings"), not a verb, a preposition or a new clause.
    func qualifiesNoun(_ index: Int) -> Bool {
        isWord(index) && !tokens[index].capitalized && info(index).tags.isDisjoint(with: [.preposition, .and, .clauseBreak])
            && !info(index).tags.contains(.pastVerb) && !isEventWordLike(index) && !Self.notQualifiedWords.contains(key(index))
    }

    /// Words after a frequency word that are no noun it qualifies, outside the preposition tag: "trains nightly under
    /// floodlights", "paid biweekly via direct deposit", "meets monthly except in August", "published weekly as a pamphlet".
    static let notQualifiedWords = KeySet(words: [
        "under", "across", "against", "without", "among", "outside", "inside", "via", "except", "beside", "alongside",
        "toward", "towards", "onto", "upon", "as", "than", "unless", "because", "while", "when", "if", "but", "or", "so",
        "instead", "beyond", "along", "past", "behind", "below", "above", "per", "up", "down", "off", "out",
    ])

    /// The tags of words that may start a set (see ``matchSet(at:)``); the bits are or-ed so the set folds into a constant.
    @inline(__always) static var setStartTags: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.frequency.rawValue | WordInfo.Tags.every.rawValue | WordInfo.Tags.once.rawValue
            | WordInfo.Tags.startsExpression.rawValue)
    }

    /// Words before a frequency word that make it a rate: "5 percent annually", "average daily volume".
    static let rateMarkers = KeySet(words: ["percent", "pct", "average"])

    /// The words after a count and its unit that make a rate ("24 hours a day", "3 times per week"), the trigger for
    /// ``matchRate(at:)`` after digits.
    static let rateWords = KeySet(words: ["a", "per", "every", "each"])

    /// A clock time right next to a set ("open daily from 10am to 6pm", "until 8pm on weekends", "from 8:30 a.m. to 4 p.m.
    /// daily", "every Saturday at 10 a.m."): the hour of any such day (`XXXX-XX-XXT10:00`, as WikiWars writes a habitual
    /// hour), not one of the dateline's day. A clock names no day of its own; at most three prepositions, nothing else,
    /// between it and the set (or a clock already so read: "daily from 10am to 6pm"). Run once over the matches of a text.
    func undateHabitualClocks(_ found: inout [Recognized]) {
        for index in found.indices where found[index].mention.kind == .set {
            var edge = found[index].first
            var other = index - 1
            while other >= 0, undateClock(&found[other], between: found[other].rangeEnd?.last ?? found[other].last, and: edge) {
                edge = found[other].first
                other -= 1
            }
            edge = found[index].rangeEnd?.last ?? found[index].last
            other = index + 1
            while other < found.count, undateClock(&found[other], between: edge, and: found[other].first) {
                edge = found[other].rangeEnd?.last ?? found[other].last
                other += 1
            }
        }
        // "The office opens at 9 a.m. on weekdays", "Hours are 8 a.m. to 6 p.m. on weekdays", "at 7 p.m. on weeknights":
        // the days of the working week, a set no value is written for, make a clock before them habitual likewise.
        for index in found.indices where found[index].mention.kind == .time {
            let last = found[index].rangeEnd?.last ?? found[index].last
            var word = last + 1
            while word < last + 4, has(word, .preposition) { word += 1 }
            if Self.workingWeekWords.contains(key(word)) { _ = undateClock(&found[index], between: last, and: word) }
        }
    }

    /// The plural words for the days of the working week, a set no TIMEX3 value is written for ("on weekdays", "on
    /// weeknights"): a clock right before them is the hour of any such day.
    static let workingWeekWords = KeySet(words: ["weekdays", "weeknights"])

    /// Makes `match` (and its range's end) the hour of any day when it is a bare clock time and only up to three
    /// prepositions stand between the tokens `left` and `right` in one sentence; whether it did.
    private func undateClock(_ match: inout Recognized, between left: Int, and right: Int) -> Bool {
        guard right - left <= 4, left < right, tokens[left].sentence == tokens[right].sentence,
              Self.isBareClock(match.mention), match.rangeEnd.map({ Self.isBareClock($0.mention) }) ?? true else { return false }
        var position = left + 1
        while position < right {
            guard has(position, .preposition) else { return false }
            position += 1
        }
        match.mention.reference = Self.anyDayClock(match.mention)
        if var end = match.rangeEnd {
            end.mention.reference = Self.anyDayClock(end.mention)
            match.rangeEnd = end
        }
        return true
    }

    /// A clock time with no day, zone-free or not, of its own ("10am", "at 8:30 a.m."), not yet read.
    private static func isBareClock(_ mention: Mention) -> Bool {
        mention.kind == .time && mention.unit == .time && mention.anchor == .reference && mention.hour != nil
            && mention.day == nil && mention.weekday == nil && mention.month == nil && mention.holiday == nil
            && mention.year == nil && mention.offset == 0 && mention.reference == nil
    }

    /// `XXXX-XX-XXThh:mm` of a clock mention.
    private static func anyDayClock(_ mention: Mention) -> String {
        let hour = (mention.hour ?? 0) % 24
        let minute = mention.minute ?? 0
        return "XXXX-XX-XXT" + pad(hour, 2) + ":" + pad(minute, 2)
    }
}
