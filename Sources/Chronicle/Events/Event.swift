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
    /// A short description a person can read in a timeline: the clause, trimmed.
    public var description: String
    /// The whole sentence that holds the expression (a run-on sentence, e.g. a huge line without a full
    /// stop, only up to 400 Unicode scalars on either side of the expression).
    public var sentence: String

    /// The days the event falls in (the expression's interval); `nil` for vague dates.
    public var interval: DayInterval? { expression.interval }
}
