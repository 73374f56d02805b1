/// Which words can be events: content verbs and event nouns, recognised without a tagger from the lexicon,
/// suffixes and the words around them.
extension EventLinker {
    /// Verbs that say what a period's figures showed ("a loss for the quarter showed the cost"): no event of their own.
    static let showVerbs = KeySet(words: ["showed", "shows", "show", "shown"])

    /// Verbs that say what a period's figures contained ("the year-ago results included a charge"): the noun an
    /// attributive date modifies stays the event before them.
    static let containVerbs = KeySet(words: ["included", "includes", "include", "reflected", "reflects", "reflect",
                                                "contained", "contains"])

    /// Whether the token can be an event: a content verb or an event noun.
    func isEventWord(_ index: Int) -> Bool { eventKind(index) != nil }

    /// The kind of event word the token is, or `nil` when it is none. The remembered answer is read in line (most
    /// words are asked about several times); the first time goes out of line to ``computedKind(_:)``.
    @inline(__always) func eventKind(_ index: Int) -> EventKind? {
        if let known: EventKind? = kinds.answer(at: index) { return known }
        return rememberedKind(index)
    }

    /// ``computedKind(_:)`` at `index`, remembered. (``computedKind(_:)`` is inlined here, its only caller: one call and its
    /// prologue per word asked about, not two.)
    @inline(never) private func rememberedKind(_ index: Int) -> EventKind? {
        kinds.remember(computedKind(index), at: index)
    }

    /// Whether the word at `index` is a team's plural verb in sports copy, after its name or the comma closing a relative
    /// clause about it: "Arsenal play Chelsea on Sunday", "Chelsea, who won the cup last year, face Basel on Thursday".
    @inline(never) private func isTeamPluralVerb(_ index: Int) -> Bool {
        let token = tokens[index]
        // "The Lakers face the Celtics", "The Heat host the Knicks": "the" and a name on both sides (round 131).
        let namedObject = index + 2 < tokens.count && infos[index + 1].tags.contains(.the) && tokens[index + 2].kind == .word
            && tokens[index + 2].capitalized && tokens[index + 2].sentence == token.sentence
        if TenseReader.pluralsNeedingSubject.contains(token.key), !token.capitalized, index > 0,
           index + 1 < tokens.count,
           tokens[index + 1].kind == .word, tokens[index + 1].capitalized || infos[index + 1].tags.contains(.preposition) || namedObject {
            let previous = tokens[index - 1]
            if previous.kind == .word && previous.capitalized && !infos[index - 1].isTimeWord
                && infos[index - 1].tags.isDisjoint(with: [.determiner, .the, .preposition])
                && (index < 2 || tokens[index - 2].sentence != previous.sentence
                    || tokens[index - 2].kind == .word && infos[index - 2].tags.isDisjoint(with: [.determiner, .the])
                    || namedObject && infos[index - 2].tags.contains(.the)) {
                return true
            }
            if followsRelativeClause(index) { return true }
        }
        return false
    }

    /// Prefixes a hyphen joins to a verb, which stays a verb: "co-wrote", "re-ran", "pre-sold".
    static let verbPrefixes = KeySet(words: ["co", "re", "pre", "mis", "un", "out", "over", "under"])

    /// Whether the word at `index` is joined by a hyphen to the word before it or after it ("low-cost", "burnt-out"; not
    /// after a verb's prefix: "co-wrote").
    static func inHyphenatedCompound(_ index: Int, tokens: [Token]) -> Bool {
        let token = tokens[index]
        if index > 1, !token.spaceBefore, tokens[index - 1].isPunctuation("-"), !tokens[index - 1].spaceBefore,
           tokens[index - 2].kind == .word { return !verbPrefixes.contains(tokens[index - 2].key) }
        return gluedHyphen(after: index, tokens: tokens)
    }

    /// Whether a hyphen with no space on either side joins the word at `index` to a word after it ("low-cost", "sell-off").
    static func gluedHyphen(after index: Int, tokens: [Token]) -> Bool {
        index + 2 < tokens.count && tokens[index + 1].isPunctuation("-") && !tokens[index + 1].spaceBefore
            && !tokens[index + 2].spaceBefore && tokens[index + 2].kind == .word
    }

    /// Hyphenated event nouns, by the keys of their two parts (``Clauses/pairKey(_:_:)``): "run-off", "sell-off", "tip-off",
    /// "shake-up", "walk-out", "sit-in", "hand-over" … (round 139). The compound is one event word, read at its first part.
    static let hyphenatedEventNouns = KeySet([
        ("run", "off"), ("run", "offs"), ("play", "off"), ("play", "offs"), ("sell", "off"), ("sell", "offs"),
        ("kick", "off"), ("tip", "off"), ("lift", "off"), ("take", "off"), ("shake", "up"), ("shake", "ups"),
        ("walk", "out"), ("walk", "outs"), ("sit", "in"), ("sit", "ins"), ("shoot", "out"), ("shoot", "outs"),
        ("break", "in"), ("break", "ins"), ("cover", "up"), ("stand", "off"), ("follow", "up"), ("check", "in"),
        ("hand", "over"), ("take", "over"), ("take", "overs"), ("write", "off"), ("write", "offs"), ("write", "down"),
        ("write", "downs"), ("lock", "out"), ("lock", "outs"), ("turn", "out"), ("buy", "out"), ("buy", "outs"),
        ("buy", "back"), ("buy", "backs"), ("cease", "fire"), ("phase", "out"), ("crack", "down"), ("clamp", "down"),
        ("melt", "down"), ("lay", "off"), ("lay", "offs"), ("pull", "out"), ("walk", "about"), ("sign", "off"),
        ("hand", "off"), ("face", "off"), ("shut", "down"), ("shut", "downs"), ("stand", "down"), ("break", "up"),
        ("round", "up"), ("sell", "out"), ("stop", "over"), ("fly", "past"), ("fly", "over"), ("bail", "out"),
        ("bail", "outs"), ("black", "out"), ("black", "outs"), ("walk", "off"), ("shoot", "around"), ("knock", "out"),
    ].map { Clauses.pairKey(Lexicon.key($0.0.unicodeScalars), Lexicon.key($0.1.unicodeScalars)) })

    /// Whether the word at `index` opens a hyphenated event noun ("Tip-off", "the sell-off", "play-offs"): a glued hyphen
    /// and a glued second part, the pair in ``hyphenatedEventNouns``.
    @inline(never) func opensHyphenatedEventNoun(_ index: Int) -> Bool {
        Self.gluedHyphen(after: index, tokens: tokens)
            && Self.hyphenatedEventNouns.contains(Clauses.pairKey(tokens[index].key, tokens[index + 2].key))
    }

    /// The last token of the event word at `index`: the second part of a hyphenated event noun ("sell-off"), else `index`.
    func eventWordEnd(_ index: Int) -> Int {
        tokens[index].kind == .word && opensHyphenatedEventNoun(index) ? index + 2 : index
    }

    /// Courts and their officers one appears before or in: "appears in court", "before a judge", "at a hearing".
    static let courtNouns = KeySet(words: ["court", "courts", "judge", "judges", "magistrate", "magistrates", "tribunal",
                                              "jury", "hearing", "trial", "inquest", "panel", "committee", "courtroom"])

    /// Whether the present "appear" or "appears" at `index` is an appearance in court: "in", "before" or "at", then a
    /// court (``courtNouns``) right after it or past an article or a determiner and one word at most ("appears in court",
    /// "appear before a judge", "appears at a bail hearing", "appears in federal court").
    @inline(never) private func isCourtAppearance(_ index: Int) -> Bool {
        let key = tokens[index].key
        guard key == K.k("appears") || key == K.k("appear"), index + 2 < tokens.count else { return false }
        let preposition = tokens[index + 1].key
        guard preposition == K.in_ || preposition == K.before_ || preposition == K.at else { return false }
        let sentence = tokens[index].sentence
        var noun = index + 2
        if isDeterminer(noun) { noun += 1 }
        for _ in 0..<2 where noun < tokens.count && tokens[noun].sentence == sentence && tokens[noun].kind == .word {
            if Self.courtNouns.contains(tokens[noun].key) { return true }
            noun += 1
        }
        return false
    }

    /// The first token of the event word ending at `index`: a hyphenated event noun's first part when `index` is its
    /// second ("the sell-off" read back from the date after it), else `index`.
    func eventWordStart(_ index: Int) -> Int {
        index > 1 && tokens[index].kind == .word && tokens[index - 1].kind == .punctuation && opensHyphenatedEventNoun(index - 2)
            ? index - 2 : index
    }

