/// Expressions that start with "the": "the 1990s", "the past three years", "the year-ago quarter", "the weekend",
/// and the story-time phrases of histories ("that time", "the same time").
extension Recognizer {
    // MARK: "the …": "the 1990s", "the past three years", "the end of the year", "the weekend"

    /// The nouns that make a holiday's name a period's ("the Thanksgiving holiday", "the Easter holidays").
    static let holidayPeriodNouns = KeySet(words: ["holiday", "holidays", "weekend", "week"])
    /// Nouns that a lowercase "new year" before them modifies ("the new year sales", "the new year honours list"), which
    /// makes it no date of its own.
    static let newYearThingNouns = KeySet(words: [
        "sale", "sales", "honours", "honors", "resolution", "resolutions", "message", "messages", "address", "speech",
        "celebration", "celebrations", "festivities", "party", "parties", "fireworks", "concert", "bonus", "bonuses", "rush",
        "deals", "offers", "discounts", "getaway", "greetings", "tradition", "traditions", "card", "cards", "dinner", "parade",
    ])
    /// New Year's Day in ``Holiday/all``.
    static let newYearsDay = Holiday.all.firstIndex { $0.words == ["new", "year", "s", "day"] }
    /// The words of the year-end holidays' season before "season" or "period" ("the holiday season", "the festive period").
    static let holidaySeasonWords = KeySet(words: ["holiday", "festive", "christmas", "xmas", "yuletide"])

    /// Words after a report's "on the day" that leave it the story's day ("down 1.2 percent on the day against the dollar").
    static let dayReportFollowers = KeySet(words: ["against", "versus", "vs", "but", "while", "as"])

    /// Whether a day's date ends right before the comma at `comma`: "Oct. 12", "October 12, 1989", "12 October", "Monday".
    private func restatesDate(before comma: Int) -> Bool {
        var last = comma - 1
        // "Oct. 12, 1989,": the year after the day.
        if isNumber(last), tokens[last].digits == 4, punct(last - 1, ",") { last -= 2 }
        if isWord(last), info(last).weekday != 0, isCapitalized(last) { return true }
        if isWord(last), info(last).month != 0, isCapitalized(last) { return isNumber(last - 1) && tokens[last - 1].digits <= 2 }
        guard isNumber(last), tokens[last].digits <= 2 else { return false }
        let month = attachedPunct(last - 1, ".") ? last - 2 : last - 1
        return isWord(month) && info(month).month != 0 && isCapitalized(month)
    }

