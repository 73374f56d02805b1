/// The description of an event: the clause of its expression, trimmed of connectives, with its subject and
/// balanced quotation marks.
extension EventLinker {
    /// Whether `range` holds only the years, commas and "and" of a list before its last year ("in 1979, 1983 and 1987"):
    /// a list set off by a comma after its clause's words ("won three elections, in 1979, 1983 and 1987") goes back to them.
    private func isYearList(_ range: Range<Int>) -> Bool {
        range.allSatisfy { tokens[$0].kind == .number && tokens[$0].digits == 4 || tokens[$0].isPunctuation(",") || tokens[$0].key == K.and }
    }

    /// Whether `clause` is a preposition and a list of years holding the year `first...last`, set off by a comma after a
    /// word.
    func setOffYearList(_ clause: ClosedRange<Int>, first: Int, last: Int) -> Bool {
        // (The clause opens with its comma.)
        let comma = clause.lowerBound, start = comma + 1
        return comma > 0 && start < first && tokens[comma].isPunctuation(",") && infos[start].tags.contains(.preposition)
            && tokens[comma - 1].kind == .word && tokens[comma - 1].sentence == tokens[first].sentence
            && first == last && isYearList(start + 1..<first + 1) && isYearList(last + 1..<clause.upperBound + 1)
    }

    /// Whether the token before `index` is a word, or a mark that broke no clause after one (the closing mark of scare
    /// quotes: "set at "substantial" since July 2011").
    func followsWord(_ index: Int) -> Bool {
        index > 0 && (tokens[index - 1].kind == .word || index > 1 && clauses[index - 1] == clauses[index - 2])
    }

    /// The clause of the expression as a short description; a clause without a verb borrows the next one. A title
    /// the sentence breaker split off the name opening the sentence goes back on it ("Gov. Ana Ruiz declared …", was
    /// "Ana Ruiz declared …"; ``titlesBefore(sentenceOf:)``).
    func description(first: Int, last: Int) -> String {
        // A live blog's time stamp on a line of its own heads the entry on the next line: the row tells that entry.
        if let entry = stampEntry(first: first, last: last) { return description(first: entry, last: entry) }
        let body = clauseDescription(first: first, last: last)
        guard let (lead, name) = titlesBefore(sentenceOf: first) else { return body }
        // (Only when the description opens with that name, as written.)
        let nameStart = Int(tokens[name].start)
        var written = body.unicodeScalars.makeIterator()
        for offset in nameStart..<Int(tokens[name].end) where written.next() != scalars[offset] { return body }
        // (Or a title the splitter kept on its name: "Lt. | Col. Ivan Petrenko said …".)
        guard let next = written.next(), next == " " || next == "." else { return body }
        return text(from: Int(tokens[lead].start), to: Int(tokens[name - 1].end)) + " " + body
    }

    /// Titles written before a name that ICU's sentence breaker takes for a sentence's end ("Gov.", "Sen.", "Dr.",
    /// "Lt. Gen."), lowercased without their period. ("Mr.", "Mrs.", "Ms." it keeps; "St." is a place's, joined by
    /// the splitter.)
    static let nameTitles = KeySet(words: ["gov", "sen", "rep", "dr", "lt", "gen", "col", "maj", "capt", "cmdr", "sgt", "adm",
                                           "prof", "rev", "gens", "sens", "reps", "govs", "drs", "supt", "atty", "cpl", "pvt"])

    /// Abbreviations of "number" before a number that ICU's sentence breaker takes for a sentence's end ("No. | 10
    /// Downing Street said …"), lowercased without their period.
    static let numberTitles = KeySet(words: ["no", "nos"])

    /// The first title and the name's first token when the sentence of `index` opens with a capitalised word right after
    /// one or more capitalised titles and their periods, split off it ("Gov. | Ana Ruiz declared …", "Lt. Gen. | Sir
    /// Richard Hale said …"), or with a number right after "No." ("No. | 10 Downing Street said …"). Not after a
    /// capitalised word, where the abbreviation may close a street's name ("on Elm Dr. | Smith said …").
    func titlesBefore(sentenceOf index: Int) -> (lead: Int, name: Int)? {
        let sentence = tokens[index].sentence
        var name = index
        while name > 0, name > index - Self.window, tokens[name - 1].sentence == sentence { name -= 1 }
        let number = tokens[name].kind == .number
        guard name >= 2, tokens[name - 1].sentence != sentence, tokens[name].kind == .word && tokens[name].capitalized || number
        else { return nil }
        func isTitle(_ word: Int) -> Bool {
            tokens[word + 1].isPunctuation(".") && !tokens[word + 1].spaceBefore && tokens[word].kind == .word
                && tokens[word].capitalized && Self.nameTitles.contains(tokens[word].key)
        }
        var lead = name - 2
        if number {
            // ("No. 10", not "Gov. 10": a number after a title is no name.)
            guard tokens[lead].kind == .word, tokens[lead].capitalized, Self.numberTitles.contains(tokens[lead].key),
                  tokens[lead + 1].isPunctuation("."), !tokens[lead + 1].spaceBefore else { return nil }
            return lead > 0 && tokens[lead - 1].kind == .word && tokens[lead - 1].capitalized ? nil : (lead, name)
        }
        guard isTitle(lead) else { return nil }
        while lead >= 2, isTitle(lead - 2) { lead -= 2 }
        if lead > 0, tokens[lead - 1].kind == .word, tokens[lead - 1].capitalized { return nil }
        return (lead, name)
    }

    /// Words that label a live blog's time stamp or its entry rather than tell news, lowercased: "Updated 5 minutes ago",
    /// "Posted 14:05", "Last updated 18:05 PDT", a "Key event" or "Breaking" line between the stamp and its entry.
    static let stampLabels = KeySet(words: ["updated", "posted", "published", "key", "event", "events", "breaking", "pinned",
                                            "update", "latest", "last"])

    /// The first token of the entry a time stamp heads, when the expression `first...last` is its sentence, alone on its
    /// line but for labels (``stampLabels``: "09:15 BST", "2:05 p.m. ET", "9.58pm", "Updated 3 minutes ago"), and the next
    /// line, past label lines ("Key event"), opens a sentence of three tokens or more with a capitalised word ("09:15 BST
    /// | Trains were cancelled …"). `nil` otherwise: a key-date line ("Jan. 6: Congress certifies …"), a stamp with text
    /// after it on its line, a heading without a number ("The week ahead"), the text's last line, a stamp before another stamp.
    func stampEntry(first: Int, last: Int) -> Int? {
        let sentence = tokens[first].sentence
        guard last + 3 < tokens.count, tokens[last + 1].sentence != sentence, tokens[last + 1].flags.contains(.newlineBefore),
              (first...last).contains(where: { tokens[$0].kind == .number }) else { return nil }
        var start = first
        while start > 0, start > first - 3, tokens[start - 1].sentence == sentence {
            start -= 1
            guard tokens[start].kind == .word, Self.stampLabels.contains(tokens[start].key) else { return nil }
        }
        guard start == 0 || tokens[start - 1].sentence != sentence, start == 0 || tokens[start].flags.contains(.newlineBefore)
        else { return nil }
        // Past label lines ("Key event"), to the entry's first token.
        var entry = last + 1
        while entry < tokens.count, entry < last + 8, tokens[entry].kind == .word, Self.stampLabels.contains(tokens[entry].key) {
            var next = entry + 1
            while next < tokens.count, tokens[next].sentence == tokens[entry].sentence, tokens[next].kind == .word,
                  Self.stampLabels.contains(tokens[next].key) { next += 1 }
            guard next < tokens.count, tokens[next].sentence != tokens[entry].sentence else { break }
            entry = next
        }
        // (An opening quotation mark may come first: "“We are cautious,” a strategist said.")
        let word = tokens[entry].opensDoubleQuote ? entry + 1 : entry
        guard word + 2 < tokens.count, tokens[entry].flags.contains(.newlineBefore), tokens[word].kind == .word,
              tokens[word].capitalized, tokens[word + 2].sentence == tokens[entry].sentence else { return nil }
        return word
    }

