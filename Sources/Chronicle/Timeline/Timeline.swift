/// The events of an article in time order, and every time expression it holds.
public struct Timeline: Sendable, Hashable {
    /// The article's dateline, which relative expressions were resolved against.
    public var dateline: Dateline
    /// Dated events in time order: by first day, coarser periods before the finer dates they
    /// contain, ties in text order. Approximate and vague dates are kept and marked.
    public var events: [Event]
    /// Every expression found, in text order, dated or not (durations, sets, unresolved ones).
    public var expressions: [TemporalExpression]
    /// The sentence end offsets (Unicode scalars, exclusive) the article was split into.
    public var sentenceEnds: [Int]
    /// The headline written above the dateline's line (``Article/headline``), as read: "Obama visits Israel next week"
    /// over "WASHINGTON, March 15, 2013 (AP) —". `nil` when the header has none.
    public var headline: Headline? = nil
    /// Offset (in Unicode scalars) where the article's body starts (``Article/bodyStart``): before it, the header (its
    /// headline, date line, byline, wire lede), whose place and source are the ``dateline``'s.
    public var bodyStart: Int = 0
    /// The trigger span of every expression that has one, durations and sets included, by the
    /// expression's start offset (events carry theirs too).
    var triggers: [Int: Range<Int>] = [:]
    /// The secondary trigger spans (``Event/secondaryTriggers``) of every expression that has some, by the
    /// expression's start offset.
    var secondaryTriggers: [Int: [Range<Int>]] = [:]
}

extension Timeline {
    /// An article's headline: its text and where it lies in the article.
    public struct Headline: Sendable, Hashable {
        /// The headline as written, without a wire slug ("UPDATE 1-").
        public var text: String
        /// Offset of its first Unicode scalar in the article.
        public var start: Int
        /// Offset just past its last Unicode scalar.
        public var end: Int
    }
}

extension Timeline {
    /// Where an event sorts: its first day, with two refinements a reader expects.
    ///
    /// An event dated by the current period ("this week", "this year") happens around the
    /// dateline, so it sorts at the dateline; a vague date sorts near the time it points at
    /// ("recently" shortly before the dateline, "in the future" after it).
    struct SortKey: Comparable {
        var day: CalendarDate
        var rank: Int           // granularity rank: coarser first
        var end: CalendarDate   // longer first
        var order: Int          // text order

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.day != b.day { return a.day < b.day }
            if a.rank != b.rank { return a.rank < b.rank }
            if a.end != b.end { return a.end > b.end }
            return a.order < b.order
        }
    }
}