    func matchAfterThe(at index: Int) -> Recognized? {
        let next = index + 1
        // "the eve of Easter", "on the eve of Christmas": the day before it (not "the eve of the election", an event).
        if key(next) == K.eve, has(next + 1, .of), let eve = dateCounted(from: next + 2, unit: .day, count: -1, first: index) { return eve }
        // The three rules below need a unit word next ("day", "year", "month"): most words after "the" are none, and skip them
        // at one look-up.
        if info(next).unit != nil {
            // "closed little changed on the day", "up 0.4 percent on the day", "Turnout on the day was high": the day the
            // report is about, the story's day (TimeBank: "later in the day" is a DATE, the story's day), as "that day" is;
            // not "on the day of the vote", "on the day he died", "on the day before", whose day is another's.
            if key(index - 1) == K.on, info(next).unit == .day, !info(next).plural, isWord(next), !isCapitalized(next),
               !isWord(next + 1) || has(next + 1, [.pastAux, .beAux, .presentAux, .and]) || Self.dayReportFollowers.contains(key(next + 1)) {
                var mention = Mention()
                mention.anchor = .reference
                mention.unit = .day
                mention.reportDay = true
                return Recognized(first: index, last: next, mention: mention)
            }
            // "Oct. 12, the day before the stock market plunge", "on Monday, the day after the vote": set off after the date
            // it restates, the day counted from an event is that date (TimeBank tags it a DATE with that day's value), the
            // story's day as the date just read; not before a clause ("Nov. 3, the day before authorities issued a warrant":
            // AQUAINT leaves it), nor without a date before it ("the day before the results").
            if key(next) == K.day, punct(index - 1, ","), !isCapitalized(next), key(next + 1) == K.before_ || key(next + 1) == K.after_,
               has(next + 2, [.the, .determiner]), restatesDate(before: index - 1) {
                var mention = Mention()
                mention.anchor = .reference
                mention.unit = .day
                return Recognized(first: index, last: next, mention: mention)
            }
            // News: "In the year to date, the DAX has gained 4 percent", "sales in the month to date": the period so far, one
            // expression, as "year to date" ("the year" and a present "date" apart).
            if !narrative, key(next + 1) == K.to, key(next + 2) == K.date, var soFar = matchYearEnd(at: next) {
                soFar.first = index
                return soFar
            }
        }
        // "the fiscal year that begins Oct. 1", "the fiscal year starting in July", "the budget year beginning April 1": the
        // fiscal year that opens then (`Resolver`), as its own expression; the date stays another.
        if key(next) == K.fiscal || key(next) == K.budget, info(next + 1).unit == .year, !info(next + 1).plural,
           let opening = fiscalOpening(after: next + 1) {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .year
            mention.fiscalOpeningMonth = opening.month
            mention.fiscalOpeningToken = opening.token
            if let year = opening.year {
                mention.year = Mention.fiscalYear(openingIn: year, month: opening.month)
                mention.anchor = .absolute
            }
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        // News: "the fiscal year ending March 2014", "the financial year ending March 31, 2014": the fiscal year closing on
        // a month whose year is written, named as the one opening the month after (`Mention.fiscalYear`: 2013 for April
        // 2013 to March 2014); the date stays another. (Not "ended": see the rule for "the year ended March 31" below.)
        if !narrative, key(next + 2) == K.ending, isFiscal(next) || key(next) == K.budget, info(next + 1).unit == .year,
           !info(next + 1).plural, let closing = fiscalClosing(after: next + 2) {
            var mention = Mention()
            mention.anchor = .absolute
            mention.unit = .year
            mention.year = closing.month == 12 ? Mention.fiscalYear(openingIn: closing.year, month: 1)
                : Mention.fiscalYear(openingIn: closing.year - 1, month: closing.month + 1)
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        if Self.calendarMonthLeads.contains(key(next)), let month = calendarMonthPhrase(at: index) { return month }
        // Most words after "the" start nothing: leave at once ("the future", "the latest", "the full" start no
        // expression on their own but do after "the"). Only the histories' rules below look at other words first: in
        // news every rule before the guard needs a word that passes it ("near", "short", "next", an ordinal).
        let opens = mayStart(next) || Self.afterTheStarts.contains(key(next)) || key(next) == K.financial && info(next + 1).unit == .year
            || key(next) == K.final && info(next + 1).weekday != 0
        if !opens && !narrative { return periodEdge(at: index) }
        // "the 15th of each month", "the first Sunday of every month": a set (a number or an ordinal first, "of" two after).
        if isNumber(next) || info(next).ordinal > 0 || key(next) == K.last, has(next + 1, .of) || has(next + 2, .of) || has(next + 3, .of),
           let monthly = matchMonthlySet(at: index) { return monthly }
        // "at the the end of November": a doubled article; the expression starts at the second one.
        if has(index + 1, .the) { return nil }
        if key(next) == K.new, !isCapitalized(next), isWord(next + 1), !info(next + 1).plural {
            // News: "talks will resume in the new year": the year New Year's Day begins, that day placed as the holiday is
            // (days counted to it, "eight days before the new year", count to the day: left out, as in histories).
            // ("The new year sales began", "the new year honours list": "new year" before a noun is that noun's modifier,
            // no date.)
            if !narrative, info(next + 1).unit == .year, !isCapitalized(next + 1),
               !(info(index - 2).unit != nil && (key(index - 1) == K.before_ || key(index - 1) == K.after_)),
               !Self.newYearThingNouns.contains(key(next + 2)),
               let newYear = Self.newYearsDay {
                var mention = Mention()
                mention.unit = .year
                mention.holiday = newYear
                mention.anchor = .implicit
                mention.yearOfHoliday = true
                return Recognized(first: index, last: next + 1, mention: mention)
            }
            // "the new millennium", "the new century": the one whose start is nearest the dateline (a history's: the
            // story's time), so the coming one in 1999 news and the current one in 2013 (not "the new century-old bridge").
            if let unit = info(next + 1).unit, unit == .millennium || unit == .century, !isDash(next + 2) {
                var mention = Mention()
                mention.anchor = narrative ? .reference : .dateline
                mention.unit = .century
                mention.millennium = unit == .millennium
                mention.nearestTurn = true
                return Recognized(first: index, last: next + 1, mention: mention)
            }
        }
        // "the holiday season", "the festive period", "the Christmas shopping season": the year-end holidays, the month of
        // Christmas their most specific TIMEX3 value (placed as "December" alone is).
        if Self.holidaySeasonWords.contains(key(next)) {
            let nounIndex = key(next + 1) == K.shopping ? next + 2 : next + 1
            // "the holiday quarter", "the Christmas quarter" (business copy): the calendar fourth quarter, placed as "the
            // fourth quarter" is.
            if let quarter = holidayQuarter(at: next, first: index) { return quarter }
            // ("the holiday period" may be Easter's or the summer's in British news: only its season.)
            if info(nounIndex).unit == .season || key(nounIndex) == K.period && key(next) != K.holiday, !info(nounIndex).plural,
               isWord(nounIndex) {
                var mention = Mention()
                mention.unit = .month
                mention.month = 12
                mention.anchor = .implicit
                return Recognized(first: index, last: nounIndex, mention: mention)
            }
        }
        // News: "over the holidays", "after the holidays": the year-end holidays, December as "the holiday season" is, near
        // the year's end only (`Mention.yearEndHolidays`: the timeline drops it at other datelines, when "the holidays"
        // may be Easter's or the summer's).
        if !narrative, key(next) == K.holidays, !isCapitalized(next), !has(next + 1, .of), !isCapitalized(next + 1) || !isWord(next + 1) {
            var mention = Mention()
            mention.unit = .month
            mention.month = 12
            mention.anchor = .implicit
            mention.yearEndHolidays = true
            return Recognized(first: index, last: next, mention: mention)
        }
        // "the Memorial Day weekend", "the Easter holidays", "the Thanksgiving holiday", "the Holy Week": a period named
        // after a holiday takes its article, as "the weekend" does (not "the Christmas tree", "the Easter Rising").
        if info(next).holiday != 0, var holiday = matchHoliday(at: next), holiday.rangeEnd == nil {
            if holiday.mention.weekOfDay || Self.holidayPeriodNouns.contains(key(holiday.last)) {
                holiday.first = index
                return holiday
            }
            // "the Mid-Autumn Festival": a holiday whose first word starts other expressions ("the mid-1990s") is the
            // holiday's name (without the article, as "the Lantern Festival").
            if !info(next).tags.isDisjoint(with: WordInfo.startTags) { return holiday }
        }
        // "the October-December quarter", "the July-September period", "the April-June quarter": a calendar quarter
        // written as its months (a range of other months stays one: "the December-February quarter").
        if info(next).month != 0, isCapitalized(next), isDash(next + 1), var months = matchExpression(at: next),
           let end = months.rangeEnd, let startMonth = months.mention.month, let endMonth = end.mention.month,
           months.mention.day == nil, end.mention.day == nil, startMonth % 3 == 1, endMonth == startMonth + 2,
           key(end.last + 1) == K.quarter || key(end.last + 1) == K.period {
            var mention = Mention()
            mention.unit = .quarter
            mention.quarter = (startMonth - 1) / 3 + 1
            mention.anchor = .implicit
            if let year = end.mention.year ?? months.mention.year {
                mention.year = year
                mention.anchor = .absolute
            }
            months = Recognized(first: index, last: end.last + 1, mention: mention)
            return months
        }
        // "the December quarter", "the March quarter" (Reuters, Asian and Australian reports): the quarter ending in that
        // month, the calendar quarter most of it falls in, as "the quarter ended Dec. 31".
        if info(next).month != 0, isCapitalized(next), info(next + 1).unit == .quarter, !info(next + 1).plural, isWord(next + 1) {
            var mention = Mention()
            mention.unit = .quarter
            mention.anchor = .implicit
            mention.month = Int(info(next).month)
            mention.day = 28
            mention.quarterEnding = true
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        // "the first Tuesday in November", "the second Sunday of May 2013", "the last Friday in March": that weekday counted
        // in the month named.
        if info(next + 1).weekday != 0, isCapitalized(next + 1), has(next + 2, .of) || key(next + 2) == K.in_,
           let nth = weekdayCount(at: next),
           info(next + 3).month != 0, var month = matchMonthFirst(at: next + 3, context: true), month.mention.day == nil {
            month.first = index
            month.mention.unit = .day
            month.mention.weekday = Int(info(next + 1).weekday)
            month.mention.nthWeekday = nth
            return month
        }
        // "the last Friday of the month", in histories "the first Monday of this month": that weekday counted in the story's
        // month.
        if info(next + 1).weekday != 0, isCapitalized(next + 1), has(next + 2, .of), let nth = weekdayCount(at: next),
           key(next + 3) == K.the || narrative && key(next + 3) == K.this, info(next + 4).unit == .month, !info(next + 4).plural, isWord(next + 4) {
            var mention = Mention()
            mention.anchor = .reference
            mention.monthFromReference = true
            mention.unit = .day
            mention.weekday = Int(info(next + 1).weekday)
            mention.nthWeekday = nth
            return Recognized(first: index, last: next + 4, mention: mention)
        }
        // News: "the last Thursday of next month", "the first Monday of this month", "the final Friday of the year", "the
        // second Tuesday of 2024": that weekday counted in the month or year named (`unit` stays the month's or year's:
        // the resolver places the period, then counts the weekday in it).
        if !narrative, info(next + 1).weekday != 0, isCapitalized(next + 1), has(next + 2, .of) || key(next + 2) == K.in_,
           let nth = weekdayCount(at: next), var whole = countedWeekdayPeriod(at: next + 3) {
            whole.first = index
            whole.mention.weekday = Int(info(next + 1).weekday)
            whole.mention.nthWeekday = nth
            return whole
        }
        // "in the near term", "in the short term": the future ("the short-term debt" is an adjective).
        if key(index + 1) == K.near || key(index + 1) == K.short, key(index + 2) == K.term, !isDash(index + 2) {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "FUTURE_REF"
            return Recognized(first: index, last: index + 2, mention: mention)
        }
        // "over the next decade", "for the coming decade": the ten years ahead, a length as "the past decade" is.
        if key(index + 1) == K.next || key(index + 1) == K.coming, info(index + 2).unit == .decade, !info(index + 2).plural,
           Self.decadeSpanPrepositions.contains(key(index - 1)) {
            return length("P10Y", first: index, last: index + 2)
        }
        // "Today is the eighth day of Desert Shield", "it's the second day of an offensive": in news, the dateline's day.
        if !narrative, info(index + 1).ordinal > 0, info(index + 2).unit == .day, !info(index + 2).plural, key(index + 3) == K.of,
           key(index - 1) == K.is_ || (key(index - 1) == K.s && apostrophe(index - 2)) {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .day
            return Recognized(first: index, last: index + 2, mention: mention)
        }
        // Histories: "for the time being", "which was at the time being formalized": the present of the story.
        if narrative, key(index + 1) == K.time, key(index + 2) == K.being {
            var mention = Mention()
            mention.unit = .none
            mention.reference = "PRESENT_REF"
            return Recognized(first: index, last: index + 2, mention: mention)
        }
        if narrative, let phrase = matchStoryTime(at: index) { return phrase }
        if narrative, let day = matchDayOfEvent(at: index) { return day }
        // In news only after "on" and the prepositions of end points and ranges ("on the 3rd", "by the 31st", "from the
        // 25th to the 28th"; not "in the 3rd", an inning or a round).
        if narrative || key(index - 1) == K.on || Self.dayOfMonthPrepositions.contains(key(index - 1)),
           let day = matchDayOfMonth(at: index) { return day }
        guard opens else { return periodEdge(at: index) }
        let nextKey = key(next)
        // "the week before last", "the year after next": two units from the dateline's ("the day before yesterday" in
        // matchDayAround).
        if let unit = info(next).unit, !info(next).plural, unit != .second, unit != .minute, unit != .hour, unit != .day,
           key(next + 1) == K.before_ || key(next + 1) == K.after_ {
            let before = key(next + 1) == K.before_
            let end = key(next + 2)
            if end == (before ? K.last : K.next) {
                var mention = Mention()
                mention.anchor = .dateline
                mention.unit = Granularity(unit)
                mention.offset = before ? -2 : 2
                if unit == .weekend { mention.weekday = 6 }
                return Recognized(first: index, last: next + 2, mention: mention)
            }
        }
        // "the Tuesday after next", "the Friday before last": that weekday two weeks from the dateline's week (not "the Tuesday
        // after next week's vote").
        if info(next).weekday != 0, key(next + 1) == K.after_ || key(next + 1) == K.before_, info(next + 3).unit == nil {
            let before = key(next + 1) == K.before_
            if key(next + 2) == (before ? K.last : K.next) {
                var mention = Mention()
                mention.anchor = .dateline
                mention.weekday = Int(info(next).weekday)
                mention.weekdayRelation = .week(before ? -2 : 2)
                return Recognized(first: index, last: next + 2, mention: mention)
            }
        }
        if let around = matchDayAround(at: index) { return around }
        // "the past", "the future", "the present", "the recent past", "the near future"
        if nextKey == K.past || nextKey == K.future || nextKey == K.present || nextKey == K.recent || nextKey == K.near {
            var last = next
            var reference: String? = nextKey == K.past ? "PAST_REF" : nextKey == K.future ? "FUTURE_REF" : nextKey == K.present ? "PRESENT_REF" : nil
            if nextKey == K.recent, key(next + 1) == K.past { reference = "PAST_REF"; last = next + 1 }
            if nextKey == K.near, key(next + 1) == K.future { reference = "FUTURE_REF"; last = next + 1 }
            // "at the present time": the present, the noun with it.
            if nextKey == K.present, key(next + 1) == K.time { last = next + 1 }
            let following = info(last + 1)
            if let reference, following.unit == nil, following.cardinal < 0, !isNumber(last + 1),
               !Self.vagueCountKeys.contains(key(last + 1)) {
                var mention = Mention()
                mention.reference = reference
                mention.unit = .none
                return Recognized(first: index, last: last, mention: mention)
            }
        }
        // Histories: "the night of 10 August 1792", "the morning of April 19": that part of that day (news corpora
        // annotate the date alone).
        // "the early morning hours of 30 April" too.
        let partIndex = key(next) == K.early || key(next) == K.late ? next + 1 : next
        let ofIndex = key(partIndex + 1) == K.hours ? partIndex + 2 : partIndex + 1
        // A night across two days is the first one's ("the night of 3-4 May", "the night of 13 February - 14 February").
        if narrative, info(partIndex).partOfDay != 0, has(ofIndex, .of), let day = matchExpression(at: ofIndex + 1),
           day.mention.kind == .date, day.mention.day != nil || day.mention.weekday != nil, day.mention.unit == .day {
            var result = day
            result.rangeEnd = nil
            result.first = index
            result.mention.kind = .time
            result.mention.unit = .partOfDay
            result.mention.partOfDay = Int(info(partIndex).partOfDay)
            return result
        }
        // "placed buy orders in the morning", "In the morning, the division crossed": that part of the story's day.
        // Not "in the morning session" (an attribute).
        if info(next).partOfDay != 0, isWord(next), !has(next + 1, .of), Self.partPrepositions.contains(key(index - 1)),
           !isWord(next + 1) || has(next + 1, [.preposition, .clauseBreak, .pronounSubject, .and, .determiner]) {
            var mention = Mention()
            mention.kind = .time
            mention.anchor = .reference
            mention.unit = .partOfDay
            mention.partOfDay = Int(info(next).partOfDay)
            return Recognized(first: index, last: next, mention: mention)
        }
        // "in the early hours", "the small hours", "the early morning hours", "the early hours of the morning": the start of
        // the story's morning (not "the early hours of Thursday morning", where the day is the expression).
        if info(next + 1).unit == .hour || info(next + 2).unit == .hour, Self.smallHoursStarts.contains(nextKey) {
            let hoursIndex = nextKey == K.early && info(next + 1).partOfDay == 1 ? next + 2 : next + 1
            if key(hoursIndex) == K.hours {
                var last = hoursIndex
                if has(last + 1, .of), has(last + 2, .the), info(last + 3).partOfDay == 1 { last += 3 }
                if !(has(last + 1, .of) && matchExpression(at: last + 2) != nil) {
                    return Recognized(first: index, last: last, mention: .partOfDay(1, mod: "START"))
                }
                // News: "the early hours of Saturday", "the small hours of March 10": the start of that day's morning, one
                // expression (not "the early hours of Thursday morning": AQUAINT annotates the day and its part alone).
                if !narrative, last == hoursIndex, has(last + 1, .of), var day = matchExpression(at: last + 2), day.rangeEnd == nil,
                   day.mention.kind == .date, day.mention.unit == .day, day.mention.part == nil {
                    day.first = index
                    day.mention.kind = .time
                    day.mention.unit = .partOfDay
                    day.mention.partOfDay = 1
                    day.mention.mod = "START"
                    return day
                }
            }
        }
        // "the turn of the century": the start of the dateline's century (in a history, the story's); "the turn of the 20th
        // century": the start of that one (19 START).
        if nextKey == K.turn, has(next + 1, .of) {
            var mention = Mention()
            var last = next + 3
            if has(next + 2, .the), info(next + 3).unit == .century, !info(next + 3).plural {
                mention.anchor = narrative ? .reference : .dateline
                mention.unit = .century
                mention.centuryTurn = true
            } else if !narrative, has(next + 2, .the), info(next + 3).unit == .millennium, !info(next + 3).plural {
                // News: "the turn of the millennium", the year 2000 give or take (the only turn news of this era means).
                mention.anchor = .absolute
                mention.unit = .year
                mention.year = 2000
                mention.mod = "APPROX"
                mention.approximate = true
                return Recognized(first: index, last: last, mention: mention)
            } else if let named = matchSingle(at: next + 2),
                      named.mention.century != nil || !narrative && named.mention.unit == .century && named.mention.offset == -1,
                      named.mention.part == nil, named.rangeEnd == nil {
                // (News: "the turn of the last century", the start of the century before the dateline's.)
                mention = named.mention
                last = named.last
            } else {
                return nil
            }
            mention.part = .start
            mention.mod = Mention.Part.start.mod
            return Recognized(first: index, last: last, mention: mention)
        }
        if takesPeriodPart(next), let part = matchPeriodPart(at: index) { return part }
        // "the first hours (of the ground war)", "the early years", "the weeks ahead", "over the years": an unspecified
        // number of units (not "the early hours of Thursday morning", where the day is the expression).
        if let unit = Self.vagueStretchUnit(info(next + 1)), Self.stretchStarts.contains(key(next)),
           !(has(next + 2, .of) && matchExpression(at: next + 3) != nil) {
            return length(durationValue(count: 0, unit: unit), first: index, last: next + 1)
        }
        // "over the years", but not "over the years 1751-1777", "throughout the years of the war" (a span the text names).
        if let unit = Self.vagueStretchUnit(info(next)),
           key(next + 1) == K.ahead || Self.spanPrepositions.contains(key(index - 1)) && !has(next + 1, .of) && !isNumber(next + 1) {
            return length(durationValue(count: 0, unit: unit), first: index, last: key(next + 1) == K.ahead ? next + 1 : next)
        }
        if info(next).tags.contains(.early) || info(next).tags.contains(.mid) || info(next).tags.contains(.late) {
            if var partial = matchPartOf(at: next) {
                // "the early October Battle of …": the article is the event's.
                if isNumber(partial.last) || !namesDatedEvent(partial.last) { partial.first = index }
                return partial
            }
        }
        // "the current fiscal year", "the current tax year": the dateline's year; "the latest fiscal year": the last complete one.
        if key(next) == K.current || key(next) == K.latest, isFiscal(next + 1) || key(next + 1) == K.tax, info(next + 2).unit == .year,
           !info(next + 2).plural, key(next + 3) != K.ended, key(next + 3) != K.ending {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .year
            mention.offset = key(next) == K.latest ? -1 : 0
            return Recognized(first: index, last: next + 2, mention: mention)
        }
        // "the latest quarter", "the most recent quarter": the quarter the text reports on.
        var unitIndex = next
        if key(next) == K.latest || (key(next) == K.most && key(next + 1) == K.recent) {
            unitIndex = key(next) == K.latest ? next + 1 : next + 2
            // "the latest nine months": the year to date, a length of time.
            if let (count, last) = cardinal(at: unitIndex).map({ ($0.value, $0.last) }), count > 1, let unit = info(last + 1).unit,
               info(last + 1).plural {
                var mention = Mention()
                mention.kind = .duration
                mention.unit = .none
                mention.fixedValue = durationValue(count: count, unit: unit)
                mention.yearToDate = unit == .month && count > 3 && count < 12
                return Recognized(first: index, last: last + 1, mention: mention)
            }
            guard info(unitIndex).unit == .quarter || key(unitIndex) == K.period, !info(unitIndex).plural else { return nil }
            // The last complete quarter before the dateline.
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .quarter
            mention.offset = -1
            return Recognized(first: index, last: unitIndex, mention: mention)
        }
        // "the year ended March 31", "the year to June", "the decade to 2020", "the month through June 24", "the fiscal year
        // beginning April 2015": a period closing (or opening) on a date, a duration in
        // TimeML. ("the fiscal year ended Jan. 31" is left out: its one TimeBank case is anchored on event nouns the
        // timeline's trigger does not reach, and the per-expression anchoring floor would drop.) The weekly figures' "the
        // week ended March 16", "the week ending March 16", "the week to March 15" likewise (not "the week beginning 25
        // March", the week that day opens).
        if let unit = info(next).unit, !info(next).plural,
           (unit == .year || unit == .decade || unit == .month) && closesOnDate(after: next)
            || unit == .week && (info(next + 2).month != 0 || isNumber(next + 2)) && !Self.openingConnectors.contains(key(next + 1))
                && closesOnDate(after: next) {
            return length(durationValue(count: 1, unit: unit), first: index, last: next)
        }
        // British and Australian results' "the half year ended 31 December", "the half-year to June": six months closing on
        // a date, as "the six months to June" (not "the half-year results", "the half year in review").
        if info(next).unit == .half, !info(next).plural {
            let year = isDash(next + 1) && !tokens[next + 1].spaceBefore ? next + 2 : next + 1
            if info(year).unit == .year, !info(year).plural, closesOnDate(after: year) {
                return length(durationValue(count: 6, unit: .month), first: index, last: year)
            }
        }
        // "the week to Friday", "the week ended Thursday": the markets' week closing on a weekday, likewise.
        if info(next).unit == .week, !info(next).plural, info(next + 2).weekday != 0,
           key(next + 1) == K.to || key(next + 1) == K.ended || key(next + 1) == K.ending || key(next + 1) == K.through,
           matchWeekday(at: next + 2) != nil {
            return length(durationValue(count: 1, unit: .week), first: index, last: next)
        }
        // "the week of March 6", British "the week beginning 25 March" ("starting", "commencing"): the ISO week holding that
        // day; "the weekend of March 16", "the weekend of 16-17 March": the weekend holding it.
        if info(next).unit == .week || info(next).unit == .weekend, !info(next).plural,
           has(next + 1, .of) || info(next).unit == .week && (key(next + 1) == K.beginning || key(next + 1) == K.starting
                                                             || key(next + 1) == K.commencing),
           var day = matchExpression(at: next + 2), day.rangeEnd == nil || info(next).unit == .weekend,
           day.mention.kind == .date, day.mention.day != nil, day.mention.unit == .day {
            day.first = index
            if let end = day.rangeEnd {
                day.last = end.last
                day.rangeEnd = nil
            }
            day.mention.unit = info(next).unit == .week ? .week : .weekend
            day.mention.weekOfDay = true
            return day
        }
        // "the last half of 1989", "the latter half of 2008": the second half-year.
        if key(next) == K.last || key(next) == K.latter, info(next + 1).unit == .half, !info(next + 1).plural, has(next + 2, .of),
           var period = matchOrdinalPeriodWord(at: next + 1, ordinal: 2, first: index), period.mention.unit == .half,
           period.mention.year != nil {
            period.first = index
            return period
        }
        // "the last half of the '80s": the decade, its end (the first half: its start).
        if key(next) == K.last || key(next) == K.latter || key(next) == K.first, info(next + 1).unit == .half, !info(next + 1).plural,
           has(next + 2, .of), var period = matchExpression(at: next + 3), period.rangeEnd == nil,
           period.mention.unit == .decade || period.mention.unit == .century {
            period.first = index
            period.mention.mod = key(next) == K.first ? "START" : "END"
            period.mention.part = key(next) == K.first ? .start : .end
            return period
        }
        if let counted = matchEdgeCount(at: index) { return counted }
        // "the comparable year-ago quarter", "the corresponding period last year", "the quarter a year ago":
        // the period reported on, a year before.
        if let comparison = matchPeriodAYearBefore(at: index) { return comparison }
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
        if isNumber(next), tokens[next].digits == 4, (1000...2199).contains(tokens[next].number), var period = matchOrdinalPeriod(at: next + 1),
           period.mention.unit == .quarter || period.mention.unit == .half, period.mention.year == nil {
            period.first = index
            period.mention.year = Int(tokens[next].number)
            period.mention.anchor = .absolute
            return period
        }
        // "the 1988 period", "the 1988 quarter": a period of that year.
        if isNumber(next), tokens[next].digits == 4, (1000...2199).contains(tokens[next].number),
           key(next + 1) == K.period || key(next + 1) == K.quarter {
            var mention = Mention()
            mention.unit = key(next + 1) == K.quarter ? .quarter : .year
            mention.year = Int(tokens[next].number)
            mention.quarterFromReference = key(next + 1) == K.quarter
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        // "the 2012 fiscal year", "the 2013 tax year": the article belongs to the year (`matchNumeric`).
        // "the 2022-23 fiscal year", "the 2022/23 financial year": one fiscal year (`fiscalSplitYear`).
        if isNumber(next), isFiscal(next + 1) || key(next + 1) == K.tax || isDash(next + 1) || punct(next + 1, "/"),
           var year = matchNumeric(at: next), year.rangeEnd == nil, year.last > next,
           isFiscal(year.last - 1) || key(year.last - 1) == K.tax || key(year.last - 1) == K.budget, info(year.last).unit == .year {
            year.first = index
            return year
        }
        // "the fiscal year", "the tax year", "the full year", "the current year": the dateline's year.
        // (Not before its own number: "the fiscal year 1999", "the financial year 2012-13".)
        if isFiscal(next) || key(next) == K.tax || key(next) == K.full || key(next) == K.current, info(next + 1).unit == .year,
           !info(next + 1).plural, !isNumber(next + 2),
           key(next + 2) != K.ended, key(next + 2) != K.ending, !Self.openingConnectors.contains(key(next + 2)) {
            var mention = Mention()
            mention.anchor = .dateline
            mention.unit = .year
            mention.reportedYear = key(next) == K.full
            return Recognized(first: index, last: next + 1, mention: mention)
        }
        // "the year 2000", "the year two thousand"
        if nextKey == K.year, let year = isNumber(next + 1) ? matchNumeric(at: next + 1) : matchSpokenYear(at: next + 1),
           year.mention.unit == .year {
            var result = year
            result.first = index
            return result
        }
        // "the year", "the week", "the month": the dateline's own period; "the quarter": the one reported on.
        let unitInfo = info(next)
        if let unit = unitInfo.unit, !unitInfo.plural, [.week, .month, .year, .quarter, .weekend].contains(unit),
           !has(next + 1, .of), key(next + 1) != K.before_, key(next + 1) != K.after_, !isDash(next + 1),
           !(unit == .year && isNumber(next + 1)) {
            // News: "rookie of the year", "Time's Person of the Year", "the car of the year": an award's name, no date
            // (WikiWars dates "1965's Man of the Year").
            if !narrative, unit == .year, has(index - 1, .of), Self.awardNouns.contains(key(index - 2)) { return nil }
            // "in the year since the invasion", "the week since the attack": a length up to now.
            if has(next + 1, .since), unit != .weekend {
                return length(durationValue(count: 1, unit: unit), first: index, last: next)
            }
            var mention = Mention()
            // "the quarter ended July 31": the calendar quarter most of those three months fall in; "the quarter ending in
            // June", "the quarter that ends in June": a month alone closes it on its last day.
            // News: "the quarter to March", "the quarter through June" (Reuters, British and Asian reports): the quarter
            // that month closes too, as "the quarter ending in March" (not "the quarter to March 2012's", a range's start).
            let connector = key(next + 1) == K.that ? next + 2 : next + 1
            let toMonth = !narrative && connector == next + 1 && (key(connector) == K.to || key(connector) == K.through)
                && info(connector + 1).month != 0
            if unit == .quarter, Self.endsWords.contains(key(connector)) || toMonth,
               let end = matchMonthFirst(at: key(connector + 1) == K.in_ ? connector + 2 : connector + 1, context: true),
               let month = end.mention.month, end.mention.day != nil || end.rangeEnd == nil {
                mention.unit = .quarter
                mention.anchor = end.mention.anchor
                mention.month = month
                mention.day = end.mention.day ?? Self.lastDayOfMonth[month - 1]
                mention.year = end.mention.year
                mention.quarterEnding = true
                return Recognized(first: index, last: next, mention: mention)
            }
            // News: "the week ahead", "the month ahead", "the year ahead": the unit the next half of one falls in
            // (``Mention/ahead``).
            if !narrative, key(next + 1) == K.ahead, unit == .week || unit == .month || unit == .year {
                mention.anchor = .dateline
                mention.unit = Granularity(unit)
                mention.ahead = true
                return Recognized(first: index, last: next + 1, mention: mention)
            }
            // In a history "the year" is the year the story is in.
            mention.anchor = unit == .weekend ? .implicit : unit == .quarter || narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            mention.storyUnit = mention.anchor == .dateline && unit != .week
            mention.reportedYear = !narrative && unit == .year && key(index - 1) == K.for_
            if unit == .weekend { mention.weekday = 6 }
            return Recognized(first: index, last: next, mention: mention)
        }
        // "the back half of the year", "the latter half of the decade": the second half; "the front half": the first.
        let halfOrdinal = info(next + 1).unit == .half && !info(next + 1).plural ? Self.halfWords[key(next)] : nil
        guard var inner = halfOrdinal.flatMap({ matchOrdinalPeriodWord(at: next + 1, ordinal: $0, first: next) })
                ?? matchExpression(at: next) else { return nil }
        let takesThe: Bool
        switch inner.mention.unit {
        case .decade, .century, .quarter, .half, .season: takesThe = true
        default:
            let firstInfo = info(inner.first)
            takesThe = inner.mention.kind == .duration || inner.mention.anchor == .reference
                || (firstInfo.tags.contains(.last) || firstInfo.tags.contains(.next) || firstInfo.tags.contains(.following)
                    || firstInfo.tags.contains(.previous) || firstInfo.tags.contains(.same) || firstInfo.ordinal > 0)
                || inner.mention.part != nil
                || (isNumber(inner.first) && inner.mention.month != nil && inner.mention.day != nil)  // "the 20 September"
                || inner.mention.reference != nil && Self.schoolYearWords.contains(key(inner.last - 1))  // "the current school year"
        }
        // "the year-long war", "the five-year plan": an adjective inside a noun phrase keeps "the" out.
        let adjectival = inner.last > inner.first && isDash(inner.last - 1) && info(inner.last).unit != nil || key(inner.last) == K.long
        // "the Spring Offensive", "the early October Battle of …": the article is the event's (TimeML tags "Spring" alone).
        let namesEvent = !isNumber(inner.last) && namesDatedEvent(inner.last)
        // "in the years that followed": AQUAINT tags the bare plural alone.
        let followedStretch = inner.first == next && inner.last == next && (key(next + 1) == K.that || key(next + 1) == K.which)
            && inner.mention.kind == .duration
        guard takesThe, !adjectival, !namesEvent, !followedStretch else { return inner.first == next ? inner : nil }
        inner.first = index
        // "the last week of August": the period it is part of belongs to the extent.
        if inner.mention.kind == .duration, let end = periodOf(after: inner.last) { inner.last = end }
        // "the nine months", "the latest nine months": in an earnings report, the year to date.
        if inner.mention.kind == .duration, inner.mention.fixedValue == "P9M" || inner.mention.fixedValue == "P6M",
           inner.mention.cut == nil { inner.mention.yearToDate = true }
        return inner
    }
    /// "the year-ago third quarter", "the year-earlier nine months", "the comparable year-ago quarter",
    /// "the corresponding period last year", "the quarter a year earlier", "the same period a year ago":
    /// earnings reports compare the period they report on with the same period a year before.
    func matchPeriodAYearBefore(at index: Int) -> Recognized? {
        var next = index + 1
        if Self.comparableKeys.contains(key(next)) { next += 1 }
        if let yearAgo = matchYearAgo(at: next) {
            let after = yearAgo.last + 1
            // "the year-ago third quarter": that quarter, in the year before the dateline's.
            if var period = matchOrdinalPeriod(at: after), period.mention.unit == .quarter || period.mention.unit == .half,
               period.mention.year == nil, period.mention.relativeYear == nil {
                period.first = index
                period.mention.relativeYear = -1
                period.mention.quantified = true
                period.mention.offset = -1
                return period
            }
            // "the year-earlier nine months": a length of time.
            if var length = matchQuantity(at: after), length.mention.kind == .duration {
                length.first = index
                return length
            }
            guard next > index + 1 || key(after) == K.quarter, key(after) == K.quarter || key(after) == K.period else { return nil }
            var result = yearAgo
            result.first = index
            result.last = after
            result.mention = Self.sameQuarterAYearBefore
            result.mention.periodFromReference = key(after) == K.period
            return result
        }
        // "the quarter a year ago", "the corresponding period last year", "the same quarter a year earlier"
        guard key(next) == K.quarter || key(next) == K.period else { return nil }
        var last: Int
        if key(next + 1) == K.a, key(next + 2) == K.year, key(next + 3) == K.ago || key(next + 3) == K.earlier {
            last = next + 3
        } else if key(next + 1) == K.last, key(next + 2) == K.year {
            last = next + 2
        } else {
            return nil
        }
        var result = Recognized(first: index, last: last, mention: Self.sameQuarterAYearBefore)
        result.mention.periodFromReference = key(next) == K.period
        return result
    }

    /// Words that name a half of a period by its place: "the back half", "the latter half", "the front half".
    static let halfWords = KeyTable<Int>([K.back: 2, K.latter: 2, K.front: 1, K.former: 1])
    /// The quarter of the date the text reports on, four quarters back; a comparison, so the story's time stays.
    static let sameQuarterAYearBefore: Mention = {
        var mention = Mention()
        mention.anchor = .reference
        mention.unit = .quarter
        mention.offset = -4
        mention.quantified = true
        return mention
    }()

    static let comparableKeys = KeySet(comparableKeyList)
    /// The keys of ``comparableKeys``.
    static let comparableKeyList: [UInt64] = [K.k("comparable"), K.k("corresponding"), K.same]

    /// "… of August", "… of February 1951" after a part of a month ("the last week", "the last two weeks"): the last
    /// token of the month named, or `nil`. ("the first nine months of 1997" stays two expressions, as annotated.)
    func periodOf(after last: Int) -> Int? {
        guard has(last + 1, .of), let period = matchExpression(at: last + 2), period.rangeEnd == nil, period.mention.kind == .date,
              period.mention.day == nil, period.mention.month != nil else { return nil }
        return period.last
    }

    /// Whether the word after `index` is a unit or "part", as a part of a period needs (a cheap test first).
    @inline(__always) func takesPeriodPart(_ index: Int) -> Bool {
        info(index + 1).unit != nil || key(index + 1) == K.part || key(index + 1) == K.few
    }

    /// "the last decade of the 19th century", "the early part of the decade", "the final days of 2022": a part of a period
    /// named after "of", at "the" (`index`).
    func matchPeriodPart(at index: Int) -> Recognized? {
        let next = index + 1
        if !narrative, let part = matchWeekOrHalfOfMonth(at: index) { return part }
        // "the final week before Christmas", "the last day before Easter": as "the week before Christmas".
        if key(next) == K.final || key(next) == K.last, key(next + 2) == K.before_, let unit = info(next + 1).unit, !info(next + 1).plural,
           unit == .day || unit == .week, let counted = dateCounted(from: next + 3, unit: unit, count: -1, first: index) {
            return counted
        }
        // "the last decade of the 19th century" (189), "the last quarter of 2022" (2022-Q4), "the final quarter of the 20th
        // century" (19 END): the last such part; "the last decade" alone is a length.
        if key(next) == K.last || key(next) == K.final, let unit = info(next + 1).unit, unit == .decade || unit == .quarter || unit == .half,
           has(next + 2, .of),
           let part = matchOrdinalPeriodWord(at: next + 1, ordinal: unit == .decade ? 10 : unit == .quarter ? 4 : 2, first: index),
           part.last > next + 2 {  // not "the last quarter of the game"
            return part
        }
        // News: "output rose 6 percent in the final quarter": a year's fourth quarter, in a sentence of results (not a
        // game's: "trailed by ten in the final quarter"; "the last quarter" alone stays a length).
        if !narrative, key(next) == K.final, info(next + 1).unit == .quarter, !info(next + 1).plural, !has(next + 2, .of),
           reportsResults(around: index), let quarter = matchOrdinalPeriodWord(at: next + 1, ordinal: 4, first: index) {
            return quarter
        }
        // "the early part of the decade", "the latter part of 1998", "the middle part of the century": that part of the period.
        if key(next + 1) == K.part, let part = Self.partOfPeriod[key(next)], has(next + 2, .of), var whole = periodAfterOf(at: next + 3),
           whole.mention.unit != .day, whole.mention.unit != .partOfDay, whole.mention.unit != .time {
            whole.first = index
            whole.mention.part = part
            whole.mention.mod = part.mod
            return whole
        }
        // "the last days of 2022", "the first weeks of March", "the closing weeks of the year": the start or end of that
        // period (not "the final days of the campaign", an event; "the last week of August" stays a week, P1W).
        // ("the first few days of March" likewise.)
        let stretch = key(next + 1) == K.few ? next + 2 : next + 1
        if let part = Self.stretchEdges[key(next)], let unit = info(stretch).unit, unit == .day || unit == .week, info(stretch).plural,
           has(stretch + 1, .of), var inner = matchSingle(at: stretch + 2), inner.rangeEnd == nil, inner.mention.kind == .date, inner.mention.part == nil,
           inner.mention.reference == nil, Self.edgedPeriods.contains(inner.mention.unit) {
            inner.first = index
            inner.mention.part = part
            inner.mention.mod = part.mod
            return inner
        }
        return nil
    }

    /// "the holy month of Ramadan", "the start of Ramadan", "the beginning of the Muslim holy month of Ramadan": another
    /// calendar's month named as a holiday is, by its first day, the words around its name in the extent (`index` is
    /// "the"; not "the end of Ramadan", whose day is not its first).
    func calendarMonthPhrase(at index: Int) -> Recognized? {
        var position = index + 1
        let starts = key(position) == K.start || key(position) == K.beginning
        if starts {
            guard has(position + 1, .of) else { return nil }
            position += has(position + 2, .the) ? 3 : 2
        }
        let named = position
        while position < named + 3, Self.calendarMonthModifiers.contains(key(position)) { position += 1 }
        let month = key(position) == K.month && has(position + 1, .of)
        if month { position += 2 }
        guard month || starts && position == index + 3, info(position).holiday != 0, var holiday = matchHoliday(at: position),
              holiday.rangeEnd == nil, let number = holiday.mention.holiday, Holiday.all[number].calendarMonth else { return nil }
        holiday.first = index
        return holiday
    }

    /// Words after "the" that may open ``calendarMonthPhrase(at:)``.
    static let calendarMonthLeads = KeySet(words: ["start", "beginning", "month", "holy", "muslim", "islamic", "fasting", "sacred"])
    /// Words before "month of" in ``calendarMonthPhrase(at:)``: "the Muslim holy month of Ramadan".
    static let calendarMonthModifiers = KeySet(words: ["holy", "muslim", "islamic", "fasting", "sacred"])

    /// News: "the first week of March", "the last week of June", "the second half of April", "the final week of 2013": that
    /// part of the month (or year) named, one expression with its value and `mod` START or END (the second or third week:
    /// the period alone, no `mod`); "the first weekend of May": the weekend of its first Saturday. Histories keep "the last
    /// week of August" a length (`P1W`), as WikiWars annotates it.
    func matchWeekOrHalfOfMonth(at index: Int) -> Recognized? {
        let next = index + 1
        guard let unit = info(next + 1).unit, unit == .week || unit == .half || unit == .weekend || unit == .day, !info(next + 1).plural,
              has(next + 2, .of) || unit == .weekend && key(next + 2) == K.in_
        else { return nil }
        let word = key(next), ordinal = Int(info(next).ordinal)
        let isLast = word == K.last || word == K.final || word == K.closing || word == K.latter
        let isFirst = ordinal == 1 || word == K.opening
        // "the last day of the year", "the first day of March", "the final day of 2012": that day of the month or year
        // (not "the first day of spring", "the last day of the talks").
        if unit == .day {
            guard isLast || isFirst, var inner = matchSingle(at: next + 3), inner.rangeEnd == nil, inner.mention.kind == .date,
                  inner.mention.part == nil, inner.mention.reference == nil, inner.mention.day == nil, inner.mention.weekday == nil,
                  inner.mention.holiday == nil || inner.mention.yearOfHoliday,
                  inner.mention.unit == .month || inner.mention.unit == .year else { return nil }
            inner.first = index
            inner.mention.countedFromDay = (.day, 0)
            inner.mention.countedFromLastDay = isLast
            return inner
        }
        guard isLast || isFirst || ordinal > 1 && ordinal <= (unit == .half ? 2 : 4) else { return nil }
        guard var inner = matchSingle(at: next + 3), inner.rangeEnd == nil, inner.mention.kind == .date, inner.mention.part == nil,
              inner.mention.reference == nil,
              inner.mention.unit == .month || unit == .week && inner.mention.unit == .year || unit == .weekend && inner.mention.month != nil
        else { return nil }
        // "the first weekend of May", "the last weekend of April", "the first weekend in December", "the last weekend of next
        // month": the weekend of that Saturday of the month (a month not named is placed, then counted in).
        if unit == .weekend {
            guard isLast || ordinal >= 1 && ordinal <= 4, inner.mention.day == nil, inner.mention.unit == .month else { return nil }
            inner.first = index
            if inner.mention.month != nil { inner.mention.unit = .weekend }
            inner.mention.weekday = 6
            inner.mention.nthWeekday = isLast ? -1 : ordinal
            inner.mention.weekOfDay = true
            return inner
        }
        inner.first = index
        let part: Mention.Part? = isLast || unit == .half && ordinal == 2 ? .end : isFirst ? .start : nil
        inner.mention.part = part
        inner.mention.mod = part?.mod
        return inner
    }

    /// Histories: "on the 20th", "from the 13th", "the 28th of that month", "the 19th of October 1950": a day of the
    /// story's month (or of the month named). Not "the 24th Infantry Division", "the 38th parallel" (a name or a noun
    /// follows).
    func matchDayOfMonth(at index: Int, afterWeekday: Bool = false) -> Recognized? {
        let number = index + 1
        guard afterWeekday || has(index - 1, .preposition) else { return nil }
        var mention = Mention()
        mention.unit = .day
        let suffix: Int
        if isNumber(number), tokens[number].digits <= 2, (1...31).contains(tokens[number].number),
           Self.ordinalSuffixes.contains(key(number + 1)), !tokens[number + 1].spaceBefore {
            suffix = number + 1
            mention.day = Int(tokens[number].number)
        } else if let spoken = spokenOrdinal(at: number), spoken.value <= 31, has(spoken.last + 1, .of),
                  info(spoken.last + 2).month != 0 {
            // "the twenty-fifth of December": a day in words, only before its month.
            suffix = spoken.last
            mention.day = spoken.value
        } else {
            return nil
        }
        if has(suffix + 1, .of), let month = matchExpression(at: suffix + 2), month.rangeEnd == nil, month.mention.kind == .date,
           month.mention.month != nil || month.mention.unit == .month, month.mention.day == nil {
            if month.mention.month != nil {
                // "the 19th of October 1950"
                var date = month
                date.first = index
                date.mention.day = mention.day
                date.mention.unit = .day
                return date
            }
            // "the 28th of that month"
            mention.anchor = .reference
            mention.monthFromReference = true
            return Recognized(first: index, last: month.last, mention: mention)
        }
        // "on the 13th and 14th of March", "on the 3rd, 4th and 5th of May": the month of the day that closes the list.
        if let listed = dayListMonth(after: suffix) {
            var date = listed
            date.first = index
            date.last = suffix
            date.mention.day = mention.day
            return date
        }
        // "said on the 5th that it would": the complement clause after the date.
        guard !isWord(suffix + 1) || has(suffix + 1, [.preposition, .range, .and, .pastAux, .beAux, .clauseBreak])
                || key(suffix + 1) == K.that && key(index - 1) == K.on && info(suffix + 2).unit == nil else { return nil }
        mention.anchor = .reference
        mention.monthFromReference = true
        return Recognized(first: index, last: suffix, mention: mention)
    }

    /// Histories: "that time", "the same time", "this period", "that period", "during this time", "at the time" — the time
    /// the story is in (not "this time led by …", an occasion, nor "at the time of …", "by the time he left").
    func matchStoryTime(at index: Int) -> Recognized? {
        var next = index + 1
        if key(index) == K.the, key(next) == K.same { next += 1 }
        let isTime = key(next) == K.time
        guard isTime || key(next) == K.period else { return nil }
        if key(index) == K.the, next == index + 1,
           !isTime || key(index - 1) != K.at || has(next + 1, .of) || key(next + 1) == K.when || key(next + 1) == K.that { return nil }
        if key(index) == K.this, isTime, !has(index - 1, .preposition) { return nil }
        var mention = Mention()
        mention.anchor = .reference
        mention.unit = .none
        mention.storyTime = true
        return Recognized(first: index, last: next, mention: mention)
    }

    /// Histories: "the first day of the war", "the fifth day of the rebellion", "the final day of the battle", "the first day
    /// of the Battle of the Somme": a day of an event, the story's day (its month's or year's, X for the unknown part).
    func matchDayOfEvent(at index: Int) -> Recognized? {
        let ordinalIndex = index + 1
        guard info(ordinalIndex).ordinal > 0 || Self.lastDayWords.contains(key(ordinalIndex)), info(ordinalIndex + 1).unit == .day,
              !info(ordinalIndex + 1).plural,
              has(ordinalIndex + 2, .of) else { return nil }
        var nounIndex = ordinalIndex + 3
        if has(nounIndex, [.the, .determiner]) || key(nounIndex) == K.a || key(nounIndex) == K.an { nounIndex += 1 }
        guard isWord(nounIndex), !info(nounIndex).isTimeWord, info(nounIndex).ordinal == 0, info(nounIndex).cardinal < 0,
              !has(nounIndex, [.preposition, .and, .clauseBreak]) else { return nil }
        var last = nounIndex
        // A capitalised name runs on through "of the": "the Battle of the Somme".
        if isCapitalized(nounIndex) {
            while true {
                if isCapitalized(last + 1), isWord(last + 1) { last += 1; continue }
                if has(last + 1, .of), isCapitalized(last + 2), isWord(last + 2) { last += 2; continue }
                if has(last + 1, .of), has(last + 2, .the), isCapitalized(last + 3), isWord(last + 3) { last += 3; continue }
                break
            }
        }
        var mention = Mention()
        mention.anchor = .reference
        mention.unit = .day
        return Recognized(first: index, last: last, mention: mention)
    }

    /// Words for the last of a series: "the final day of the battle".
    static let lastDayWords = KeySet(words: ["last", "final", "opening"])

    /// A plural unit from hours to centuries ("years", "hours"), for "the early years", "the weeks ahead".
    static func vagueStretchUnit(_ word: WordInfo) -> TimeUnit? {
        guard word.plural, let unit = word.unit, unit != .second, unit != .minute, unit != .quarter, unit != .half,
              unit != .season, unit != .weekend else { return nil }
        return unit
    }
    // MARK: "the day before", "the night before", "the morning after", "the day before yesterday"

    /// The nouns an award names before "of the year" ("rookie of the year", "player of the year", "album of the year").
    static let awardNouns = KeySet(words: [
        "rookie", "player", "coach", "manager", "person", "man", "woman", "athlete", "sportsman", "sportswoman",
        "footballer", "goalkeeper", "keeper", "striker", "defender", "midfielder", "quarterback", "pitcher", "hitter",
        "batsman", "cricketer", "golfer", "swimmer", "boxer", "fighter", "cyclist", "skier", "driver", "rider", "jockey",
        "trainer", "newcomer", "artist", "entertainer", "musician", "executive", "entrepreneur", "businessman",
        "businesswoman", "teacher", "journalist", "photographer", "car", "album", "song", "record", "word", "team",
        "comeback",
    ])

    /// "the final days of 2022", "the closing weeks of the year": words that start only a part of a period after "the".
    private func periodEdge(at index: Int) -> Recognized? {
        guard Self.isEdgeOnlyStart(key(index + 1)) else { return nil }
        return matchEdgeCount(at: index) ?? (takesPeriodPart(index + 1) ? matchPeriodPart(at: index) : nil)
    }

    /// "the first nine months (of 1997)", "the last two quarters", "the final three months of 2012": a duration (the
    /// period after "of" is an expression of its own, as TimeBank annotates it).
    func matchEdgeCount(at index: Int) -> Recognized? {
        let next = index + 1
        guard key(next) == K.first || key(next) == K.last || key(next) == K.final,
              let (count, last) = cardinal(at: next + 1).map({ ($0.value, $0.last) }),
              let unit = info(last + 1).unit, info(last + 1).plural || count == 1 else { return nil }
        var mention = Mention()
        mention.kind = .duration
        mention.unit = .none
        mention.fixedValue = durationValue(count: count, unit: unit)
        mention.yearToDate = key(next) == K.first && unit == .month && count > 3 && count < 12
        return Recognized(first: index, last: periodOf(after: last + 1) ?? last + 1, mention: mention)
    }

    /// A day or a part of a day next to the story's day, or the week or month next to the story's, written without the
    /// event it is next to ("The day before, the army embarked", "the week before", "the month after"; not "the day
    /// before the election", relative to an event): TimeML's DATE or TIME. ("the year before" stays out: AQUAINT leaves
    /// its one use unannotated.)
    func matchDayAround(at index: Int) -> Recognized? {
        let dayIndex = index + 1, relation = index + 2
        let relationKey = key(relation)
        // "worked through the night and into Tuesday morning": the night before the day it ran into (the day is an
        // expression of its own).
        if relationKey == K.and, key(dayIndex) == K.night, key(relation + 1) == K.into, info(relation + 2).weekday != 0,
           var counted = matchWeekday(at: relation + 2), counted.mention.month == nil {
            counted.first = index
            counted.mention.kind = .time
            counted.mention.partOfDay = Int(info(dayIndex).partOfDay)
            counted.mention.countedFromDay = (.day, -1)
            counted.last = dayIndex
            return counted
        }
        guard relationKey == K.before_ || relationKey == K.after_ || relationKey == K.earlier else { return nil }
        // "the night before Christmas", "the weekend after Thanksgiving", "the Monday after Easter": that part of the day
        // next to it, the weekend or the weekday next to it.
        let next = info(dayIndex)
        if relationKey != K.earlier, !next.plural, next.weekday != 0 || next.unit == .weekend || next.partOfDay != 0 && key(dayIndex) != K.overnight,
           var counted = dateCounted(from: relation + 1, unit: .day, count: relationKey == K.after_ ? 1 : -1, first: index) {
            if next.weekday != 0 {
                counted.mention.countedWeekday = Int(next.weekday)
            } else if next.unit == .weekend {
                counted.mention.countedFromDay = (.weekend, relationKey == K.after_ ? 1 : -1)
            } else {
                counted.mention.kind = .time
                counted.mention.unit = .partOfDay
                counted.mention.partOfDay = Int(next.partOfDay)
            }
            return counted
        }
        // "the Friday after", "the Sunday before": as "the following Friday", "the previous Sunday".
        if info(dayIndex).weekday != 0, relationKey != K.earlier, !isWord(relation + 1) || has(relation + 1, [.clauseBreak, .pronounSubject, .and])
            && !has(relation + 1, .preposition), var day = matchWeekday(at: dayIndex), day.last == dayIndex, day.mention.month == nil {
            day.first = index
            day.last = relation
            day.mention.weekdayRelation = relationKey == K.after_ ? .next : .previous
            day.mention.anchor = .reference
            return day
        }
        let unit = info(dayIndex).plural ? nil : info(dayIndex).unit
        let isDay = unit == .day
        let isPeriod = unit == .day || unit == .week || unit == .month
        guard isPeriod || info(dayIndex).partOfDay != 0 && key(dayIndex) != K.overnight else { return nil }
        var mention = isPeriod ? Mention() : .partOfDay(Int(info(dayIndex).partOfDay))
        if let unit, isPeriod { mention.unit = Granularity(unit) }
        mention.offset = relationKey == K.after_ ? 1 : -1
        mention.anchor = .reference
        if isDay, relationKey != K.earlier, key(relation + 1) == (relationKey == K.before_ ? K.yesterday : K.tomorrow) {
            // "the day before yesterday", "the day after tomorrow"
            mention.anchor = .dateline
            mention.offset *= 2
            return Recognized(first: index, last: relation + 1, mention: mention)
        }
        // "the day after Christmas", "the week before Thanksgiving", "the day before March 5": counted from that day.
        if isPeriod, relationKey != K.earlier, let unit,
           let counted = dateCounted(from: relation + 1, unit: unit, count: relationKey == K.after_ ? 1 : -1, first: index) {
            return counted
        }
        guard !isWord(relation + 1) || has(relation + 1, [.clauseBreak, .pronounSubject, .and]) && !has(relation + 1, .preposition) else {
            return nil
        }
        return Recognized(first: index, last: relation, mention: mention)
    }

    /// "the day after Christmas", "two days after Easter", "the week before Thanksgiving", "a month after March 5": the
    /// holiday or the written day at `index`, moved by `count` units (before it: negative) at that unit's granularity, one
    /// expression from `first` (TimeML's extent and value; "the day before the election", counted from an event, is none).
    func dateCounted(from index: Int, unit: TimeUnit, count: Int, first: Int) -> Recognized? {
        guard unit == .day || unit == .week || unit == .month || unit == .fortnight,
              info(index).holiday != 0 || info(index).month != 0 || has(index, .the) && info(index + 1).holiday != 0,
              var day = matchExpression(at: index), day.rangeEnd == nil, day.mention.kind == .date, day.mention.unit == .day,
              day.mention.part == nil, day.mention.holiday != nil || day.mention.month != nil && day.mention.day != nil,
              !Self.holidayPeriodNouns.contains(key(day.last))  // "the day after the Easter holidays": a period's, not a day's
        else { return nil }
        day.first = first
        day.mention.countedFromDay = unit == .fortnight ? (.week, 2 * count) : (unit, count)
        return day
    }

    static let partPrepositions = KeySet(words: ["in", "during", "by", "until", "through", "throughout", "into"])
    /// News: the month or year a weekday or weekend is counted in ("next month", "this month", "last month", "the year",
    /// "next year", "2024"): one calendar period, no day, part or named month (those have their own rules); not a period
    /// before a possessive ("the last Friday of the year's first quarter").
    private func countedWeekdayPeriod(at index: Int) -> Recognized? {
        guard info(index).unit != nil || key(index) == K.the || key(index) == K.this || key(index) == K.next || key(index) == K.last
                || isNumber(index),
              let whole = matchSingle(at: index), whole.rangeEnd == nil, Self.countsWeekdays(whole.mention),
              !(apostrophe(whole.last + 1) && key(whole.last + 2) == K.s)
        else { return nil }
        return whole
    }

    /// Whether a weekday or weekend may be counted in the period `mention` names: a month or year with no day, part or
    /// named month ("next month", "the year", "2024").
    private static func countsWeekdays(_ mention: Mention) -> Bool {
        mention.kind == .date && (mention.unit == .month || mention.unit == .year) && mention.month == nil && mention.day == nil
            && mention.weekday == nil && mention.part == nil && mention.reference == nil && mention.holiday == nil
            && mention.quarter == nil && mention.half == nil && mention.season == nil && mention.span == nil
            && !mention.monthFromReference
    }

    /// News: "next month's first Monday", "the month's last Friday", "next year's first weekend": a weekday or weekend
    /// counted in the period before the possessive, one expression placed as "the first Monday of next month" is.
    func possessiveCountedWeekday(_ period: Recognized) -> Recognized? {
        let counted = period.last + 3
        guard key(period.last + 2) == K.s, period.rangeEnd == nil, let nth = weekdayCount(at: counted),
              info(counted + 1).weekday != 0 && isCapitalized(counted + 1) || info(counted + 1).unit == .weekend && isWord(counted + 1)
                && !info(counted + 1).plural && nth != 5 && period.mention.unit == .month,
              Self.countsWeekdays(period.mention)
        else { return nil }
        var whole = period
        whole.last = counted + 1
        if info(counted + 1).weekday != 0 {
            whole.mention.weekday = Int(info(counted + 1).weekday)
        } else {
            whole.mention.weekday = 6
            whole.mention.weekOfDay = true
        }
        whole.mention.nthWeekday = nth
        return whole
    }

    /// Which of its month's weekdays the word at `index` counts, before a weekday: "first" … "fifth" (1 … 5), "last" or
    /// "final" (−1; ``Mention/nthWeekday``); `nil` for any other word.
    private func weekdayCount(at index: Int) -> Int? {
        if (1...5).contains(info(index).ordinal) { return Int(info(index).ordinal) }
        return key(index) == K.last || key(index) == K.final ? -1 : nil
    }

    /// Prepositions before a bare day of the month in news, besides "on": "by the 31st", "from the 25th to the 28th".
    static let dayOfMonthPrepositions = KeySet(words: ["by", "until", "till", "from", "since", "before", "after", "through", "to"])
    /// Words before "hours" that name the first hours of a day: "the early hours", "the small hours", "the wee hours".
    static let smallHoursStarts = KeySet(words: ["early", "small", "wee"])
    /// Words for the part of a period they name, as a table by key.
    static func partTable(_ pairs: [(String, Mention.Part)]) -> KeyTable<Mention.Part> {
        KeyTable(pairs.map { (Lexicon.key($0.0.unicodeScalars), $0.1) })
    }
    static let stretchEdges = partTable([
        ("first", .start), ("opening", .start), ("early", .start), ("last", .end), ("final", .end), ("closing", .end), ("dying", .end),
    ])
    static let partOfPeriod = partTable([
        ("early", .start), ("earlier", .start), ("first", .start), ("middle", .middle), ("latter", .end), ("later", .end),
        ("last", .end), ("final", .end),
    ])
    static let edgedPeriods: Set<Granularity> = [.month, .season, .quarter, .half, .year, .decade, .century]
    static let stretchStarts = KeySet(words: ["first", "early", "final", "initial", "opening", "closing"])
    static let spanPrepositions = KeySet(words: ["over", "throughout"])
    /// Words before "the next decade" that make it a length: "over the next decade", "for the coming decade".
    static let decadeSpanPrepositions = KeySet(words: ["over", "throughout", "for", "within"])

    /// Words that start an expression only after "the", with ``comparableKeys`` ("the comparable period"): one look-up
    /// after every "the".
    static let afterTheStarts = KeySet([K.future, K.present, K.near, K.latest, K.most, K.full, K.year, K.same, K.latter, K.short,
                                       K.small, K.wee, K.turn, K.back, K.front, K.former, K.tax, K.holiday, K.holidays, K.festive, K.yuletide, K.new]
                                       + comparableKeyList)
    /// Whether `key` is one of the words that start only a part of a period after "the" ("the final days of 2022"): four
    /// constants compared, no set (``periodEdge(at:)`` asks for most words after "the": a `swift_once` and a probe each).
    @inline(__always) static func isEdgeOnlyStart(_ key: UInt64) -> Bool {
        key == K.final || key == K.closing || key == K.dying || key == K.opening
    }

    /// The last day of each month (February's in a common year): the day "the quarter ending in June" closes on.
    static let lastDayOfMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// "the holiday quarter", "its Christmas quarter": the year-end holidays' word at `word` before a singular
    /// "quarter" is the calendar fourth quarter (recognised from `first`), placed as "the fourth quarter" is.
    func holidayQuarter(at word: Int, first: Int) -> Recognized? {
        guard info(word + 1).unit == .quarter, !info(word + 1).plural, isWord(word + 1), key(word) != K.festive else { return nil }
        var mention = Mention()
        mention.unit = .quarter
        mention.quarter = 4
        mention.anchor = .implicit
        return Recognized(first: first, last: word + 1, mention: mention)
    }

    /// Verbs after "that" or "which" that open a fiscal year: "that begins Oct. 1", "which started in July".
    static let openingVerbs = KeySet(words: ["begins", "starts", "opens", "began", "started", "opened"])

    /// The month (and the year, if written) a fiscal year opens in, read after its "year" at `yearIndex` ("that begins
    /// Oct. 1", "which started in July", "that will begin in October", "beginning April 1", "starting July 2013"), and
    /// the token its date starts at.
    func fiscalOpening(after yearIndex: Int) -> (month: Int, year: Int?, token: Int)? {
        var index = yearIndex + 1
        if key(index) == K.that || key(index) == K.which {
            index += 1
            if key(index) == K.will, key(index + 1) == K.begin || key(index + 1) == K.start { index += 1 }
            else if !Self.openingVerbs.contains(key(index)) { return nil }
        } else if !(key(index) == K.beginning || key(index) == K.starting) {
            return nil
        }
        index += 1
        if key(index) == K.in_ || key(index) == K.on { index += 1 }
        guard info(index).month != 0, let date = matchExpression(at: index), date.rangeEnd == nil, date.mention.kind == .date,
              let month = date.mention.month, date.mention.unit == .day || date.mention.unit == .month else { return nil }
        return (month, date.mention.anchor == .absolute ? date.mention.year : nil, index)
    }

    /// The month and written year a fiscal year closes on, read after its "ending" at `endingIndex` ("ending March 2014",
    /// "ending in March 2014", "ending March 31, 2014"); `nil` without a year.
    func fiscalClosing(after endingIndex: Int) -> (month: Int, year: Int)? {
        var index = endingIndex + 1
        if key(index) == K.in_ { index += 1 }
        guard info(index).month != 0, let date = matchExpression(at: index), date.rangeEnd == nil, date.mention.kind == .date,
              date.mention.anchor == .absolute, let month = date.mention.month, let year = date.mention.year,
              date.mention.unit == .day || date.mention.unit == .month else { return nil }
        return (month, year)
    }

    /// Words after a period that open it on a date: "the fiscal year beginning April 2015", "the year starting July 1".
    static let openingConnectors = KeySet(words: ["beginning", "starting", "begun", "started"])

    /// Whether the period word at `index` closes on a date written after it: "ended March 31", "ending in June", "ending
    /// tomorrow", "to June", "through February", "to 2020" (not "the year to date", "devoted the year to charity", nor
    /// the verb of the period itself: "The month ended with a rally"), or opens on one ("beginning April 2015").
    func closesOnDate(after index: Int) -> Bool {
        let connector = key(index + 1)
        if connector == K.ended || connector == K.ending {
            let at = key(index + 2) == K.in_ || key(index + 2) == K.on ? index + 3 : index + 2
            return matchExpression(at: at)?.mention.kind == .date
        }
        // "the fiscal year beginning April 2015", "the year starting July 1": a year counted from a date.
        if Self.openingConnectors.contains(connector), let start = matchExpression(at: index + 2), start.mention.kind == .date,
           start.mention.month != nil { return true }
        // "the year through February" (AP): as "the year to February".
        guard connector == K.to || connector == K.through, let end = matchExpression(at: index + 2), end.rangeEnd == nil,
              end.mention.kind == .date,
              end.mention.month != nil || end.mention.unit == .year && end.mention.anchor == .absolute else { return false }
        return true
    }
}
