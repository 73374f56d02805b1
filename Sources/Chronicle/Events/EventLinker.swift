/// Ties each dated expression to the event it dates, within its own clause.
///
/// The trigger is, in order of preference: an event noun right after the expression ("2020
/// election", "Monday's meeting"); the nearest verb or event noun before it in its clause; the first
/// one after it in its clause; the same search in the next clause, then the previous one, of the
/// same sentence. Verbs are recognised without a tagger: past and reporting forms from the
/// lexicon, words in -ed and -ing, words after "to", modals and auxiliaries.
struct EventLinker {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [WordInfo]
    let clauses: [Int32]

    /// The maximum length of a description, in Unicode scalars.
    static let descriptionLimit = 180

    /// Words that join a clause to the sentence and read badly at the start of a description.
    static let leadingConnectives: Set<UInt64> = Set(["which", "who", "while", "whereas", "as", "and", "but", "with", "although",
                                                      "though", "because", "so", "that", "or", "nor"].map { K.k($0) })

    /// The trigger token of the expression spanning tokens `first...last`, if any.
    func trigger(first: Int, last: Int) -> Int? {
        // "the 2020 election", "Monday's meeting"
        var next = last + 1
        if next < tokens.count, tokens[next].isPunctuation("'"), next + 1 < tokens.count, tokens[next + 1].key == K.s { next += 2 }
        if next < tokens.count, clauses[next] == clauses[last], infos[next].tags.contains(.eventNoun) { return next }
        let clause = clauses[first]
        if let found = search(clause: clause, before: first, after: last) { return found }
        let sentence = tokens[first].sentence
        var index = last + 1
        while index < tokens.count, clauses[index] == clause { index += 1 }
        if index < tokens.count, tokens[index].sentence == sentence, let found = search(clause: clauses[index], before: index, after: index - 1, forwardFirst: true) {
            return found
        }
        index = first - 1
        while index >= 0, clauses[index] == clause { index -= 1 }
        if index >= 0, tokens[index].sentence == sentence, let found = search(clause: clauses[index], before: index + 1, after: index) {
            return found
        }
        return nil
    }

    private func search(clause: Int32, before: Int, after: Int, forwardFirst: Bool = false) -> Int? {
        func backward() -> Int? {
            var index = before - 1
            while index >= 0, clauses[index] == clause {
                if isEventWord(index) { return index }
                index -= 1
            }
            return nil
        }
        func forward() -> Int? {
            var index = after + 1
            while index < tokens.count, clauses[index] == clause {
                if isEventWord(index) { return index }
                index += 1
            }
            return nil
        }
        return forwardFirst ? (forward() ?? backward()) : (backward() ?? forward())
    }

    /// Whether the token can be an event: a content verb or an event noun.
    func isEventWord(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 2 else { return false }
        let info = infos[index]
        let tags = info.tags
        if tags.contains(.eventNoun) || tags.contains(.reporting) || tags.contains(.verb) { return true }
        if info.isTimeWord || tags.contains(.determiner) || tags.contains(.preposition) { return false }
        if tags.contains(.pastVerb) { return !(tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux)) }
        if tags.contains(.notVerb) || tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux)
            || tags.contains(.modal) || tags.contains(.future) || tags.contains(.clauseBreak) || tags.contains(.pronounSubject) {
            return false
        }
        if token.capitalized && index > 0 && tokens[index - 1].sentence == token.sentence { return false }
        let end = Int(token.end)
        let length = token.length
        // -ed and -ing forms
        if length >= 4, scalars[end - 1] == "d", scalars[end - 2] == "e" { return true }
        if length >= 5, scalars[end - 1] == "g", scalars[end - 2] == "n", scalars[end - 3] == "i" { return true }
        // after "to", a modal, "will": "to meet", "will visit"
        if index > 0 {
            let previous = tokens[index - 1]
            let previousTags = infos[index - 1].tags
            if previous.key == K.to || previousTags.contains(.modal) || previousTags.contains(.future) {
                return !tags.contains(.the) && !token.capitalized
            }
        }
        return false
    }

    /// The clause of the expression as a short description; a clause without a verb borrows the next one.
    func description(first: Int, last: Int) -> String {
        let clause = clauses[first]
        var start = first
        while start > 0, clauses[start - 1] == clause { start -= 1 }
        var end = last
        while end + 1 < tokens.count, clauses[end + 1] == clause { end += 1 }
        let sentence = tokens[first].sentence
        let hasVerb = (start...end).contains { $0 < first || $0 > last ? isEventWord($0) : false }
        let words = (start...end).filter { tokens[$0].kind == .word }.count - (last - first + 1)
        if !hasVerb || words < 3 {
            // "On Friday, Beijing released …": take in the next clause; "…, launched a decade ago": the previous one.
            var next = end + 1
            if next < tokens.count, tokens[next].sentence == sentence, tokens[next].kind == .punctuation { next += 0 }
            if next < tokens.count, tokens[next].sentence == sentence, !hasVerb || start == 0 || tokens[start - 1].sentence != sentence {
                let nextClause = clauses[next]
                end = next
                while end + 1 < tokens.count, clauses[end + 1] == nextClause || (tokens[end + 1].kind == .punctuation && end + 2 < tokens.count && clauses[end + 2] == nextClause) {
                    end += 1
                }
            } else if start > 0, tokens[start - 1].sentence == sentence {
                let previousClause = clauses[start - 1]
                start -= 1
                while start > 0, clauses[start - 1] == previousClause || tokens[start].kind == .punctuation && clauses[start - 1] == previousClause { start -= 1 }
            }
        }
        // Trim leading punctuation and connectives ("which", "while", "and", "with"), trailing punctuation.
        while start < first, tokens[start].kind == .punctuation || Self.leadingConnectives.contains(tokens[start].key) { start += 1 }
        while end > last, tokens[end].kind == .punctuation { end -= 1 }
        let clauseText = text(from: Int(tokens[start].start), to: Int(tokens[end].end), limit: Self.descriptionLimit)
        return clauseText.prefix(1).uppercased() + clauseText.dropFirst()
    }

    /// The text between two offsets with whitespace runs folded to one space, cut at a word boundary.
    func text(from start: Int, to end: Int, limit: Int = .max) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        var count = 0
        for index in start..<end {
            let scalar = scalars[index]
            if Tokenizer.isSpace(scalar.value) {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                if count >= limit { result.append("…"); break }
                result.append(" ")
                count += 1
                pendingSpace = false
            }
            result.append(scalar)
            count += 1
        }
        return String(result)
    }
}