    /// The clause of the expression as a short description, before any title split off its sentence goes back on it.
    private func clauseDescription(first: Int, last: Int) -> String {
        let tokens = InlineTokens(self.tokens)  // (its getter inlined: ~117,000 reads per MB)
        // "The storm, now a Category 2, is expected to …", "Mr. Smith, now 74, said …": an expression opening an appositive
        // dates the noun it stands beside, whose row it is, as written (was "Now a Category 2, is expected to …").
        if let (owner, close) = appositiveOwner(first: first, last: last) {
            return text(from: Int(tokens[owner].start), to: Int(tokens[close - 1].end), limit: Self.descriptionLimit, capitalized: true)
        }
        var start = clauseStart(first, limit: first - Self.window)
        var end = clauseEnd(last, limit: last + Self.window)
        let sentence = tokens[first].sentence
        if start > 0, start > first - Self.window, tokens[start - 1].kind == .word, tokens[start - 1].sentence == sentence, opensPhrase(start) {
            // "assets as of Sept. 30 fell", "largely because of the swings": a phrase, not a clause of its own.
            start = clauseStart(start - 1, limit: first - Self.window)
        }
        // "Biden will visit Tokyo, Beijing and Seoul next week, starting on Monday": a clause that opens inside a list of names
        // (a capitalised word after "Tokyo," and, a name on, "and" and another) goes back to the clause the list began in.
        func listStart(_ start: Int) -> Int {
            guard start > 1, start > first - Self.window, tokens[start].isPunctuation(",") || tokens[start - 1].isPunctuation(",")
            else { return start }
            let name = tokens[start].isPunctuation(",") ? start + 1 : start
            var next = name
            while next < first, next < name + 3, tokens[next].kind == .word, tokens[next].capitalized { next += 1 }
            guard next > name, next + 1 < first, tokens[next].key == K.and, tokens[next + 1].capitalized, tokens[name - 1].isPunctuation(","),
                  name >= 2, tokens[name - 2].kind == .word, tokens[name - 2].capitalized, tokens[name - 2].sentence == sentence,
                  // (Not across a period the sentence breaker missed: "…, Recovery and Enforcement Act. A year ago, …".)
                  !(name..<first).contains(where: { tokens[$0].isPunctuation(".") && tokens[$0].spaceBefore == false && $0 + 1 <= first
                      && tokens[$0 + 1].capitalized })
            else { return start }
            return clauseStart(name - 2, limit: first - Self.window)
        }
        start = listStart(start)
        // "A soldier was killed when a roadside bomb exploded on Sunday": a "when" clause right after its main clause, without a
        // comma, is described with it (the date dates both; the main clause tells the news).
        if start >= 1, start > first - Self.window, tokens[start].key == K.when, tokens[start - 1].kind == .word,
           tokens[start - 1].sentence == sentence {
            let main = clauseStart(start - 1, limit: first - Self.window)
            if (main..<start).contains(where: { eventKind($0).map({ $0 != .noun }) == true }) { start = main }
        }
        // "…, but polling stations where voters were still queuing at 7 p.m. stayed open": a "where" clause right after a
        // subject with no verb of its own keeps that subject (the main verb comes after the relative clause).
        if start >= 1, start > first - Self.window, tokens[start].key == K.where_, tokens[start - 1].kind == .word,
           tokens[start - 1].sentence == sentence {
            let subject = clauseStart(start - 1, limit: first - Self.window)
            if !(subject..<start).contains(where: { isVerbLike($0) }) { start = subject }
        }
        let clauseOpening = start
        let ownSubject: Bool, subjectFollows: Bool
        (start, end, ownSubject, subjectFollows) = ownConjunct(start, end, first: first, last: last)
        // A later conjunct is described only with the sentence's subject, a noun phrase of six tokens at most (not "The
        // unit makes intravenous pumps"), or its clause's after an opening phrase ("According to sources, Munero had fled
        // … and returned to Cuba later that year" → "Munero returned to Cuba later that year"); one with a subject of its
        // own by itself.
        if start != clauseOpening, !ownSubject, subject(before: start + 1, first: first, last: last, end: end, relative: false, coordinated: true,
                                           conjunct: true).map({ $0.count > 6 }) ?? true {
            start = clauseOpening
        }
        let conjunct = start != clauseOpening
        // "the deadliest attack since the bombing of a market in July", "The president has until the end of the month to
        // name …": a noun phrase that "since" or "until" split off the clause before it, with no verb of its own, goes
        // back to that clause.
        var opener = start
        while opener < first, tokens[opener].kind != .word { opener += 1 }
        // (Not "until" and a preposition before a comma and a clause of its own: "Relations deteriorated until in March
        // 1980, Iran downgraded its ties"; "Carrasco, who served from 2013 until her resignation in March 2022, did not
        // react" goes back.)
        // "cuts to the staff since early last year could slow warnings", "Rising prices since January have hurt shoppers": a
        // "since" and its expression right after a word, with a verb straight after them, modify the noun before them, whose
        // clause (and verb) they belong to.
        if opener > 0, opener + 1 == first, infos[opener].tags.contains(.since), tokens[opener - 1].kind == .word,
           tokens[opener - 1].sentence == sentence, start > first - Self.window,
           last + 1 < tokens.count, tokens[last + 1].sentence == sentence, isVerbLike(last + 1) {
            start = clauseStart(start - 1, limit: first - Self.window)
        }
        func commaFollows() -> Bool {
            end + 1 < tokens.count && tokens[end + 1].sentence == sentence && tokens[end + 1].isPunctuation(",")
                && opener + 1 < tokens.count && infos[opener + 1].tags.contains(.preposition)
        }
        if opener < first, opener > 0,
           infos[opener].tags.contains(.since) || (tokens[opener].key == K.until || tokens[opener].key == K.till) && !commaFollows()
               // "Parliament holds its final session before the vote on Tuesday", "He spent 27 years in prison, 18 of them
               // on Robben Island, before his release on Feb. 11, 1990", "City were eighth after losing at Cardiff on Aug.
               // 25": so does a noun phrase or an -ing that "before" or "after" split off (past a verbless one set off).
               || (tokens[opener].key == K.before_ || tokens[opener].key == K.after_) && opener + 1 < first
                   && (infos[opener + 1].tags.contains(.the) || infos[opener + 1].tags.contains(.determiner) || endsInIng(opener + 1)),
           tokens[opener - 1].sentence == sentence,
           start > first - Self.window,
           !(opener + 1...end).contains(where: { ($0 < first || $0 > last) && isVerbLike($0) && !isPossessiveS($0)
               && !(endsInIng($0) && (tokens[opener].key == K.before_ || tokens[opener].key == K.after_)) }) {
            // (Only to a clause with a verb: "The strike, the third since January, forced …" keeps its appositive.)
            var previous = clauseStart(start - 1, limit: first - Self.window)
            if !infos[opener].tags.contains(.since), previous > 1, previous > first - Self.window, tokens[previous].isPunctuation(","),
               tokens[previous - 1].sentence == sentence, !(previous..<opener).contains(where: { isVerbLike($0) || isEventWord($0) }) {
                previous = clauseStart(previous - 1, limit: first - Self.window)
            }
            // ("served as treasurer from 2013 until her resignation in March 2022": back over verbless clauses that a
            // connective split off right after a word, twice at most.)
            var hops = 0
            while hops < 2, previous > 1, previous > first - Self.window, tokens[previous - 1].kind == .word,
                  tokens[previous - 1].sentence == sentence, !(previous..<opener).contains(where: { isVerbLike($0) && !isPossessiveS($0) }) {
                previous = clauseStart(previous - 1, limit: first - Self.window)
                hops += 1
            }
            if (previous..<opener).contains(where: { isVerbLike($0) && !isPossessiveS($0) }) {
                start = previous
            } else if let earlier = rankedClause(before: previous, first: first) {
                // "Turnout was 86 percent, the highest since independence in 1963": past the appositive.
                start = earlier
            }
        }
        // "Turnout was 86 percent, the highest since independence in 1963", "Home prices were up 8 percent, the biggest gain
        // since 2006": a superlative appositive set off by a comma goes back to the clause with the verb whose figure it
        // ranks.
        // "The judge set a hearing for Aug. 14, raising the prospect of a trial next year", "cut prices, sending its shares
        // up 6 percent on Tuesday": a participle set off by a comma after a clause with a verb tells that clause's result,
        // and goes back to it.
        if !conjunct, let clause = trailingParticipleClause(start, first: first) { start = clause }
        if !conjunct, let earlier = rankedClause(before: start, first: first),
           !(start...end).contains(where: { ($0 < first || $0 > last) && isVerbLike($0) }) {
            start = earlier
        }
        let hasVerb = (start...end).contains { ($0 < first || $0 > last) && isEventWord($0) } || withPhraseNoun(start, first: first) != nil
        // (The words outside the expression: a clock's "a.m." and its periods are the expression's.)
        var words = 0
        for index in start...end where tokens[index].kind == .word { words += 1 }
        for index in first...last where tokens[index].kind == .word { words -= 1 }
        // ("Profits rose in 2012 and sales fell last month": a short first conjunct with its verb, cut before a conjunct
        // with a subject of its own, stays by itself.)
        // "In a speech on Thursday, Obama urged Congress to act", "During talks on Monday, the two sides agreed": a
        // prepositional phrase opening the sentence whose only event words are nouns is the setting of the next clause's
        // event, which the description takes in.
        // ("In the three months that ended Dec. 31, the company earned …": a relative clause inside the phrase is the noun's.)
        // "Ending a case that began in 2019, the jury convicted …", "Born in Boston in 1935, Finch studied …": so is a
        // participle phrase opening the sentence, set off by a comma, whose subject is the next clause's.
        let sentenceOpening = !conjunct && (start == 0 || tokens[start - 1].sentence != sentence) && end + 1 < tokens.count
            && tokens[end + 1].sentence == sentence && tokens[start].kind == .word
        let participleComma = sentenceOpening ? openingParticipleComma(start, end: end, first: first, last: last) : nil
        let setting = sentenceOpening && (Self.settingPrepositions.contains(tokens[start].key)
                && !(start...end).contains { ($0 < first || $0 > last) && eventKind($0).map({ $0 != .noun }) == true
                    && !(start..<$0).contains(where: { (tokens[$0].key == K.that || tokens[$0].key == K.which) && isVerbLike($0 + 1) }) }
            || participleComma != nil)
        // "Sales of new homes in February, which were boosted by mild weather, fell 4.6 percent": a subject without a verb
        // that opens the sentence before a relative clause set off by commas is described with its main verb.
        // (Also before one opening with a preposition: "The 2019 election, in which turnout fell, was …", was "The 2019
        // election, in".)
        let prepositionRelative = end + 3 < tokens.count && tokens[end + 2].kind == .word && infos[end + 2].tags.contains(.preposition)
            && Self.relativePronouns.contains(tokens[end + 3].key)
        let subjectBeforeRelative = !conjunct && hasVerb && end + 2 < tokens.count && tokens[end + 1].isPunctuation(",")
            && (Self.relativePronouns.contains(tokens[end + 2].key) || prepositionRelative)
            && (start == 0 || tokens[start - 1].sentence != sentence)
            && tokens[end + 2].sentence == sentence && !(start...end).contains { ($0 < first || $0 > last) && isVerbLike($0) }
        if let comma = participleComma, comma - 1 > end { end = comma - 1 }
        if !hasVerb || words < 3 && !subjectFollows || setting || subjectBeforeRelative {
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
                while !hasVerb || setting || subjectBeforeRelative, opensSentence, end + 1 < tokens.count, tokens[end + 1].sentence == sentence, end < last + Self.window {
                    var opener = end
                    while opener > start, clauses[opener - 1] == clauses[end] { opener -= 1 }
                    while opener < end, tokens[opener].kind != .word { opener += 1 }
                    let subordinate = Clauses.opensSubordinate(opener, tokens: tokens.base, infos: infos, scalars: scalars)
                    // "In 2009, at a summit in Prague, the leaders agreed", "Last month, the president, during a trip to Asia,
                    // announced", "In 1998, the company, in a bid to cut costs, closed": past a prepositional aside whose only
                    // event words are nouns (or infinitives), too.
                    let aside = opener > start && tokens[opener].kind == .word && infos[opener].tags.contains(.preposition)
                        && !infos[opener].tags.contains(.clauseBreak)
                        && !(opener...end).contains(where: { ($0 < first || $0 > last) && eventKind($0) != nil && !isAsideEvent($0) })
                    guard subordinate || aside || !(opener...end).contains(where: { ($0 < first || $0 > last) && isEventWord($0) })
                    else { break }
                    end = clauseEnd(end + 1, limit: last + Self.window)
                }
            } else if !opensSentence, !hasVerb || subject(before: trimmedStart(start, first: first, last: last), first: first, last: last,
                                                          end: end, relative: false) == nil {
                start = clauseStart(start - 1, limit: first - Self.window)
            }
        }
        // "The last election, in 2018, drew a turnout of 58 percent", "The club's last title, in 1998, came under another
        // owner": a date set off by commas with its preposition right after the noun phrase opening the sentence is an
        // aside of that subject, which the main clause after it completes (was "The last election, in 2018").
        if end == last, first >= 3, last + 2 < tokens.count, tokens[first - 2].isPunctuation(","), tokens[first - 1].kind == .word,
           infos[first - 1].tags.contains(.preposition), tokens[last + 1].isPunctuation(","), tokens[last + 2].sentence == sentence,
           opensMainClause(last + 2), start < first - 2, openingPhrase(endingAt: first - 3, sentence: sentence, preposition: false) == start {
            end = clauseEnd(last + 2, limit: last + Self.window)
        }
        // "In 2008, Mrs. Hollis testified before a committee", "On Friday, the senator appeared before reporters": a clause
        // that ends with its verb after the expression, cut before a "before" or "after" and a noun phrase with no verb of
        // its own, takes that phrase in (the verb's complement; not "resigned in 2010 after a scandal", nor "before results
        // were announced").
        if end > last, end + 2 < tokens.count, tokens[end + 1].sentence == sentence,
           tokens[end + 1].key == K.before_ || tokens[end + 1].key == K.after_,
           eventKind(end).map({ $0 != .noun }) == true, !endsInIng(end) {
            // (Up to a relative clause: "before a grand jury that had met …".)
            var phrase = clauseEnd(end + 1, limit: last + Self.window)
            if let relative = (end + 2...max(end + 2, phrase)).first(where: { Self.opensRelative(tokens[$0].key) }) { phrase = relative - 1 }
            if phrase > end + 1, !(end + 2...phrase).contains(where: { isVerbLike($0) || eventKind($0).map({ $0 != .noun }) == true }) {
                end = phrase
            }
        }
        // "earned $10 million, or 67 cents a share, in the year-ago quarter", "from $560 million, or 61 cents a share, in
        // the year-earlier period": a clause still without a verb goes back past verbless clauses set off by commas (an
        // amount and its restatement) to the nearest one with an event word, if there is one close by.
        func setOffByComma(_ index: Int) -> Bool {
            index > 0 && tokens[index - 1].sentence == sentence
                && (tokens[index].isPunctuation(",") || tokens[index - 1].isPunctuation(","))
        }
        if !hasVerb, setOffByComma(start), !(start...end).contains(where: { ($0 < first || $0 > last) && isEventWord($0) }) {
            var joined = start
            var hops = 0
            while hops < 4, joined > first - Self.window, setOffByComma(joined) {
                let previous = clauseStart(joined - 1, limit: first - Self.window)
                hops += 1
                if (previous..<joined).contains(where: { isEventWord($0) }) { start = previous; break }
                joined = previous
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
        // (Again after the clause went back past a verbless one: "…, Beijing and Seoul next week, starting on Monday".)
        start = listStart(start)
        // "Planting, which started late in April because of cold rain, was 95 percent complete by May 28": a "because of"
        // phrase closing a relative clause runs on past its comma to the main verb, whose clause the description is
        // (its subject found as after any relative clause; was "Because of cold rain, was …").
        if start + 2 < first, opensPhrase(start), start >= 1, tokens[start - 1].kind != .punctuation, tokens[start - 1].sentence == sentence,
           let comma = (start + 2..<first).first(where: { tokens[$0].isPunctuation(",") }),
           isVerbLike(comma + 1), !(start..<comma).contains(where: { isVerbLike($0) }) {
            start = comma + 1
        }
        // Trim leading punctuation and connectives ("which", "while", "and", "with"), trailing punctuation.
        let trimmed = trimmedStart(start, first: first, last: last)
        let relative = (start..<trimmed).contains { Self.relativePronouns.contains(tokens[$0].key)
            && !($0 + 1 < trimmed && Self.pointsInTime.contains(tokens[$0 + 1].key)) }
        let coordinated = (start..<trimmed).contains { tokens[$0].key == K.and || tokens[$0].key == K.but }
        start = trimmed
        end = trimmedEnd(end, start: start, last: last)
        if let lead = infinitiveOwner(start, first: first) {
            // "Forecasters expect a second storm, now east of Guam, to strengthen over the weekend" → "Forecasters expect a
            // second storm to strengthen …" (was "To strengthen …").
            let opening = text(from: Int(tokens[lead.clause].start), to: Int(tokens[lead.noun].end), capitalized: true)
            return opening + " " + text(from: Int(tokens[start].start), to: Int(tokens[end].end),
                                        limit: Self.descriptionLimit - opening.unicodeScalars.count - 1)
        }
        if let link = interruptedLink(start, first: first) {
            // "The bridge was, because of cold rain, 95 percent complete by May" → "The bridge was 95 percent complete by
            // May" (was "Because of cold rain, 95 percent complete …").
            let opening = text(from: Int(tokens[link.subject].start), to: Int(tokens[link.verb].end), capitalized: true)
            return opening + " " + text(from: Int(tokens[link.resume].start), to: Int(tokens[end].end),
                                        limit: Self.descriptionLimit - opening.unicodeScalars.count - 1)
        }
        if let opening = reportedContent(start, end: end, first: first, last: last) {
            // (A long report is cut before its comma, and the attribution kept: "Tanzania expelled five Iraqis … in
            // connection of …, a newspaper reported Friday".)
            let attribution = text(from: Int(tokens[start].start), to: Int(tokens[end].end))
            var report = text(from: Int(tokens[opening].start), to: Int(tokens[start - 2].end),
                              limit: Self.descriptionLimit - attribution.unicodeScalars.count - 2, capitalized: true)
            if report.hasSuffix(",…") { report.removeLast(2); report += "…" }
            return report + ", " + attribution
        }
        // "She wrote three books, the last of which appeared in 2015", "sold four plants, two of which closed in 2019": a
        // relative clause about a part of the noun before it ("the last of which", "one of whom") keeps that clause and the
        // noun's, as written (was "Appeared in 2015").
        if let lead = partitiveRelativeClause(start, first: first) {
            return text(from: Int(tokens[lead].start), to: Int(tokens[end].end), limit: Self.descriptionLimit, capitalized: true)
        }
        // "The summit, at which leaders agreed in May to …", "the war, during which 2 million people fled in 1994": a
        // relative clause opening with a preposition keeps the noun phrase it is about and its comma, as written (was
        // "Leaders agreed the summit in May …", "The war 2 million people fled in 1994").
        if let owner = prepositionRelativeOwner(start, first: first) {
            return text(from: Int(tokens[owner].start), to: Int(tokens[end].end), limit: Self.descriptionLimit, capitalized: true)
        }
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
                start = trimmedStart(open + 1, first: first, last: last)
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
        if mark - 2 > max(start, last), mark == end ? tokens[end].mayOpenQuotation || tokens[end].isPunctuation("\u{201D}")
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
        // "A man whose house was a bomb factory was arrested …", "doctors whose names appeared on the list were killed": a
        // "whose" clause without a comma defines the noun right before it, which it keeps as written (was "Whose house …").
        if key == K.whose, start >= 1, first > start, let owner = restrictiveOwner(endingAt: start - 1) {
            return text(from: Int(tokens[owner].start), to: endOffset, limit: limit, capitalized: true) + closing
        }
        if key == K.whose || appositive, start >= 2, first > start, tokens[start - 1].isPunctuation(",") {
            let sentence = tokens[first].sentence
            // (Also the noun phrase opening the sentence without an article or with a possessive: "Regional fares, whose
            // prices …", "The exhibition's curator, whose book …", "Stuttgart's new station, whose cost …".)
            if let owner = clauseOwner(endingAt: start - 2, sentence: sentence, opening: key == K.whose),
               !appositive || owner.lowerBound == 0 || tokens[owner.lowerBound - 1].sentence != sentence {
                let opening = text(from: Int(tokens[owner.lowerBound].start), to: Int(tokens[owner.upperBound].end), capitalized: true)
                // "Regional fares, whose prices are set by the states, rise in January" → "Regional fares rise in January":
                // with the expression in the main clause after it, the "whose" clause is left out (as a "which" clause).
                if key == K.whose, opensClause(owner.lowerBound), let close = relativeClauseEnd(start + 1, before: first, pronoun: start) {
                    return opening + " " + text(from: Int(tokens[close + 1].start), to: endOffset, limit: limit - opening.unicodeScalars.count - 1)
                        + closing
                }
                let rest = text(from: Int(tokens[start].start), to: endOffset, limit: limit - opening.unicodeScalars.count - 2)
                return opening + ", " + rest + closing
            }
        }
        if let subject = subject(before: start, first: first, last: last, end: end, relative: relative, coordinated: coordinated,
                                 conjunct: conjunct) {
            // "the reforms, which parliament approved last year" → "Parliament approved the reforms last year": a relative
            // clause with a subject of its own takes its noun as the object of its verb.
            // (A noun opening its sentence without an article, whose case is unknown, keeps its pronoun: "Parliamentary
            // elections, which a court suspended earlier this month".)
            if relative, let verb = objectRelativeVerb(start, first: first, last: last, end: end) {
                if let noun = objectText(subject) {
                    return clause(start, verb: verb, object: noun, end: end, endOffset: endOffset, limit: limit) + closing
                }
                if start >= 2, subject.upperBound < start - 1, Self.relativePronouns.contains(tokens[start - 1].key) {
                    return text(from: Int(tokens[subject.lowerBound].start), to: Int(tokens[start - 1].end), capitalized: true) + " "
                        + text(from: Int(tokens[start].start), to: endOffset, limit: limit) + closing
                }
            }
            var opening = text(from: Int(tokens[subject.lowerBound].start), to: Int(tokens[subject.upperBound].end), capitalized: true)
            // "The tour will open in St. Louis on July 4 and close in Los Angeles in September" → "The tour will close …": a
            // later conjunct's bare verb takes the modal right after the subject it shares (was "The tour close …").
            // ("The craft, built by a team in Colorado, will collect samples in October and return to Earth in 2027": past a
            // phrase set off after the subject.)
            var modal = subject.upperBound + 1
            if modal < start, tokens[modal].isPunctuation(","),
               let close = (modal + 1..<start).first(where: { tokens[$0].isPunctuation(",") }) { modal = close + 1 }
            if conjunct || coordinated, modal < start, tokens[modal].kind == .word, !infos[modal].tags.isDisjoint(with: [.modal, .future]),
               tokens[start].kind == .word, infos[start].tags.isDisjoint(with: [.modal, .future, .pastVerb, .pastAux, .presentAux, .beAux]),
               !endsInEd(start), !endsInIng(start), !endsInPluralS(start) {
                opening += " " + text(from: Int(tokens[modal].start), to: Int(tokens[modal].end))
            }
            // "People who remain in junk funds now could get hit": a relative clause without a comma defines its
            // noun and keeps its pronoun.
            var restStart = relative && start >= 2 && subject.upperBound == start - 2 && !tokens[start - 2].isPunctuation(",")
                ? start - 1 : start
            // "Vaccines, which became available in September, are free until March", "The museum, which opened in 1992,
            // expects 40,000 visitors this weekend": a relative clause set off after the subject, with the expression in the
            // main clause after it, is left out (its verb, "are", "expects", no event word, had taken the clause in).
            if relative, restStart == start, opensClause(subject.lowerBound), let close = relativeClauseEnd(start, before: first) {
                restStart = close + 1
            } else if relative, restStart == start, subject.upperBound == start - 3,
                      let close = relativeClauseEnd(start, before: first, resuming: true) {
                // "The board delayed a new curriculum, which was due in January, until the autumn" → "The board delayed a new
                // curriculum until the autumn": so is one after the object of a clause that opens the sentence, when that
                // clause resumes after it with a preposition (was "A new curriculum was due in January, until the autumn").
                let main = clauseStart(subject.lowerBound, limit: first - Self.window)
                if main < subject.lowerBound, opensClause(main), (main..<subject.lowerBound).contains(where: { isVerbLike($0) }) {
                    opening = text(from: Int(tokens[main].start), to: Int(tokens[subject.upperBound].end), capitalized: true)
                    restStart = close + 1
                }
            }
            let rest = text(from: Int(tokens[restStart].start), to: endOffset, limit: limit - opening.unicodeScalars.count - 1)
            // A parenthesis keeps its commas: "The previous strike, on Feb. 1, coincided with …".
            let parenthesis = !relative && start - 2 == subject.upperBound && tokens[start - 1].isPunctuation(",")
            return closing.isEmpty ? opening + (parenthesis ? ", " : " ") + rest : opening + (parenthesis ? ", " : " ") + rest + closing
        }
        // "on the timing of parliamentary elections, which a court suspended earlier this month": the nouns after a preposition
        // right before the pronoun (which may stand for more: "a treaty calling for border demarcation, which the two
        // presidents signed") keep it, as written.
        if relative, start >= 3, Self.relativePronouns.contains(tokens[start - 1].key), tokens[start - 2].isPunctuation(","),
           objectRelativeVerb(start, first: first, last: last, end: end) != nil {
            var lead = start - 3
            while lead > start - 6, isPlainNoun(lead - 1), eventKind(lead - 1) == nil, !isVerbLike(lead - 1) { lead -= 1 }
            if isPlainNoun(start - 3), tokens[lead - 1].kind == .word, infos[lead - 1].tags.contains(.preposition) {
                return text(from: Int(tokens[lead].start), to: endOffset, limit: limit, capitalized: true) + closing
            }
        }
        // "must raise the $16.4 trillion debt limit, which the government reached on Monday": a relative clause with a
        // subject of its own after a verb's object that holds an amount takes it as its verb's object too ("The government
        // reached the $16.4 trillion debt limit on Monday").
        if relative, start >= 5, Self.relativePronouns.contains(tokens[start - 1].key), tokens[start - 2].isPunctuation(","),
           let verb = objectRelativeVerb(start, first: first, last: last, end: end),
           let lead = prepositionObject(endingAt: start - 3, afterPreposition: false), let noun = objectText(lead...(start - 3)) {
            return clause(start, verb: verb, object: noun, end: end, endOffset: endOffset, limit: limit) + closing
        }
        // "the sixth named storm of the 2013 Atlantic hurricane season, which began on June 1": a relative pronoun before its
        // verb, set off after a preposition's object that opens with an article or is plain nouns ("a deal on health
        // insurance subsidies, which expire …"), keeps that object and itself, as written
        // ("The 2013 Atlantic hurricane season, which began on June 1"; the pronoun may stand for more, which is kept too
        // when it is a plain noun phrase).
        if relative, start >= 5, Self.relativePronouns.contains(tokens[start - 1].key), tokens[start - 2].isPunctuation(","),
           isVerbLike(start), let object = prepositionObject(endingAt: start - 3) ?? bareObject(endingAt: start - 3) {
            // (With the noun phrase the preposition follows, when there is one: "a ruling on the case, which is expected
            // next month" → "A ruling on the case, which is expected next month"; not before plain nouns: "sell these
            // stocks to client investors, who were cautious …" → "Client investors, who were cautious …".)
            let lead = object >= 3 && isPlainNoun(object - 2) && !infos[object].tags.isDisjoint(with: [.the, .determiner])
                ? nounPhrase(endingAt: object - 2, sentence: tokens[first].sentence)?.lowerBound ?? object : object
            return text(from: Int(tokens[lead].start), to: endOffset, limit: limit, capitalized: true) + closing
        }
        // "would boycott the vote, originally scheduled to begin on April 22, and …": a participle set off after a noun phrase
        // (an object's) is about that noun, which it keeps with its comma.
        if let owner = participleOwner(start, first: first, last: last) {
            let opening = text(from: Int(tokens[owner.lowerBound].start), to: Int(tokens[owner.upperBound].end), capitalized: true)
            return opening + ", " + text(from: Int(tokens[start].start), to: endOffset, limit: limit - opening.unicodeScalars.count - 2)
                + closing
        }
        let body = text(from: Int(tokens[start].start), to: endOffset, limit: limit, capitalized: true)
        return closing.isEmpty ? body : body + closing
    }

    /// The comma that sets a participle phrase opening the sentence at `start` off from its main clause, at or after `end`
    /// and before any finite verb: a capitalised "-ing" word or a past participle of ``openingParticiples``, then a word
    /// ("Ending a case that began in 2019,", "Joining the paper in 1961 as a copy boy,", "Born in Boston in 1935,"). `nil`
    /// for a gerund subject ("Eliminating the deficit will be hard"), which runs on to its verb.
    private func openingParticipleComma(_ start: Int, end: Int, first: Int, last: Int) -> Int? {
        // (Any capitalised "-ed" word before a preposition as well: "Signed from Monaco in 2018,", "Asked about the vote on
        // Monday,", "Based in London since 2009,".)
        guard tokens[start].capitalized, start < end, tokens[start + 1].kind == .word,
              endsInIng(start) && !infos[start].tags.contains(.preposition) || Self.openingParticiples.contains(tokens[start].key)
                  || endsInEd(start) && infos[start + 1].tags.contains(.preposition) && !infos[start].tags.contains(.preposition)
        else { return nil }
        // (Nor a gerund subject before its auxiliary: "Smoking in bars was banned in 2007, officials said"; one in a
        // relative clause is the noun's: "Closing a chapter that had divided the board since 2018, …".)
        var relative = false
        for index in start + 1..<max(start + 1, first) {
            if Self.opensRelative(tokens[index].key) { relative = true }
            if !relative, !infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux]) { return nil }
        }
        let sentence = tokens[start].sentence
        var index = last + 1
        while index < tokens.count, index < last + Self.window, tokens[index].sentence == sentence {
            if tokens[index].isPunctuation(",") {
                return index + 1 < tokens.count && tokens[index + 1].sentence == sentence ? index : nil
            }
            if index > last, isVerbLike(index) { return nil }
            index += 1
        }
        return nil
    }

    /// The start of the clause with a verb that a lower-case "-ing" participle opening the clause at `start` is set off
    /// after by a comma, within the window ("…, sending its shares up 6 percent on Tuesday", "…, clinching their first
    /// title since 1996"); `nil` otherwise, and for the words in "-ing" of ``notParticiples`` ("according to",
    /// "including", "adding that").
    private func trailingParticipleClause(_ start: Int, first: Int) -> Int? {
        var lead = start
        while lead < first, tokens[lead].kind != .word { lead += 1 }
        guard lead < first, lead >= 2, lead > first - Self.window, tokens[lead - 1].isPunctuation(","), !tokens[lead].capitalized,
              endsInIng(lead), !infos[lead].tags.contains(.preposition), !Self.notParticiples.contains(tokens[lead].key),
              tokens[lead - 2].sentence == tokens[first].sentence, tokens[lead - 2].kind != .punctuation
        else { return nil }
        let previous = clauseStart(lead - 2, limit: first - Self.window)
        guard previous > first - Self.window,
              (previous..<lead - 1).contains(where: { eventKind($0).map({ $0 != .noun }) == true && !isPossessiveS($0) && !endsInIng($0) })
        else { return nil }
        return previous
    }

    /// The start of the reported sentence when the description from `start` to `end` is only a trailing attribution set
    /// off by a comma, its speaker, a reporting verb and the expression closing it ("…, the army said on Tuesday", "…, a
    /// newspaper reported Friday"): the news is the clause before, which the row takes in as written ("Rebels seized the
    /// town, the army said on Tuesday", was "The army said on Tuesday"). Only when the sentence before the comma has a
    /// verb and is not a quotation ("… wall," the source said Monday" stays), and, when it is too long to show whole,
    /// names no time of its own; `nil` otherwise.
    private func reportedContent(_ start: Int, end: Int, first: Int, last: Int) -> Int? {
        guard end == last, start >= 2, start + 1 < first, tokens[start - 1].isPunctuation(","),
              tokens[start - 2].kind != .punctuation, tokens[start - 2].sentence == tokens[first].sentence else { return nil }
        let verb = tokens[first - 1].key == K.on ? first - 2 : first - 1
        guard verb > start, eventKind(verb) == .reporting, verb - start <= 8,
              !(start..<verb).contains(where: { isVerbLike($0) || tokens[$0].kind == .punctuation && !tokens[$0].isPunctuation(".") }),
              var opening = tokens.sentenceStart(of: start - 1, within: Self.window),
              (opening..<start - 1).contains(where: { isVerbLike($0) }),
              !(opening..<start).contains(where: { tokens[$0].isPlainQuoteMark })
        else { return nil }
        // (A report too long to show whole that names a time of its own keeps the short attribution: the report has its
        // own row, "… to meet in Beijing from Tuesday to Thursday …, the ministry announced on Sunday".)
        if Int(tokens[last].end) - Int(tokens[opening].start) > Self.descriptionLimit,
           (opening..<start - 1).contains(where: { infos[$0].isTimeWord }) { return nil }
        // (Past a dateline the sentence holds: "WASHINGTON _ The economy created jobs …".)
        if let mark = (opening..<min(start - 1, opening + 7)).first(where: { tokens[$0].isPunctuation("_") || tokens[$0].isPunctuation("\u{2014}") }),
           (opening..<mark).allSatisfy({ tokens[$0].capitalized || tokens[$0].kind == .punctuation && !tokens[$0].isPunctuation(".") }) {
            opening = mark + 1
        }
        return trimmedStart(opening, first: first, last: last)
    }

    /// The start of the clause before a partitive relative clause opening the description at `start` after its pronoun: a
    /// comma, up to three words or numbers with no verb ("the last", "two", "most"), "of" and "which" or "whom" ("…
    /// three books, the last of which appeared …"); `nil` otherwise.
    private func partitiveRelativeClause(_ start: Int, first: Int) -> Int? {
        guard start >= 4, start <= first, Self.relativePronouns.contains(tokens[start - 1].key),
              tokens[start - 2].key == K.of else { return nil }
        let sentence = tokens[first].sentence
        guard let comma = (max(0, start - 6)..<(start - 2)).last(where: { tokens[$0].isPunctuation(",") }), comma >= 1,
              isVerbless(comma + 1..<(start - 2)),
              tokens[comma - 1].kind != .punctuation, tokens[comma - 1].sentence == sentence else { return nil }
        let clause = self.clause(before: comma, first: first)
        return clause > first - Self.window ? clause : nil
    }

    /// Whether the words from `range` hold no mark and no verb (a verbless phrase between commas).
    private func isVerbless(_ range: Range<Int>) -> Bool {
        range.allSatisfy { tokens[$0].kind != .punctuation && !isVerbLike($0) }
    }

    /// The subject and the linking verb or auxiliary that a phrase set off by commas at `start` parts from the verbless
    /// complement holding the expression at `first` ("The bridge was, because of cold rain, 95 percent complete by May",
    /// "Turnout was, by most estimates, lower in 2022"), and the complement's first token; `nil` unless the phrase opens
    /// with a preposition or "because of" and holds no verb, nor the complement before the expression, and a noun phrase
    /// opens the verb's clause.
    private func interruptedLink(_ start: Int, first: Int) -> (subject: Int, verb: Int, resume: Int)? {
        guard start >= 3, start + 2 < first, tokens[start - 1].isPunctuation(","), tokens[start].kind == .word,
              tokens[start - 2].kind == .word, tokens[start - 2].sentence == tokens[first].sentence,
              !infos[start - 2].tags.isDisjoint(with: [.beAux, .pastAux, .presentAux, .modal, .future]),
              let close = (start + 1..<first).first(where: { tokens[$0].kind == .punctuation }), tokens[close].isPunctuation(","),
              close + 1 < first,
              (infos[start].tags.contains(.preposition) || opensPhrase(start) || Self.asideOpeners.contains(tokens[start].key))
                  && !(start..<close).contains(where: { isVerbLike($0) }) || reportingAside(start..<close),
              // (A participle may stand in the complement: "was, because of floods, only half finished in June".)
              !(close + 1..<first).contains(where: { isVerbLike($0) && !endsInEd($0) && !infos[$0].tags.contains(.pastVerb) })
        else { return nil }
        let subject = clauseStart(start - 2, limit: first - Self.window)
        guard subject < start - 2, tokens[subject].kind == .word, !infos[subject].tags.contains(.preposition),
              isNounPhrase(subject...(start - 3), names: true) else { return nil }
        return (subject, start - 2, close + 1)
    }

    /// Whether the words `range` are a speaker and a reporting verb set off between a verb and its complement ("was,
    /// officials said, 95 percent complete", "will be, the bank estimates, lower"): a pronoun or a noun phrase of five
    /// words at most, then the verb closing the range.
    private func reportingAside(_ range: Range<Int>) -> Bool {
        let verb = range.upperBound - 1
        guard verb > range.lowerBound, verb - range.lowerBound <= 5, eventKind(verb) == .reporting else { return false }
        let speaker = range.lowerBound...(verb - 1)
        return speaker.count == 1 && infos[speaker.lowerBound].tags.contains(.pronounSubject)
            || !speaker.contains(where: { isVerbLike($0) }) && isNounPhrase(speaker, names: true)
    }

    /// Words other than prepositions that open a phrase set off between a verb and its complement: "was, despite the
    /// delays, ready", "was, according to the bank, below 3 percent".
    static let asideOpeners = KeySet(words: ["despite", "according", "amid"])

    /// Whether the words from `range` are a past participle's phrase with no mark and no other verb, after "now" or an
    /// adverb at most ("now set for June", "already planned for 2025").
    private func isParticipleAside(_ range: Range<Int>) -> Bool {
        var lead = range.lowerBound
        if lead < range.upperBound, opensParticiple(lead) { lead += 1 }
        return lead + 1 < range.upperBound && tokens[lead].kind == .word && !tokens[lead].capitalized
            && (endsInEd(lead) || infos[lead].tags.contains(.pastVerb)) && isVerbless(lead + 1..<range.upperBound)
    }

    /// Whether the word at `index` may stand before a past participle set off by commas: "now" or an adverb ("now set for
    /// June", "already planned for 2025", "originally scheduled to begin").
    private func opensParticiple(_ index: Int) -> Bool {
        tokens[index].key == K.now || Self.participleAdverbs.contains(tokens[index].key) || endsInLy(index)
    }

    /// The start of the clause that ends before the comma at `comma` (its opening words trimmed), within the window before
    /// the expression at `first`.
    private func clause(before comma: Int, first: Int) -> Int {
        trimmedStart(clauseStart(comma - 1, limit: first - Self.window), first: comma - 1)
    }

    /// The noun phrase or name whose appositive, set off by commas, the expression from `first` to `last` opens ("The
    /// storm, now a Category 2,", "Mr. Smith, now 74,", "expect the company, now the largest in Asia, to …"), and the
    /// appositive's closing comma; `nil` unless a verbless phrase follows the expression up to that comma.
    private func appositiveOwner(first: Int, last: Int) -> (owner: Int, close: Int)? {
        guard first >= 2, tokens[first - 1].isPunctuation(","), tokens[first - 2].kind == .word else { return nil }
        let sentence = tokens[first].sentence
        guard let close = (last + 1..<min(tokens.count, last + 10)).first(where: {
                  tokens[$0].kind == .punctuation || tokens[$0].sentence != sentence || isVerbLike($0) }),
              close > last + 1, tokens[close].isPunctuation(","), tokens[close].sentence == sentence,
              let owner = clauseOwner(endingAt: first - 2, sentence: sentence, opening: false) else { return nil }
        return (owner.lowerBound, close)
    }

    /// The clause an infinitive opening the description at `start` belongs to when an appositive set off by commas
    /// parts it from its noun ("expect a second storm, now east of Guam, to strengthen", "want the company, now the
    /// largest in Asia, to raise prices"): that clause's first token and the noun's last; `nil` unless the appositive
    /// holds no verb and words open the clause before the noun phrase.
    private func infinitiveOwner(_ start: Int, first: Int) -> (clause: Int, noun: Int)? {
        guard start >= 4, start < first, tokens[start].key == K.to, tokens[start + 1].kind == .word, !tokens[start + 1].capitalized,
              infos[start + 1].tags.isDisjoint(with: [.the, .determiner, .preposition, .pronounSubject]), !infos[start + 1].isTimeWord,
              tokens[start - 1].isPunctuation(","),
              let open = (max(1, start - 9)..<start - 1).last(where: { tokens[$0].isPunctuation(",") }), open + 1 < start - 1,
              isVerbless(open + 1..<start - 1) || isParticipleAside(open + 1..<start - 1),
              tokens[open - 1].kind == .word, tokens[open - 1].sentence == tokens[start].sentence else { return nil }
        let clause = self.clause(before: open, first: first)
        guard let noun = nounPhrase(endingAt: open - 1, sentence: tokens[start].sentence), clause < noun.lowerBound,
              (clause..<noun.lowerBound).allSatisfy({ tokens[$0].kind == .word }) else { return nil }
        return (clause, open - 1)
    }

    /// The first token of the noun phrase a relative clause opening the description at `start` after a preposition and its
    /// pronoun is about, set off by a comma before them ("the summit, at which …", "the 2019 election, in which …", "the
    /// victims, among whom …"): a name, a noun phrase or the phrase opening the sentence, with no time word, before the
    /// expression at `first`; `nil` otherwise (also for "at which point", "by which time": no noun phrase's clause).
    private func prepositionRelativeOwner(_ start: Int, first: Int) -> Int? {
        guard start >= 4, start <= first, Self.relativePronouns.contains(tokens[start - 1].key), tokens[start - 2].kind == .word,
              infos[start - 2].tags.contains(.preposition),
              tokens[start].key != K.k("point"), tokens[start].key != K.k("time") else { return nil }
        let sentence = tokens[first].sentence
        // "the election in which turnout fell in 2019": without a comma, the noun phrase right before (was "Turnout fell
        // the election in in 2019"); a time word may modify its noun, as after a comma ("the second storm in which …").
        if !tokens[start - 3].isPunctuation(",") {
            guard tokens[start - 3].kind == .word, let owner = nounPhrase(endingAt: start - 3, sentence: sentence),
                  owner.lowerBound > first - Self.window, !holdsTime(owner) else { return nil }
            return owner.lowerBound
        }
        guard let owner = clauseOwner(endingAt: start - 4, sentence: sentence, opening: true),
              owner.lowerBound > first - Self.window else { return nil }
        return owner.lowerBound
    }

    /// The phrase ending at `end` that a clause set off by a comma after it is about: a name, a noun phrase, or with
    /// `opening` the phrase opening the sentence (``openingPhrase(endingAt:sentence:preposition:)``); `nil` when none
    /// ends there or it holds a time word.
    private func clauseOwner(endingAt end: Int, sentence: Int32, opening: Bool) -> ClosedRange<Int>? {
        guard let owner = name(endingAt: end, sentence: sentence).map({ $0...end })
                ?? nounPhrase(endingAt: end, sentence: sentence)
                ?? (opening ? openingPhrase(endingAt: end, sentence: sentence, preposition: false).map({ $0...end }) : nil),
              !holdsTime(owner) else { return nil }
        return owner
    }

    /// Whether the phrase `owner` holds a time word other than one that modifies the noun after its article ("the second
    /// storm", "the morning shift": ``timeModifier(_:in:)``), so that no clause after it can be about it.
    private func holdsTime(_ owner: ClosedRange<Int>) -> Bool {
        owner.contains(where: { infos[$0].isTimeWord && !timeModifier($0, in: owner) })
    }

    /// Words in "-ing" that open a phrase rather than a participle about the clause before: "according to", "including".
    static let notParticiples = KeySet(words: ["according", "including", "excluding", "following", "during", "regarding",
                                               "concerning", "pending", "notwithstanding", "saying", "adding", "noting"])

    /// Past participles that open a sentence as a phrase about its subject: "Born in 1935, …", "Founded in 1952, …".
    static let openingParticiples = KeySet(words: ["born", "raised", "founded", "elected", "appointed", "educated", "built",
                                                   "established", "named", "hired", "drafted", "ordained", "married"])

    /// The first token of the noun phrase ending at `end` that opens with an article or a determiner right after a
    /// preposition ("of the 2013 Atlantic hurricane season", "into the $5 billion fund"): at most six words, numbers
    /// and dollar signs, no verb, time word or "and".
    /// `afterPreposition` false: after a word that is no preposition instead, a verb's object ("raise the $16.4 trillion
    /// debt limit").
    private func prepositionObject(endingAt end: Int, afterPreposition: Bool = true) -> Int? {
        guard tokens[end].kind == .word, !tokens[end].capitalized, !isVerbLike(end) else { return nil }
        var lead = end
        while lead > 1, lead > end - 6, tokens[lead - 1].sentence == tokens[end].sentence {
            let previous = lead - 1
            if tokens[previous].kind == .word, infos[previous].tags.contains(.the) || infos[previous].tags.contains(.determiner) {
                let before = previous - 1
                return tokens[before].kind == .word && infos[before].tags.contains(.preposition) == afterPreposition ? previous : nil
            }
            guard tokens[previous].kind == .number || tokens[previous].isPunctuation("$")
                    || tokens[previous].kind == .word && !isVerbLike(previous) && !infos[previous].isTimeWord
                        && !infos[previous].tags.contains(.preposition) && !infos[previous].tags.contains(.and) else { return nil }
            lead = previous
        }
        return nil
    }

    /// The first of the plain nouns, without an article, ending at `end` right after a preposition ("a deal on health
    /// insurance subsidies, which expire …", "talks with opposition leaders, who met …"): at most four words.
    private func bareObject(endingAt end: Int) -> Int? {
        guard isPlainNoun(end) else { return nil }
        var lead = end
        while lead > end - 3, isPlainNoun(lead - 1) { lead -= 1 }
        let before = lead - 1
        return before >= 0 && tokens[before].kind == .word && tokens[before].sentence == tokens[end].sentence
            && infos[before].tags.contains(.preposition) ? lead : nil
    }

    /// The first token of the noun phrase ending at `end` that opens a clause after a comma and "and" or "but" ("…, but the
    /// grid operator, whose lines were cut, said …", "…, and officials, who …", "…, but the union's leader, who …"): up to
    /// six words and a possessive's or a compound's glued marks, no verb, preposition or time word; `nil` otherwise.
    private func conjunctSubject(endingAt end: Int) -> Int? {
        let sentence = tokens[end].sentence
        var lead = end + 1
        while lead > end - 6, lead >= 3, tokens[lead - 1].sentence == sentence, tokens[lead - 1].key != K.and, tokens[lead - 1].key != K.but {
            let index = lead - 1
            let token = tokens[index]
            let possessive = isPossessiveS(index)
            guard token.kind == .word && (possessive || !isVerbLike(index) && !infos[index].tags.contains(.preposition)
                                            && !infos[index].isTimeWord && !infos[index].tags.contains(.pronounSubject))
                    || (token.isApostrophe || token.isPunctuation("-")) && !token.spaceBefore else { return nil }
            lead = index
        }
        guard lead <= end, lead >= 2, tokens[lead].kind == .word, tokens[lead - 1].key == K.and || tokens[lead - 1].key == K.but,
              tokens[lead - 2].isPunctuation(",") else { return nil }
        return lead
    }

    /// The first token of the noun phrase ending at `end` that a "whose" clause without a comma follows: one with an
    /// article or a determiner ("a man", "the 6-year-old Cuban"), a name, or up to four plain nouns and a number before
    /// them ("doctors", "15,000 US troops" after a name's capital); `nil` otherwise.
    private func restrictiveOwner(endingAt end: Int) -> Int? {
        let sentence = tokens[end].sentence
        if let phrase = nounPhrase(endingAt: end, sentence: sentence) { return phrase.lowerBound }
        guard isPlainNoun(end) || tokens[end].kind == .word && tokens[end].capitalized && !infos[end].isTimeWord else { return nil }
        var lead = end
        while lead > end - 6, lead > 1, tokens[lead - 1].sentence == sentence {
            // (Through a compound's glued hyphen: "high-flying toy maker", "6-year-old Cuban".)
            if tokens[lead - 1].isPunctuation("-"), !tokens[lead - 1].spaceBefore, !tokens[lead].spaceBefore,
               tokens[lead - 2].kind == .word || tokens[lead - 2].kind == .number {
                lead -= 2
            } else if tokens[lead - 1].kind == .word, isPlainNoun(lead - 1) || tokens[lead - 1].capitalized && !infos[lead - 1].isTimeWord
                        && !isVerbLike(lead - 1) && !infos[lead - 1].tags.contains(.preposition) {
                lead -= 1
            } else {
                break
            }
        }
        if lead > 0, tokens[lead - 1].sentence == sentence,
           tokens[lead - 1].kind == .number || !infos[lead - 1].tags.isDisjoint(with: [.the, .determiner]) { lead -= 1 }
        return lead
    }

    /// The noun phrase (with an article or a determiner) a participle opening the description at `start` is set off after by
    /// a comma, past an adverb ("the vote, originally scheduled to begin on April 22", "a ceasefire, brokered by Egypt last
    /// year"); `nil` when the description opens otherwise or the phrase holds the expression.
    private func participleOwner(_ start: Int, first: Int, last: Int) -> ClosedRange<Int>? {
        guard start >= 2, start < first, tokens[start - 1].isPunctuation(","), tokens[start].kind == .word,
              !tokens[start].capitalized else { return nil }
        var lead = start
        // ("Analysts expect the second round, now set for June, to …": "now" too.)
        if opensParticiple(lead) { lead += 1 }
        // "Obama, speaking at a news conference on Thursday, said …": an -ing participle set off after the name or noun
        // phrase that opens the sentence.
        if lead < first, endsInIng(lead), eventKind(lead) != nil, eventKind(lead) != .noun {
            let sentence = tokens[first].sentence
            guard let owner = clauseOwner(endingAt: start - 2, sentence: sentence, opening: false),
                  owner.lowerBound == 0 || tokens[owner.lowerBound - 1].sentence != sentence else { return nil }
            return owner
        }
        guard lead < first, eventKind(lead) == .finite || eventKind(lead) == .reporting, endsInEd(lead) || infos[lead].tags.contains(.pastVerb)
        else { return nil }
        // No object after it (a finite verb after a subject set off by commas: "The site, closed it Thursday night"): the
        // expression, a preposition, a particle, or "to" before a verb ("set to resume Monday").
        let next = lead + 1
        let to = tokens[next].key == K.to
        guard next == first || Self.particles.contains(tokens[next].key) || infos[next].tags.contains(.preposition) && !to
                || to && next + 1 < tokens.count && infos[next + 1].tags.isDisjoint(with: [.the, .determiner, .pronounSubject]),
              let noun = nounPhrase(endingAt: start - 2, sentence: tokens[first].sentence),
              !noun.contains(first), !noun.contains(last) else { return nil }
        // (Not the object of a preposition: "a revolt by the natives, known as the Mercenary War".)
        if noun.lowerBound > 0, tokens[noun.lowerBound - 1].kind == .word, infos[noun.lowerBound - 1].tags.contains(.preposition) { return nil }
        return noun
    }

    /// The verb after which a relative clause opening at `start` with a subject of its own ("which parliament approved last
    /// year", "that the two sides signed in 2010", "which he announced on Monday") takes its noun as object: its finite
    /// verb, or the infinitive after it ("which the government plans to introduce next year"). `nil` when the clause opens
    /// with its verb (the pronoun is the subject), when the verb's subject is longer than four words, when the verb is
    /// followed by a noun of its own (the object is there already) or stands in the expression.
    private func objectRelativeVerb(_ start: Int, first: Int, last: Int, end: Int) -> Int? {
        guard start < first, tokens[start].kind == .word, !isVerbLike(start), !endsInLy(start), !Self.degreeWords.contains(tokens[start].key),
              !Self.participleAdverbs.contains(tokens[start].key), !Self.sentenceAdverbs.contains(tokens[start].key),
              opensSubjectClause(start, before: first, bareNoun: true) else { return nil }
        var verb = start + 1
        while verb < first, !isVerbLike(verb) { verb += 1 }
        guard verb < first, verb - start <= 4 else { return nil }
        // Past auxiliaries to the verb: "which the government has promised since 2010".
        while verb + 1 < first, !infos[verb].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux]),
              isVerbLike(verb + 1) { verb += 1 }
        guard eventKind(verb) == .finite || eventKind(verb) == .reporting else { return nil }
        if verb + 2 < first, tokens[verb + 1].key == K.to, tokens[verb + 2].kind == .word, !infos[verb + 2].tags.contains(.preposition) {
            verb += 2
        }
        // What follows the verb is the expression, a preposition or a particle, not an object of its own; a preposition
        // before another is stranded, and takes the noun ("which Netanyahu agreed to during a call").
        if verb + 2 < first, infos[verb + 1].tags.contains(.preposition) || Self.placePrepositions.contains(tokens[verb + 1].key),
           infos[verb + 2].tags.contains(.preposition) {
            verb += 1
        }
        let next = verb + 1
        guard next <= end, next == first || infos[next].tags.contains(.preposition) || Self.particles.contains(tokens[next].key)
                || endsInLy(next) else { return nil }
        return verb
    }

    /// A relative clause opening at `start` with a subject of its own, written as a sentence with `object` after its verb
    /// `verb` ("Parliament approved the reforms last year"), up to `endOffset` and within `limit` scalars.
    private func clause(_ start: Int, verb: Int, object: String, end: Int, endOffset: Int, limit: Int) -> String {
        let head = text(from: Int(tokens[start].start), to: Int(tokens[verb].end), capitalized: true)
        let rest = verb < end ? " " + text(from: Int(tokens[verb + 1].start), to: endOffset,
                                           limit: max(1, limit - head.unicodeScalars.count - object.unicodeScalars.count - 2)) : ""
        return head + " " + object + rest
    }

    /// The noun a relative clause is about, as the object of its verb: "the reforms", "parliamentary elections" in lower
    /// case unless a name; `nil` for a noun at the start of its sentence that is no name after an article (its case is
    /// unknown: "Parliamentary elections, which …").
    private func objectText(_ noun: ClosedRange<Int>) -> String? {
        let lead = noun.lowerBound
        let opensSentence = lead == 0 || tokens[lead - 1].sentence != tokens[lead].sentence
        let article = infos[lead].tags.contains(.the) || infos[lead].tags.contains(.determiner)
        if opensSentence, !article { return nil }
        let words = text(from: Int(tokens[lead].start), to: Int(tokens[noun.upperBound].end))
        guard article, let first = words.unicodeScalars.first, first.value >= 0x41, first.value <= 0x5A else { return words }
        return String(Character(Unicode.Scalar(first.value + 32)!)) + words.dropFirst()
    }

    /// The part of the clause `start...end` that is the conjunct holding the expression `first...last`, where "and" or
    /// "but" is followed by a verb of its own, in lower case, and not preceded by one: "The company has cut 2,000 jobs
    /// since January and plans to close three plants by June", "Obama will meet Netanyahu on Wednesday evening and will
    /// travel to Ramallah on Thursday" (each date its own conjunct; the later one takes the sentence's subject). Not a
    /// pair of verbs ("Stocks rose and fell on Monday") nor a list of nouns or of dates. Also a conjunct with a subject of
    /// its own after a first conjunct with a verb ("The singer released her debut album in 2008 and her 1975 album was
    /// reissued last week"; `ownSubject`: the later one is described by itself).
    /// `subjectFollows`: the clause was cut before such a conjunct.
    private func ownConjunct(_ start: Int, _ end: Int, first: Int, last: Int) -> (Int, Int, ownSubject: Bool, subjectFollows: Bool) {
        var start = start, end = end
        var ownSubject = false, subjectFollows = false
        let and = K.and, but = K.but
        var index = start
        while index + 1 < end {
            index += 1
            let key = tokens[index].key
            guard key == and || key == but, index < first || index > last, tokens[index].kind == .word, tokens[index + 1].kind == .word,
                  tokens[index - 1].kind != .punctuation || index - 1 == last else { continue }
            // ("the dead and injured": a noun phrase; "rose and fell": a pair of verbs. Not before a subject and a verb of the
            // conjunct's own: "were arrested and police were forced to", "seized the town and the army launched".)
            let pair = !(index < 2 || infos[index - 2].tags.isDisjoint(with: [.the, .determiner])) || isVerbLike(index - 1)
                || isEventWord(index - 1) && index - 1 != last
            var subjectLed = subjectThenVerb(after: index, end: end)
                && verbBefore(index, start: start, first: first, last: last, modal: tokens[index + 1].capitalized)
            // (After a pair's first word, only an article's or a pronoun's subject, or a bare noun before an auxiliary: "a
            // bolder and more principled provider", "the murder and others found in his car".)
            // (A speaker's name and a reporting verb stay one: "would resign and Jones said ….")
            if pair, subjectLed, !tokens[index + 1].capitalized, infos[index + 1].tags.isDisjoint(with: [.the, .determiner, .pronounSubject]) {
                subjectLed = !Self.degreeWords.contains(tokens[index + 1].key) && index + 2 <= end
                    && !infos[index + 2].tags.isDisjoint(with: [.pastAux, .presentAux, .beAux, .modal, .future])
            }
            guard subjectLed || !pair && !tokens[index + 1].capitalized && opensVerbPhrase(index + 1) else { continue }
            if index > last {
                end = index - 1
                subjectFollows = subjectLed
                break
            }
            // "Protesters blocked roads and burned tires in the capital on Tuesday": verbs that share their subject share the
            // later conjunct's date, unless the earlier one has a time of its own ("has cut 2,000 jobs since January and
            // plans to close three plants by June").
            if !subjectLed, !(start..<index).contains(where: { infos[$0].isTimeWord || (tokens[$0].kind == .number && tokens[$0].length == 4) }) {
                continue
            }
            start = index
            ownSubject = subjectLed
        }
        return (start, end, ownSubject, subjectFollows)
    }

    /// Whether a subject of its own and its finite verb follow the conjunction at `index`: an article, a possessive or a
    /// subject pronoun and up to three more words or numbers, none a verb or a preposition, then a finite verb ("and her
    /// 1975 album was reissued", "and the Giants won", "and he retired"), or one lowercase noun right before it ("and sales
    /// fell"). Not a name ("Kenya and Tanzania last year that killed", "he and Bushnell had been"), not "that" (a reported
    /// clause's), not a bare verb's object ("withdraw and release soldiers captured …"), not a noun with a relative clause
    /// ("and its mandate that elections be held").
    private func subjectThenVerb(after index: Int, end: Int) -> Bool {
        let lead = index + 1
        if lead + 1 <= end, tokens[lead].capitalized { return speakerThenReporting(lead, end: end) }
        guard lead + 1 <= end, !tokens[lead].capitalized, tokens[lead].key != K.that, !isVerbLike(lead),
              infos[lead].tags.isDisjoint(with: [.preposition, .clauseBreak, .and]), !endsInLy(lead),
              !Self.sentenceAdverbs.contains(tokens[lead].key) else { return false }
        if infos[lead].tags.isDisjoint(with: [.determiner, .the, .pronounSubject]) {
            return isVerbLike(lead + 1)
        }
        var cursor = lead + 1
        while cursor <= end, cursor <= lead + 3, tokens[cursor].kind == .word && !isVerbLike(cursor) && !Self.relativeOpeners.contains(tokens[cursor].key)
                && infos[cursor].tags.isDisjoint(with: [.preposition, .clauseBreak, .and]) || tokens[cursor].kind == .number {
            cursor += 1
        }
        // An article or a possessive needs its noun ("between the centre and the left": no subject); a participle of
        // scheduling modifies it ("and a referendum scheduled for mid-2009").
        let pronoun = infos[lead].tags.contains(.pronounSubject)
        guard cursor <= end, pronoun || cursor > lead + 1, !TenseReader.scheduleWords.contains(tokens[cursor].key) else { return false }
        return isVerbLike(cursor)
    }

    /// Whether a speaker's name opens at `lead` and a reporting verb follows it, no further than `end`: up to three
    /// capitalised words, a title keeping its period ("and Jones said he would stay", "and Rep. Ellen Marsh told
    /// reporters", "and Mrs. Meloni said"), a subject of its own ("Smith said on Monday that he would resign and Jones
    /// said …" → "Smith said on Monday that he would resign"). Not a name that a verb does not follow ("Kenya and
    /// Tanzania last year"), nor one a name before the conjunction goes on ("the Immigration and Naturalization Service
    /// said").
    private func speakerThenReporting(_ lead: Int, end: Int) -> Bool {
        guard lead >= 2, !tokens[lead - 2].capitalized || infos[lead - 2].isTimeWord else { return false }
        var cursor = lead, words = 0
        while cursor < end, words < 3, tokens[cursor].kind == .word, tokens[cursor].capitalized {
            words += 1
            cursor += 1
            if cursor < end, tokens[cursor].isPunctuation("."), !tokens[cursor].spaceBefore { cursor += 1 }
        }
        return words > 0 && cursor <= end && !tokens[cursor].capitalized && eventKind(cursor) == .reporting
    }

    /// Whether a verb of the first conjunct stands shortly before the conjunction at `index` (ten words at most), with no
    /// relative or reported clause opening between them ("the rendezvous that Fidel Castro and the Pope are having");
    /// `modal`: a modal counts ("that he would resign and Jones said …").
    private func verbBefore(_ index: Int, start: Int, first: Int, last: Int, modal: Bool = false) -> Bool {
        var cursor = index - 1
        while cursor >= start, cursor >= index - 10 {
            if Self.relativeOpeners.contains(tokens[cursor].key) { return false }
            if cursor < first || cursor > last,
               isVerbLike(cursor) || modal && !infos[cursor].tags.isDisjoint(with: [.modal, .future]) { return true }
            cursor -= 1
        }
        return false
    }

    /// Whether a lower-case subject opens at `index` and its verb follows before `limit` (the expression): an article or a
    /// determiner and up to three words of a noun phrase ("the death toll rose", "a judge denied"), or a subject
    /// pronoun ("he was"); with `bareNoun`, also a noun phrase without an article or a name ("police arrived", "Smith
    /// resigned").
    private func opensSubjectClause(_ index: Int, before limit: Int, bareNoun: Bool = false) -> Bool {
        let tags = infos[index].tags
        guard tokens[index].kind == .word, bareNoun || !tokens[index].capitalized else { return false }
        if tags.contains(.pronounSubject) { return index + 1 < limit && isVerbLike(index + 1) }
        let article = !tags.isDisjoint(with: [.the, .determiner])
        guard article || bareNoun && !isVerbLike(index) && tags.isDisjoint(with: Self.notSubjectTags) && !infos[index].isTimeWord
                && eventKind(index) != .nonFinite else { return false }
        var word = article ? index + 1 : index
        while word < limit, word <= index + 4, tokens[word].kind == .word, bareNoun || !tokens[word].capitalized {
            if isVerbLike(word) { return word > index + (article ? 1 : 0) }
            guard infos[word].tags.isDisjoint(with: Self.notSubjectTags), !infos[word].isTimeWord else { return false }
            word += 1
        }
        return false
    }

    /// Tags of words that cannot stand inside a conjunct's subject before its verb.
    static let notSubjectTags: WordInfo.Tags = [.preposition, .clauseBreak, .and, .of, .the, .determiner]

    /// A verb-like word (``isVerbLike(_:)``), or an event word or a verb of intention before "to" ("plans to close",
    /// "hopes to sell").
    private func opensVerbPhrase(_ index: Int) -> Bool {
        isVerbLike(index) || index + 1 < tokens.count && (tokens[index + 1].key == K.to
            && (isEventWord(index) || infos[index].tags.contains(.intends))
            // "and expects a decision by June": a present verb of intention before its object's article.
            || Self.presentIntentions.contains(tokens[index].key) && !infos[index + 1].tags.isDisjoint(with: [.the, .determiner])
            // "and hopes for a new appointment by Friday", "and calls for new elections by June": a present verb of asking
            // before its "for".
            || tokens[index + 1].key == K.for_ && Self.presentRequests.contains(tokens[index].key))
    }

    /// Present verbs of hoping or asking before "for": "hopes for", "calls for".
    static let presentRequests = KeySet(words: ["hopes", "calls", "asks", "waits", "pushes", "presses", "looks", "wants"])

    /// The start of the clause with a verb whose figure the appositive opening at `start` ranks: a clause set off by a
    /// comma that opens with "the", "its" or "their" and a superlative ("…, the highest since 1963", "…, its weakest level
    /// since August 2009"), after a clause with a verb; `nil` otherwise.
    func rankedClause(before start: Int, first: Int) -> Int? {
        let comma = tokens[start].isPunctuation(",") ? start : start - 1
        guard comma >= 1, comma > first - Self.window, tokens[comma].isPunctuation(","), comma + 2 < tokens.count,
              tokens[comma - 1].sentence == tokens[first].sentence, Self.appositiveDeterminers.contains(tokens[comma + 1].key),
              isSuperlative(comma + 2) else { return nil }
        let earlier = clauseStart(comma - 1, limit: first - Self.window)
        return (earlier..<comma).contains(where: { isVerbLike($0) && !isPossessiveS($0) }) ? earlier : nil
    }

    /// Determiners that open an appositive ranking a figure: "the highest since 1963", "its weakest level since 2009".
    static let appositiveDeterminers = KeySet(words: ["the", "its", "their"])
    /// Superlatives not written with "-est": "the worst since", "the most since", "the first since".
    static let otherSuperlatives = KeySet(words: ["worst", "most", "least", "first", "best"])
    /// Words in "-est" that are no superlative: "the protest", "its interest".
    static let notSuperlatives = KeySet(words: ["interest", "protest", "request", "arrest", "contest", "harvest", "forest",
                                                "guest", "chest", "quest", "crest", "unrest", "conquest", "inquest", "honest",
                                                "modest", "digest", "midwest", "suggest", "invest", "manifest"])

    /// Whether the word at `index` is a superlative: "highest", "biggest", "weakest", "worst", "most".
    func isSuperlative(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        let end = Int(token.end)
        return token.length >= 5 && scalars[end - 1] == "t" && scalars[end - 2] == "s" && scalars[end - 3] == "e"
            && !Self.notSuperlatives.contains(token.key) || Self.otherSuperlatives.contains(token.key)
    }

    /// Present verbs of intention that take an event noun as object: "expects a decision", "plans a vote".
    static let presentIntentions = KeySet(words: ["expects", "expect", "plans", "intends", "hopes", "wants", "seeks",
                                                  "anticipates", "predicts", "sees"])

    /// Relative pronouns that stand for a noun before them ("Ukraine, which …").
    static let relativePronouns = KeySet(words: ["which", "who", "whom"])
    /// Words that open a relative clause, "that" included: "drills that run until April 30".
    static let relativeOpeners = KeySet(words: ["that", "which", "who"])
    /// Whether `key` is one of ``relativeOpeners``: three constants compared, no look-up (``computedKind(_:)`` asks
    /// for most words it reads).
    @inline(__always) static func opensRelative(_ key: UInt64) -> Bool { key == K.that || key == K.which || key == K.who }
    /// Presents of lasting that are nouns or adjectives elsewhere ("a run on the banks", "last year"): verbs after a
    /// relative pronoun.
    static let lastingPresents = KeySet(words: ["run", "runs", "last", "lasts", "continue", "continues", "stretch", "stretches"])
    /// Words that open a sentence without being its subject.
    static let sentenceAdverbs = KeySet(words: ["however", "meanwhile", "moreover", "also", "still", "yet", "indeed", "instead",
                                                   "nevertheless", "nonetheless", "furthermore", "besides", "thus", "therefore",
                                                   "otherwise", "likewise", "overall", "then", "first", "finally", "among", "amid",
                                                   "despite", "like", "unlike", "according", "here", "there", "so", "but", "and",
                                                   "again", "further"])

    /// `start` past the punctuation and connectives a description does not open with; "as" and "because" before "of", "as"
    /// before "a" / "an" open a phrase and stay ("As of Friday, …", "Because of …", "As a result of …").
    private func trimmedStart(_ start: Int, first: Int, last: Int? = nil) -> Int {
        var start = start
        while start < first, tokens[start].kind == .punctuation || Self.leadingConnectives.contains(tokens[start].key) && !opensPhrase(start)
                    // ("As recently as late 2009, polls …": the limit on the time is the expression's.)
                    && !(tokens[start].key == K.as_ && start + 2 < first && Clauses.timeLimitAsWords.contains(tokens[start + 1].key))
                // (", at which point shares fell …", ", by which time fans had left …": the clause after them.)
                || Self.pointsInTime.contains(tokens[start].key) && start >= 2 && start + 1 < first && tokens[start - 1].key == K.which
                    && tokens[start - 2].kind == .word && infos[start - 2].tags.contains(.preposition)
                || Self.clauseSubordinators.contains(tokens[start].key) && start + 1 < first
                    && (opensSubjectClause(start + 1, before: first, bareNoun: true) || opensModifiedSubjectClause(start + 1, first: first, last: last)) {
            start += 1
        }
        return start
    }

    /// Whether a subject that a noun modifies opens at `index` and its verb follows, after a subordinator: an article
    /// or a determiner, a possessive, a phrase of "of", "in", "for" and names ("after a string of tornadoes killed 24
    /// people", "after the boy's relatives in Miami said", "since the Office for National Statistics published"), up to
    /// ten words; the date may stand right before the verb ("after a federal appeals court Thursday refused", "after
    /// the capture of Vicksburg in 1863 gave"). Not a participle before "by" ("until the arrival of a force of soldiers led by …"), nor a
    /// subject with a comma, a clause break or a relative pronoun in it ("before the panel that issued …").
    private func opensModifiedSubjectClause(_ index: Int, first: Int, last: Int?) -> Bool {
        guard tokens[index].kind == .word, !infos[index].tags.isDisjoint(with: [.the, .determiner]) else { return false }
        var word = index + 1, words = 0, modified = false
        while word < tokens.count, words < 10, tokens[word].sentence == tokens[index].sentence {
            if word == first {
                // (The date between the subject and its verb: "a court Thursday refused".)
                guard let last else { return false }
                word = last + 1
                // (After a phrase that modifies the noun, a name of a day or month, or one word: not "after a flat
                // second quarter tied to …".)
                return word > index + 1 && (modified || tokens[first].capitalized || first == last) && word < tokens.count && isVerbLike(word) && !participleBeforeBy(word)
            }
            if tokens[word].kind == .punctuation {
                // ("a sun-like star": a hyphen inside a word.)
                if tokens[word].isPunctuation("-"), !tokens[word].spaceBefore, word + 1 < first, !tokens[word + 1].spaceBefore {
                    word += 2
                    continue
                }
                guard tokens[word].isApostrophe, word + 1 < first, isPossessiveS(word + 1) else { return false }
                modified = true
                word += 2
                continue
            }
            // ("a federal appeals court": a verb-like word inside a compound noun, before the noun it modifies.)
            if isVerbLike(word), modified || !(word + 1 < first && tokens[word + 1].kind == .word && !tokens[word + 1].capitalized
                && !isVerbLike(word + 1) && infos[word + 1].tags.isDisjoint(with: Self.notSubjectTags) && !infos[word + 1].isTimeWord) {
                return modified && !participleBeforeBy(word)
            }
            let tags = infos[word].tags
            let compound = word + 1 < first && tokens[word + 1].isPunctuation("-") && !tokens[word + 1].spaceBefore
            guard !tags.contains(.clauseBreak), !Self.opensRelative(tokens[word].key), compound || !infos[word].isTimeWord
            else { return false }
            // (A second article opens a phrase that modifies the noun: "the first planet around a sun-like star".)
            if tags.contains(.of) || tags.contains(.preposition) || tags.contains(.the) || tokens[word].key == K.a || tokens[word].key == K.an {
                modified = true
            }
            word += 1
            words += 1
        }
        return false
    }

    /// Whether the verb-like word at `index` is a participle before "by" ("led by", "owned by").
    private func participleBeforeBy(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].key == K.by && eventKind(index) != .reporting
            && infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux])
    }

    /// Nouns of a moment after a preposition and "which" that open a clause about the one before ("at which point",
    /// "by which time"), not a relative clause about a noun.
    static let pointsInTime = KeySet(words: ["point", "time", "stage", "moment"])

    /// Prepositions that also open a clause with a subject and a verb of its own, which a description does not open with:
    /// "before police arrived on Tuesday" → "Police arrived on Tuesday" (not "before reaching its verdict on Thursday",
    /// "after the vote on Sunday": no subject and verb).
    static let clauseSubordinators = KeySet(words: ["before", "after", "until", "till", "since", "once"])

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
            && infos[joined].tags.contains(.clauseBreak) && !(joined..<start).contains(where: { isEventWord($0) })
        // An event word, or words enough to say something ("conditions so perfect … as great as we have now").
        let words = (joined..<start).count { tokens[$0].kind == .word }
        return words >= 4 || (joined..<start).contains(where: { isEventWord($0) }) ? joined : nil
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
        // "He enlisted in the Navy in 1943 and, after the war ended, studied …": a conjunction the clause's end left
        // dangling goes, and the punctuation before it.
        if end > last, tokens[end].kind == .word, tokens[end].key == K.and || tokens[end].key == K.but || tokens[end].key == K.or {
            return trimmedEnd(end - 1, start: start, last: last)
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
    /// `conjunct`: that clause is a conjunct ``ownConjunct(_:_:first:last:)`` cut from the sentence's opening clause.
    private func subject(before start: Int, first: Int, last: Int, end: Int, relative: Bool, coordinated: Bool = false,
                         conjunct: Bool = false) -> ClosedRange<Int>? {
        // "The stadium, which opened in 2004, remains closed until April", "The plan, which critics attacked in May, goes to
        // a vote on Friday": a main clause right after a relative clause set off after the phrase opening the sentence has
        // that phrase for its subject, whatever its verb ("remains", "goes": no event words).
        if !relative, !conjunct, start >= 4, tokens[start - 1].isPunctuation(","), opensMainClause(start),
           let comma = (max(1, start - Self.window)..<start - 1).last(where: { tokens[$0].isPunctuation(",") }),
           tokens[comma].sentence == tokens[start].sentence,
           Self.relativePronouns.contains(tokens[comma + 1].key) || tokens[comma + 1].key == K.whose
               || setOffAppositive(comma + 1, before: start - 1),
           let opening = openingPhrase(endingAt: comma - 1, sentence: tokens[start].sentence, preposition: false)
               ?? conjunctSubject(endingAt: comma - 1)
               // ("Planting, which started late …, was 95 percent complete": a gerund opening the sentence, a noun.)
               ?? ((comma == 1 || tokens[comma - 2].sentence != tokens[start].sentence) && tokens[comma - 1].capitalized
                   && endsInIng(comma - 1) ? comma - 1 : nil) {
            return opening...(comma - 1)
        }
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
            // ("due Nov. 1", "payable Dec. 1" describe a payment, not what the sentence's subject did; "The Galaxy S4, due
            // out in April, …", "The report, due in May, …": an appositive of the noun before it, which it keeps.)
            let dueAppositive = lead <= end && lead > 0 && tokens[lead].key == K.due && tokens[lead - 1].isPunctuation(",")
                && lead + 1 <= end && (tokens[lead + 1].key == K.out || tokens[lead + 1].key == K.back
                    || infos[lead + 1].tags.contains(.preposition))
            guard lead <= end, !tokens[lead].capitalized, tokens[lead].key != K.due || dueAppositive, tokens[lead].key != K.payable,
                  isVerbLike(lead) || dueAppositive || conjunct && opensVerbPhrase(lead)
                    // ("The company, a maker of chips, plans to open …", "The cartel, led by Saudi Arabia, expects demand to
                    // recover …": an intention before its infinitive or its object.)
                    || Self.presentIntentions.contains(tokens[lead].key) && lead + 1 <= end && tokens[lead + 1].kind == .word
            else { return nil }
        }
        let sentence = tokens[first].sentence
        // "… for Ukraine, which has been fighting …": a name right before the relative pronoun is what it stands for.
        if relative, start >= 3, Self.relativePronouns.contains(tokens[start - 1].key) {
            // "Sales rose, and profits, which fell in 2019, doubled …" → "Profits fell in 2019": a relative clause set off
            // after the subject opening a clause after a comma and "and" or "but" is about that subject (was "Fell in 2019").
            if tokens[start - 2].isPunctuation(","), let lead = conjunctSubject(endingAt: start - 3),
               !(lead...(start - 3)).contains(first) {
                return lead...(start - 3)
            }
            // "Talks with Moscow, which began in October,", "Shares of Brightwell, which have doubled since January,", "The
            // famous pastry shop in Belem, which has baked …": a noun phrase with a prepositional phrase opening the sentence
            // before the pronoun is the sentence's subject, which the pronoun stands for (was the preposition's object).
            // (Not when the verb is singular and that phrase's noun plural, "Hotel bookings for the Dragon Boat Festival,
            // which falls on June 12", nor after a plural object, "Ticket sales for the concerts, which start on Friday":
            // the pronoun may stand for the object.)
            if tokens[start - 2].isPunctuation(","), let opening = openingPhrase(endingAt: start - 3, sentence: sentence),
               !(opening...(start - 3)).contains(first), tokens[start - 3].capitalized || !endsInPluralS(start - 3),
               let preposition = (opening + 1..<start - 3).first(where: { infos[$0].tags.contains(.preposition) }),
               !endsInPluralS(preposition - 1) || !isSingularVerb(start) {
                return opening...(start - 3)
            }
            if tokens[start - 2].isPunctuation(","), let name = name(endingAt: start - 3, sentence: sentence),
               !(name...(start - 3)).contains(where: { $0 >= first && $0 <= last || infos[$0].isTimeWord }) {
                // "a package for Ukraine, which Hungary had blocked in May", "The talks with Russia, which began in May,":
                // a name after a preposition stands for the noun phrase before it when the clause takes it as its
                // object, or when that phrase opens the sentence ("Hungary had blocked a package for Ukraine in May",
                // was "… blocked Ukraine …"; not "aid from Germany, which has pledged more").
                if let noun = phraseBefore(name: name, sentence: sentence),
                   noun == 0 || tokens[noun - 1].sentence != sentence || objectRelativeVerb(start, first: first, last: last, end: end) != nil {
                    return noun...(start - 3)
                }
                return name...(start - 3)
            }
            // "Rebels attacked the dam on Wednesday, which was built in 1960": a relative pronoun after a date stands for
            // the noun phrase before that date ("The dam was built in 1960", was "Was built in 1960").
            // ("Officials unveiled a plan for Gaza on Monday, which Israel had rejected in April", "retook a bridge over the
            // Donets on Monday, which was built in 1958": the noun phrase before a preposition, as above. Not a clause
            // with a subject of its own that takes no object: "bought the plant in 2004, which it will now sell".)
            if tokens[start - 2].isPunctuation(","), let date = dateStart(endingAt: start - 3),
               let noun = nounPhrase(endingAt: date - 1, sentence: sentence) ?? name(endingAt: date - 1, sentence: sentence).map({ $0...(date - 1) })
                ?? bareObject(endingAt: date - 1).flatMap({ phraseBefore(name: $0, sentence: sentence) }).map({ $0...(date - 1) }),
               !noun.contains(first), !noun.contains(last), !noun.contains(where: { infos[$0].isTimeWord }),
               isVerbLike(start) || objectRelativeVerb(start, first: first, last: last, end: end) != nil {
                return (phraseBefore(name: noun.lowerBound, sentence: sentence) ?? noun.lowerBound)...noun.upperBound
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
        // ("\"Buyers who waited on the sidelines since 2022 are coming back,\" he said": past an opening quotation mark.)
        if opening + 1 < start, quoteMark(opening, sentence: sentence) == .opening { opening += 1 }
        // "They moved to Ohio in 2010, and opened a bakery two years later": a later conjunct of a sentence that opens with
        // a pronoun and its verb takes the pronoun ("They opened a bakery two years later", was "Opened a bakery …").
        if conjunct || coordinated, opening + 1 < start, tokens[opening].kind == .word, infos[opening].tags.contains(.pronounSubject),
           isVerbLike(opening + 1) {
            return opening...opening
        }
        // "In a long career, she published her first novel in 1962 and won the award in 1978", "Born in Ohio, the band formed
        // in 1985 and released an album in 1987": a later conjunct of a clause after an opening phrase set off by a comma (a
        // preposition's, a participle's, a sentence adverb) takes that clause's subject (was the whole sentence).
        if conjunct, opening + 2 < start, tokens[opening].kind == .word,
           infos[opening].tags.contains(.preposition) || Self.openingParticiples.contains(tokens[opening].key)
               || Self.sentenceAdverbs.contains(tokens[opening].key) || endsInLy(opening),
           let comma = (opening + 1..<start - 1).first(where: { tokens[$0].isPunctuation(",") }), tokens[comma + 1].kind == .word {
            let lead = comma + 1
            if infos[lead].tags.contains(.pronounSubject), isVerbLike(lead + 1) { return lead...lead }
            if infos[lead].tags.contains(.the) || infos[lead].tags.contains(.determiner) || tokens[lead].capitalized,
               let verb = firstVerb(after: lead, before: start), isNounPhrase(lead...(verb - 1), names: true) {
                return lead...(verb - 1)
            }
        }
        // A noun phrase, not a sentence adverb ("Meanwhile,", "Separately,", "However,") or a prepositional phrase.
        guard opening < start, tokens[opening].kind == .word,
              infos[opening].tags.contains(.the) || infos[opening].tags.contains(.determiner) || tokens[opening].capitalized,
              !infos[opening].tags.contains(.preposition), !infos[opening].tags.contains(.pronounSubject),
              !infos[opening].isTimeWord, !Self.sentenceAdverbs.contains(tokens[opening].key), !endsInLy(opening) else { return nil }
        // Up to seven words; a possessive's apostrophe and "s" do not count ("The European Space Agency's Planck
        // satellite, launched in 2009, released …").
        var reach = opening, words = 1
        while reach + 1 < tokens.count, words < 7 || tokens[reach + 1].kind != .word || isPossessiveS(reach + 1) {
            reach += 1
            if tokens[reach].kind == .word, !isPossessiveS(reach) { words += 1 }
            if reach > opening + 9 { break }
        }
        let subjectEnd = clauseEnd(opening, limit: reach)
        if subjectEnd < start, subjectEnd + 1 < tokens.count, clauses[subjectEnd + 1] != clauses[opening],
           isNounPhrase(opening...subjectEnd, names: true),
           // (Not a clause with its verb: "City were eighth after …, but have lost …" takes "City".)
           !coordinated || !(opening + 1..<subjectEnd + 1).contains(where: { isVerbLike($0) && tokens[$0].key != K.s }) {
            if conjunct || coordinated, let reported = reportedSubject(after: subjectEnd, before: start) { return reported }
            return opening...subjectEnd
        }
        // Not a clause of its own: after "and"/"but", the words before the opening clause's first verb.
        guard coordinated, opening + 1 < start, clauses[start] != clauses[opening] || conjunct,
              // (The "s" of a possessive is no verb: "China's economy grew …, and is expected to …".)
              let verb = firstVerb(after: opening, before: start),
              clauses[verb] == clauses[opening], isNounPhrase(opening...(verb - 1)) else { return nil }
        return reportedSubject(after: verb - 1, before: start) ?? opening...(verb - 1)
    }

    /// Whether the words from `start` to the comma at `close` are an appositive without a verb of their own: one opening
    /// with an article or a determiner ("the third this month") or with a past participle ("priced at $3,499"), with no
    /// other verb or relative word before `close`.
    private func setOffAppositive(_ start: Int, before close: Int) -> Bool {
        guard start < close, tokens[start].kind == .word, !tokens[start].capitalized,
              isDeterminer(start) || endsInEd(start) || infos[start].tags.contains(.pastVerb)
        else { return false }
        return !(start + 1..<close).contains(where: { isVerbLike($0) || Self.opensRelative(tokens[$0].key) })
    }

    /// The comma that closes the relative clause opening at `start` after its pronoun and a comma, before the expression at
    /// `first`, when a main verb's clause follows it: a lower-case word that is no preposition, conjunction, article or
    /// pronoun ("…, which opened in 1992, expects …"), or with `resuming` one of ``resumingPrepositions`` ("…, which was
    /// due in January, until the autumn"); `nil` otherwise.
    /// `pronoun`: the clause opens with "whose" at that index, its noun at `start`.
    private func relativeClauseEnd(_ start: Int, before first: Int, resuming: Bool = false, pronoun: Int? = nil) -> Int? {
        guard start >= 2, start + 1 < first, tokens[start - 2].isPunctuation(",") || pronoun != nil,
              pronoun.map({ $0 >= 1 && tokens[$0 - 1].isPunctuation(",") }) ?? Self.relativePronouns.contains(tokens[start - 1].key),
              let close = (start + 1..<first).first(where: { tokens[$0].isPunctuation(",") }), close + 1 < first,
              resuming ? Self.resumingPrepositions.contains(tokens[close + 1].key) : opensMainClause(close + 1),
              !(close + 1..<first).contains(where: { tokens[$0].isPunctuation(",") }) else { return nil }
        return close
    }

    /// Whether the word at `index` is a verb in the singular present or "was": one of ``singularVerbs``, a lower-case "-s"
    /// word ("falls", "remains").
    private func isSingularVerb(_ index: Int) -> Bool {
        tokens[index].kind == .word && (Self.singularVerbs.contains(tokens[index].key) || !tokens[index].capitalized && endsInPluralS(index))
    }

    /// Auxiliaries in the singular ("has", "is", "was", "does").
    static let singularVerbs = KeySet(words: ["is", "has", "was", "does"])

    /// Prepositions that resume a clause after a relative clause set off after its object (`relativeClauseEnd`): "delayed
    /// a new curriculum, which was due in January, until the autumn"; not "down", "up" ("…, which fell last year, down
    /// $2 billion from 2019", a figure's restatement).
    static let resumingPrepositions = KeySet(words: ["until", "till", "to", "by", "on", "in", "at", "for", "from", "after", "before",
                                                     "during", "since", "into", "through"])

    /// Whether the subject at `index` opens its sentence (past an opening quotation mark or a label's colon) or a clause after a
    /// subordinating word ("while the Tenth Army, who …, was"): not an object ("doubling the trade turnover, which …").
    private func opensClause(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        return index == 0 || tokens[index - 1].sentence != sentence || quoteMark(index - 1, sentence: sentence) == .opening
            || tokens[index - 1].isPunctuation(":") || tokens[index - 1].kind == .word && infos[index - 1].tags.contains(.clauseBreak)
                && !Self.relativePronouns.contains(tokens[index - 1].key)
    }

    /// Whether the word at `index`, after a comma, can open the main clause's verb phrase: a lower-case word that is no
    /// preposition, conjunction, article, pronoun, relative word or time word.
    private func opensMainClause(_ index: Int) -> Bool {
        tokens[index].kind == .word && !tokens[index].capitalized
            && infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .and, .the, .determiner, .pronounSubject])
            && !infos[index].isTimeWord && !Self.relativeOpeners.contains(tokens[index].key)
    }

    /// The first token of the noun phrase and its prepositional phrase that open the sentence and end at `end` ("Talks
    /// with Moscow", "Drowning deaths in the county", "The famous pastry shop in Belem", past an opening quotation mark):
    /// at most ten tokens, after a label and its colon, with a preposition after the first word (any noun phrase
    /// without `preposition`: "The stadium", "Vaccines", "Mr. Smith"), and no number, time word, verb or punctuation but a possessive's apostrophe, a
    /// hyphen or an abbreviation's period ("Revenue for the fourth quarter", "Sales in 2012" are left to the pronoun's
    /// other readings); `nil` otherwise.
    private func openingPhrase(endingAt end: Int, sentence: Int32, preposition: Bool = true) -> Int? {
        guard end >= 0 else { return nil }
        var opening = end
        while opening > 0, opening > end - 10, tokens[opening - 1].sentence == sentence { opening -= 1 }
        // ("Practical notes: the new metro line, which …", "Update: the bridge, which …": past a label of up to three words
        // and its colon, not a clock's.)
        if opening + 1 < end, let colon = (opening + 1..<min(end, opening + 6)).first(where: { tokens[$0].isPunctuation(":") }),
           !(opening..<colon).contains(where: { tokens[$0].kind != .word && !tokens[$0].isApostrophe }) {
            opening = colon + 1
        }
        if opening < end, quoteMark(opening, sentence: sentence) == .opening { opening += 1 }
        guard end - opening >= (preposition ? 2 : 0), opening == 0 || tokens[opening - 1].sentence != sentence
                || quoteMark(opening - 1, sentence: sentence) == .opening || tokens[opening - 1].isPunctuation(":"),
              tokens[opening].kind == .word, tokens[end].kind == .word,
              infos[opening].tags.isDisjoint(with: [.preposition, .pronounSubject, .clauseBreak, .and]),
              !Self.sentenceAdverbs.contains(tokens[opening].key), !endsInLy(opening),
              !preposition || (opening + 1..<end).contains(where: { tokens[$0].kind == .word && infos[$0].tags.contains(.preposition) }),
              // (A possessive's "s" is no verb: "The exhibition's curator, whose …".)
              !(opening...end).contains(where: { tokens[$0].kind == .number || infos[$0].isTimeWord
                  || isVerbLike($0) && !($0 > opening && $0 < end && isPossessiveS($0))
                      && !participleModifier($0, in: opening...end)
                  || tokens[$0].kind == .punctuation && !tokens[$0].isApostrophe && !tokens[$0].isPunctuation("-")
                      && !(tokens[$0].isPunctuation(".") && !tokens[$0].spaceBefore)
                  // (A lower-case "-s" word before anything but a preposition is a verb the lexicon may not know: "The
                  // deal includes aid for Kenya, which …".)
                  || $0 > opening && $0 < end && tokens[$0].kind == .word && !tokens[$0].capitalized && endsInPluralS($0)
                      && !infos[$0 + 1].tags.contains(.preposition) }),
              // (An "-ing" word opening it modifies the noun after it: "Rising prices in Europe", "Drowning deaths in …".)
              isNounPhrase((opening < end && endsInIng(opening) && !infos[opening + 1].tags.contains(.preposition) ? opening + 1 : opening)...end,
                           names: true) else { return nil }
        return opening
    }

    /// The first token of the noun phrase before a preposition (not "of") that the name or noun phrase opening at `name`
    /// follows: "a package for Ukraine", "The talks with Russia", "a bridge over the Donets"; at most three words (not
    /// "The package includes money for Ukraine"); `nil` otherwise.
    private func phraseBefore(name: Int, sentence: Int32) -> Int? {
        guard name >= 3, tokens[name - 1].kind == .word, infos[name - 1].tags.contains(.preposition), tokens[name - 1].key != K.of,
              let noun = nounPhrase(endingAt: name - 2, sentence: sentence), noun.count <= 3 else { return nil }
        return noun.lowerBound
    }

    /// The first token of the date ending at `end` before a relative pronoun ("the dam on Wednesday, which …", "the
    /// singer last week, who …", "the plant in May 2005, which …"): time words, numbers, abbreviations' periods and the
    /// relative words before them ("last", "next", "this"), after a preposition when there is one; at most five tokens,
    /// one of them a time word or a year.
    private func dateStart(endingAt end: Int) -> Int? {
        var lead = end + 1, dated = false
        while lead > 1, lead > end - 5, tokens[lead - 1].sentence == tokens[end].sentence {
            let previous = lead - 1
            if tokens[previous].kind == .word, infos[previous].isTimeWord { dated = true }
            else if tokens[previous].kind == .number { dated = dated || tokens[previous].digits == 4 }
            else if tokens[previous].isPunctuation("."), !tokens[previous].spaceBefore, previous < end {}
            else if tokens[previous].kind != .word || infos[previous].tags.isDisjoint(with: [.last, .this, .next]) { break }
            lead = previous
        }
        // (After a preposition or from "last", "next", "this": not "the fourth quarter, which …".)
        guard dated, lead <= end, lead >= 2 else { return nil }
        if tokens[lead - 1].kind == .word, infos[lead - 1].tags.contains(.preposition) { return lead - 1 }
        return infos[lead].tags.isDisjoint(with: [.last, .this, .next]) ? nil : lead
    }

    /// The subject of the clause a "said" right after the sentence's subject reports, when both that clause and the later
    /// conjunct opening at `start` go on with a modal: "Forecasters said the winds would return on Wednesday and could
    /// gust …" → "The winds could gust …" (was "Forecasters could gust …"). A noun phrase of up to six tokens after "said"
    /// and an optional "that"; not a pronoun.
    private func reportedSubject(after subjectEnd: Int, before start: Int) -> ClosedRange<Int>? {
        func isModal(_ index: Int) -> Bool { !infos[index].tags.isDisjoint(with: [.modal, .future]) }
        var opening = start
        while opening < tokens.count - 1, infos[opening].tags.contains(.and) || tokens[opening].key == K.but
                || tokens[opening].kind == .punctuation { opening += 1 }
        var lead = subjectEnd + 1
        guard isModal(opening), lead < start, Self.sayVerbs.contains(tokens[lead].key) else { return nil }
        lead += 1
        if lead < start, tokens[lead].key == K.that { lead += 1 }
        guard lead < start, tokens[lead].kind == .word, infos[lead].tags.isDisjoint(with: [.pronounSubject, .preposition]),
              !infos[lead].isTimeWord,
              let verb = (lead + 1..<min(lead + 7, start)).first(where: { isVerbLike($0) || isModal($0) }),
              isModal(verb), isNounPhrase(lead...(verb - 1)) else { return nil }
        return lead...(verb - 1)
    }

    /// Adverbs before a participle that opens a clause set off after the subject: "The deal, first announced in October,".
    static let participleAdverbs = KeySet(words: ["first", "initially", "originally", "previously", "already", "also", "later",
                                                  "once", "since", "subsequently", "recently", "formerly"])

    /// Lower-case particles joined by a hyphen inside Arabic names: "al-Assad", "bin-Talal", "el-Sisi".
    static let nameParticles = KeySet(words: ["al", "el", "bin", "ibn", "abu", "ul", "ash", "ar", "az"])

    /// The first token of the name ending at `end`: up to five capitalised words, or abbreviations ("Mr. Smith", "U.S.
    /// Steel"), joined by hyphens ("Jean-Marc", "al-Assad"), with a lowercase "of" between two of them ("The Bank of Japan",
    /// "the University of Michigan"), in the sentence.
    private func name(endingAt end: Int, sentence: Int32) -> Int? {
        guard end >= 0, tokens[end].kind == .word, tokens[end].capitalized, tokens[end].sentence == sentence else { return nil }
        var name = end
        var hyphens = 0  // (a hyphen's token does not count against the five words)
        while name > 0, end - name < 4 + hyphens, tokens[name - 1].sentence == sentence {
            // A capitalised word, or an abbreviation's period and its word, or "of" and the capitalised word before it
            // (not a sentence's first word, capitalised anyway: "Stocks of Apple, which fell …").
            let of = name >= 3 && tokens[name - 1].key == K.of && !tokens[name - 1].capitalized
                && tokens[name - 3].sentence == sentence
            // A hyphen inside the name: "Jean-Marc Ayrault", "Bashar al-Assad", "Eid al-Adha".
            let hyphen = name >= 2 && tokens[name - 1].isPunctuation("-") && !tokens[name - 1].spaceBefore && !tokens[name].spaceBefore
            let word = of || hyphen ? name - 2 : tokens[name - 1].isPunctuation(".") && !tokens[name - 1].spaceBefore ? name - 2 : name - 1
            guard word >= 0, tokens[word].kind == .word, tokens[word].capitalized || hyphen && Self.nameParticles.contains(tokens[word].key),
                  !infos[word].tags.contains(.preposition), tokens[word].sentence == sentence else { break }
            if hyphen { hyphens += 1 }
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
            // (A possessive's "s", a noun after an article and an "-ing" modifier read as verbs here are left to
            // `isNounPhrase`: "the state's new voting law", "the bank's merger".)
            guard token.kind == .word && !infos[index].tags.contains(.preposition)
                    && (!isVerbLike(index) || isPossessiveS(index) || index < end && !token.capitalized && endsInIng(index)
                        || index > 0 && (infos[index - 1].tags.contains(.determiner) || isPossessiveS(index - 1)))
                    || (token.isPunctuation("'") || token.isPunctuation("-")) && !token.spaceBefore else { return nil }
            index -= 1
        }
        return nil
    }

    /// Words that can be a subject: no number, time word or event word other than a noun. A number or a time word
    /// joined by a hyphen inside a modifier before the head ("The two-day summit", "the 10-year note") is the noun's.
    /// `names`: a number after a capitalised word is part of a name ("The Voyager 1 probe", "the Boeing 787"), unless it
    /// reads as a year; a number or a time word after a preposition is in a modifier of the head ("U.S. crude for April
    /// delivery", "Copper for delivery in three months").
    private func isNounPhrase(_ range: ClosedRange<Int>, names: Bool = false) -> Bool {
        func inModifier(_ index: Int) -> Bool {
            index < range.upperBound
                && (tokens[index + 1].isPunctuation("-") && !tokens[index + 1].spaceBefore
                    || index > range.lowerBound && tokens[index - 1].isPunctuation("-") && !tokens[index].spaceBefore
                        && !tokens[index - 1].spaceBefore)
        }
        // A model number glued to its name or after a capitalised one at the phrase's end is the name's: "The Galaxy S4",
        // "Airbus's A380", "Windows 8".
        func inName(_ index: Int) -> Bool {
            if tokens[index].kind == .number && index > range.lowerBound && tokens[index - 1].kind == .word
                && (!tokens[index].spaceBefore || index == range.upperBound && tokens[index - 1].capitalized && tokens[index].digits <= 3) {
                return true
            }
            guard names, index > range.lowerBound else { return false }
            // "Her 1996 album", "The party's 2017 manifesto": a year between a determiner or a possessive and its noun.
            if tokens[index].kind == .number, tokens[index].digits == 4, index < range.upperBound, tokens[index + 1].kind == .word,
               !infos[index + 1].isTimeWord, isPossessiveS(index - 1) || infos[index - 1].tags.contains(.determiner) {
                return true
            }
            // (Read only for a number or a time word, which few subjects hold.)
            if (range.lowerBound..<index).contains(where: { tokens[$0].kind == .word && infos[$0].tags.contains(.preposition) }) {
                return true
            }
            return tokens[index].kind == .number && tokens[index - 1].kind == .word
                && tokens[index - 1].capitalized && !infos[index - 1].isTimeWord
                && !(tokens[index].digits == 4 && (1000...2099).contains(tokens[index].number))
        }
        return !range.contains {
            (tokens[$0].kind == .number || infos[$0].isTimeWord) && !inModifier($0) && !inName($0) && !timeModifier($0, in: range)
                || eventKind($0).map { $0 != .noun } ?? false && !participleModifier($0, in: range)
        }
    }

    /// Whether the verb-like word at `index` in `range` is a noun's or a noun: a lower-case word right after "the", "a" or
    /// "an" ("The cost of fuel", "a hit of 2 percent"), or one that modifies the word after it: "Sales of existing
    /// homes", "the rising cost of food": an "-ing" word or a past participle ("Sales of imported fuel", "The price of
    /// frozen chicken") after a preposition, an article or a determiner and before the word it modifies is no verb (not
    /// before an article: "aims at doubling the trade").
    private func participleModifier(_ index: Int, in range: ClosedRange<Int>) -> Bool {
        if index > range.lowerBound, !tokens[index].capitalized, tokens[index].kind == .word,
           infos[index - 1].tags.contains(.the) || tokens[index - 1].key == K.a || tokens[index - 1].key == K.an,
           infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux]) {
            return true
        }
        return index > range.lowerBound && index < range.upperBound && !tokens[index].capitalized
            && (endsInIng(index) || endsInEd(index) || infos[index].tags.contains(.pastVerb))
            && tokens[index + 1].kind == .word
            && infos[index + 1].tags.isDisjoint(with: [.preposition, .the, .determiner, .pronounSubject])
            && (!infos[index - 1].tags.isDisjoint(with: [.preposition, .the, .determiner])
                // ("the state's new voting law", "the city's hiring rules": an "-ing" word before the head, after a
                // possessive or an adjective.)
                || index + 1 == range.upperBound && endsInIng(index)
                    && (isPossessiveS(index - 1) || tokens[index - 1].kind == .word && !tokens[index - 1].capitalized
                        && eventKind(index - 1) == nil && infos[index - 1].tags.isDisjoint(with: [.preposition, .and])))
    }

    /// Whether the time word at `index` modifies the noun after it in `range`, right after an article ("a second storm",
    /// "the morning shift"): a lower-case word follows that is no time word or preposition.
    private func timeModifier(_ index: Int, in range: ClosedRange<Int>) -> Bool {
        index > range.lowerBound && index < range.upperBound && infos[index].isTimeWord
            && (tokens[index - 1].key == K.a || tokens[index - 1].key == K.an || tokens[index - 1].key == K.the)
            && tokens[index + 1].kind == .word && !tokens[index + 1].capitalized && !infos[index + 1].isTimeWord
            && !infos[index + 1].tags.contains(.preposition)
    }

    /// The first verb within six words after `index` and before `limit`, a subject's end (a possessive's "s" is no verb:
    /// "China's economy grew …").
    private func firstVerb(after index: Int, before limit: Int) -> Int? {
        (index + 1..<min(index + 7, limit)).first(where: { isVerbLike($0) && !isPossessiveS($0) })
    }

    /// Whether the token at `index` is the "s" of a possessive, right after its apostrophe.
    func isPossessiveS(_ index: Int) -> Bool {
        index >= 1 && tokens[index].key == K.s && tokens[index - 1].isApostrophe && !tokens[index].spaceBefore
    }

    /// A finite or reporting verb, or an auxiliary.
    private func isVerbLike(_ index: Int) -> Bool {
        eventKind(index) == .finite || eventKind(index) == .reporting
            || !infos[index].tags.isDisjoint(with: [.pastAux, .presentAux, .modal, .future, .beAux])
    }

    /// The first token of the clause holding `index`, no further back than `limit`.
    func clauseStart(_ index: Int, limit: Int) -> Int {
        var start = index
        while start > 0, start > limit, clauses[start - 1] == clauses[index] { start -= 1 }
        return start
    }

    /// The last token of the clause holding `index`, no further on than `limit`.
    func clauseEnd(_ index: Int, limit: Int) -> Int {
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
            // The bytes written beyond one per scalar (scalars beyond ASCII): `written - extraBytes` scalars are written,
            // counted only where a space may cut the text, not at every scalar.
            var extraBytes = 0
            scalars.withUnsafeBufferPointer { scalars in
                var index = start
                while index < end {
                    let value = scalars[index].value
                    // The usual case first: a visible ASCII scalar.
                    if value > 32, value < 0x80 {
                        result[written] = UInt8(truncatingIfNeeded: value)
                        written &+= 1
                        index &+= 1
                        continue
                    }
                    if Tokenizer.isSpace(value) {
                        // A run of whitespace: one space, written only between two words (none at either end).
                        index += 1
                        while index < end, Tokenizer.isSpace(scalars[index].value) { index += 1 }
                        guard index < end, written > 0 else { continue }
                        if written - extraBytes >= limit { ScalarText.write("…", to: result, at: &written); break }
                        result[written] = 32
                        written += 1
                        continue
                    }
                    let before = written
                    ScalarText.write(scalars[index], to: result, at: &written)
                    extraBytes += written - before - 1
                    index += 1
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
