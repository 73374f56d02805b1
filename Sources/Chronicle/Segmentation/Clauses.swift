/// Splits each sentence into clauses, so that an expression is tied to the verb of its own clause.
///
/// A clause ends at a comma, semicolon, colon (not a clock time's), quote or spaced dash, and before a
/// word that opens a subordinate or coordinate clause ("which", "while", "but", "after" …, see
/// ``Lexicon``; not "so" in "so far"). Sentence boundaries always end a clause. The result is a clause number per token;
/// numbers only grow through the text.
enum Clauses {
    static func clauseNumbers(tokens: [Token], infos: [WordInfo]) -> [Int32] {
        precondition(infos.count == tokens.count, "one word info per token")  // (the loop reads the tags unchecked)
        // Written into an uninitialised array, token by token (no uniqueness check per token).
        return [Int32](unsafeUninitializedCapacity: tokens.count) { numbers, count in
            var current: Int32 = 0
            var previousSentence: Int32 = -1
            // The closing mark of a short quotation read as words of its clause ("has been set at "substantial" since
            // July 2011", "called the plan a “disaster” on Monday").
            var scareQuoteEnd = -1
            // The comma closing an appositive set off inside its clause ("in Kisumu, Odinga's stronghold, on Friday").
            var appositiveEnd = -1
            for index in tokens.indices {
                let token = tokens[index]
                if token.sentence != previousSentence {
                    if index > 0 { current += 1 }
                    previousSentence = token.sentence
                } else if index <= scareQuoteEnd {
                    // inside a short quotation: no clause break
                } else if token.kind == .word {
                    // (A word first, the kind of most tokens: one test of its tags, the rest out of the loop.)
                    // (The tags read without a bounds check: `infos` holds one entry per token.)
                    if infos.withUnsafeBufferPointer({ $0[index].tags.contains(.clauseBreak) }),
                       opensClause(at: index, tokens: tokens, infos: infos, numbers: numbers) { current += 1 }
                } else if token.kind == .punctuation {
                    if token.number == 44, isPlaceRegionComma(index, tokens: tokens, infos: infos)
                        || index == appositiveEnd || tokens[index - 1].capitalized && opensAppositive(index, closingAt: &appositiveEnd, tokens: tokens, infos: infos)
                        || isYearListComma(index, tokens: tokens) || isScoreListComma(index, tokens: tokens) || isAgeComma(index, tokens: tokens) {
                        // a comma of "Santa Monica, Calif., in June 2011", of "in Kisumu, Odinga's stronghold, on Friday night",
                        // of "in 1979, 1983 and 1987", of "6-3, 6-3" or of "Ray Coleman, 41,": no clause break
                    } else if isClauseMark(token, previous: tokens[index - 1], next: index + 1 < tokens.count ? tokens[index + 1] : nil) {
                        if let close = shortQuotationClose(openingAt: index, tokens: tokens) { scareQuoteEnd = close } else { current += 1 }
                    }
                }
                numbers.initializeElement(at: index, to: current)
            }
            count = tokens.count
        }
    }

    /// Whether the clause word at `index` (tagged ``WordInfo/Tags/clauseBreak``) opens a clause: not a name's initials, not
    /// right after a mark that has just opened one, not "so far" (an adverb), not inside a hyphenated compound, not "since"
    /// before a year inside its clause. `numbers` holds the clause numbers of the tokens before `index`.
    private static func opensClause(at index: Int, tokens: [Token], infos: [WordInfo], numbers: UnsafeMutableBufferPointer<Int32>) -> Bool {
        index > 0 && !isCapitalName(index, tokens: tokens)
            && !(tokens[index - 1].kind == .punctuation && numbers[index - 1] != numbers[max(index - 2, 0)])
            && !(tokens[index].key == K.so && index + 1 < tokens.count && tokens[index + 1].key == K.far)
            && !isHyphenated(index, tokens: tokens) && !opensDatePhrase(index, tokens: tokens)
            && !(tokens[index].key == K.as_ && isComparativeAs(index, tokens: tokens, infos: infos))
    }

    /// Words after "as" that close an elliptic comparison or manner phrase, no clause: "hinted as much", "went ahead as
    /// planned", "opened as usual", "resumed as scheduled".
    static let comparativeAsWords = KeySet(words: ["much", "many", "usual", "planned", "scheduled", "expected", "promised",
                                                   "agreed", "intended", "announced", "forecast", "predicted", "before"])

