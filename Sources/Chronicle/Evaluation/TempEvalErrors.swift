/// One scoring error: a missed, spurious or wrongly normalised expression, with enough to read it.
public struct TempEvalError: Sendable, Hashable, Codable {
    /// The kinds of error.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A gold expression no system expression overlaps.
        case missed
        /// A system expression no gold expression overlaps.
        case spurious
        /// Paired, but the extents differ.
        case wrongExtent = "wrong extent"
        /// Paired, but the values differ.
        case wrongValue = "wrong value"
        /// Paired, but the types differ.
        case wrongType = "wrong type"
        /// A scored anchor link (see ``TempEvalScorer/score(_:system:sentenceEnds:)``) whose gold event is not an
        /// event the system tied the expression to.
        case wrongAnchor = "wrong anchor"
    }

    /// What went wrong.
    public var kind: Kind
    /// The document's name.
    public var document: String
    /// The gold expression (`nil` when spurious).
    public var gold: TimexAnnotation?
    /// The system expression, with its text filled in (`nil` when missed).
    public var system: TimexAnnotation?
    /// About ``TempEvalScorer/contextRadius`` scalars on each side of the expression, which is set in
    /// `[brackets]`, with newlines and runs of white space turned into single spaces.
    /// The context. For a wrong anchor: the sentence (up to ``TempEvalScorer/contextRadius`` × 3 scalars on each
    /// side of the expression) with the expression in `[brackets]`, the gold event in `{braces}` and the
    /// system's trigger in `<angle brackets>`.
    public var context: String
    /// For a wrong anchor: the gold event of the link.
    public var goldEvent: EventAnnotation?
    /// For a wrong anchor: the text of the trigger the system tied the expression to (`nil` when it tied none).
    public var systemTrigger: String?

    /// Makes an error record.
    public init(
        kind: Kind, document: String, gold: TimexAnnotation?, system: TimexAnnotation?, context: String,
        goldEvent: EventAnnotation? = nil, systemTrigger: String? = nil
    ) {
        self.kind = kind
        self.document = document
        self.gold = gold
        self.system = system
        self.context = context
        self.goldEvent = goldEvent
        self.systemTrigger = systemTrigger
    }

    /// The family this error belongs to: the kind and the shape of the expression's text (the gold text,
    /// or the system's when spurious), e.g. `"missed: the 9999s"`.
    /// A wrong anchor's family is the system's trigger word instead (`"wrong anchor: ours said"`, `"wrong anchor: ours none"`).
    public var familyKey: String {
        if kind == .wrongAnchor { return "\(kind.rawValue): ours \(TempEvalError.shape(of: systemTrigger ?? "none"))" }
        return "\(kind.rawValue): \(TempEvalError.shape(of: (gold ?? system)?.text ?? ""))"
    }

    /// A one-line description, e.g. `wrong value: last week (gold 1998-W05 vs ours 1998-W06)`.
    public var summary: String {
        let text = TempEvalError.oneLine((gold ?? system)?.text ?? "")
        switch kind {
        case .missed:
            return "missed: \(text) (gold \(gold?.type ?? "") \(gold?.value ?? ""))"
        case .spurious:
            return "spurious: \(text) (ours \(system?.type ?? "") \(system?.value ?? ""))"
        case .wrongExtent:
            return "wrong extent: \(text) (gold \"\(text)\" vs ours \"\(TempEvalError.oneLine(system?.text ?? ""))\")"
        case .wrongValue:
            return "wrong value: \(text) (gold \(gold?.value ?? "") vs ours \(system?.value ?? ""))"
        case .wrongType:
            return "wrong type: \(text) (gold \(gold?.type ?? "") vs ours \(system?.type ?? ""))"
        case .wrongAnchor:
            return "wrong anchor: \(text) (gold event \"\(TempEvalError.oneLine(goldEvent?.text ?? ""))\" vs ours \"\(TempEvalError.oneLine(systemTrigger ?? "none"))\")"
        }
    }

    /// An expression's shape: lowercased, every digit replaced by `9`, white space collapsed to single spaces.
    public static func shape(of text: String) -> String {
        var shape = ""
        for scalar in oneLine(text).lowercased().unicodeScalars {
            shape.unicodeScalars.append(("0"..."9").contains(scalar) ? "9" : scalar)
        }
        return shape
    }

    /// `text` with every run of white space (newlines included) turned into one space, trimmed.
    static func oneLine(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Errors of one family (same kind, same expression shape), with their count and a few examples.
public struct TempEvalErrorFamily: Sendable, Hashable, Codable {
    /// The family key, e.g. `"wrong value: last week"`.
    public var key: String
    /// How many errors the family has.
    public var count: Int
    /// The first few errors of the family, in the order they were given.
    public var examples: [TempEvalError]
}

extension TempEvalScorer {
    /// Every error of a system on one document, in document order: each missed gold expression, each spurious
    /// system expression, and for each pair whose extent, value or type differ one record per difference.
    public func errors(in document: TimeMLDocument, system: [TimexAnnotation]) -> [TempEvalError] {
        let scalars = Array(document.text.unicodeScalars)
        let gold = document.timexes
        let system = system.map { expression in
            var expression = expression
            if expression.text.isEmpty { expression.text = Self.slice(scalars, expression.start, expression.end) }
            return expression
        }
        let pairing = Self.pair(gold: gold, system: system)
        var found: [(position: Int, error: TempEvalError)] = []
        func record(_ kind: TempEvalError.Kind, _ g: TimexAnnotation?, _ s: TimexAnnotation?) {
            let start = min(g?.start ?? Int.max, s?.start ?? Int.max)
            let end = max(g?.end ?? Int.min, s?.end ?? Int.min)
            let context = self.context(scalars, start, end)
            found.append((start, TempEvalError(kind: kind, document: document.name, gold: g, system: s, context: context)))
        }
        for index in pairing.unpairedGold { record(.missed, gold[index], nil) }
        for index in pairing.unpairedSystem { record(.spurious, nil, system[index]) }
        for pair in pairing.pairs {
            let (g, s) = (gold[pair.gold], system[pair.system])
            if g.start != s.start || g.end != s.end { record(.wrongExtent, g, s) }
            if g.value != s.value { record(.wrongValue, g, s) }
            if g.type != s.type { record(.wrongType, g, s) }
        }
        return found.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.error)
    }

    /// Groups errors into families by ``TempEvalError/familyKey`` and returns the `top` largest, by count
    /// (descending) then key, each with up to `examples` errors in the order given.
    public static func families(of errors: [TempEvalError], top: Int, examples: Int = 3) -> [TempEvalErrorFamily] {
        var families: [String: TempEvalErrorFamily] = [:]
        for error in errors {
            let key = error.familyKey
            var family = families[key] ?? TempEvalErrorFamily(key: key, count: 0, examples: [])
            family.count += 1
            if family.examples.count < examples { family.examples.append(error) }
            families[key] = family
        }
        return Array(families.values.sorted { ($1.count, $0.key) < ($0.count, $1.key) }.prefix(max(top, 0)))
    }

    /// Every wrong anchor of a system on one document, in document order of the gold links' expressions: each gold
    /// anchor link scored by ``score(_:system:sentenceEnds:)`` whose gold event is not one the system tied the
    /// matched expression to.
    public func anchoringErrors(in document: TimeMLDocument, system: [TimexAnnotation], sentenceEnds: [Int]) -> [TempEvalError] {
        let scalars = Array(document.text.unicodeScalars)
        let pairing = Self.pair(gold: document.timexes, system: system)
        var found: [(position: Int, error: TempEvalError)] = []
        for link in Self.scoredLinks(document, system: system, pairing: pairing, sentenceEnds: sentenceEnds) where !link.correct {
            let ours = link.system.trigger
            let sentence = Self.sentence(of: link.gold.start, ends: sentenceEnds)
            let sentenceStart = sentence == 0 ? 0 : sentenceEnds[sentence - 1]
            let sentenceEnd = sentence < sentenceEnds.count ? sentenceEnds[sentence] : scalars.count
            var marks: [(Int, String)] = [(link.gold.start, "["), (link.gold.end, "]"), (link.event.start, "{"), (link.event.end, "}")]
            if let ours { marks += [(ours.lowerBound, "<"), (ours.upperBound, ">")] }
            let lower = max(sentenceStart, link.gold.start - 3 * contextRadius)
            let upper = min(sentenceEnd, link.gold.end + 3 * contextRadius)
            var text = ""
            var offset = lower
            for (position, mark) in marks.filter({ lower <= $0.0 && $0.0 <= upper }).sorted(by: { $0.0 < $1.0 }) {
                text += Self.slice(scalars, offset, position) + mark
                offset = position
            }
            text += Self.slice(scalars, offset, upper)
            var (gold, system) = (link.gold, link.system)
            if gold.text.isEmpty { gold.text = Self.slice(scalars, gold.start, gold.end) }
            if system.text.isEmpty { system.text = Self.slice(scalars, system.start, system.end) }
            let error = TempEvalError(kind: .wrongAnchor, document: document.name, gold: gold, system: system,
                                      context: TempEvalError.oneLine(text), goldEvent: link.event,
                                      systemTrigger: ours.map { Self.slice(scalars, $0.lowerBound, $0.upperBound) })
            found.append((link.gold.start, error))
        }
        return found.enumerated()
            .sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }
            .map(\.element.error)
    }

    private func context(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let before = Self.slice(scalars, start - contextRadius, start)
        let inside = Self.slice(scalars, start, end)
        let after = Self.slice(scalars, end, end + contextRadius)
        return TempEvalError.oneLine("\(before)[\(inside)]\(after)")
    }

    private static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count))
        let upper = max(lower, min(end, scalars.count))
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[lower..<upper])
        return result
    }
}
