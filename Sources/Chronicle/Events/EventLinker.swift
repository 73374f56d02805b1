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
/// trading Friday"), an infinitive of purpose after the date ("resigned last year to seek a seat"), a participial clause
/// after a comma ("headed Tuesday to Cairo, seeking to revive talks"), a verb of finding's participle ("found abandoned"), the
/// main verb of a "when" clause holding the date ("was killed when a bomb exploded on Sunday"), a participle after the date
/// ("filed a brief on Monday arguing"), a gapped conjunct ("killed and 12 others injured").
///
/// A class, its properties constants: the searches' closures (`contains(where:)`, `first(where:)`, …) capture it as one
/// reference, where a struct was copied into each closure, a retain and a release of each of its arrays (~20,000 copies
/// per MB of text in the descriptions alone).
final class EventLinker {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let infos: [WordInfo]
    let clauses: [Int32]
    /// The event kinds already computed (``eventKind(_:)``): the searches for triggers, descriptions and
    /// secondary triggers ask about the same tokens again and again.
    let kinds: TokenMemo

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
    static let leadingConnectives = KeySet(words: ["which", "who", "whom", "while", "whereas", "as", "and", "but", "with", "although",
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
    /// never of the period before it. A date inside a relative clause, with or without "that" ("a court that convicted him in
    /// 2011 ordered", "the suspects arrested on Friday appeared"), dates its verb, not the main verb right after it. The weights
    /// were set on the TimeBank anchoring measure
    /// (Documentation/Evaluation.md) and checked on AQUAINT.
    /// A clause without candidates ("On Friday, …") borrows the next clause (unless that gives a reporting verb
    /// after a quote whose clause has an event: "… a day,'' said the spokesman"), then the previous one, then
    /// the rest of the sentence ("the retailer earned $10 million, or 67 cents a share, in the year-ago quarter"); a
    /// sentence with no event word at all, the predicate of its "be" ("rates were lower than a year ago").
    func trigger(first: Int, last: Int) -> Int? {
        let own = (clauseStart(first, limit: first - Self.window), clauseEnd(last, limit: last + Self.window))
        let sentence = tokens[first].sentence
        // "will host a conference call on Thursday at 10 a.m.": a clock time right after a day's "at" dates what the day does
        // (round 131).
        if let day = dayBeforeClock(first) { return trigger(first: day.first, last: day.last) }
        let next = own.1 + 1
        // "The ice that scientists have tracked since 1979 shrank last September": a year after "since" inside its clause
        // dates the verb before it, not the one after.
        if first >= 2, own.0 <= first - 2, tokens[first - 1].key == K.since, tokens[first].kind == .number,
           let before = best(in: own.0...(first - 2), first: first, last: last), eventKind(before) != .reporting {
            return before
        }
        // "banned imports after an outbreak of bird flu in January": a date right after the "of" phrase of an event noun
        // that "after", "before" or "since" opens is the noun's, a word the lexicon may lack (round 167).
        if let noun = openedOfHead(first: first) { return noun }
        if let best = best(in: own.0...own.1, first: first, last: last) {
            // "owes its spectacular growth in recent years", "reported a rise in the past year": the period of a change noun
            // right before its "in", in the object of a verb before it, is the change's own (round 149).
            if let noun = changeNounPeriod(first: first, last: last, clauseStart: own.0) { return noun }
            // "Analysts noted that over the past 20 years, Mr. Fournier has built": a phrase that opens the reported
            // clause dates the reported event.
            if eventKind(best) == .reporting, best + 1 < first, tokens[best + 1].key == K.that, own.1 == last,
               next < tokens.count, tokens[next].sentence == sentence, tokens[next].isPunctuation(","),
               next + 1 < tokens.count, tokens[next + 1].sentence == sentence,
               let reported = self.best(in: (next + 1)...clauseEnd(next + 1, limit: last + Self.window), first: first, last: last),
               eventKind(reported) != .reporting {
                return reported
            }
            // "In the years that followed, the rebels waged war": a fronted time whose own relative clause holds the verb
            // dates the main clause's event (the relative verb stays a secondary trigger).
            if best == last + 2, Self.relativeOpeners.contains(tokens[last + 1].key),
               let main = mainClauseEvent(after: own.1, first: first, last: last) { return main }
            // "resigned as chairman last year to seek a seat": an infinitive of purpose after the date follows the date's verb,
            // even past a role phrase that opens a clause of its own.
            if best == last + 2, let host = purposeHost(first: first, last: last) { return host }
            // "issued a joint statement Friday saying", "filed a brief in federal court on Monday arguing": an -ing participle
            // right after the date tells what the verb's object says; the verb before the date, with its object, is the event.
            if best == last + 1, let host = participleHost(first: first, last: last) { return host }
            // "A rally planned for Saturday was canceled", "The vote, scheduled for Sunday, was postponed": the date a scheduling
            // participle after an event noun sets is the noun's event, not the planning.
            if let noun = scheduledNoun(best, first: first) { return noun }
            // "A court that convicted him in 2011 ordered his release", "the reforms that the government announced on Monday
            // drew criticism": a date inside a relative clause dates its verb, not the main verb right after the clause.
            if best > last, eventKind(best) == .finite, let verb = relativeVerb(holding: first, last: last, main: best) { return verb }
            // "The signing of the treaty on Friday ended the war", "the collapse of the bank in 2008 shook markets": the date
            // in an opening subject's "of" phrase dates the subject's event noun, not what that event did.
            if let noun = ofPhraseSubject(holding: first, last: last, clauseStart: own.0) { return noun }
            // "Talks in Paris on Monday ended without a deal", "The storm's arrival on Monday forced closures": so does a date
            // right after an opening subject's event noun, past a place phrase (round 118).
            // ("Talks on the deal on Monday ended": past the event noun of its "on" phrase, round 155.)
            if best > last || best < first && isOnTopic(best),
               let noun = placePhraseSubject(holding: first, last: last, clauseStart: own.0) { return noun }
            // "The plan to release the results in February was dropped": a date inside an opening subject's infinitive dates
            // the infinitive, not what became of the plan (round 125).
            if let verb = subjectInfinitive(holding: first, last: last, clauseStart: own.0) { return verb }
            // "The suspects arrested on Friday appeared in court", "said talks held in Geneva last week made little progress": a
            // participle after its noun, with a verb of the sentence right after the date, is a reduced relative the date dates.
            if best > last, let verb = reducedRelativeVerb(holding: first, last: last, clauseStart: own.0) {
                return scheduledNoun(verb, first: first) ?? verb
            }
            // "The trial was adjourned until Tuesday for closing arguments", "suspended until Monday to allow consultations": an
            // "until" clause whose event is a noun (or an -ing word) of purpose after "DATE for", or an infinitive of purpose
            // right after the date (of a verb of putting off or a passive: not "gave them until Tuesday to sign", a deadline), tells
            // why the verb before "until" (past its object) lasts or is put off; that verb is the event.
            if best > last + 1, own.0 == first - 1, first >= 2, tokens[own.0].key == K.until || tokens[own.0].key == K.till,
               tokens[last + 1].key == K.for_ && (eventKind(best) == .noun || eventKind(best) == .nonFinite && endsInIng(best))
                || tokens[last + 1].key == K.to && best == last + 2 && eventKind(best) == .nonFinite,
               tokens[first - 2].sentence == sentence,
               let verb = (clauseStart(first - 2, limit: first - Self.window)...(first - 2)).last(where: { eventKind($0) == .finite }),
               tokens[last + 1].key == K.for_ || TenseReader.postponeVerbs.contains(tokens[verb].key)
                || verb >= 1 && infos[verb - 1].tags.contains(.beAux) { return verb }
            // "Unisys said its European business was weak during the quarter": the date belongs to the reported state.
            if eventKind(best) == .reporting, best + 2 < first, let state = reportedState(from: best + 1, to: first - 1) {
                return state
            }
            // "She saw her rival lose on Friday", "Crowds watched the runners cross the line on Saturday": the date is the
            // perceived event's, the bare verb after the perception verb's object (round 131).
            if best < first, let verb = perceivedVerb(best, first: first) { return verb }
            // "The prime minister made a visit to Kabul on Sunday", "paid a visit to the troops in May": the event-noun object
            // of a light verb is the event.
            if best < first, let noun = lightVerbObject(best, first: first) { return noun }
            // "The minister signs off on the deal on Monday", "The board signed off on the merger on Friday": the object of "on"
            // after a phrasal verb's particle is what the verb acts on; the date is the verb's (round 152).
            if best < first, let verb = phrasalOnVerb(best, first: first) { return verb }
            // "will publish its annual report on Thursday", "cut the country's credit rating last week": a document or figure
            // the date follows is the object of the verb that issues or changes it; that verb is the event.
            if best < first, let verb = productObjectVerb(best, first: first) { return verb }
            // "confirmed its profit outlook on Friday": so of the product noun an event noun modifies (round 125).
            if best + 1 < first, eventKind(best) == .noun, Self.productNouns.contains(tokens[best + 1].key),
               let verb = productObjectVerb(best + 1, first: first) { return verb }
            // "plans a release of its results in February", "ordered the publication of the report in May": a document or
            // figure in an event noun's "of" phrase is what the noun brings out; the noun is the event (round 125).
            if best < first, let noun = productOfHead(best, first: first) { return noun }
            // "published the results of the trial on Wednesday", "released the findings of the survey on Monday": an event noun in
            // a product noun's "of" phrase right before a day's "on" is what the product is of; the date is the verb's (round 155).
            if best + 2 == first, tokens[first - 1].key == K.on, eventKind(best) == .noun, let of = productOf(best),
               let verb = productObjectVerb(of - 1, first: of) { return verb }
            return best
        }
        if let noun = withPhraseNoun(own.0, first: first) { return noun }
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
        // "Exports of cars in March, which rose sharply last year, slowed": a date in a sentence's opening subject skips the
        // relative clause set off after it to the main verb.
        if next + 2 < tokens.count, tokens[next].isPunctuation(","), Self.relativeOpeners.contains(tokens[next + 1].key),
           own.0 == 0 || tokens[own.0 - 1].sentence != sentence {
            let relativeEnd = clauseEnd(next + 1, limit: last + Self.window)
            if relativeEnd + 2 < tokens.count, tokens[relativeEnd + 1].isPunctuation(","), tokens[relativeEnd + 2].sentence == sentence,
               let main = best(in: (relativeEnd + 2)...clauseEnd(relativeEnd + 2, limit: last + Self.window), first: first, last: last),
               eventKind(main) == .finite { return main }
        }
        // ", compared with a year-earlier loss": a comparison that follows is no event of the date's.
        let comparison = next + 1 < tokens.count && tokens[next].isPunctuation(",") && tokens[next + 1].key == K.compared
        if next < tokens.count, tokens[next].sentence == sentence, !comparison,
           let best = best(in: next...clauseEnd(next, limit: last + Self.window), first: first, last: last) {
            // "… interviews a day,'' said the spokesman": the quote before the reporting verb holds the event; "He was in
            // Moscow on Tuesday, the Kremlin said": so does the state of a clause without event words.
            if eventKind(best) == .reporting {
                if let earlier = previousBest() { return earlier }
                if let state = statePredicate(in: own.0...last, first: first, last: last) { return state }
            }
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

    /// The tokens of the day or date that a clock time starting at `first` follows after "at" ("on Thursday at 10 a.m.",
    /// "on March 3 at noon"): time words and numbers, three tokens at most, in the same sentence; `nil` otherwise.
    func dayBeforeClock(_ first: Int) -> (first: Int, last: Int)? {
        guard first >= 3, tokens[first - 1].key == K.at, tokens[first].kind == .number || infos[first].isTimeWord else { return nil }
        let last = first - 2
        let sentence = tokens[first].sentence
        guard tokens[last].sentence == sentence, infos[last].isTimeWord
                || tokens[last].kind == .number && infos[last - 1].isTimeWord && tokens[last - 1].sentence == sentence
        else { return nil }
        var start = last
        while start > last - 2, start >= 1, tokens[start - 1].sentence == sentence,
              infos[start - 1].isTimeWord || tokens[start - 1].kind == .number { start -= 1 }
        return (start, last)
    }

    /// The noun a verbless "with" phrase names its date's event by, the last word before the date's preposition: "The trial
    /// opened Tuesday, with jury selection on Monday", "The festival opens Thursday, with the premiere on Saturday" (not the
    /// verb of the clause before, whose own date is another). `nil` unless the clause opening at `start` is "with", an
    /// optional article or determiner and plain nouns, then "on", "in" or "at" and the expression starting at `first`.
    func withPhraseNoun(_ start: Int, first: Int) -> Int? {
        var opener = start
        while opener < first, tokens[opener].kind == .punctuation { opener += 1 }
        guard opener + 3 <= first, tokens[opener].key == K.with, infos[first - 1].tags.contains(.preposition),
              tokens[first - 1].key == K.on || tokens[first - 1].key == K.in_ || tokens[first - 1].key == K.at else { return nil }
        var word = opener + 1
        if infos[word].tags.contains(.the) || infos[word].tags.contains(.determiner) { word += 1 }
        guard word < first - 1, first - 1 - word <= 3 else { return nil }
        for index in word..<(first - 1) where !isPlainNoun(index) || eventKind(index) != nil && eventKind(index) != .noun { return nil }
        return first - 2
    }

    /// The event noun object of the light verb `verb` (``lightVerbs``: "made", "paid", "gave", "staged" …; not "had", "has",
    /// "have", whose object may be a company's figure), past an article or a possessive and one modifier, when only words that
    /// are no events (a place phrase: "a visit to Kabul") stand between it and the expression starting at `first`.
    func lightVerbObject(_ verb: Int, first: Int) -> Int? {
        guard eventKind(verb) == .finite, Self.lightVerbs.contains(tokens[verb].key), tokens[verb].key != K.had,
              !infos[verb].tags.contains(.presentAux), verb + 2 < first else { return nil }
        var index = verb + 1
        if !infos[index].tags.isDisjoint(with: [.the, .determiner]) { index += 1 }
        if index + 1 < first, isPlainNoun(index), eventKind(index) == nil, eventKind(index + 1) == .noun { index += 1 }
        guard index < first, eventKind(index) == .noun, first - index <= 6 else { return nil }
        for between in (index + 1)..<first where tokens[between].kind != .word || eventKind(between) != nil { return nil }
        return index
    }

    /// Verbs whose object follows "on" ("agreed on the deal", "ruled on the appeal", "voted on the bill"), in every form:
    /// read only where the word is a verb already (round 155).
    static let onVerbs = KeySet(words: ["agrees", "agree", "agreed", "agreeing", "rules", "rule", "ruled", "ruling", "decides",
                                           "decide", "decided", "deciding", "votes", "vote", "voted", "voting", "comments",
                                           "comment", "commented", "weighs", "weigh", "weighed", "deliberates", "deliberate",
                                           "deliberated", "compromises", "compromise", "compromised", "insists", "insist",
                                           "insisted", "testifies", "testify", "testified", "focuses", "focus", "focused",
                                           "acts", "act", "acted", "settles", "settle", "settled", "campaigns", "campaign",
                                           "campaigned"])

    /// The forms of "go" whose "on" and event noun name a state the verb enters ("go on sale", "went on strike", "goes on
    /// tour", "will go on trial"): the verb is the event, as the verbs of ``onVerbs`` are (round 167).
    static let goOnVerbs = KeySet(words: ["go", "goes", "went", "going", "gone"])

    /// The verb before a particle (``phrasalParticles``) and "on", or right before "on" (``onVerbs``, ``goOnVerbs``), whose object
    /// is the event noun `noun` (past an article or a determiner), right before the expression at `first` or its preposition:
    /// "signs off on the deal on Monday", "will sign off on the merger on Friday", "agrees on the deal on Monday". Not a
    /// noun's "on" ("talks on the deal on Monday"), nor a particle's noun ("the walk out on Tuesday").
    func phrasalOnVerb(_ noun: Int, first: Int) -> Int? {
        guard eventKind(noun) == .noun, noun + 1 == first || noun + 2 == first && infos[noun + 1].tags.contains(.preposition),
              noun >= 3 else { return nil }
        let on = wordBeforeArticle(noun)
        guard tokens[on].key == K.on else { return nil }
        let verb = Self.onVerbs.contains(tokens[on - 1].key) || Self.goOnVerbs.contains(tokens[on - 1].key)
            || isPastAfterSubject(on - 1) ? on - 1 : on - 2
        guard verb >= 0, verb == on - 1 || Self.phrasalParticles.contains(tokens[on - 1].key),
              tokens[verb].sentence == tokens[noun].sentence,
              Self.goOnVerbs.contains(tokens[verb].key) || eventKind(verb) == .finite || eventKind(verb) == .nonFinite
        else { return nil }
        return verb
    }

    /// Whether the word at `verb` is a past in "-ed" (or a past verb's tag) right after its subject, a pronoun, a name or a
    /// plain noun: "He relied on", "Investors gambled on", "Troops fired on" (round 163). Not a participle after "was" or a
    /// comma ("was based on", ", based on"), nor after an article ("the need on"), nor a change in an amount, whose "on" gives
    /// the cause, dated on its own ("Shares soared on the announcement yesterday", ``amountChangeVerbs``).
    private func isPastAfterSubject(_ verb: Int) -> Bool {
        guard verb >= 1, !tokens[verb].capitalized, endsInEd(verb) || infos[verb].tags.contains(.pastVerb),
              !Self.amountChangeVerbs.contains(tokens[verb].key),
              tokens[verb - 1].kind == .word, tokens[verb - 1].sentence == tokens[verb].sentence, infos[verb - 1].cardinal < 0,
              !infos[verb - 1].isTimeWord else { return false }
        let before = infos[verb - 1].tags.subtracting(.capitalizedStart)
        return before.isEmpty || before == .pronounSubject
    }

    /// Verbs of perceiving whose object does something, the perceived event (round 131): "saw her rival lose".
    static let perceptionVerbs = KeySet(words: ["saw", "see", "sees", "seen", "watched", "watch", "watches", "heard", "hear",
                                                   "hears"])
    /// The bare verb the perception verb `verb` (``perceptionVerbs``) governs through its object, when the expression starting
    /// at `first` follows that verb, right after it (past a preposition) or past the verb's own object: "She saw her rival
    /// lose on Friday", "Fans watched their team fall on Sunday", "Crowds watched the runners cross the line on Saturday",
    /// "The coach saw his side lead the league last season". The object is an object pronoun, one or two capitalised words,
    /// or a possessive and a noun (an article and a noun only before the bare verb's own object or an event word: "saw the
    /// team bus on Sunday" keeps "saw"). The bare verb is a lower-case word with no -s, -ed, -ly or -ing and no function
    /// word's tag. Not "saw the film on Friday", "watched the game in Paris on Sunday" (no verb after the object).
    func perceivedVerb(_ verb: Int, first: Int) -> Int? {
        guard Self.perceptionVerbs.contains(tokens[verb].key), verb + 3 <= first else { return nil }
        let sentence = tokens[verb].sentence
        func bare(_ word: Int, direct: Bool) -> Int? {
            guard word < first, tokens[word].kind == .word, !tokens[word].capitalized,
                  infos[word].tags.isDisjoint(with: [.preposition, .the, .determiner, .and, .clauseBreak, .beAux, .pastAux,
                                                     .presentAux, .modal, .future, .pronounSubject, .reporting]),
                  !infos[word].isTimeWord || eventKind(word) != nil, infos[word].cardinal < 0, !endsInEd(word),
                  !endsInLy(word), !endsInIng(word), !endsInPluralS(word), eventKind(word) != .noun || direct
            else { return nil }
            let next = word + 1
            // Right before the date, or its preposition.
            if next == first || next + 1 == first && infos[next].tags.contains(.preposition) { return direct || eventKind(word) != nil ? word : nil }
            // Or before its own object ("cross the line", "beat the favourite"), up to the date: no mark, clause word or verb.
            guard isDeterminer(next) || tokens[next].capitalized, first - next <= 6 else { return nil }
            for between in next..<first where tokens[between].sentence != sentence || endsObject(between) { return nil }
            return word
        }
        let object = verb + 1
        guard tokens[object].sentence == sentence, tokens[object].kind == .word else { return nil }
        // "saw him win", "saw her lose" (``objectPronouns``; a possessive "her" too: "saw her rival lose").
        if Self.objectPronouns.contains(tokens[object].key), let word = bare(object + 1, direct: true) { return word }
        // "watched Federer lose", "saw Real Madrid win".
        if tokens[object].capitalized, !isDeterminer(object) {
            let word = object + 1 < first && tokens[object + 1].capitalized ? object + 2 : object + 1
            return bare(word, direct: true)
        }
        // "saw her rival lose", "watched the runners cross the line".
        guard isDeterminer(object), object + 2 < first, isPlainNoun(object + 1) else { return nil }
        return bare(object + 2, direct: Recognizer.possessiveDeterminers.contains(tokens[object].key))
    }

    /// Nouns of a document, a set of figures or a standing, which are issued, published or changed rather than happening:
    /// a date right after them as a verb's object is the verb's ("will report quarterly results on Friday").
    static let productNouns = KeySet(words: ["results", "report", "reports", "sales", "earnings", "figures", "data", "numbers",
                                                "statistics", "rating", "ratings", "ranking", "rankings", "forecast", "forecasts",
                                                "estimates", "outlook", "guidance", "statement", "accounts", "minutes",
                                                "projections"])
    /// A company's figures that name the period they cover when it follows them ("posted lower operating profit last
    /// year"): a product noun only before a day's "on" ("reported higher profit for the first quarter on Thursday").
    static let periodFigureNouns = KeySet(words: ["profit", "profits", "revenue", "revenues"])

    /// The verb whose object is the product noun `noun` (``productNouns``) right before the expression starting at `first`
    /// (or before its "on", past a "for" phrase of a period at most: ``coveredPeriod(after:on:)``): "Toyota will report
    /// quarterly results on Friday", "The agency will publish its annual report on Thursday", "Fitch cut the country's credit
    /// rating last week", "reported weaker sales for the holiday season on Monday". Up to five words stand between the verb and the noun:
    /// an article, a possessive, modifiers, a number or a hyphenated period ("fourth-quarter"). Not a light verb ("held"), a
    /// verb of expecting ("expects strong sales"), nor past a preposition ("return to the No. 1 ranking on Monday") or a
    /// clause word; not before "in" or "for", a period the figures may cover ("record sales in December").
    func productObjectVerb(_ noun: Int, first: Int) -> Int? {
        // (Any kind but a finite verb, or none ("outlook", round 125): "report" may read as a reporting verb, "rating" as
        // an -ing form.)
        guard Self.productNouns.contains(tokens[noun].key)
                || Self.periodFigureNouns.contains(tokens[noun].key) && tokens[first - 1].key == K.on,
              eventKind(noun) != .finite,
              noun + 1 == first || tokens[first - 1].key == K.on && (noun + 2 == first || coveredPeriod(after: noun, on: first - 1))
        else { return nil }
        let sentence = tokens[noun].sentence
        var index = noun - 1
        while index >= 0, index >= noun - 6, tokens[index].sentence == sentence {
            let token = tokens[index]
            // (An event noun before the noun is a modifier of it: "the country's credit rating".)
            // (The first part of a glued name is no pronoun: "record iPhone sales".)
            if token.kind == .word, index + 1 < noun, !tokens[index + 1].spaceBefore, tokens[index + 1].kind == .word {
                index -= 1
                continue
            }
            if let kind = eventKind(index), kind != .noun {
                guard !Self.lightVerbs.contains(token.key), !infos[index].tags.contains(.intends),
                      !Self.evidencePresents.contains(token.key),
                      // (Right before the noun only after "to" or a modal, where it cannot modify it: "is expected to report
                      // earnings on Tuesday", round 118.)
                      index < noun - 1 || index >= 1 && (tokens[index - 1].key == K.to
                                                         || !infos[index - 1].tags.isDisjoint(with: Self.futureOrModal))
                else { return nil }
                return index
            }
            switch token.kind {
            case .word:
                // (The "s" of a possessive is no "is": "the country's credit rating".)
                guard isPossessiveS(index)
                        || infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .and, .beAux, .pastAux, .presentAux,
                                                               .modal, .future, .pronounSubject]) else { return nil }
            case .number: break
            case .punctuation:
                guard token.isPunctuation("-") || token.isApostrophe else { return nil }
            }
            index -= 1
        }
        return nil
    }

    /// Whether a "for" phrase of a period stands between the noun `noun` and the "on" at `on`, with no event word in it:
    /// "reported record sales for the holiday quarter on Monday" (the figures cover the period; the day is the report's).
    func coveredPeriod(after noun: Int, on: Int) -> Bool {
        guard tokens[noun + 1].key == K.for_, on - noun >= 3, on - noun <= 7 else { return false }
        // (A noun before the period's word names it: "for the holiday quarter", "for the election year".)
        for index in (noun + 2)..<on where tokens[index].kind == .punctuation
            || eventKind(index) != nil && !(index == on - 2 && eventKind(index) == .noun)
            || !infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .and]) { return false }
        return infos[on - 1].isTimeWord
    }