    /// Whether "as" at `index` opens no clause: before a word of ``comparativeAsWords`` ("said as much on Monday", "as
    /// planned on Sunday"), or the second "as" of "as much as", "as many as" before a figure ("fell as much as 3 percent on
    /// Monday", "as many as 50 people").
    private static func isComparativeAs(_ index: Int, tokens: [Token], infos: [WordInfo]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        if next.kind == .word, comparativeAsWords.contains(next.key) { return true }
        if isTimeLimitAs(index, tokens: tokens, infos: infos) { return true }
        guard index >= 2, tokens[index - 2].key == K.as_, tokens[index - 1].kind == .word,
              tokens[index - 1].key == K.much || tokens[index - 1].key == K.many else { return false }
        return next.kind == .number || next.kind == .punctuation && index + 2 < tokens.count && tokens[index + 2].kind == .number
    }

    /// Words between the two "as" of a limit set on a time: "as soon as Tuesday", "as early as next week", "as late as
    /// 2010", "as recently as March".
    static let timeLimitAsWords = KeySet(words: ["soon", "early", "late", "recently"])
    /// Words that open a time after "as soon as" (besides time words and numbers): "as soon as next week", "as early as
    /// this month", "as soon as today".
    static let timeLimitOpeners = KeySet(words: ["next", "this", "today", "tomorrow", "tonight", "yesterday", "mid", "the",
                                                 "later", "last", "early", "late"])

    /// Whether "as" at `index` is either "as" of a limit set on a time, no clause: the first before "soon", "early", "late"
    /// or "recently" and a second "as" ("could be signed as soon as Tuesday, the minister said"), the second before a time
    /// word, a number or a word of ``timeLimitOpeners`` ("as early as next week"); "as soon as the talks end" opens one
    /// ("the" only after "early", "late", "recently": "as early as the 1990s").
    private static func isTimeLimitAs(_ index: Int, tokens: [Token], infos: [WordInfo]) -> Bool {
        if index + 2 < tokens.count, tokens[index + 1].kind == .word, timeLimitAsWords.contains(tokens[index + 1].key),
           tokens[index + 2].key == K.as_ {
            return true
        }
        guard index >= 2, index + 1 < tokens.count, tokens[index - 2].key == K.as_, tokens[index - 1].kind == .word,
              timeLimitAsWords.contains(tokens[index - 1].key), tokens[index + 1].sentence == tokens[index].sentence else { return false }
        let next = tokens[index + 1]
        if next.kind == .number { return true }
        guard next.kind == .word else { return false }
        if infos[index + 1].isTimeWord { return true }
        return timeLimitOpeners.contains(next.key) && (next.key != K.the || tokens[index - 1].key != K.soon)
    }

    /// Whether "since" at `index` opens a phrase of a year inside its clause, no clause of its own: "The ice that
    /// scientists have tracked since 1979 shrank last September" (the year dates "tracked", not "shrank").
    private static func opensDatePhrase(_ index: Int, tokens: [Token]) -> Bool {
        guard tokens[index].key == K.since, index + 2 < tokens.count, tokens[index + 1].kind == .number,
              tokens[index + 1].digits == 4 else { return false }
        // A verb of the clause follows the year: the phrase sits inside it.
        let after = tokens[index + 2]
        return after.kind == .word && !after.capitalized
    }

    /// Whether the word at `index` is part of a hyphenated compound ("so-called", "after-hours trading", "after-tax
    /// profit", "when-issued"): a clause-opening word inside one opens no clause.
    private static func isHyphenated(_ index: Int, tokens: [Token]) -> Bool {
        if index + 1 < tokens.count, tokens[index + 1].isPunctuation("-"), !tokens[index + 1].spaceBefore,
           index + 2 < tokens.count, !tokens[index + 2].spaceBefore { return true }
        return index >= 2 && tokens[index - 1].isPunctuation("-") && !tokens[index - 1].spaceBefore && !tokens[index].spaceBefore
    }

