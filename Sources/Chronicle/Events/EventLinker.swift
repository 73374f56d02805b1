/// Ties each dated expression to the event it dates, within its own clause.
///
/// Candidates are scored (see ``trigger(first:last:)``): content verbs first, then reporting verbs,
/// infinitives and -ing forms, event nouns; an event noun right next to the expression wins ("2020
/// election", "a meeting in September"); nearer words and words before the expression are preferred.
/// A clause without candidates borrows the next clause, then the previous one, of the same sentence.
/// Verbs are recognised without a tagger: past and reporting forms from the lexicon, words in -ed and
/// -ing, words after "to", modals and auxiliaries.
struct EventLinker {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [WordInfo]
    let clauses: [Int32]

    /// The maximum length of a description, in Unicode scalars.
    static let descriptionLimit = 180
    /// How far (in tokens) from the expression a trigger or description is looked for: keeps the cost
    /// per expression constant in a run-on clause (100,000 weekday names, a 50 MB line without commas).
    static let window = 64

    /// Words that join a clause to the sentence and read badly at the start of a description.
    static let leadingConnectives: Set<UInt64> = Set(["which", "who", "while", "whereas", "as", "and", "but", "with", "although",
                                                      "though", "because", "so", "that", "or", "nor"].map { K.k($0) })

    /// What kind of event word a token is; stronger kinds win over nearer weaker ones.
    enum EventKind {
        case reporting, finite, nonFinite, noun

        var weight: Double {
            switch self {
            case .reporting: 2.2
            case .finite: 2.5
            case .nonFinite: 1.5
            case .noun: 1.0
            }
        }
    }

    /// The trigger token of the expression spanning tokens `first...last`, if any.
    ///
    /// Candidates in the expression's clause are scored: finite content verbs (2.5) above reporting verbs
    /// ("said", "told": 2.2; the content verb they report is the event the date belongs to more often),
    /// above infinitives and -ing forms (1.5), above event nouns (1.0); an event noun right next to the
    /// expression ("a meeting in September", "the talks this week", "the 2020 election") gets 1.8 more;
    /// every token of distance costs 0.3, and words before the expression get 0.3. The weights were set
    /// on the TimeBank anchoring measure (Documentation/Evaluation.md).
    /// A clause without candidates ("On Friday, …") borrows the next clause, then the previous one.
    func trigger(first: Int, last: Int) -> Int? {
        let own = (clauseStart(first, limit: first - Self.window), clauseEnd(last, limit: last + Self.window))
        if let best = best(in: own.0...own.1, first: first, last: last) { return best }
        let sentence = tokens[first].sentence
        let next = own.1 + 1
        if next < tokens.count, tokens[next].sentence == sentence,
           let best = best(in: next...clauseEnd(next, limit: last + Self.window), first: first, last: last) {
            return best
        }
        let previous = own.0 - 1
        if previous >= 0, tokens[previous].sentence == sentence,
           let best = best(in: clauseStart(previous, limit: first - Self.window)...previous, first: first, last: last) {
            return best
        }
        return nil
    }

    /// The best-scoring event word among `range`, the expression being tokens `first...last`.
    private func best(in range: ClosedRange<Int>, first: Int, last: Int) -> Int? {
        var bestIndex: Int?
        var bestScore = -Double.infinity
        for index in range where index < first || index > last {
            guard let kind = eventKind(index) else { continue }
            let before = index < first
            let distance = before ? first - index : index - last
            var score = kind.weight - 0.3 * Double(distance) + (before ? 0.3 : 0)
            if kind == .noun && (distance <= 2 || (!before && distance <= 3 && tokens[last + 1].isPunctuation("'"))) { score += 1.8 }
            if score > bestScore {
                bestScore = score
                bestIndex = index
            }
        }
        return bestIndex
    }

    /// Whether the token can be an event: a content verb or an event noun.
    func isEventWord(_ index: Int) -> Bool { eventKind(index) != nil }