    /// The verb of the relative clause (after "that", "which", "who" and a subject of three words at most) that holds the
    /// expression `first...last` and ends right before the main verb `main`: "a court that convicted him in 2011 ordered",
    /// "the man who shot the officer in 2010 was executed", "the law that parliament passed last year takes effect". `nil`
    /// when a mark, a conjunction or another verb stands between, or "that" follows a verb ("said that": a reported clause).
    func relativeVerb(holding first: Int, last: Int, main: Int) -> Int? {
        let sentence = tokens[first].sentence
        guard main - last <= 4 else { return nil }
        for index in (last + 1)..<main {
            guard tokens[index].kind == .word, !infos[index].tags.contains(.clauseBreak), !infos[index].tags.contains(.and),
                  eventKind(index) == nil else { return nil }
        }
        var index = first - 1
        var verb: Int?
        while index >= 1, index >= first - 10, tokens[index].sentence == sentence, tokens[index].kind != .punctuation {
            if let kind = eventKind(index), kind != .noun {
                if verb != nil { return nil }
                verb = index
            } else if let verb, Self.relativeOpeners.contains(tokens[index].key) {
                // the subject between the opener and the verb: three words at most; the opener follows a noun, not a verb
                guard verb - index <= 4, tokens[index - 1].sentence == sentence, tokens[index - 1].kind == .word,
                      eventKind(index - 1).map({ $0 == .noun }) ?? true, !infos[index - 1].tags.contains(.beAux) else { return nil }
                return eventKind(verb) == .finite || endsInEd(verb) ? verb : nil
            }
            index -= 1
        }
        return nil
    }