    /// Whether the clause word at `index` is written in capitals among words that are not: a name's initials ("The WHO,
    /// which …", "WHO officials said"), no relative pronoun or connective; not in a headline ("WHO WILL PAY").
    private static func isCapitalName(_ index: Int, tokens: [Token]) -> Bool {
        guard tokens[index].flags.contains(.allCaps) else { return false }
        return !((index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].flags.contains(.allCaps))
            || (index + 1 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 1].flags.contains(.allCaps)))
    }

    /// The closing mark of a quotation of one to four words opening at `index` inside a sentence ("set at "substantial"
    /// since", "a “disaster” on Monday"): scare quotes, words of their clause, not a quotation of its own. `nil` for any
    /// other mark, or when the words hold punctuation ("highly competitive,").
    private static func shortQuotationClose(openingAt index: Int, tokens: [Token]) -> Int? {
        let mark = tokens[index]
        guard mark.number == 0x201C || mark.number == 34 && mark.spaceBefore, index > 0, tokens[index - 1].sentence == mark.sentence,
              index + 1 < tokens.count, !tokens[index + 1].spaceBefore else { return nil }
        var close = index + 1
        while close < tokens.count, close <= index + 5, tokens[close].sentence == mark.sentence {
            let token = tokens[close]
            // A hyphen inside a word is no punctuation of the quotation ("a "go-shop" period").
            if token.isPunctuation("-"), !token.spaceBefore, close + 1 < tokens.count, !tokens[close + 1].spaceBefore,
               tokens[close + 1].kind == .word {
                close += 1
                continue
            }
            if token.kind == .punctuation {
                return (token.number == 0x201D || token.number == 34) && close > index + 1 && !token.spaceBefore ? close : nil
            }
            close += 1
        }
        return nil
    }

    /// U.S. states as AP writes them after a city: the abbreviations ("Calif.", "Fla.") and the names it spells out.
    static let usStates = KeySet(words: [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
        "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash", "wis", "wyo",
        "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "texas", "utah",
        // Reuters spells the states out.
        "alabama", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "illinois",
        "indiana", "kansas", "kentucky", "louisiana", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
        "missouri", "montana", "nebraska", "nevada", "oklahoma", "oregon", "pennsylvania", "tennessee", "vermont",
        "virginia", "wisconsin", "wyoming",
    ])

    /// Countries of one word as a wire writes them after a city ("Lagos, Nigeria,", "Aleppo, Syria,").
    static let countries = KeySet(words: [
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria", "burma",
        "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "croatia", "cuba", "cyprus", "denmark",
        "ecuador", "egypt", "england", "eritrea", "estonia", "ethiopia", "finland", "france", "georgia", "germany", "ghana",
        "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland",
        "israel", "italy", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos",
        "latvia", "lebanon", "liberia", "libya", "lithuania", "luxembourg", "macedonia", "madagascar", "malawi", "malaysia",
        "mali", "malta", "mauritania", "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar",
        "namibia", "nepal", "netherlands", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "panama",
        "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda", "scotland",
        "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland",
        "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
        "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe",
    ])

    /// Whether the comma at `index` sets off a U.S. state or a country after its city inside a clause: the one between them
    /// ("in Santa Monica, Calif.,"), and the one after the state when a preposition follows ("Calif., in June 2011",
    /// "Dayton, Ohio, until 1990", "arrested in Lagos, Nigeria, on Sunday"). A clause that ends after the state ("After
    /// he moved to Dayton, Ohio, the company …") keeps its break, and so does a list of countries ("from Britain, France,
    /// in a joint statement").
    private static func isPlaceRegionComma(_ index: Int, tokens: [Token], infos: [WordInfo]) -> Bool {
        // Either comma comes right after a capitalised word, the city's or the state's, or after the period of the
        // state's abbreviation ("Calif.,"): most commas follow none and leave here, before the searches below.
        let before = index >= 2 && tokens[index - 1].isPunctuation(".") ? index - 2 : index - 1
        guard before >= 0, tokens[before].kind == .word, tokens[before].capitalized else { return false }
        func isRegionWord(_ at: Int) -> Bool { usStates.contains(tokens[at].key) || countries.contains(tokens[at].key) }
        /// The first word of the state or country whose last word is at `at` when a comma and a capitalized city
        /// precede it ("Lagos, Nigeria", "Jiddah, Saudi Arabia"); `nil` otherwise.
        func regionStart(endingAt at: Int) -> Int? {
            guard at > 1, at < tokens.count, tokens[at].kind == .word, tokens[at].capitalized else { return nil }
            var start = at
            if isRegionWord(at) {
                if at > 2, tokens[at - 1].kind == .word, !tokens[at - 1].capitalized, compassWords.contains(tokens[at - 1].key) {
                    start = at - 1  // "Woolwich, southeast London,", "Homs, central Syria,"
                }
            } else if at > 2, tokens[at - 1].kind == .word, !tokens[at - 1].capitalized, compassWords.contains(tokens[at - 1].key),
                      tokens[at - 1].sentence == tokens[at].sentence {
                start = at - 1
            } else if at > 2, tokens[at - 1].kind == .word, tokens[at - 1].capitalized, tokens[at - 1].sentence == tokens[at].sentence,
                      twoWordRegions.contains(pairKey(tokens[at - 1].key, tokens[at].key)) {
                start = at - 1
            } else {
                return nil
            }
            guard tokens[start - 1].isPunctuation(","), tokens[start - 2].kind == .word, tokens[start - 2].capitalized,
                  tokens[start - 2].sentence == tokens[at].sentence, !isRegionWord(start - 2),
                  !(start - 3 >= 0 && tokens[start - 3].kind == .word
                      && twoWordRegions.contains(pairKey(tokens[start - 3].key, tokens[start - 2].key)))
            else { return nil }
            return start
        }
        /// The token after the state's name and its abbreviation's period.
        func after(_ state: Int) -> Int {
            state + 1 < tokens.count && tokens[state + 1].isPunctuation(".") && !tokens[state + 1].spaceBefore ? state + 2 : state + 1
        }
        if index + 2 < tokens.count, tokens[index + 1].kind == .word {
            for last in (index + 1)...(index + 2) where regionStart(endingAt: last) == index + 1 {
                let next = after(last)
                return next < tokens.count && tokens[next].isPunctuation(",")
            }
        }
        let state = index >= 2 && tokens[index - 1].isPunctuation(".") ? index - 2 : index - 1
        guard regionStart(endingAt: state) != nil, after(state) == index, index + 1 < tokens.count,
              tokens[index + 1].sentence == tokens[index].sentence
        else { return false }
        return infos[index + 1].tags.contains(.preposition) || opensTimeAfterRegion(index + 1, tokens: tokens)
    }

    /// Whether the comma at `index` opens a short appositive of a place or a name a preposition or a verb governs, when a
    /// preposition or a time follows it: "clashed in Kisumu, Odinga's stronghold, on Friday night", "broke out in Homs, a
    /// rebel stronghold, on Sunday", "seized Goma, a city of 1 million people, in November" (the clause goes on past it, as
    /// past a city's state); `close` is set to the comma that closes it. An appositive before a verb ("Smith, a former
    /// Army officer, was arrested") keeps its breaks.
    private static func opensAppositive(_ index: Int, closingAt close: inout Int, tokens: [Token], infos: [WordInfo]) -> Bool {
        guard let end = appositiveClose(openingAt: index, tokens: tokens, infos: infos) else { return false }
        close = end
        return true
    }

    /// Tags of words that make a phrase no appositive noun phrase: verbs, auxiliaries, pronouns, clause openers.
    private static let appositiveStoppers: WordInfo.Tags = [.pastAux, .presentAux, .beAux, .pastVerb, .modal, .future,
                                                            .clauseBreak, .pronounSubject, .reporting, .and]

    /// The comma closing the appositive the comma at `index` opens (``opensAppositive(_:closingAt:tokens:infos:)``): one to six
    /// words that open with an article, a determiner or a possessive name ("Odinga's"), without a verb or a preposition
    /// other than "of", after a capitalised name a preposition or a verb governs, and a preposition or a time after the comma.
    private static func appositiveClose(openingAt index: Int, tokens: [Token], infos: [WordInfo]) -> Int? {
        guard index >= 2, index + 3 < tokens.count, tokens[index - 1].kind == .word, tokens[index - 1].capitalized,
              tokens[index + 1].kind == .word else { return nil }
        let sentence = tokens[index].sentence
        var name = index - 1
        while name > 1, index - name < 4, tokens[name - 1].kind == .word, tokens[name - 1].capitalized,
              tokens[name - 1].sentence == sentence, !infos[name - 1].tags.contains(.preposition) { name -= 1 }
        // (After a preposition or a lowercase word, a verb's object: "seized Goma, a city of 1 million people, in November";
        // not a sentence's subject.)
        // (Not a fronted date's weekday or month: "On Monday, the minister, on a visit to Paris, signed" sets off the subject.)
        guard tokens[name - 1].sentence == sentence, tokens[name - 1].kind == .word, !infos[index - 1].isTimeWord,
              infos[name - 1].tags.contains(.preposition) || !tokens[name - 1].capitalized,
              !usStates.contains(tokens[index - 1].key), !countries.contains(tokens[index - 1].key) else { return nil }
        let first = index + 1
        guard infos[first].tags.contains(.determiner) || infos[first].tags.contains(.the)
                || tokens[first].capitalized && tokens[first + 1].isApostrophe && tokens[first + 2].key == K.s else { return nil }
        var close = first + 1
        while close < tokens.count, close <= first + 6, tokens[close].sentence == sentence, !tokens[close].isPunctuation(",") {
            if tokens[close].kind == .punctuation {
                guard tokens[close].isApostrophe || tokens[close].isPunctuation("-"), !tokens[close].spaceBefore else { return nil }
            } else if tokens[close].kind == .word, !(tokens[close].key == K.s && tokens[close - 1].isApostrophe) {
                guard infos[close].tags.isDisjoint(with: appositiveStoppers),
                      !infos[close].tags.contains(.preposition) || infos[close].tags.contains(.of) else { return nil }
            }
            close += 1
        }
        guard close + 1 < tokens.count, tokens[close].isPunctuation(","), tokens[close + 1].sentence == sentence,
              infos[close + 1].tags.contains(.preposition) || opensTimeAfterRegion(close + 1, tokens: tokens) else { return nil }
        return close
    }

    /// Whether the word at `index`, after the comma that closes a city's state or country, opens a time of the same
    /// clause, as AP writes it without a preposition ("met in Colombo, Sri Lanka, last week", "in Jiddah, Saudi Arabia,
    /// Monday").
    private static func opensTimeAfterRegion(_ index: Int, tokens: [Token]) -> Bool {
        tokens[index].kind == .word && timeOpenersAfterRegion.contains(tokens[index].key)
    }

    /// Words that open a time after a city's state or country: weekdays and the deictic words of "last week".
    static let timeOpenersAfterRegion = KeySet(words: [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "earlier",
        "yesterday", "today", "tonight",
    ])

    /// Lowercase words of direction that make a region of the place after them ("southeast London", "northern Syria").
    static let compassWords = KeySet(words: [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern",
        "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
    ])

    /// The key of a pair of words (``twoWordRegions``, ``EventLinker/hyphenatedEventNouns``).
    @inline(__always)
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 { first &* 0x9E37_79B9_7F4A_7C15 ^ second }

    /// States and countries of two words as a wire writes them after a city ("Jiddah, Saudi Arabia,", "Albany, New York,").
    static let twoWordRegions = KeySet([
        ("saudi", "arabia"), ("south", "africa"), ("south", "korea"), ("north", "korea"), ("new", "zealand"), ("sri", "lanka"),
        ("united", "states"), ("united", "kingdom"), ("south", "sudan"), ("costa", "rica"), ("el", "salvador"),
        ("ivory", "coast"), ("puerto", "rico"), ("hong", "kong"), ("sierra", "leone"), ("burkina", "faso"),
        ("czech", "republic"), ("dominican", "republic"), ("northern", "ireland"), ("new", "york"), ("new", "jersey"),
        ("new", "mexico"), ("new", "hampshire"), ("north", "carolina"), ("south", "carolina"), ("north", "dakota"),
        ("south", "dakota"), ("west", "virginia"), ("rhode", "island"), ("west", "bank"),
    ].map { pairKey(Lexicon.key($0.0.unicodeScalars), Lexicon.key($0.1.unicodeScalars)) })

    /// Whether the comma at `index` separates two years of a list ("won three elections, in 1979, 1983 and 1987"): the
    /// list is one phrase of its clause.
    private static func isYearListComma(_ index: Int, tokens: [Token]) -> Bool {
        func isYear(_ at: Int) -> Bool {
            let token = tokens[at]
            return token.kind == .number && token.digits == 4 && (1000...2199).contains(token.number) && token.sentence == tokens[index].sentence
        }
        return index > 0 && index + 1 < tokens.count && isYear(index - 1) && isYear(index + 1) && tokens[index + 1].spaceBefore
    }

    /// Whether the comma at `index` separates two scores of a list, as a tennis result writes its sets ("beat Morita 6-3,
    /// 6-3 on Friday night", "won 6-4, 3-6, 7-5"): the list is one phrase of its clause.
    private static func isScoreListComma(_ index: Int, tokens: [Token]) -> Bool {
        func isScore(_ from: Int) -> Bool {
            from >= 0 && from + 2 < tokens.count && tokens[from].kind == .number && tokens[from].digits <= 2
                && tokens[from + 1].isPunctuation("-") && !tokens[from + 1].spaceBefore
                && tokens[from + 2].kind == .number && tokens[from + 2].digits <= 2 && !tokens[from + 2].spaceBefore
                && tokens[from + 2].sentence == tokens[from].sentence
        }
        return index >= 3 && index + 3 < tokens.count && !tokens[index].spaceBefore && tokens[index + 1].spaceBefore
            && isScore(index - 3) && isScore(index + 1)
    }

    /// Whether the comma at `index` sets off an age after a name, as the wires write it ("convicted Ray Coleman, 41, of
    /// two counts … on Feb. 19", "Daniel Ortiz, 34, was sentenced Thursday"), or the hometown after it ("Mark Delgado, 28,
    /// of Marietta, pleaded guilty"): the age is a phrase of its clause.
    private static func isAgeComma(_ index: Int, tokens: [Token]) -> Bool {
        func isAge(_ at: Int) -> Bool {
            at > 1 && at + 1 < tokens.count && tokens[at].kind == .number && tokens[at].digits <= 3
                && tokens[at].flags.isDisjoint(with: [.grouped, .decimal]) && tokens[at + 1].isPunctuation(",")
                && tokens[at - 1].isPunctuation(",") && tokens[at - 2].kind == .word && tokens[at - 2].capitalized
                && tokens[at - 2].sentence == tokens[at + 1].sentence
        }
        if isAge(index + 1) || isAge(index - 1) { return true }
        // The comma that closes the hometown after an age: "Mark Delgado, 28, of Marietta, pleaded guilty in October".
        var cursor = index - 1
        while cursor > 0, cursor >= index - 3, tokens[cursor].kind == .word, tokens[cursor].capitalized { cursor -= 1 }
        guard cursor < index - 1, cursor >= 2, tokens[cursor].key == K.of, tokens[cursor - 1].isPunctuation(",") else { return false }
        return isAge(cursor - 2)
    }

    private static func isClauseMark(_ token: Token, previous: Token, next: Token?) -> Bool {
        switch token.number {
        case 58:  // a colon, but not the one of a clock time ("At 18:00 GMT on Sunday the eurogroup …")
            guard let next else { return true }
            return !(previous.kind == .number && next.kind == .number && !token.spaceBefore && !next.spaceBefore)
        case 44, 59, 34, 0x201C, 0x201D, 0x2014, 0x2013, 0x2015: // , ; " “ ” — – ― (a parenthesis stays inside its clause)
            return true
        case 45:  // a dash between spaces: "Beijing - which"
            return token.spaceBefore && (next?.spaceBefore ?? true)
        default:
            return false
        }
    }

    /// Whether the clause whose first word is `opener` is subordinate or parenthetical: opened by a subordinating or
    /// relative word ("after", "which", "when"; not "but", "so") or by a participle ("speaking in Brussels", "led by the
    /// president", "chaired by a former minister"). A time fronted at the start of a sentence belongs to the main clause
    /// after such clauses ("On Sunday, after talks collapsed, the leaders will try again").
    static func opensSubordinate(_ opener: Int, tokens: [Token], infos: [WordInfo], scalars: [Unicode.Scalar]) -> Bool {
        let token = tokens[opener]
        guard token.kind == .word else { return false }
        let tags = infos[opener].tags
        if tags.contains(.clauseBreak) { return token.key != K.but && token.key != K.so }
        guard !token.capitalized, tags.isDisjoint(with: [.beAux, .presentAux, .pastAux, .modal, .future, .notVerb]),
              token.length > 3 else { return false }
        let end = Int(token.end)
        if token.length > 4, scalars[end - 3] == "i", scalars[end - 2] == "n", scalars[end - 1] == "g" { return true }
        // A past participle before its preposition ("chaired by", "based in"); not a finite verb after a subject set off
        // by commas ("FBI Director Louis Freeh, on an official visit, asked Mexican authorities").
        guard tags.contains(.pastVerb) || scalars[end - 2] == "e" && scalars[end - 1] == "d" else { return false }
        return opener + 1 < tokens.count && infos[opener + 1].tags.contains(.preposition)
    }
}
