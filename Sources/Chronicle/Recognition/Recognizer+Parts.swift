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
        var next = index + 1
        if isDash(next), !tokens[next].spaceBefore { next += 1 }
        // "early in 1914", "late in the year", "later in the month"
        if key(next) == K.in_, wordKey == K.early || wordKey == K.late || wordKey == K.earlier || wordKey == K.later || wordKey == K.mid,
           !(has(next + 1, .the) && info(next + 2).unit == .day) {
            next += 1
            if cut != nil { cut = nil; part = wordKey == K.earlier ? .start : .end }
        }
        // "mid-afternoon yesterday", "late evening", "by mid afternoon": a part of a day, with the part as `mod`.
        if wordKey == K.early || wordKey == K.mid || wordKey == K.late, info(next).partOfDay != 0, isWord(next), key(next + 1) != K.hours {
            var mention = Mention()
            mention.kind = .time
            mention.unit = .partOfDay
            mention.partOfDay = Int(info(next).partOfDay)
            mention.anchor = narrative ? .reference : .dateline
            mention.mod = part == .start ? "START" : part == .middle ? "MID" : "END"
            var last = next
            if info(next + 1).tags.contains(.deictic), key(next + 1) != K.tonight {
                mention.offset = key(next + 1) == K.yesterday ? -1 : key(next + 1) == K.tomorrow ? 1 : 0
                last = next + 1
            } else if info(next + 1).weekday != 0, let day = matchWeekday(at: next + 1), day.mention.unit == .day {
                mention = day.mention
                mention.kind = .time
                mention.unit = .partOfDay
                mention.partOfDay = Int(info(next).partOfDay)
                mention.mod = part == .start ? "START" : part == .middle ? "MID" : "END"
                last = day.last
            }
            return Recognized(first: index, last: last, mention: mention)
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
        } else if wordKey == K.mid, let unit = info(next).unit, !info(next).plural, [.week, .month, .year, .decade].contains(unit) {
            // "by mid-year", "mid-week", "mid-month": the middle of the dateline's period (in a history, the story's).
            var mention = Mention()
            mention.anchor = narrative ? .reference : .dateline
            mention.unit = Granularity(unit)
            inner = Recognized(first: next, last: next, mention: mention)
        } else if let found = matchSingle(at: next), found.rangeEnd == nil,  // "from late 2019 to early 2021": the range follows the part

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
}