    /// The participle of a reduced relative clause that holds the expression `first...last` and ends right before the
    /// sentence's verb: "The suspects arrested on Friday appeared in court", "talks held in Geneva last week made little
    /// progress", "the troops sent in March would return". The participle (in -ed or an irregular past) follows a noun, not
    /// an auxiliary, a pronoun or a verb; only words that are no verbs stand between it and the expression, within the
    /// clause starting at `start`; a finite verb or an auxiliary follows the expression, past an adverb at most. `nil`
    /// otherwise ("Rebels attacked the town on Thursday and": no verb right after the date).
    func reducedRelativeVerb(holding first: Int, last: Int, clauseStart start: Int) -> Int? {
        let sentence = tokens[first].sentence
        var after = last + 1
        if after < tokens.count, tokens[after].kind == .word, endsInLy(after) || Self.degreeWords.contains(tokens[after].key) { after += 1 }
        // A predicate opens, or a verb of evidence ("The bodies found on Monday suggest").
        guard opensPredicate(after, sentence: sentence) || after < tokens.count && tokens[after].sentence == sentence
                && tokens[after].kind == .word && Self.evidencePresents.contains(tokens[after].key) else { return nil }
        // "Prices paid by consumers in March rose 0.3 percent": a change in an amount after the date is the statistic's, which
        // the date measures; the participle only says what the figure counts.
        if Self.amountChangeVerbs.contains(tokens[after].key) { return nil }
        var index = first - 1
        while index > start, index >= first - 8, tokens[index].kind == .word || tokens[index].kind == .number {
            // (Not past an auxiliary, a pronoun or a clause word: "meant that naval superiority was now contested".)
            if tokens[index].kind == .word, !infos[index].tags.isDisjoint(with: Self.reducedRelativeStoppers) { return nil }
            if let kind = eventKind(index), kind != .noun {
                guard kind == .finite, endsInEd(index) || infos[index].tags.contains(.pastVerb) else { return nil }
                let before = index - 1
                guard tokens[before].kind == .word, tokens[before].sentence == sentence, eventKind(before).map({ $0 == .noun }) ?? true,
                      infos[before].tags.isDisjoint(with: [.pastAux, .presentAux, .beAux, .modal, .future, .pronounSubject,
                                                           .preposition, .the, .determiner, .and, .clauseBreak]),
                      !endsInLy(before), !Self.degreeWords.contains(tokens[before].key) else { return nil }
                return index
            }
            index -= 1
        }
        return nil
    }

