/// Ties each dated expression to the event it dates, within its own clause.
///
/// Candidates are scored (see ``trigger(first:last:)``): content verbs first, then reporting verbs,
/// infinitives and -ing forms, event nouns; an event noun right next to the expression wins ("2020
/// election", "a meeting in September"); nearer words and words before the expression are preferred.
/// A clause without candidates borrows the next clause, then the previous one, then the rest of the
/// sentence. Verbs are recognised without a tagger: past and reporting forms from the lexicon, words in
/// -ed and -ing, words after "to", modals and auxiliaries, main-verb "had" / "has" ("had a loss").
/// Besides the trigger, ``secondaryTriggers(primary:first:last:)`` finds the other events the same
/// expression dates: coordinated verbs or nouns, the complement of an aspectual verb, a verb's event-noun object,
/// the verb of a "when" clause, an event noun's relative clause, the predicate of a setting phrase ("fell in heavy
/// trading Friday").
struct EventLinker {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [WordInfo]
    let clauses: [Int32]
    /// The event kinds already computed (``eventKind(_:)``): the searches for triggers, descriptions and
    /// secondary triggers ask about the same tokens again and again.
    private let kinds: TokenMemo

    init(scalars: [Unicode.Scalar], tokens: [Token], infos: [WordInfo], clauses: [Int32]) {
        self.scalars = scalars
        self.tokens = tokens
        self.infos = infos
        self.clauses = clauses
        kinds = TokenMemo(count: tokens.count)
    }

    /// How far (in tokens) a description looks for the other mark of a bracket it holds one of.
    static let bracketReach = 24
    /// The maximum length of a description, in Unicode scalars.
    static let descriptionLimit = 180
    /// How far (in tokens) from the expression a trigger or description is looked for: keeps the cost
    /// per expression constant in a run-on clause (100,000 weekday names, a 50 MB line without commas).
    static let window = 64

    /// Words that join a clause to the sentence and read badly at the start of a description.
    static let leadingConnectives = KeySet(words: ["which", "who", "while", "whereas", "as", "and", "but", "with", "although",
                                                      "though", "because", "so", "that", "or", "nor", "where", "when"])

    /// What kind of event word a token is; stronger kinds win over nearer weaker ones.
    enum EventKind: UInt8 {
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
    /// expression ("a meeting in September", "the talks this week", "the 2020 election") gets 1.8 more, unless
    /// a finite verb follows it ("third-quarter net income fell": the noun is that verb's subject); the noun
    /// an attributive or possessive expression modifies gets it wherever it stands ("last year's Lisbon
    /// summit", "its fourth-quarter slump"); every token of distance costs 0.3, and words before the
    /// expression get 0.3. Three families lose 1:
    /// - a reporting verb the date follows at a distance or after "that" ("the ministry said that last week a
    ///   convoy crossed", "police said they believe the group was behind two bombings last week"): the date is
    ///   inside the reported clause;
    /// - a verb of intention before its infinitive ("is expected to reach the market early next year"):
    ///   the infinitive is the event;
    /// - any word before an expression that modifies the noun or verb after it ("reported third-quarter
    ///   revenue rose", "said Friday's sale was", "the group now controls"): the date belongs to what follows.
    /// A verb opening the next conjunct right after the expression ("on Wednesday evening and will travel", "late on
    /// Sunday and agreed to meet") loses 3, and so do the words after it: they tell another event.
    /// "ended" / "ending" after a period ("the quarter ended Sept. 30") is the event of the date it governs,
    /// never of the period before it. The weights were set on the TimeBank anchoring measure
    /// (Documentation/Evaluation.md) and checked on AQUAINT.
    /// A clause without candidates ("On Friday, …") borrows the next clause (unless that gives a reporting verb
    /// after a quote whose clause has an event: "… a day,'' said the spokesman"), then the previous one, then
    /// the rest of the sentence ("the retailer earned $10 million, or 67 cents a share, in the year-ago quarter"); a
    /// sentence with no event word at all, the predicate of its "be" ("rates were lower than a year ago").
    func trigger(first: Int, last: Int) -> Int? {
        let own = (clauseStart(first, limit: first - Self.window), clauseEnd(last, limit: last + Self.window))
        let sentence = tokens[first].sentence
        let next = own.1 + 1
        if let best = best(in: own.0...own.1, first: first, last: last) {
            // "Analysts noted that over the past 20 years, Mr. Fournier has built": a phrase that opens the reported
            // clause dates the reported event.
            if eventKind(best) == .reporting, best + 1 < first, tokens[best + 1].key == K.that, own.1 == last,
               next < tokens.count, tokens[next].sentence == sentence, tokens[next].isPunctuation(","),
               next + 1 < tokens.count, tokens[next + 1].sentence == sentence,
               let reported = self.best(in: (next + 1)...clauseEnd(next + 1, limit: last + Self.window), first: first, last: last),
               eventKind(reported) != .reporting {
                return reported
            }
            // "Unisys said its European business was weak during the quarter": the date belongs to the reported state.
            if eventKind(best) == .reporting, best + 2 < first, let state = reportedState(from: best + 1, to: first - 1) {
                return state
            }
            return best
        }
        let previous = own.0 - 1
        func previousBest() -> Int? {
            guard previous >= 0, tokens[previous].sentence == sentence else { return nil }
            return best(in: clauseStart(previous, limit: first - Self.window)...previous, first: first, last: last)
        }
        // "Banks, which have been closed since March 16, are scheduled to reopen": a conjunction-like preposition split off
        // the clause before it dates that clause's event, not the next one's (but "since November, when he was found": the
        // "when" clause tells what happened then).
        let whenFollows = next + 1 < tokens.count && tokens[next].isPunctuation(",") && tokens[next + 1].key == K.when
        if own.0 + 1 == first, followsWord(own.0), tokens[own.0 - 1].sentence == sentence, !whenFollows,
           infos[own.0].tags.contains(.preposition), infos[own.0].tags.contains(.clauseBreak), let earlier = previousBest() {
            return earlier
        }
        // "won three elections, in 1979, 1983 and 1987, before her party forced her out": a list of years set off by a
        // comma after its clause's words dates that clause's event.
        if setOffYearList(own.0...own.1, first: first, last: last), let earlier = previousBest() { return earlier }
        // "On Sunday, after talks collapsed, the leaders will try again", "Next Tuesday, the board, chaired by a former
        // minister, will meet": a time fronted at the start of its sentence dates the main clause's event, past
        // subordinate, relative and participial clauses (whose event is kept as a last resort).
        if let main = mainClauseEvent(after: own.1, first: first, last: last) { return main }
        // ", compared with a year-earlier loss": a comparison that follows is no event of the date's.
        let comparison = next + 1 < tokens.count && tokens[next].isPunctuation(",") && tokens[next + 1].key == K.compared
        if next < tokens.count, tokens[next].sentence == sentence, !comparison,
           let best = best(in: next...clauseEnd(next, limit: last + Self.window), first: first, last: last) {
            // "… interviews a day,'' said the spokesman": the quote before the reporting verb holds the event.
            if eventKind(best) == .reporting, let earlier = previousBest() { return earlier }
            return best
        }
        if let best = previousBest() { return best }
        var low = max(0, first - Self.window)
        while tokens[low].sentence != sentence { low += 1 }
        var high = min(tokens.count - 1, last + Self.window)
        while tokens[high].sentence != sentence { high -= 1 }
        if comparison { high = max(last, min(high, next - 1)) }
        return best(in: low...high, first: first, last: last) ?? statePredicate(in: low...high, first: first, last: last)
    }

    /// The best event word of the first main clause after the clause ending at `end`, when that clause opens its sentence:
    /// subordinate clauses on the way are skipped, and their event is returned only when no main clause has one.
    private func mainClauseEvent(after end: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[first].sentence
        var start = first
        while start > 0, tokens[start - 1].sentence == sentence { start -= 1 }
        guard clauses[start] == clauses[first] else { return nil }
        // Fronted: only prepositions, determiners, numbers and time words before it ("At 18:00 GMT on", "Late on").
        for index in start..<first where tokens[index].kind == .word {
            let info = infos[index]
            guard info.isTimeWord || !info.tags.isDisjoint(with: [.preposition, .determiner, .timeSuffix, .early, .late, .and])
            else { return nil }
        }
        var fallback: Int?
        var index = end + 1
        while index < tokens.count, index <= last + Self.window, tokens[index].sentence == sentence {
            let clauseEnd = clauseEnd(index, limit: last + Self.window)
            var opener = index
            while opener < clauseEnd, tokens[opener].kind != .word { opener += 1 }
            let found = best(in: index...clauseEnd, first: first, last: last)
            if Clauses.opensSubordinate(opener, tokens: tokens, infos: infos, scalars: scalars) {
                if fallback == nil { fallback = found }
            } else if let found {
                // "… a day,'' said the spokesman": a reporting verb after a quotation is left to the usual search.
                return eventKind(found) == .reporting && fallback == nil ? nil : found
            }
            index = clauseEnd + 1
        }
        return fallback
    }

    /// The adjective or particle predicate of a "be" (or the head of its noun predicate) between a reporting verb and the
    /// expression (tokens `start...end`), with no other event word there: "said its European business was weak during
    /// the quarter", "reported their core operations were net losers in the third quarter".
    private func reportedState(from start: Int, to end: Int) -> Int? {
        var be: Int?
        for index in start...end {
            if eventKind(index) != nil { return nil }
            if tokens[index].kind == .punctuation { return nil }
            if be == nil, infos[index].tags.contains(.beAux), tokens[index].key != K.s, index > start { be = index }
        }
        guard let be, var state = predicate(afterBe: be, upper: end, first: end + 1, last: end + 1), state != be,
              eventKind(state) == nil else { return nil }
        // "were net losers in the third quarter": the head of a noun predicate.
        while state + 1 <= end, isPlainNoun(state + 1) { state += 1 }
        return state
    }

    /// Words between a form of "be" and its predicate: "is much lower", "are fairly intense", "were still under".
    static let degreeWords = KeySet(words: ["much", "very", "fairly", "so", "too", "more", "less", "far", "quite", "rather",
                                               "even", "still", "only", "not", "no", "just", "already", "also", "n"])

    /// A sentence without an event word states something: the predicate after the form of "be" nearest the expression
    /// ("rates were lower than a year ago", "properties are worth half that now", "it's fairly intense right now"), or
    /// the form of "be" itself before a prepositional predicate ("a decade ago were still under Soviet rule"). `nil`
    /// before a noun phrase ("had been the general manager for six months").
    private func statePredicate(in range: ClosedRange<Int>, first: Int, last: Int) -> Int? {
        var be: Int?
        for index in range where index < first || index > last {
            guard tokens[index].kind == .word, infos[index].tags.contains(.beAux) else { continue }
            // "it's", "that's", not a possessive ("the company's").
            if tokens[index].key == K.s, !(index >= 2 && (infos[index - 2].tags.contains(.pronounSubject)
                                                        || Self.contractedSubjects.contains(tokens[index - 2].key))) {
                continue
            }
            if be == nil || abs(index - first) < abs(be! - first) { be = index }
        }
        guard let be else { return nil }
        return predicate(afterBe: be, upper: range.upperBound, first: first, last: last)
    }

    /// The predicate of the form of "be" `be`, up to token `upper` and outside the expression `first...last`: an
    /// adjective or particle past degree words ("were still lower", "are worth", "was up"), `be` itself before a
    /// prepositional predicate ("were under Soviet rule"), `nil` before a noun phrase, a number or another verb.
    private func predicate(afterBe be: Int, upper: Int, first: Int, last: Int) -> Int? {
        let range = be...upper
        var index = be + 1
        while index <= range.upperBound, index <= be + 4, tokens[index].kind == .word,
              Self.degreeWords.contains(tokens[index].key) || endsInLy(index) {
            index += 1
        }
        guard index <= range.upperBound, index < first || index > last, tokens[index].kind == .word, !tokens[index].capitalized else { return nil }
        let tags = infos[index].tags
        if tags.contains(.preposition) || Self.placePrepositions.contains(tokens[index].key) { return be }
        if Self.particles.contains(tokens[index].key) { return Self.pronounAdverbs.contains(tokens[index].key) ? nil : index }
        if tags.contains(.moreThan) || tags.contains(.lessThan) || tags.contains(.approximate) { return nil }
        if tags.contains(.determiner) || tags.contains(.the) || tags.contains(.pronounSubject) || tags.contains(.clauseBreak)
            || tags.contains(.and) || tags.contains(.beAux) || tags.contains(.pastAux) || tags.contains(.presentAux)
            || tags.contains(.modal) || tags.contains(.future) || infos[index].isTimeWord || infos[index].cardinal >= 0 {
            return nil
        }
        return index
    }

