/// Scores temporal expressions against TimeML gold as TempEval-3 Task A does.
///
/// Gold and system expressions are paired when their spans overlap, one-to-one, first come first served in
/// document order. A pair is a relaxed match; a strict match when the spans are identical. `type` and `value`
/// are compared as exact strings over relaxed matches. The dateline is not scored (it is not in the gold
/// ``TimeMLDocument/timexes``). A corpus score is the micro average: ``TempEvalScore/microAverage(name:of:)``.
public struct TempEvalScorer: Sendable {
    /// How many Unicode scalars of context error reports show on each side of an expression.
    public var contextRadius: Int

    /// Makes a scorer.
    public init(contextRadius: Int = 30) {
        self.contextRadius = contextRadius
    }

    /// Gold and system expressions paired by overlap.
    public struct Pairing: Sendable, Hashable {
        /// A gold and a system expression, by their indices in the arrays given to ``TempEvalScorer/pair(gold:system:)``.
        public struct Pair: Sendable, Hashable {
            /// Index of the gold expression.
            public var gold: Int
            /// Index of the system expression.
            public var system: Int
        }

        /// The pairs, in the gold expressions' document order.
        public var pairs: [Pair]
        /// Indices of the gold expressions left unpaired (missed), in document order.
        public var unpairedGold: [Int]
        /// Indices of the system expressions left unpaired (spurious), in document order.
        public var unpairedSystem: [Int]
    }

    /// Pairs expressions whose spans overlap, one-to-one: walking the gold in document order, each takes the first
    /// still unpaired system expression (in document order) that overlaps it. Empty spans overlap nothing.
    public static func pair(gold: [TimexAnnotation], system: [TimexAnnotation]) -> Pairing {
        let goldOrder = documentOrder(gold)
        let systemOrder = documentOrder(system)
        var taken = [Bool](repeating: false, count: system.count)
        var pairs: [Pairing.Pair] = []
        var unpairedGold: [Int] = []
        for g in goldOrder {
            var partner: Int?
            for s in systemOrder {
                if system[s].start >= gold[g].end { break }
                if !taken[s], overlaps(gold[g].range, system[s].range) { partner = s; break }
            }
            if let partner {
                taken[partner] = true
                pairs.append(Pairing.Pair(gold: g, system: partner))
            } else {
                unpairedGold.append(g)
            }
        }
        return Pairing(pairs: pairs, unpairedGold: unpairedGold, unpairedSystem: systemOrder.filter { !taken[$0] })
    }

    /// Scores a system's expressions for one document.
    /// - Parameters:
    ///   - document: the gold document; its ``TimeMLDocument/timexes`` are the gold expressions.
    ///   - system: the system's expressions, with offsets into ``TimeMLDocument/text``; each may carry the
    ///     span of the event it anchors on in ``TimexAnnotation/trigger``.
    ///   - sentenceEnds: the exclusive end offsets of the document's sentences, ascending (offsets past the last
    ///     end belong to one more sentence). `nil` skips event anchoring (its counts stay 0).
    public func score(_ document: TimeMLDocument, system: [TimexAnnotation], sentenceEnds: [Int]? = nil) -> TempEvalScore {
        let gold = document.timexes
        let pairing = Self.pair(gold: gold, system: system)
        var counts = TempEvalCounts(gold: gold.count, system: system.count, relaxedMatches: pairing.pairs.count)
        for pair in pairing.pairs {
            let (g, s) = (gold[pair.gold], system[pair.system])
            if g.start == s.start, g.end == s.end { counts.strictMatches += 1 }
            if g.type == s.type { counts.typeCorrect += 1 }
            if g.value == s.value { counts.valueCorrect += 1 }
        }
        if let sentenceEnds {
            let links = Self.scoredLinks(document, system: system, pairing: pairing, sentenceEnds: sentenceEnds)
            counts.anchorCorrect = links.count { $0.correct }
            counts.anchorTotal = links.count
            var expressions: [String: Bool] = [:]
            for link in links {
                let primary = link.system.trigger.map { Self.overlaps($0, link.event.range) } ?? false
                expressions[link.timexID] = (expressions[link.timexID] ?? false) || primary
            }
            counts.anchorExpressions = expressions.count
            counts.anchorExpressionsCorrect = expressions.values.count { $0 }
        }
        return TempEvalScore(name: document.name, documents: 1, counts: counts)
    }

    /// A scored anchor link: the gold timex, the system expression matched to it, the gold event, and whether
    /// the system tied the expression to that event.
    struct ScoredLink {
        var timexID: String
        var gold: TimexAnnotation
        var system: TimexAnnotation
        var event: EventAnnotation
        var correct: Bool
    }

    /// Event anchoring: every gold anchor link (each event–timex pair once) whose timex was relaxed-matched and
    /// whose event starts in the sentence where the timex starts is scored, in file order; it is correct when the
    /// matched system expression's trigger or one of its secondary triggers overlaps the gold event. Per
    /// expression, a gold timex with scored links is correct when the primary trigger overlaps one of their events.
    static func scoredLinks(
        _ document: TimeMLDocument, system: [TimexAnnotation], pairing: Pairing, sentenceEnds: [Int]
    ) -> [ScoredLink] {
        var systemOfGold: [String: TimexAnnotation] = [:]
        for pair in pairing.pairs {
            if let tid = document.timexes[pair.gold].tid { systemOfGold[tid] = system[pair.system] }
        }
        var goldTimexes: [String: TimexAnnotation] = [:]
        for timex in document.timexes { if let tid = timex.tid { goldTimexes[tid] = timex } }
        var events: [String: EventAnnotation] = [:]
        for event in document.events where events[event.eid] == nil { events[event.eid] = event }

        var seen: Set<[String]> = []
        var links: [ScoredLink] = []
        for link in document.anchorLinks where seen.insert([link.eventID, link.timexID]).inserted {
            guard let matched = systemOfGold[link.timexID], let timex = goldTimexes[link.timexID],
                  let event = events[link.eventID],
                  sentence(of: event.start, ends: sentenceEnds) == sentence(of: timex.start, ends: sentenceEnds)
            else { continue }
            let correct = (matched.trigger.map { overlaps($0, event.range) } ?? false)
                || matched.secondaryTriggers.contains { overlaps($0, event.range) }
            links.append(ScoredLink(timexID: link.timexID, gold: timex, system: matched, event: event, correct: correct))
        }
        return links
    }

    /// The index of the sentence holding `offset`: how many sentence ends are at or before it.
    static func sentence(of offset: Int, ends: [Int]) -> Int {
        var low = 0
        var high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if ends[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Whether two spans share at least one scalar (an empty span shares none).
    static func overlaps(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        !a.isEmpty && !b.isEmpty && a.lowerBound < b.upperBound && b.lowerBound < a.upperBound
    }

    /// Indices sorted by (start, end), stable.
    static func documentOrder(_ items: [TimexAnnotation]) -> [Int] {
        items.indices.sorted { (items[$0].start, items[$0].end, $0) < (items[$1].start, items[$1].end, $1) }
    }
}
