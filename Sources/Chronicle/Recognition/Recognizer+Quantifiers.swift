/// Quantifiers before durations and dates: "about three years", "more than a decade", "nearly an hour".
extension Recognizer {
    // MARK: Quantifiers: "about three years", "more than a decade", "nearly an hour"

    func matchQualified(at index: Int) -> Recognized? {
        guard Self.mayQualify(info(index)) else { return nil }
        var next = index + 1
        var mod: String
        let word = key(index)
        // (The key of "part" first, a comparison: every "the" comes here, and the set is a look-up.)
        if word == K.the, key(index + 2) == K.part, Self.largerWords.contains(key(index + 1)), has(index + 3, .of) {
            // "the better part of a decade": most of it, less than the whole.
            mod = "LESS_THAN"
            next = index + 4
        } else if word == K.no {
            // "no more than sixty days", "no less than a year"
            guard key(index + 1) == K.more || key(index + 1) == K.less, key(index + 2) == K.than else { return nil }
            mod = key(index + 1) == K.more ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE"
            next = index + 3
        } else if word == K.more || word == K.less {
            guard key(index + 1) == K.than else { return nil }
            mod = word == K.more ? "MORE_THAN" : "LESS_THAN"
            next = index + 2
        } else if word == K.at, key(index + 1) == K.least || key(index + 1) == K.most {
            mod = key(index + 1) == K.least ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS"
            next = index + 2
        } else if word == K.up, key(index + 1) == K.to {
            mod = "EQUAL_OR_LESS"
            next = index + 2
        } else if word == K.over || word == K.under, key(index + 1) == K.a || key(index + 1) == K.an, info(index + 2).unit != nil {
            // "over an hour", "over a week": more than one unit (3 of 3 in the gold); "over three years", "over the
            // past year" are spans the words cover ("during"), left outside. "(in) under an hour": less than one.
            // "would save $4 trillion over a decade", "rose 5 percent over a year": after an amount it is the span the
            // amount is counted over, as "over 10 years" is ("a decade" is tagged alone).
            if word == K.over, isNumber(index - 1) || punct(index - 1, "%") || Self.amountWords.contains(key(index - 1)) { return nil }
            mod = word == K.over ? "MORE_THAN" : "LESS_THAN"
        } else if word == K.nearly || word == K.almost {
            mod = "LESS_THAN"
        } else if (word == K.ca || word == K.c), attachedPunct(index + 1, "."), isNumber(index + 2) {
            // "ca. 466 BC", "c. 1200"
            mod = "APPROX"
            next = index + 2
        } else if has(index, .approximate), word != K.some || cardinal(at: index + 1) != nil {
            mod = "APPROX"
        } else {
            return nil
        }
        guard var inner = matchExpression(at: next), inner.rangeEnd == nil else { return nil }
        if word == K.the, inner.mention.kind != .duration { return nil }
        // "get around Wednesday's ruling", "about last year's results": the word governs the noun the date qualifies.
        if mod == "APPROX", inner.mention.kind != .duration, apostrophe(inner.last + 1),
           key(inner.last + 2) == K.s { return nil }
        // "worried about the future", "concern about recent declines": "about" governs a vague reference, it does not
        // approximate it ("about a few years ago" does).
        if mod == "APPROX", inner.mention.reference != nil, cardinal(at: next) == nil, vagueCount(at: next) == nil { return nil }
        // "cautious about the week ahead", "talk about the year": "about" before "the" and a bare unit governs it.
        if word == K.about, inner.mention.kind != .duration, has(next, .the), inner.last <= next + 2, info(next + 1).unit != nil { return nil }
        // "optimistic about the coming months", "talked about the past decade", "spoke about the 1990s": after a word that
        // is no preposition, "about" and "the" open the object the verb or adjective governs (not "for about the past two
        // years", "at about the same time").
        if word == K.about, has(next, .the), isWord(index - 1), !Self.approximatedAfter.contains(key(index - 1)) { return nil }
        // Dates take "about" and "around" only ("about 5 p.m."); durations take every quantifier.
        if word == K.over || word == K.under, inner.mention.kind != .duration { return nil }
        guard inner.mention.kind == .duration || (mod == "APPROX" && inner.mention.kind != .set)
                || (inner.mention.anchor == .dateline && inner.mention.fixedValue == nil && word != K.about) else { return nil }
        inner.first = index
        if inner.mention.mod == nil { inner.mention.mod = mod }
        if mod == "APPROX" { inner.mention.approximate = true }
        return inner
    }

    /// Whether the word may open a quantifier: most tokens open none, and one tag test replaces the chain of key
    /// comparisons in ``matchQualified(at:)`` (the tag marks exactly the words compared there); `matchSingle` asks
    /// before the call.
    @inline(__always) static func mayQualify(_ word: WordInfo) -> Bool {
        word.tags.contains(.qualifier) || word.tags.contains(.approximate)
    }

    /// Words that close an amount ("$4 trillion", "5 percent"): "over a decade" after one is a span, not "more than".
    static let amountWords = KeySet(words: ["percent", "thousand", "million", "billion", "trillion", "points", "cents",
                                            "dollars", "euros", "pounds", "yen"])

    /// Prepositions after which "about the …" approximates the expression ("for about the past two years").
    static let approximatedAfter = KeySet(words: ["for", "in", "within", "over", "during", "at", "after", "before", "since",
                                                  "until", "till", "from", "by", "to", "through", "of", "and", "or"])

    /// "the better part of", "the best part of", "the greater part of".
    static let largerWords = KeySet(words: ["better", "best", "greater"])
}
