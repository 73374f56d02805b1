/// Something that happened (or will happen) at a time the article names: one entry of a timeline.
public struct Event: Sendable, Hashable, Codable {
    /// The time expression that dates the event.
    public var expression: TemporalExpression
    /// The word the expression dates: the verb or event noun of its clause ("announced", "meeting"),
    /// or `nil` when the clause has none.
    public var trigger: String?
    /// Offset of the trigger's first Unicode scalar in the article, when there is a trigger.
    public var triggerStart: Int?
    /// Offset just past the trigger's last Unicode scalar.
    public var triggerEnd: Int?
    /// Other events the expression dates besides ``trigger``, in text order: words coordinated with the trigger
    /// ("*killed* three soldiers and *wounded* six": trigger "killed", secondary "wounded"), the verb an aspectual
    /// trigger governs ("*began* delving"), a verb and the event noun it takes as object ("*staged* a coup"), the
    /// verb of a "when" clause or of an event noun's relative clause ("the *bombing* that killed one person"), and
    /// the predicate a dated phrase belongs to ("shares *fell* in heavy trading Friday", "for the quarter ended
    /// Sept. 30, the company *earned* …"). Empty when there are none; ``trigger`` stays the one event a timeline
    /// shows. In the JSON output as `secondaryTriggers`.
    public var secondaryTriggers: [Trigger] = []
    /// A short description a person can read in a timeline: the clause, trimmed.
    public var description: String
    /// The whole sentence that holds the expression (a run-on sentence, e.g. a huge line without a full
    /// stop, only up to 400 Unicode scalars on either side of the expression).
    public var sentence: String

    /// The days the event falls in (the expression's interval); `nil` for vague dates.
    public var interval: DayInterval? { expression.interval }

    /// An event word the expression dates, with its place in the article.
    public struct Trigger: Sendable, Hashable, Codable {
        /// The word as written ("wounded").
        public var text: String
        /// Offset of the word's first Unicode scalar in the article.
        public var start: Int
        /// Offset just past the word's last Unicode scalar.
        public var end: Int

        /// Makes a trigger.
        public init(text: String, start: Int, end: Int) {
            self.text = text
            self.start = start
            self.end = end
        }
    }
}

extension Event {
    private enum CodingKeys: String, CodingKey {
        case expression, trigger, triggerStart, triggerEnd, secondaryTriggers, description, sentence
    }

    /// Decodes an event; `secondaryTriggers` may be absent (written before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        expression = try container.decode(TemporalExpression.self, forKey: .expression)
        trigger = try container.decodeIfPresent(String.self, forKey: .trigger)
        triggerStart = try container.decodeIfPresent(Int.self, forKey: .triggerStart)
        triggerEnd = try container.decodeIfPresent(Int.self, forKey: .triggerEnd)
        secondaryTriggers = try container.decodeIfPresent([Trigger].self, forKey: .secondaryTriggers) ?? []
        description = try container.decode(String.self, forKey: .description)
        sentence = try container.decode(String.self, forKey: .sentence)
    }
}
