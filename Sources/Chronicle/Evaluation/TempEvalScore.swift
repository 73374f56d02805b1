/// The raw counts of TempEval-3 Task A for one document or, summed, for a corpus (micro average).
public struct TempEvalCounts: Sendable, Hashable, Codable {
    /// Gold expressions (the dateline excluded).
    public var gold = 0
    /// System expressions.
    public var system = 0
    /// Pairs with identical extents.
    public var strictMatches = 0
    /// Pairs (overlapping extents).
    public var relaxedMatches = 0
    /// Pairs whose `type` is the same string.
    public var typeCorrect = 0
    /// Pairs whose `value` is the same string.
    public var valueCorrect = 0
    /// Gold anchor links whose system trigger overlaps the gold event.
    public var anchorCorrect = 0
    /// Gold anchor links that were scored (timex relaxed-matched, event in the timex's sentence).
    public var anchorTotal = 0
    /// Gold TIMEX3s with at least one scored anchor link whose matched system expression's trigger (the primary
    /// one, ``TimexAnnotation/trigger``) overlaps one of their scored gold events.
    public var anchorExpressionsCorrect = 0
    /// Gold TIMEX3s with at least one scored anchor link.
    public var anchorExpressions = 0

    /// Makes counts, all zero by default.
    public init(
        gold: Int = 0, system: Int = 0, strictMatches: Int = 0, relaxedMatches: Int = 0,
        typeCorrect: Int = 0, valueCorrect: Int = 0, anchorCorrect: Int = 0, anchorTotal: Int = 0,
        anchorExpressionsCorrect: Int = 0, anchorExpressions: Int = 0
    ) {
        self.anchorExpressionsCorrect = anchorExpressionsCorrect
        self.anchorExpressions = anchorExpressions
        self.gold = gold
        self.system = system
        self.strictMatches = strictMatches
        self.relaxedMatches = relaxedMatches
        self.typeCorrect = typeCorrect
        self.valueCorrect = valueCorrect
        self.anchorCorrect = anchorCorrect
        self.anchorTotal = anchorTotal
    }

    /// The sum of two sets of counts.
    public static func + (a: TempEvalCounts, b: TempEvalCounts) -> TempEvalCounts {
        TempEvalCounts(
            gold: a.gold + b.gold, system: a.system + b.system,
            strictMatches: a.strictMatches + b.strictMatches, relaxedMatches: a.relaxedMatches + b.relaxedMatches,
            typeCorrect: a.typeCorrect + b.typeCorrect, valueCorrect: a.valueCorrect + b.valueCorrect,
            anchorCorrect: a.anchorCorrect + b.anchorCorrect, anchorTotal: a.anchorTotal + b.anchorTotal,
            anchorExpressionsCorrect: a.anchorExpressionsCorrect + b.anchorExpressionsCorrect,
            anchorExpressions: a.anchorExpressions + b.anchorExpressions
        )
    }

    private enum CodingKeys: String, CodingKey {
        case gold, system, strictMatches, relaxedMatches, typeCorrect, valueCorrect, anchorCorrect, anchorTotal
        case anchorExpressionsCorrect, anchorExpressions
    }

    /// Decodes counts; the per-expression anchoring counts may be absent (written before they existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        gold = try container.decode(Int.self, forKey: .gold)
        system = try container.decode(Int.self, forKey: .system)
        strictMatches = try container.decode(Int.self, forKey: .strictMatches)
        relaxedMatches = try container.decode(Int.self, forKey: .relaxedMatches)
        typeCorrect = try container.decode(Int.self, forKey: .typeCorrect)
        valueCorrect = try container.decode(Int.self, forKey: .valueCorrect)
        anchorCorrect = try container.decode(Int.self, forKey: .anchorCorrect)
        anchorTotal = try container.decode(Int.self, forKey: .anchorTotal)
        anchorExpressionsCorrect = try container.decodeIfPresent(Int.self, forKey: .anchorExpressionsCorrect) ?? 0
        anchorExpressions = try container.decodeIfPresent(Int.self, forKey: .anchorExpressions) ?? 0
    }
}

/// TempEval-3 Task A figures, as fractions 0…1, for one document or a corpus.
///
/// Encodes to JSON as `{"name", "documents", "counts", "strict": {"precision", "recall", "f1"}, "relaxed": {…},
/// "type": {"accuracy", "f1"}, "value": {…}, "anchoring": {"accuracy", "correct", "total"}}`;
/// decoding reads `name`, `documents` and `counts` and recomputes the rest.
public struct TempEvalScore: Sendable, Hashable, Codable {
    /// Precision, recall and F1 of finding expressions.
    public struct Extent: Sendable, Hashable, Codable {
        /// Matches / system expressions (0 when there are none).
        public var precision: Double
        /// Matches / gold expressions (0 when there are none).
        public var recall: Double
        /// Harmonic mean of precision and recall (0 when both are 0).
        public var f1: Double
    }