    /// Whether the word at `index` comes right after the comma that closes a relative clause set off by commas, in its
    /// sentence: "Chelsea, who won the cup last year, face …", "Arsenal, who led the table, drop to second …".
    private func followsRelativeClause(_ index: Int) -> Bool {
        guard index > 1, tokens[index - 1].isPunctuation(",") else { return false }
        let sentence = tokens[index].sentence
        return (max(0, index - 30)..<(index - 1)).contains(where: {
            tokens[$0].isPunctuation(",") && tokens[$0].sentence == sentence && Self.relativePronouns.contains(tokens[$0 + 1].key)
        })
    }

    /// Whether the lower-case "march" at `index` is the noun: after an article, a determiner or a noun ("a march planned for
    /// Sunday", "the protest march on Saturday").
    @inline(never) private func isMarchNoun(_ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word else { return false }
        return infos[index - 1].tags.contains(.determiner) || infos[index - 1].tags.contains(.the) || isPlainNoun(index - 1)
    }

    /// Kinds of address that are places or numbers, not speeches: "his home address", "an e-mail address".
    static let placeAddressModifiers = KeySet(words: ["home", "email", "mail", "web", "ip", "internet", "street", "mailing",
                                                         "postal", "return", "forwarding", "business", "office", "delivery",
                                                         "billing", "physical", "permanent", "new", "old", "current", "last",
                                                         "previous", "exact", "full", "wrong", "correct", "memory", "network",
                                                         "server", "website", "hotel", "residential"])

