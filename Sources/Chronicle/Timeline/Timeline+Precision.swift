extension Timeline {
    /// The reason an expression whose value depends on a month-only dateline's day is left unresolved (round 124).
    static let needsDatelineDay = "the dateline names a month, not a day, and this date depends on the day: give the article's date"

    /// This timeline, resolved against a month-only dateline's first day, with only what `late` (the same article resolved
    /// against the month's last day) agrees on (round 124; ``Dateline/Precision/month``). One rule for every kind of
    /// expression: a value the two days give alike is true on every day of the month ("this month" `2023-03`, "last year"
    /// `2022`, "March 5" `2023-03-05`); one they do not is left unresolved with ``needsDatelineDay`` ("yesterday", "on
    /// Friday", "two weeks ago", "at 5 p.m."), and so is an expression counted from such a one ("the next day"). A value
    /// kept whose days differ (a duration's span, "the past 10 days") keeps its value and loses its days. Either way the
    /// expression dates no event. A range's ends are settled each.
    func keepingMonthValues(agreeingWith late: Timeline) -> Timeline {
        var timeline = self
        // Both runs read the same text the same way: the same expressions, in the same order (checked by their offsets).
        guard late.expressions.count == expressions.count else { return timeline }
        var undated = Set<Int>()
        for index in timeline.expressions.indices {
            let other = late.expressions[index]
            guard timeline.expressions[index].start == other.start else { continue }
            if Self.settle(&timeline.expressions[index], against: other) { undated.insert(other.start) }
        }
        if !undated.isEmpty { timeline.events.removeAll { undated.contains($0.expression.start) } }
        return timeline
    }

    /// Keeps of `expression` what `other` agrees on (its range's ends each); whether it lost its days.
    private static func settle(_ expression: inout TemporalExpression, against other: TemporalExpression) -> Bool {
        if expression.parts.count == other.parts.count {
            for index in expression.parts.indices { _ = settle(&expression.parts[index], against: other.parts[index]) }
        }
        if expression.value != other.value {
            expression.value = nil
            expression.isVague = false
            expression.unresolvedReason = needsDatelineDay
        } else if expression.interval == other.interval {
            return false
        }
        expression.interval = nil
        return true
    }
}
