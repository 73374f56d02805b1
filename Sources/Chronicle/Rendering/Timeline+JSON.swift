import FoundationEssentials

extension Timeline {
    /// The timeline as JSON for tools: pretty-printed, keys sorted, absent values as `null`.
    ///
    /// Shape: `dateline` {`date`, `place`, `precision` (`"month"`, only for a month-only dateline: ``Dateline/precision``),
    /// `source`, `timeZone`, and `warnings` [{`kind`, `message`}] only when the
    /// date as written was doubtful: ``Dateline/warnings``} (a wire lede's place and source included: "HONG KONG
    /// (CNN) —"); the article's header: `headline` {`text`, `start`, `end`} (``headline``, `null` when the header has
    /// none) and `bodyStart` (``bodyStart``, where the body starts after the header); `events` in timeline order, each with
    /// `expression` {`text`, `type`, `value`, `mod`, `start`, `end`}, `interval` {`start`, `end`} (ISO 8601,
    /// end inclusive, `null` where vague), `trigger`, `triggerStart`, `triggerEnd`, `secondaryTriggers`
    /// [{`text`, `start`, `end`}] (``Event/secondaryTriggers``), `description`, `sentence`, `approximate`, `vague`;
    /// and `expressions`: every expression found, dated or not, with its `granularity`, `interval`,
    /// `unresolvedReason` and range `parts` (and a set's TIMEX3 `quant` and `freq` where it has them: "every Monday",
    /// "twice a week"). Offsets count Unicode scalars into the article text.
    public func json(prettyPrinted: Bool = true) -> String {
        // Every value here is a plain string, integer, boolean or null: encoding cannot fail.
        (try? JSONStreamEncoder(prettyPrinted: prettyPrinted).encodeString(TimelineJSON(self))) ?? "{}"
    }
}

extension KeyedEncodingContainerProtocol {
    /// Encodes `value`, or `null` when it is absent (`encodeIfPresent` would leave the key out).
    mutating func encode<T: Encodable>(orNull value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// A string or `null`: the container's `String` requirement, not the generic path with its type
    /// arguments (most optional fields are strings).
    mutating func encode(orNull value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// An interval or `null`, the interval as a nested object: through the generic path, a value costs a wrapper's
    /// `encode(to:)` and the writer's type tests (~170 instructions more; Performance.md).
    mutating func encode(orNull interval: DayInterval?, forKey key: Key) throws {
        if let interval {
            try encode(members: interval, forKey: key)
        } else {
            try encodeNil(forKey: key)
        }
    }

    /// An integer or `null`, through the container's `Int` requirement.
    mutating func encode(orNull value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

/// The JSON document, written field by field so that absent values appear as `null`; also the
/// `timeline` object of a batch result.
struct TimelineJSON: Encodable {
    let timeline: Timeline
    init(_ timeline: Timeline) { self.timeline = timeline }

    enum Keys: String, CodingKey { case bodyStart, dateline, events, expressions, headline }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        // In key order, so that the encoder never has to rearrange the object.
        try container.encode(timeline.bodyStart, forKey: .bodyStart)
        try container.encode(JSONDateline(dateline: timeline.dateline), forKey: .dateline)
        try container.encode(JSONEvents(events: timeline.events), forKey: .events)
        try container.encode(JSONExpressions(expressions: timeline.expressions), forKey: .expressions)
        try container.encode(orNull: timeline.headline.map { JSONSpan(text: $0.text, start: $0.start, end: $0.end) }, forKey: .headline)
    }
}

/// The events as a JSON array, each wrapped as it is encoded: no array of wrappers built first (each
/// event copied into it, and copied again as the array encodes itself). Three small wrappers, not one generic
/// wrapper with a closure: the compiler did not specialise that one (+8 M instructions per MB, Performance.md); the
/// closure `JSONObjects.encode(count:to:_:)` takes is not kept, and is specialised.
///
/// The wrappers point at their values in the array's buffer, lent while the array encodes: a wrapper holding a
/// copy of its event retained and released each of its strings and arrays (~550 instructions an event, and ~350
/// for its expression). A pointer never outlives the `withUnsafeBufferPointer` that lends it: encoding is
/// synchronous, and the encoder keeps no value it is given.
private struct JSONEvents: Encodable {
    let events: [Event]
    func encode(to encoder: any Encoder) throws {
        try events.withUnsafeBufferPointer { events in
            try JSONObjects.encode(count: events.count, to: encoder) { JSONEvent(event: events.baseAddress! + $0) }
        }
    }
}

/// Every expression in its full form as a JSON array, wrapped as it is encoded (as for the events, in place).
private struct JSONExpressions: Encodable {
    let expressions: [TemporalExpression]
    func encode(to encoder: any Encoder) throws {
        try expressions.withUnsafeBufferPointer { expressions in
            try JSONObjects.encode(count: expressions.count, to: encoder) { JSONExpression(expression: expressions.baseAddress! + $0, full: true) }
        }
    }
}

private struct JSONDateline: Encodable {
    let dateline: Dateline
    enum Keys: String, CodingKey { case date, place, precision, source, timeZone, warnings }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(dateline.date.description, forKey: .date)
        try container.encode(orNull: dateline.place, forKey: .place)
        // Only for a month (round 124): a day's JSON is as it was.
        if dateline.precision != .day { try container.encode(dateline.precision.rawValue, forKey: .precision) }
        try container.encode(orNull: dateline.source, forKey: .source)
        try container.encode(dateline.timeZone, forKey: .timeZone)
        // Only when there are some (round 119): a plainly written dateline's JSON is as it was.
        if !dateline.warnings.isEmpty { try container.encode(dateline.warnings, forKey: .warnings) }
    }
}

struct JSONEvent: Encodable, JSONMembers {
    /// The event, in its array's buffer (``JSONEvents``).
    let event: UnsafePointer<Event>
    enum Keys: String, CodingKey {
        case expression, interval, trigger, triggerStart, triggerEnd, secondaryTriggers, description, sentence, approximate, vague
    }
    /// Where an event's expression lies inside it.
    private static let expressionOffset = MemoryLayout<Event>.offset(of: \.expression)!

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try encode(into: &container)
    }

    /// Writes the members into `container`: the event's own (``encode(to:)``) or an object nested in the events' array
    /// (``JSONEvents``: through the generic `encode(_:)`, each event cost its wrapper's `encode(to:)` and the writer's type
    /// tests, as an expression or an interval did).
    func encode<Container: KeyedEncodingContainerProtocol>(into container: inout Container) throws where Container.Key == Keys {
        let expression = UnsafeRawPointer(event).advanced(by: Self.expressionOffset).assumingMemoryBound(to: TemporalExpression.self)
        // In key order, so that the encoder never has to rearrange the object.
        try container.encode(expression.pointee.isApproximate, forKey: .approximate)
        try container.encode(event.pointee.description, forKey: .description)
        try container.encode(members: JSONExpression(expression: expression, full: false), forKey: .expression)
        try container.encode(orNull: event.pointee.interval, forKey: .interval)
        try event.pointee.secondaryTriggers.withUnsafeBufferPointer { triggers in
            try container.encode(objects: triggers.count, forKey: .secondaryTriggers) {
                JSONSpan(text: triggers[$0].text, start: triggers[$0].start, end: triggers[$0].end)
            }
        }
        try container.encode(event.pointee.sentence, forKey: .sentence)
        try container.encode(orNull: event.pointee.trigger, forKey: .trigger)
        try container.encode(orNull: event.pointee.triggerEnd, forKey: .triggerEnd)
        try container.encode(orNull: event.pointee.triggerStart, forKey: .triggerStart)
        try container.encode(expression.pointee.isVague, forKey: .vague)
    }
}

/// A stretch of the article's text and its offsets, `{"end", "start", "text"}`: a secondary trigger, the headline.
struct JSONSpan: Encodable, JSONMembers {
    let text: String
    let start: Int
    let end: Int
    enum Keys: String, CodingKey { case end, start, text }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try encode(into: &container)
    }