    /// Whether the lower-case "address" at `index` is a speech: after an article or a possessive, past one modifier at most
    /// ("a televised address on Friday", "her annual address on Christmas Day", "the president's address on Tuesday"), not a
    /// place's ("his home address", "an e-mail address", "the address of the building") nor the verb ("will address the
    /// nation", "to address").
    @inline(never) private func isSpeechAddress(_ index: Int) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index + 1].key != K.of else { return false }
        let sentence = tokens[index].sentence
        // An article, a determiner or a possessive's "s" after its apostrophe ("the president's address").
        func opensPhrase(_ at: Int) -> Bool {
            at >= 0 && tokens[at].sentence == sentence && tokens[at].kind == .word
                && (infos[at].tags.contains(.the) || infos[at].tags.contains(.determiner)
                    || isPossessiveS(at))
        }
        let before = index - 1
        if opensPhrase(before) { return true }
        // (Past one modifier: "a televised address", "her annual address".)
        return tokens[before].kind == .word && !tokens[before].capitalized && (eventKind(before) == nil || endsInEd(before))
            && !Self.placeAddressModifiers.contains(tokens[before].key) && opensPhrase(before - 1)
    }

    /// Whether the word at `index`, which the lexicon does not know, is a plural present verb: right after the comma closing
    /// a relative clause about the sentence's subject ("Shares, which rose in March, slip on Monday", "Rebels, who seized
    /// the town in May, retreat to the hills"; a noun there would have an article), not before "of" ("…, chairman of"), nor
    /// an adverb, a particle or an -ly, -ing or -ed word ("Compaq, which said it discovered the bugs, still plans").
    @inline(never) private func isPlainPresentAfterRelative(_ index: Int) -> Bool {
        guard tokens[index - 1].isPunctuation(","), index + 1 < tokens.count, tokens[index + 1].key != K.of,
              !endsInLy(index), !endsInIng(index), !endsInEd(index), !Self.adverbs.contains(tokens[index].key),
              !Self.particles.contains(tokens[index].key) else { return false }
        return closesRelativeClause(index - 1) && isPluralPresentAfterRelative(index)
    }

    /// Whether the comma at `comma` closes a relative clause: the comma before it in its sentence, at most 30 tokens back,
    /// opens one ("Shares, which rose in March, slip"; not "…, which has $3 billion in assets, announced an agreement to
    /// acquire the Peoria, Ill., bank holding company").
    private func closesRelativeClause(_ comma: Int) -> Bool {
        let sentence = tokens[comma].sentence
        var cursor = comma - 1
        while cursor > max(0, comma - 30), tokens[cursor].sentence == sentence {
            if tokens[cursor].isPunctuation(",") { return Self.relativePronouns.contains(tokens[cursor + 1].key) }
            cursor -= 1
        }
        return false
    }

    /// Whether the event noun at `index` is the plural present of its verb, the main verb of a subject set off with a
    /// relative clause: "Arsenal, who led the table, drop to second", "Lawmakers, who returned from recess, vote on the
    /// budget on Tuesday" (a noun after that comma would have an article or a determiner). Only before a preposition or
    /// a lower-case word that is no verb's ("drop to", "vote on", "rally behind").
    @inline(never) private func isPluralPresentAfterRelative(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word, !tokens[index + 1].capitalized,
              tokens[index + 1].sentence == tokens[index].sentence, !infos[index + 1].isTimeWord,
              infos[index + 1].tags.isDisjoint(with: [.clauseBreak, .and, .pastVerb, .pastAux, .presentAux, .beAux, .modal, .future,
                                                     .reporting, .eventNoun]),
              scalars[Int(tokens[index].end) - 1] != "s" else { return false }
        // (The subject opens the sentence, six tokens at most with no comma: not "…, said the sales, which fell in
        // January, rise …", whose subject a description could not find.)
        let sentence = tokens[index].sentence
        guard let comma = (max(0, index - 30)..<(index - 1)).last(where: {
            tokens[$0].isPunctuation(",") && tokens[$0].sentence == sentence && Self.relativePronouns.contains(tokens[$0 + 1].key)
        }) else { return false }
        var opening = comma - 1
        while opening > 0, comma - opening < 6, tokens[opening - 1].sentence == sentence, !tokens[opening - 1].isPunctuation(",") {
            opening -= 1
        }
        return opening == 0 || tokens[opening - 1].sentence != sentence
    }

    /// Tag sets ``computedKind(_:)`` and ``pluralPresentKind(_:)`` test, folded into constants from the raw values (an
    /// array literal of tags passed to `isDisjoint(with:)` was built and released at each test).
    @inline(__always) static var futureOrModal: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.future.rawValue | WordInfo.Tags.modal.rawValue)
    }
    @inline(__always) private static var auxiliaries: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.beAux.rawValue | WordInfo.Tags.pastAux.rawValue | WordInfo.Tags.presentAux.rawValue)
    }
    @inline(__always) private static var pastOrBeAux: WordInfo.Tags {
        WordInfo.Tags(rawValue: WordInfo.Tags.pastAux.rawValue | WordInfo.Tags.beAux.rawValue)
    }

    /// ``eventKind(_:)`` computed: it depends on the token and its neighbours only.
    @inline(__always) private func computedKind(_ index: Int) -> EventKind? {
        let tokens = InlineTokens(self.tokens)  // (its getter inlined)
        let infos = InlineInfos(self.infos)  // (its getter inlined too)
        let token = tokens[index]
        guard token.kind == .word, token.length >= 2 else { return nil }
        let info = infos[index]
        let tags = info.tags
        if tags.contains(.reporting) { return .reporting }
        // "Tip-off is at 7:30 p.m.", "A sell-off on Monday": a hyphenated event noun is one event word, read at its first
        // part; its second part is none (round 139).
        // (The hyphen tested in line, the table out of line: few words reach it.)
        if index + 2 < tokens.count, tokens[index + 1].isPunctuation("-"), opensHyphenatedEventNoun(index) { return .noun }
        if index > 1, tokens[index - 1].isPunctuation("-"), opensHyphenatedEventNoun(index - 2) { return nil }
        // "The suspect appears in court on Thursday": "appear" before a court is the event, no copula (round 139).
        if tags.contains(.copulaOrPlan), isCourtAppearance(index) { return .finite }
        // A capitalised event noun inside a sentence is part of a name ("Summit Hill").
        // "parliament will vote", "the union could strike": after "will" or a modal an event noun is the verb; after a
        // verb of intention and "to", its infinitive ("expects to launch it in May").
        if tags.contains(.eventNoun), index > 0, !token.capitalized {
            if !infos[index - 1].tags.isDisjoint(with: Self.futureOrModal) { return .finite }
            // "was broadcast", "had broadcast": a noun whose participle is the same word, after "be" or "have".
            if token.key == K.k("broadcast"), !infos[index - 1].tags.isDisjoint(with: Self.auxiliaries) { return .finite }
            if index > 1, tokens[index - 1].key == K.to, infos[index - 2].tags.contains(.intends) { return .nonFinite }
        }
        // "after hearing closing arguments", "before landing in Paris": an -ing event noun right after a connective, with
        // no article, is the gerund heading its phrase.
        if tags.contains(.eventNoun), index > 0, !token.capitalized, tokens[index - 1].key == K.after_ || tokens[index - 1].key == K.before_
            || tokens[index - 1].key == K.since, endsInIng(index) { return .nonFinite }
        // (A plural present after a relative clause set off by commas is the verb: out of line, only after a comma.)
        if tags.contains(.eventNoun), !token.capitalized, index > 1, tokens[index - 1].kind == .punctuation,
           isPluralPresentAfterRelative(index) { return .finite }
        if tags.contains(.eventNoun) { return token.capitalized && index > 0 && tokens[index - 1].sentence == token.sentence ? nil : .noun }
        // "won by 40 votes", "the votes on Monday", "returns of 8 percent", "reported falls in crime": a verb's plural
        // present counted, after a determiner or a past verb, or before "of", is a noun (out of line: few words reach it).
        if tags.contains(.verb) { return pluralPresentKind(index) }
        // A team's plural verb in sports copy: "Arsenal play Chelsea on Sunday" (out of line: few words reach it).
        if tags.contains(.tenseCue), isTeamPluralVerb(index) { return .finite }
        // "Classes resume on Monday", "Schools reopen next week": a schedule's plural present after a plural noun (round 125).
        if tags.contains(.tenseCue), Self.scheduledPresents.contains(token.key), followsPluralNoun(index) { return .finite }
        // "The two sides play again on Thursday", "The players travel to Madrid": a plural present that is a noun too, after a
        // plural noun and before what opens its predicate (round 135).
        if tags.contains(.tenseCue), TenseReader.pluralsNeedingSubject.contains(token.key), opensPresentPredicate(index + 1),
           followsPluralNoun(index) { return .finite }
        // "notes due Nov. 1, 2004", "a dividend payable Dec. 7": the date is when the payment falls due.
        if token.key == K.due || token.key == K.payable { return .finite }
        // "was born in 1984": a participle the lexicon does not list as a past form.
        if token.key == K.born { return .finite }
        if token.key == K.march, !token.capitalized, isMarchNoun(index) { return .noun }
        if info.isTimeWord || tags.contains(.determiner) || tags.contains(.preposition) { return nil }
        // "left rates unchanged on Wednesday": an adjective of no change in -ed is a state, no event (round 131).
        if endsInEd(index), Self.unchangedStates.contains(token.key) { return nil }
        // "drills that run until April 30", "a session which lasts until June": a present of lasting after a relative
        // pronoun is its clause's verb ("run" and "last" are nouns and adjectives too).
        if index > 0, Self.opensRelative(tokens[index - 1].key), Self.lastingPresents.contains(token.key) { return .finite }
        // "earnings of $24 million, compared with a loss of $3 million last year": a comparison, not an event.
        if token.key == K.compared, index + 1 < tokens.count, tokens[index + 1].key == K.with || tokens[index + 1].key == K.to {
            return nil
        }
        // "went ahead as planned on Sunday", "resumed as scheduled": the participle of a manner phrase after "as" is no
        // event of its own; the date is the verb's before it.
        if index > 0, tokens[index - 1].key == K.as_, tags.contains(.pastVerb) || endsInEd(index),
           Clauses.comparativeAsWords.contains(token.key) {
            return nil
        }
        // "a bank holding company", "operating profit": compounds whose -ing word names a kind, not an event.
        if index + 1 < tokens.count, tokens[index + 1].sentence == token.sentence,
           (token.key == K.holding && Self.holdingHeads.contains(tokens[index + 1].key))
            || (token.key == K.operating && Self.operatingHeads.contains(tokens[index + 1].key)) {
            return nil
        }
        // "a loss from discontinued operations", "with improved margins": an -ed word between a preposition and a noun
        // is an adjective.
        if index > 0, index + 1 < tokens.count, infos[index - 1].tags.contains(.preposition), endsInEd(index),
           tokens[index - 1].key != K.to, tokens[index - 1].sentence == token.sentence, isPlainNoun(index + 1) {
            return nil
        }
        // "The Fed", "the Shot": a capitalised word after a determiner is a name, not a past form.
        if tags.contains(.pastVerb), token.capitalized, index > 0, tokens[index - 1].sentence == token.sentence,
           infos[index - 1].tags.contains(.determiner) {
            return nil
        }
        if tags.contains(.pastVerb) {
            if tags.contains(.beAux) { return nil }
            // "trimmed its forecast", "their bid for the club": an irregular past after a possessive is a noun; so after a
            // possessive and a singular modifier when a verb comes before them ("cut its profit forecast"; not "when their
            // boat sank", "its members cut").
            // (Or a company's figure there: "raised its sales forecast on Tuesday", round 125.)
            if index > 0, Recognizer.possessiveDeterminers.contains(tokens[index - 1].key)
                || index > 2 && Recognizer.possessiveDeterminers.contains(tokens[index - 2].key)
                && (isSingularModifier(index - 1) || Self.productNouns.contains(tokens[index - 1].key))
                && tokens[index - 3].sentence == token.sentence && eventKind(index - 3) == .finite {
                return .noun
            }
            // "low-cost", "burnt-out", "hard-hit": an irregular form inside a hyphenated compound is an adjective's part.
            if Self.inHyphenatedCompound(index, tokens: tokens.base) { return nil }
            if tags.contains(.pastAux) || tags.contains(.presentAux) { return isMainVerb(index) ? .finite : nil }
            return .finite
        }
        if tags.contains(.presentAux), !tags.contains(.beAux), isMainVerb(index) { return .finite }
        // "proceed", "exceed", "succeed" are no -ed forms, but verbs after a modal or "to": "will proceed", "to succeed".
        if tags.contains(.notVerb), token.length >= 5, scalars[Int(token.end) - 1] == "d", scalars[Int(token.end) - 2] == "e",
           scalars[Int(token.end) - 3] == "e", index > 0 {
            let previous = infos[index - 1].tags
            if previous.contains(.modal) || previous.contains(.future) || followsModalPastAdverbs(index) { return .finite }
            // "liabilities currently exceed its assets"
            if previous.contains(.present) || previous.contains(.pastRef), index > 1, tokens[index - 2].sentence == token.sentence {
                return .finite
            }
            if tokens[index - 1].key == K.to { return .nonFinite }
        }
        // "was considering a sale", "is still considering the offer": after "be" (past an adverb), the progressive verb, no
        // preposition ("considering the cost").
        if tags.contains(.notVerb), token.key == K.k("considering"), index > 1,
           infos[index - 1].tags.contains(.beAux) || Self.adverbs.contains(tokens[index - 1].key) && infos[index - 2].tags.contains(.beAux) {
            return .nonFinite
        }
        if tags.contains(.notVerb) || tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux)
            || tags.contains(.modal) || tags.contains(.future) || tags.contains(.clauseBreak) || tags.contains(.pronounSubject) {
            return nil
        }
        if token.capitalized && index > 0 && tokens[index - 1].sentence == token.sentence { return nil }
        // (A plain word right after a comma may be a plural present: out of line, only after a comma.)
        if tags.isEmpty, index > 1, tokens[index - 1].kind == .punctuation, isPlainPresentAfterRelative(index) { return .finite }
        return kindFromContext(index, token: token, info: info)
    }

    /// Whether the word at `index` is a lower-case singular word that may modify a noun after it ("profit" in "its profit
    /// forecast"): no auxiliary, preposition or clause word, not in "s".
    private func isSingularModifier(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && !token.capitalized && scalars[Int(token.end) - 1] != "s"
            && infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .beAux, .modal, .future, .preposition, .and,
                                                   .clauseBreak, .pronounSubject, .pastVerb, .reporting])
    }

    /// The kind of a verb the lexicon lists ("votes", "returns", "falls", "ends"): a finite verb, unless it is a plural
    /// present's noun reading: none after a number ("won by 40 votes": a count, the date is the verb's), an event noun after
    /// a determiner or a past verb ("the votes on Monday", "reported falls in crime") or before "of" ("returns of 8
    /// percent"); a verb after a name or a noun, its subject ("Parliament votes on Tuesday", "the show returns on Sunday").
    @inline(never) private func pluralPresentKind(_ index: Int) -> EventKind? {
        let token = tokens[index]
        guard token.length >= 4, scalars[Int(token.end) - 1] == "s", scalars[Int(token.end) - 2] != "s" else {
            // "confirmed its profit outlook on Friday", "raised their output target": a verb's base form right after a
            // possessive that never stands before a verb (not "her": "saw her leave") heads or modifies a noun, no event of
            // its own (round 125).
            return index > 0 && Self.nounOnlyPossessives.contains(tokens[index - 1].key) ? nil : .finite
        }
        if index + 1 < tokens.count, tokens[index + 1].key == K.of, tokens[index + 1].sentence == token.sentence { return .noun }
        guard index > 0, tokens[index - 1].sentence == token.sentence else { return .finite }
        let previous = tokens[index - 1]
        if previous.kind == .number || previous.kind == .word && infos[index - 1].cardinal >= 0 { return nil }
        guard previous.kind == .word else { return .finite }
        let tags = infos[index - 1].tags
        return tags.contains(.the) || tags.contains(.determiner) && previous.key != K.that
            || tags.contains(.pastVerb) && tags.isDisjoint(with: Self.pastOrBeAux) || !previous.capitalized && endsInEd(index - 1)
            ? .noun : .finite
    }

    /// Plural presents of a schedule that the lexicon knows as no verb ("resume" is a noun too): the verb only right after a
    /// plural noun (``followsPluralNoun(_:)``).
    static let scheduledPresents = KeySet(words: ["resume", "reopen", "reconvene", "convene", "depart", "expire"])

    /// Whether the word before `index` is a plural noun that can be its subject: a lower-case word in "-s" (or the
    /// sentence's capitalised first word), no auxiliary, determiner, preposition or time word ("Classes resume", "the talks
    /// reconvene"; not "his resume", "Mondays").
    @inline(never) private func followsPluralNoun(_ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word, tokens[index - 1].sentence == tokens[index].sentence,
              tokens[index - 1].length >= 3, !infos[index - 1].isTimeWord else { return false }
        let previous = index - 1
        let end = Int(tokens[previous].end)
        guard scalars[end - 1] == "s", scalars[end - 2] != "s", tokens[previous].key != K.s,
              infos[previous].tags.isDisjoint(with: [.presentAux, .pastAux, .beAux, .determiner, .the, .preposition, .pronounSubject])
        else { return false }
        return !tokens[previous].capitalized || previous == 0 || tokens[previous - 1].sentence != tokens[previous].sentence
    }

    /// Whether the word at `index` opens a present's predicate: an adverb or a particle ("again", "back", "twice"), an
    /// article or a determiner, "once" or "twice", a preposition or a name ("play again", "travel to Madrid", "face Chelsea"); not "close to"
    /// ("Homes close to the river flooded").
    private func opensPresentPredicate(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word, tokens[index].sentence == tokens[index - 1].sentence,
              !infos[index].isTimeWord else { return false }
        if tokens[index].key == K.to, tokens[index - 1].key == K.k("close") { return false }
        return tokens[index].capitalized || Self.adverbs.contains(tokens[index].key) || Self.particles.contains(tokens[index].key)
            || endsInLy(index)
            || !infos[index].tags.isDisjoint(with: [.the, .determiner, .preposition, .once])
    }

    /// Adjectives in -ed that say nothing changed or happened, no verb's participle ("unchanged", "unharmed"): after a verb's
    /// object the verb is the event ("The central bank left rates unchanged on Wednesday", round 131).
    static let unchangedStates = KeySet(words: ["unchanged", "unharmed", "unscathed", "unopposed", "unaffected", "undecided",
                                                   "unresolved", "unchallenged", "unanswered"])

    /// Possessive determiners that never stand before a verb ("her" does: "saw her leave").
    static let nounOnlyPossessives = KeySet(words: ["its", "their", "our", "his", "my", "your"])

    /// ``computedKind(_:)`` for a word its tags and the tests there leave open: what its ending and the words before
    /// and after it make of it. (A function of its own: in one function with those tests, too long for the compiler to
    /// inline the arrays' subscripts, each read of a token was a call.)
    private func kindFromContext(_ index: Int, token: Token, info: WordInfo) -> EventKind? {
        let tags = info.tags
        let end = Int(token.end)
        let length = token.length
        let previousKey = index > 0 ? tokens[index - 1].key : 0
        let previousTags = index > 0 ? infos[index - 1].tags : []
        // A change in an amount ("a 77% drop", "net outflows", "a turnaround"), not after "to", a modal or a subject
        // pronoun ("to boost", "it surges").
        if Self.changeNouns.contains(token.key),
           !(previousKey == K.to || previousTags.contains(.modal) || previousTags.contains(.future) || previousTags.contains(.pronounSubject)) {
            return .noun
        }
        // "a televised address on Friday", "the president's address": a speech (out of line: few words reach it).
        if length >= 7, token.key == K.k("address") || token.key == K.k("addresses"), !token.capitalized, isSpeechAddress(index) {
            return .noun
        }
        // "the troubled region", "a retired diplomat": after a determiner, -ed and -ing forms are adjectives.
        // ("that" is mostly a relative pronoun here: "the bombing that killed one person").
        if previousTags.contains(.determiner), previousKey != K.that { return nil }
        // -ed forms are finite (or participles after an auxiliary); -ing forms are not.
        if length >= 4, scalars[end - 1] == "d", scalars[end - 2] == "e" { return previousKey == K.to ? .nonFinite : .finite }
        if length >= 5, scalars[end - 1] == "g", scalars[end - 2] == "n", scalars[end - 3] == "i" {
            return .nonFinite
        }
        // After "now", "currently", "recently": a present or past verb ("the group now controls", "who recently joined").
        // Not after an adverb that opens the sentence: "Now critics are targeting".
        if index > 1, previousTags.contains(.present) || previousTags.contains(.pastRef), length >= 4,
           tokens[index - 2].sentence == token.sentence, !tokens[index - 2].mayOpenQuotation,
           scalars[end - 1] == "s", scalars[end - 2] != "s", !token.capitalized {
            return .finite
        }
        // After a modal or "will": "will begin"; after "to": "to meet".
        if previousTags.contains(.modal) || previousTags.contains(.future) {
            // Not an adverb between the modal and its verb: "will not be", "would probably fall".
            return token.capitalized || Self.adverbs.contains(token.key) || endsInLy(index) ? nil : .finite
        }
        // The verb after such an adverb or a quote mark: "must not stop", "would probably fall", "will now “proceed".
        if !token.capitalized, followsModalPastAdverbs(index) { return .finite }
        // "I just work in my pharmacy every day", "we today accept the guarantee": a bare present after "I", "we" or "they",
        // past an adverb or a time word, is the verb.
        if !token.capitalized, isBarePresentAfterPronoun(index) { return .finite }
        if previousKey == K.to {
            // "to shareholders", "to clients": a plural noun after the preposition, not an infinitive ("to discuss" is one).
            let plural = endsInPluralS(index)
            // "rose to more than 300,000", "fell to about $5": a quantity, not an infinitive.
            let quantity = tags.contains(.moreThan) || tags.contains(.lessThan) || tags.contains(.approximate) || info.cardinal >= 0
            return token.capitalized || tags.contains(.the) || plural || quantity || isDestinationNoun(index) ? nil : .nonFinite
        }
        // "The festival opens on Friday and runs until Sunday": a plain word in "s" after a date and "and", with a present in
        // "s" before the date, is that verb's conjunct (out of line: only after "and").
        if previousKey == K.and, length >= 4, scalars[end - 1] == "s", tags.isEmpty, !token.capitalized,
           isPresentConjunct(index) { return .finite }
        // "the mayor signs the budget on Friday": an -s word between a subject after an article and its object, the
        // verb's present (out of line: only words in "s" after a word after an article).
        if length >= 4, scalars[end - 1] == "s", index > 1, !token.capitalized,
           infos[index - 2].tags.contains(.the) || infos[index - 2].tags.contains(.determiner)
            || index > 2 && infos[index - 3].tags.contains(.the),
           isPresentAfterArticleSubject(index) { return .finite }
        // "Apple unveils its new iPhone on September 12", "Parliament approves the budget on Tuesday": a present in "s" after a
        // name opening its sentence, before a "the" or possessive object (out of line: only the sentence's second word).
        if length >= 4, scalars[end - 1] == "s", index == 1 || index > 1 && tokens[index - 2].sentence != token.sentence,
           isPresentAfterOpeningName(index) { return .finite }
        // "The exhibition runs until Jan. 15", "The flu season usually peaks in January", "The show's new season premieres in
        // the spring": a present in "s" between a subject after an article or a possessive and a preposition, the clause's
        // verb (out of line: only words in "s" before a preposition).
        if length >= 4, scalars[end - 1] == "s", index > 1, index + 1 < tokens.count, !token.capitalized,
           !infos[index + 1].tags.isDisjoint(with: Self.timePrepositions), isPresentBeforePreposition(index) { return .finite }
        // "The company lays off 200 workers on Monday", "Nurses walk out on Tuesday", "The site goes offline on Friday": a
        // present before its particle, after its subject (out of line: only words before a particle; round 149).
        if index > 0, index + 1 < tokens.count, Self.phrasalParticles.contains(tokens[index + 1].key),
           isPhrasalPresent(index, of: Self.phrasalPresents) { return .finite }
        // "The minister agrees on the deal on Monday", "The judges rule on the appeal", "The governor appears on television": a
        // present of a verb that takes "on" (``onPresents``), right before it, after its subject (round 155).
        if index > 0, index + 1 < tokens.count, tokens[index + 1].key == K.on, isPhrasalPresent(index, of: Self.onPresents) {
            return .finite
        }
        return nil
    }

    /// Verbs of the news whose object or place follows "on" ("agrees on the deal", "rule on the appeal", "appears on
    /// television"), in the present; the base form only after a plural subject, and no "s" form that is as often a plural
    /// noun ("the new rules on", "his comments on") (round 155).
    static let onPresents = KeySet(words: ["agrees", "agree", "rule", "decides", "decide", "vote", "appears", "appear",
                                              "comment", "weighs", "weigh", "deliberates", "deliberate", "compromise",
                                              "insists", "insist", "testifies", "testify", "focus", "act", "settle",
                                              "campaign"])

    /// Particles and adverbs of a phrasal verb's present (``phrasalPresents``): "lays off", "rolls out", "goes offline".
    static let phrasalParticles = KeySet(words: ["off", "out", "down", "up", "offline", "online", "back", "over", "ahead"])
    /// Verbs of the news that take a particle, in the present ("lays off", "walk out", "steps down", "goes ahead"); the base
    /// form only after a plural subject.
    static let phrasalPresents = KeySet(words: ["lays", "lay", "rolls", "roll", "walks", "walk", "goes", "go", "shuts", "shut",
                                                   "steps", "step", "pulls", "pull", "signs", "sign", "kicks", "kick", "wraps",
                                                   "wrap", "calls", "call", "sets", "phases", "phase", "scales", "scale",
                                                   "spins", "spin", "sells", "sell", "winds", "wind", "breaks", "break",
                                                   "takes", "take", "backs", "stands", "stand", "powers", "ramps", "ramp",
                                                   "hands", "hand", "gives", "give", "comes", "come"])

    /// Whether the word at `index`, before a particle, is a present of `presents` (``phrasalPresents``, ``onPresents``) after its subject: a name or a
    /// plain noun ("Apple rolls out", "The bank rolls out", "The chief executive steps down"); the base form after a plural
    /// noun ("Nurses walk out", "Workers lay down their tools"). Not after a determiner, a preposition or a possessive
    /// ("the walk out of the hall", "a roll out", "the firm's sell off").
    @inline(never) private func isPhrasalPresent(_ index: Int, of presents: KeySet) -> Bool {
        let token = tokens[index]
        guard !token.capitalized, presents.contains(token.key), tokens[index - 1].kind == .word,
              tokens[index - 1].sentence == token.sentence, tokens[index + 1].sentence == token.sentence,
              tokens[index - 1].key != K.s, infos[index - 1].cardinal < 0, !infos[index - 1].isTimeWord,
              infos[index - 1].tags.subtracting(.capitalizedStart).isEmpty else { return false }
        if scalars[Int(token.end) - 1] == "s" { return !endsInEd(index - 1) && !endsInIng(index - 1) }
        return followsPluralNoun(index)
    }

    /// Tags of the words that open the phrase after an intransitive present: "in", "on", "until", "through".
    static let timePrepositions: WordInfo.Tags = [.preposition, .range]
    /// Tags that end a subject phrase or make the word before a present in "s" no part of one.
    static let subjectBreakers: WordInfo.Tags = [.preposition, .pastVerb, .beAux, .pastAux, .presentAux, .modal, .future,
                                                 .clauseBreak, .pronounSubject, .reporting, .and, .verb, .range, .of]
    /// Tags of a finite verb later in the clause, which makes a word in "s" a compound's plural ("The bus routes in May
    /// changed", "The tax cuts in March were popular").
    static let laterVerbTags: WordInfo.Tags = [.pastVerb, .beAux, .pastAux, .presentAux, .modal, .future, .reporting]

    /// Whether the word in "s" at `index`, before a preposition, is the present of a subject that opens with an article, a
    /// determiner or a possessive, up to five words back and past one adverb ("The exhibition runs until", "The rainy season
    /// usually lasts until", "The singer's tour runs through"), with no finite verb after it in its clause (not a compound's
    /// plural: "The city's parks in summer are crowded") nor before it (not an object's: "The club signs players in January").
    @inline(never) private func isPresentBeforePreposition(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        // (The preposition's phrase a date's, a name's or one after an article: not "provides for potential payments".)
        guard endsInPluralS(index), index + 2 < tokens.count, tokens[index + 2].sentence == sentence,
              tokens[index + 2].kind == .number || tokens[index + 2].capitalized || infos[index + 2].isTimeWord
                || !infos[index + 2].tags.isDisjoint(with: [.the, .determiner]) else { return false }
        var at = index - 1
        if Self.adverbs.contains(tokens[at].key) || endsInLy(at) { at -= 1 }
        guard at > 0, tokens[at].kind == .word, !tokens[at].capitalized, tokens[at].sentence == sentence,
              infos[at].tags.isDisjoint(with: Self.subjectBreakers), !infos[at].tags.contains(.determiner), !endsInEd(at),
              !endsInIng(at), at < 2 || !isPresentAfterArticleSubject(at) else { return false }  // (not "The club signs players in")
        // Back to the subject's article or possessive, past names ("The Louvre exhibition", "Apple's tour"), then to the
        // clause's start: the sentence's, or a comma, "that", "which" or a reporting verb before it ("Officials said the
        // gallery reopens in May"; not an object's, "had filed compliance reports by Wednesday").
        var opened = false
        var back = at - 1
        while back >= 0, back >= at - 6, tokens[back].sentence == sentence, tokens[back].kind == .word {
            let tags = infos[back].tags
            if tags.contains(.the) || tags.contains(.determiner) && tokens[back].key != K.that {
                opened = true
                back -= 1
                break
            }
            if back > 1, isPossessiveS(back) {
                opened = true  // "The singer's tour": the possessive's "s" after its apostrophe, then its owner
                back -= 2
                continue
            }
            if !tokens[back].capitalized, !tags.isDisjoint(with: Self.subjectBreakers) || endsInEd(back) || endsInIng(back) {
                if opened { break }
                return false
            }
            back -= 1
        }
        guard opened else { return false }
        if back >= 0, tokens[back].sentence == sentence, tokens[back].kind == .word, tokens[back].key != K.that,
           infos[back].tags.isDisjoint(with: [.reporting, .clauseBreak]) { return false }
        var next = index + 1
        while next < tokens.count, tokens[next].sentence == sentence, tokens[next].kind != .punctuation {
            let tags = infos[next].tags
            if tags.contains(.clauseBreak) || tags.contains(.and) { break }
            // (A capitalised word is a name or a month: "in May".)
            if tokens[next].capitalized { next += 1; continue }
            if !tags.isDisjoint(with: Self.laterVerbTags) { return false }
            if tags.isEmpty, endsInEd(next), !infos[next - 1].tags.contains(.preposition),
               !infos[next - 1].tags.contains(.determiner) { return false }
            next += 1
        }
        return true
    }

    /// Whether the plain word in "s" at `index`, right after "and", conjoins a present: a date (a number or a time word) ends
    /// the conjunct before "and", and a verb's present in "s" stands in it, within 12 words ("The club signs players in
    /// January and sells them in summer"; not "prices and costs", no date before "and").
    @inline(never) private func isPresentConjunct(_ index: Int) -> Bool {
        guard index >= 3, endsInPluralS(index),
              tokens[index - 2].kind == .number || infos[index - 2].isTimeWord,
              tokens[index - 2].sentence == tokens[index].sentence else { return false }
        var verb = index - 3
        while verb >= 0, verb >= index - 12, tokens[verb].sentence == tokens[index].sentence {
            if tokens[verb].kind == .word, eventKind(verb) == .finite, tokens[verb].length >= 4,
               scalars[Int(tokens[verb].end) - 1] == "s", !tokens[verb].capitalized { return true }
            verb -= 1
        }
        return false
    }

    /// Whether the word in "s" at `index`, after an article and a word (or "the" and two), is that subject's present verb
    /// before its object: "The mayor signs the budget on Friday", "the alliance celebrates its anniversary", "The heat wave
    /// reaches its peak"; not a compound's plural ("the company shares rose", "the tax cuts in March": no object after it)
    /// nor after "that" or a possessive ("its sales").
    private func isPresentAfterArticleSubject(_ index: Int) -> Bool {
        // (A holiday's first word is a subject too: "The president leads", round 135.)
        func isSubjectWord(_ at: Int) -> Bool {
            tokens[at].kind == .word && !tokens[at].capitalized && infos[at].tags.subtracting(.capitalizedStart).isEmpty
        }
        guard endsInPluralS(index), isSubjectWord(index - 1), index + 1 < tokens.count,
              tokens[index + 1].sentence == tokens[index].sentence, tokens[index + 1].kind == .word else { return false }
        // The subject's article before its word, or before two ("The heat wave reaches its peak", "The city council approves
        // the budget": a noun modifying the head, round 144; only "the" there).
        var subject = index - 2
        if index > 2, infos[index - 3].tags.contains(.the), isSubjectWord(subject) { subject -= 1 }
        guard tokens[subject].key != K.that, tokens[subject].sentence == tokens[index].sentence else { return false }
        let article = infos[subject].tags
        guard article.contains(.the) || Self.subjectArticles.contains(tokens[subject].key) else { return false }
        // (A name reaching a date, ``nameReachesDay(_:)``: "The orchestra performs Mahler's Fifth Symphony on Saturday".)
        if tokens[index + 1].capitalized { return nameReachesDay(index + 1) }
        // (Its object "the" or a possessive's: not "a" or "this", whose phrase may hold the date, "The museum displays a
        // campaign poster from 1989".)
        let next = infos[index + 1].tags
        if next.contains(.the) || next.contains(.determiner) && tokens[index + 1].key != K.that
            && !Self.subjectArticles.contains(tokens[index + 1].key) { return true }
        // "The city hosts a marathon on Sunday", "The president leads a delegation to China on Monday": "a" too, when the
        // object's phrase reaches a day's "on" (round 131).
        if Self.subjectArticles.contains(tokens[index + 1].key), tokens[index + 1].key != K.k("this"),
           objectReachesDay(index + 2) { return true }
        // "The club signs players in January", "The ministry hires teachers in September": a plain plural object, then a
        // preposition (not a compound's plural before a verb: "the city bus drivers struck").
        return isBarePluralBeforePreposition(index + 1)
    }

    /// Whether the word in "s" at `index`, the second of its sentence, is the present of the name before it, before its
    /// object's "the" or possessive: "Apple unveils its new iPhone", "Netflix releases the series", "Parliament approves the
    /// budget" (not "Apple shares rose", a name's second word: "West Texas", a possessive's "s").
    @inline(never) private func isPresentAfterOpeningName(_ index: Int) -> Bool {
        let name = index - 1
        guard index + 1 < tokens.count, !tokens[index].capitalized, tokens[name].kind == .word, tokens[name].capitalized,
              tokens[name].sentence == tokens[index].sentence,
              infos[name].tags.subtracting(.capitalizedStart).isEmpty, !infos[name].isTimeWord, endsInPluralS(index),
              tokens[index + 1].sentence == tokens[index].sentence, !tokens[index + 1].capitalized else { return false }
        return infos[index + 1].tags.contains(.the) || Recognizer.possessiveDeterminers.contains(tokens[index + 1].key)
    }

    /// Whether the words from `index`, an object's phrase after "a" (five words at most, with no mark, clause word or verb),
    /// reach "on" and a time word: "hosts a marathon on Sunday", "leads a delegation to China on Monday" (not "displays a
    /// campaign poster from 1989").
    private func objectReachesDay(_ index: Int) -> Bool {
        let sentence = tokens[index - 1].sentence
        var at = index
        while at + 1 < tokens.count, at <= index + 5, tokens[at].sentence == sentence, tokens[at].kind == .word {
            if tokens[at].key == K.on { return infos[at + 1].isTimeWord && tokens[at + 1].sentence == sentence }
            guard infos[at].tags.isDisjoint(with: [.clauseBreak, .and, .pastVerb, .pastAux, .presentAux, .beAux, .modal, .future,
                                                   .reporting, .verb]) else { return false }
            at += 1
        }
        return false
    }

    /// Whether the words from `index`, a name (capitalised words and a possessive's "s", five tokens at most), reach "on", "in"
    /// or "at" and a time word: the object of a listing's present, "The orchestra performs Mahler's Fifth Symphony on
    /// Saturday", "The theatre stages Hamlet in May", "The band plays Wembley on Friday" (round 163; not "The new rules
    /// Brussels proposed in March", a verb after the name).
    private func nameReachesDay(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var at = index
        while at + 1 < tokens.count, at <= index + 5, tokens[at].sentence == sentence {
            let key = tokens[at].key
            if key == K.on || key == K.in_ || key == K.at { return at > index && infos[at + 1].isTimeWord && tokens[at + 1].sentence == sentence }
            guard tokens[at].capitalized || key == K.s || tokens[at].isApostrophe else { return false }
            at += 1
        }
        return false
    }

    /// Whether the word at `index` is a lower-case plural the lexicon does not know ("players", "teachers"), with a preposition
    /// right after it in the same sentence.
    private func isBarePluralBeforePreposition(_ index: Int) -> Bool {
        let token = tokens[index]
        guard index + 1 < tokens.count, infos[index].tags.isEmpty, endsInPluralS(index), tokens[index + 1].kind == .word,
              tokens[index + 1].sentence == token.sentence else { return false }
        return infos[index + 1].tags.contains(.preposition)
    }

    /// Determiners that open a subject besides "the": "a", "an", "this" (not the possessives, "its sales": an object's).
    static let subjectArticles = KeySet(words: ["a", "an", "this"])

    /// Verbs whose infinitive or clause after them is the event: "they seem to hurt", "we expect that to continue" (the
    /// latter also a verb of intention).
    static let raisingVerbs = KeySet(words: ["seem", "appear", "tend", "think", "believe", "hope", "expect", "want", "need"])
    /// Words after such a pronoun that are no verb: "we all", "they both", "we ourselves".
    static let pronounFloaters = KeySet(words: ["all", "both", "each", "alone", "together", "too", "myself", "ourselves",
                                                   "themselves", "either", "neither", "instead", "here", "there"])

    /// Whether the word at `index` is a bare present verb right after "I", "we" or "they", past one adverb or time word
    /// ("I just work", "we today accept", "they attend"); not a word that floats after the pronoun ("they all"). The
    /// pronoun is looked for first, by its key alone: most words have none before them.
    private func isBarePresentAfterPronoun(_ index: Int) -> Bool {
        @inline(__always) func isBareSubject(_ at: Int) -> Bool {
            let key = tokens[at].key
            return key == K.k("i") || key == K.k("we") || key == K.k("they")
        }
        guard index >= 1 else { return false }
        var subject = index - 1
        if !isBareSubject(subject) {
            guard subject >= 1, isBareSubject(subject - 1), tokens[subject].kind == .word,
                  Self.adverbs.contains(tokens[subject].key) || endsInLy(subject) || infos[subject].isTimeWord else { return false }
            subject -= 1
        }
        // (Not a regnal numeral: "Artaxerxes I and his successors".)
        if subject >= 1, tokens[subject].key == K.k("i"), tokens[subject - 1].kind == .word, tokens[subject - 1].capitalized,
           tokens[subject - 1].sentence == tokens[index].sentence, !Self.adverbs.contains(tokens[subject - 1].key),
           infos[subject - 1].tags.isDisjoint(with: [.and, .clauseBreak, .preposition, .determiner, .the, .pronounSubject]) {
            return false
        }
        return tokens[subject].kind == .word && tokens[subject].sentence == tokens[index].sentence
            && tokens[index].length >= 3 && !infos[index].tags.contains(.and) && !Self.adverbs.contains(tokens[index].key) && !endsInLy(index)
            && !Self.pronounFloaters.contains(tokens[index].key) && !Self.particles.contains(tokens[index].key)
            && !Self.negatedAuxiliaries.contains(tokens[index].key) && !Self.raisingVerbs.contains(tokens[index].key)
            && !infos[index].tags.contains(.intends)
    }

    /// Nouns that end a phrase of motion or result after "to", which the same words as verbs would not ("brought the
    /// general to power", "was brought to justice", "came to light", "was rushed to hospital"; but "to power 5,000 homes",
    /// "to court voters", "to light the torch" take an object).
    static let destinationNouns = KeySet(words: ["power", "office", "justice", "light", "hospital", "jail", "prison", "court",
                                                    "safety", "school", "church", "shore", "town"])
    /// Prepositions that may follow a destination noun: "to power in 1979", "to jail for ten years".
    static let destinationFollowers = KeySet(words: ["in", "on", "at", "since", "after", "before", "during", "for", "until", "by",
                                                        "from", "amid", "following", "and", "with"])

    /// Whether the word at `index`, right after "to", is a ``destinationNouns`` noun: the sentence or the clause ends after
    /// it, or a preposition, a time word or a number of time units follows ("to power 30 years ago").
    private func isDestinationNoun(_ index: Int) -> Bool {
        guard Self.destinationNouns.contains(tokens[index].key) else { return false }
        let next = index + 1
        guard next < tokens.count, tokens[next].sentence == tokens[index].sentence else { return true }
        let token = tokens[next]
        if token.kind == .punctuation { return !token.isPunctuation("$") }
        if token.kind == .number || infos[next].cardinal >= 0 {
            return next + 1 < tokens.count && tokens[next + 1].sentence == token.sentence && infos[next + 1].isTimeWord
        }
        return Self.destinationFollowers.contains(token.key) || infos[next].isTimeWord
    }

    /// Whether a modal or "will" stands before the word at `index` past up to three adverbs and quote marks (at least one):
    /// "must not stop", "would probably fall", "will now ``proceed" (an "-eed" verb the lexicon lists as no verb too).
    private func followsModalPastAdverbs(_ index: Int) -> Bool {
        guard index >= 2 else { return false }
        // (The modal or "will" the walk back must end on lies two to four words back: its tags first, one look at each, before
        // the adverb sets; most words have none there.)
        let modalOrFuture: WordInfo.Tags = [.modal, .future]
        guard !infos[index - 2].tags.isDisjoint(with: modalOrFuture) || index >= 3 && !infos[index - 3].tags.isDisjoint(with: modalOrFuture)
            || index >= 4 && !infos[index - 4].tags.isDisjoint(with: modalOrFuture) else { return false }
        let previousKey = tokens[index - 1].key
        guard tokens[index - 1].kind == .punctuation || Self.adverbs.contains(previousKey) || endsInLy(index - 1) else { return false }
        var back = index - 1
        while back > index - 4, back > 0, Self.adverbs.contains(tokens[back].key) || endsInLy(back)
                || (tokens[back].kind == .punctuation && tokens[back].mayOpenQuotation) {
            back -= 1
        }
        return back < index - 1 && tokens[back].sentence == tokens[index].sentence
            && (infos[back].tags.contains(.modal) || infos[back].tags.contains(.future))
    }

    func endsInIng(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 5 && scalars[end - 1] == "g" && scalars[end - 2] == "n" && scalars[end - 3] == "i"
    }

    /// Whether the word at `index` ends in a plural's or a present's "s" (four letters at least, not "ss", "us", "is":
    /// "players", "signs"; not "business", "status", "crisis").
    func endsInPluralS(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 4 && scalars[end - 1] == "s"
            && scalars[end - 2] != "s" && scalars[end - 2] != "u" && scalars[end - 2] != "i"
    }

    /// Whether the word at `index` ends in an adverb's or an adjective's "-ly" ("deadly", "highly"), not one of the nouns
    /// and verbs in ``lyNonAdverbs`` ("Tuesday's rally drew thousands").
    func endsInLy(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 4 && scalars[end - 1] == "y" && scalars[end - 2] == "l" && !Self.lyNonAdverbs.contains(token.key)
    }

    /// Words in "-ly" that are nouns or verbs, no adverbs: "Tuesday's rally", "last year's assembly", "the anomaly", "will
    /// supply", "to apply".
    static let lyNonAdverbs = KeySet(words: ["rally", "assembly", "anomaly", "family", "ally", "supply", "reply", "monopoly",
                                             "tally", "homily", "folly", "belly", "bully", "jelly", "lily", "gully", "apply",
                                             "comply", "rely", "imply", "multiply"])

    /// Whether the expression ending at token `last` modifies the noun after it: "Friday's purchases",
    /// "third-quarter net income", "the 1988 results", "now owns" (an adverb before its verb).
    func isPrenominal(_ last: Int) -> Bool {
        var next = last + 1
        guard next < tokens.count, tokens[next].sentence == tokens[last].sentence else { return false }
        // "the Aug. 7, 1998, bombings": past the comma that closes a year set off after a determiner.
        if tokens[next].isPunctuation(","), isYearSetOffAfterDeterminer(last) {
            next += 1
            guard next < tokens.count, tokens[next].sentence == tokens[last].sentence else { return false }
        }
        if tokens[next].isApostrophe {
            return next + 1 < tokens.count && tokens[next + 1].key == K.s
        }
        guard tokens[next].kind == .word, !tokens[next].capitalized else { return false }
        let tags = infos[next].tags
        if tags.contains(.preposition) || tags.contains(.determiner) || tags.contains(.the) || tags.contains(.clauseBreak)
            || tags.contains(.and) || tags.contains(.range) || tags.contains(.pronounSubject) || infos[next].isTimeWord {
            return false
        }
        // A past verb right after the date opens another predicate: "gains that began last fall slowed".
        if tags.contains(.pastVerb) || endsInEd(next) { return false }
        return !(tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux) || tags.contains(.modal)
                 || tags.contains(.future) || tags.contains(.ago) || tags.contains(.earlier) || tags.contains(.later))
    }

    /// Whether the expression ending at token `last` writes its year between commas after a determiner, so that the
    /// comma after it closes the date, not a clause: "the Aug. 7, 1998, bombings", "charged in the Dec. 21, 1988, bombing"
    /// (not "On Aug. 7, 1998, terrorists bombed").
    private func isYearSetOffAfterDeterminer(_ last: Int) -> Bool {
        guard last >= 3, tokens[last].kind == .number, tokens[last - 1].isPunctuation(",") else { return false }
        var index = last - 2
        // A capitalized determiner opens the sentence ("The Aug. 7, 1998, bombings killed"): it ends the walk like one inside.
        while index > 0, index >= last - 6, tokens[index].sentence == tokens[last].sentence,
              tokens[index].kind == .number || tokens[index].isPunctuation(".")
                || (tokens[index].kind == .word && tokens[index].capitalized && infos[index].tags.isDisjoint(with: [.the, .determiner])) {
            index -= 1
        }
        return index < last - 2 && tokens[index].sentence == tokens[last].sentence && tokens[index].kind == .word
            && !infos[index].tags.isDisjoint(with: [.the, .determiner])
    }

    /// The noun an attributive expression modifies, scored as an event noun whether the lexicon knows it or
    /// not: "its fourth-quarter slump", "the 1988 recapitalization", "the August 1988 cease-fire", "a two-year
    /// strategy", "Friday's profittaking" (not an -ing verb there). Only expressions that can stand before a noun count (a year or day
    /// number last, a hyphenated period, a possessive); the head is the last word of the compound after it.
    func attributiveHead(first: Int, last: Int) -> Int? {
        var index = last + 1
        if tokens[index].isPunctuation(","), isYearSetOffAfterDeterminer(last) {
            index += 1  // "the Aug. 7, 1998, bombings": past the comma after the year
        } else if tokens[index].kind == .punctuation {
            index += 2  // "Friday's": past the apostrophe and the "s"
        } else {
            let numberLast = tokens[last].kind == .number
            let hyphenated = first < last && (first + 1...last).contains { tokens[$0].isPunctuation("-") && !tokens[$0].spaceBefore }
            // "current market conditions", "its current financial difficulties": a time adjective before its noun.
            let adjective = first == last && Self.timeAdjectives.contains(tokens[first].key)
            guard numberLast || hyphenated || adjective else { return nil }
        }
        var head: Int?
        var limit = last + 6
        while index < tokens.count, index <= limit, tokens[index].sentence == tokens[last].sentence {
            let token = tokens[index]
            if token.isPunctuation("-"), !token.spaceBefore, head != nil {
                index += 1
                continue
            }
            // An initialism's letters and periods are a name's words: "last year's deadly U.S. Embassy blasts".
            if token.kind == .word, token.capitalized, token.length == 1, index + 2 < tokens.count,
               tokens[index + 1].isPunctuation("."), !tokens[index + 1].spaceBefore {
                index += 2
                limit += 2
                continue
            }
            // An adjective or a degree adverb in "-ly" before the head: "last year's deadly blasts", "Friday's
            // highly publicized trial".
            if token.kind == .word, head == nil, !token.capitalized, endsInLy(index), index + 1 < tokens.count,
               tokens[index + 1].kind == .word {
                index += 1
                continue
            }
            // A name may stand inside the compound, never as its head: "last year's Lisbon summit".
            if token.kind == .word, token.capitalized, index + 1 < tokens.count, tokens[index + 1].kind == .word,
               !infos[index].tags.contains(.determiner), !infos[index].tags.contains(.the) {
                index += 1
                continue
            }
            guard token.kind == .word, !token.capitalized, !endsInLy(index), !Self.adverbs.contains(token.key),
                  !Self.particles.contains(token.key),
                  infos[index].cardinal < 0, infos[index].ordinal == 0,
                  token.key != K.or, token.key != K.period else { break }
            let tags = infos[index].tags
            if tags.contains(.eventNoun) {  // "a four-day state visit": "visit" is a noun here
                head = index
                index += 1
                continue
            }
            // "the 1998 bombings killed more than 200": a past verb after the head is the predicate, not the compound.
            if head != nil, endsInEd(index) { break }
            if tags.contains(.preposition) || tags.contains(.determiner) || tags.contains(.the) || tags.contains(.clauseBreak)
                || tags.contains(.and) || tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux)
                || tags.contains(.modal) || tags.contains(.future) || tags.contains(.pronounSubject) || infos[index].isTimeWord
                || tags.contains(.verb) || tags.contains(.pastVerb) || tags.contains(.reporting)
                || tags.contains(.later) || tags.contains(.earlier) || tags.contains(.ago)
                || Self.containVerbs.contains(token.key)  // "the year-ago results included a charge"
                || Self.placePrepositions.contains(token.key) {  // "Sunday's final against Spain": no head, a preposition
                break
            }
            head = index
            index += 1
        }
        guard let head else { return nil }
        let kind = eventKind(head)
        return kind == nil || kind == .noun || kind == .nonFinite ? head : nil
    }

    /// Time words that are adjectives: an expression of one of them modifies the noun after it.
    static let timeAdjectives = KeySet(words: ["current", "recent", "present", "former", "future", "previous", "onetime",
                                                  "longtime", "then"])

    /// Whether an auxiliary-looking word ("had", "has", "went", "became") is the clause's main verb here:
    /// "had a loss", "has 45 banks", "went to a sell rating", "became more open", not "had fallen", "has been".
    private func isMainVerb(_ index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return false }
        let next = tokens[index + 1]
        if next.kind == .number { return true }
        guard next.kind == .word else { return next.isPunctuation("$") }
        let key = tokens[index].key
        if Self.motionVerbs.contains(key) {
            // "went", "came", "became", "got": a main verb unless a participle follows ("got hit").
            return !(infos[index + 1].tags.contains(.pastVerb) || endsInEd(index + 1))
        }
        guard key == K.had || key == K.has || key == K.have else { return false }
        // "has had substantial losses", "has not had": the participle of "have" is the main verb.
        if key == K.had, index > 0 {
            var back = index - 1
            if back > 0, Self.adverbs.contains(tokens[back].key) || endsInLy(back) { back -= 1 }
            let auxiliary = tokens[back].key
            if tokens[back].sentence == tokens[index].sentence, auxiliary == K.has || auxiliary == K.have || auxiliary == K.had {
                return true
            }
        }
        let tags = infos[index + 1].tags
        return tags.contains(.determiner) || tags.contains(.the) || Self.haveObjects.contains(next.key)
    }

    /// A lowercase word in the same sentence that can only be a noun or an adjective here: no function word, verb form,
    /// number or time word.
    func isPlainNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.capitalized, index > 0, tokens[index - 1].sentence == token.sentence else { return false }
        let tags = infos[index].tags
        return !(tags.contains(.preposition) || tags.contains(.determiner) || tags.contains(.the) || tags.contains(.clauseBreak)
                 || tags.contains(.and) || tags.contains(.pronounSubject) || tags.contains(.pastAux) || tags.contains(.presentAux)
                 || tags.contains(.beAux) || tags.contains(.modal) || tags.contains(.future) || tags.contains(.pastVerb)
                 || tags.contains(.verb) || tags.contains(.reporting) || infos[index].isTimeWord || infos[index].cardinal >= 0
                 || endsInEd(index) || endsInLy(index) || Self.adverbs.contains(token.key) || Self.particles.contains(token.key))
    }

    /// Whether the word at `index` ends in "-ed" (four letters at least). (Inlined: ~31,700 calls per MB from ``computedKind(_:)``
    /// alone, each a call for three reads.)
    @inline(__always) func endsInEd(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 4 && scalars[end - 1] == "d" && scalars[end - 2] == "e"
    }

    /// Nouns of news events the lexicon does not list (disasters, violence, unrest, inquiries), which a possessive date names as its
    /// event: "Saturday's fire", "Sunday's blaze", "last week's floods", "last year's drought".
    static let newsEventNouns = KeySet(words: ["fire", "fires", "blaze", "blazes", "flood", "floods", "flooding", "drought",
                                                  "storm", "storms", "quake", "tremor", "tornado", "hurricane", "typhoon",
                                                  "cyclone", "landslide", "mudslide", "avalanche", "tsunami", "eruption",
                                                  "wildfire", "wildfires", "blast", "blasts", "riot", "riots", "unrest",
                                                  "raid", "raids", "ambush", "massacre", "rampage", "standoff", "siege",
                                                  "crackdown", "uprising", "coup", "fall", "win", "defeat", "victory",
                                                  "loss", "game", "match", "race", "final", "derby", "debate", "poll",
                                                  "primary", "runoff", "ceremony", "funeral", "parade", "march", "rally",
                                                  "sell-off", "selloff", "rout", "crash", "outbreak", "spill", "leak", "outage",
                                                  "outages", "stoppage", "blockage", "burial", "review", "reviews", "inquiry",
                                                  "inquiries", "probe", "audit", "summit",
                                                  // (Round 149: "The border clash on Friday", "A blackout on Monday", "The
                                                  // missile test on Wednesday".)
                                                  "clash", "clashes", "skirmish", "firefight", "shootout", "blackout",
                                                  "blackouts", "test", "tests", "heatwave", "downpour", "walkout", "walkouts"])
    /// Endings of nouns derived from verbs ("arrival", "refusal", "derailment", "closure", "eruption"), an event after a
    /// possessive date whether the lexicon knows the noun or not.
    /// (Not "-age", "-ion" after other letters, nor "-al" in five letters: "average", "champion", "total", "rival".)
    static let eventNounEndings: [[Unicode.Scalar]] = [["v", "a", "l"], ["s", "a", "l"], ["m", "e", "n", "t"],
                                                        ["t", "i", "o", "n"], ["s", "i", "o", "n"], ["u", "r", "e"]]

    /// Nouns with an ending of ``eventNounEndings`` that name a thing, a place or a body, not an event ("Friday's edition").
    static let thingNounsWithEventEndings = KeySet(words: ["edition", "editions", "position", "nation", "station", "section",
                                                              "population", "generation", "institution", "commission",
                                                              "television", "department", "government", "apartment",
                                                              "document", "equipment", "management", "parliament",
                                                              "temperature", "furniture", "literature", "signature",
                                                              "structure", "legislature", "rival"])

    /// Whether the noun at `index` names a news event: an event noun of the lexicon, ``newsEventNouns``, or a noun derived
    /// from a verb by one of ``eventNounEndings`` (with its plural: "killings", "derailments"; not
    /// ``thingNounsWithEventEndings``).
    func isNewsEventNoun(_ index: Int) -> Bool {
        if eventKind(index) == .noun || Self.newsEventNouns.contains(tokens[index].key) { return true }
        let token = tokens[index]
        guard token.kind == .word, token.length >= 5, !Self.thingNounsWithEventEndings.contains(token.key) else { return false }
        var end = Int(token.end)
        if scalars[end - 1] == "s" { end -= 1 }
        return Self.eventNounEndings.contains { ending in
            ending.count < end - Int(token.start) && ending.indices.allSatisfy { scalars[end - ending.count + $0] == ending[$0] }
        }
    }

    /// Nouns naming a change in an amount, which the lexicon does not list as event nouns (some are verbs too: they are
    /// nouns here unless a modal, "to" or a subject pronoun comes before).
    static let changeNouns = KeySet(words: ["declines", "drops", "rises", "increases", "decrease", "decreases", "jump", "jumps",
                                               "surge", "surges", "plunge", "plunges", "slide", "slump", "slumps", "dip", "dips",
                                               "rebound", "recovery", "turnaround", "downturn", "upturn", "slowdown", "reduction",
                                               "reductions", "improvement", "improvements", "boost", "advances", "outflow",
                                               "outflows", "inflow", "inflows", "weakness", "shortfall", "setback", "setbacks"])

    /// Adverbs that come between a modal and its verb, or after a date ("Friday alone"), never a noun's head.
    static let adverbs = KeySet(words: ["not", "never", "also", "still", "soon", "then", "now", "even", "just", "only",
                                           "already", "again", "always", "certainly", "likely", "n", "alone", "too", "apiece",
                                           "each", "ahead", "later", "earlier"])
    /// Particles and place adverbs after a date ("Nov. 25 off the coast", "since 1990 there has been"): never a noun's head.
    static let particles = KeySet(words: ["there", "here", "off", "out", "up", "down", "away", "back", "home"])
    static let motionVerbs = KeySet(words: ["went", "came", "became", "got"])
    /// Words that start the object of a main-verb "have": "had net income", "has no plans", "had sales of".
    static let haveObjects = KeySet(words: ["net", "no", "some", "about", "more", "less", "sales", "revenue", "assets", "profit",
                                               "earnings", "income", "operating", "total", "little", "much", "many", "nearly",
                                               "only", "any", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                               "ten", "several", "one"])
}