    static let holdingHeads = KeySet(words: ["company", "companies", "concern", "concerns", "firm", "firms", "group"])
    static let operatingHeads = KeySet(words: ["profit", "profits", "income", "loss", "losses", "margin", "margins", "earnings",
                                                  "results", "revenue", "revenues", "costs", "expenses", "officer", "system",
                                                  "systems", "unit", "units", "cash"])

    /// Subjects contracted with "is": "it's", "that's".
    static let contractedSubjects = KeySet(words: ["it", "that", "there", "here", "what", "who", "he", "she"])
    /// Place words the lexicon does not list as prepositions: "were still under Soviet rule", "were outside the home".
    static let placePrepositions = KeySet(words: ["under", "outside", "inside", "within", "behind", "beyond", "above", "below",
                                                     "near", "among", "against", "without", "around", "beneath"])
    /// Particles that are no predicate after "be": "is there".
    static let pronounAdverbs = KeySet(words: ["there", "here"])

    /// The events an expression dates besides its trigger `primary`, in text order: words coordinated with the
    /// trigger by "and" / "or" ("killed three soldiers and wounded six", "gains or losses"), the verb an
    /// aspectual verb governs ("began delving", "began to arrive", "will start producing"), a verb and the
    /// event noun it takes as object ("staged a coup", "completed the purchase"), the verb of a "when"
    /// clause right after the trigger's ("was killed Thursday when robbers opened fire"), and an event noun
    /// and the verb of its relative clause ("the bombing that killed one person"), and the predicate a trigger noun's
    /// prepositional phrase belongs to ("fell in heavy trading Friday", "In heavy trading Friday, shares fell").
    /// At most ``secondaryLimit``; looked for within the trigger's clause and a following clause that opens
    /// with "and" / "or" (", and wounded six").
    func secondaryTriggers(primary: Int, first: Int, last: Int) -> [Int] {
        // The noun an attributive date modifies is an event noun there, known to the lexicon or not ("Friday's focus").
        guard let kind = eventKind(primary) ?? (primary == attributiveHeadIfAny(first: first, last: last) ? .noun : nil) else {
            return []
        }
        var found: [Int] = []
        func add(_ index: Int) {
            if index != primary, index < first || index > last, !found.contains(index), found.count < Self.secondaryLimit {
                found.append(index)
            }
        }
        // Aspectual verb and its complement: "began delving", "began to arrive", "start producing".
        if kind != .noun {
            if Self.aspectual.contains(tokens[primary].key), let complement = complement(of: primary) { add(complement) }
            if primary >= 2, tokens[primary - 1].key == K.to, Self.aspectual.contains(tokens[primary - 2].key) { add(primary - 2) }
            if primary >= 1, Self.aspectual.contains(tokens[primary - 1].key), endsInIng(primary) { add(primary - 1) }
        }
        // An intransitive aspectual verb's subject is the event that begins or goes on: "bankruptcy proceedings began
        // Tuesday", "expect the disappointing trend to continue into the fourth quarter", "Construction is set to begin".
        if kind != .noun, Self.aspectual.contains(tokens[primary].key), let subject = aspectualSubject(of: primary, first: first) {
            add(subject)
        }
        // A period that "ended" / "ending" closes right after it: the ending is an event of the period too ("For the
        // year ended Sept. 30, Ralston earned", "net income in the year ending June 30 to fall").
        if last + 1 < tokens.count, tokens[last + 1].sentence == tokens[last].sentence, infos[last].unit != nil,
           tokens[last + 1].key == K.ended || tokens[last + 1].key == K.ending {
            add(last + 1)
        }
        // "ended" after a period: the event the period phrase dates ("had a loss … for the quarter ended Sept. 30",
        // "For the year ended June 30, the bank earned …"), with its event-noun object ("had a loss").
        if primary < first, let verb = predicate(ofPeriodEnded: primary, last: last) {
            add(verb)
            if let object = eventObject(of: verb) {
                add(object)
                if let other = coordinatedNoun(after: object) { add(other) }
            }
        }
        // A verb and the event noun it takes as object: "staged a coup", "completed the purchase", "reported a
        // net loss"; either may be the trigger.
        if kind != .noun, let object = eventObject(of: primary) {
            add(object)
            // "had sales of about $40 million and an operating loss of $1.5 million": both objects.
            if let other = coordinatedNoun(after: object) { add(other) }
        }
        if kind == .noun, let verb = verbOfObject(primary, first: first, last: last) { add(verb) }
        // An event noun and the verb of the relative clause right after it: "the bombing that killed one person",
        // "an explosion that took place", "employment gains that began last fall".
        if kind == .noun, primary + 2 < tokens.count, Self.relatives.contains(tokens[primary + 1].key),
           tokens[primary + 2].sentence == tokens[primary].sentence, eventKind(primary + 2) == .finite {
            add(primary + 2)
        }
        if kind == .finite, primary >= 2, Self.relatives.contains(tokens[primary - 1].key), eventKind(primary - 2) == .noun,
           tokens[primary - 2].sentence == tokens[primary].sentence {
            add(primary - 2)
        }
        // An attributive date dates the noun it modifies even when the verb it is the subject of is the trigger: "Last
        // year catastrophe losses totaled $5 million".
        if kind != .noun, let head = attributiveHeadIfAny(first: first, last: last), head != primary, eventKind(head) == .noun {
            add(head)
        }
        // ... and the verb past the prepositional phrase of the noun it modifies, when that noun is the trigger:
        // "Friday's focus on the top-tier stocks telegraphed active selling".
        if kind == .noun, primary == attributiveHeadIfAny(first: first, last: last), let verb = predicateAfterPhrase(of: primary) {
            add(verb)
        }
        // The event noun a period phrase modifies when the verb after the date is the trigger: "its net loss for the
        // seasonally slow third quarter narrowed", "group profit in the second quarter climbed".
        if kind == .finite, primary == last + 1, let noun = subjectBeforePeriod(first: first) { add(noun) }
        // What the trigger noun's figures included: "year-earlier results included an extraordinary gain".
        if kind == .noun, primary + 1 < tokens.count, tokens[primary + 1].sentence == tokens[primary].sentence,
           Self.containVerbs.contains(tokens[primary + 1].key), eventKind(primary + 1) != nil {
            add(primary + 1)
            if let object = eventObject(of: primary + 1) { add(object) }
        }
        // The predicate of a copula whose subject is the trigger noun: "its third-quarter earnings will probably be
        // lower", "third-quarter corporate earnings haven't been very good".
        if kind == .noun, let state = copularPredicate(ofSubject: primary, first: first, last: last) { add(state) }
        // An event noun whose "in" / "of" phrase holds the trigger noun: "a 77% drop in third-quarter net income", "a
        // dramatic rise in the growth of", "little change in the fund's sales picture this year".
        if kind == .noun, let head = governingNoun(of: primary, first: first, last: last) { add(head) }
        // A reporting verb the date follows ("said Wednesday that they had concluded", "said today its troops would
        // join"): the first verb of what it reports, which the report places at that time.
        if kind == .reporting, primary < first, first - primary <= 3, let reported = reportedVerb(after: last) { add(reported) }
        // A participle right after an event noun modifies it, a past verb right after one has it as subject; before a
        // preposition or the date, the noun is dated too: "charges taken in the year-earlier period", "sharp advances
        // made through this week", "third-quarter results came amid", "sales grew from 40,000 to 90,000 last year".
        if kind == .finite, primary >= 1, eventKind(primary - 1) == .noun, tokens[primary - 1].sentence == tokens[primary].sentence,
           endsInEd(primary) || infos[primary].tags.contains(.pastVerb),
           primary + 1 == first || (primary + 1 < tokens.count && infos[primary + 1].tags.contains(.preposition)) {
            add(primary - 1)
        }
        // The event noun of a setting phrase right after the trigger verb: "were killed in clashes between police and
        // protesters in recent days", "was injured during a raid".
        if kind != .noun, let setting = settingNoun(after: primary, first: first, last: last) { add(setting) }
        // A clause of simultaneity right after the trigger's clause: "was killed Thursday evening when two robbers
        // opened fire", "was shot as he stood in his kitchen".
        if kind != .noun, let verb = simultaneousVerb(after: primary) { add(verb) }
        // Coordination, forwards: "P … and Q", Q of P's kind right after the conjunction.
        let sentence = tokens[primary].sentence
        forwardConjuncts(of: primary, kind: kind, first: first, last: last, add: add)
        // Backwards: "P1 and P", P the second conjunct.
        var back = primary - 1
        if back >= 0, endsInLy(back) { back -= 1 }
        if back >= 1, isConjunction(back), clauses[back - 1] == clauses[primary] || tokens[back - 1].kind == .punctuation {
            var candidate = back - 1
            let limit = max(0, primary - Self.window)
            while candidate >= limit, tokens[candidate].sentence == sentence {
                if let other = eventKind(candidate) {
                    if sameKind(other, kind) { add(candidate) }
                    break
                }
                if tokens[candidate].kind == .punctuation && !tokens[candidate].isPunctuation(",") { break }
                candidate -= 1
            }
        }
        // A trigger noun in a prepositional phrase with the date and the predicate that phrase belongs to: "shares
        // fell in heavy trading Friday", "In heavy trading Friday, shares fell", "was injured in the 2004 blast".
        // (An -ing form there is a noun: "in composite trading".)
        if kind == .noun || (kind == .nonFinite && endsInIng(primary)) || primary == attributiveHeadIfAny(first: first, last: last) {
            if let verb = predicate(ofSetting: primary) {
                add(verb)
                // "rose $2.50 a share to close at $117.375 in composite trading": the finite verb the infinitive completes.
                if verb > 0, tokens[verb - 1].key == K.to, let finite = finiteVerb(before: verb - 1) {
                    add(finite)
                }
            }
        }
        // The verbs coordinated with a verb found above: "focus on the stocks telegraphed active selling and showed".
        for verb in found where eventKind(verb) == .finite || eventKind(verb) == .nonFinite {
            forwardConjuncts(of: verb, kind: eventKind(verb)!, first: first, last: last, add: add)
        }
        return found.sorted()
    }

    /// The events coordinated with `word` (of kind `kind`) after it: "P … and Q", Q of P's kind right after the
    /// conjunction, within P's clause or a following one that opens with "and" / "or"; stops at another predicate.
    private func forwardConjuncts(of word: Int, kind: EventKind, first: Int, last: Int, add: (Int) -> Void) {
        let sentence = tokens[word].sentence
        let end = min(tokens.count - 1, word + Self.window)
        var index = word + 1
        var clause = clauses[word]
        while index <= end, tokens[index].sentence == sentence {
            if clauses[index] != clause {
                // A comma before "and" / "or" keeps the coordination going (", and wounded six").
                guard isConjunction(index) || (tokens[index].kind == .punctuation && index + 1 <= end && isConjunction(index + 1)) else { break }
                clause = clauses[index]
            }
            if isConjunction(index), let conjunct = conjunct(after: index, primary: word), sameKind(eventKind(conjunct), kind) {
                add(conjunct)
                index = conjunct
            } else if index < first || index > last, let other = eventKind(index), other != .noun || kind == .noun,
                      !(other == .nonFinite && endsInIng(index) && index > word + 1 && isModifier(index - 1)
                        && eventKind(index - 1) == nil) {
                // another predicate: "killed three soldiers who were wounded" is not coordination; an -ing word after a
                // modifier is a noun ("telegraphed active overseas selling and showed").
                break
            }
            index += 1
        }
    }

    static let reportVerbs = KeySet(words: ["reported", "reports", "report"])
    /// Prepositions before a period that "ended" closes: "for the quarter ended", "in the year ended".
    static let periodPrepositions = KeySet(words: ["for", "in", "during", "over", "through"])

