import FoundationEssentials

extension Timeline {
    /// The timeline as JSON for tools: pretty-printed, keys sorted, absent values as `null`.
    ///
    /// Shape: `dateline` {`date`, `place`, `source`, `timeZone`}; `events` in timeline order, each with
    /// `expression` {`text`, `type`, `value`, `mod`, `start`, `end`}, `interval` {`start`, `end`} (ISO 8601,
    /// end inclusive, `null` where vague), `trigger`, `description`, `sentence`, `approximate`, `vague`;
    /// and `expressions`: every expression found, dated or not, with its `granularity`, `interval`,
    /// `unresolvedReason` and range `parts`. Offsets count Unicode scalars into the article text.
    public func json(prettyPrinted: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = prettyPrinted ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Every value here is a plain string, number, boolean or null: encoding cannot fail.
        let data = (try? encoder.encode(TimelineJSON(self))) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The JSON document, written field by field so that absent values appear as `null`; also the
/// `timeline` object of a batch result.
struct TimelineJSON: Encodable {
    let timeline: Timeline
    init(_ timeline: Timeline) { self.timeline = timeline }

    enum Keys: String, CodingKey { case dateline, events, expressions }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(JSONDateline(dateline: timeline.dateline), forKey: .dateline)
        try container.encode(timeline.events.map(JSONEvent.init), forKey: .events)
        try container.encode(timeline.expressions.map { JSONExpression(expression: $0, full: true) }, forKey: .expressions)
    }
}

private struct JSONDateline: Encodable {
    let dateline: Dateline
    enum Keys: String, CodingKey { case date, place, source, timeZone }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(dateline.date, forKey: .date)
        try container.encode(dateline.place, forKey: .place)
        try container.encode(dateline.source, forKey: .source)
        try container.encode(dateline.timeZone, forKey: .timeZone)
    }
}

private struct JSONEvent: Encodable {
    let event: Event
    enum Keys: String, CodingKey { case expression, interval, trigger, triggerStart, triggerEnd, description, sentence, approximate, vague }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(JSONExpression(expression: event.expression, full: false), forKey: .expression)
        try container.encode(event.interval, forKey: .interval)
        try container.encode(event.trigger, forKey: .trigger)
        try container.encode(event.triggerStart, forKey: .triggerStart)
        try container.encode(event.triggerEnd, forKey: .triggerEnd)
        try container.encode(event.description, forKey: .description)
        try container.encode(event.sentence, forKey: .sentence)
        try container.encode(event.expression.isApproximate, forKey: .approximate)
        try container.encode(event.expression.isVague, forKey: .vague)
    }
}

private struct JSONExpression: Encodable {
    let expression: TemporalExpression
    /// The full form (in `expressions`) adds granularity, interval, flags, reason and parts.
    let full: Bool
    enum Keys: String, CodingKey {
        case text, type, value, mod, start, end, granularity, interval, approximate, vague, unresolvedReason, parts
    }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(expression.text, forKey: .text)
        try container.encode(expression.type, forKey: .type)
        try container.encode(expression.value, forKey: .value)
        try container.encode(expression.mod, forKey: .mod)
        try container.encode(expression.start, forKey: .start)
        try container.encode(expression.end, forKey: .end)
        guard full else { return }
        try container.encode(expression.granularity, forKey: .granularity)
        try container.encode(expression.interval, forKey: .interval)
        try container.encode(expression.isApproximate, forKey: .approximate)
        try container.encode(expression.isVague, forKey: .vague)
        try container.encode(expression.unresolvedReason, forKey: .unresolvedReason)
        try container.encode(expression.parts.map { JSONExpression(expression: $0, full: true) }, forKey: .parts)
    }
}