    /// The kind of event word the token is, or `nil` when it is none.
    func eventKind(_ index: Int) -> EventKind? {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 2 else { return nil }
        let info = infos[index]
        let tags = info.tags
        if tags.contains(.reporting) { return .reporting }
        if tags.contains(.eventNoun) { return .noun }
        if tags.contains(.verb) { return .finite }
        if info.isTimeWord || tags.contains(.determiner) || tags.contains(.preposition) { return nil }
        if tags.contains(.pastVerb) {
            return tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux) ? nil : .finite
        }
        if tags.contains(.notVerb) || tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux)
            || tags.contains(.modal) || tags.contains(.future) || tags.contains(.clauseBreak) || tags.contains(.pronounSubject) {
            return nil
        }
        if token.capitalized && index > 0 && tokens[index - 1].sentence == token.sentence { return nil }
        let end = Int(token.end)
        let length = token.length
        let previousKey = index > 0 ? tokens[index - 1].key : 0
        let previousTags = index > 0 ? infos[index - 1].tags : []
        // "the troubled region", "a retired diplomat": after a determiner, -ed and -ing forms are adjectives.
        if previousTags.contains(.determiner) { return nil }
        // -ed forms are finite (or participles after an auxiliary); -ing forms are not.
        if length >= 4, scalars[end - 1] == "d", scalars[end - 2] == "e" { return previousKey == K.to ? .nonFinite : .finite }
        if length >= 5, scalars[end - 1] == "g", scalars[end - 2] == "n", scalars[end - 3] == "i" { return .nonFinite }
        // After a modal or "will": "will begin"; after "to": "to meet".
        if previousTags.contains(.modal) || previousTags.contains(.future) { return token.capitalized ? nil : .finite }
        if previousKey == K.to { return token.capitalized || tags.contains(.the) ? nil : .nonFinite }
        return nil
    }

    /// The clause of the expression as a short description; a clause without a verb borrows the next one.
    func description(first: Int, last: Int) -> String {
        var start = clauseStart(first, limit: first - Self.window)
        var end = clauseEnd(last, limit: last + Self.window)
        let sentence = tokens[first].sentence
        let hasVerb = (start...end).contains { ($0 < first || $0 > last) && isEventWord($0) }
        let words = (start...end).filter { tokens[$0].kind == .word }.count - (last - first + 1)
        if !hasVerb || words < 3 {
            // "On Friday, Beijing released …": take in the next clause; "…, launched a decade ago": the previous one.
            let opensSentence = start == 0 || tokens[start - 1].sentence != sentence
            if end + 1 < tokens.count, tokens[end + 1].sentence == sentence, !hasVerb || opensSentence {
                end = clauseEnd(end + 1, limit: last + Self.window)
            } else if !opensSentence {
                start = clauseStart(start - 1, limit: first - Self.window)
            }
        }
        // Trim leading punctuation and connectives ("which", "while", "and", "with"), trailing punctuation.
        while start < first, tokens[start].kind == .punctuation || Self.leadingConnectives.contains(tokens[start].key) { start += 1 }
        while end > last, tokens[end].kind == .punctuation { end -= 1 }
        let clauseText = text(from: Int(tokens[start].start), to: Int(tokens[end].end), limit: Self.descriptionLimit)
        return clauseText.prefix(1).uppercased() + clauseText.dropFirst()
    }

    /// The first token of the clause holding `index`, no further back than `limit`.
    private func clauseStart(_ index: Int, limit: Int) -> Int {
        var start = index
        while start > 0, start > limit, clauses[start - 1] == clauses[index] { start -= 1 }
        return start
    }

    /// The last token of the clause holding `index`, no further on than `limit`.
    private func clauseEnd(_ index: Int, limit: Int) -> Int {
        var end = index
        while end + 1 < tokens.count, end < limit, clauses[end + 1] == clauses[index] { end += 1 }
        return end
    }

    /// The text between two offsets with whitespace runs folded to one space, cut at a word boundary.
    func text(from start: Int, to end: Int, limit: Int = .max) -> String {
        var result: [UInt8] = []  // UTF-8, made a String once (ScalarText: far faster than a scalar view)
        result.reserveCapacity(max(0, min(end - start, limit)) + 4)
        var pendingSpace = false
        var count = 0
        for index in start..<end {
            let scalar = scalars[index]
            if Tokenizer.isSpace(scalar.value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                if count >= limit { ScalarText.append("…", to: &result); break }
                result.append(32)
                count += 1
                pendingSpace = false
            }
            ScalarText.append(scalar, to: &result)
            count += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