    /// The predicate a period phrase closed by "ended" / "ending" (token `ended`, the date ending at `last`) belongs
    /// to: a finite verb right after the date, whose subject the phrase modifies ("net income for the year ended June
    /// 30 rose"); when the phrase opens the sentence, the first verb after the date ("For the year ended June 30, the
    /// bank earned"); otherwise the nearest verb before the preposition in the sentence, past its objects and amounts
    /// ("had a loss of $9 million, or 18 cents a share, for the quarter ended"). `nil` after a comparison ("compared
    /// with a loss for the year ended") or a reporting verb without an event-noun object, which would date the report.
    private func predicate(ofPeriodEnded ended: Int, last: Int) -> Int? {
        let key = tokens[ended].key
        guard key == K.ended || key == K.ending, ended >= 2, infos[ended - 1].unit != nil else { return nil }
        let sentence = tokens[ended].sentence
        var index = ended - 2
        var preposition: Int?
        while index >= 0, index >= ended - 6, tokens[index].sentence == sentence {
            if tokens[index].kind == .word, Self.periodPrepositions.contains(tokens[index].key) {
                preposition = index
                break
            }
            guard tokens[index].kind == .word, eventKind(index) == nil,
                  isModifier(index) || infos[index].cardinal >= 0 || infos[index].ordinal != 0 else { return nil }
            index -= 1
        }
        guard let preposition else { return nil }
        // "net income for the quarter ended Sept. 30 rose 5%": the phrase modifies a subject; the verb after the date.
        if last + 1 < tokens.count, tokens[last + 1].sentence == sentence, eventKind(last + 1) == .finite { return last + 1 }
        if preposition == 0 || tokens[preposition - 1].sentence != sentence {
            var next = last + 1
            let limit = min(tokens.count - 1, last + 12)
            while next <= limit, tokens[next].sentence == sentence {
                if tokens[next].kind == .punctuation {
                    if !tokens[next].isPunctuation(",") { return nil }
                } else if let kind = eventKind(next) {
                    return kind == .noun ? nil : next
                }
                next += 1
            }
            return nil
        }
        var back = preposition - 1
        while back >= 0, back >= preposition - 20, tokens[back].sentence == sentence {
            let token = tokens[back]
            if token.kind == .punctuation {
                if isQuote(token) || token.isPunctuation(";") || token.isPunctuation(":") || token.isPunctuation("(") { break }
            } else if token.key == K.compared || infos[back].tags.contains(.clauseBreak) {
                return nil
            } else if let kind = eventKind(back) {
                // "reported a net loss … for the quarter ended": "report" with its event-noun object, not "said net
                // income for the quarter ended …", where the noun is the subject of the reported clause.
                if kind == .reporting {
                    if Self.reportVerbs.contains(tokens[back].key), eventObject(of: back) != nil { return back }
                    break
                }
                // "had operating profit": an -ing word before a noun is its modifier.
                // "adjusted for the split": a verb form after a determiner is a noun.
                let nominal = back > 0 && (infos[back - 1].tags.contains(.determiner) || infos[back - 1].tags.contains(.the))
                if !nominal, kind == .finite || (kind == .nonFinite && !endsInIng(back)) { return back }
            }
            back -= 1
        }
        return nil
    }

    /// Prepositions that make an event noun the setting of a predicate: "in trading", "at a summit", "during talks".
    static let settingPrepositions = KeySet(words: ["in", "at", "during", "since", "after", "before", "following", "amid",
                                                       "throughout"])

    private func attributiveHeadIfAny(first: Int, last: Int) -> Int? {
        isPrenominal(last) ? attributiveHead(first: first, last: last) : nil
    }

    /// The predicate an event noun's prepositional phrase belongs to: the nearest event word before the preposition in
    /// its clause, at most 16 words back ("fell $1 in heavy trading", "had a charge of $14.8 million in the latest quarter") or the predicate of
    /// a "be" there ("was down 25 cents in composite trading"), or, when the phrase opens the sentence, the first verb after it ("In heavy
    /// trading, shares fell"). `nil` when the noun is not governed by a setting preposition or another event comes first.
    private func predicate(ofSetting noun: Int) -> Int? {
        let sentence = tokens[noun].sentence
        var index = noun - 1
        var preposition: Int?
        while index >= 0, index >= noun - 10, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.kind == .word, Self.settingPrepositions.contains(token.key) {
                preposition = index
                break
            }
            let hyphenated = (index + 1 < tokens.count && tokens[index + 1].isPunctuation("-") && !tokens[index + 1].spaceBefore)
                || (token.isPunctuation("-") && !token.spaceBefore)
            let possessive = token.isApostrophe || token.key == K.s
            let allowed = hyphenated || possessive || token.kind == .number || infos[index].isTimeWord
                || (token.kind == .word && (token.capitalized || isModifier(index)))
            guard allowed, eventKind(index) == nil || infos[index].isTimeWord else { return nil }
            index -= 1
        }
        guard let preposition else { return nil }
        // Backwards: the predicate the phrase follows, in the same clause.
        var back = preposition - 1
        while back >= 0, tokens[back].sentence == sentence, clauses[back] == clauses[preposition] {
            if back < preposition - 16 { return nil }
            if eventKind(back) != nil { return back }
            // "the stock was down 25 cents to $30.25 in composite trading yesterday": the predicate of "be".
            if tokens[back].kind == .word, infos[back].tags.contains(.beAux), tokens[back].key != K.s,
               let state = predicate(afterBe: back, upper: preposition - 1, first: noun, last: noun), state != back {
                return state
            }
            back -= 1
        }
        // The phrase opens its clause: the first verb of the clauses after it ("In heavy trading Friday, shares fell").
        var next = clauseEnd(noun, limit: noun + Self.window) + 1
        let limit = min(tokens.count - 1, next + 12)
        var clauseCount = 0
        while next <= limit, tokens[next].sentence == sentence {
            if tokens[next].kind == .punctuation, next + 1 <= limit, tokens[next + 1].key == K.s,
               tokens[next].isApostrophe {
                next += 2  // a possessive: "In composite trading yesterday, Oneida's shares closed"
                continue
            }
            if tokens[next].kind == .punctuation {
                if !tokens[next].isPunctuation(",") { return nil }
                clauseCount += 1
                if clauseCount > 2 { return nil }
            } else if let kind = eventKind(next) {
                return kind == .noun ? nil : next
            }
            next += 1
        }
        return nil
    }

    /// The finite content verb before `index` in its clause, within a few words and past no other event word: "rose
    /// $2.50 a share" before "to close".
    private func finiteVerb(before index: Int) -> Int? {
        var back = index - 1
        while back >= 0, back >= index - 8, tokens[back].sentence == tokens[index].sentence, clauses[back] == clauses[index] {
            if let kind = eventKind(back) { return kind == .finite ? back : nil }
            back -= 1
        }
        return nil
    }

    /// At most this many secondary triggers per expression.
    static let secondaryLimit = 4
    /// Verbs of beginning, continuing and ending, which share their time with the verb they govern.
    static let aspectual = KeySet(words: ["began", "begin", "begins", "beginning", "begun", "start", "starts", "started",
                                             "starting", "continue", "continues", "continued", "continuing", "resume",
                                             "resumes", "resumed", "stop", "stops", "stopped", "finish", "finished",
                                             "ceased", "kept", "keep"])

    /// The first verb of a "when" clause (or "as" + subject pronoun, or ", with" + subject + -ing verb) that follows the
    /// verb's own clause, with no other verb in between: the two events happen at the same time.
    private func simultaneousVerb(after verb: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var index = verb + 1
        let limit = min(tokens.count - 1, verb + Self.window / 2)
        while index <= limit, tokens[index].sentence == sentence {
            let key = tokens[index].key
            if key == K.when || (key == K.as_ && index + 1 <= limit && infos[index + 1].tags.contains(.pronounSubject)) {
                var next = index + 1
                while next <= min(limit, index + 8), tokens[next].sentence == sentence {
                    if let kind = eventKind(next), kind != .noun { return next }
                    if tokens[next].kind == .punctuation { return nil }
                    next += 1
                }
                return nil
            }
            // "had weak results so far this year, with earnings declining 43%": a "with" clause of an -ing verb.
            if key == K.with, index > verb + 1, tokens[index - 1].isPunctuation(",") {
                var next = index + 1
                while next <= min(limit, index + 5), tokens[next].sentence == sentence, tokens[next].kind == .word {
                    let kind = eventKind(next)
                    if kind == .nonFinite { return endsInIng(next) && next > index + 1 ? next : nil }
                    guard kind == .noun || (kind == nil && isModifier(next)) else { return nil }
                    next += 1
                }
                return nil
            }
            if let kind = eventKind(index), kind != .noun { return nil }  // another predicate first
            if tokens[index].kind == .punctuation && !tokens[index].isPunctuation(",") { return nil }
            index += 1
        }
        return nil
    }

