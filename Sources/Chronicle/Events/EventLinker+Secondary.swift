/// The events an expression dates besides its trigger: coordinated words, aspectual complements, event-noun
/// objects, "when" clauses, relative clauses and the predicates of setting phrases, with the grammar they need.
extension EventLinker {
    /// The events an expression dates besides its trigger `primary`, in text order: words coordinated with the
    /// trigger by "and" / "or" ("killed three soldiers and wounded six", "gains or losses"), the verb an
    /// aspectual verb governs ("began delving", "began to arrive", "will start producing"), a verb and the
    /// event noun it takes as object ("staged a coup", "completed the purchase"), the verb of a "when"
    /// clause right after the trigger's ("was killed Thursday when robbers opened fire"), and an event noun
    /// and the verb of its relative clause ("the bombing that killed one person"), and the predicate a trigger noun's
    /// prepositional phrase belongs to ("fell in heavy trading Friday", "In heavy trading Friday, shares fell"), an infinitive
    /// of purpose right after "DATE to" ("travel on March 12 to submit"), the event noun of a setting phrase right after the
    /// date ("join NATO on March 12 in a ceremony", with its participle: "a ceremony held in"), a participial clause after a
    /// comma ("headed Tuesday to Cairo, seeking"), the relative clause past an event noun's "of" phrase ("the bombing of Pan
    /// Am Flight 103 that killed 270") and a verb of finding before the date ("was last seen on Monday leaving a bar"), the main
    /// verb of a "when" clause the trigger opens ("was killed when a bomb exploded on Sunday") and the verb of a "when" clause
    /// the date opens ("a poster from 1989 when Solidarity won"), a participle right after the date ("issued a statement Friday
    /// saying"), a gapped conjunct ("were killed and 12 others injured").
    /// At most ``secondaryLimit``; looked for within the trigger's clause and a following clause that opens
    /// with "and" / "or" (", and wounded six").
    func secondaryTriggers(primary: Int, first: Int, last: Int) -> [Int] {
        let tokens = InlineTokens(self.tokens)  // (its getter inlined)
        let infos = InlineInfos(self.infos)  // (its getter inlined too)
        // The noun an attributive date modifies is an event noun there, known to the lexicon or not ("Friday's focus").
        guard let kind = eventKind(primary) ?? (primary == attributiveHeadIfAny(first: first, last: last) ? .noun : nil) else {
            return []
        }
        var found: [Int] = []
        func add(_ index: Int) {
            if index != primary, index < first || index > last, !found.contains(index), found.count < Self.secondaryLimit {
                if found.isEmpty { found.reserveCapacity(Self.secondaryLimit) }  // one allocation, not one per doubling
                found.append(index)
            }
        }
        // Aspectual verb and its complement: "began delving", "began to arrive", "start producing".
        if kind != .noun {
            if Self.aspectual.contains(tokens[primary].key), let complement = complement(of: primary) { add(complement) }
            if primary >= 2, tokens[primary - 1].key == K.to, Self.aspectual.contains(tokens[primary - 2].key) { add(primary - 2) }
            if primary >= 1, Self.aspectual.contains(tokens[primary - 1].key), endsInIng(primary) { add(primary - 1) }
        }
        // "help" and the bare verb it governs happen together: "NATO warplanes helped end the war in Bosnia four years ago",
        // "the agreements could help slash costs by the end of 1990" (either may be the trigger).
        if kind != .noun {
            if Self.helpVerbs.contains(tokens[primary].key), let helped = helpedVerb(after: primary) { add(helped) }
            if primary >= 1, Self.helpVerbs.contains(tokens[primary - 1].key), let help = eventKind(primary - 1), help != .noun {
                add(primary - 1)
            }
        }
        // An intransitive aspectual verb's subject is the event that begins or goes on: "bankruptcy proceedings began
        // Tuesday", "expect the disappointing trend to continue into the fourth quarter", "Construction is set to begin".
        if kind != .noun, Self.aspectual.contains(tokens[primary].key), let subject = aspectualSubject(of: primary, first: first) {
            add(subject)
        }
        // "In the years that followed, the rebels waged war": the verb of the expression's own relative clause is an event
        // of that time too.
        if last + 2 < tokens.count, primary != last + 2, Self.relatives.contains(tokens[last + 1].key), infos[last].unit != nil,
           first >= 1, infos[first].tags.contains(.the) || infos[first - 1].tags.contains(.the),
           tokens[last + 2].sentence == tokens[last].sentence, eventKind(last + 2) == .finite {
            add(last + 2)
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
        // (Not a noun a scheduling participle dates: "Police blocked a march planned for Sunday", "called off a walkout
        // scheduled for Monday" tell what was done before that day.)
        if kind == .noun, primary + 1 >= tokens.count || !Self.schedulingParticiples.contains(tokens[primary + 1].key),
           let verb = verbOfObject(primary, first: first, last: last) { add(verb) }
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
        // ... past the noun's "of" / "on" phrase when the relative verb is one whose subject is an event: "the 1988 bombing
        // of Pan Am Flight 103 that killed 270 people", "the attack on a village in the north that left 20 dead" (not "the
        // sale of the unit that makes chips").
        if kind == .noun, let verb = relativeVerb(pastPhraseOf: primary) { add(verb) }
        if kind == .finite, primary >= 4, Self.relatives.contains(tokens[primary - 1].key),
           Self.eventSubjectVerbs.contains(tokens[primary].key) {
            var noun = primary - 3
            while noun >= 0, noun >= primary - 18, tokens[noun].sentence == tokens[primary].sentence,
                  tokens[noun].kind != .punctuation || (tokens[noun].isPunctuation(".") && !tokens[noun].spaceBefore) {
                if eventKind(noun) != nil {
                    if eventKind(noun) == .noun, relativeVerb(pastPhraseOf: noun) == primary { add(noun) }
                    break
                }
                noun -= 1
            }
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
        // join"): the first verb of what it reports, which the report places at that time; further past the verb's object
        // or a setting or object noun that is the trigger when "that" follows the date ("told the court on Tuesday that the
        // defendant had fled", "said in a statement on Monday that it had arrested", "told a news conference on Friday that"). Not the main verb after a relative clause the
        // report closes ("the reforms that the government announced on Monday drew criticism").
        let thatFollows = last + 1 < tokens.count && tokens[last + 1].key == K.that
        let reporter = kind == .reporting ? primary
            : kind == .noun && thatFollows ? (predicate(ofSetting: primary) ?? verbOfObject(primary, first: first, last: last))
                .flatMap({ eventKind($0) == .reporting ? $0 : nil }) : nil
        if let reporter, reporter < first, first - reporter <= 3 || (first - reporter <= 6 && thatFollows),
           let reported = reportedVerb(after: last),
           relativeVerb(holding: first, last: last, main: reported) != reporter {
            add(reported)
        }
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
        if kind != .noun, let setting = settingNoun(after: primary, first: first, last: last) {
            add(setting)
            // ... and the participle that modifies it: "formally joined NATO at a ceremony held in the city of Independence".
            if let participle = participle(after: setting) { add(participle) }
        }
        // ... and of one right after the date the trigger verb governs: "will join NATO on March 12 in a ceremony", "was
        // wounded earlier this year in the bombing of a clinic".
        if kind != .noun, primary < first,
           let setting = settingNoun(governedBy: last + 1, sentence: tokens[first].sentence, limit: last + 6, first: first, last: last) {
            add(setting)
            if let participle = participle(after: setting) { add(participle) }
        }
        // ... and of a prepositional aside set off by commas between a fronted date and the main verb that is the trigger:
        // "Last week, at a meeting in Vienna, the ministers approved the plan", "On Monday, the minister, on a visit to
        // Paris, signed the accord".
        if kind != .noun, primary > last, let setting = asideSettingNoun(before: primary, first: first, last: last) {
            add(setting)
        }
        // An infinitive of purpose right after the date the trigger verb governs: "will travel to Washington on March 12 to
        // submit the document", "sought clearance last week to purchase shares" (not "to" + -ing: "paid tribute Tuesday to
        // bombing victims").
        if kind != .noun, primary < first, purposeHost(first: first, last: last) == primary { add(last + 2) }
        // ... and the participle right after the date that follows the trigger verb and its object: "issued a statement
        // Friday saying", "launched an offensive last week seeking to retake" (the object the trigger).
        if primary < first, let host = participleHost(first: first, last: last),
           host == primary || (kind == .noun && eventObject(of: host) == primary) {
            add(last + 1)
        }
        // A participial clause set off by a comma right after the trigger verb's clause, or the verb of the clause before
        // the participle that is the trigger: "headed Tuesday to East Africa, seeking to demonstrate support", "called on
        // Monday for an inquiry, vowing to act", "sought to soften his words, saying on Friday that".
        if kind != .noun, let other = participialPartner(of: primary, first: first, last: last) { add(other) }
        // A verb of finding and its participle complement, the date between them or not: "was found abandoned at the airport
        // in December", "was discovered April 8 buried a foot below the ground", "was found clinging to an inner tube".
        if kind != .noun, Self.findingVerbs.contains(tokens[primary].key) {
            if isFindingComplement(primary + 1) { add(primary + 1) }
            if primary < first, last + 1 < tokens.count, isFindingComplement(last + 1, verb: primary) { add(last + 1) }
        }
        if kind != .noun, isFindingComplement(primary) { add(primary - 1) }
        // ... and the participle that is the trigger right after the date, with the verb of finding before the date: "was
        // last seen on Monday leaving a bar".
        if kind != .noun, primary == last + 1, first >= 1, endsInIng(primary) || endsInEd(primary) {
            var verb = first - 1
            if verb >= 1, infos[verb].tags.contains(.preposition) { verb -= 1 }
            if isFindingComplement(primary, verb: verb) { add(verb) }
        }
        // A clause of simultaneity right after the trigger's clause: "was killed Thursday evening when two robbers
        // opened fire", "was shot as he stood in his kitchen".
        if kind != .noun, let verb = simultaneousVerb(after: primary, first: first, last: last) { add(verb) }
        // ... the verb of a "when" clause the date itself opens: "a campaign poster from 1989 when Solidarity won".
        if let verb = whenClauseVerb(after: first, last: last) { add(verb) }
        // ... and the main clause's verb when the trigger is the "when" clause's: "a soldier was killed when a roadside bomb
        // exploded on Sunday".
        if kind != .noun, kind != .reporting, let verb = mainVerb(ofSimultaneous: primary, first: first, last: last) { add(verb) }
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
        // A verb of taking part whose object is the noun an attributive date modifies happens then too: "boycotted Sunday's
        // vote", "will attend next week's summit", "issued Thursday's ruling" (not "welcomed Monday's announcement", a
        // reaction that may come later).
        if kind == .noun, first >= 1, primary == attributiveHeadIfAny(first: first, last: last) {
            let verb = first >= 2 && infos[first - 1].tags.contains(.the) ? first - 2 : first - 1
            if tokens[verb].kind == .word, tokens[verb].sentence == tokens[first].sentence, Self.participationVerbs.contains(tokens[verb].key) {
                add(verb)
            }
        }
        // A gapped conjunct with a subject of its own and no auxiliary: "were killed and 12 others injured".
        if kind != .noun, let other = gappedPartner(of: primary) { add(other) }
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
            if let other = gappedPartner(of: verb) { add(other) }
        }
        found.sort()  // in place: `sorted()` allocated a second array for every event with one
        return found
    }

    /// The events coordinated with `word` (of kind `kind`) after it: "P … and Q", Q of P's kind right after the
    /// conjunction, within P's clause or a following one that opens with "and" / "or"; stops at another predicate.
    private func forwardConjuncts(of word: Int, kind: EventKind, first: Int, last: Int, add: (Int) -> Void) {
        let sentence = tokens[word].sentence
        let end = min(tokens.count - 1, word + Self.window)
        var index = word + 1
        var clause = clauses[word]
        var comma = false
        while index <= end, tokens[index].sentence == sentence {
            if clauses[index] != clause {
                // A comma before "and" / "or" keeps the coordination going (", and wounded six").
                guard isConjunction(index) || (tokens[index].kind == .punctuation && index + 1 <= end && isConjunction(index + 1)) else { break }
                clause = clauses[index]
                comma = comma || tokens[index].kind == .punctuation
            }
            if isConjunction(index), let conjunct = conjunct(after: index, primary: word), sameKind(eventKind(conjunct), kind) {
                // "boycott the vote, originally scheduled to begin on April 22, and called for protests": an infinitive set off
                // by commas is no conjunct of the past verb after ", and" (the sentence's verb is).
                if comma, word > 0, tokens[word - 1].key == K.to, endsInEd(conjunct) || infos[conjunct].tags.contains(.pastVerb) { break }
                // "would respect the ceasefire, first agreed in November, and said": nor is a participle set off after an object.
                if comma, isSetOffParticiple(word) { break }
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

    /// Whether the past form `word` is a participle set off by a comma (past an adverb) after the object of a verb, no
    /// clause's verb: "would respect the ceasefire, first agreed in November, and said", "backed the plan, drafted by
    /// France, and called". Not after a relative clause, whose comma may close a subject ("The government, which signed the
    /// accord, first agreed in November, and said").
    func isSetOffParticiple(_ word: Int) -> Bool {
        guard endsInEd(word) || infos[word].tags.contains(.pastVerb), word >= 3 else { return false }
        var comma = word - 1
        if tokens[comma].kind == .word, Self.participleAdverbs.contains(tokens[comma].key) || endsInLy(comma) { comma -= 1 }
        guard tokens[comma].isPunctuation(","), tokens[comma - 1].kind == .word, !tokens[comma - 1].capitalized,
              isPlainNoun(comma - 1) else { return false }
        let sentence = tokens[word].sentence
        var index = comma - 2
        var verb = false
        while index >= 0, index >= comma - 16, tokens[index].sentence == sentence, !tokens[index].isPunctuation(",") {
            if Self.opensRelative(tokens[index].key) { return false }
            if let kind = eventKind(index), kind == .finite || kind == .reporting { verb = true }
            index -= 1
        }
        return verb
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
    func predicate(ofPeriodEnded ended: Int, last: Int) -> Int? {
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
                if token.mayOpenQuotation || token.isPunctuation(";") || token.isPunctuation(":") || token.isPunctuation("(") { break }
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
    func predicate(ofSetting noun: Int) -> Int? {
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

    /// The verb an infinitive of purpose right after the expression `first...last` follows: "resigned as chairman last year
    /// to seek a seat", "will travel to Washington on March 12 to submit the document" — a finite content verb at most
    /// eight words before the expression with no punctuation or other verb between (a role or object phrase may open a
    /// clause of its own: "as chairman"), the word after "DATE to" an infinitive.
    func purposeHost(first: Int, last: Int) -> Int? {
        guard last + 2 < tokens.count, tokens[last + 1].key == K.to, tokens[last + 2].sentence == tokens[first].sentence,
              isInfinitive(last + 2) else { return nil }
        var index = first - 1
        var subject = false
        while index >= 0, index >= first - 8, tokens[index].sentence == tokens[first].sentence,
              tokens[index].kind != .punctuation || tokens[index].isPunctuation(".") {
            // "sought U.S. antitrust clearance last week to purchase": past the verb's object; but "expects revenue in the
            // latest quarter to total": the words after a verb of intention are the infinitive's subject.
            if let kind = eventKind(index), kind != .noun {
                return kind == .finite && !(subject && infos[index].tags.contains(.intends)) ? index : nil
            }
            if tokens[index].kind == .word, !infos[index].tags.contains(.preposition) { subject = true }
            if infos[index].tags.contains(.clauseBreak), tokens[index].key != K.as_ { return nil }
            index -= 1
        }
        return nil
    }

    /// The verb a participle right after the expression `first...last` follows with its object: "issued a joint statement
    /// Friday saying", "filed a brief in federal court on Monday arguing" — a finite content or reporting verb at most ten
    /// words before the expression, its object right after it (not a preposition: "spoke on Monday urging calm" keeps the
    /// participle), with no mark or other verb between; not a verb of finding ("was last seen on Monday leaving a bar") nor
    /// a linking participle ("… on Friday including two others").
    func participleHost(first: Int, last: Int) -> Int? {
        let participle = last + 1
        guard participle < tokens.count, tokens[participle].sentence == tokens[first].sentence, endsInIng(participle),
              let kind = eventKind(participle), kind == .nonFinite || kind == .reporting,
              !Self.linkingParticiples.contains(tokens[participle].key) else { return nil }
        var index = first - 1
        while index >= 0, index >= first - 10, tokens[index].sentence == tokens[first].sentence,
              tokens[index].kind != .punctuation || (tokens[index].isPunctuation(".") && !tokens[index].spaceBefore) {
            if let verb = eventKind(index), verb != .noun {
                guard verb == .finite || verb == .reporting, !Self.findingVerbs.contains(tokens[index].key),
                      index + 1 < first, tokens[index + 1].kind == .word, !infos[index + 1].tags.contains(.preposition),
                      !infos[index + 1].tags.contains(.clauseBreak), !Self.particles.contains(tokens[index + 1].key)
                else { return nil }
                return index
            }
            if infos[index].tags.contains(.clauseBreak) { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the event word at `index`, right after "to", is an infinitive: a verb not in -ing ("to submit"), or a word
    /// the lexicon knows as an event noun followed by its object or a preposition ("to purchase more than", "to close at
    /// $20", "to vote on the bailout"), not a noun ("to charges it", "to bombing victims").
    func isInfinitive(_ index: Int) -> Bool {
        guard let kind = eventKind(index), !endsInIng(index) else { return false }
        if kind != .noun { return true }
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[index].sentence else { return false }
        let next = tokens[index + 1]
        if next.kind == .number || next.isPunctuation("$") || isPlainNoun(index + 1) { return true }
        return next.kind == .word && next.key != K.of && eventKind(index + 1) == nil
            && (!infos[index + 1].tags.isDisjoint(with: [.determiner, .the, .moreThan, .preposition]) || Self.particles.contains(next.key))
    }

    /// -ing words after a comma that open no participial clause of an event: "…, including", "…, according to".
    static let linkingParticiples = KeySet(words: ["including", "according", "following", "excluding", "beginning", "starting",
                                                      "ending", "regarding", "concerning", "compared", "leaving", "bringing",
                                                      "making", "putting", "raising", "lowering", "taking"])

    /// The event a participial clause set off by a comma shares its time with: for a finite trigger `verb`, the -ing verb
    /// opening the clause right after its own ("headed Tuesday to East Africa, seeking to demonstrate"); for a trigger that
    /// is such an -ing verb, the nearest finite verb before the comma, past its objects ("sought to soften the words,
    /// saying on Friday"). Not a linking word ("…, including", "…, according to") or a result ("…, leaving 20 dead").
    private func participialPartner(of verb: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[verb].sentence
        if endsInIng(verb), verb >= 2, tokens[verb - 1].isPunctuation(","), !Self.linkingParticiples.contains(tokens[verb].key) {
            var back = verb - 2
            while back >= 0, back >= verb - 14, tokens[back].sentence == sentence {
                if tokens[back].kind == .punctuation, !tokens[back].isPunctuation(",") || back < verb - 2 { return nil }
                if back < first || back > last, eventKind(back) == .finite { return back }
                back -= 1
            }
            return nil
        }
        guard eventKind(verb) == .finite else { return nil }
        let comma = clauseEnd(verb, limit: verb + Self.window / 2) + 1
        guard comma > last, comma + 1 < tokens.count, tokens[comma].isPunctuation(","), tokens[comma + 1].sentence == sentence,
              endsInIng(comma + 1), eventKind(comma + 1) == .nonFinite, !Self.linkingParticiples.contains(tokens[comma + 1].key)
        else { return nil }
        return comma + 1
    }

    /// Verbs of finding, whose participle complement tells the state the thing was found in: "found abandoned".
    static let findingVerbs = KeySet(words: ["found", "discovered", "seen", "spotted", "sighted", "caught"])

    /// Whether the word at `index` is an -ed or -ing event word that complements the verb of finding `verb` (by default
    /// the word right before it): "found abandoned", "discovered April 8 buried" (past the date only and a preposition
    /// before it).
    func isFindingComplement(_ index: Int, verb: Int? = nil) -> Bool {
        let verb = verb ?? index - 1
        guard verb >= 0, index < tokens.count, verb < index, tokens[index].sentence == tokens[verb].sentence,
              Self.findingVerbs.contains(tokens[verb].key), endsInEd(index) || endsInIng(index),
              let kind = eventKind(index), kind != .noun, kind != .reporting else { return false }
        if verb + 1 == index { return true }
        // The date between them: "discovered April 8 buried", "found in April buried".
        var between = verb + 1
        if infos[between].tags.contains(.preposition) { between += 1 }
        while between < index {
            guard tokens[between].kind == .number || infos[between].isTimeWord || tokens[between].isPunctuation(".") else { return false }
            between += 1
        }
        return true
    }

    /// At most this many secondary triggers per expression.
    static let secondaryLimit = 4
    /// Verbs of beginning, continuing and ending, which share their time with the verb they govern.
    static let aspectual = KeySet(words: ["began", "begin", "begins", "beginning", "begun", "start", "starts", "started",
                                             "starting", "continue", "continues", "continued", "continuing", "resume",
                                             "resumes", "resumed", "stop", "stops", "stopped", "finish", "finished",
                                             "ceased", "kept", "keep"])

    /// The first verb of a "when" clause (or "as" + subject pronoun, or ", with" + subject + -ing verb) that follows the
    /// verb's own clause, with no other verb in between: the two events happen at the same time. The marks inside the
    /// expression `first...last` and a hyphen inside a word do not end the clause ("shot on the night of Oct. 23 as he
    /// stood", "working at a pro-democracy newspaper in 2011 when the uprising began").
    private func simultaneousVerb(after verb: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var index = verb + 1
        let limit = min(tokens.count - 1, verb + Self.window / 2)
        while index <= limit, tokens[index].sentence == sentence {
            let key = tokens[index].key
            if key == K.when || (key == K.as_ && index + 1 <= limit && infos[index + 1].tags.contains(.pronounSubject)) {
                return clauseVerb(after: index, limit: limit)
            }
            // "was rescued Nov. 25 while clinging to an inner tube", "died Sunday while climbing": a "while" participle tells
            // what went on then (not "while" with a clause of its own, often a contrast: "while profits fell").
            if key == K.while_ {
                return index + 1 <= limit && tokens[index + 1].sentence == sentence && endsInIng(index + 1)
                    && eventKind(index + 1) == .nonFinite ? index + 1 : nil
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
            if tokens[index].kind == .punctuation, !tokens[index].isPunctuation(","), index < first || index > last, !isWordHyphen(index) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether the token at `index` is a hyphen inside a word ("pro-democracy", "would-be").
    private func isWordHyphen(_ index: Int) -> Bool {
        tokens[index].isPunctuation("-") && !tokens[index].spaceBefore && index + 1 < tokens.count && !tokens[index + 1].spaceBefore
    }

    /// The first verb of the clause a conjunction at `conjunction` opens, within eight words and `limit`, past no mark.
    private func clauseVerb(after conjunction: Int, limit: Int) -> Int? {
        let sentence = tokens[conjunction].sentence
        var next = conjunction + 1
        while next <= min(limit, conjunction + 8), tokens[next].sentence == sentence {
            if let kind = eventKind(next), kind != .noun { return next }
            if tokens[next].kind == .punctuation, !isWordHyphen(next) { return nil }
            next += 1
        }
        return nil
    }

    /// The verb of a "when" clause that the expression `first...last` opens, right after it or after a comma: "a campaign
    /// poster from 1989 when Solidarity won", "until early 2014, when each bank will adopt the name" — the clause tells
    /// what happened at that time.
    private func whenClauseVerb(after first: Int, last: Int) -> Int? {
        var index = last + 1
        if index < tokens.count, tokens[index].isPunctuation(",") { index += 1 }
        guard index < tokens.count, tokens[index].sentence == tokens[last].sentence, tokens[index].key == K.when else { return nil }
        return clauseVerb(after: index, limit: min(tokens.count - 1, index + 8))
    }

    /// The verb of the main clause a "when" clause (or "as" + subject pronoun) holding the trigger `verb` follows: "a
    /// soldier was killed when a roadside bomb exploded on Sunday", "the mayor was stabbed as he left a concert on
    /// Friday" — the verb before the conjunction whose simultaneous verb is the trigger.
    private func mainVerb(ofSimultaneous verb: Int, first: Int, last: Int) -> Int? {
        let sentence = tokens[verb].sentence
        var index = verb - 1
        var conjunction: Int?
        // The conjunction by its key first (most triggers have none before them), then the words between.
        while index >= 1, index >= verb - 8, tokens[index].sentence == sentence {
            let key = tokens[index].key
            if key == K.when || (key == K.as_ && infos[index + 1].tags.contains(.pronounSubject)) {
                conjunction = index
                break
            }
            if tokens[index].kind == .punctuation && !isWordHyphen(index) { return nil }
            index -= 1
        }
        guard let conjunction,
              !((conjunction + 1)..<verb).contains(where: { eventKind($0).map({ $0 != .noun }) == true }) else { return nil }
        var back = conjunction - 1
        while back >= 0, back >= conjunction - Self.window / 2, tokens[back].sentence == sentence {
            if back < first || back > last, let kind = eventKind(back), kind != .noun {
                guard kind != .reporting, simultaneousVerb(after: back, first: first, last: last) == verb else { return nil }
                return back
            }
            if tokens[back].kind == .punctuation, !tokens[back].isPunctuation(","), back < first || back > last, !isWordHyphen(back) {
                return nil
            }
            back -= 1
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
            // "said Monday the attack killed four people", "said Friday its profit rose": an event noun after an article or a
            // possessive opens the reported clause's subject.
            if eventKind(index) == .noun, words <= 2, index > last + 1, infos[index - 1].tags.contains(.the)
                || infos[index - 1].tags.contains(.determiner) {
                words += 1
                index += 1
                continue
            }
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
        return settingNoun(governedBy: index, sentence: sentence, limit: verb + 10, first: first, last: last)
    }

    /// The -ed participle right after the noun `noun` that modifies it, before its preposition: "a ceremony held in", "a rally
    /// organized by" (not "a ceremony to mark").
    private func participle(after noun: Int) -> Int? {
        let index = noun + 1
        guard index + 1 < tokens.count, tokens[index + 1].sentence == tokens[noun].sentence, tokens[index].kind == .word,
              endsInEd(index) || infos[index].tags.contains(.pastVerb), infos[index + 1].tags.contains(.preposition),
              let kind = eventKind(index), kind == .finite || kind == .nonFinite else { return nil }
        return index
    }

    /// The event noun of a prepositional aside set off by commas between a time fronted at its sentence's start (tokens
    /// `first...last`) and the main verb `verb`: "Last week, at a meeting in Vienna, the ministers approved", "In July 1997,
    /// at a summit in Madrid, the alliance announced", "Last week, the FBI director, on an official visit to Mexico, asked".
    /// Only commas and a name's periods between; not past another verb.
    private func asideSettingNoun(before verb: Int, first: Int, last: Int) -> Int? {
        guard verb - last <= 16, isFronted(first) else { return nil }
        let sentence = tokens[first].sentence
        var index = last + 1
        while index + 1 < verb {
            let token = tokens[index]
            // (Not a clause: "On Sunday, after talks collapsed, the leaders will try again".)
            if token.isPunctuation(","), tokens[index + 1].kind == .word,
               let noun = settingNoun(governedBy: index + 1, sentence: sentence, limit: verb - 1, first: first, last: last,
                                      on: true) {
                var next = noun + 1
                while next < verb, !tokens[next].isPunctuation(",") {
                    if let kind = eventKind(next), kind != .noun { return nil }
                    next += 1
                }
                return noun
            }
            if token.kind == .punctuation, !token.isPunctuation(","), !(token.isPunctuation(".") && !token.spaceBefore) { return nil }
            if let kind = eventKind(index), kind != .noun { return nil }
            index += 1
        }
        return nil
    }

    /// The event noun governed by the setting preposition at `preposition` (or "on", when `on`: "on a visit to Paris"), past
    /// determiners and modifiers only, up to token `limit` and not in the expression `first...last`: "in clashes", "during a
    /// raid", "at a ceremony".
    private func settingNoun(governedBy preposition: Int, sentence: Int32, limit: Int, first: Int, last: Int, on: Bool = false) -> Int? {
        var index = preposition
        guard index < tokens.count, tokens[index].sentence == sentence, tokens[index].kind == .word,
              Self.settingPrepositions.contains(tokens[index].key) || (on && tokens[index].key == K.on) else { return nil }
        index += 1
        while index < tokens.count, index <= limit, tokens[index].sentence == sentence, index < first || index > last {
            if let kind = eventKind(index) { return kind == .noun ? index : nil }
            // "at a pro-government rally": a hyphenated modifier.
            let hyphen = tokens[index].isPunctuation("-") && !tokens[index].spaceBefore
            guard hyphen || isModifier(index) || isNumberWord(index) else { return nil }
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
    /// Prepositions that open an event noun's phrase before its relative clause: "the bombing of", "the attack on".
    static let phrasePrepositions = KeySet(words: ["of", "on", "against", "at"])
    /// Relative-clause verbs whose subject is an event, not the thing it happened to: "the bombing of a jet that killed".
    static let eventSubjectVerbs = KeySet(words: ["killed", "injured", "wounded", "destroyed", "damaged", "claimed", "left",
                                                     "sparked", "triggered", "prompted", "caused"])

    /// The verb of a relative clause past the "of" / "on" phrase of the event noun `noun`, when that verb takes an event
    /// as subject ("the bombing of Pan Am Flight 103 that killed 270"): names, numbers, modifiers and further place
    /// phrases between them, no punctuation and no other event word.
    func relativeVerb(pastPhraseOf noun: Int) -> Int? {
        let sentence = tokens[noun].sentence
        guard noun + 4 < tokens.count, tokens[noun + 1].kind == .word, Self.phrasePrepositions.contains(tokens[noun + 1].key)
        else { return nil }
        var index = noun + 2
        // An abbreviation's period is no break: "the bombings of U.S. embassies in Kenya and Tanzania last year that killed".
        while index + 1 < tokens.count, index <= noun + 16, tokens[index].sentence == sentence,
              tokens[index].kind != .punctuation || (tokens[index].isPunctuation(".") && !tokens[index].spaceBefore) {
            if Self.relatives.contains(tokens[index].key) {
                let verb = index + 1
                guard index > noun + 2, tokens[verb].sentence == sentence, Self.eventSubjectVerbs.contains(tokens[verb].key)
                else { return nil }
                return verb
            }
            if eventKind(index) != nil { return nil }
            index += 1
        }
        return nil
    }

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
    func isModifier(_ index: Int) -> Bool {
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

    /// Forms of "help", which take a bare verb: "helped end the war".
    static let helpVerbs = KeySet(words: ["help", "helps", "helped", "helping"])
    /// Object pronouns, which stand after "help" where its verb would: "helped them".
    static let objectPronouns = KeySet(words: ["him", "her", "them", "us", "me", "it", "you"])

    /// The bare verb right after a form of "help" at `help`: a verb the lexicon knows, or a lower-case word that is no noun
    /// plural, pronoun, determiner, preposition or time word ("helped end", "help slash"; not "helped farmers", "helped
    /// him", "helped the").
    private func helpedVerb(after help: Int) -> Int? {
        let next = help + 1
        guard next < tokens.count, tokens[next].sentence == tokens[help].sentence, tokens[next].kind == .word,
              !tokens[next].capitalized else { return nil }
        if let kind = eventKind(next) { return kind == .noun ? nil : next }
        let info = infos[next]
        let end = Int(tokens[next].end)
        guard !info.isTimeWord, info.tags.isDisjoint(with: [.determiner, .the, .preposition, .pronounSubject, .clauseBreak, .and]),
              !Self.objectPronouns.contains(tokens[next].key), info.cardinal < 0, !endsInLy(next),
              !(tokens[next].length >= 4 && scalars[end - 1] == "s") else { return nil }
        return next
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

    /// Verbs of taking part in, holding or producing an event, which happen when it does: "attended Sunday's rally".
    static let participationVerbs = KeySet(words: ["attend", "attended", "attends", "attending", "boycott", "boycotted", "boycotting",
                                                      "host", "hosted", "hosts", "hosting", "chair", "chaired", "chairing", "issue",
                                                      "issued", "hold", "held", "holds", "win", "won", "wins", "lose", "lost", "loses",
                                                      "miss", "missed", "skip", "skipped", "lead", "led", "join", "joined", "cover",
                                                      "covered", "watch", "watched", "stage", "staged", "organize", "organized",
                                                      "organise", "organised", "monitor", "monitored", "observe", "observed",
                                                      "contest", "contested", "address", "addressed"])

    /// Words that open the subject of a gapped conjunct: "killed and dozens wounded", "and many others injured".
    static let quantityWords = KeySet(words: ["dozens", "hundreds", "thousands", "scores", "many", "several", "others", "more",
                                                 "some", "another", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                 "ten", "at", "least", "nearly", "about", "almost"])

    /// The other participle of a gapped coordination, where the second conjunct has a subject of its own and no auxiliary:
    /// "seven people were killed and 12 others injured", "killed and dozens wounded" — for the -ed verb before "and", the
    /// participle after a subject of one to four numbers and nouns opening with a number or a quantity; for that
    /// participle, the verb before "and".
    private func gappedPartner(of verb: Int) -> Int? {
        func isParticiple(_ index: Int) -> Bool {
            (endsInEd(index) || infos[index].tags.contains(.pastVerb)) && eventKind(index).map({ $0 == .finite || $0 == .nonFinite }) == true
        }
        // (Cheap checks of the conjunction first: most verbs have none near them.)
        func forward(_ from: Int) -> Int? {
            let sentence = tokens[from].sentence
            guard from + 3 < tokens.count, tokens[from + 1].key == K.and, tokens[from + 2].sentence == sentence,
                  tokens[from + 2].kind == .number || Self.quantityWords.contains(tokens[from + 2].key), isParticiple(from) else { return nil }
            var index = from + 3
            while index < tokens.count, index <= from + 6, tokens[index].sentence == sentence {
                if isParticiple(index) { return index }
                guard tokens[index].kind == .number || (tokens[index].kind == .word && eventKind(index) == nil
                                                           && infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .beAux, .pastAux,
                                                                                                  .presentAux, .modal, .future]))
                else { return nil }
                index += 1
            }
            return nil
        }
        if let other = forward(verb) { return other }
        var index = verb - 2
        while index >= 1, index >= verb - 5, tokens[index].sentence == tokens[verb].sentence {
            if tokens[index].key == K.and { return isParticiple(verb) && forward(index - 1) == verb ? index - 1 : nil }
            index -= 1
        }
        return nil
    }

    /// Verbs go with verbs, nouns with nouns.
    private func sameKind(_ a: EventKind?, _ b: EventKind) -> Bool {
        guard let a else { return false }
        return (a == .noun) == (b == .noun)
    }

    /// What a word after the date loses when a verb opening the next conjunct follows the date ("condemned the bombing of
    /// the U.S. embassies in Kenya and Tanzania on Thursday and called for"): more than any distance in the window costs,
    /// so that an event before the date wins however long the object between them.
    static let nextConjunctPenalty = 0.3 * Double(window) + 3

    /// The best-scoring event word among `range`, the expression being tokens `first...last`.
    func best(in range: ClosedRange<Int>, first: Int, last: Int) -> Int? {
        let (tokens, infos) = (InlineTokens(self.tokens), InlineInfos(self.infos))  // (their getters inlined)
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
        // "said on Wednesday the ceasefire was holding": a noun past an article after the date of a reporting verb is the
        // reported clause's subject, not an event next to the date.
        let thatFollows = last + 1 < tokens.count && tokens[last + 1].key == K.that && tokens[last + 1].sentence == tokens[last].sentence
        let reportedBefore = first >= 1 && (eventKind(first - 1) == .reporting
                                            || (first >= 2 && infos[first - 1].tags.contains(.preposition) && eventKind(first - 2) == .reporting))
        // "The death toll from Friday's earthquake rose": the noun an attributive date modifies after a preposition is that
        // preposition's object, not the subject of the verb after it.
        var lead = first - 1
        if lead >= 1, infos[lead].tags.contains(.the) || infos[lead].tags.contains(.determiner) { lead -= 1 }
        // (An event noun of the lexicon; not before a participle and "by", a reduced relative: "by the Feb. 23 accord signed by
        // the two leaders".)
        let governed = head != nil && lead >= 0 && tokens[lead].kind == .word && infos[lead].tags.contains(.preposition)
            && tokens[lead].sentence == tokens[first].sentence
            && !(head! + 2 < tokens.count && tokens[head! + 2].key == K.by) && eventKind(head!) == .noun
        // "Officials said Thursday's explosion was caused by a gas leak", "The 2010 vote will be rerun": an event noun of the
        // lexicon that a calendar date (a possessive, a year or a day; not a hyphenated period, "third-quarter net income
        // rose", nor a company's figures, "Last year's results were hurt") modifies is the date's event, not the subject of
        // the passive, copula or future after it, which says what caused or became of it. (Not before an active past verb:
        // "The 1998 bombings killed more than 200", what the event did on its date.)
        // (A possessive date names its event before any verb, and the news nouns the lexicon misses too: "Saturday's fire
        // destroyed three homes", "Tuesday's shooting left four dead", "last week's floods displaced thousands".)
        let possessiveDate = head != nil && tokens[last + 1].isApostrophe
        let datedEventNoun = head != nil
            && (infos[head!].tags.contains(.eventNoun) && eventKind(head!) == .noun || possessiveDate && isNewsEventNoun(head!))
            && !Self.operatingHeads.contains(tokens[head!].key) && !Self.changeNouns.contains(tokens[head!].key)
            && !(first..<last).contains { tokens[$0].isPunctuation("-") }
            && !(!possessiveDate && head! + 1 < tokens.count && eventKind(head! + 1) == .finite
                 && (endsInEd(head! + 1) || infos[head! + 1].tags.contains(.pastVerb)))
        let relativeAfterObject = relativeFollowsObject(in: range, first: first, last: last)
        // "The company announced a merger on Wednesday", "will publish its annual report in January" (round 114): the object
        // of an announcing verb, or of a verb after a modal or "to", is what the verb brings out; the date is the verb's.
        let announced = announcedObject(first: first, last: last)
        for index in range where index < first || index > last {
            guard var kind = index == head || index == announced?.noun ? .noun : eventKind(index) else { continue }
            // "Friday's edition of the paper reported", "Monday's issue of the magazine carried": a paper's issue, with a verb
            // past its "of" phrase, is that verb's subject, no candidate (round 125; not "Last month's assembly of bishops
            // ended").
            if index == head, Self.publicationNouns.contains(tokens[index].key), verbFollowsOfPhrase(index) { continue }
            // "plans to release its results in February": the infinitive that brings out the object is the clause's verb, so
            // it scores as one (round 118).
            if index == announced?.verb, kind == .nonFinite || kind == .noun { kind = .finite }
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
                && !(!before && index != head && index > last + 1 && reportedBefore)
                && !(!before && !(index == head && (governed || datedEventNoun)) && index + 1 < tokens.count && tokens[index + 1].sentence == tokens[index].sentence
                     && (eventKind(index + 1) == .finite || isPassiveSubject(index, first: first)
                         // ("Monday's newspaper reported the deal": so is a reporting verb after a head that names no event
                         // (round 118).)
                         || index == head && eventKind(index + 1) == .reporting
                         || (index + 2 < tokens.count && isPlainNoun(index + 1) && eventKind(index + 1) == nil
                             && tokens[index + 2].sentence == tokens[index].sentence && eventKind(index + 2) == .finite))
                     && !(index == head && Self.containVerbs.contains(tokens[index + 1].key)))
                && !(before && isSubjectBeforePeriod(index, first: first, last: last))
                // ("Negotiations ended last week", "Hearings resume next week": nor the subject of the verb between it and
                // the expression, round 125.)
                && !(before && index + 2 == first && eventKind(index + 1) == .finite)
                && !(before && isPossessiveObject(index, first: first)) && index != announced?.noun {
                score += 1.8
            }
            // (But "told parliament on Friday that Japan would join": "that" right after the date opens the reported clause, so
            // the date is the report's.)
            if kind == .reporting && before && (distance > 2 || tokens[index + 1].key == K.that) && index != announced?.verb
                && !(thatFollows && distance <= 6 && ((index + 1)..<first).allSatisfy({ tokens[$0].kind != .punctuation && eventKind($0) == nil })) {
                score -= 1
            }
            if infos[index].tags.contains(.intends), index + 2 < tokens.count, tokens[index + 1].key == K.to,
               eventKind(index + 2) == .nonFinite {
                score -= 1
            }
            if before && prenominal { score -= 1 }
            // "began deliberating after hearing closing arguments on Monday": the gerund right after a connective inside
            // the sentence heads its phrase; a later -ing word there modifies a noun ("closing arguments"). (Not at the
            // sentence's start, where a main clause without a comma may follow: "Before visiting Moscow earlier this
            // month Lukashenko claimed …" keeps the old reading.)
            if kind == .nonFinite, index > 1, tokens[index - 1].key == K.after_ || tokens[index - 1].key == K.before_
                || tokens[index - 1].key == K.since, tokens[index - 2].sentence == tokens[index].sentence, endsInIng(index) {
                score += 0.5
            }
            // "was found abandoned at the airport in December": the participle after a verb of finding is its complement.
            if isFindingComplement(index) { score -= 1 }
            // "plead guilty this week to charges", "paid tribute Tuesday to bombing victims": a noun after "DATE to" is the
            // object of the verb before the date, not the date's event (an infinitive there is left to ``purposeHost``).
            if !before, index == last + 2, tokens[last + 1].key == K.to, !isInfinitive(index) { score -= 1 }
            // "will travel to Turkey on Sunday for talks", "adjourned until Tuesday for closing arguments": a noun (or an -ing
            // word) of purpose after "DATE for" tells why the verb before the date happens; that verb is the event.
            // ("was charged on Friday with murder", "was accused last week of fraud": so does the noun of the charge after
            // "DATE with" or "DATE of".)
            if !before, kind == .noun || kind == .nonFinite && endsInIng(index), last + 2 < tokens.count,
               tokens[last + 1].key == K.for_ || tokens[last + 1].key == K.with || tokens[last + 1].key == K.of,
               index == last + 2 || index == last + 3 && !infos[last + 2].tags.isDisjoint(with: [.the, .determiner]),
               first >= 1, range.lowerBound < first, (range.lowerBound..<first).contains(where: { eventKind($0) == .finite }) {
                score -= 1
            }
            if !before, nextConjunct || index == last + 2 && tokens[last + 1].key == K.and { score -= Self.nextConjunctPenalty }
            // "unveiled a quantum computer on Thursday that they say could crack codes", "arrested a man on Sunday who they
            // believe set the fire": a relative clause after the date describes the object before it; its verbs are not the
            // date's (round 111). (Not after a verb or "was": "said on Monday that he would resign", "It was on Monday that
            // the talks collapsed".)
            if !before, index > last + 1, relativeAfterObject { score -= 1 }
            if score > bestScore {
                bestScore = score
                bestIndex = index
            }
        }
        return bestIndex
    }

    /// Nouns of a paper's or a programme's issue, which a possessive date names without naming an event ("Friday's
    /// edition of the paper").
    static let publicationNouns = KeySet(words: ["edition", "editions", "issue", "issues", "copy", "copies", "page", "pages",
                                                    "column", "columns", "supplement", "volume"])

    /// Whether a finite or reporting verb of its sentence follows the "of" phrase right after `noun`, a few words long with no
    /// event word ("edition of the Sunday paper reported").
    private func verbFollowsOfPhrase(_ noun: Int) -> Bool {
        guard noun + 2 < tokens.count, tokens[noun + 1].key == K.of else { return false }
        let sentence = tokens[noun].sentence
        var index = noun + 2
        while index < tokens.count, index <= noun + 6, tokens[index].sentence == sentence, tokens[index].kind == .word {
            if let kind = eventKind(index) { return index > noun + 2 && (kind == .finite || kind == .reporting) }
            guard infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .and]) else { return false }
            index += 1
        }
        return false
    }

    /// Whether the event noun `noun`, right before the expression's preposition (or the expression) starting at `first`, is
    /// the object of a content verb after a possessive or "the", with one modifier at most between (two after a possessive or
    /// "the": "The team lost its third straight game on Wednesday"): "The company trimmed its forecast on Friday", "The bank
    /// cut its growth forecast on Thursday", "The rebels ended their boycott in May", "The board approved the deal on
    /// Monday" (the date is the verb's). Not after a light verb, whose object is the event: "The party held its congress in
    /// May"; nor before "until", whose date bounds the noun's state: "extended its deadline until Tuesday".
    private func isPossessiveObject(_ noun: Int, first: Int) -> Bool {
        guard noun + 2 >= first, noun >= 2, eventKind(noun) == .noun,
              tokens[noun + 1].key != K.until, tokens[noun + 1].key != K.till else { return false }
        var index = noun - 1
        if isPlainNoun(index), eventKind(index) == nil || eventKind(index) == .noun, index >= 2 { index -= 1 }
        // (Past a second modifier after a possessive or "the": "The team lost its third straight game on Wednesday", round
        // 135; not after "a": "will exhibit a further moderate decline in the fourth quarter".)
        if index + 2 == noun, isPlainNoun(index), eventKind(index) == nil || eventKind(index) == .noun, index >= 2,
           Recognizer.possessiveDeterminers.contains(tokens[index - 1].key) || infos[index - 1].tags.contains(.the) {
            index -= 1
        }
        // (Or after "the" (round 100): "The board approved the deal on Monday", "Regulators cleared the merger last week";
        // or "a"/"an" (round 111): "The union called a strike on Thursday", "signed an order on Tuesday"; not before "for" or
        // "of", the noun's own period: "forecast an earnings increase for the full year".)
        guard Recognizer.possessiveDeterminers.contains(tokens[index].key) || infos[index].tags.contains(.the)
                || (tokens[index].key == K.a || tokens[index].key == K.an)
                    && tokens[noun + 1].key != K.for_ && tokens[noun + 1].key != K.of,
              tokens[index - 1].sentence == tokens[noun].sentence else { return false }
        // (Past a particle: "called off its strike on Monday".)
        var verb = index - 1
        if verb >= 1, Self.particles.contains(tokens[verb].key) { verb -= 1 }
        guard tokens[verb].sentence == tokens[noun].sentence, eventKind(verb) == .finite else { return false }
        return !Self.lightVerbs.contains(tokens[verb].key)
            && !(infos[index].tags.contains(.determiner) && !Recognizer.possessiveDeterminers.contains(tokens[index].key)
                 && !infos[index].tags.contains(.the) && Self.openingVerbs.contains(tokens[verb].key))
    }

    /// The event noun object and its verb when the expression `first...last` (past one preposition) follows an object that
    /// an announcing verb ("announced", "confirmed", "reported", "unveiled", …) or a verb after a modal or "to" ("will publish",
    /// "plans to release") takes after "a"/"an"/"the"/a possessive, with one modifier at most and one "in"/"of" phrase
    /// at most after it: "The band announced a reunion tour on Monday", "The ministry reported a surge in cases on Tuesday",
    /// "The firm will publish its annual report in January" (the date is the verb's, as in TimeBank). Not when a finite verb
    /// follows the date, whose subject the noun is ("Officials reported the fire on Tuesday destroyed three homes"), nor
    /// for a company's period ("reported a profit in the third quarter"), nor after a light or opening verb ("will hold
    /// talks on Friday", "could launch an offensive in May").
    private func announcedObject(first: Int, last: Int) -> (noun: Int, verb: Int)? {
        guard first >= 4, tokens[first - 1].sentence == tokens[first].sentence,
              !Self.nounPeriodOpeners.contains(tokens[first - 1].key) else { return nil }
        var noun = infos[first - 1].tags.contains(.preposition) ? first - 2 : first - 1
        // (Past an "in"/"of" phrase of one plain noun: "a surge in cases on Tuesday".)
        if noun >= 3, tokens[noun].kind == .word, isPlainNoun(noun), eventKind(noun) == nil,
           tokens[noun - 1].key == K.in_ || tokens[noun - 1].key == K.of { noun -= 2 }
        guard noun >= 2, tokens[noun].kind == .word, tokens[noun].sentence == tokens[first].sentence,
              let nounKind = eventKind(noun), nounKind != .finite || EventLinker.productNouns.contains(tokens[noun].key)
        else { return nil }
        var determiner = noun - 1
        if determiner >= 2, isPlainNoun(determiner), eventKind(determiner) == nil || eventKind(determiner) == .noun { determiner -= 1 }
        guard Recognizer.possessiveDeterminers.contains(tokens[determiner].key) || infos[determiner].tags.contains(.the)
                || tokens[determiner].key == K.a || tokens[determiner].key == K.an else { return nil }
        let verb = determiner - 1
        guard verb >= 1, tokens[verb].sentence == tokens[noun].sentence, let verbKind = eventKind(verb),
              !Self.lightVerbs.contains(tokens[verb].key), !Self.openingVerbs.contains(tokens[verb].key) else { return nil }
        let afterModal = !infos[verb - 1].tags.isDisjoint(with: Self.futureOrModal) || tokens[verb - 1].key == K.to
        guard afterModal || verbKind == .reporting, !(first...last).contains(where: { Self.companyPeriods.contains(tokens[$0].key) })
        else { return nil }
        if last + 1 < tokens.count, tokens[last + 1].sentence == tokens[last].sentence,
           eventKind(last + 1) == .finite || !infos[last + 1].tags.isDisjoint(with: Self.futureOrModal)
            || infos[last + 1].tags.contains(.beAux) || infos[last + 1].tags.contains(.pastAux) { return nil }
        if Self.announcingVerbs.contains(tokens[verb].key) && verbKind == .reporting
            || afterModal && verbKind != .noun && nounKind == .noun || afterModal && Self.announcingVerbs.contains(tokens[verb].key) {
            return (noun, verb)
        }
        // ("will publish its annual report": "report" after a possessive is the object, not a reporting verb.)
        if afterModal, nounKind == .reporting, verbKind != .noun { return (noun, verb) }
        return nil
    }

    /// Reporting verbs whose object is what they make known ("announced a merger", "confirmed an agreement"), unlike "said" or
    /// "told", whose object is the hearer or the reported clause.
    static let announcingVerbs = KeySet(words: ["announced", "announce", "announces", "confirmed", "confirm", "confirms",
                                                  "reported", "report", "reports", "disclosed", "disclose", "discloses",
                                                  "unveiled", "unveil", "unveils", "revealed", "reveal", "reveals",
                                                  "published", "publish", "publishes", "released", "release", "releases",
                                                  "posted", "post", "posts"])

    /// Words of a company's reporting period, whose figures an object names ("reported a profit in the third quarter").
    static let companyPeriods = KeySet(words: ["quarter", "half", "year", "fiscal"])

    /// Prepositions whose expression is the object noun's own period ("the takeover boom of recent years", "a deadline
    /// until Tuesday", "talks through two days").
    static let nounPeriodOpeners = KeySet(words: ["of", "for", "until", "till", "through", "during", "since"])

    /// Whether a relative clause ("that", "who", "which") opens right after the expression `first...last`, which follows
    /// (past a preposition) a noun object of a verb earlier in the clause: "launched a phone on Monday that analysts expect".
    private func relativeFollowsObject(in range: ClosedRange<Int>, first: Int, last: Int) -> Bool {
        guard last + 1 < tokens.count, Self.opensRelative(tokens[last + 1].key), tokens[last + 1].sentence == tokens[last].sentence,
              first >= 2 else { return false }
        let object = infos[first - 1].tags.contains(.preposition) ? first - 2 : first - 1
        guard object > range.lowerBound, tokens[object].sentence == tokens[first].sentence,
              isPlainNoun(object) && eventKind(object) == nil || eventKind(object) == .noun else { return false }
        return (range.lowerBound..<object).contains { eventKind($0) == .finite || eventKind($0) == .reporting }
    }

    /// Verbs whose event-noun object is the event itself ("held talks", "made a visit", "took a vote"): TimeML anchors the date
    /// to the noun.
    static let lightVerbs = KeySet(words: ["held", "hold", "holds", "made", "make", "makes", "gave", "give", "gives", "paid",
                                             "pay", "pays", "staged", "stage", "stages", "took", "take", "takes", "had", "has",
                                             "have", "conducted", "conduct", "conducts", "hosted", "host", "hosts"])

    /// Verbs that open a new event named by their object after "a"/"an" ("launched an offensive last week", "mounted a
    /// raid on Friday"): the date is the noun's, as with ``lightVerbs`` (after "the" the verb keeps it: "launched the
    /// offensive in January").
    static let openingVerbs = KeySet(words: ["launched", "launch", "launches", "mounted", "mount", "mounts"])

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
}
