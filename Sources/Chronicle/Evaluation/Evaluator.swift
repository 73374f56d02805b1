/// Runs the pipeline on TimeML gold documents and scores it as TempEval-3 Task A does.
///
/// Each document's tag-stripped text is tagged with its own creation time as the dateline; a range
/// counts as two expressions, one per end, as TimeML annotates it.
public struct Evaluator: Sendable {
    /// The results for one corpus.
    public struct CorpusResult: Sendable {
        /// The micro-averaged score of the corpus.
        public var score: TempEvalScore
        /// The score of each document.
        public var documents: [TempEvalScore]
        /// Every error, document by document, for ``TempEvalScorer/families(of:top:examples:)``.
        public var errors: [TempEvalError]
        /// Every wrong anchor (``TempEvalError/Kind/wrongAnchor``), document by document.
        public var anchoringErrors: [TempEvalError] = []
    }

    /// The extractor under test.
    public var extractor: TimelineExtractor
    /// The scorer.
    public var scorer: TempEvalScorer

    /// Creates an evaluator.
    public init(extractor: TimelineExtractor = TimelineExtractor(), scorer: TempEvalScorer = TempEvalScorer()) {
        self.extractor = extractor
        self.scorer = scorer
    }

    /// The system's annotations for a gold document, and the sentence ends used for anchoring.
    public func annotate(_ document: TimeMLDocument) throws(ChronicleError) -> (annotations: [TimexAnnotation], sentenceEnds: [Int]) {
        guard let creation = document.creationTime, let date = CalendarDate(iso: creation.prefix(10)) else {
            throw ChronicleError(.missingDateline, "\(document.name): no creation time in <DCT>")
        }
        let article = Article(text: document.text, dateline: Dateline(date: date), skipsHeader: false)
        let timeline = try extractor.timeline(for: article)
        return (timeline.timexAnnotations(), timeline.sentenceEnds)
    }

    /// Scores every document of a corpus; a document without a creation time is reported and skipped.
    public func evaluate(_ documents: [TimeMLDocument], name: String) -> CorpusResult {
        var scores: [TempEvalScore] = []
        var errors: [TempEvalError] = []
        var anchoringErrors: [TempEvalError] = []
        for document in documents {
            guard let (system, sentenceEnds) = try? annotate(document) else { continue }
            scores.append(scorer.score(document, system: system, sentenceEnds: sentenceEnds))
            errors.append(contentsOf: scorer.errors(in: document, system: system))
            anchoringErrors.append(contentsOf: scorer.anchoringErrors(in: document, system: system, sentenceEnds: sentenceEnds))
        }
        return CorpusResult(score: TempEvalScore.microAverage(name: name, of: scores), documents: scores, errors: errors,
                            anchoringErrors: anchoringErrors)
    }
}

extension Timeline {
    /// The timeline's expressions as TIMEX3 annotations, a range as its two ends, each with the
    /// span of the event trigger it was tied to and those of its secondary triggers (durations and sets included).
    public func timexAnnotations() -> [TimexAnnotation] {
        var annotations: [TimexAnnotation] = []
        for expression in expressions {
            let trigger = triggers[expression.start]
            let secondary = secondaryTriggers[expression.start] ?? []
            for part in expression.parts.isEmpty ? [expression] : expression.parts {
                annotations.append(TimexAnnotation(start: part.start, end: part.end, type: part.type.rawValue,
                                                   value: part.value ?? "", mod: part.mod, text: part.text, trigger: trigger,
                                                   secondaryTriggers: secondary))
            }
        }
        return annotations
    }
}