    /// The adjective or particle predicate of a form of "be" right after the noun `subject`, past modals, auxiliaries,
    /// negation and adverbs: "earnings will probably be lower", "earnings haven't been very good", "stock was down".
    private func copularPredicate(ofSubject subject: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[subject].sentence
        var index = subject + 1
        while index < tokens.count, index <= subject + 6, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.kind == .word, infos[index].tags.contains(.beAux), token.key != K.s {
                guard let state = predicate(afterBe: index, upper: min(tokens.count - 1, index + 5), first: first, last: last),
                      state != index, tokens[state].sentence == sentence, eventKind(state) == nil else { return nil }
                return state
            }
            let tags = infos[index].tags
            let auxiliary = token.kind == .word && (tags.contains(.modal) || tags.contains(.future) || tags.contains(.presentAux)
                                                    || tags.contains(.pastAux) || Self.adverbs.contains(token.key) || endsInLy(index)
                                                    || token.key == K.t || Self.negatedAuxiliaries.contains(token.key))
            guard auxiliary || token.isApostrophe else { return nil }
            index += 1
        }
        return nil
    }

    /// Auxiliaries written before "n't" ("haven't": "haven", "'", "t").
    static let negatedAuxiliaries = KeySet(words: ["haven", "hasn", "hadn", "wouldn", "couldn", "shouldn", "didn", "doesn", "don",
                                                      "mightn", "mustn"])
    /// Verbs of saying, whose noun after them is the subject of what they report ("said its earnings would"), no object
    /// ("told a news conference" has one).
    static let sayVerbs = KeySet(words: ["said", "say", "says", "saying"])

    /// The first verb of the clause a reporting verb introduces, the expression ending at token `last` right after the
    /// verb: past "that" and a subject of a few words ("said Wednesday that they had concluded", "said privately
    /// Thursday that Britain, through its embassies, has been pushing"), within the sentence, past one aside between commas
    /// after the subject and no other clause mark.
    private func reportedVerb(after last: Int) -> Int? {
        let sentence = tokens[last].sentence
        var index = last + 1
        let limit = min(tokens.count - 1, last + 20)
        var words = 0
        var parenthetical = false
        while index <= limit, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.isPunctuation(","), words > 0, !parenthetical {
                // "said Thursday that Britain, through its embassies in Thailand, has been pushing": past one aside between
                // commas after the subject.
                var close = index + 1
                while close <= min(tokens.count - 1, index + 10), tokens[close].sentence == sentence, !tokens[close].isPunctuation(",") {
                    if tokens[close].kind == .punctuation || eventKind(close) != nil { return nil }
                    close += 1
                }
                guard close <= min(tokens.count - 1, index + 10), tokens[close].isPunctuation(",") else { return nil }
                parenthetical = true
                index = close + 1
                continue
            }
            if token.kind == .punctuation { return nil }
            if let kind = eventKind(index) {
                // "has been pushing": an -ing form after "be" is the verb.
                let progressive = endsInIng(index) && infos[index - 1].tags.contains(.beAux)
                return kind == .finite || (kind == .nonFinite && (!endsInIng(index) || progressive)) ? index : nil
            }
            if token.kind == .word, token.key != K.that { words += 1 }
            if token.kind == .word, infos[index].tags.contains(.clauseBreak), token.key != K.that { return nil }
            index += 1
        }
        return nil
    }

    /// The event noun governed by a setting preposition right after the verb `verb` (past one adverb and an object that is
    /// a name), past determiners and modifiers only: "killed in clashes", "injured during a raid", "joined NATO at a
    /// ceremony"; not the expression `first...last` itself.
    private func settingNoun(after verb: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var index = verb + 1
        if index < tokens.count, Self.adverbs.contains(tokens[index].key) || endsInLy(index) { index += 1 }
        // "formally joined NATO at a ceremony": past an object that is a name.
        var name = index
        while name < tokens.count, name <= index + 2, tokens[name].sentence == sentence, tokens[name].kind == .word,
              tokens[name].capitalized, eventKind(name) == nil {
            name += 1
        }
        if name > index, name < tokens.count, tokens[name].kind == .word, Self.settingPrepositions.contains(tokens[name].key) {
            index = name
        }
        guard index < tokens.count, tokens[index].sentence == sentence, tokens[index].kind == .word,
              Self.settingPrepositions.contains(tokens[index].key) else { return nil }
        index += 1
        while index < tokens.count, index <= verb + 10, tokens[index].sentence == sentence, index < first || index > last {
            if let kind = eventKind(index) { return kind == .noun ? index : nil }
            guard isModifier(index) || isNumberWord(index) else { return nil }
            index += 1
        }
        return nil
    }

    /// The event noun coordinated with the event noun `noun` past its amount: "sales of about $40 million and an operating
    /// loss", "sales of $59.5 million and pretax profit".
    private func coordinatedNoun(after noun: Int) -> Int? {
        let sentence = tokens[noun].sentence
        var index = noun + 1
        let limit = min(tokens.count - 1, noun + 10)
        while index <= limit, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.kind == .word, token.key == K.and {
                var next = index + 1
                while next <= min(tokens.count - 1, index + 4), tokens[next].sentence == sentence {
                    if eventKind(next) == .noun { return next }
                    guard eventKind(next) == nil, isModifier(next) else { return nil }
                    next += 1
                }
                return nil
            }
            let amount = token.kind == .number || token.isPunctuation("$") || (token.kind == .word && (token.key == K.of
                || infos[index].cardinal >= 0 || Self.scaleWords.contains(token.key) || infos[index].tags.contains(.approximate)
                || infos[index].tags.contains(.moreThan)
                || infos[index].tags.contains(.lessThan)))
            guard amount, !infos[index].isTimeWord else { return nil }
            index += 1
        }
        return nil
    }

    /// The finite verb right after the prepositional phrase that follows the noun `noun`, its subject: "focus on the
    /// top-tier stocks telegraphed"; the phrase holds only a preposition, determiners, modifiers and names.
    private func predicateAfterPhrase(of noun: Int) -> Int? {
        let sentence = tokens[noun].sentence
        var index = noun + 1
        guard index < tokens.count, tokens[index].sentence == sentence, tokens[index].kind == .word,
              infos[index].tags.contains(.preposition), tokens[index].key != K.of else { return nil }
        index += 1
        let limit = min(tokens.count - 1, index + 6)
        while index <= limit, tokens[index].sentence == sentence {
            let token = tokens[index]
            if let kind = eventKind(index) { return kind == .finite && index > noun + 2 ? index : nil }
            let hyphen = token.isPunctuation("-") && !token.spaceBefore
            guard hyphen || (token.kind == .word && (isModifier(index) || token.capitalized)) else { return nil }
            index += 1
        }
        return nil
    }

    /// Words that scale an amount: "$40 million".
    static let scaleWords = KeySet(words: ["million", "millions", "billion", "billions", "trillion", "thousand"])

    /// The event noun right before the "in" / "of" whose phrase holds the noun `noun`, past determiners, modifiers,
    /// possessives and the expression `first...last` only ("a drop in third-quarter net income").
    private func governingNoun(of noun: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[noun].sentence
        var index = noun - 1
        while index >= 1, index >= noun - 8, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.kind == .word, token.key == K.in_ || token.key == K.of {
                let head = index - 1
                return tokens[head].sentence == sentence && eventKind(head) == .noun ? head : nil
            }
            let inExpression = index >= first && index <= last
            let possessive = token.isApostrophe || token.key == K.s
            let hyphen = token.isPunctuation("-") && !token.spaceBefore
            guard inExpression || ((possessive || hyphen || isModifier(index)) && eventKind(index) == nil) else { return nil }
            index -= 1
        }
        return nil
    }

    static let relatives: KeySet = [K.k("that"), K.k("which")]

    /// The event noun right after a verb, past determiners, modifiers and a number word only: "staged a successful
    /// coup", "condemned two bomb attacks"; the last of a compound of event nouns ("ratified the accession treaty").
    private func eventObject(of verb: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var index = verb + 1
        while index < tokens.count, index <= verb + 5, tokens[index].sentence == sentence {
            if let kind = eventKind(index) {
                guard kind == .noun else { return nil }
                var head = index
                while head + 1 < tokens.count, head < verb + 6, tokens[head + 1].sentence == sentence, eventKind(head + 1) == .noun {
                    head += 1
                }
                return head
            }
            guard isModifier(index) || isNumberWord(index) else { return nil }
            index += 1
        }
        return nil
    }

    /// The verb right before an event noun, past determiners, modifiers, a number word, event nouns of the same
    /// compound and a hyphenated compound only: "completed the purchase", "expects to post higher sales", "increasing
    /// sales", "ratified the accession treaty", "expects to release third-quarter results in mid-November"; `nil` when
    /// the expression `first...last` stands between them ("blamed its fourth-quarter slump": the date modifies the noun).
    private func verbOfObject(_ noun: Int, first: Int = -1, last: Int = -1) -> Int? {
        var index = noun - 1
        while index >= 0, index >= noun - 7, tokens[index].sentence == tokens[noun].sentence {
            let hyphen = (tokens[index].isPunctuation("-") && !tokens[index].spaceBefore)
                || (index + 1 < noun && tokens[index + 1].isPunctuation("-") && !tokens[index + 1].spaceBefore)
                || (index > 0 && !tokens[index].spaceBefore && tokens[index - 1].isPunctuation("-") && !tokens[index - 1].spaceBefore)
            // "blamed its fourth-quarter slump": an attributive date dates the noun only, not the verb.
            if index >= first && index <= last { return nil }
            if hyphen {
                index -= 1
                continue
            }
            if let kind = eventKind(index) {
                // "to release results": an event noun after "to" is an infinitive.
                if kind == .noun, index > 0, tokens[index - 1].key == K.to { return index }
                if kind == .noun { index -= 1; continue }  // "the accession treaty": a noun modifying the noun
                return Self.sayVerbs.contains(tokens[index].key) ? nil : index  // "to post sales", "reported a loss"
            }
            // "was shot to death", "was brought to trial": a verb completed by a "to" phrase of an event noun.
            if tokens[index].key == K.to, index > 0, tokens[index - 1].sentence == tokens[noun].sentence,
               eventKind(index - 1) == .finite {
                return index - 1
            }
            guard isModifier(index) || isNumberWord(index) else { return nil }
            index -= 1
        }
        return nil
    }

    /// A number written as a word: "two bomb attacks", "three rounds of talks".
    private func isNumberWord(_ index: Int) -> Bool {
        tokens[index].kind == .word && !tokens[index].capitalized && infos[index].cardinal >= 0 && !infos[index].isTimeWord
    }

    /// A word that can stand between a verb and its object: a determiner or a plain lowercase word
    /// ("a", "the", "net", "successful", "lower"), no preposition, conjunction, pronoun, auxiliary or number.
    private func isModifier(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.capitalized || infos[index].tags.contains(.determiner) else { return false }
        let tags = infos[index].tags
        if tags.contains(.determiner) || tags.contains(.the) { return true }
        return !(tags.contains(.preposition) || tags.contains(.clauseBreak) || tags.contains(.and) || tags.contains(.pronounSubject)
                 || tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux) || tags.contains(.modal)
                 || tags.contains(.future) || infos[index].isTimeWord || infos[index].cardinal >= 0 || token.key == K.or)
    }

    /// The noun before an aspectual verb with no complement (only a preposition, the expression `first...` or the end of the
    /// clause after it), past "to", auxiliaries, "is set" and adverbs: "proceedings began Tuesday", "the trend to
    /// continue into", "Construction is set to begin in". Such a verb's subject is an event, whether the lexicon knows it
    /// or not; "the panel began examining" has a complement and an agent.
    private func aspectualSubject(of verb: Int, first: Int) -> Int? {
        let sentence = tokens[verb].sentence
        let next = verb + 1
        if next < tokens.count, tokens[next].sentence == sentence, next != first, tokens[next].kind == .word,
           !infos[next].tags.contains(.preposition) {
            return nil
        }
        var back = verb - 1
        while back >= 0, back >= verb - 5, tokens[back].sentence == sentence, tokens[back].kind == .word {
            let tags = infos[back].tags
            guard back == verb - 1 ? tokens[back].key == K.to || tags.contains(.modal) || tags.contains(.future)
                    || tags.contains(.beAux) || tags.contains(.presentAux) || tags.contains(.pastAux) || Self.adverbs.contains(tokens[back].key)
                    || endsInLy(back) || (tags.contains(.intends) && back + 1 < verb)
                    : tags.contains(.intends) || tags.contains(.beAux) || tags.contains(.modal) || tags.contains(.future)
                    || tags.contains(.presentAux) || tags.contains(.pastAux) || Self.adverbs.contains(tokens[back].key) || endsInLy(back)
                    || tokens[back].key == K.to else { break }
            back -= 1
        }
        guard back >= 0, tokens[back].sentence == sentence, tokens[back].kind == .word else { return nil }
        if eventKind(back) == .noun { return back }
        let opensSentence = back == 0 || tokens[back - 1].sentence != sentence
        guard isPlainNoun(back) || (opensSentence && tokens[back].capitalized && eventKind(back) == nil
                                    && !infos[back].tags.contains(.pronounSubject) && !infos[back].tags.contains(.determiner)) else {
            return nil
        }
        // "the company began in 1990": only a noun shaped like a nominalisation ("construction", "proceedings", "process").
        return hasNominalSuffix(back) ? back : nil
    }

    /// Suffixes of nouns made from verbs, reversed: "-tion", "-sion", "-ment", "-ance", "-ence", "-ure", "-cess" (a plural
    /// "s" is dropped first; "-ings" is checked apart).
    private static let nominalSuffixes: [[UInt32]] = ["noit", "nois", "tnem", "ecna", "ecne", "eru", "ssec"].map {
        $0.unicodeScalars.map(\.value)
    }

    /// Whether the word ends like a noun made from a verb ("construction", "settlements", "proceedings", "process").
    private func hasNominalSuffix(_ index: Int) -> Bool {
        let token = tokens[index]
        var end = Int(token.end)
        let start = Int(token.start)
        if end - start > 5, scalars[end - 1] == "s", scalars[end - 2] != "s" { end -= 1 }
        for suffix in Self.nominalSuffixes where end - start > suffix.count + 2 {
            var matches = true
            for (offset, value) in suffix.enumerated() {
                let scalar = scalars[end - 1 - offset].value
                guard (scalar >= 65 && scalar <= 90 ? scalar + 32 : scalar) != value else { continue }
                matches = false
                break
            }
            if matches { return true }
        }
        // "proceedings": the plural "s" already dropped leaves "-ing".
        return end - start > 5 && scalars[end - 1] == "g" && scalars[end - 2] == "n" && scalars[end - 3] == "i" && end < Int(token.end)
    }

    /// The verb an aspectual verb governs: "began delving", "began to arrive".
    private func complement(of verb: Int) -> Int? {
        var next = verb + 1
        guard next < tokens.count, tokens[next].sentence == tokens[verb].sentence else { return nil }
        if tokens[next].key == K.to {
            next += 1
            guard next < tokens.count, tokens[next].sentence == tokens[verb].sentence else { return nil }
            return eventKind(next) == nil ? nil : next
        }
        return endsInIng(next) && eventKind(next) != nil ? next : nil
    }

    private func isConjunction(_ index: Int) -> Bool {
        tokens[index].kind == .word && (tokens[index].key == K.and || tokens[index].key == K.or)
    }

    /// The event word right after a conjunction, past the auxiliary of the trigger `primary` and one adverb in -ly ("and
    /// seriously wounded", "has built … and has warded off").
    private func conjunct(after conjunction: Int, primary: Int) -> Int? {
        var index = conjunction + 1
        guard index < tokens.count, tokens[index].sentence == tokens[conjunction].sentence else { return nil }
        // "has built his company … and has warded off": past the auxiliary the trigger has too (not "attacked … and will
        // be withdrawn", another time).
        if primary > 0, index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].key == tokens[primary - 1].key,
           eventKind(index) == nil, infos[index].tags.contains(.presentAux) || infos[index].tags.contains(.pastAux)
            || infos[index].tags.contains(.beAux) || infos[index].tags.contains(.modal) || infos[index].tags.contains(.future) {
            index += 1
        }
        if endsInLy(index) { index += 1 }
        guard index < tokens.count, tokens[index].sentence == tokens[conjunction].sentence else { return nil }
        return eventKind(index) == nil ? nil : index
    }

    /// Verbs go with verbs, nouns with nouns.
    private func sameKind(_ a: EventKind?, _ b: EventKind) -> Bool {
        guard let a else { return false }
        return (a == .noun) == (b == .noun)
    }

    /// The best-scoring event word among `range`, the expression being tokens `first...last`.
    private func best(in range: ClosedRange<Int>, first: Int, last: Int) -> Int? {
        var bestIndex: Int?
        var bestScore = -Double.infinity
        let prenominal = isPrenominal(last)
        let head = prenominal ? attributiveHead(first: first, last: last) : nil
        // "will meet Israeli Prime Minister Benjamin Netanyahu on Wednesday evening and will travel to Ramallah", "approved
        // the package late on Sunday and agreed to meet again": a verb opening the next conjunct right after the
        // expression begins another event; the words after it are not the date's.
        let nextConjunct = last + 3 < tokens.count && tokens[last + 1].key == K.and && tokens[last + 2].sentence == tokens[last].sentence
            && (eventKind(last + 2) == .finite
                || !infos[last + 2].tags.isDisjoint(with: [.future, .modal]) && eventKind(last + 3) != nil)
        for index in range where index < first || index > last {
            guard let kind = index == head ? .noun : eventKind(index) else { continue }
            let before = index < first
            // "the quarter ended Sept. 30": "ended" names the period; it is the event only of the date it governs.
            if !before, index > 0, infos[index - 1].unit != nil, tokens[index].key == K.ended || tokens[index].key == K.ending { continue }
            // The noun an attributive expression modifies is next to it, whatever the compound between them holds
            // ("last year's deadly U.S. Embassy blasts").
            let distance = index == head ? min(index - last, 3) : before ? first - index : index - last
            var score = kind.weight - 0.3 * Double(distance) + (before ? 0.3 : 0)
            // An event noun right next to the expression wins ("a meeting in September"), unless it is the subject
            // of the verb right after it: "third-quarter net income rose" dates the rise, "its current share is
            // believed to be" the belief, "On June 30, loss reserves stood at" the standing.
            if kind == .noun && (index == head || distance <= 2 || (!before && distance <= 3 && tokens[last + 1].isPunctuation("'")))
                && !(!before && index + 1 < tokens.count && tokens[index + 1].sentence == tokens[index].sentence
                     && (eventKind(index + 1) == .finite || isPassiveSubject(index, first: first)
                         || (index + 2 < tokens.count && isPlainNoun(index + 1) && eventKind(index + 1) == nil
                             && tokens[index + 2].sentence == tokens[index].sentence && eventKind(index + 2) == .finite))
                     && !(index == head && Self.containVerbs.contains(tokens[index + 1].key)))
                && !(before && isSubjectBeforePeriod(index, first: first, last: last)) {
                score += 1.8
            }
            if kind == .reporting && before && (distance > 2 || tokens[index + 1].key == K.that) { score -= 1 }
            if infos[index].tags.contains(.intends), index + 2 < tokens.count, tokens[index + 1].key == K.to,
               eventKind(index + 2) == .nonFinite {
                score -= 1
            }
            if before && prenominal { score -= 1 }
            if !before, nextConjunct || index == last + 2 && tokens[last + 1].key == K.and { score -= 3 }
            if score > bestScore {
                bestScore = score
                bestIndex = index
            }
        }
        return bestIndex
    }

    /// Whether the event noun `noun` is the subject of a verb right after the expression `first...last`, the period
    /// phrase between them modifying it: "group profit in the second quarter climbed", "sales for the first half rose".
    private func isSubjectBeforePeriod(_ noun: Int, first: Int, last: Int) -> Bool {
        guard noun + 2 == first, tokens[noun + 1].kind == .word, Self.periodPrepositions.contains(tokens[noun + 1].key),
              last + 1 < tokens.count, tokens[last + 1].sentence == tokens[noun].sentence else { return false }
        // "profit for the year ended May 2": "ended" closes the period; "income for the quarter included a gain",
        // "a loss for the quarter showed the cost": the noun stays the event before a verb of content.
        let verb = tokens[last + 1].key
        if verb == K.ended || verb == K.ending || Self.containVerbs.contains(verb) || Self.showVerbs.contains(verb) { return false }
        return eventKind(last + 1) == .finite
    }

    /// Whether the noun `noun`, modified by the expression starting at token `first`, is the subject of a passive right
    /// after it: "its current share is believed", "the 1988 results were restated"; not in a prepositional phrase ("the
    /// location for Friday's ceremony was chosen").
    private func isPassiveSubject(_ noun: Int, first: Int) -> Bool {
        var before = first - 1
        if before > 0, infos[before].tags.contains(.determiner) || infos[before].tags.contains(.the) { before -= 1 }
        if before >= 0, tokens[before].sentence == tokens[noun].sentence, infos[before].tags.contains(.preposition) { return false }
        var index = noun + 1
        guard index + 1 < tokens.count, tokens[index].kind == .word, infos[index].tags.contains(.beAux),
              tokens[index].key != K.s, tokens[index].key != K.be, tokens[index].key != K.being else { return false }
        index += 1
        if index + 1 < tokens.count, Self.adverbs.contains(tokens[index].key) || endsInLy(index) { index += 1 }
        guard tokens[index].sentence == tokens[noun].sentence, eventKind(index) == .finite else { return false }
        return endsInEd(index) || infos[index].tags.contains(.pastVerb)
    }

    /// The event noun right before a period preposition ("for", "in" …) that introduces the expression starting at token
    /// `first`, past up to three determiners and modifiers: "net loss for the seasonally slow third quarter".
    private func subjectBeforePeriod(first: Int) -> Int? {
        var index = first - 1
        while index >= 1, index >= first - 4, tokens[index].sentence == tokens[first].sentence, tokens[index].kind == .word {
            if Self.periodPrepositions.contains(tokens[index].key) {
                return tokens[index - 1].sentence == tokens[first].sentence && eventKind(index - 1) == .noun ? index - 1 : nil
            }
            guard isModifier(index), eventKind(index) == nil else { return nil }
            index -= 1
        }
        return nil
    }

    /// Verbs that say what a period's figures showed ("a loss for the quarter showed the cost"): no event of their own.
    static let showVerbs = KeySet(words: ["showed", "shows", "show", "shown"])

    /// Verbs that say what a period's figures contained ("the year-ago results included a charge"): the noun an
    /// attributive date modifies stays the event before them.
    static let containVerbs = KeySet(words: ["included", "includes", "include", "reflected", "reflects", "reflect",
                                                "contained", "contains"])

    /// Whether the token can be an event: a content verb or an event noun.
    func isEventWord(_ index: Int) -> Bool { eventKind(index) != nil }

    /// The kind of event word the token is, or `nil` when it is none.
    func eventKind(_ index: Int) -> EventKind? {
        if let known: EventKind? = kinds.answer(at: index) { return known }
        return kinds.remember(computedKind(index), at: index)
    }

    /// Whether the word at `index` is a team's plural verb in sports copy, after its name or the comma closing a relative
    /// clause about it: "Arsenal play Chelsea on Sunday", "Chelsea, who won the cup last year, face Basel on Thursday".
    @inline(never) private func isTeamPluralVerb(_ index: Int) -> Bool {
        let token = tokens[index]
        if TenseReader.pluralsNeedingSubject.contains(token.key), !token.capitalized, index > 0,
           index + 1 < tokens.count,
           tokens[index + 1].kind == .word, tokens[index + 1].capitalized || infos[index + 1].tags.contains(.preposition) {
            let previous = tokens[index - 1]
            if previous.kind == .word && previous.capitalized && !infos[index - 1].isTimeWord
                && infos[index - 1].tags.isDisjoint(with: [.determiner, .the, .preposition])
                && (index < 2 || tokens[index - 2].sentence != previous.sentence
                    || tokens[index - 2].kind == .word && infos[index - 2].tags.isDisjoint(with: [.determiner, .the])) {
                return true
            }
            if previous.isPunctuation(","), index > 1, (max(0, index - 30)..<(index - 1)).contains(where: {
                tokens[$0].isPunctuation(",") && tokens[$0].sentence == token.sentence && Self.relativePronouns.contains(tokens[$0 + 1].key)
            }) {
                return true
            }
        }
        return false
    }

    /// ``eventKind(_:)`` computed: it depends on the token and its neighbours only.
    private func computedKind(_ index: Int) -> EventKind? {
        let token = tokens[index]
        guard token.kind == .word, token.length >= 2 else { return nil }
        let info = infos[index]
        let tags = info.tags
        if tags.contains(.reporting) { return .reporting }
        // A capitalised event noun inside a sentence is part of a name ("Summit Hill").
        // "parliament will vote", "the union could strike": after "will" or a modal an event noun is the verb; after a
        // verb of intention and "to", its infinitive ("expects to launch it in May").
        if tags.contains(.eventNoun), index > 0, !token.capitalized {
            if !infos[index - 1].tags.isDisjoint(with: [.future, .modal]) { return .finite }
            if index > 1, tokens[index - 1].key == K.to, infos[index - 2].tags.contains(.intends) { return .nonFinite }
        }
        if tags.contains(.eventNoun) { return token.capitalized && index > 0 && tokens[index - 1].sentence == token.sentence ? nil : .noun }
        if tags.contains(.verb) { return .finite }
        // A team's plural verb in sports copy: "Arsenal play Chelsea on Sunday" (out of line: few words reach it).
        if tags.contains(.tenseCue), isTeamPluralVerb(index) { return .finite }
        // "notes due Nov. 1, 2004", "a dividend payable Dec. 7": the date is when the payment falls due.
        if token.key == K.due || token.key == K.payable { return .finite }
        // "was born in 1984": a participle the lexicon does not list as a past form.
        if token.key == K.born { return .finite }
        if info.isTimeWord || tags.contains(.determiner) || tags.contains(.preposition) { return nil }
        // "drills that run until April 30", "a session which lasts until June": a present of lasting after a relative
        // pronoun is its clause's verb ("run" and "last" are nouns and adjectives too).
        if index > 0, Self.relativeOpeners.contains(tokens[index - 1].key), Self.lastingPresents.contains(token.key) { return .finite }
        // "earnings of $24 million, compared with a loss of $3 million last year": a comparison, not an event.
        if token.key == K.compared, index + 1 < tokens.count, tokens[index + 1].key == K.with || tokens[index + 1].key == K.to {
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
        if index > 0, index + 1 < tokens.count, endsInEd(index), infos[index - 1].tags.contains(.preposition),
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
            if tags.contains(.pastAux) || tags.contains(.presentAux) { return isMainVerb(index) ? .finite : nil }
            return .finite
        }
        if tags.contains(.presentAux), !tags.contains(.beAux), isMainVerb(index) { return .finite }
        // "proceed", "exceed", "succeed" are no -ed forms, but verbs after a modal or "to": "will proceed", "to succeed".
        if tags.contains(.notVerb), token.length >= 5, scalars[Int(token.end) - 1] == "d", scalars[Int(token.end) - 2] == "e",
           scalars[Int(token.end) - 3] == "e", index > 0 {
            let previous = infos[index - 1].tags
            if previous.contains(.modal) || previous.contains(.future) { return .finite }
            // "liabilities currently exceed its assets"
            if previous.contains(.present) || previous.contains(.pastRef), index > 1, tokens[index - 2].sentence == token.sentence {
                return .finite
            }
            if tokens[index - 1].key == K.to { return .nonFinite }
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
        // A change in an amount ("a 77% drop", "net outflows", "a turnaround"), not after "to", a modal or a subject
        // pronoun ("to boost", "it surges").
        if Self.changeNouns.contains(token.key),
           !(previousKey == K.to || previousTags.contains(.modal) || previousTags.contains(.future) || previousTags.contains(.pronounSubject)) {
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
           tokens[index - 2].sentence == token.sentence, !isQuote(tokens[index - 2]),
           scalars[end - 1] == "s", scalars[end - 2] != "s", !token.capitalized {
            return .finite
        }
        // After a modal or "will": "will begin"; after "to": "to meet".
        if previousTags.contains(.modal) || previousTags.contains(.future) {
            // Not an adverb between the modal and its verb: "will not be", "would probably fall".
            return token.capitalized || Self.adverbs.contains(token.key) || endsInLy(index) ? nil : .finite
        }
        // The verb after such an adverb or a quote mark: "must not stop", "would probably fall", "will now “proceed".
        if index >= 2, !token.capitalized, Self.adverbs.contains(previousKey) || endsInLy(index - 1) || tokens[index - 1].kind == .punctuation {
            var back = index - 1
            while back > index - 4, back > 0, Self.adverbs.contains(tokens[back].key) || endsInLy(back)
                    || (tokens[back].kind == .punctuation && isQuote(tokens[back])) {
                back -= 1
            }
            if back < index - 1, tokens[back].sentence == token.sentence,
               infos[back].tags.contains(.modal) || infos[back].tags.contains(.future) {
                return .finite
            }
        }
        if previousKey == K.to {
            // "to shareholders", "to clients": a plural noun after the preposition, not an infinitive ("to discuss" is one).
            let plural = length >= 4 && scalars[end - 1] == "s" && scalars[end - 2] != "s" && scalars[end - 2] != "u" && scalars[end - 2] != "i"
            // "rose to more than 300,000", "fell to about $5": a quantity, not an infinitive.
            let quantity = tags.contains(.moreThan) || tags.contains(.lessThan) || tags.contains(.approximate) || info.cardinal >= 0
            return token.capitalized || tags.contains(.the) || plural || quantity ? nil : .nonFinite
        }
        return nil
    }

    private func isQuote(_ token: Token) -> Bool {
        token.isPunctuation("\"") || token.isPunctuation("\u{201C}") || token.isPunctuation("`") || token.isPunctuation("'")
    }

    private func endsInIng(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 5 && scalars[end - 1] == "g" && scalars[end - 2] == "n" && scalars[end - 3] == "i"
    }

    private func endsInLy(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 4 && scalars[end - 1] == "y" && scalars[end - 2] == "l"
    }

    /// Whether the expression ending at token `last` modifies the noun after it: "Friday's purchases",
    /// "third-quarter net income", "the 1988 results", "now owns" (an adverb before its verb).
    private func isPrenominal(_ last: Int) -> Bool {
        let next = last + 1
        guard next < tokens.count, tokens[next].sentence == tokens[last].sentence else { return false }
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

    /// The noun an attributive expression modifies, scored as an event noun whether the lexicon knows it or
    /// not: "its fourth-quarter slump", "the 1988 recapitalization", "the August 1988 cease-fire", "a two-year
    /// strategy", "Friday's profittaking" (not an -ing verb there). Only expressions that can stand before a noun count (a year or day
    /// number last, a hyphenated period, a possessive); the head is the last word of the compound after it.
    private func attributiveHead(first: Int, last: Int) -> Int? {
        var index = last + 1
        if tokens[index].kind == .punctuation {
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
            if tags.contains(.preposition) || tags.contains(.determiner) || tags.contains(.the) || tags.contains(.clauseBreak)
                || tags.contains(.and) || tags.contains(.pastAux) || tags.contains(.presentAux) || tags.contains(.beAux)
                || tags.contains(.modal) || tags.contains(.future) || tags.contains(.pronounSubject) || infos[index].isTimeWord
                || tags.contains(.verb) || tags.contains(.pastVerb) || tags.contains(.reporting)
                || tags.contains(.later) || tags.contains(.earlier) || tags.contains(.ago)
                || Self.containVerbs.contains(token.key) {  // "the year-ago results included a charge"
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
    private func isPlainNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.capitalized, index > 0, tokens[index - 1].sentence == token.sentence else { return false }
        let tags = infos[index].tags
        return !(tags.contains(.preposition) || tags.contains(.determiner) || tags.contains(.the) || tags.contains(.clauseBreak)
                 || tags.contains(.and) || tags.contains(.pronounSubject) || tags.contains(.pastAux) || tags.contains(.presentAux)
                 || tags.contains(.beAux) || tags.contains(.modal) || tags.contains(.future) || tags.contains(.pastVerb)
                 || tags.contains(.verb) || tags.contains(.reporting) || infos[index].isTimeWord || infos[index].cardinal >= 0
                 || endsInEd(index) || endsInLy(index) || Self.adverbs.contains(token.key) || Self.particles.contains(token.key))
    }

    private func endsInEd(_ index: Int) -> Bool {
        let token = tokens[index]
        let end = Int(token.end)
        return token.length >= 4 && scalars[end - 1] == "d" && scalars[end - 2] == "e"
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

    /// The clause of the expression as a short description; a clause without a verb borrows the next one.
    /// Whether the token before `index` is a word, or a mark that broke no clause after one (the closing mark of scare
    /// quotes: "set at "substantial" since July 2011").
    /// Whether `range` holds only the years, commas and "and" of a list before its last year ("in 1979, 1983 and 1987"):
    /// a list set off by a comma after its clause's words ("won three elections, in 1979, 1983 and 1987") goes back to them.
    private func isYearList(_ range: Range<Int>) -> Bool {
        range.allSatisfy { tokens[$0].kind == .number && tokens[$0].digits == 4 || tokens[$0].isPunctuation(",") || tokens[$0].key == K.and }
    }

    /// Whether `clause` is a preposition and a list of years holding the year `first...last`, set off by a comma after a
    /// word.
    private func setOffYearList(_ clause: ClosedRange<Int>, first: Int, last: Int) -> Bool {
        // (The clause opens with its comma.)
        let comma = clause.lowerBound, start = comma + 1
        return comma > 0 && start < first && tokens[comma].isPunctuation(",") && infos[start].tags.contains(.preposition)
            && tokens[comma - 1].kind == .word && tokens[comma - 1].sentence == tokens[first].sentence
            && first == last && isYearList(start + 1..<first + 1) && isYearList(last + 1..<clause.upperBound + 1)
    }

    private func followsWord(_ index: Int) -> Bool {
        index > 0 && (tokens[index - 1].kind == .word || index > 1 && clauses[index - 1] == clauses[index - 2])
    }

    func description(first: Int, last: Int) -> String {
        var start = clauseStart(first, limit: first - Self.window)
        var end = clauseEnd(last, limit: last + Self.window)
        let sentence = tokens[first].sentence
        if start > 0, start > first - Self.window, tokens[start - 1].kind == .word, tokens[start - 1].sentence == sentence, opensPhrase(start) {
            // "assets as of Sept. 30 fell", "largely because of the swings": a phrase, not a clause of its own.
            start = clauseStart(start - 1, limit: first - Self.window)
        }
        let hasVerb = (start...end).contains { ($0 < first || $0 > last) && isEventWord($0) }
        var words = -(last - first + 1)
        for index in start...end where tokens[index].kind == .word { words += 1 }
        if !hasVerb || words < 3 {
            // "On Friday, Beijing released …": take in the next clause; "…, launched a decade ago": the previous one.
            let opensSentence = start == 0 || tokens[start - 1].sentence != sentence
            if !hasVerb, !opensSentence, infos[start].tags.contains(.preposition) && start + 1 == first && followsWord(start)
                || setOffYearList(start...end, first: first, last: last) {
                // "negotiating since last summer", "stays until Monday": a conjunction-like preposition split off the
                // clause it belongs to.
                start = clauseStart(start - 1, limit: first - Self.window)
            } else if !hasVerb, !opensSentence, let joined = verbClauseStart(before: start, first: first) {
                start = joined
            } else if end + 1 < tokens.count, tokens[end + 1].sentence == sentence, !hasVerb || opensSentence {
                end = clauseEnd(end + 1, limit: last + Self.window)
                // "On Sunday, after talks collapsed, the leaders will try again", "On Monday, the bank, which has been
                // closed, will reopen": on through subordinate clauses and a subject set off to the main clause.
                while !hasVerb, opensSentence, end + 1 < tokens.count, tokens[end + 1].sentence == sentence, end < last + Self.window {
                    var opener = end
                    while opener > start, clauses[opener - 1] == clauses[end] { opener -= 1 }
                    while opener < end, tokens[opener].kind != .word { opener += 1 }
                    let subordinate = Clauses.opensSubordinate(opener, tokens: tokens, infos: infos, scalars: scalars)
                    guard subordinate || !(opener...end).contains(where: { ($0 < first || $0 > last) && isEventWord($0) }) else { break }
                    end = clauseEnd(end + 1, limit: last + Self.window)
                }
            } else if !opensSentence, !hasVerb || subject(before: trimmedStart(start, first: first), first: first, last: last,
                                                          end: end, relative: false) == nil {
                start = clauseStart(start - 1, limit: first - Self.window)
            }
        }
        // "an Aug. 10, 1988, stock purchase agreement": a date that writes its year between commas modifies the words
        // after it.
        if end == last, last - 2 >= first, tokens[last].kind == .number, tokens[last - 1].isPunctuation(","), end + 2 < tokens.count,
           tokens[end + 1].isPunctuation(","), tokens[end + 2].sentence == sentence, tokens[end + 2].kind == .word,
           !tokens[end + 2].capitalized, eventKind(end + 2) == nil, !isVerbLike(end + 2),
           infos[end + 2].tags.isDisjoint(with: [.clauseBreak, .and, .pronounSubject, .the, .determiner, .preposition]) {
            end = clauseEnd(end + 2, limit: last + Self.window)
        }
        // A quotation inside the clause ("launched the "Denounce the Communists" campaign"): the description goes on
        // through it and after it, and one that starts inside it starts before it.
        var hops = 0
        while hops < 2, end + 1 < tokens.count, end - last < Self.window, tokens[end].kind != .punctuation,
              let close = quotation(openingAt: end + 1, sentence: sentence) {
            end = close
            // (Not after a quotation that ends with its own comma or period: "called conditions "highly competitive,"
            // Mr. LaMothe …".)
            if close + 1 < tokens.count, tokens[close + 1].sentence == sentence, tokens[close + 1].kind == .word,
               !infos[close + 1].tags.contains(.clauseBreak), tokens[tokens[close].isPunctuation("'") ? close - 2 : close - 1].kind != .punctuation {
                end = clauseEnd(close + 1, limit: last + Self.window)
            }
            hops += 1
        }
        if start >= 1, start > first - Self.window, tokens[start - 1].kind == .word, tokens[start - 1].sentence == sentence,
           let close = quotation(openingAt: start, sentence: sentence), close <= end + 1 {
            start = clauseStart(start - 1, limit: first - Self.window)
            end = max(end, close)
        }
        // Trim leading punctuation and connectives ("which", "while", "and", "with"), trailing punctuation.
        let trimmed = trimmedStart(start, first: first)
        let relative = (start..<trimmed).contains { Self.relativePronouns.contains(tokens[$0].key) }
        let coordinated = (start..<trimmed).contains { tokens[$0].key == K.and || tokens[$0].key == K.but }
        start = trimmed
        end = trimmedEnd(end, start: start, last: last)
        // A bracket stays whole: one the description opens closes in it ("(known as "Operation Bagration")"); one it
        // starts inside of opens in it, or, with the expression inside, is the description ("(as Arnold did to New
        // London, Connecticut in 1781), and turn loose …" → "As Arnold did to New London, Connecticut in 1781").
        if isOpen(start..<end + 1, opening: 40, closing: 41),
           let close = (end + 1..<min(tokens.count, end + Self.bracketReach)).first(where: {
               tokens[$0].sentence != sentence || tokens[$0].isPunctuation(")") }), tokens[close].sentence == sentence {
            end = close
        }
        if let close = (start...end).first(where: { tokens[$0].isPunctuation(")") && !isOpen(start..<$0, opening: 40, closing: 41) }),
           let open = (max(0, start - Self.bracketReach)..<start).last(where: { tokens[$0].isPunctuation("(") }),
           tokens[open].sentence == sentence, !(open + 1..<start).contains(where: { tokens[$0].isPunctuation(")") }) {
            if close < first {
                let clause = clauseStart(open, limit: open - Self.window)
                start = clause == open ? open : trimmedStart(clause, first: open)
            } else if (open + 1..<close).contains(where: { ($0 < first || $0 > last) && tokens[$0].kind == .word }) {
                start = trimmedStart(open + 1, first: first)
                end = trimmedEnd(close - 1, start: start, last: last)
            } else {
                start = open
            }
        }
        // A quotation stays whole too: one the description opens closes in it (and goes on after it: "By 1 April the
        // "column of tears" was all but annihilated"); one it starts inside of opens in it, from the words it follows
        // ("noted that "in military terms, transitions are …" in December") or its own opening mark; a longer one
        // opens with its mark and an ellipsis ("``…belongs with his father,'' Meissner said").
        var opening = ""
        let quotes = quoteImbalance(start...end, sentence: sentence)
        if let unclosed = quotes.unclosed,
           let close = (end + 1..<min(tokens.count, end + Self.bracketReach)).first(where: {
               tokens[$0].sentence != sentence || quoteMark($0, sentence: sentence) == .closing }),
           tokens[close].sentence == sentence, unclosed >= start {
            end = close
            let inner = tokens[close].isPunctuation("'") ? close - 2 : close - 1
            if close + 1 < tokens.count, tokens[close + 1].sentence == sentence, tokens[close + 1].kind == .word,
               !infos[close + 1].tags.contains(.clauseBreak), tokens[inner].kind != .punctuation {
                end = trimmedEnd(clauseEnd(close + 1, limit: last + Self.window), start: start, last: last)
            }
        }
        if let unopened = quotes.unopened {
            let reach = max(0, start - Self.bracketReach)
            if let mark = (reach..<start).last(where: { quoteMark($0, sentence: sentence) != nil && tokens[$0].sentence == sentence }),
               quoteMark(mark, sentence: sentence) == .opening {
                let open = tokens[mark].isPunctuation("`") || tokens[mark].isPunctuation("'") ? mark - 1 : mark
                if open >= 1, tokens[open - 1].kind == .word, tokens[open - 1].sentence == sentence {
                    start = trimmedStart(clauseStart(open - 1, limit: open - Self.window), first: open - 1)
                } else {
                    start = open
                }
            } else {
                opening = tokens[unopened].isPunctuation("'") ? "``…" : tokens[unopened].isPunctuation("\u{201D}") ? "\u{201C}…" : "\"…"
            }
        }
        // A quotation's own comma goes before its closing mark: "were a "moderate disappointment,"" → "… disappointment"".
        var endOffset = Int(tokens[end].end)
        var closing = ""
        let mark = tokens[end].isPunctuation("'") ? end - 1 : end
        if mark - 2 > max(start, last), mark == end ? isQuote(tokens[end]) || tokens[end].isPunctuation("\u{201D}")
                                                    : tokens[mark].isPunctuation("'"),
           tokens[mark - 1].isPunctuation(",") || tokens[mark - 1].isPunctuation(";") || tokens[mark - 1].isPunctuation(":") {
            endOffset = Int(tokens[mark - 2].end)
            closing = String(String.UnicodeScalarView(scalars[Int(tokens[mark].start)..<Int(tokens[end].end)]))
        }
        // (Most descriptions have neither mark: no counts, no concatenation for them.)
        let limit = Self.descriptionLimit - (closing.isEmpty ? 0 : closing.unicodeScalars.count)
            - (opening.isEmpty ? 0 : opening.unicodeScalars.count)
        if !opening.isEmpty {
            return opening + text(from: Int(tokens[start].start), to: endOffset, limit: limit) + closing
        }
        // "The singer, whose 1994 album sold 10 million copies, …": a clause opening with "whose" keeps the name or the noun
        // phrase it is about, and its comma; so does an appositive after the sentence's opening one ("The strike, the
        // third since January, …", "Reems, a city councilman from 1985 to 1992, …").
        let key = tokens[start].key
        let appositive = key == K.a || key == K.an || key == K.the
        if key == K.whose || appositive, start >= 2, first > start, tokens[start - 1].isPunctuation(",") {
            let sentence = tokens[first].sentence
            if let owner = name(endingAt: start - 2, sentence: sentence).map({ $0...(start - 2) })
                ?? nounPhrase(endingAt: start - 2, sentence: sentence),
               !appositive || owner.lowerBound == 0 || tokens[owner.lowerBound - 1].sentence != sentence,
               !owner.contains(where: { infos[$0].isTimeWord }) {
                let opening = text(from: Int(tokens[owner.lowerBound].start), to: Int(tokens[owner.upperBound].end), capitalized: true)
                let rest = text(from: Int(tokens[start].start), to: endOffset, limit: limit - opening.unicodeScalars.count - 2)
                return opening + ", " + rest + closing
            }
        }
        if let subject = subject(before: start, first: first, last: last, end: end, relative: relative, coordinated: coordinated) {
            let opening = text(from: Int(tokens[subject.lowerBound].start), to: Int(tokens[subject.upperBound].end), capitalized: true)
            // "People who remain in junk funds now could get hit": a relative clause without a comma defines its
            // noun and keeps its pronoun.
            let restStart = relative && start >= 2 && subject.upperBound == start - 2 && !tokens[start - 2].isPunctuation(",")
                ? start - 1 : start
            let rest = text(from: Int(tokens[restStart].start), to: endOffset, limit: limit - opening.unicodeScalars.count - 1)
            // A parenthesis keeps its commas: "The previous strike, on Feb. 1, coincided with …".
            let parenthesis = !relative && start - 2 == subject.upperBound && tokens[start - 1].isPunctuation(",")
            return closing.isEmpty ? opening + (parenthesis ? ", " : " ") + rest : opening + (parenthesis ? ", " : " ") + rest + closing
        }
        let body = text(from: Int(tokens[start].start), to: endOffset, limit: limit, capitalized: true)
        return closing.isEmpty ? body : body + closing
    }

    /// Relative pronouns that stand for a noun before them ("Ukraine, which …").
    static let relativePronouns = KeySet(words: ["which", "who"])
    /// Words that open a relative clause, "that" included: "drills that run until April 30".
    static let relativeOpeners = KeySet(words: ["that", "which", "who"])
    /// Presents of lasting that are nouns or adjectives elsewhere ("a run on the banks", "last year"): verbs after a
    /// relative pronoun.
    static let lastingPresents = KeySet(words: ["run", "runs", "last", "lasts", "continue", "continues", "stretch", "stretches"])
    /// Words that open a sentence without being its subject.
    static let sentenceAdverbs = KeySet(words: ["however", "meanwhile", "moreover", "also", "still", "yet", "indeed", "instead",
                                                   "nevertheless", "nonetheless", "furthermore", "besides", "thus", "therefore",
                                                   "otherwise", "likewise", "overall", "then", "first", "finally", "among", "amid",
                                                   "despite", "like", "unlike", "according", "here", "there", "so", "but", "and"])

    /// `start` past the punctuation and connectives a description does not open with; "as" and "because" before "of", "as"
    /// before "a" / "an" open a phrase and stay ("As of Friday, …", "Because of …", "As a result of …").
    private func trimmedStart(_ start: Int, first: Int) -> Int {
        var start = start
        while start < first, tokens[start].kind == .punctuation || Self.leadingConnectives.contains(tokens[start].key) && !opensPhrase(start) {
            start += 1
        }
        return start
    }

    /// Whether the connective at `index` opens a phrase rather than a clause: "as of", "because of", "as a", "as an",
    /// "so far" ("So far this year, the index has gained …"), a hyphenated compound ("When-issued trading"), or is a
    /// subject or its determiner, as "that" with a contraction or opening its sentence is ("That's the second-highest
    /// pace since …", "That may not happen until late 2015", "That deal is expected to close in June").
    private func opensPhrase(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let key = tokens[index].key, next = tokens[index + 1].key
        if key == K.so, next == K.far { return true }
        // "When-issued trading", "After-hours trading": a compound, no connective.
        if tokens[index + 1].isPunctuation("-"), !tokens[index + 1].spaceBefore, index + 2 < tokens.count,
           !tokens[index + 2].spaceBefore { return true }
        if key == K.that {
            let contracted = !tokens[index + 1].spaceBefore
                && tokens[index + 1].isApostrophe
            if contracted || index == 0 || tokens[index - 1].sentence != tokens[index].sentence { return true }
        }
        return (key == K.as_ || key == K.because) && next == K.of || key == K.as_ && (next == K.a || next == K.an)
    }

    /// The start of the clause with a verb that a verbless clause at `start` was split off by a connective right after a
    /// word: "occurred far apart but just minutes apart on Friday", "ready to leave as soon as Tuesday" (back over "as
    /// soon"). `nil` when a preposition follows the connective ("until in March 1980, Iran …": the clause after it is the
    /// one) or the clauses before have no event word ("Ever since …", "such as the 1968 massacre").
    private func verbClauseStart(before start: Int, first: Int) -> Int? {
        let sentence = tokens[first].sentence
        guard start < first, tokens[start - 1].kind == .word, infos[start].tags.contains(.clauseBreak),
              start + 1 == first || !infos[start + 1].tags.contains(.preposition) else { return nil }
        var joined = start
        repeat {
            joined = clauseStart(joined - 1, limit: first - Self.window)
        } while joined > 0 && joined > first - Self.window && tokens[joined - 1].sentence == sentence
            && (tokens[joined - 1].kind == .word || tokens[joined - 1].isPunctuation(".") && !tokens[joined - 1].spaceBefore)
            && infos[joined].tags.contains(.clauseBreak) && !(joined..<start).contains(where: isEventWord)
        // An event word, or words enough to say something ("conditions so perfect … as great as we have now").
        let words = (joined..<start).count { tokens[$0].kind == .word }
        return words >= 4 || (joined..<start).contains(where: isEventWord) ? joined : nil
    }

    /// Company and title abbreviations whose period can end a sentence: "Corp.", "Inc.".
    static let abbreviations = KeySet(words: ["corp", "inc", "co", "ltd", "bros", "jr"])

    /// `end` before the punctuation a description does not end with. A closing bracket or quote mark whose opening is
    /// in the description stays ("August 8 (Xinhua)", "the 1780 "Moonlight Battle""), and so does an abbreviation's
    /// period ("by the U.S.", "Kawasaki Steel Corp.", "4 a.m.") and a number's percent sign.
    private func trimmedEnd(_ end: Int, start: Int, last: Int) -> Int {
        var end = end
        while end > last, tokens[end].kind == .punctuation {
            let token = tokens[end]
            switch token.number {
            case 41: if isOpen(start..<end, opening: 40, closing: 41) { return end }
            case 34: if isOpen(start..<end, opening: 34, closing: 34) { return end }
            case 0x201D: if isOpen(start..<end, opening: 0x201C, closing: 0x201D) { return end }
            case 39:
                if tokens[end - 1].isPunctuation("'"), !token.spaceBefore, isOpen(start..<end - 1, opening: 96, closing: 39) { return end }
            case 37: if !token.spaceBefore, tokens[end - 1].kind == .number { return end }  // "rose 11%"
            case 46:
                let word = end - 1
                if !token.spaceBefore, tokens[word].kind == .word, Self.abbreviations.contains(tokens[word].key)
                    || tokens[word].length <= 2 && word > start && tokens[word - 1].isPunctuation(".") && !tokens[word].spaceBefore {
                    return end
                }
            default: break
            }
            end -= 1
        }
        return end
    }

    /// Whether a bracket or quotation opened in `range` is still open at its end. Straight quotes alternate; backquotes
    /// and apostrophes count in pairs ("``", "''": a lone apostrophe is no quote mark).
    private func isOpen(_ range: Range<Int>, opening: Int64, closing: Int64) -> Bool {
        var depth = 0
        for index in range where tokens[index].kind == .punctuation {
            let mark = tokens[index].number
            guard mark == opening || mark == closing else { continue }
            if opening == 96 {
                // The second mark of a pair.
                guard index > range.lowerBound, tokens[index - 1].isPunctuation(Unicode.Scalar(UInt8(mark))),
                      !tokens[index].spaceBefore else { continue }
            }
            if opening == closing { depth = 1 - depth } else if mark == opening { depth += 1 } else if depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    enum QuoteMark { case opening, closing }

    /// Whether the token at `index` opens or closes a quotation: curly quotes, "``" and "''" (the mark's second
    /// token), a straight quote by the number of them before it in the sentence; `nil` for any other token.
    private func quoteMark(_ index: Int, sentence: Int32) -> QuoteMark? {
        let token = tokens[index]
        guard token.kind == .punctuation else { return nil }
        switch token.number {
        case 0x201C: return .opening
        case 0x201D: return .closing
        case 96, 39:
            guard index >= 1, tokens[index - 1].number == token.number, tokens[index - 1].kind == .punctuation, !token.spaceBefore,
                  index < 2 || !(tokens[index - 2].number == token.number && tokens[index - 2].kind == .punctuation) else { return nil }
            // "''Elian today is …'": a pair of apostrophes after a space and before a word opens.
            let opens = index + 1 < tokens.count && tokens[index + 1].kind != .punctuation && !tokens[index + 1].spaceBefore
                && (index < 2 || tokens[index - 1].spaceBefore || tokens[index - 2].sentence != sentence)
            return token.number == 96 || opens ? .opening : .closing
        case 34:
            var before = 0
            var back = index - 1
            while back >= 0, back > index - Self.window, tokens[back].sentence == sentence {
                if tokens[back].isPunctuation("\"") { before += 1 }
                back -= 1
            }
            return before % 2 == 0 ? .opening : .closing
        default: return nil
        }
    }

    /// The first quotation `range` opens without closing it, and the first mark in it that closes a quotation opened
    /// before it.
    private func quoteImbalance(_ range: ClosedRange<Int>, sentence: Int32) -> (unclosed: Int?, unopened: Int?) {
        var open: [Int] = []
        var unopened: Int?
        for index in range where tokens[index].kind == .punctuation {
            switch quoteMark(index, sentence: sentence) {
            case .opening: open.append(index)
            case .closing: if open.popLast() == nil, unopened == nil { unopened = index }
            case nil: break
            }
        }
        return (open.first, unopened)
    }

    /// The index of the mark that closes the quotation the quote mark at `index` opens, in the same sentence: a curly
    /// opening quote, a pair of backquotes, or a straight quote after an even number of them in the sentence.
    private func quotation(openingAt index: Int, sentence: Int32) -> Int? {
        guard index + 1 < tokens.count, tokens[index].sentence == sentence else { return nil }
        // A pair of backquotes is read at its second mark.
        let open = tokens[index].isPunctuation("`") ? index + 1 : index
        let mark = tokens[index].number
        guard mark != 39, quoteMark(open, sentence: sentence) == .opening else { return nil }
        let closing: Int64 = mark == 0x201C ? 0x201D : mark == 96 ? 39 : 34
        var close = open + 1
        while close < tokens.count, close <= open + 40, tokens[close].sentence == sentence {
            if tokens[close].number == closing, quoteMark(close, sentence: sentence) == .closing {
                return close > open + 1 ? close : nil
            }
            close += 1
        }
        return nil
    }

    /// The subject a description that opens with its verb lacks: the noun phrase the sentence opens with, when it is a
    /// clause of its own ("The strike, which began on Monday, ended on Wednesday": "The strike began on Monday", "The
    /// strike ended on Wednesday"; "The previous strike, on Feb. 1, coincided with …"). `nil` when the description
    /// has a subject of its own ("On Friday, Beijing released …") or the sentence opens otherwise.
    /// `coordinated`: the description's clause opened with "and" or "but" ("Hungary had threatened to block it, but
    /// dropped its objections on Wednesday"): its subject is the one the sentence opens with, up to that clause's verb.
    private func subject(before start: Int, first: Int, last: Int, end: Int, relative: Bool, coordinated: Bool = false) -> ClosedRange<Int>? {
        // The description's first word outside the expression and its prepositions must be a verb: finite, reporting, or
        // an auxiliary opening one.
        if !relative {
            var lead = start
            while lead <= end, lead >= first && lead <= last || tokens[lead].kind == .punctuation
                    || infos[lead].tags.contains(.preposition) { lead += 1 }
            // "The deal, first announced in October,", "The bank, originally set up in 2008,": past an adverb to the
            // participle.
            if lead < end, Self.participleAdverbs.contains(tokens[lead].key) || endsInLy(lead), tokens[lead].kind == .word,
               !tokens[lead].capitalized || lead == start, isVerbLike(lead + 1) { lead += 1 }
            // ("due Nov. 1", "payable Dec. 1" describe a payment, not what the sentence's subject did.)
            guard lead <= end, !tokens[lead].capitalized, tokens[lead].key != K.due, tokens[lead].key != K.payable,
                  isVerbLike(lead) else { return nil }
        }
        let sentence = tokens[first].sentence
        // "… for Ukraine, which has been fighting …": a name right before the relative pronoun is what it stands for.
        if relative, start >= 3, Self.relativePronouns.contains(tokens[start - 1].key) {
            if tokens[start - 2].isPunctuation(","), let name = name(endingAt: start - 3, sentence: sentence),
               !(name...(start - 3)).contains(where: { $0 >= first && $0 <= last || infos[$0].isTimeWord }) {
                return name...(start - 3)
            }
            // "… the judge's ruling, which is expected …", "a nurse who was wounded …": a noun phrase that opens with an
            // article or a determiner right before the pronoun; "Emily Lyons, a nurse who was wounded …": the name that
            // phrase stands beside. Not after "and" ("two Saudis and a Libyan who were …"), nor, with a comma, after a
            // preposition ("a ruling on the case, which is expected …"): the pronoun may stand for more. (Without a
            // comma the pronoun stays: "the men who launched …".)
            let comma = tokens[start - 2].isPunctuation(",")
            if let noun = nounPhrase(endingAt: comma ? start - 3 : start - 2, sentence: sentence),
               !(noun.contains(first) || noun.contains(last)), noun.lowerBound >= 2 {
                let before = noun.lowerBound - 1
                if tokens[before].isPunctuation(",") {
                    if let name = name(endingAt: before - 1, sentence: sentence),
                       !(name...(before - 1)).contains(where: { $0 >= first && $0 <= last || infos[$0].isTimeWord }) {
                        return name...(before - 1)
                    }
                } else if !infos[before].tags.contains(.and), !comma || !infos[before].tags.contains(.preposition) {
                    return noun
                }
            }
        }
        var opening = start
        while opening > 0, opening > first - Self.window, tokens[opening - 1].sentence == sentence { opening -= 1 }
        // A noun phrase, not a sentence adverb ("Meanwhile,", "Separately,", "However,") or a prepositional phrase.
        guard opening < start, tokens[opening].kind == .word,
              infos[opening].tags.contains(.the) || infos[opening].tags.contains(.determiner) || tokens[opening].capitalized,
              !infos[opening].tags.contains(.preposition), !infos[opening].tags.contains(.pronounSubject),
              !infos[opening].isTimeWord, !Self.sentenceAdverbs.contains(tokens[opening].key), !endsInLy(opening) else { return nil }
        let subjectEnd = clauseEnd(opening, limit: opening + 6)
        if subjectEnd < start, subjectEnd + 1 < tokens.count, clauses[subjectEnd + 1] != clauses[opening],
           isNounPhrase(opening...subjectEnd) { return opening...subjectEnd }
        // Not a clause of its own: after "and"/"but", the words before the opening clause's first verb.
        guard coordinated, opening + 1 < start, clauses[start] != clauses[opening],
              let verb = (opening + 1..<min(opening + 7, start)).first(where: { isVerbLike($0) }),
              clauses[verb] == clauses[opening], isNounPhrase(opening...(verb - 1)) else { return nil }
        return opening...(verb - 1)
    }

    /// Adverbs before a participle that opens a clause set off after the subject: "The deal, first announced in October,".
    static let participleAdverbs = KeySet(words: ["first", "initially", "originally", "previously", "already", "also", "later",
                                                  "once", "since", "subsequently", "recently", "formerly"])

    /// The first token of the name ending at `end`: up to five capitalised words, or abbreviations ("Mr. Smith", "U.S.
    /// Steel"), with a lowercase "of" between two of them ("The Bank of Japan", "the University of Michigan"), in the
    /// sentence.
    private func name(endingAt end: Int, sentence: Int32) -> Int? {
        guard end >= 0, tokens[end].kind == .word, tokens[end].capitalized, tokens[end].sentence == sentence else { return nil }
        var name = end
        while name > 0, end - name < 4, tokens[name - 1].sentence == sentence {
            // A capitalised word, or an abbreviation's period and its word, or "of" and the capitalised word before it
            // (not a sentence's first word, capitalised anyway: "Stocks of Apple, which fell …").
            let of = name >= 3 && tokens[name - 1].key == K.of && !tokens[name - 1].capitalized
                && tokens[name - 3].sentence == sentence
            let word = of ? name - 2 : tokens[name - 1].isPunctuation(".") && !tokens[name - 1].spaceBefore ? name - 2 : name - 1
            guard word >= 0, tokens[word].kind == .word, tokens[word].capitalized, !infos[word].tags.contains(.preposition),
                  tokens[word].sentence == sentence else { break }
            name = word
        }
        return name
    }

    /// The noun phrase that ends at `end` and opens, at most five words before, with an article or a determiner ("the
    /// judge's ruling", "his father", "the so-called golden share"): words, apostrophes and hyphens, no preposition, verb
    /// or time word.
    private func nounPhrase(endingAt end: Int, sentence: Int32) -> ClosedRange<Int>? {
        guard end >= 1, tokens[end].kind == .word, tokens[end].sentence == sentence else { return nil }
        var index = end - 1
        while index >= 0, index >= end - 8, tokens[index].sentence == sentence {
            let token = tokens[index]
            if token.kind == .word, infos[index].tags.contains(.determiner) {
                return isNounPhrase(index...end) ? index...end : nil
            }
            guard token.kind == .word && !infos[index].tags.contains(.preposition) && !isVerbLike(index)
                    || (token.isPunctuation("'") || token.isPunctuation("-")) && !token.spaceBefore else { return nil }
            index -= 1
        }
        return nil
    }

    /// Words that can be a subject: no number, time word or event word other than a noun. A number or a time word
    /// joined by a hyphen inside a modifier before the head ("The two-day summit", "the 10-year note") is the noun's.
    private func isNounPhrase(_ range: ClosedRange<Int>) -> Bool {
        func inModifier(_ index: Int) -> Bool {
            index < range.upperBound
                && (tokens[index + 1].isPunctuation("-") && !tokens[index + 1].spaceBefore
                    || index > range.lowerBound && tokens[index - 1].isPunctuation("-") && !tokens[index].spaceBefore
                        && !tokens[index - 1].spaceBefore)
        }
        return !range.contains {
            (tokens[$0].kind == .number || infos[$0].isTimeWord) && !inModifier($0) || eventKind($0).map { $0 != .noun } ?? false
        }
    }

    /// A finite or reporting verb, or an auxiliary.
    private func isVerbLike(_ index: Int) -> Bool {
        eventKind(index) == .finite || eventKind(index) == .reporting
            || !infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux])
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

    /// The text between two offsets with whitespace runs folded to one space, cut at a word boundary;
    /// `capitalized` upper-cases its first scalar.
    func text(from start: Int, to end: Int, limit: Int = .max, capitalized: Bool = false) -> String {
        // UTF-8 written into the string's own buffer, sized for the worst case: four bytes per scalar and
        // the ellipsis (ScalarText: far faster than a scalar view, or than appending byte by byte). A short ASCII
        // text (a trigger word) is sized exactly, so that it is made a small string, stored inline, not allocated.
        var beyondASCII = false
        let length = max(0, end - start)
        let short = length + 3 <= 15 && start >= 0 && start + length <= scalars.count
            && ScalarText.isShortASCII(scalars[start..<(start + length)], room: 3)
        let capacity = short ? length + 3 : 4 * length + 3
        let text = String(unsafeUninitializedCapacity: capacity) { result in
            var written = 0
            var pendingSpace = false
            var count = 0
            scalars.withUnsafeBufferPointer { scalars in
                for scalar in scalars[start..<end] {
                    // The usual case first: a visible ASCII scalar with no space to write before it.
                    if !pendingSpace, scalar.value > 32, scalar.value < 0x80 {
                        result[written] = UInt8(truncatingIfNeeded: scalar.value)
                        written &+= 1
                        count &+= 1
                        continue
                    }
                    if Tokenizer.isSpace(scalar.value) {
                        pendingSpace = written > 0
                        continue
                    }
                    if pendingSpace {
                        if count >= limit { ScalarText.write("…", to: result, at: &written); break }
                        result[written] = 32
                        written += 1
                        count += 1
                        pendingSpace = false
                    }
                    ScalarText.write(scalar, to: result, at: &written)
                    count += 1
                }
            }
            if capitalized, written > 0 {
                if result[0] >= 0x61 && result[0] <= 0x7A { result[0] -= 32 } else if result[0] >= 0x80 { beyondASCII = true }
            }
            return written
        }
        // Rare: a first letter beyond ASCII.
        if beyondASCII { return text.prefix(1).uppercased() + text.dropFirst() }
        return text
    }
}
