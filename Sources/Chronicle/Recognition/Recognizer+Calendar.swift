/// Calendar names: months ("February 28, 2023", "Sept."), weekdays, seasons, holidays, ordinal periods
/// ("the first quarter", "the 21st century") and fiscal years.
extension Recognizer {
    // MARK: Month names: "February 28, 2023", "Feb. 28", "September", "March 2022"

    /// The token of a four-digit year written at `next`, after a comma or "of" ("June 20, 1792", "June of 1792").
    private func writtenYear(after next: Int) -> Int? {
        let yearIndex = punct(next, ",") ? next + 1 : has(next, .of) ? next + 1 : next
        guard isWrittenYear(at: yearIndex), !tokens[yearIndex].flags.contains(.grouped) else {
            return nil
        }
        return yearIndex
    }

    /// A month name at `index` and what is written after it: a day ("March 5", "December the 25th", "May first"), a year
    /// ("March 5, 2013", "April 480 BC", "'98"), a relative or the story's year ("June last year", "August of that year"),
    /// a postposed "last" or "next" ("in March last"). An ambiguous or abbreviated name ("may", "Mar") needs a capital and
    /// date `context` (a preposition, a determiner before a noun, a coordinated month, a release of figures, a futures
    /// contract); a name's month is none ("April Ryan"). A month without a year records whether its clause reports a plan
    /// before it (``Mention/plannedAhead``, ``TenseReader/reportsPlan(before:tokens:infos:)``).
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
        // "December the 25th", "March the third": the day as an ordinal after "the".
        if key(next) == K.the, capitalized, isOrdinalDay(at: next + 1) { next += 1 }
        // "April 25: The court ruled" is a day; "May 10:30" is no date.
        let clock = punct(next + 1, ":") && isNumber(next + 2) && !tokens[next + 2].spaceBefore
        // "March eighth", "May first": a day written as an ordinal word (not "the March second-quarter results").
        // "December twenty-fifth": a compound ordinal.
        let spoken = capitalized ? spokenOrdinal(at: next) : nil
        let ordinalDay = spoken.flatMap { $0.value <= 31 && info($0.last + 1).unit == nil && !isDash($0.last + 1) ? $0.value : nil }
        if isNumber(next) && tokens[next].digits <= 2 && !tokens[next].flags.contains(.grouped) && !clock
            && (1...31).contains(tokens[next].number) && !punct(next + 1, "%") || ordinalDay != nil {
            mention.day = ordinalDay ?? Int(tokens[next].number)
            mention.unit = .day
            last = spoken?.last ?? next
            if ordinalDay == nil, Self.ordinalSuffixes.contains(key(last + 1)), !tokens[last + 1].spaceBefore { last += 1 }
            next = last + 1
            if let yearIndex = writtenYear(after: next) {
                // "June 20, 1792", "June 20 of 1792"
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            } else if has(next, .of), let storyYear = thatYear(at: next + 1) {
                // "July 25 of that year", "January 24 of the same year"
                mention.relativeYear = 0
                mention.yearFromReference = true
                last = storyYear
            } else if key(next) != K.the, let relative = relativeYear(at: next) {
                // "March 3 last year"
                mention.relativeYear = relative.offset
                last = relative.last
            }
        } else {
            if let yearIndex = writtenYear(after: next) {
                // "June 1792", "June, 1792", "June of 1792"
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            } else if has(next, .of), let relative = relativeYear(at: next + 1) {
                // "March of last year"
                mention.relativeYear = relative.offset
                last = relative.last
            } else if has(next, .of), let storyYear = thatYear(at: next + 1) {
                // "August of that year", "November of the same year": the year the text is in.
                mention.relativeYear = 0
                mention.yearFromReference = true
                last = storyYear
            } else if isNumber(next), let era = eraAfter(next), era.bc {
                // "April 480 BC"
                mention.year = 1 - Int(tokens[next].number)
                mention.anchor = .absolute
                last = era.last
            } else if key(next) != K.the, let relative = relativeYear(at: next) {
                // "June last year"
                mention.relativeYear = relative.offset
                last = relative.last
            } else if let spoken = matchSpokenYear(at: next), let year = spoken.mention.year {
                // "January nineteen ninety-seven"
                mention.year = year
                mention.anchor = .absolute
                last = spoken.last
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
                // "in February or March", "between January and May": a month coordinated with one before it.
                || (!abbreviated && (key(index - 1) == K.or || has(index - 1, .and)) && info(index - 2).month != 0)
                // "the March accession", "its May elections": a month before a common noun.
                || (has(index - 1, [.the, .determiner]) && !abbreviated && isWord(index + 1) && !isCapitalized(index + 1) && !info(index + 1).isTimeWord
                    && !has(index + 1, [.preposition, .and, .of, .clauseBreak]))
                // "will release March retail sales data", "May payrolls": the month a release of figures covers.
                || (!abbreviated && modifiesDataNoun(index))
                // "the May jobs report", "its May figures": "May" after a determiner, before a data noun (not "the May
                // government", "May figures show" with no determiner).
                || (key(index) == K.may && has(index - 1, [.the, .determiner]) && modifiesDataNoun(index))
                // "the coldest March since 1962", "March was the wettest on record": a month a superlative ranks.
                || ((!abbreviated || key(index) == K.may) && ranksMonth(index))
                // "the May contract", "for May delivery": a futures contract's month.
                || ((!abbreviated || key(index) == K.may) && isWord(index + 1)
                    && namesContractMonth(index))
            if !hasContext { return nil }
            if abbreviated && !word.tags.contains(.lowercaseOnlyTime) && mention.day == nil && mention.year == nil && !attachedPunct(index + 1, ".") && !context
                && !has(index - 1, [.preposition, .early, .mid, .late, .last, .this, .next]) { return nil }
        } else if !capitalized && tokens[index].flags.contains(.allCaps) == false && mention.day == nil && mention.year == nil && !context {
            // lowercase full month names in running text are still months ("in september")
            if !has(index - 1, [.preposition, .early, .mid, .late, .last, .this, .next]) { return nil }
        }
        // Names: "April Ryan", "June Carter" — a month followed by a capitalised non-time word; not a futures contract's
        // month before a capitalised commodity ("May Brent futures", "April WTI crude futures").
        if mention.day == nil, mention.year == nil, isWord(index + 1), isCapitalized(index + 1), tokens[index + 1].spaceBefore,
           !info(index + 1).isTimeWord, !has(index - 1, .preposition), last == index, !namesDatedEvent(index),
           !(TenseReader.contractCommodities.contains(key(index + 1))
             && namesContractMonth(index)) {
            return nil
        }
        // "residents of April Street", "the shop on August Road": a street's or a place's name, after a preposition too.
        if last == index, opensPlaceName(index) { return nil }
        recordPlan(&mention, at: index)
        if last == index { datedEventYear(&mention, at: index) }
        // Indian and older British "in March last", "by June next": "last March", "next June".
        if last == index, !narrative, key(index + 1) == K.last || key(index + 1) == K.next, has(index - 1, .preposition),
           mention.day == nil, mention.year == nil, mention.relativeYear == nil, postposedRelation(after: index) {
            mention.relativeYearDirection = key(index + 1) == K.last ? -1 : 1
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    /// A month after words of a plan ("was planned for early March"), and a day after "for" ("The vote was scheduled for
    /// Jan. 15", "for 15 January"), the date starting at `index` without a year: the resolver keeps it ahead
    /// (``Mention/plannedAhead``).
    func recordPlan(_ mention: inout Mention, at index: Int) {
        if mention.year == nil, mention.relativeYear == nil, mention.day == nil || key(index - 1) == K.for_ {
            mention.plannedAhead = TenseReader.reportsPlan(before: index, tokens: tokens, infos: infos)
        }
    }

    /// Whether the "last" or "next" after the month or weekday at `index` ends its phrase, so that it places the day or
    /// month ("on Friday last", "in March last"): before punctuation, "to" after "last", or a lowercase word that is no
    /// word of time ("Friday last week", "Monday next to the river" are other phrases).
    func postposedRelation(after index: Int) -> Bool {
        !isCapitalized(index + 1) && (!isWord(index + 2) && !isDash(index + 2) && !apostrophe(index + 2)
            || isWord(index + 2) && !isCapitalized(index + 2) && !info(index + 2).isTimeWord && (key(index + 2) != K.to || key(index + 1) == K.last))
    }

    /// Whether a superlative ranks the month at `index` against others: after one with its article ("the coldest March
    /// since 1962", "its wettest May on record") or, opening its clause, before a copula and one ("March was the warmest",
    /// "May has been the driest").
    private func ranksMonth(_ index: Int) -> Bool {
        if Self.rankingSuperlatives.contains(key(index - 1)) { return has(index - 2, [.the, .determiner]) }
        // Not a name's last word ("Theresa May was the strongest candidate").
        var next = index + 1
        guard Self.rankingCopulas.contains(key(next)), !isCapitalized(index - 1) else { return false }
        if key(next + 1) == K.been { next += 1 }
        return has(next + 1, [.the, .determiner]) && Self.rankingSuperlatives.contains(key(next + 2))
    }

    /// Superlatives that rank a month or a season against the same one in other years (weather, trade, traffic).
    static let rankingSuperlatives = KeySet(words: ["coldest", "warmest", "wettest", "driest", "hottest", "snowiest", "sunniest",
                                                    "windiest", "stormiest", "mildest", "coolest", "dullest", "busiest",
                                                    "quietest", "deadliest", "worst", "best", "strongest", "weakest", "slowest"])

    /// Copulas between a month and the superlative that ranks it ("March was the warmest").
    static let rankingCopulas = KeySet(words: ["was", "is", "has", "had"])

    /// Whether lowercase words after the month at `index`, three at most, reach a noun of released figures ("March
    /// retail sales data", "May payrolls"; ``TenseReader/dataNouns``).
    private func modifiesDataNoun(_ index: Int) -> Bool {
        var next = index + 1
        while next <= index + 3, isWord(next), !isCapitalized(next), !info(next).isTimeWord, !has(next, [.preposition, .and, .of]) {
            if TenseReader.dataNouns.contains(key(next)) { return true }
            next += 1
        }
        return false
    }

    /// An ordinal day of the month at `index`: "25th", "3rd", "third." (not "the third quarter", "the first case").
    func isOrdinalDay(at index: Int) -> Bool {
        if isNumber(index) {
            return tokens[index].digits <= 2 && (1...31).contains(tokens[index].number) && Self.ordinalSuffixes.contains(key(index + 1))
                && !tokens[index + 1].spaceBefore && info(index + 2).unit == nil
        }
        // A word ordinal must end the phrase: "in December the first case" is no date.
        guard let spoken = spokenOrdinal(at: index), spoken.value <= 31 else { return false }
        return !isDash(spoken.last + 1) && (!isWord(spoken.last + 1) || has(spoken.last + 1, [.preposition, .and, .clauseBreak]))
    }

    /// An ordinal written in words at `index`: "third", "twenty-fifth", "thirty first"; its value and last token.
    func spokenOrdinal(at index: Int) -> (value: Int, last: Int)? {
        guard isWord(index) else { return nil }
        let word = info(index)
        if word.ordinal > 0 { return (Int(word.ordinal), index) }
        guard word.cardinal == 20 || word.cardinal == 30, !word.tags.contains(.decadeWord) else { return nil }
        let unitIndex = isDash(index + 1) && !tokens[index + 1].spaceBefore ? index + 2 : index + 1
        let unit = Int(info(unitIndex).ordinal)
        guard isWord(unitIndex), (1...9).contains(unit) else { return nil }
        return (Int(word.cardinal) + unit, unitIndex)
    }

    /// The last token ("year") of "that year", "that same year" or "the same year" at `index`: the year the text is in;
    /// `nil` when none stands there.
    func thatYear(at index: Int) -> Int? {
        var next = index
        if key(next) == K.that { next += 1; if key(next) == K.same { next += 1 } }
        else if key(next) == K.the, key(next + 1) == K.same { next += 2 }
        else { return nil }
        guard info(next).unit == .year, !info(next).plural else { return nil }
        return next
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
        // "Black Monday", "Bloody Sunday", "Super Tuesday": named days no rule dates; not the weekday next to the dateline.
        if isCapitalized(index - 1), Self.namedWeekdayWords.contains(key(index - 1)) { return nil }
        // "the Sunday Times", "the Mail on Sunday": a newspaper's name, not a day.
        if namesNewspaper(index) { return nil }
        // "a Sunday school teacher", "in their Sunday best": a thing, not a day.
        if Self.dayThingNouns.contains(key(index + 1)), !isCapitalized(index + 1) { return nil }
        // "Sunday Lane", "Friday Street": a street's or a place's name.
        if opensPlaceName(index) { return nil }
        var last = index
        if abbreviated, attachedPunct(index + 1, ".") { last += 1 }
        // "Tuesday, Feb. 28, 2023"
        let dateIndex = punct(last + 1, ",") ? last + 2 : last + 1
        // (Not "Saturday and Sunday, March 23-24": the range's days are a list's weekdays, not this one's.)
        if info(dateIndex).month != 0, var date = matchMonthFirst(at: dateIndex, context: true), date.mention.day != nil,
           !(listsAfterWeekday(index) && rangeContinuation(of: date) != nil) {
            date.first = index
            date.mention.weekday = Int(word.weekday)
            return date
        }
        // "Monday 18 and Tuesday 19 March": the first day takes the month and year of the date it is listed with.
        if isNumber(dateIndex), tokens[dateIndex].digits <= 2, (1...31).contains(tokens[dateIndex].number),
           !tokens[dateIndex].flags.contains(.decimal) {
            var dayLast = dateIndex
            if Self.ordinalSuffixes.contains(key(dayLast + 1)), !tokens[dayLast + 1].spaceBefore { dayLast += 1 }
            if key(dayLast + 1) == K.and || key(dayLast + 1) == K.or, info(dayLast + 2).weekday != 0,
               let second = matchWeekday(at: dayLast + 2), second.rangeEnd == nil, second.mention.kind == .date,
               second.mention.month != nil, second.mention.day != nil {
                var mention = second.mention
                mention.day = Int(tokens[dateIndex].number)
                mention.weekday = Int(word.weekday)
                return Recognized(first: index, last: dayLast, mention: mention)
            }
        }
        // "Tuesday 26 March", "Tuesday, 26 March 2013", "Tue 26th March": the British order, one date as "Tuesday, March
        // 26" is (not "Thursday and Friday, 28-29 March", whose days are a range of their own).
        if isNumber(dateIndex), tokens[dateIndex].digits <= 2, var date = matchNumeric(at: dateIndex), date.rangeEnd == nil,
           date.mention.kind == .date, date.mention.month != nil, date.mention.day != nil {
            date.first = index
            date.mention.weekday = Int(word.weekday)
            return date
        }
        // "Tuesday the 3rd of January", "Tuesday, the 3rd of January 2023": the day of the month named; "Tuesday the 26th":
        // a day of the story's month (or of the month next to it that puts the day on that weekday).
        if has(dateIndex, .the), var date = matchDayOfMonth(at: dateIndex, afterWeekday: true),
           date.mention.month != nil || date.mention.monthFromReference {
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
        // "on a Monday", "On a Friday night", "one Sunday in May": some such day, no particular one (TimeML's
        // `XXXX-WXX-1`), placed on no date.
        if !abbreviated, isNonspecificWeekday(index) {
            mention.reference = "XXXX-WXX-\(word.weekday)" + (mention.unit == .partOfDay ? "T" + PartOfDay.codes[mention.partOfDay ?? 0] : "")
            mention.weekday = nil
            return Recognized(first: index, last: last, mention: mention)
        }
        // British "Tuesday week", "Monday fortnight": a week (two) after the Tuesday meant (at the end of its phrase: not
        // "Tuesday week-long talks").
        if !narrative, mention.unit == .day, key(last + 1) == K.week || key(last + 1) == K.fortnight, !isCapitalized(last + 1),
           !isWord(last + 2) && !isDash(last + 2) || has(last + 2, [.preposition, .and, .clauseBreak]) {
            mention.weeksAfter = key(last + 1) == K.week ? 1 : 2
            return Recognized(first: index, last: last + 1, mention: mention)
        }
        // Indian and older British "on Friday last", "on Monday next": "last Friday", "next Monday" (at the end of its
        // phrase: `postposedRelation`).
        if !narrative, mention.unit == .day, key(last + 1) == K.last || key(last + 1) == K.next, postposedRelation(after: last) {
            mention.weekdayRelation = key(last + 1) == K.last ? .previous : .next
            return Recognized(first: index, last: last + 1, mention: mention)
        }
        // "Tuesday last week", "Monday of next week", "Friday this week": the day in the week named.
        let relation = has(last + 1, .of) ? last + 2 : last + 1
        if isWord(relation), info(relation + 1).unit == .week, !info(relation + 1).plural, isWord(relation + 1) {
            let tags = info(relation).tags
            let weeks = key(relation) == K.last ? -1 : tags.contains(.next) ? 1 : tags.contains(.this) ? 0 : nil
            if let weeks {
                mention.weekdayRelation = .week(weeks)
                mention.anchor = .dateline
                last = relation + 1
            }
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    /// Whether the weekday at `index` is some such day, no particular one: after "on a" ("on a Monday") or "one" ("One
    /// Sunday in May, …", "was last seen one Friday"; not "the one Sunday").
    private func isNonspecificWeekday(_ index: Int) -> Bool {
        let before = key(index - 1)
        // (Not before a scheduled event's noun: "hinges on a Sunday referendum", "on a Monday confidence vote" name one.)
        if before == K.a {
            return key(index - 2) == K.on && !TenseReader.scheduledNouns.contains(key(index + 1))
                && !(isWord(index + 1) && !isCapitalized(index + 1) && TenseReader.scheduledNouns.contains(key(index + 2)))
        }
        return before == K.one && !has(index - 2, [.the, .determiner])
    }

    /// Whether the weekday at `index` is listed after another ("Saturday and Sunday", "Saturday or Sunday").
    private func listsAfterWeekday(_ index: Int) -> Bool {
        (key(index - 1) == K.and || key(index - 1) == K.or) && info(index - 2).weekday != 0 && isCapitalized(index - 2)
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
        // "the autumn term", "the fall semester of 2022": a school's term named by its season is that season (TimeML has no
        // value for a term), its year after it as after the season; after an owner too ("the school's summer term", "its
        // autumn term", with a curly apostrophe too: ``isPossessive(before:)``).
        let term = year == nil && Self.schoolTermNouns.contains(key(index + 1)) && isWord(index + 1) && (!isCapitalized(index + 1) || isCapitalized(index))
            && (has(index - 1, [.the, .determiner, .this, .last, .next, .early, .mid, .late]) || isPossessive(before: index))
            && !(isWord(index + 2) && Self.termThingNouns.contains(key(index + 2))) ? index + 1 : index
        var last = term
        let next = has(term + 1, .of) ? term + 2 : term + 1
        if year == nil, !isNumber(next), let spoken = matchSpokenYear(at: next), let spokenYear = spoken.mention.year {
            // "the winter of nineteen ninety-four"
            mention.year = spokenYear
            mention.anchor = .absolute
            last = spoken.last
        } else if year == nil, isWrittenYear(at: next) {
            mention.year = Int(tokens[next].number)
            mention.anchor = .absolute
            // "the winter of 2021-22": a winter across two years is the first one's (TimeML's 2021-WI).
            last = splitYearSuffix(after: next, slash: false) ?? next
        } else if year == nil, isNumber(next), tokens[next].digits <= 4, let era = eraAfter(next), era.bc {
            // "the spring of 480 BC", "autumn of 481 BC"
            mention.year = 1 - Int(tokens[next].number)
            mention.anchor = .absolute
            last = era.last
        } else if year == nil, has(term + 1, .of), let relative = relativeYear(at: term + 2) {
            mention.relativeYear = relative.offset
            last = relative.last
        } else if year == nil, next == index + 2, punct(next, "'"), isNumber(next + 1), tokens[next + 1].digits == 2,
                  !tokens[next + 1].spaceBefore, !(key(next + 2) == K.s && !tokens[next + 2].spaceBefore) {
            // "the summer of '89": a two-digit year, pivoted on the dateline as "June '98" is.
            mention.year = Int(tokens[next + 1].number)
            last = next + 1
        }
        // "the summer holidays", "the summer vacation", "spring break": the season's holidays, the season.
        if last == index, Self.seasonHolidayNouns.contains(key(index + 1)), isWord(index + 1), !isCapitalized(index + 1) || isCapitalized(index) {
            last = index + 1
        }
        // "the summer months", "during the winter months": the season's months, the season.
        if last == index, key(index + 1) == K.months, !isCapitalized(index + 1) { last = index + 1 }
        datedEventYear(&mention, at: index)
        // "Donna Summer", "Winter Park": a capitalised season next to a capitalised word of a name.
        if mention.year == nil, mention.relativeYear == nil, isCapitalized(index), inName(index) { return nil }
        if mention.year == nil, mention.relativeYear == nil, last == index {
            // "the Winter Olympics", "the Summer Games": the season names the games, no time of them (a year before it
            // dates them: "the 2014 Winter Games", ``EventYearNames``).
            if isCapitalized(index), isWord(index + 1), isCapitalized(index + 1), EventYearNames.after.contains(key(index + 1)) {
                return nil
            }
            // "a winter coat", "winter wheat", "the spring water": a kind of thing, not a season.
            if isWord(index + 1), !isCapitalized(index + 1), SeasonThingNouns.keys.contains(key(index + 1)) { return nil }
            // "Summer Smith was elected", "said Autumn Phillips": a first name before a surname (not after an article or
            // a preposition: "the Spring Offensive", "in Summer Term").
            if isCapitalized(index), isWord(index + 1), isCapitalized(index + 1), tokens[index + 1].spaceBefore,
               !tokens[index + 1].flags.contains(.allCaps), !info(index + 1).isTimeWord, !namesDatedEvent(index),
               !has(index - 1, [.the, .determiner, .preposition, .this, .last, .next, .early, .mid, .late]) { return nil }
        }
        // "the fall of Budapest": a collapse, not a season.
        if key(index) == K.fall, has(index + 1, .of), mention.year == nil, mention.relativeYear == nil { return nil }
        // "fall" and "spring" are verbs and nouns too: they need a determiner, a modifier or a year.
        if word.tags.contains(.lowercaseOnlyTime) || key(index) == K.spring {
            let hasContext = context || year != nil || mention.year != nil || mention.relativeYear != nil
                || has(index - 1, [.the, .this, .last, .next, .early, .late, .mid, .determiner]) || namesDatedEvent(index)
                // "the university's spring semester", "Harvard's fall term": a school's term after an owner.
                || term > index
                // "refused to join in Spring.", "early in spring it moved": after a preposition of time, ending its phrase.
                || Self.seasonPrepositions.contains(key(index - 1))
                    && (!isWord(index + 1) || has(index + 1, [.preposition, .and, .clauseBreak, .pronounSubject]))
            guard hasContext, !isDash(index + 1) else { return nil }
        }
        return Recognized(first: index, last: last, mention: mention)
    }

    /// Whether the month or weekday at `index` opens a street's or a place's name: before a capitalised place noun that
    /// ends the name ("residents of April Street", "on August Road", "Sunday Lane"; not "In January Park Service rangers",
    /// "in March Lake County officials", a sentence's opening preposition and time before another name).
    func opensPlaceName(_ index: Int) -> Bool {
        let next = index + 1
        guard isWord(next), isCapitalized(next), tokens[next].spaceBefore, Self.placeNouns.contains(key(next)),
              !(isWord(next + 1) && isCapitalized(next + 1) && tokens[next + 1].sentence == tokens[next].sentence)
        else { return false }
        let opening = index >= 1 && has(index - 1, .preposition)
            && (index == 1 || tokens[index - 2].sentence != tokens[index - 1].sentence)
        return !opening
    }

    /// Whether the capitalised calendar word at `index` stands in a name: a place's ("Winter Park", "Christmas Island")
    /// or a person's, after a capitalised word that is no word of time or grammar ("Donna Summer"). Not the season of a
    /// named event, which histories annotate ("the Spring Offensive", "the Chinese Winter Offensive").
    func inName(_ index: Int) -> Bool {
        if isCapitalized(index + 1), Self.placeNouns.contains(key(index + 1)) { return true }
        guard index > 0, isWord(index - 1), isCapitalized(index - 1), !isCapitalized(index + 1),
              tokens[index - 1].sentence == tokens[index].sentence else { return false }
        return !info(index - 1).isTimeWord && !has(index - 1, Self.beforeHolidayTags)
    }

    /// Whether the weekday at `index` is part of a newspaper's name: before a capitalised masthead noun ("the Sunday
    /// Times", "the Sunday Telegraph reported", "Saturday Star"), or after one and "on" ("the Mail on Sunday", "the
    /// Independent on Sunday"; not "The Times on Sunday reported", the day it reported).
    func namesNewspaper(_ index: Int) -> Bool {
        if isCapitalized(index + 1), isWord(index + 1), !tokens[index + 1].flags.contains(.allCaps),
           Self.mastheadNouns.contains(key(index + 1)) { return true }
        return index >= 2 && key(index - 1) == K.on && !isCapitalized(index - 1) && isCapitalized(index - 2)
            && Self.onSundayMastheads.contains(key(index - 2))
    }

    /// Nouns of newspapers' and magazines' names after a weekday: "the Sunday Times", "the Sunday Mirror", "the Saturday
    /// Paper", "the paper's Sunday Magazine", "the Saturday Review", "the Sunday Journal".
    static let mastheadNouns = KeySet(words: ["times", "telegraph", "mirror", "express", "herald", "post", "people", "sport",
                                              "tribune", "independent", "star", "mail", "observer", "paper", "standard",
                                              "business", "world", "argus", "club", "magazine", "review", "journal",
                                              "gazette", "courier", "examiner", "supplement", "digest", "chronicle"])

    /// Newspapers whose weekend edition is "X on Sunday": "the Mail on Sunday", "the Independent on Sunday".
    static let onSundayMastheads = KeySet(words: ["mail", "independent", "scotland", "wales"])

    /// Capitalised words before a weekday that make a named day ("Black Monday", "Super Tuesday"), and the first words of
    /// holidays named after a weekday, whose weekday is no day of its own where the holiday names something else ("the
    /// Good Friday Agreement").
    static let namedWeekdayWords = KeySet(words: ["black", "bloody", "super", "blue", "manic", "fat", "mega", "good", "holy",
                                                  "maundy", "palm", "ash", "shrove", "whit", "mothering", "easter", "cyber",
                                                  "giving"])

    /// Words before a holiday that say when, not whose: "Last Thanksgiving", "Since Memorial Day", "Every Labor Day".
    static let beforeHolidayTags: WordInfo.Tags = [.preposition, .determiner, .the, .last, .this, .next, .previous, .following,
                                                   .every, .since, .clauseBreak, .and, .early, .mid, .late, .approximate]

    /// Names of the country whose holidays the table dates ("America's Independence Day").
    static let americaWords = KeySet(words: ["america", "american", "americans", "us", "usa", "nation"])

    /// Nouns that make a holiday or a weekday before them a kind of thing: "Christmas tree", "Easter eggs", "Sunday school".
    static let dayThingNouns = KeySet(words: [
        "tree", "trees", "card", "cards", "lights", "decorations", "carol", "carols", "ornament", "ornaments", "egg", "eggs",
        "bunny", "costume", "costumes", "pudding", "cracker", "crackers", "stocking", "stockings", "sweater", "sweaters",
        "jumper", "jumpers", "wreath", "wreaths", "school", "schools", "best", "resolution", "resolutions", "turkey",
        "turkeys", "basket", "baskets", "candy", "pumpkin", "pumpkins", "hamper", "hampers", "bonnet", "bonnets",
    ])

    /// Nouns that make a holiday (not a weekday: "a Sunday story" ran that day) before them a thing: "the Passover story".
    static let holidayThingNouns = KeySet(words: ["story", "stories", "seder", "seders", "haggadah"])

    /// Capitalised nouns that make a holiday before them part of a name: "the Good Friday Agreement", "the Easter Rising".
    static let holidayNameNouns = KeySet(words: ["agreement", "agreements", "accord", "accords", "rising", "proclamation"])

    /// Events a month or a season names by when they happened: "the February Revolution", "the August Decrees", "the
    /// Spring Offensive", "a fall campaign", "the early October Battle of …" (TimeML tags the month or season alone).
    static let datedEventNouns = KeySet(words: ["offensive", "offensives", "campaign", "campaigns", "fighting", "revolution",
                                                "decrees", "conference", "battle", "uprising", "invasion", "crisis",
                                                // Parliaments' and treasuries' sittings: "the summer recess", "the autumn
                                                // statement", "the spring budget", "the spring session".
                                                "recess", "statement", "budget", "session"])

    /// Whether the month or season at `index` names an event: an event noun right after it, or after one capitalised word
    /// ("the February Peace Conference").
    func namesDatedEvent(_ index: Int) -> Bool { datedEventNoun(after: index) != nil }

    /// Whether the month at `index` is a futures contract's month by the words around it ("for May delivery", "the May
    /// contract", "May Brent futures"; `TenseReader.deliveryMonth`).
    func namesContractMonth(_ index: Int) -> Bool {
        TenseReader.deliveryMonth(before: key(index - 1), next: key(index + 1), afterNext: key(index + 2), third: key(index + 3))
    }

    /// The event noun a month or season at `index` names ("Offensive" in "the Spring Offensive"), or `nil`.
    func datedEventNoun(after index: Int) -> Int? {
        if Self.datedEventNouns.contains(key(index + 1)) { return index + 1 }
        return isCapitalized(index + 1) && isCapitalized(index + 2) && Self.datedEventNouns.contains(key(index + 2)) ? index + 2 : nil
    }

    /// The event's year written after its name ("the Spring Offensive of 1918", "a February Peace Conference of 1861"): the
    /// year of the month or season at `index`, which stays the expression alone.
    func datedEventYear(_ mention: inout Mention, at index: Int) {
        guard mention.year == nil, mention.relativeYear == nil, let noun = datedEventNoun(after: index), has(noun + 1, .of),
              isWrittenYear(at: noun + 2) else { return }
        mention.year = Int(tokens[noun + 2].number)
        mention.anchor = .absolute
    }

    /// Nouns after a season that name its holidays: "the summer holidays", "the winter break".
    static let seasonHolidayNouns = KeySet(words: ["holiday", "holidays", "vacation", "vacations", "break"])

    /// A school's or a university's terms, named by their season: "the autumn term", "the spring semester".
    static let schoolTermNouns = KeySet(words: ["term", "semester", "trimester"])
    /// Things of a term after its noun ("the fall term papers", "the spring semester fees"): the season alone, as before.
    static let termThingNouns = KeySet(words: ["paper", "papers", "exam", "exams", "fee", "fees", "break", "dates",
                                               "report", "reports", "grades", "timetable", "schedule"])

    /// Prepositions that make "spring" and "fall" seasons when nothing follows them in their phrase ("in spring.").
    static let seasonPrepositions = KeySet(words: ["in", "by", "until", "during", "since", "through", "throughout"])

    /// Words before a holiday that say it is the day, not its event ("during Tet", "marked Ashura").
    static let occasionWords = KeySet(words: ["for", "during", "before", "after", "until", "till", "since", "over", "throughout",
                                              "on", "mark", "marks", "marked", "marking", "celebrate", "celebrates", "celebrated",
                                              "celebrating", "observe", "observes", "observed", "observing", "commemorate",
                                              "commemorates", "commemorated", "commemorating"])

    /// Nouns that make a holiday's or a season's name a place's.
    static let placeNouns = KeySet(words: ["island", "islands", "isle", "park", "street", "avenue", "road", "hill", "garden",
                                           "gardens", "palace", "lake", "river", "valley", "beach", "bay", "springs", "lane",
                                           "boulevard", "terrace", "crescent"])

    /// The lexicon keys of each holiday's words, computed once (speed).
    static let holidayKeys: [[UInt64]] = Holiday.all.map { $0.words.map { Lexicon.key($0.unicodeScalars) } }

    /// The holidays by the key of their first word, in table order (longer names first): a capitalised "New" or "May"
    /// tries its few holidays, not the whole table.
    static let holidaysByFirstWord: KeyTable<[Int]> = {
        var groups: [UInt64: [Int]] = [:]
        for (number, keys) in holidayKeys.enumerated() { groups[keys[0], default: []].append(number) }
        return KeyTable(groups)
    }()

    func matchHoliday(at index: Int) -> Recognized? {
        // A bank holiday's first word is often written in lower case ("the spring bank holiday").
        guard isCapitalized(index) || key(index + 1) == K.bank, let candidates = Self.holidaysByFirstWord[key(index)] else { return nil }
        for number in candidates {
            var position = index
            var matched = true
            // After an ordinary first word, the name is capitalised throughout: "May Day", not "May day trading" (but "the
            // August bank holiday").
            let capitalizedName = info(index).tags.contains(.capitalizedStart) && !Holiday.all[number].lowercaseRest
            for word in Self.holidayKeys[number] {
                // "Valentine's", "Presidents' Day"; "St. Patrick's Day", "Martin Luther King Jr. Day"; "All-Saints' Day"
                if punct(position, "'") || attachedPunct(position, ".") && tokens[position - 1].length <= 2
                    || isDash(position) && !tokens[position].spaceBefore && position > index { position += 1 }
                guard key(position) == word, !capitalizedName || isCapitalized(position) || tokens[position].length <= 2 || has(position, .of) else {
                    matched = false
                    break
                }
                position += 1
            }
            guard matched else { continue }
            // "its Christmas quarter", "Christmas quarter sales": the calendar fourth quarter.
            if position == index + 1, Self.holidaySeasonWords.contains(key(index)), let quarter = holidayQuarter(at: index, first: index) {
                return quarter
            }
            if namesAnotherDay(number, first: index, next: position) { return nil }
            var mention = Mention()
            mention.unit = .day
            mention.holiday = number
            mention.anchor = .implicit
            // "the two-week Easter recess": a length before the holiday is part of the noun phrase.
            let length = info(index - 1).unit != nil && isDash(index - 2) ? index - 3 : index
            // "for the Passover and Easter holidays": the first conjunct's words before it; "for its Easter recess".
            var before = length - 1
            if key(before) == K.and || key(before) == K.or {
                while before > length - 5, isCapitalized(before - 1) { before -= 1 }
                before -= 1
            }
            if has(before, .determiner) { before -= 1 }
            // "left town for the Easter recess", "flew home for Christmas": what happened was on the way to it.
            mention.leadsUpTo = key(before) == K.before_ || key(before) == K.until || key(before) == K.till || key(before) == K.for_
                || key(before) == K.of && key(before - 1) == K.ahead
            mention.followsDay = key(before) == K.after_
            var last = position - 1
            // "Christmas Eve 2019": the year, though a capitalised word before a number is usually a name ("Boeing 747").
            // "Christmas Day, 1941", "Christmas of 1914"
            let yearIndex = punct(last + 1, ",") || has(last + 1, .of) ? last + 2 : last + 1
            if isWrittenYear(at: yearIndex, afterName: yearIndex == last + 1) {
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                last = yearIndex
            } else if key(yearIndex) != K.the, let relative = relativeYear(at: yearIndex) {
                // "Christmas Day last year", "Easter of next year"
                mention.relativeYear = relative.offset
                last = relative.last
            } else if punct(last + 1, ","), isNumber(last + 2) || info(last + 2).month != 0, let date = matchExpression(at: last + 2),
                      date.rangeEnd == nil, date.mention.unit == .day, let year = date.mention.year, date.mention.anchor == .absolute {
                // "Easter Monday, 9 April 1917": the year of the date written beside it (which keeps its own extent).
                mention.year = year
                mention.anchor = .absolute
            }
            // "marked its Independence Day on August 15", "celebrates Thanksgiving on the second Monday …": a US holiday
            // another country keeps, its day written after it in another month, is that day.
            if Holiday.all[number].national, key(last + 1) == K.on, isNumber(last + 2) || info(last + 2).month != 0,
               let date = matchExpression(at: last + 2), date.rangeEnd == nil, date.mention.unit == .day,
               let month = date.mention.month, date.mention.day != nil, month != Holiday.all[number].month {
                var written = date.mention
                written.leadsUpTo = mention.leadsUpTo
                return Recognized(first: index, last: last, mention: written)
            }
            // "the Thanksgiving holiday": the holiday's day; "the Memorial Day (holiday) weekend" below.
            if key(last + 1) == K.holiday || key(last + 1) == K.holidays, key(last + 2) != K.season {
                last += 1
            } else if key(last + 1) == K.bank, key(last + 2) == K.holiday {
                // "the Easter Monday bank holiday", "the New Year's Day bank holiday": the holiday's day.
                last += 2
            }
            if Holiday.all[number].week {
                // "Holy Week": the ISO week its rule's day falls in.
                mention.unit = .week
                mention.weekOfDay = true
            } else if key(last + 1) == K.week, !isCapitalized(last + 1) || isCapitalized(index) {
                // "Easter week": the ISO week holding the holiday.
                mention.unit = .week
                mention.weekOfDay = true
                last += 1
            } else if key(last + 1) == K.weekend {
                // "Memorial Day weekend", "the Easter weekend": the weekend next to the holiday (before a Monday one).
                mention.unit = .weekend
                mention.weekOfDay = true
                last += 1
            } else if info(last + 1).partOfDay != 0, key(last + 1) != K.overnight, isWord(last + 1),
                      !isCapitalized(last + 1) || isCapitalized(index + 1) {
                // "Christmas morning", "Election Day night": that part of the holiday.
                mention.kind = .time
                mention.unit = .partOfDay
                mention.partOfDay = Int(info(last + 1).partOfDay)
                last += 1
            }
            return Recognized(first: index, last: last, mention: mention)
        }
        return nil
    }

    /// Whether the holiday `number` written from `first` (`next` is the token after it) is a place or another country's
    /// or calendar's day: "Easter Island", "India's Independence Day", "Canadian Thanksgiving", "Lunar New Year".
    private func namesAnotherDay(_ number: Int, first index: Int, next: Int) -> Bool {
        if Self.placeNouns.contains(key(next)), isCapitalized(next) { return true }
        // "the Christmas tree", "Easter eggs": a thing, not a day.
        if Self.dayThingNouns.contains(key(next)) || Self.holidayThingNouns.contains(key(next)), !isCapitalized(next) { return true }
        if Self.holidayNameNouns.contains(key(next)), isCapitalized(next) { return true }
        // "Tariq Ramadan", "leader Ramadan Shallah", "the Tet Offensive": a holiday's name that is also a person's or opens
        // another name, beside another word of it (not after a word of when: "During Ramadan Muslims fast").
        if Holiday.all[number].nameWord, inName(index) || isCapitalized(next) && isWord(next)
            && tokens[next].sentence == tokens[index].sentence && (!has(index - 1, Self.beforeHolidayTags) || has(index - 1, .the)) {
            return true
        }
        // "the end of Ramadan", "the close of the holy month of Ramadan": its last day, which its rule does not give.
        if Holiday.all[number].calendarMonth {
            var before = index - 1
            if has(before, .of), key(before - 1) == K.month { before -= 2 }
            while before > index - 6, Recognizer.calendarMonthModifiers.contains(key(before)) || has(before, .the) { before -= 1 }
            if has(before, .of), key(before - 1) == K.end || key(before - 1) == K.close { return true }
        }
        // "trumped by Tet", "tales of Ashura": the event of the day, unless a preposition of when, a verb of keeping it
        // or "holiday" says it is the day ("home for Tet", "ahead of Tet", "marked Ashura", "the Tet holiday").
        if Holiday.all[number].needsOccasion, !Self.occasionWords.contains(key(index - 1)), !(key(index - 1) == K.of && key(index - 2) == K.ahead),
           !Self.seasonHolidayNouns.contains(key(next)), key(next) != K.festival { return true }
        // "the Tết (Lunar New Year) holiday", "Pesach (Passover)": a gloss in brackets of the name before it, whose
        // expression would be the whole phrase, name and gloss (left to that name).
        if punct(index - 1, "("), index >= 2, isWord(index - 2), isCapitalized(index - 2), punct(next, ")") { return true }
        // A US day after another country's name, which the US rule does not date.
        if Holiday.all[number].national {
            let owner = key(index - 1) == K.s && punct(index - 2, "'") ? index - 3 : index - 1
            if isWord(owner), isCapitalized(owner), tokens[owner].sentence == tokens[index].sentence,
               !has(owner, Self.beforeHolidayTags), !Self.americaWords.contains(key(owner)) { return true }
        }
        // A capitalised word before "New Year" names another calendar's.
        return key(index) == K.new && isWord(index - 1) && isCapitalized(index - 1) && tokens[index - 1].sentence == tokens[index].sentence
            && !has(index - 1, [.preposition, .determiner, .the])
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
            labelYear(after: &last, mention: &mention)
            return Recognized(first: index, last: last, mention: mention)
        }
        // "H1 2023", "in H2", "H1 profit": a half-year label, split like "Q4" (with its year, after a preposition or before
        // the figure it dates: not "Flight H1", "an H1-B visa").
        if wordKey == K.h, isCapitalized(index), isNumber(index + 1), !tokens[index + 1].spaceBefore, tokens[index + 1].digits == 1,
           (1...2).contains(tokens[index + 1].number), !isWord(index + 2) || tokens[index + 2].spaceBefore, !isDash(index + 2),
           has(index - 1, .preposition) || isNumber(index + 2) && tokens[index + 2].digits == 4
            || (has(index + 2, .eventNoun) || Self.periodFigureNouns.contains(key(index + 2))) && !isCapitalized(index + 2) {
            var mention = Mention()
            mention.unit = .half
            mention.half = Int(tokens[index + 1].number)
            mention.anchor = .implicit
            mention.forecastChange = forecastsChange(around: index, last: index + 1)
            var last = index + 1
            labelYear(after: &last, mention: &mention)
            return Recognized(first: index, last: last, mention: mention)
        }
        let ordinal = Int(info(index).ordinal)
        guard ordinal > 0 else { return nil }
        return matchOrdinalPeriodWord(at: index + 1, ordinal: ordinal, first: index)
    }

    /// The period after "of" in "the first half of the 19th century", "the early part of the year": a named period, or the
    /// dateline's (in a history, the story's) year, decade or century ("the year", "the decade", "the century").
    func periodAfterOf(at index: Int) -> Recognized? {
        if has(index, .the), let unit = info(index + 1).unit, !info(index + 1).plural, [.year, .decade, .century].contains(unit),
           !apostrophe(index + 2) {
            var mention = Mention()
            mention.anchor = narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        guard let named = matchSingle(at: index), named.rangeEnd == nil, named.mention.kind == .date, named.mention.part == nil,
              named.mention.reference == nil else { return nil }
        return named
    }

    /// The figures an analysts' half-year or quarter label dates when it stands before one ("H1 revenue came in at",
    /// "expects H2 margins to widen", "2H sales", "3Q earnings"): a company's results, not a name ("Flight H1", "an H1-B
    /// visa", "the 2H pencil").
    static let periodFigureNouns = KeySet(words: [
        "profit", "profits", "revenue", "revenues", "sales", "earnings", "loss", "losses", "income", "margin", "margins",
        "results", "output", "dividend", "turnover", "ebitda", "deliveries", "shipments", "orders", "volumes", "growth",
        "guidance", "production", "spending", "demand", "exports", "imports",
    ])

    /// The base forms of verbs of change a forecast for a half-year holds ("expected to grow in the second half",
    /// "should pick up in the second half", "H2 margins to widen"). No verb of reporting ("report", "post", "show"): a
    /// future report may be on the half just ended.
    static let changeVerbs = KeySet(words: [
        "improve", "rise", "grow", "recover", "rebound", "pick", "slow", "accelerate", "strengthen", "weaken", "ease",
        "moderate", "stabilise", "stabilize", "expand", "contract", "decline", "increase", "widen", "narrow", "revive",
        "soften", "cool", "recoup", "bounce",
    ])

    /// Whether a verb of change (``changeVerbs``) stands within six words of the half-year `first…last`, in its sentence.
    func forecastsChange(around first: Int, last: Int) -> Bool {
        let sentence = tokens[first].sentence
        var position = max(0, first - 6)
        while position < tokens.count, position <= last + 6 {
            if tokens[position].sentence == sentence, position < first || position > last, isWord(position),
               Self.changeVerbs.contains(key(position)) { return true }
            position += 1
        }
        return false
    }

    /// Words of a game's play: a half or a quarter in a sentence with one of them is the game's ("Rooney equalized early in
    /// the second half", "Brady threw two touchdown passes in the first quarter"). No word that business copy also uses
    /// ("points", "goal", "net", "rebounds", "game": "the game maker's net profit rebounded in the fourth quarter").
    static let playWords = KeySet(words: [
        "scored", "scoring", "touchdown", "touchdowns", "halftime", "equalized", "equalised", "equalizer", "equaliser",
        "outscored", "interception", "interceptions", "fumble", "fumbled", "yards", "quarterback", "striker", "midfielder",
        "goalkeeper", "layup", "dunk", "kickoff", "netted", "offside",
        // Officials, players and incidents of a match, and the periods of cricket and baseball: "was sent to the stands in
        // the second half after arguing with the referee", "the hooker was sin-binned in the first half", "Curry hit five
        // three-pointers in the third quarter", "substituted in the first half with a hamstring injury".
        "referee", "referees", "umpire", "umpires", "linesman", "inning", "innings", "wicket", "wickets", "goalie", "winger",
        "binned", "carded", "pointers", "outrebounded", "fouled", "substituted", "hamstring", "limped", "coach", "match",
        // The minute of a match's clock, its defenders and keepers, a header ("struck in the 30th minute and again early
        // in the second half", "the keeper was beaten twice in the first half"). Not "goal", "led", "trailed", "booked",
        // "conceded", "tackle", "penalty" or "possession", which business and political copy use beside a half too.
        "minute", "defender", "defenders", "keeper", "header", "equalising", "equalizing",
    ])

    /// Times that are no year, after "the first half of" or "the third quarter of": the half or quarter is theirs, no
    /// calendar `H`/`Q` ("the second half of the season", "the first half of the week", "the second half of the winter").
    static let nonCalendarWholes = KeySet(words: [
        "season", "seasons", "week", "weekend", "day", "night", "morning", "afternoon", "evening",
        "winter", "summer", "spring", "autumn", "fall",
    ])

    /// Words of a company's results: a sentence with one of them is about a fiscal period even when it has a word of play
    /// ("The company scored a record profit in the fourth quarter").
    static let resultWords = KeySet(words: ["profit", "profits", "sales", "revenue", "revenues", "earnings", "percent", "loss",
                                            "losses", "income", "shares", "growth", "economy"])

    /// Whether the sentence of `index` holds a word of a company's results (``resultWords``) and none of a game's play
    /// (``playWords``), up to 20 words each way (``playAndResults(around:)``; "half-time" is no word of play here).
    func reportsResults(around index: Int) -> Bool {
        let scan = playAndResults(around: index)
        return scan.results && !scan.play
    }

    /// Whether the sentence around `index` (up to 20 words each way) tells of a game's play (``playWords``) and not of a
    /// company's results (``resultWords``). A word of play in the sentence before or after counts too (a match report:
    /// "Kane limped off in the first half. The striker did not return."); a word of results only in the sentence itself.
    func tellsOfPlay(around index: Int) -> Bool {
        let scan = playAndResults(around: index)
        return !scan.results && (scan.play || scan.interval || scan.playNextDoor)
    }

    /// The words of play and of results up to 20 words each way of `index`, the one scan ``reportsResults(around:)`` and
    /// ``tellsOfPlay(around:)`` read with opposite verdicts: whether its sentence holds a word of ``resultWords``, one of
    /// ``playWords``, a match's "half-time" written with a dash (`interval`), and whether the sentence before or after
    /// holds a word of play (`playNextDoor`).
    private func playAndResults(around index: Int) -> (results: Bool, play: Bool, interval: Bool, playNextDoor: Bool) {
        let sentence = tokens[index].sentence
        var scan = (results: false, play: false, interval: false, playNextDoor: false)
        var position = max(0, index - 20)
        while position < tokens.count, position <= index + 20 {
            let other = tokens[position].sentence
            if other == sentence {
                let word = key(position)
                if Self.resultWords.contains(word) { scan.results = true }
                if Self.playWords.contains(word) { scan.play = true }
                // "led 1-0 at half-time": the interval of a match, written with a dash.
                if word == K.time && position >= 2 && key(position - 2) == K.half && isDash(position - 1) { scan.interval = true }
                // Both in the sentence: neither reader's verdict can change.
                if scan.results && scan.play { break }
            } else if other + 1 == sentence || other == sentence + 1, Self.playWords.contains(key(position)) {
                scan.playNextDoor = true
            }
            position += 1
        }
        return scan
    }

    /// The year written after a quarter or half label ending at `last`: "Q4 2022", "Q3 of 2022", "Q3 FY23".
    func labelYear(after last: inout Int, mention: inout Mention) {
        let yearIndex = has(last + 1, .of) && isNumber(last + 2) ? last + 2 : last + 1
        if isWrittenYear(at: yearIndex) {
            mention.year = Int(tokens[yearIndex].number)
            mention.anchor = .absolute
            last = yearIndex
        } else if apostrophe(last + 1), isNumber(last + 2),
                  !tokens[last + 2].spaceBefore, tokens[last + 2].digits == 2, !isWord(last + 3) || tokens[last + 3].spaceBefore {
            // "Q4'12", "H1 '13": a two-digit year, pivoted on the dateline as "'98" is.
            mention.year = Int(tokens[last + 2].number)
            last += 2
        } else if key(last + 1) == K.fy, let fiscal = matchFiscal(at: last + 1), fiscal.rangeEnd == nil {
            mention.year = fiscal.mention.year
            mention.anchor = fiscal.mention.anchor
            last = fiscal.last
        }
    }

    /// The period word at `index` after the ordinal `ordinal` that opens the expression at `first` (or after "21st"): a
    /// quarter or a half (with a verb of expecting before it, ``Mention/expectedAhead``; a half beside a verb of change,
    /// ``Mention/forecastChange``), a century ("the 4th century BC"), a decade of a century ("the first decade of the
    /// century"); then the period after "of" ("of 2013", "of last year", "of the 19th century") and a fiscal quarter's
    /// closing day ("the fiscal third quarter ended Feb. 28"). `nil` for a count ("the third quarter in a row"), a game's
    /// half or quarter in news, or a part of something that is no period ("the second half of the match").
    func matchOrdinalPeriodWord(at index: Int, ordinal: Int, first: Int) -> Recognized? {
        var unitIndex = index
        if isDash(unitIndex), !tokens[unitIndex].spaceBefore { unitIndex += 1 }
        // "the third fiscal quarter", "the third calendar quarter of this year"
        if key(unitIndex) == K.fiscal || key(unitIndex) == K.calendar,
           info(unitIndex + 1).unit == .quarter || info(unitIndex + 1).unit == .half { unitIndex += 1 }
        let unit = info(unitIndex)
        var mention = Mention()
        mention.anchor = .implicit
        if unit.unit == .quarter, ordinal <= 4, !unit.plural {
            mention.unit = .quarter
            mention.quarter = ordinal
            mention.expectedAhead = TenseReader.followsExpectation(first, tokens: tokens, infos: infos)
        } else if unit.unit == .half, ordinal <= 2, !unit.plural {
            mention.unit = .half
            mention.half = ordinal
            mention.forecastChange = forecastsChange(around: first, last: unitIndex)
            mention.expectedAhead = TenseReader.followsExpectation(first, tokens: tokens, infos: infos)
        } else if unit.tags.contains(.century) && ordinal <= 30 || unit.unit == .millennium && ordinal <= 3 && !unit.plural {
            // "the 4th century", "the third millennium" (`2`, by its first digit).
            mention.unit = .century
            mention.millennium = unit.unit == .millennium
            mention.century = ordinal - 1
            mention.anchor = .absolute
            // "the 4th century BC", "the first millennium BC" (`BC0`): stored −(k + 1), as `Period` reads it.
            if let era = eraAfter(unitIndex), era.bc {
                mention.century = -ordinal
                return Recognized(first: first, last: era.last, mention: mention)
            }
            return Recognized(first: first, last: unitIndex, mention: mention)
        } else if unit.unit == .decade, ordinal <= 10, !unit.plural, has(unitIndex + 1, .of), has(unitIndex + 2, .the) || key(unitIndex + 2) == K.this,
                  info(unitIndex + 3).unit == .century, !info(unitIndex + 3).plural, !apostrophe(unitIndex + 4) {
            // "the first decade of the century", "the third decade of this century": within the dateline's century (a
            // history's: the story's).
            mention.unit = .decade
            mention.decadeInCentury = ordinal - 1
            return Recognized(first: first, last: unitIndex + 3, mention: mention)
        } else if unit.unit == .decade, ordinal <= 10, !unit.plural, has(unitIndex + 1, .of),
                  let whole = matchSingle(at: unitIndex + 2), let century = whole.mention.century, !whole.mention.millennium,
                  whole.mention.part == nil {
            // "the first decade of the 21st century": that decade of a named century (200).
            mention.unit = .decade
            mention.decade = century * 10 + ordinal - 1
            mention.anchor = .absolute
            return Recognized(first: first, last: whole.last, mention: mention)
        } else {
            return nil
        }
        var last = unitIndex
        // "for the second quarter in a row", "the third quarter running": a count of periods, not a date.
        if key(last + 1) == K.in_ && key(last + 2) == K.a && key(last + 3) == K.row || key(last + 1) == K.running { return nil }
        // News: "scored twice in the second half", "30 points in the fourth quarter": a half or a quarter of a game, not of a
        // year, when the sentence tells of play (no value: the game's day is another expression's).
        if !narrative, mention.unit == .quarter || mention.unit == .half, !has(last + 1, .of), tellsOfPlay(around: first) { return nil }
        if has(last + 1, .of), var whole = periodAfterOf(at: last + 2), whole.mention.unit == .decade || whole.mention.unit == .century {
            // "the second half of the 19th century", "the first quarter of the century": that period's start, middle or end.
            let part: Mention.Part = ordinal == 1 ? .start : ordinal == (mention.unit == .half ? 2 : 4) ? .end : .middle
            whole.first = first
            whole.mention.part = part
            whole.mention.mod = part.mod
            return whole
        }
        if has(last + 1, .of) {
            let yearIndex = has(last + 2, .fiscal) ? last + 3 : last + 2
            if isWrittenYear(at: yearIndex) {
                mention.year = Int(tokens[yearIndex].number)
                mention.anchor = .absolute
                // "the first quarter of 2013-14", "the third quarter of FY2012-13", "the second half of 2012/13": a fiscal
                // split year's quarter, valued by the year the fiscal year closes in (its name, as "FY2013-14" and "Q1
                // FY2013-14" are): the first quarter of 2013-14 is "the first quarter of fiscal 2014", 2014-Q1.
                // ("of 2013-2014" likewise, `fiscalSplitEnd`.)
                if let split = fiscalSplitEnd(after: yearIndex) {
                    mention.year = split.year
                    last = split.last
                } else {
                    last = yearIndex
                }
            } else if let relative = relativeYear(at: last + 2) {
                mention.relativeYear = relative.offset
                last = relative.last
            } else {
                // "the second half of the match", "the first quarter of the game": a part of something that is no period.
                let object = has(last + 2, [.the, .determiner]) ? last + 3 : last + 2
                if isWord(object), !info(object).isTimeWord, !has(object, .fiscal) { return nil }
                // "the second half of the season", "the first quarter of this season", "the second half of the 2022-23
                // season", "the first half of the week", "the second half of the winter": a part of a time that is no
                // year (a season of play, a week, a day, a season of weather) is no calendar half or quarter.
                var noun = object
                if isNumber(noun) { noun = (splitYearSuffix(after: noun) ?? noun) + 1 }
                if Self.nonCalendarWholes.contains(key(noun)) { return nil }
            }
        }
        // "the fiscal third quarter ended Feb. 28", "its fourth quarter ending June 30": a fiscal quarter keeps its number
        // and takes the year of the day it ends on (TimeBank: "its fourth quarter ended June 30" is 1989-Q4).
        // ("…, which ended May 31": the relative clause says the same.)
        // "the second quarter ending in March", "…, which ends in March": a month alone closes it on its last day.
        let connector = punct(last + 1, ",") && key(last + 2) == K.which ? last + 3 : key(last + 1) == K.that ? last + 2 : last + 1
        if mention.year == nil, mention.relativeYear == nil,
           Self.endsWords.contains(key(connector)),
           let end = matchMonthFirst(at: key(connector + 1) == K.in_ ? connector + 2 : connector + 1, context: true),
           let month = end.mention.month, end.mention.day != nil || end.rangeEnd == nil {
            mention.month = month
            mention.day = end.mention.day ?? Self.lastDayOfMonth[month - 1]
            mention.year = end.mention.year
            mention.quarterEnding = true
            mention.periodEnded = key(connector) == K.ended
            if end.mention.year != nil { mention.anchor = end.mention.anchor }
        }
        return Recognized(first: first, last: last, mention: mention)
    }

    /// The last token of the next year's two digits written after the four-digit year at `index`, joined by a dash (or a
    /// slash, when `slash`) without spaces: "2021-22", "2013-14", "2012/13"; `nil` when none follows. Only two digits
    /// (``closesSplitYear(_:after:full:)`` not `full`) and no guard after them: the label readers that call it take
    /// "2021-22" whole and leave "2021-2022" to the year span.
    func splitYearSuffix(after index: Int, slash: Bool = true) -> Int? {
        guard isDash(index + 1) || slash && punct(index + 1, "/"), !tokens[index + 1].spaceBefore, isNumber(index + 2),
              !tokens[index + 2].spaceBefore, closesSplitYear(index + 2, after: index, full: false) else { return nil }
        return index + 2
    }

    /// "ends", "closes": present-tense verbs that close a numbered period on the date after them ("the second quarter,
    /// which ends in March").
    static let endsWords = KeySet(words: ["ends", "closes", "ended", "ending"])

    // MARK: Fiscal years: "fiscal 1998", "fiscal year 1999"

    /// "fiscal", or the British and Commonwealth "financial" before "year" ("the current financial year", "last financial
    /// year"): a word that makes the year after it a fiscal one.
    func isFiscal(_ index: Int) -> Bool {
        key(index) == K.fiscal || key(index) == K.financial && info(index + 1).unit == .year
    }

    /// Possessive determiners before a fiscal year: "its fiscal year", "their fiscal year".
    static let possessiveDeterminers = KeySet(words: ["its", "their", "our", "his", "her"])

    /// Whether a possessive stands right before `index`: a possessive determiner, or a name or a noun with "'s"
    /// ("Japan's", "the company's").
    func isPossessive(before index: Int) -> Bool {
        Self.possessiveDeterminers.contains(key(index - 1)) || key(index - 1) == K.s && apostrophe(index - 2) && isWord(index - 3)
    }

    func matchFiscal(at index: Int) -> Recognized? {
        var next = index + 1
        // "fiscal second-quarter", "the fiscal-first quarter"
        let periodIndex = isDash(next) ? next + 1 : next
        if var period = matchOrdinalPeriod(at: periodIndex), period.mention.unit == .quarter || period.mention.unit == .half {
            period.first = index
            return period
        }
        if key(next) == K.year { next += 1 }
        var mention = Mention()
        mention.unit = .year
        // "FY23", "FY 23": a two-digit fiscal year, pivoted on the dateline like "'98".
        if key(index) == K.fy, isCapitalized(index), isNumber(next), tokens[next].digits == 2, !tokens[next].flags.contains(.decimal),
           !isWord(next + 1) || tokens[next + 1].spaceBefore {
            mention.year = Int(tokens[next].number)
            mention.anchor = .implicit
            // "FY22-23": the split fiscal year is the one "FY23" names.
            if let split = fiscalSplitEnd(after: next) {
                mention.year = split.year
                return Recognized(first: index, last: split.last, mention: mention)
            }
            return Recognized(first: index, last: next, mention: mention)
        }
        // News: "Japan's fiscal year", "the company's fiscal year", "its fiscal year": after a possessive, "fiscal year" is
        // the year "the fiscal year" is, the dateline's, the possessive left out as TimeBank leaves it out of "its [fourth
        // quarter]" and "the company's [third-quarter]" (not before its own number or a date it ends or opens on).
        if !narrative, next == index + 2, key(index) == K.fiscal, !info(index + 1).plural, !isNumber(next), isPossessive(before: index),
           key(next) != K.ended, key(next) != K.ending, !Self.openingConnectors.contains(key(next)) {
            mention.anchor = .dateline
            return Recognized(first: index, last: index + 1, mention: mention)
        }
        guard isWrittenYear(at: next) else { return nil }
        mention.year = Int(tokens[next].number)
        // "FY2022-23", "fiscal 2022/23", "fiscal year 2022-2023": the year it closes in, as "FY23" and "fiscal 2023" name it.
        if let split = fiscalSplitEnd(after: next) {
            mention.year = split.year
            return Recognized(first: index, last: split.last, mention: mention)
        }
        return Recognized(first: index, last: next, mention: mention)
    }

    /// The closing year of a split fiscal year whose first year is the number at `index`: "2022-23", "2022/23",
    /// "2022–2023", "22-23" (only the next year, written with the same digits or two; not a range of counts, "2022-23 people").
    /// A fiscal year across two calendar years is valued as the year it closes in: India's and Australia's "FY23" is the
    /// financial year 2022-23, and "fiscal 2023" is the US year that closes in 2023 (TIMEX3 has no value for one year
    /// across two). The joiner is a dash or a slash (``splitYearEnd(after:)``, read inside ``isYear(at:afterName:)``, takes
    /// only the slash), and the closing year is no decimal and opens no further span ("2022-23-24").
    func fiscalSplitEnd(after index: Int) -> (last: Int, year: Int)? {
        let end = index + 2
        guard isDash(index + 1) || punct(index + 1, "/"), !tokens[index + 1].spaceBefore, isNumber(end), !tokens[end].spaceBefore,
              !tokens[end].flags.contains(.decimal), !isNumber(end + 2) || !punct(end + 1, "/") && !isDash(end + 1),
              closesSplitYear(end, after: index, full: tokens[index].digits == 4) else { return nil }
        // "FY22-23": two digits close two digits, the pivot left to the reader.
        return (end, tokens[index].digits == 2 ? Int(tokens[end].number) : Int(tokens[index].number) + 1)
    }

    /// A fiscal year written as a split year before or after its words: "financial year 2023-24", "Budget 2023-24", "the
    /// 2022-23 fiscal year", "the 2022/23 tax year" (the year it closes in, `fiscalSplitEnd`); `nil` for a split year alone ("the 2022-23
    /// season", "2022-23": two years, a range).
    func fiscalSplitYear(at index: Int) -> Recognized? {
        guard let split = fiscalSplitEnd(after: index) else { return nil }
        var mention = Mention()
        mention.unit = .year
        mention.year = split.year
        mention.anchor = .absolute
        // "financial year 2023-24"; India's "Union Budget 2023-24", a budget named by the year it is for.
        if info(index - 1).unit == .year && !info(index - 1).plural && isFiscal(index - 2) || key(index - 1) == K.budget {
            return Recognized(first: index, last: split.last, mention: mention)
        }
        let words = split.last + 1
        guard isFiscal(words) || key(words) == K.tax || key(words) == K.budget, info(words + 1).unit == .year,
              !info(words + 1).plural, key(words + 2) != K.ended, key(words + 2) != K.ending else { return nil }
        return Recognized(first: index, last: words + 1, mention: mention)
    }
}