    /// Accuracy and F1 of an attribute (`type` or `value`).
    public struct Attribute: Sendable, Hashable, Codable {
        /// Correct / relaxed matches (0 when there are none).
        public var accuracy: Double
        /// Accuracy × relaxed F1, i.e. 2 × correct / (system + gold).
        public var f1: Double
    }

    /// Event anchoring accuracy, per gold link and per gold expression.
    public struct Anchoring: Sendable, Hashable, Codable {
        /// Per link: correct / total (0 when nothing was scored).
        public var accuracy: Double
        /// Scored gold links whose event is among the events the system tied the expression to (its trigger
        /// and secondary triggers).
        public var correct: Int
        /// Scored gold links.
        public var total: Int
        /// Per expression: expressionsCorrect / expressions (0 when nothing was scored).
        public var expressionAccuracy: Double = 0
        /// Gold TIMEX3s with a scored link whose one trigger (the primary, as a timeline shows it) is one of
        /// their gold events.
        public var expressionsCorrect: Int = 0
        /// Gold TIMEX3s with at least one scored link.
        public var expressions: Int = 0

        /// Makes anchoring figures.
        public init(accuracy: Double, correct: Int, total: Int, expressionAccuracy: Double = 0,
                    expressionsCorrect: Int = 0, expressions: Int = 0) {
            self.accuracy = accuracy
            self.correct = correct
            self.total = total
            self.expressionAccuracy = expressionAccuracy
            self.expressionsCorrect = expressionsCorrect
            self.expressions = expressions
        }
    }

    /// The document's or corpus's name.
    public var name: String
    /// How many documents the counts sum over.
    public var documents: Int
    /// The raw counts.
    public var counts: TempEvalCounts

    /// Makes a score from counts.
    public init(name: String, documents: Int = 1, counts: TempEvalCounts) {
        self.name = name
        self.documents = documents
        self.counts = counts
    }

    /// The micro average of several scores: their counts summed.
    public static func microAverage(name: String, of scores: [TempEvalScore]) -> TempEvalScore {
        TempEvalScore(
            name: name,
            documents: scores.reduce(0) { $0 + $1.documents },
            counts: scores.reduce(TempEvalCounts()) { $0 + $1.counts }
        )
    }

    /// Strict matching: identical extents.
    public var strict: Extent { Self.extent(counts.strictMatches, counts) }
    /// Relaxed matching: overlapping extents.
    public var relaxed: Extent { Self.extent(counts.relaxedMatches, counts) }
    /// `type` over relaxed matches.
    public var type: Attribute { attribute(counts.typeCorrect) }
    /// `value` over relaxed matches (value F1 is the headline figure).
    public var value: Attribute { attribute(counts.valueCorrect) }
    /// Event anchoring.
    public var anchoring: Anchoring {
        Anchoring(
            accuracy: Self.ratio(counts.anchorCorrect, counts.anchorTotal),
            correct: counts.anchorCorrect, total: counts.anchorTotal,
            expressionAccuracy: Self.ratio(counts.anchorExpressionsCorrect, counts.anchorExpressions),
            expressionsCorrect: counts.anchorExpressionsCorrect, expressions: counts.anchorExpressions
        )
    }

    private static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private static func extent(_ matches: Int, _ counts: TempEvalCounts) -> Extent {
        let precision = ratio(matches, counts.system)
        let recall = ratio(matches, counts.gold)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return Extent(precision: precision, recall: recall, f1: f1)
    }

    private func attribute(_ correct: Int) -> Attribute {
        let accuracy = Self.ratio(correct, counts.relaxedMatches)
        return Attribute(accuracy: accuracy, f1: accuracy * relaxed.f1)
    }

    // MARK: - Codable

    private enum CodingKeys: String, CodingKey {
        case name, documents, counts, strict, relaxed, type, value, anchoring
    }

    /// Reads `name`, `documents` and `counts`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        documents = try container.decode(Int.self, forKey: .documents)
        counts = try container.decode(TempEvalCounts.self, forKey: .counts)
    }

    /// Writes the counts and every derived figure.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(documents, forKey: .documents)
        try container.encode(counts, forKey: .counts)
        try container.encode(strict, forKey: .strict)
        try container.encode(relaxed, forKey: .relaxed)
        try container.encode(type, forKey: .type)
        try container.encode(value, forKey: .value)
        try container.encode(anchoring, forKey: .anchoring)
    }
}