    /// The event noun heading the subject that holds the expression `first...last` in its "of" phrase, when the subject
    /// opens its clause (at `start`, or after a reporting verb or "that") and a verb or an auxiliary follows the expression:
    /// "The signing of the treaty on Friday ended the war", "The release of the hostages on Tuesday was welcomed", "said the
    /// opening of the bridge in May drew crowds". The noun is an event noun or an -ing word after "the", "a" or a possessive
    /// determiner; two to five words without event words (or a preposition before the expression) stand after "of". Not a
    /// figure or a change in one ("The price of oil in March rose", "a rise of 3 percent in March"), which the verb dates.
    /// After a quantity (``quantityHeads``: "A wave of strikes in March paralysed") the event noun ending its "of" phrase.
    func ofPhraseSubject(holding first: Int, last: Int, clauseStart start: Int) -> Int? {
        let sentence = tokens[first].sentence
        let after = last + 1
        guard opensPredicate(after, sentence: sentence) else { return nil }
        var index = first - 1
        if index > start, infos[index].tags.contains(.preposition) { index -= 1 }
        let objectEnd = index
        // "The sale of the building to a Chinese investor in 2014": one party's preposition may follow the object (round 167).
        var party = false
        while index > start, index >= first - 7, tokens[index].kind == .word, tokens[index].key != K.of {
            if !party, index < objectEnd, Self.partyPrepositions.contains(tokens[index].key) {
                party = true
                index -= 1
                continue
            }
            guard eventKind(index).map({ $0 == .noun }) ?? true,
                  infos[index].tags.isDisjoint(with: Self.reducedRelativeStoppers.union([.preposition, .and])) else { return nil }
            index -= 1
        }
        let noun = index - 1
        // "A wave of strikes in March paralysed the country": a quantity's events are its object's (round 167).
        let quantity = !party && noun > start && Self.quantityHeads.contains(tokens[noun].key) && isNewsEventNoun(objectEnd)
        guard index < objectEnd, tokens[index].key == K.of, noun > start,
              quantity || isNewsEventNoun(noun) || eventKind(noun) != .finite && endsInIng(noun),
              !Self.operatingHeads.contains(tokens[noun].key), !Self.changeNouns.contains(tokens[noun].key),
              !Self.productNouns.contains(tokens[noun].key) else { return nil }
        let determiner = noun - 1
        guard isDeterminer(determiner) else { return nil }
        let head = quantity ? objectEnd : noun
        if determiner == start || determiner == 0 || tokens[determiner - 1].sentence != sentence { return head }
        let before = determiner - 1
        return eventKind(before) == .reporting || tokens[before].key == K.that ? head : nil
    }

