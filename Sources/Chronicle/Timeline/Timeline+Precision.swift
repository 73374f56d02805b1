extension Timeline {
    /// The reason an expression whose value depends on a month-only dateline's day is left unresolved (round 124).
    static let needsDatelineDay = "the dateline names a month, not a day, and this date depends on the day: give the article's date"

    /// This timeline, resolved against a month-only dateline's first day, with only what `late` (the same article resolved
    /// against the month's last day) agrees on (round 124; ``Dateline/Precision/month``). One rule for every kind of
    /// expression: a value the two days give alike is true on every day of the month ("this month" `2023-03`, "last year"
    /// `2022`, "March 5" `2023-03-05`); one they do not is left unresolved with ``needsDatelineDay`` ("yesterday", "on
    /// Friday", "two weeks ago", "at 5 p.m."), and so is an expression counted from such a one ("the next day"); it dates no
    /// event. A date kept whose days differ ("earlier this month", `2023-03` START: the 1st to the dateline) covers the
    /// days from the earlier start to the later end, all the month allows; a duration's span ("the past 10 days") is no
    /// date's, and is dropped (the value kept, no event). A range's ends are settled each.
    func keepingMonthValues(agreeingWith late: Timeline) -> Timeline {
        var timeline = self
        let month = dateline.monthValue
        // Both runs read the same text the same way: the same expressions, matched by their offsets (one `late` lacks is
        // taken as depending on the day).
        let lateByStart = Dictionary(late.expressions.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
        // The expressions settled, by their start: nil for one that dates no event any more.
        var settled: [Int: TemporalExpression?] = [:]
        for index in timeline.expressions.indices {
            var other = lateByStart[expressions[index].start] ?? expressions[index]
            if lateByStart[expressions[index].start] == nil { other.value = nil }
            let undated = Self.settle(&timeline.expressions[index], against: other, month: month)
            if undated || timeline.expressions[index] != expressions[index] {
                settled.updateValue(undated ? nil : timeline.expressions[index], forKey: other.start)
            }
        }
        if !settled.isEmpty {
            timeline.events = timeline.events.compactMap { event in
                guard let entry = settled[event.expression.start] else { return event }
                guard let expression = entry else { return nil }
                var event = event
                event.expression = expression
                return event
            }
        }
        return timeline
    }

    /// Keeps of `expression` what `other` agrees on (its range's ends each); whether it lost its days. `month` is the
    /// dateline's (`2023-03`).
    private static func settle(_ expression: inout TemporalExpression, against other: TemporalExpression, month: String) -> Bool {
        if expression.parts.count == other.parts.count {
            for index in expression.parts.indices { _ = settle(&expression.parts[index], against: other.parts[index], month: month) }
        }
        if let value = expression.value, let otherValue = other.value, value != otherValue, value.count >= 10,
           value.dropFirst(4) == otherValue.dropFirst(4), value.hasPrefix(month) != otherValue.hasPrefix(month) {
            // A day named in the dateline's own month ("will vote on March 20", "until Christmas" under "December 2022"):
            // the two days put it in two years, each reading the tense from its side of it; the tense tells on which side
            // the article was written, not the year, which is the dateline's.
            if otherValue.hasPrefix(month) {
                expression.value = otherValue
                expression.interval = other.interval
            }
            return false
        }
        if expression.value != other.value {
            expression.value = nil
            expression.isVague = false
            expression.unresolvedReason = needsDatelineDay
        } else if expression.interval == other.interval {
            return false
        } else if expression.type != .duration, let early = expression.interval, let late = other.interval {
            // "Earlier this month" (`2023-03` START): the days from the first's to the last's, all the month allows.
            expression.interval = DayInterval(start: min(early.start, late.start), end: max(early.end, late.end))
            return false
        }
        expression.interval = nil
        return true
    }
}