    /// Writes the members into `container`: the span's own (``encode(to:)``), or an object of an event's
    /// `secondaryTriggers` (``JSONMembers``).
    func encode<Container: KeyedEncodingContainerProtocol>(into container: inout Container) throws where Container.Key == Keys {
        try container.encode(end, forKey: .end)
        try container.encode(start, forKey: .start)
        try container.encode(text, forKey: .text)
    }
}

struct JSONExpression: Encodable, JSONMembers {
    /// The expression, in its array's buffer or in its event (``JSONEvents``).
    let expression: UnsafePointer<TemporalExpression>
    /// The full form (in `expressions`) adds granularity, interval, flags, reason and parts.
    let full: Bool
    enum Keys: String, CodingKey {
        case text, type, value, mod, start, end, granularity, interval, approximate, vague, unresolvedReason, parts, quant, freq
    }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try encode(into: &container)
    }

    /// Writes the members into `container`: the expression's own (``encode(to:)``) or an object nested in its event's.
    func encode<Container: KeyedEncodingContainerProtocol>(into container: inout Container) throws where Container.Key == Keys {
        // In key order, so that the encoder never has to rearrange the object.
        if full { try container.encode(expression.pointee.isApproximate, forKey: .approximate) }
        try container.encode(expression.pointee.end, forKey: .end)
        if full {
            // A set's `freq` and `quant` only where it has them ("twice a week", "every Monday").
            try container.encodeIfPresent(expression.pointee.freq, forKey: .freq)
            try container.encode(expression.pointee.granularity.rawValue, forKey: .granularity)
            try container.encode(orNull: expression.pointee.interval, forKey: .interval)
        }
        try container.encode(orNull: expression.pointee.mod, forKey: .mod)
        if full {
            try expression.pointee.parts.withUnsafeBufferPointer { parts in
                try container.encode(objects: parts.count, forKey: .parts) { JSONExpression(expression: parts.baseAddress! + $0, full: true) }
            }
            try container.encodeIfPresent(expression.pointee.quant, forKey: .quant)
        }
        try container.encode(expression.pointee.start, forKey: .start)
        try container.encode(expression.pointee.text, forKey: .text)
        try container.encode(expression.pointee.type.rawValue, forKey: .type)
        if full {
            try container.encode(orNull: expression.pointee.unresolvedReason, forKey: .unresolvedReason)
            try container.encode(expression.pointee.isVague, forKey: .vague)
        }
        try container.encode(orNull: expression.pointee.value, forKey: .value)
    }
}

extension DayInterval: JSONMembers {
    typealias Keys = CodingKeys
}