    /// Prepositions of a party to an event noun's "of" phrase ("the sale of the building to an investor", "the release of the
    /// hostages by rebels"), one of which may stand in an opening subject's "of" phrase (round 167).
    static let partyPrepositions = KeySet(words: ["to", "from", "by", "with"])

    /// Nouns of a number of like events, whose "of" phrase names the events: "a wave of strikes", "a series of explosions",
    /// "a spate of attacks", "a rash of robberies" (round 167).
    static let quantityHeads = KeySet(words: ["wave", "series", "spate", "rash", "string", "flurry", "spree", "round",
                                                 "succession", "chain", "cluster"])

    /// The "of" before the event noun `noun` (past an article or a determiner) that follows a product noun (``productNouns``):
    /// "the results of the trial", "the findings of a survey" (round 155).
    private func productOf(_ noun: Int) -> Int? {
        let of = wordBeforeArticle(noun)
        guard of > 1, infos[of].tags.contains(.of), Self.productNouns.contains(tokens[of - 1].key) else { return nil }
        return of
    }

    /// The event noun whose "of" phrase holds the product noun `noun` (``productNouns``) right before the expression starting
    /// at `first` (or its preposition), past an article, a possessive and one modifier: "a release of its results in February",
    /// "the publication of the annual report on Monday".
    func productOfHead(_ noun: Int, first: Int) -> Int? {
        guard Self.productNouns.contains(tokens[noun].key),
              noun + 1 == first || noun + 2 == first && infos[first - 1].tags.contains(.preposition) else { return nil }
        var index = noun - 1
        if index >= 1, isDeterminer(index) { index -= 1 }
        if index >= 1, tokens[index].key != K.of, isPlainNoun(index) || isModifier(index), eventKind(index) == nil { index -= 1 }
        guard index >= 1, tokens[index].key == K.of, tokens[index - 1].sentence == tokens[noun].sentence,
              eventKind(index - 1) == .noun else { return nil }
        return index - 1
    }

    /// The infinitive of an opening subject's noun ("The plan to release", "A decision to close") that the expression
    /// `first...last` follows, past the infinitive's object, when the clause's predicate opens right after the expression:
    /// "The plan to release the results in February was dropped", "A decision to close the plant next year angered workers".
    func subjectInfinitive(holding first: Int, last: Int, clauseStart start: Int) -> Int? {
        let sentence = tokens[first].sentence
        guard opensPredicate(last + 1, sentence: sentence), start == 0 || tokens[start - 1].sentence != sentence
                || tokens[start - 1].isPunctuation(",") else { return nil }
        // The subject: an optional article or determiner, a modifier at most, the noun, "to" and the infinitive.
        var index = start
        if isDeterminer(index) { index += 1 }
        if index + 1 < first, tokens[index + 1].key != K.to, isModifier(index), eventKind(index) == nil { index += 1 }
        guard index + 2 < first, tokens[index].kind == .word, eventKind(index) == .noun || isPlainNoun(index) && eventKind(index) == nil,
              tokens[index + 1].key == K.to, let kind = eventKind(index + 2), kind != .reporting else { return nil }
        let verb = index + 2
        // Only the infinitive's object (and a preposition) between it and the expression.
        for between in (verb + 1)..<first where endsObject(between) { return nil }
        return verb
    }

    /// Whether the token at `index` cannot stand inside a verb's object before its date: a mark, a clause word, "and", or a
    /// finite or reporting verb. The stop test of the object scans of ``perceivedVerb(_:first:)`` (which also stops at
    /// the sentence's end) and ``subjectInfinitive(holding:last:clauseStart:)``.
    private func endsObject(_ index: Int) -> Bool {
        tokens[index].kind == .punctuation || !infos[index].tags.isDisjoint(with: [.clauseBreak, .and])
            || eventKind(index) == .finite || eventKind(index) == .reporting
    }

    /// Whether the token at `index`, in `sentence`, opens the predicate of a subject that ends before it: a finite or a
    /// reporting verb, or an auxiliary, a modal or "will" (not the "'s" of a possessive). The test both subjects that
    /// hold their expression share (``ofPhraseSubject(holding:last:clauseStart:)``, ``placePhraseSubject(holding:last:clauseStart:)``),
    /// and ``reducedRelativeVerb(holding:last:clauseStart:)`` with a verb of evidence besides.
    private func opensPredicate(_ index: Int, sentence: Int32) -> Bool {
        index < tokens.count && tokens[index].sentence == sentence && tokens[index].kind == .word
            && (eventKind(index) == .finite || eventKind(index) == .reporting
                || !infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux]) && tokens[index].key != K.s)
    }

    /// Nouns of a change whose "in" phrase is its own period ("growth in recent years", "a rise in the past year"), besides
    /// ``changeNouns``.
    static let periodChangeNouns = KeySet(words: ["growth", "rise", "increase", "decline", "drop", "fall", "gain", "gains",
                                                     "contraction", "expansion"])

    /// The change noun right before the "in" of the expression `first...last`, after a possessive ("its spectacular growth in
    /// recent years", "the company's rise in the past decade"), in the object of a finite verb before it in its clause, when
    /// no predicate follows the expression (not a subject's: "Growth in March slowed", "showed its growth in March slowed").
    private func changeNounPeriod(first: Int, last: Int, clauseStart start: Int) -> Int? {
        let noun = first - 2
        guard noun > start, tokens[first - 1].key == K.in_, tokens[noun].kind == .word, !tokens[noun].capitalized,
              Self.changeNouns.contains(tokens[noun].key) || Self.periodChangeNouns.contains(tokens[noun].key),
              !opensPredicate(last + 1, sentence: tokens[first].sentence),
              (start..<noun).contains(where: { eventKind($0) == .finite }) else { return nil }
        // (Its owner's: a possessive before it, past three modifiers at most; not "will exhibit a further decline in the
        // fourth quarter", whose date is the verb's too.)
        var owner = noun - 1
        while owner > start, owner >= noun - 3, tokens[owner].kind == .word, infos[owner].tags.isEmpty, eventKind(owner) == nil {
            owner -= 1
        }
        guard Recognizer.possessiveDeterminers.contains(tokens[owner].key)
            || owner > start && isPossessiveS(owner) else { return nil }
        return noun
    }

    /// Prepositions of a place phrase between a subject's event noun and its date ("Protests across the country on Saturday",
    /// "A march through Paris on Saturday", round 152), and "by" of its agent ("A strike by teachers on Monday", round 144).
    static let subjectPlacePrepositions = KeySet(words: ["in", "at", "across", "outside", "near", "around", "throughout",
                                                            "inside", "off", "along", "between", "by", "through", "on"])

    /// Words that open a phrase whose event noun places the clause's event in time ("after the outbreak of", "before the
    /// start of", "since the collapse of", "following the death of").
    static let eventPhraseOpeners = KeySet(words: ["after", "before", "since", "following", "amid", "during"])

    /// The event noun after ``eventPhraseOpeners`` (past an article or a determiner) whose "of" phrase, one to four words
    /// (plain nouns, names, an article), runs right up to the expression starting at `first` or its "in", "on" or "at":
    /// "banned imports after an outbreak of bird flu in January", "closed after the outbreak of cholera last month" (round
    /// 167; TimeBank's "after the close of composite trading yesterday" is the noun's). The date is the noun's event, not
    /// the verb that followed it. `nil` otherwise, or when the noun names no news event.
    func openedOfHead(first: Int) -> Int? {
        let sentence = tokens[first].sentence
        var end = first - 1
        guard end >= 4, tokens[end].sentence == sentence else { return nil }
        if tokens[end].key == K.in_ || tokens[end].key == K.on || tokens[end].key == K.at { end -= 1 }
        var of = end
        while of > end - 4, of >= 3, tokens[of].kind == .word, !infos[of].tags.contains(.of), tokens[of].sentence == sentence,
              isPlainNoun(of) || tokens[of].capitalized && !infos[of].isTimeWord || isDeterminer(of) { of -= 1 }
        guard of < end, of >= 3, infos[of].tags.contains(.of), tokens[of - 1].kind == .word, !tokens[of - 1].capitalized,
              isNewsEventNoun(of - 1) else { return nil }
        let opener = wordBeforeArticle(of - 1)
        guard opener >= 0, tokens[opener].sentence == sentence, Self.eventPhraseOpeners.contains(tokens[opener].key)
        else { return nil }
        return of - 1
    }

    /// The word before `noun`, past an article or a determiner before it ("on" in "on the deal", "of" in "of a survey").
    private func wordBeforeArticle(_ noun: Int) -> Int {
        let before = noun - 1
        return before > 0 && !infos[before].tags.isDisjoint(with: [.the, .determiner]) ? before - 1 : before
    }

    /// Whether the event noun `noun` is the object of a topic "on", past an article or a determiner, after an event noun:
    /// "Talks on the deal", "A debate on the reform" (round 155).
    private func isOnTopic(_ noun: Int) -> Bool {
        let on = wordBeforeArticle(noun)
        return on > 0 && tokens[on].key == K.on && tokens[on - 1].kind == .word
            && (isNewsEventNoun(on - 1) || eventKind(on - 1) == .noun)
    }

    /// The event noun heading the subject that opens its clause (at `start`, alone, after an article or a determiner, or
    /// after a possessive "'s") right before the expression `first...last` (past its preposition) and a place phrase of
    /// four words at most (``subjectPlacePrepositions``), when a finite verb or an auxiliary follows the expression:
    /// "Negotiations in Geneva on Wednesday made progress", "Elections in March gave the party a majority", "The storm's
    /// arrival on Monday forced closures" (the date is the noun's event, what the event did has none). Not a figure, a
    /// change in one or a document ("Prices in Germany in March rose", "Sales in Europe last year fell"), nor a noun that
    /// names no event ("Officials in Geneva on Wednesday said").
    func placePhraseSubject(holding first: Int, last: Int, clauseStart start: Int) -> Int? {
        let sentence = tokens[first].sentence
        let after = last + 1
        guard opensPredicate(after, sentence: sentence) else { return nil }
        // ("Inflation in March rose to 5 percent": a change in an amount is the figure's, which the date measures.)
        if Self.amountChangeVerbs.contains(tokens[after].key) { return nil }
        var noun = first - 1
        if noun > start, infos[noun].tags.contains(.preposition) { noun -= 1 }
        // (Past a place phrase: "in Geneva", "across the country"; and past a second when the first follows no event noun, "A
        // protest by farmers in Brussels on Monday", round 149.)
        for _ in 0..<2 {
            var index = noun
            // ("Talks on the deal on Monday", "A debate on the reform": an "on" phrase's topic may be an event noun, round 155.)
            var reach = noun - 4
            // (No time word: "saying on Friday that Russia now feels" is no place phrase, round 155.)
            while index > start, index >= reach, tokens[index].kind == .word, !infos[index].isTimeWord,
                  eventKind(index) == nil || index == noun && isOnTopic(noun),
                  !Self.subjectPlacePrepositions.contains(tokens[index].key) {
                // (An "of" phrase inside the place's: "through the streets of Lagos", "across the centre of Paris", round 155.)
                if infos[index].tags.contains(.of), index < noun, reach == noun - 4, isPlainNoun(index - 1) {
                    reach -= 2
                    index -= 1
                    continue
                }
                // (An "and" inside the phrase: "Talks between the two sides and the union", "Protests in Paris and Lyon".)
                guard infos[index].tags.isDisjoint(with: Self.reducedRelativeStoppers.union([.preposition])),
                      !infos[index].tags.contains(.and) || index > start + 1 && index < noun else { break }
                index -= 1
            }
            guard index > start, index < noun, Self.subjectPlacePrepositions.contains(tokens[index].key) else { break }
            noun = index - 1
            if tokens[noun].kind != .word || isNewsEventNoun(noun) || eventKind(noun) != nil { break }
        }
        if noun > start + 1 { noun = eventWordStart(noun) }  // ("A sell-off on Monday wiped …", round 139.)
        guard noun >= start, tokens[noun].kind == .word, isNewsEventNoun(noun) || eventKind(noun) != nil && eventKind(noun) != .nonFinite,
              !Self.operatingHeads.contains(tokens[noun].key), !Self.changeNouns.contains(tokens[noun].key),
              !Self.productNouns.contains(tokens[noun].key) else { return nil }
        // The noun opens the clause: alone, after an article or a determiner, or after a possessive ("The storm's").
        var opener = noun - 1
        if opener >= start + 1, isPossessiveS(opener) {
            opener -= 2
            if opener >= start, tokens[opener].kind == .word, eventKind(opener) == nil || eventKind(opener) == .noun
                || isNewsEventNoun(opener) { opener -= 1 } else { return nil }
        }
        // ("A cabinet shake-up on Wednesday removed …": one plain noun modifying the head after its article, round 144.)
        if opener > start, opener == noun - 1, isArticled(noun), !isDeterminer(opener) { opener -= 1 }
        if opener >= start, isDeterminer(opener) { opener -= 1 }
        return opener < start || opener == start && tokens[opener].kind == .punctuation ? noun : nil
    }

    /// Present verbs of what figures or papers show or expect, which the lexicon does not know as verbs: after a reduced
    /// relative's date they are the sentence's verb ("Figures released by the ministry on Friday show", "Analysts polled
    /// last week expect").
    static let evidencePresents = KeySet(words: ["show", "shows", "suggest", "suggests", "indicate", "indicates", "expect",
                                                    "expects", "reveal", "reveals", "confirm", "confirms", "predict", "predicts",
                                                    "see", "sees", "point", "points", "put", "puts", "estimate", "estimates",
                                                    "forecast", "forecasts", "project", "projects", "mean", "means"])
    /// Past verbs of a change in an amount ("rose", "fell"): the event of a statistic's date, not the participle that says what
    /// the statistic counts ("Prices paid by consumers in March rose"). (Not "advanced", "retreated", "expanded", said of troops
    /// and companies too: "Rebels trained in Jordan last year advanced on the capital".)
    static let amountChangeVerbs = KeySet(words: ["rose", "fell", "climbed", "declined", "dropped", "increased", "decreased",
                                                     "jumped", "slipped", "edged", "gained", "surged", "plunged", "tumbled",
                                                     "eased", "dipped", "slid", "soared", "grew", "shrank", "rebounded",
                                                     "slumped", "contracted"])

    /// Words that put the event of the noun before them on the date right after them: "The verdict, expected next month",
    /// "Results due on Tuesday".
    static let expectationWords = KeySet(words: ["expected", "due"])
    /// Participles that put an event on a date: "a rally planned for Saturday", "talks scheduled for next week".
    static let schedulingParticiples = KeySet(words: ["scheduled", "planned", "slated", "set", "rescheduled"])

    /// The event noun the scheduling participle `participle` follows (right after it, or before a comma: "The vote, scheduled
    /// for Sunday"), when "for" opens the expression starting at `first` past a place phrase at most ("a service planned at
    /// the university for Saturday"), or before its "of" or "by" phrase ("The launch of the satellite, planned for Thursday"): the
    /// date is when the noun's event takes place. `nil` after an auxiliary ("was planned
    /// for Saturday" dates the planned event too, but has no noun before it) or another word.
    func scheduledNoun(_ participle: Int, first: Int) -> Int? {
        guard participle >= 1, participle < first else { return nil }
        // "The verdict, expected next month", "Results due on Tuesday": "expected" or "due" right before the date, past one
        // preposition at most, puts the noun's event on it as a scheduling participle does.
        let expected = Self.expectationWords.contains(tokens[participle].key)
            && (participle == first - 1 || participle == first - 2 && infos[first - 1].tags.contains(.preposition))
        if !expected {
            guard participle < first - 1, first - participle <= 8, tokens[first - 1].key == K.for_,
                  Self.schedulingParticiples.contains(tokens[participle].key) else { return nil }
            for index in (participle + 1)..<(first - 1) where tokens[index].kind != .word || eventKind(index) != nil { return nil }
        }
        let sentence = tokens[first].sentence
        // "The vote is set for Thursday", "A ruling is expected by June", "The hearing has been scheduled for Monday": the
        // event noun subject of the participle's "be" (its own word only: "the meeting of the Estates was planned for May"
        // shares its date with the planning).
        if let subject = beSubject(before: participle) {
            guard tokens[subject].sentence == sentence else { return nil }
            // (The head before the subject's "on"/"of" phrase: "A vote on the bill is expected next week" (round 118).)
            if let head = phraseHead(ofSubject: subject) { return head }
            // (An -ing noun after its article too: "The sentencing is slated for next month"; so is any event word there,
            // round 118: "The report is due in May", "The review is due next year".)
            return eventKind(subject) == .noun || subject >= 1 && isArticled(subject)
                && (endsInIng(subject) && eventKind(subject) != .finite || eventKind(subject) != nil || isNewsEventNoun(subject))
                ? subject : nil
        }
        let noun = tokens[participle - 1].isPunctuation(",") ? participle - 2 : participle - 1
        guard noun >= 0, tokens[noun].sentence == sentence else { return nil }
        if eventKind(noun) == .noun { return noun }
        // "The launch of the satellite, planned for Thursday", "a visit by the pope scheduled for May": the event noun before
        // an "of" or "by" phrase of four words at most, none of them an event word or an auxiliary (not "the meeting of the
        // Estates was planned for May", whose date the planning shares).
        var index = noun
        while index >= 2, index > noun - 4, tokens[index].kind == .word, eventKind(index) == nil,
              infos[index].tags.isDisjoint(with: Self.reducedRelativeStoppers) {
            index -= 1
            if tokens[index].key == K.of || tokens[index].key == K.by {
                return tokens[index - 1].sentence == sentence && eventKind(index - 1) == .noun ? index - 1 : nil
            }
        }
        return nil
    }

    /// Prepositions of a subject's phrase that tells what its event is about: "A vote on the bill", "The launch of the probe".
    static let subjectPhrasePrepositions = KeySet(words: ["on", "of", "over", "about", "into"])

    /// Whether an article, a determiner or a possessive stands right before `noun` ("The report", "The minister's report"),
    /// or an article or a determiner before one plain noun that modifies it ("The inquiry report").
    func isArticled(_ noun: Int) -> Bool {
        guard noun >= 1 else { return false }
        if isDeterminer(noun - 1) || noun >= 3 && isPossessiveS(noun - 1) { return true }
        return noun >= 2 && tokens[noun - 1].kind == .word && isPlainNoun(noun - 1) && eventKind(noun - 1) == nil
            && tokens[noun - 2].sentence == tokens[noun].sentence && !infos[noun - 2].tags.isDisjoint(with: [.the, .determiner])
    }

    /// Whether the word at `index` opens a noun phrase as an article, a determiner or a possessive does ("the", "a",
    /// "this", "its", "their").
    func isDeterminer(_ index: Int) -> Bool {
        !infos[index].tags.isDisjoint(with: [.the, .determiner]) || Recognizer.possessiveDeterminers.contains(tokens[index].key)
    }

    /// The event word heading a scheduled subject before its phrase (``subjectPhrasePrepositions``) that ends at `subject`,
    /// four words at most, none of them a verb or an auxiliary: "A vote on the bill is expected next week", "A decision on
    /// the merger is expected by June" (the decision, not the merger). The head follows an article or a determiner.
    func phraseHead(ofSubject subject: Int) -> Int? {
        let sentence = tokens[subject].sentence
        var index = subject
        while index >= 2, index > subject - 5, tokens[index].kind == .word, tokens[index].sentence == sentence {
            if index < subject, Self.subjectPhrasePrepositions.contains(tokens[index].key) {
                let head = index - 1
                return tokens[head].sentence == sentence && tokens[head].kind == .word && isArticled(head)
                    && (eventKind(head) != nil || isNewsEventNoun(head)) ? head : nil
            }
            guard eventKind(index).map({ $0 == .noun }) ?? true,
                  infos[index].tags.isDisjoint(with: Self.reducedRelativeStoppers.union([.preposition, .and])) else { return nil }
            index -= 1
        }
        return nil
    }

    /// The word before the present or future "be" ("is", "are", "has been", "will be" …) right before `participle`: the
    /// participle's subject when it is a noun ("The vote is set for", "A verdict has been scheduled for"). `nil` when no such
    /// "be" stands there, the contracted "'s", or a past one: "the accession was planned for early March" reports the plan,
    /// which TimeML (and AQUAINT) dates.
    func beSubject(before participle: Int) -> Int? {
        var index = participle - 1
        guard index >= 1, tokens[index].kind == .word, infos[index].tags.contains(.beAux), !infos[index].tags.contains(.pastAux),
              tokens[index].key != K.s, tokens[index].key != K.being else { return nil }
        if tokens[index].key == K.be || tokens[index].key == K.been {
            index -= 1
            guard index >= 1, !infos[index].tags.isDisjoint(with: [.presentAux, .modal, .future]),
                  !infos[index].tags.contains(.pastAux) else { return nil }
        }
        return tokens[index - 1].kind == .word ? eventWordStart(index - 1) : nil  // ("The hand-over is set for", round 139.)
    }

    /// Tags of words that cannot stand between a reduced relative's participle and its date.
    static let reducedRelativeStoppers: WordInfo.Tags = [.pastAux, .presentAux, .beAux, .modal, .future, .pronounSubject,
                                                         .clauseBreak]

    /// The best event word of the first main clause after the clause ending at `end`, when that clause opens its sentence:
    /// subordinate clauses on the way are skipped, and their event is returned only when no main clause has one.
    private func mainClauseEvent(after end: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[first].sentence
        guard isFronted(first) else { return nil }
        var fallback: Int?
        var afterIngAside = false
        // 1 right after an event-noun subject set off by commas, 2 past an aside after it.
        var subjectSkipped = 0
        var index = end + 1
        while index < tokens.count, index <= last + Self.window, tokens[index].sentence == sentence {
            let clauseEnd = clauseEnd(index, limit: last + Self.window)
            var opener = index
            while opener < clauseEnd, tokens[opener].kind != .word { opener += 1 }
            var found = best(in: index...clauseEnd, first: first, last: last)
            // "On Friday, the talks, lasting hours, ended without agreement", "Last week, the talks, held in Vienna, stalled": an
            // event noun subject set off by commas right after the fronted date is kept as a last resort, and so is a participle
            // aside right after it; the main verb past them is the date's event (a past verb opening its clause too: "Last month,
            // the summit, the first in a decade, opened in Lima").
            if fallback == nil, index == end + 1, let noun = found, isSetOffNounSubject(noun, opener: opener, clauseEnd: clauseEnd) {
                fallback = noun
                subjectSkipped = 1
                index = clauseEnd + 1
                continue
            }
            if subjectSkipped == 1, let participle = found, participle == opener, eventKind(participle) == .finite,
               endsInEd(participle) || infos[participle].tags.contains(.pastVerb), clauseEnd + 2 < tokens.count,
               tokens[clauseEnd + 1].isPunctuation(","), tokens[clauseEnd + 2].sentence == sentence {
                subjectSkipped = 2
                index = clauseEnd + 1
                continue
            }
            var intended = false
            // "Last week, a coalition led by France proposed …": past a reduced relative to the verb after it in the clause.
            // "On Monday, Apple is expected to report its results": a present or passive verb of intention yields to its
            // infinitive (not an active past one: "Last April, the backers planned to acquire a stake" dates the plan; nor after
            // "By DATE", the end point of the readiness: "By 28 March, troops were poised to attack").
            if let intent = found, infos[intent].tags.contains(.intends), intent + 2 <= clauseEnd, tokens[intent + 1].key == K.to,
               first == 0 || tokens[first - 1].key != K.by,
               !(endsInEd(intent) || infos[intent].tags.contains(.pastVerb)) || infos[intent - 1].tags.contains(.beAux),
               isInfinitive(intent + 2) {
                found = intent + 2
                intended = true
            }
            // "Last week, officials speaking on condition of anonymity said …": so does an -ing participle right after its
            // plural noun; the verb after either is kept when it reports (no quotation before it: "witnesses reached by
            // telephone said").
            var modified = false
            if let reduced = found, isReducedRelative(reduced) || isIngModifier(reduced), reduced + 2 <= clauseEnd,
               let later = best(in: (reduced + 2)...clauseEnd, first: first, last: last),
               eventKind(later) == .finite || eventKind(later) == .reporting {
                modified = true
                found = later
            }
            // "Last week, FBI Director Louis Freeh, on an official visit to Mexico, asked": a prepositional aside whose only
            // event is a noun (or a word after "the": "at the start of trading"; or an infinitive: "in a bid to cut costs") is
            // skipped like a subordinate clause.
            let aside = tokens[opener].kind == .word && infos[opener].tags.contains(.preposition)
                && !infos[opener].tags.contains(.clauseBreak)
                && found.map({ isAsideEvent($0) || ($0 > opener && infos[$0 - 1].tags.contains(.the)) }) == true
            // "Last week, the rebels, citing security concerns, withdrew from the talks": after an -ing aside set off by commas,
            // a past verb before its preposition is the main verb, no participle ("chaired by").
            let subordinate = Clauses.opensSubordinate(opener, tokens: tokens, infos: infos, scalars: scalars)
                && !((afterIngAside || subjectSkipped == 2) && !endsInIng(opener) && found == opener && eventKind(opener) == .finite)
            afterIngAside = subordinate && endsInIng(opener) && opener >= 1 && tokens[opener - 1].isPunctuation(",")
            if aside || subordinate || found.map(isReducedRelative) == true {
                if fallback == nil { fallback = found }
            } else if let found {
                // "… a day,'' said the spokesman": a reporting verb after a quotation is left to the usual search (not the
                // infinitive of a verb of intention: "On Tuesday, Apple is expected to report its results").
                return eventKind(found) == .reporting && fallback == nil && !intended && !modified ? nil : found
            }
            if subjectSkipped == 1 { subjectSkipped = 2 }
            index = clauseEnd + 1
        }
        return fallback
    }

    /// Whether the event noun at `noun` is the whole event of a subject set off by commas, the clause `opener...clauseEnd`
    /// right after a fronted date: a lower-case noun phrase opening with the noun or an article ("On Friday, the talks,
    /// lasting hours, ended"), with no other event word, before a comma that the sentence goes on past.
    private func isSetOffNounSubject(_ noun: Int, opener: Int, clauseEnd: Int) -> Bool {
        guard eventKind(noun) == .noun, !tokens[noun].capitalized, clauseEnd + 2 < tokens.count,
              tokens[clauseEnd + 1].isPunctuation(","), tokens[clauseEnd + 2].sentence == tokens[noun].sentence,
              noun == opener || infos[opener].tags.contains(.the) || infos[opener].tags.contains(.determiner) else { return false }
        for index in opener...clauseEnd where index != noun {
            guard tokens[index].kind == .word, eventKind(index) == nil, !infos[index].tags.contains(.preposition) else { return false }
        }
        return true
    }

    /// Whether the event word at `index` may stand in a prepositional aside set off by commas after a fronted date: a noun
    /// (a word after an article: "in a bid"), or an infinitive after "to" ("In 1998, the company, in an effort to cut costs,
    /// closed three plants", "On Tuesday, a man, on his way to work, was shot").
    func isAsideEvent(_ index: Int) -> Bool {
        guard let kind = eventKind(index) else { return false }
        return kind == .noun || kind != .reporting && index >= 1
            && (tokens[index - 1].key == K.to || !infos[index - 1].tags.isDisjoint(with: [.the, .determiner]))
    }

    /// Whether the -ing word at `index` modifies the plural noun right before it, with no auxiliary or comma between
    /// ("officials speaking on condition of anonymity", "residents living near the plant"): a reduced relative, no main verb.
    private func isIngModifier(_ index: Int) -> Bool {
        guard index >= 1, endsInIng(index), eventKind(index) != .noun else { return false }
        let before = tokens[index - 1]
        let end = Int(before.end)
        return before.kind == .word && eventKind(index - 1) == nil && before.length >= 4
            && scalars[end - 1] == "s" && scalars[end - 2] != "s"
            && infos[index - 1].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux, .pronounSubject,
                                                       .preposition, .the, .determiner, .and, .clauseBreak])
    }

    /// Whether the expression starting at token `first` opens its sentence's first clause, with only prepositions,
    /// determiners, numbers and time words before it ("At 18:00 GMT on", "Late on", "But on"); not past a window back (a run-on
    /// "sentence" stays linear).
    func isFronted(_ first: Int) -> Bool {
        guard let start = tokens.sentenceStart(of: first, within: Self.window), clauses[start] == clauses[first] else { return false }
        for index in start..<first where tokens[index].kind == .word {
            let info = infos[index]
            // (A "But" that opens the sentence too: "But on April 8, investigators, wondering how …, searched".)
            guard info.isTimeWord || !info.tags.isDisjoint(with: [.preposition, .determiner, .timeSuffix, .early, .late, .and])
                || (index == start && tokens[index].key == K.but)
            else { return false }
        }
        return true
    }

    /// Whether the verb at `index` is a participle before "by" right after a noun or a comma, with no auxiliary: a
    /// reduced relative clause ("a group led by three directors, … indicated", "a group of lenders, led by Bank of
    /// America, has extended"), no main verb.
    private func isReducedRelative(_ index: Int) -> Bool {
        guard index >= 1, index + 1 < tokens.count, tokens[index + 1].key == K.by, eventKind(index) == .finite else { return false }
        let before = index - 1
        if tokens[before].isPunctuation(",") { return true }
        return tokens[before].kind == .word && !tokens[before].capitalized && eventKind(before) == nil
            && infos[before].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux, .pronounSubject, .preposition])
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
    func predicate(afterBe be: Int, upper: Int, first: Int, last: Int) -> Int? {
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
}
