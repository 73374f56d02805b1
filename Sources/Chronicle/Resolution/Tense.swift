/// The tense of the clause holding an expression: it decides whether "Friday" or "September"
/// lies before or after the dateline.
enum Tense: UInt8, Sendable {
    /// `endPoint`: no tense is read because the expression ends a span ("until Tuesday", "by Jan. 14"):
    /// the nearest occurrence reads it best.
    /// `closed`: the date closing a period already over ("the year ended March 31"): never after the dateline.
    /// `futureOrRecent`: a day written before the event it dates, in a clause about the future ("will hear a challenge to
    /// the 4 March election"), or a month a plan reported in the past names ("was due to take effect in May"): up to two
    /// months before the dateline that recent day or month, else the next one.
    case past, present, future, none, endPoint, closed, futureOrRecent
}

/// Reads tense from the words of a clause, without a part-of-speech tagger.
///
/// Markers, as the field's rule-based taggers use them: future ("will", "'ll", "shall", "is to",
/// "is expected to", "plans to", "going to"), past (past auxiliaries, irregular past forms, words
/// in -ed not governed by a present "is/are"; "has/have" + participle counts as past), present
/// ("is", "are", "has"). The nearest marker before the expression wins; without one, the first
/// after it; without one in the clause, the neighbouring clause of the same sentence.
///
/// Its tables are the one home of what a clause's words say of plans and expectations; the walks over them the
/// recognizer runs before the clauses are numbered are static functions here (``followsExpectation(_:tokens:infos:)``,
/// ``reportsPlan(before:tokens:infos:)``), whose results the mention carries to the resolver.
///
/// A class, its properties constants, as ``EventLinker`` is: its scans' closures capture one reference, not a copy of
/// the reader with a retain and a release of each of its arrays.
final class TenseReader {
    let tokens: [Token]
    let infos: [WordInfo]
    let clauses: [Int32]
    let scalars: [Unicode.Scalar]
    /// The markers already read (``marker(at:)``): the scans for neighbouring expressions read the same words again
    /// and again.
    private let markers: TokenMemo

    init(tokens: [Token], infos: [WordInfo], clauses: [Int32], scalars: [Unicode.Scalar]) {
        self.tokens = tokens
        self.infos = infos
        self.clauses = clauses
        self.scalars = scalars
        markers = TokenMemo(count: tokens.count)
    }

    static let endPoints = KeySet(words: ["until", "till", "by", "through", "to"])
    /// The particle of a phrasal verb's passive before its date: "is sworn in on Thursday", "are handed out on Friday".
    static let passiveParticles = KeySet(words: ["in", "out", "up", "off", "down"])
    /// How a word puts a time ahead.
    enum Cue: Sendable {
        /// The present of a scheduled event or of an expectation, and "pending": "arrives Thursday", "opens on Monday",
        /// "takes effect in July", "expects growth in the fourth quarter", "released pending a hearing in April".
        case scheduledEvent
        /// A plural present of a scheduled event, rarely a noun ("flights resume on Sunday"); after "to" or a modal
        /// an infinitive, where the auxiliary decides.
        case scheduledPlural
        /// A word that puts an event on a calendar: "is set for Thursday", "are scheduled for March", "is due on Monday".
        case schedule
        /// The present of a day's place on the calendar, after a holiday or an occasion ("The Hijri new year falls in early
        /// November", "the anniversary falls on a Sunday"); not after other subjects ("exports falls" is no English, "output
        /// falls in February" a headline's past).
        case calendarDay
    }
    /// The words of each ``Cue`` (the lexicon tags them all `tenseCue`; ``cues`` maps them back to their cue).
    static let cueWords: [(Cue, [String])] = [
        (.scheduledEvent, [
            "arrives", "departs", "leaves", "returns", "heads", "travels", "visits", "meets", "hosts", "opens", "begins",
            "starts", "ends", "closes", "resumes", "reconvenes", "convenes", "launches", "unveils", "kicks", "expires",
            "lapses", "testifies", "hears", "faces", "plays", "concludes", "wraps", "reopens", "shuts", "takes", "resigns", "retires",
            "pending", "expects", "expect", "anticipates", "anticipate", "predicts", "foresees", "forecasts",
            // A forecast's present ("The bank sees prices rising in the fourth quarter") and a birthday to come ("She
            // turns 34 in September").
            "sees", "turns",
            "goes", "flies", "sails", "holds", "celebrates", "attends", "chairs", "delivers", "looms", "nears",
            // The culture and sports pages' schedule: "The show premieres on Sunday night", "The film debuts Friday",
            // "The special airs on Sunday", "She performs Saturday at the Garden", "Woods tees off on Thursday".
            "premieres", "debuts", "airs", "performs", "headlines", "competes", "races", "tees",
            // The launch and release pages' too: "The phone ships Saturday", "The band releases its album Friday", "The
            // film screens Saturday", "The concert streams live Sunday", "The update rolls out Monday". (Not "runs": the
            // sports pages' plural, "hit two home runs Saturday"; it is read right before its day, ``runsOnDay(_:)``.)
            "ships", "releases", "screens", "streams", "rolls",
            // What hangs on an event to come: "The bailout hinges on a Sunday referendum", "depends on Tuesday's vote".
            "hinges", "depends",
            // A hope for what is still ahead: "The league hopes for a sellout on Saturday" (a noun after a determiner or
            // at the sentence's start: "Hopes for a deal faded").
            "hopes",
        ]),
        (.scheduledPlural, ["resume", "reopen", "arrive", "depart", "convene", "reconvene", "begin", "expire", "take", "meet"]
            + pluralWordsNeedingSubject),
        (.schedule, ["set", "scheduled", "rescheduled", "slated", "planned", "due", "expected", "timetabled", "forecast"]),
        (.calendarDay, ["falls", "coincides"]),
    ]
    /// Words before a ``Cue/calendarDay`` that name a day or an occasion: "the festival falls", "Christmas Day falls", "the
    /// Hijri new year falls" (besides a holiday's own words).
    static let occasionNouns = KeySet(words: ["festival", "holiday", "holidays", "anniversary", "day", "eve", "year", "feast",
                                              "celebration", "celebrations", "commemoration", "ceremony", "birthday", "adha", "fitr",
                                              "ramadan"])
    /// Plural presents of ``Cue/scheduledPlural`` that are also nouns or idioms ("the return", "a vote", "let go"): a
    /// schedule only right after a plural subject, a subject pronoun or "which", "who" ("Lawmakers leave Washington on
    /// Saturday"; ``followsPluralSubject(_:)``).
    static let pluralWordsNeedingSubject = ["go", "leave", "return", "head", "travel", "fly", "vote", "face", "visit", "host", "play",
                                            "open", "hope", "see", "close"]
    /// The presents of opening and closing ("Polls close at 8 p.m. Tuesday", "The border shuts Saturday"), which the
    /// market pages also use for a session already over when a move or a level follows ("Stocks close higher Friday",
    /// "Shares close down 2% on Monday", "Oil closes at $80 on Friday"; ``followsMarketMove(_:)``). (A plural "shut" is no
    /// cue: it is also the past, "The factory shut its doors in September", "Factories shut on Monday as the storm hit".)
    static let openCloseVerbs = KeySet(words: ["open", "opens", "reopen", "reopens", "close", "closes", "shuts"])
    /// The words of a market's move or level right after ``openCloseVerbs``: "close higher", "opens mixed", "closed little
    /// changed", "close at a record".
    static let marketMoves = KeySet(words: ["higher", "lower", "up", "down", "mixed", "flat", "little", "unchanged", "steady",
                                            "firmer", "weaker", "stronger", "softer", "sharply", "slightly", "broadly", "near",
                                            "record", "above", "below"])
    /// The subjects of the market pages right before ``openCloseVerbs``, after which "up" or "down" alone is the
    /// session's move ("Stocks close down on Monday", "Wall Street closes up Tuesday", "The dollar opens down on Friday");
    /// not the phrasal verb of another subject ("The plant closes down on Monday"). ("Street" only after "Wall".)
    static let marketSubjects = KeySet(words: ["stocks", "shares", "equities", "markets", "market", "indexes", "indices", "index",
                                               "bonds", "treasuries", "futures", "oil", "crude", "gold", "silver", "copper",
                                               "dollar", "euro", "yen", "sterling", "pound", "bitcoin", "street", "dow",
                                               "nasdaq", "ftse", "nikkei", "dax", "cac", "bourse", "exchanges"])
    /// The words of an index's name between its head and a market named further back: "The Dow Jones industrial
    /// average", "the benchmark Stoxx 600 index".
    static let indexHeads = KeySet(words: ["average", "averages", "industrial", "industrials", "composite", "benchmark",
                                           "blue-chip", "broader", "broad", "wider", "all-share"])
    /// Names of indexes and benchmarks that head a subject further back than the word before the verb: "The Stoxx 600
    /// closes down", "The Dow Jones industrial average opens up", "The Nasdaq Composite closes down". (Not a commodity
    /// there, which a place's name also holds: "The Gold Coast Mall opens up".)
    static let marketNames = KeySet(words: ["stoxx", "kospi", "sensex", "nifty", "hang", "seng", "topix", "asx", "tsx", "russell",
                                            "ibovespa", "bovespa", "msci", "dow", "nasdaq", "ftse", "nikkei", "dax", "cac"])
    /// The words after a number that make it a change: "2%", "1 percent", "50 points".
    static let percentWords = KeySet(words: ["percent", "per", "pct", "points", "point", "cents", "bps"])
    /// ``pluralWordsNeedingSubject`` as keys.
    static let pluralsNeedingSubject = KeySet(words: pluralWordsNeedingSubject)
    /// The cue of each word in ``cueWords``, looked up only for words the lexicon tags `tenseCue` (speed).
    static let cues = KeyTable(cueWords.flatMap { cue, words in words.map { (Lexicon.key($0.unicodeScalars), cue) } })
    /// Present verbs of something lasting, before an end point: "runs through Sunday", "lasts until March".
    static let ongoingVerbs = KeySet(words: ["runs", "lasts", "continues", "remains", "stays", "extends", "remain", "stay"])
    /// Past verbs of something that lasted, before an end point: "stayed open until Saturday", "remained through Sunday".
    static let pastOngoingVerbs = KeySet(words: ["ran", "lasted", "continued", "remained", "stayed", "persisted", "dragged",
                                                 "raged", "worked", "waited", "stood", "camped", "lingered"])
    /// Present verbs that keep something going up to an end point after their object: "funds the government through
    /// Sept. 30", "keeps agencies open until October".
    static let sustainVerbs = KeySet(words: ["funds", "finances", "keeps", "extends", "prolongs"])
    /// Verbs that put an event off to a later time: "adjourned until Monday", "postponed to March 3".
    static let postponeVerbs = KeySet(words: ["adjourned", "postponed", "delayed", "deferred", "adjourn", "postpone", "delay", "defer"])
    /// Verbs that move a deadline or a term on to a later end point, read as ``postponeVerbs`` are before "to", "until":
    /// "the deadline was extended to Oct. 15", "extended the filing deadline to Oct. 16" (kept apart from
    /// ``postponeVerbs``, which also pick an "until" clause's event).
    static let extendVerbs = KeySet(words: ["extended", "extend", "prolonged", "prolong"])
    /// Verbs that put something off with the particle "back" before the end point: "the hearing was pushed back to Jan. 20",
    /// "moved the vote back to March 3", "put back to Monday".
    static let backVerbs = KeySet(words: ["pushed", "push", "moved", "move", "put", "bumped", "bump"])
    /// Verbs that bring something on to an earlier date with the particle "up" or "forward" before it, read as
    /// ``backVerbs`` are: "the launch was moved up to Jan. 5", "brought the meeting forward to Monday".
    static let forwardVerbs = KeySet(words: ["moved", "move", "bumped", "bump", "brought", "bring", "pulled", "pull"])
    /// The particles of ``forwardVerbs``.
    static let forwardParticles = KeySet(words: ["up", "forward"])
    /// Prepositions of a place phrase between a plural subject and its present: "Schools in the county close on Monday",
    /// "Polling stations across the state close Tuesday" (``placePhraseStart(before:)``).
    static let placePrepositions = KeySet(words: ["in", "across", "around", "throughout", "near", "at", "outside", "inside"])
    /// Verbs that link a subject to a state: the participle after them is an adjective ("will remain closed", "stayed
    /// shut"); their own present forms are a present ("banks remain closed until Tuesday").
    static let copulas = KeySet(words: copulaWords)
    /// The words of ``copulas``, tagged ``WordInfo/Tags/copulaOrPlan`` in the lexicon.
    static let copulaWords = ["remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying",
                              "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became", "keep", "keeps", "kept"]
    /// The ``copulas`` whose present also tells something still going on: "banks remain closed until Tuesday".
    static let presentCopulas = KeySet(words: ["remain", "remains", "stay", "stays"])
    /// Words that say a time is still ahead of the event they follow: "ahead of the vote on Sunday", "in the run-up to
    /// elections in April".
    static let aheadWords = KeySet(words: ["ahead", "run", "lead", "build", "countdown"])
    /// Words that open a clause of a conditional: its present is a future ("if lawmakers reject the plan on Monday").
    static let conditionalOpeners = KeySet(words: ["if", "unless"])
    /// Conjunctions after which a fronted time opens a conjunct of its own: "… and on Sunday parliament will vote".
    static let conjuncts = KeySet(words: ["and", "or", "then"])
    /// Auxiliaries that open a question: "Will the bank cut rates on Thursday?", "Did the talks fail on Monday?"
    static let questionAuxiliaries = KeySet(words: ["will", "would", "can", "could", "should", "shall", "must", "may", "might",
                                                    "do", "does", "did"])
    /// How far back from an end point a "would" is looked for.
    static let endPointReach = 8
    /// Verbs of planning whose object is an event still to come: "planned a rally", "scheduled a news conference".
    static let planVerbs = KeySet(words: planVerbWords)
    /// The words of ``planVerbs``, tagged ``WordInfo/Tags/copulaOrPlan`` in the lexicon.
    static let planVerbWords = ["planned", "scheduled", "plans", "plan", "planning", "scheduling"]
    static let objectArticles = KeySet(words: ["a", "an", "the", "another", "its", "their", "his", "her"])
    /// Words between "since" and the expression it governs: "since shortly after the".
    static let sinceLinks = KeySet(words: ["shortly", "just", "soon", "right", "immediately", "long", "after", "before"])
    /// Adverbs that may stand between a determiner and an adjectival participle: "a still unspecified date".
    static let participleAdverbs = KeySet(words: ["still", "recently", "previously", "newly", "already", "widely", "long", "much", "so", "well", "closely", "highly"])
    /// Adverbs between the auxiliary and a schedule word: "is now set for", "has been tentatively scheduled for".
    static let scheduleAdverbs = KeySet(words: ["now", "still", "also", "currently", "tentatively", "provisionally", "formally", "officially"])

    /// Nouns of a forecast or a warning, whose day after "for" is still ahead: "a warning for Sunday", "the forecast for
    /// Saturday".
    static let outlookNouns = KeySet(words: ["warning", "warnings", "forecast", "forecasts", "outlook", "alert", "alerts",
                                             "watch", "advisory", "prediction", "predictions", "prognosis"])

    /// The tense governing the expression made of tokens `first...last`: the clause's (``clauseTense(first:last:)``),
    /// unless what stands around the expression places it whatever the verb: a bracketed restatement in another zone, a
    /// forecast's or a booking's day, a counterfactual anniversary, a plan reported in the past (``Tense/futureOrRecent``),
    /// a release of figures, a futures contract's month, a day written before the event it dates (``Tense/closed`` before
    /// a crime or a disaster).
    func tense(first: Int, last: Int) -> Tense {
        // "through the night and into Tuesday morning": the night before that day reads the day's tense.
        if last + 3 < tokens.count, tokens[last + 2].key == K.into, infos[last + 3].weekday != 0, tokens[last + 1].key == K.and {
            return tense(first: last + 3, last: last + 3)
        }
        // "lifts off at 9:15 p.m. EDT (0115 GMT Tuesday)", "struck at 6:46 a.m. local time (2346 GMT Sunday)": the day of
        // a bracketed restatement in another zone is within a day of the clock time it restates, so the nearest such day
        // whatever the clause's tense (the brackets hold no verb of their own).
        if first == last, infos[first].weekday != 0, restatesInZone(before: first) { return .endPoint }
        let found = clauseTense(first: first, last: last)
        // "Met Office warning for Sunday", "Forecast for Saturday: rain", "The outlook for Sunday is grim": a forecast or a
        // warning for a day looks ahead, in a headline without a verb too (not "Rain was forecast for Saturday": a
        // participle after its auxiliary; after a past verb the nearest, as below).
        if found != .future, first >= 2, tokens[first - 1].key == K.for_, infos[first].weekday != 0,
           Self.outlookNouns.contains(tokens[first - 2].key),
           first < 3 || infos[first - 3].tags.isDisjoint(with: [.beAux, .pastAux, .presentAux, .modal, .future]) {
            return found == .past ? .endPoint : .future
        }
        // "set sentencing for June 10", "called a snap election for Nov. 4", "fixed the vote for Sunday": the day a verb
        // of booking sets its object for is still ahead, after a past verb too.
        if found != .future, bookedFor(first) { return .future }
        // "set Jan. 14 and 15 for a referendum", "fixed Feb. 2 as the date of the vote": the day a verb of booking takes as
        // its object, for an event or as a date, is still ahead likewise; a weekday is the nearest one, the booking may be
        // days old ("set Friday as the deadline", written on Saturday; "picked Saturday night as the time to attack").
        if found != .future, booksDate(first: first, last: last) {
            return (first...last).contains(where: { infos[$0].weekday != 0 }) ? .endPoint : .future
        }
        // "canceled all flights for Saturday", "closed the road for Sunday": the day something is for is the nearest one,
        // even after a past verb (not the day a schedule word names: "the vote was scheduled for Thursday"; nor a fixture
        // qualified for in a relative clause the sentence tells after in the past, "The Spaniard, who qualified for
        // Friday's race, crashed", whose past ``possessiveDayTense(first:last:)`` has already read).
        if found == .past, first >= 2, tokens[first - 1].key == K.for_, infos[first].weekday != 0,
           !infos[first - 2].tags.contains(.tenseCue), !qualifiedFixture(first: first, last: last) {
            return .endPoint
        }
        // "would have been 80 on Sunday", "would have turned 65 on Thursday": an anniversary someone would have reached
        // is the nearest such day, whatever side (not "could have voted Tuesday but adjourned", nor a month: "would have
        // closed in March if …").
        if found != .future, infos[first].weekday != 0, counterfactual(before: first) { return .endPoint }
        // "The plan was due to take effect in May", "the summit was scheduled to take place in September": a plan reported
        // in the past names a month that may have just gone by (written in June or October) or be still ahead (written in
        // January): the recent one, else the next (not "is due to", a present plan; not a weekday). So does its day of the
        // month: "which was set to take effect on July 1", "was due to open on March 3" (written on July 12, on March 10:
        // the day just gone; on Feb. 20: the one ahead).
        // (Not "was set for May 6", a past clause: the day gone, the plan's story told.)
        if found == .future, infos[first].month != 0 || infos[last].month != 0, !(first...last).contains(where: { infos[$0].weekday != 0 }),
           reportsPastPlan(before: first) { return .futureOrRecent }
        // "The vote was due to take place on Tuesday", "The hearing was set to begin on Monday": a weekday of a plan
        // reported in the past is the one gone, as "the vote was scheduled for Thursday" reads (not "is due to"; not
        // after a verb of saying, whose backshifted plan is still ahead: "Officials said the ferry was due to arrive on Tuesday").
        if found == .future, infos[first].weekday != 0, reportsPastPlan(before: first), !reportedAhead(first) { return .past }
        // "said it had no plans for a tablet before the second half", "said it had plans to open stores in July": the
        // reported "had" of a plan is the past of a present plan, its time still ahead.
        if found == .past, hadPlans(before: first) { return .future }
        // "data for February will be released", "the March jobs report will be released on Friday", "February's figures,
        // due next week": a release of figures looks back at the month it covers, the nearest one, even in a future
        // clause ("economists expect February inflation to ease", written in January, is the coming one); in a past clause
        // figures released cover a month already over ("data for February showed", written in January, is last year's).
        if found != .closed, first == last, infos[first].month != 0, coversDataPeriod(first) { return found == .past ? .closed : .endPoint }
        // "Brent crude for May delivery fell 45 cents", "the December corn contract rose": a futures contract's month is
        // the month it delivers in, this one or one still ahead, whatever the verb.
        if first == last, infos[first].month != 0, namesDeliveryMonth(first) { return .future }
        // "will hear a challenge to the 4 March election", "will review the March 4 vote": a day written before the event it
        // names may be a recent one though the clause looks ahead.
        if let noun = eventNounAfterDay(first: first, last: last) {
            // "is accused of killing 12 people in the July 20 rampage", "faces charges in the Aug. 10 bombing": a day
            // written before a crime or a disaster is one already past, whatever the clause's tense (never after the
            // dateline).
            if Self.occurrenceNouns.contains(tokens[noun].key) { return .closed }
            if found == .future, noun <= last + 2, infos[noun].tags.contains(.eventNoun) { return .futureOrRecent }
        }
        // "The week ahead | Tuesday: inflation figures published", "What happens next | * From April: National insurance
        // cut by 2p": an item of a list under a heading that looks ahead is ahead, its participle or headline present too.
        if found != .future, listItemLooksAhead(first: first, last: last) { return .future }
        // "The team is ready for the final on Sunday", "Investors await the decision on Sunday", "Police are braced for
        // protests on Saturday": a weekday closing what a present clause waits or gets ready for is still ahead (not "was
        // ready for the final on Sunday", past; nor "are waiting for news of the crash on Sunday").
        if found == .present || found == .none, isBareWeekday(first: first, last: last), awaitsDay(first) { return .future }
        return found
    }

    /// Adjectives and participles of readiness or waiting, before "for" or "of": "ready for", "braced for", "confident
    /// of", "waiting for".
    static let readinessWords = KeySet(words: ["ready", "prepared", "braced", "poised", "eager", "keen", "waiting", "confident",
                                               "hopeful"])

    /// Whether the weekday at `first` (after "on" or bare) closes the object of a word of waiting or getting ready: a
    /// verb of ``awaitVerbs`` and its object ("await the decision on Sunday"), "for" or "of" after one of
    /// ``readinessWords`` or ``prepareVerbs`` ("ready for the final on Sunday"), "to" after one of ``forwardWords``
    /// ("looks forward to the final on Sunday"); up to six words of the object between, none a preposition, a
    /// conjunction or a marker of tense, in the same clause.
    private func awaitsDay(_ first: Int) -> Bool {
        var index = first - 1
        if index >= 0, tokens[index].key == K.on { index -= 1 }
        var steps = 0
        while index >= 1, steps < 6, tokens[index].kind == .word, clauses[index] == clauses[first] {
            let key = tokens[index].key, head = tokens[index - 1].key
            if Self.awaitVerbs.contains(key) { return steps > 0 }
            if key == K.for_ { return Self.readinessWords.contains(head) || Self.prepareVerbs.contains(head) }
            if key == K.of { return Self.readinessWords.contains(head) }
            if key == K.to { return Self.forwardWords.contains(head) }
            if !infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .and]) || marker(at: index) != nil { return false }
            index -= 1; steps += 1
        }
        return false
    }

    /// Words of a list's heading that look ahead, lowercased: "The week ahead", "Key dates ahead", "What happens next",
    /// "What to watch", "Coming up", "Upcoming events"; "now" after "happens" ("What happens now?").
    static let lookAheadHeadingWords = KeySet(words: ["ahead", "next", "watch", "coming", "upcoming", "forthcoming"])

    /// Whether the expression `first...last` dates an item of a list under a heading that looks ahead
    /// (``lookAheadHeadingWords``): it opens its line, after a bullet, a preposition or other dates at most ("Tuesday:",
    /// "* Wednesday:", "From April:", "Wednesday, 10 a.m.:"), a colon follows it on that line, and the lines above it up to
    /// the heading are items too (a bullet, or a colon near their start after a date), with no blank line between them.
    /// Not under a key-date heading ("Timeline", "Key dates", "How it happened"), nor one with a past verb ("What happened
    /// next"), nor an item after a prose line.
    private func listItemLooksAhead(first: Int, last: Int) -> Bool {
        // A colon within eight tokens after the expression, on its line.
        var colon = last + 1
        while colon < tokens.count, colon <= last + 8, !tokens[colon].flags.contains(.newlineBefore), !tokens[colon].isPunctuation(":") {
            colon += 1
        }
        guard colon < tokens.count, colon <= last + 8, tokens[colon].isPunctuation(":"),
              !tokens[colon].flags.contains(.newlineBefore) else { return false }
        // The line's start, past bullets, prepositions, numbers and dates only.
        var line = first
        while line > 0, line > first - 8, !tokens[line].flags.contains(.newlineBefore) {
            line -= 1
            let token = tokens[line]
            guard token.kind != .word || infos[line].tags.contains(.preposition) || infos[line].weekday != 0 || infos[line].month != 0
            else { return false }
        }
        // A day or a month opens the item (a clock time after its day: "Thursday, 10 a.m.:").
        guard tokens[line].flags.contains(.newlineBefore), line > 0,
              (line...last).contains(where: { infos[$0].weekday != 0 || infos[$0].month != 0 }) else { return false }
        // The lines above, back to the heading.
        var lines = 0
        while line > 0, lines < 16 {
            // No blank line between the line above and this one.
            var newlines = 0
            for offset in Int(tokens[line - 1].end)..<Int(tokens[line].start) where scalars[offset] == "\n" { newlines += 1 }
            guard newlines < 2 else { return false }
            var above = line - 1
            while above > 0, above > line - 40, !tokens[above].flags.contains(.newlineBefore) { above -= 1 }
            guard tokens[above].flags.contains(.newlineBefore) else { return false }
            // An item: a bullet opens it, or a colon comes within its first ten tokens after a day, a month or a number
            // ("Explainer: What happens now?" is a heading).
            let colon = (above..<min(line, above + 10)).first(where: { tokens[$0].isPunctuation(":") })
            if tokens[above].kind == .punctuation || colon.map({ (above..<$0).contains(where: {
                tokens[$0].kind == .number || infos[$0].weekday != 0 || infos[$0].month != 0 }) }) == true {
                line = above
                lines += 1
                continue
            }
            // The heading: short, a look-ahead word, no past verb.
            guard line - above <= 8 else { return false }
            var ahead = false
            for index in above..<line {
                guard tokens[index].kind != .word || !isPastForm(index) else { return false }
                if Self.lookAheadHeadingWords.contains(tokens[index].key)
                    || tokens[index].key == K.now && index > above && tokens[index - 1].key == K.k("happens") { ahead = true }
            }
            return ahead
        }
        return false
    }

    /// Nouns of crimes, attacks, accidents and disasters, which news reports only once they have happened: a day written
    /// before one is not after the dateline ("the July 20 rampage", "the Dec. 14 school shooting", "the March 11 quake").
    static let occurrenceNouns = KeySet(words: [
        "shooting", "shootings", "rampage", "massacre", "killing", "killings", "murder", "murders", "slaying", "slayings",
        "stabbing", "stabbings", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "attack", "attacks",
        "ambush", "assault", "raid", "kidnapping", "kidnappings", "abduction", "hijacking", "robbery", "heist", "shootout",
        "crash", "crashes", "derailment", "collision", "accident", "fire", "blaze", "collapse", "disaster", "tragedy",
        "quake", "earthquake", "tsunami", "tornado", "landslide", "mudslide", "avalanche", "eruption", "spill", "leak",
        "riot", "riots", "coup", "uprising",
    ])

    /// Tags of words that cannot stand between a date and the event noun it modifies ("the 4 March presidential election").
    static let notModifierTags: WordInfo.Tags = [.preposition, .clauseBreak, .and, .of, .beAux, .pastAux, .presentAux, .future,
                                                 .modal, .pastVerb, .determiner, .the, .eventNoun]

    /// The noun after tokens `first...last` when they are a day and a month without a year after "the" (up to two words
    /// may come between: "the 4 March presidential election", "the July 20 movie theater shooting"), an event noun or
    /// not; `nil` otherwise.
    private func eventNounAfterDay(first: Int, last: Int) -> Int? {
        let article = tokens[first].key == K.the ? first : first - 1
        guard article >= 0, tokens[article].key == K.the, last + 2 < tokens.count else { return nil }
        var month = false, day = false
        for index in first...last {
            if infos[index].month != 0 { month = true }
            if tokens[index].kind == .number {
                guard tokens[index].digits <= 2 else { return nil }
                day = true
            }
        }
        guard month, day else { return nil }
        var noun = last + 1
        while noun < last + 3, noun + 1 < tokens.count, tokens[noun].kind == .word, !tokens[noun].capitalized,
              infos[noun].tags.isDisjoint(with: Self.notModifierTags), !infos[noun].isTimeWord,
              !Self.occurrenceNouns.contains(tokens[noun].key) { noun += 1 }
        return tokens[noun].kind == .word && !tokens[noun].capitalized ? noun : nil
    }

    /// Words of a plan that "was" or "were" reports, before "to": "was due to", "were scheduled to", "was set to".
    static let pastPlanWords = KeySet(words: ["due", "scheduled", "rescheduled", "set", "slated", "planned", "timetabled"])

    /// Whether the nearest marker before `first` in its clause is the "to" of a plan reported in the past: "was due to",
    /// "were scheduled to", "was not set to".
    private func reportsPastPlan(before first: Int) -> Bool {
        var index = first - 1
        while index >= 2, index >= first - window, clauses[index] == clauses[first] {
            if marker(at: index) != nil {
                guard tokens[index].key == K.to, Self.pastPlanWords.contains(tokens[index - 1].key) else { return false }
                var auxiliary = index - 2
                if auxiliary >= 1, Self.negations.contains(tokens[auxiliary].key) || Self.scheduleAdverbs.contains(tokens[auxiliary].key) {
                    auxiliary -= 1
                }
                return infos[auxiliary].tags.contains(.beAux) && infos[auxiliary].tags.contains(.pastAux)
            }
            index -= 1
        }
        return false
    }

    /// Whether `day` closes a clock time's restatement in another zone, in brackets: "(0115 GMT Tuesday)", "(23:46 UTC
    /// Sunday)": a zone's abbreviation before it, after a bracketed 24-hour clock (the recognizer's one detector of a
    /// restatement, ``Recognizer/restatementBracket(beforeZone:tokens:)``).
    private func restatesInZone(before day: Int) -> Bool {
        let zone = day - 1
        guard zone >= 2, Recognizer.isZoneAbbreviation(tokens[zone], infos[zone]) else { return false }
        return Recognizer.restatementBracket(beforeZone: zone, tokens: tokens) != nil
    }

    /// Whether "would have" and an anniversary's participle stand a few words before `first` in its clause.
    private func counterfactual(before first: Int) -> Bool {
        var index = first - 1
        while index >= 1, index >= first - window, clauses[index] == clauses[first] {
            if tokens[index].key == K.have, tokens[index - 1].key == K.would, index + 1 < first,
               Self.anniversaryParticiples.contains(tokens[index + 1].key) { return true }
            index -= 1
        }
        return false
    }

    /// The tense of a weekday written with a possessive, `first...last` before its "'s" ("Friday's close", "Wednesday's
    /// ruling"): a day already past (or today) unless what the sentence does with the day's event looks ahead.
    /// (A function of its own, out of ``clauseTense(first:last:)``: that one grew too long for the compiler to inline the
    /// token arrays' subscripts, and each read was a call.)
    private func possessiveDayTense(first: Int, last: Int) -> Tense {
        if first >= 2, tokens[first - 1].key == K.of, tokens[first - 2].key == K.ahead { return .future }
        // "investors await Wednesday's decision", "bracing for Sunday's vote", "looking ahead to Tuesday's talks".
        if awaitsPossessive(first) { return .future }
        // "Sunday's election will decide …", "Thursday's meeting is expected to focus on …": the day's event heads the
        // subject of a future verb group, and so is still ahead (not "will look for ways around Wednesday's ruling").
        // "Sunday's vote could topple the government": a possibility may follow the day or come before it; the nearest.
        let subject = possessiveSubjectTense(first: first, after: last + 2)
        if let subject, subject == .future || subject == .endPoint { return subject }
        // "Tuesday's deadline looms", "Monday's deadline will pass": still ahead in a present or future clause;
        // "Monday's deadline passed": gone. "before Monday's deadline": the clause's verb decides the same way ("must
        // raise the money before Monday's deadline", "met Monday's deadline"); without one, or after a past verb and
        // "before" or "by" ("passed the bill a day before Friday's deadline"), a deadline is an end point, the nearest one.
        if last + 3 < tokens.count, tokens[last + 3].key == K.deadline {
            switch subject ?? verbBeforeSchedule(first: first, after: last + 2) {
            case .future?, .present?: return .future
            case .past?: return subject == nil && followsScheduleLink(first) ? .endPoint : .past
            default: return .endPoint
            }
        }
        // "will try to reach a deal before Monday's vote": still ahead after a future verb; "EU leaders are divided before
        // Thursday's summit", "the euro is steady before Friday's jobs report": after a present one too, when the day
        // names a scheduled event (not "Nestle's share before Friday's purchases is far below").
        let before = tenseBeforeBefore(first)
        if before == .future { return .future }
        if first >= 1, Self.scheduleLinks.contains(tokens[first - 1].key), namesScheduledEvent(after: last + 2),
           let verb = before ?? verbBeforeSchedule(first: first, after: last + 2), verb == .present || verb == .future {
            return .future
        }
        // "will start in Sunday's final", "Chelsea face Tottenham in Sunday's final", "is doubtful for Saturday's game":
        // a fixture a day owns (a game, a race, a show), the object of a future or present verb or of "in", "for", "at"
        // after one, is still to be played (not after another preposition: "will review footage of Saturday's game").
        if ownsFixture(after: last + 2), first > 0, tokens[first - 1].kind == .word,
           Self.fixturePrepositions.contains(tokens[first - 1].key) || !infos[first - 1].tags.contains(.preposition),
           let verb = markerBefore(first), verb == .future || verb == .present { return .future }
        // "reached Sunday's final", "qualified for Friday's race", "booked a place in Saturday's final": a fixture one
        // reached or earned a place in is played after, still to come.
        if ownsFixture(after: last + 2), qualifiesFor(first, after: last + 2), !toldAfterInPast(after: last + 2) { return .future }
        return .past
    }

    /// Past verbs of reaching a fixture, before "to", "for" or "into" ("qualified for Friday's race", "advanced to Friday's
    /// semifinal"); "reached" also right before a stage of a competition ("reached Sunday's final").
    static let reachVerbs = KeySet(words: ["reached", "qualified", "advanced", "progressed"])
    /// Verbs of earning a place in a fixture: "booked a place in Saturday's final".
    static let placeVerbs = KeySet(words: ["booked", "secured", "earned", "won", "clinched", "sealed", "claimed", "reached"])
    /// A place in a fixture: "a place in", "a spot in", "a berth in".
    static let placeNouns = KeySet(words: ["place", "spot", "berth", "slot"])
    /// Stages of a competition, which a side reaches: "reached Sunday's final".
    static let stageNouns = KeySet(words: ["final", "finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "playoff",
                                           "playoffs", "decider"])

    /// Whether a past verb of reaching a fixture or of earning a place in it (``reachVerbs``, ``placeVerbs``) stands
    /// before the possessive day at `first`.
    /// `after`: the possessive's "s". A stage reached directly closes its noun phrase ("reached Sunday's final with a
    /// win", not "reached Sunday's final venue").
    private func qualifiesFor(_ first: Int, after: Int) -> Bool {
        guard first >= 2, tokens[first - 1].kind == .word else { return false }
        let previous = tokens[first - 1].key
        if previous == K.reached {
            var index = after + 1
            while index < tokens.count, index <= after + 4, tokens[index].kind == .word, !Self.stageNouns.contains(tokens[index].key) {
                index += 1
            }
            guard index < tokens.count, index <= after + 4, Self.stageNouns.contains(tokens[index].key) else { return false }
            let next = index + 1
            return next == tokens.count || tokens[next].kind != .word || tokens[next].sentence != tokens[index].sentence
                || !infos[next].tags.isDisjoint(with: [.preposition, .clauseBreak, .and])
        }
        guard previous == K.to || Self.fixturePrepositions.contains(previous) else { return false }
        if Self.reachVerbs.contains(tokens[first - 2].key) { return true }
        return first >= 4 && Self.placeNouns.contains(tokens[first - 2].key) && Self.placeVerbs.contains(tokens[first - 4].key)
    }

    /// Whether the weekday `first...last` is a possessive owning a fixture that a verb before it reached or qualified for
    /// (``qualifiesFor(_:after:)``): "qualified for Friday's race".
    private func qualifiedFixture(first: Int, last: Int) -> Bool {
        isPossessiveMark(last + 1) && ownsFixture(after: last + 2) && qualifiesFor(first, after: last + 2)
    }

    /// Whether the possessive's fixture ending at `after` closes a relative clause set off by commas whose sentence goes on
    /// in the past: "Murray, who reached Sunday's final, lost it" (the final is over; "Murray, who reached Sunday's final,
    /// will face Djokovic" keeps it ahead).
    private func toldAfterInPast(after: Int) -> Bool {
        var comma = after + 1
        while comma < tokens.count, comma <= after + 4, tokens[comma].kind == .word { comma += 1 }
        guard comma + 1 < tokens.count, comma <= after + 4, tokens[comma].isPunctuation(","),
              tokens[comma + 1].sentence == tokens[comma].sentence, relativeClauseOpening(before: comma) != nil else { return false }
        return marker(at: comma + 1) == .past
    }

    /// Whether the rest of the sentence after `index` holds a future or a "would" ("By Friday, officials said, the
    /// storm would weaken").
    private func sentenceLooksAhead(after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, tokens[next].sentence == tokens[index].sentence {
            if tokens[next].key == K.would || marker(at: next) == .future { return true }
            next += 1
        }
        return false
    }

    /// Whether the expression ending at `last` closes its clause: no word, nor a possessive's mark, follows it ("pushed
    /// back to Jan. 20.", not "pushed back to January levels", "moved up to Friday's close").
    private func closesClause(_ last: Int) -> Bool {
        last + 1 == tokens.count || tokens[last + 1].kind != .word && !isPossessiveMark(last + 1)
    }

    /// Whether the end point after "to" at `point` (the expression ending at `last`, closing its clause) follows a particle
    /// of moving a date and, up to four words before it in clause `clause`, its verb: "back" and one of ``backVerbs``
    /// ("pushed back to Jan. 20", "moved the vote back to March 3"), "up" or "forward" and one of ``forwardVerbs`` ("was
    /// moved up to Jan. 5", "brought the vote forward to Monday"); not "pushed back to January levels".
    private func movesDate(before point: Int, last: Int, in clause: Int32) -> Bool {
        let particle = tokens[point - 2].key
        let verbs = particle == K.back ? Self.backVerbs : Self.forwardParticles.contains(particle) ? Self.forwardVerbs : nil
        guard let verbs, closesClause(last) else { return false }
        return nearestBack(from: point - 3, downTo: max(0, point - 6), in: clause, where: { verbs.contains(tokens[$0].key) }) != nil
    }

    /// Whether the word at `index` puts an event off or moves a term on (``postponeVerbs``, ``extendVerbs``).
    private func putsOff(at index: Int) -> Bool {
        Self.postponeVerbs.contains(tokens[index].key) || Self.extendVerbs.contains(tokens[index].key)
    }

    /// The tense of an end point, the expression `first...last` (or the date at `point` restating it) after "until", "by",
    /// "through", "to" in clause `clause`: ahead of a "would", of something lasting or kept going, of a present "until";
    /// else the nearest one, or the past of a unit the story went back to. (Out of ``clauseTense(first:last:)``, as
    /// ``possessiveDayTense(first:last:)`` is.)
    private func endPointTense(first: Int, last: Int, point: Int, clause: Int32) -> Tense {
        let verbClause = point >= 2 ? clauses[point - 2] : clause
        // "a bill that would keep the government running through September": a "would" nearer than any other
        // marker looks ahead too; so does, its object between it and the end point, a present verb of something
        // lasting or kept going: "a bill that extends the program through Dec. 31", "funds the government through
        // Sept. 30".
        let ahead = nearestBack(from: point - 2, downTo: max(0, point - Self.endPointReach), in: verbClause) { back in
            tokens[back].key == K.would
                || back < point - 2 && (Self.ongoingVerbs.contains(tokens[back].key) || Self.sustainVerbs.contains(tokens[back].key))
        }
        if ahead != nil { return .future }
        // "runs through Sunday", "lasts until March", "adjourned until Monday", "postponed to March 3": the end of
        // something still going on, or a time an event was put off to, lies ahead; so does "until" in a present clause
        // ("is open until Friday", "has until Monday to reply"), but not a present "through" or "to", which may close a
        // reported period ("sales this year through August").
        // "remains closed until Thursday", "stays open through March": the state that goes on, after its complement.
        // ("was extended to Oct. 15": a passive "extended", not "the rally extended to Friday".)
        if point >= 2, Self.ongoingVerbs.contains(tokens[point - 2].key) || Self.postponeVerbs.contains(tokens[point - 2].key)
            || point >= 3 && Self.extendVerbs.contains(tokens[point - 2].key) && infos[point - 3].tags.contains(.beAux)
            || point >= 3 && Self.ongoingVerbs.contains(tokens[point - 3].key) && tokens[point - 2].kind == .word {
            return .future
        }
        // "delayed the vote until Friday", "a request to delay the trial until the fall", "extended the deadline to
        // Oct. 16": so is one after the object of a verb of putting off; "pushed back to Jan. 20", "moved the vote back
        // to March 3": one after "back" and such a verb, closing its clause (not "pushed back to January levels"); "was
        // moved up to Jan. 5", "brought the vote forward to Monday": one after "up" or "forward" and a verb of bringing on.
        if point >= 4, tokens[point - 2].kind == .word,
           nearestBack(from: point - 3, downTo: max(0, point - 5), in: verbClause, where: { putsOff(at: $0) }) != nil
            || movesDate(before: point, last: last, in: verbClause) {
            return .future
        }
        // "stayed open until midnight on Saturday", "remained in the square through Sunday", "the talks continued until
        // Tuesday": the past of something that lasted ends on a day already over (not "extended the deadline until
        // Monday", which moves it ahead).
        let verbTense = scan(clause: verbClause, before: point - 1, after: last)
        if verbTense == .present, tokens[point - 1].key == K.until || tokens[point - 1].key == K.till { return .future }
        // "by the end of the decade its circulation had tripled": the end of a unit the story may have gone back to
        // keeps the past (``Mention/storyUnit``).
        // News: so does a bare weekday opening its sentence, set off by a comma, before a past clause ("By Thursday, the
        // index had regained half its losses", written on a Tuesday: the Thursday before).
        // (Not before a reported future: "By Friday, officials said, the storm would weaken".)
        // So does a bare month opening its sentence, with or without the comma ("By March, the company had hired 200
        // workers", "By June the plant had closed"; not "By March, the company will have hired …").
        let opensSentence = point >= 2 && tokens[point - 2].sentence != tokens[point - 1].sentence || point == 1
        if tokens[first].key == K.the && last >= 1 && infos[last].unit != nil && tokens[last - 1].key == K.the
            || opensSentence && (last + 1 < tokens.count && tokens[last + 1].isPunctuation(",") && isBareWeekday(first: first, last: last)
                                 || first == last && infos[first].month != 0)
            && !sentenceLooksAhead(after: last) {
            // (Set off by a comma at the sentence's start, "By the end of the month, 300 staff had left": the next
            // clause's verb.)
            let own = scan(clause: clause, before: point - 1, after: last)
                ?? (last + 2 < tokens.count && tokens[last + 1].isPunctuation(",") ? scanForward(clause: clauses[last + 2], after: last + 1) : nil)
            if own == .past { return .past }
        }
        // "had repaid the loan by Thursday", "most residents had left by Friday": what a past perfect had done by a bare
        // weekday was done by the one before the dateline (not "had to leave by Friday", "had until Friday").
        if verbTense == .past, tokens[point - 1].key == K.by, isBareWeekday(first: first, last: last) {
            var had = point - 2
            // (Not across a "to": "had agreed to pay by Sunday", a plan.)
            while had >= max(0, point - Self.endPointReach), tokens[had].kind == .word, tokens[had].key != K.had,
                  tokens[had].key != K.to { had -= 1 }
            if had >= 0, had + 1 < point - 1, tokens[had].key == K.had,
               tokens[had + 1].key != K.to, !Self.endPoints.contains(tokens[had + 1].key) {
                return .past
            }
        }
        return verbTense == .future ? .future : .endPoint
    }

    /// The tense read from the markers of the expression's clause, then of the clauses around it in its sentence
    /// (``tense(first:last:)`` adds the exceptions that override it).
    private func clauseTense(first: Int, last: Int) -> Tense {
        let tokens = InlineTokens(self.tokens)  // (its getter inlined)
        let infos = InlineInfos(self.infos)  // (its getter inlined too)
        if first > 0, infos[first - 1].tags.contains(.since) { return .past }
        // "since the Oct. 23 slaying", "since shortly after the attack on Oct. 23": the object of "since".
        var back = first - 1, steps = 0
        while back >= 0, steps < 4, tokens[back].kind == .word,
              infos[back].tags.contains(.determiner) || Self.sinceLinks.contains(tokens[back].key) || infos[back].tags.contains(.since) {
            if infos[back].tags.contains(.since) { return .past }
            back -= 1; steps += 1
        }
        // "the worst since the riots in August", "the first since the election in October": a date inside a verbless
        // phrase that "since" opens (its own clause) is already past, whatever the verb before "since".
        if sinceOpensVerblessPhrase(first: first, last: last) { return .past }
        // "Friday's close", "Wednesday's ruling", "Saturday night's debate": a day already past (or today), even in a future
        // clause ("will look for ways around Wednesday's ruling"); not after "ahead of" ("ahead of Thursday's vote").
        if (first...last).contains(where: { infos[$0].weekday != 0 }), isPossessiveMark(last + 1) {
            return possessiveDayTense(first: first, last: last)
        }
        // "the vote is on Sunday", "the deadline is Friday": a present "is" right before the date puts it ahead.
        var verb = first - 1
        if verb >= 0, tokens[verb].key == K.on { verb -= 1 }
        if verb >= 0, infos[verb].tags.contains(.beAux), marker(at: verb) == .present { return .future }
        // "The new Congress is sworn in on Thursday", "the jobs figures are published on Friday", "the summit is held from
        // Thursday to Saturday": a present passive right before bare weekdays is a schedule, the coming days (not "was sworn
        // in", nor "are reported killed on Sunday"); so is a present of lasting before a range of them ("The festival runs
        // from Thursday to Sunday").
        if verb >= 1, tokens[verb].kind == .word, isBareWeekday(first: first, last: last) {
            let ranged = tokens[verb].key == K.from
            if ranged, Self.isLastingPresent(tokens[verb - 1].key) { return .future }
            let participle = ranged || Self.passiveParticles.contains(tokens[verb].key) ? verb - 1 : verb
            // "The meeting is being held Friday in Brussels", "the final is being played on Sunday": a present progressive
            // passive likewise (not "was being held Tuesday").
            let auxiliary = participle >= 2 && tokens[participle - 1].key == K.being ? participle - 2 : participle - 1
            if participle >= 1, infos[participle].tags.contains(.pastVerb) || isPastForm(participle),
               infos[auxiliary].tags.contains(.beAux), marker(at: auxiliary) == .present { return .future }
        }
        // "Open enrollment runs from Nov. 1 to Dec. 15", "The sale runs from Jan. 20 to Feb. 5": a present of lasting before
        // days of the month is a schedule (``Resolver/resolveRange(_:_:tense:)`` reads a range the one under way or to come).
        if verb >= 1, tokens[verb].key == K.from, Self.isLastingPresent(tokens[verb - 1].key), (first...last).allSatisfy({ infos[$0].weekday == 0 }),
           (first...last).contains(where: { infos[$0].month != 0 }), (first...last).contains(where: { tokens[$0].kind == .number && tokens[$0].number <= 31 }),
           !(first...last).contains(where: { tokens[$0].kind == .number && tokens[$0].digits == 4 }) { return .future }
        // "The festival runs from 2 p.m. Friday to 11 p.m. Sunday": a present of lasting before a range of clock times on
        // weekdays is a present (``Resolver/resolveRange(_:_:tense:)`` moves it ahead only when it is over on the dateline;
        // "The talks continue from 9 a.m. Tuesday to noon Thursday" on a Wednesday is the range under way).
        if verb >= 1, tokens[verb].key == K.from, Self.isLastingPresent(tokens[verb - 1].key), isBareWeekday(first: first, last: last, clock: true) { return .present }
        // "a midnight Friday deadline", "the March 1 deadline", "a trial date of June 5", "a deadline of May 1": a date
        // set or a deadline is an end point, whatever the verb; a weekday's deadline takes its clause's verb ("Cyprus
        // faces a Monday deadline", "has a Friday deadline", "will miss the Monday deadline": the coming one; "met the
        // Monday deadline": gone), but for a verb that sets one ("set a Monday deadline") or one before "before" or "by"
        // ("passed the bill a day before a midnight Friday deadline"): the nearest.
        // (So is one before a noun and "date" or "deadline": "the Dec. 31 filing deadline", the nearest; "set a March 18 trial
        // date", after a verb that sets one: ahead.)
        if last + 2 < tokens.count, tokens[last + 1].kind == .word, tokens[last + 2].key == K.date || tokens[last + 2].key == K.deadline,
           !isBareWeekday(first: first, last: last) { return setsDeadline(before: first) ? .future : .endPoint }
        if last + 1 < tokens.count, tokens[last + 1].key == K.deadline {
            guard isBareWeekday(first: first, last: last), let verb = verbBeforeSchedule(first: first, after: last + 1) else { return .endPoint }
            switch verb {
            case .present, .future: return .future
            case .past: return setsDeadline(before: first) || followsScheduleLink(first) ? .endPoint : .past
            default: return .endPoint
            }
        }
        if first >= 2, tokens[first - 1].key == K.of, tokens[first - 2].key == K.deadline || tokens[first - 2].key == K.date { return .endPoint }
        // "effective Feb. 1", "payable Jan. 3": the day a change takes effect or a payment falls due, still ahead.
        if first > 0, tokens[first - 1].key == K.effective || tokens[first - 1].key == K.payable { return .future }
        // "announced a strike starting Sunday", "declared three days of mourning beginning on Friday": a period a past
        // verb of announcing or deciding set to start on a day starts after the announcement, still ahead.
        if announcedStart(before: first) { return .future }
        // "as soon as Tuesday", "as early as next week": a time that has not come yet.
        if first >= 3, tokens[first - 1].key == K.as_, tokens[first - 3].key == K.as_,
           tokens[first - 2].key == K.soon || tokens[first - 2].key == K.early { return .future }
        // "the year ended March 31", "the 12 months ended June 30": the closing date of a period already over.
        // "the fiscal year ending in September", "the quarter ending June 30": a period's closing date, the nearest one,
        // whatever the verb ("ended in February", the one over).
        let connector = first > 2 && tokens[first - 1].key == K.in_ ? first - 2 : first - 1
        if connector > 0, tokens[connector].key == K.ended || tokens[connector].key == K.ending, infos[connector - 1].unit != nil {
            return tokens[connector].key == K.ended ? .closed : .endPoint
        }
        // An end point ("extended to Nov. 20", "by Jan. 14", "until March") is often ahead of a past verb:
        // the nearest occurrence reads it best. In a future clause it is ahead: "will close by year-end", "talks will go
        // on until Monday" ("until" may open a clause of its own: the verb's clause is the one before it).
        // The end of a range ("bought from Sept. 14 to Thursday") keeps the tense of its clause, and so does the end of
        // a reported period ("the year to June", "the three months to September"; not "extended by six months to June").
        let clause = clauses[first]
        // "stayed open until midnight on Saturday", "remained in the square through Sunday", "the talks continued until
        // Tuesday": the past of something that lasted ends on a day already over (not "extended the deadline until
        // Monday", which moves it ahead).
        if infos[first].weekday != 0 || last + 2 < tokens.count && tokens[last + 1].key == K.on && infos[last + 2].weekday != 0,
           let end = lastedUntil(first), end >= 2,
           nearestBack(from: end - 1, downTo: max(0, end - Self.endPointReach), in: clauses[end - 1], where: { back in
               Self.pastOngoingVerbs.contains(tokens[back].key) }) != nil {
            return .past
        }
        // "through the end of the fiscal year on Sept. 30": the date restating the end reads as the end point.
        let point = restatedEndPoint(first) ?? coordinatedEndPoint(first) ?? first
        if point > 0, Self.endPoints.contains(tokens[point - 1].key), !closesRange(point - 1), !endsReportedPeriod(point) {
            return endPointTense(first: first, last: last, point: point, clause: clause)
        }
        // "the cabinet approved the plan and on Sunday parliament will vote": a time fronted in a conjunct of its own
        // takes the verb after it.
        if opensConjunct(first), let ahead = scanForward(clause: clause, after: last) { return ahead }
        if let reported = reportedSubjectTense(first: first, last: last, clause: clause) { return reported }
        let own = scan(clause: clause, before: first, after: last)
        // "ahead of the vote on Sunday", "in the run-up to elections in April": still to come, after a present or future
        // event; after a past one ("markets fell ahead of the vote on Sunday") the nearest occurrence.
        if followsAhead(first) { return own == .past || own == .endPoint ? .endPoint : .future }
        // "is not expected before Monday", "will not decide before June": after a present or future verb, a time before
        // which something does not happen is still ahead.
        if own == nil, let verb = tenseBeforeBefore(first), verb == .present || verb == .future { return .future }
        // "If lawmakers reject the plan on Monday, …", "if the deal is approved on Sunday": the present of a condition is a
        // future.
        if own == nil || own == .present, let opener = clauseStart(first), Self.conditionalOpeners.contains(tokens[opener].key) {
            return .future
        }
        // "The central bank has a Thursday meeting on rates", "EU leaders are divided before the Thursday summit": a weekday
        // before a scheduled event's noun, after "a" or after "before", "until", "by", in a present clause names a plan,
        // the coming day (not "investors are digesting the Sunday vote").
        if own == nil || own == .present, first >= 1, isBareWeekday(first: first, last: last), namesScheduledEvent(after: last + 1),
           tokens[first - 1].key == K.a || tokens[first - 1].key == K.an || Self.scheduleLinks.contains(tokens[first - 1].key)
            || first >= 2 && tokens[first - 1].key == K.the && Self.scheduleLinks.contains(tokens[first - 2].key),
           (own ?? scheduleLinkTense(first)) == .present {
            return .future
        }
        // "Qualifying runs through the weekend, with the final on Sunday", "The talks continue this week, with a vote on
        // Tuesday": a weekday in a verbless "with" phrase after a present of lasting is still ahead.
        if own == nil, isBareWeekday(first: first, last: last), followsLastingWith(first) { return .future }
        if let own { return own }
        // "The film, a hit at Sundance in January, opens in April", "Jones, the winner in March, will defend the title": a
        // noun phrase set off after the sentence's opening name or noun phrase describes it, and its time takes no tense
        // from the verb after it.
        if opensAppositiveOfSubject(first) { return .none }
        // A time fronted at the start of the sentence ("On Monday, the bank, which has been closed for a week, will
        // reopen"; "On Sunday, after talks collapsed, the leaders will try again"): the main clause decides, not a
        // subordinate or parenthetical clause between them.
        if let main = mainClauseTense(after: last, clause: clause) { return main }
        // No marker in the clause: look at the next clause, then the previous one, of the same sentence.
        // Then outwards, one clause at a time: the next one, the previous one, the one after that …
        // ("In January, a week after the anniversary, a bombing killed …"; "stepped down as chairman,
        // president and chief executive in March").
        let sentence = tokens[first].sentence
        let lowest = max(0, first - window), highest = min(tokens.count - 1, last + window)
        var ahead = last + 1, aheadClause = clause
        var behind = first - 1, behindClause = clause
        while true {
            var searched = false
            if step(&ahead, by: 1, past: aheadClause, in: sentence, within: lowest, highest) {
                aheadClause = clauses[ahead]
                searched = true
                if let found = scan(clause: aheadClause, before: ahead, after: ahead - 1) {
                    // "Chavez will lie in state until his funeral on Friday, officials said": a trailing attribution's
                    // "said" dates the speech, not the day; the future of the clause before the date's wins.
                    if found == .past, tokens[ahead].isPunctuation(","), isTrailingAttribution(from: ahead),
                       let prior = tenseOfClause(before: behind, behindClause: behindClause, first: first), prior == .future {
                        return .future
                    }
                    return found
                }
            }
            if step(&behind, by: -1, past: behindClause, in: sentence, within: lowest, highest) {
                behindClause = clauses[behind]
                searched = true
                // "The bridge, built in 1932, gets a new deck in April": a clause set off after the subject tells of the
                // subject's past, not of the main clause's time.
                if let found = scan(clause: behindClause, before: behind + 1, after: behind),
                   !isSetOffSubjectModifier(endingAt: behind) { return found }
            }
            if !searched { return .none }
        }
    }

    /// Plural presents of lasting, besides ``ongoingVerbs``: "The talks continue this week, with a vote on Tuesday".
    static let lastingPlurals = KeySet(words: ["continue", "run", "go"])

    /// Whether the word with `key` is a present of lasting: one of ``ongoingVerbs`` or ``lastingPlurals``.
    static func isLastingPresent(_ key: UInt64) -> Bool { ongoingVerbs.contains(key) || lastingPlurals.contains(key) }

    /// Whether `first` ends a verbless "with" phrase set off by a comma (", with the final on Sunday", ", with a vote
    /// Tuesday") after a clause whose verb is a present of lasting (``ongoingVerbs``, ``lastingPlurals``), no other marker
    /// nearer.
    private func followsLastingWith(_ first: Int) -> Bool {
        var cursor = first - 1
        if cursor >= 0, tokens[cursor].key == K.on { cursor -= 1 }
        var steps = 0
        while cursor >= 1, steps < 4, tokens[cursor].kind == .word, tokens[cursor].key != K.with, marker(at: cursor) == nil {
            cursor -= 1; steps += 1
        }
        guard cursor >= 2, tokens[cursor].key == K.with, tokens[cursor - 1].isPunctuation(",") else { return false }
        var back = cursor - 2
        while back >= 0, back >= cursor - 12, tokens[back].sentence == tokens[first].sentence {
            if tokens[back].kind == .word {
                if Self.isLastingPresent(tokens[back].key) { return true }
                if marker(at: back) != nil { return false }
            }
            back -= 1
        }
        return false
    }

    /// Prepositions before a day's scheduled event that put the clause's time before it: "before Thursday's summit",
    /// "until the Monday deadline", "by Friday's vote".
    static let scheduleLinks = KeySet(words: ["before", "until", "till", "by"])
    /// Nouns of events set on a calendar ahead of time, which a weekday before them dates: "a Monday deadline", "Thursday's
    /// summit", "a Sunday confidence vote", "Friday's jobs report".
    static let scheduledNouns = KeySet(words: [
        "deadline", "vote", "ballot", "election", "referendum", "runoff", "poll", "primary", "summit", "meeting", "meetings",
        "talks", "session", "hearing", "debate", "conference", "ceremony", "funeral", "inauguration", "installation", "mass",
        "visit", "trip", "speech", "address", "announcement", "release", "report", "auction", "launch", "match", "game",
        "final", "race", "trial", "sentencing", "verdict", "ruling", "decision", "parade", "service", "briefing", "opening",
        "showdown", "rally", "protest", "strike", "walkout", "expiry", "expiration", "kickoff",
    ])
    /// Verbs that set a deadline, after which a weekday's deadline is the nearest such day whatever the tense: "EU
    /// ministers set a Monday deadline", "gave Cyprus a Monday deadline".
    static let settingVerbs = KeySet(words: ["set", "gave", "given", "imposed", "issued", "announced", "agreed", "fixed",
                                             "extended", "proposed", "offered", "handed"])

    /// Whether tokens `first...last` name a weekday alone, perhaps with a part of the day ("Monday", "midnight Friday"), no
    /// month or day number (with `clock`, numbers of clock times allowed: "2 p.m. Friday to 11 p.m. Sunday").
    private func isBareWeekday(first: Int, last: Int, clock: Bool = false) -> Bool {
        var weekday = false
        for index in first...last {
            if infos[index].weekday != 0 { weekday = true }
            if infos[index].month != 0 || tokens[index].kind == .number && !clock { return false }
        }
        return weekday
    }

    /// Whether a scheduled event's noun (``scheduledNouns``) follows token `start` - 1, after at most two lowercase
    /// modifiers of the same clause: "deadline", "confidence vote", "closely watched jobs report".
    private func namesScheduledEvent(after start: Int) -> Bool {
        var index = start
        while index < tokens.count, index <= start + 2, tokens[index].kind == .word, clauses[index] == clauses[start],
              tokens[index].sentence == tokens[start].sentence {
            if Self.scheduledNouns.contains(tokens[index].key) { return true }
            if tokens[index].capitalized && index > start || infos[index].isTimeWord
                || !infos[index].tags.isDisjoint(with: [.preposition, .clauseBreak, .and, .of, .determiner, .the]) || marker(at: index) != nil {
                return false
            }
            index += 1
        }
        return false
    }

    /// The tense of the clause of a day before a scheduled event (`after`: its last token, the noun's included or not):
    /// the clause the "before" opens reads back, else the nearest marker before the day, else the first after.
    private func verbBeforeSchedule(first: Int, after: Int) -> Tense? {
        scheduleLinkTense(first) ?? scan(clause: clauses[first], before: first, after: after)
    }

    /// When "before", "until", "till" or "by", and perhaps an article, stand right before `first` and open a clause of
    /// their own ("banks remain shut until Tuesday's deadline", "banks are closed before a Tuesday vote"), the tense of
    /// the clause before them, read back.
    private func scheduleLinkTense(_ first: Int) -> Tense? {
        guard let link = linkWord(before: first), Self.scheduleLinks.contains(tokens[link].key), clauses[link - 1] != clauses[first]
        else { return nil }
        return scan(clause: clauses[link - 1], before: link, after: link - 1)
    }

    /// Whether "before", "until", "till", "by" or "ahead of", and perhaps an article, stand right before `first`.
    private func followsScheduleLink(_ first: Int) -> Bool {
        guard let link = linkWord(before: first) else { return false }
        return Self.scheduleLinks.contains(tokens[link].key) || tokens[link].key == K.of && tokens[link - 1].key == K.ahead
    }

    /// The word before `first`, past an article after it ("until [the] Monday deadline"), when a word stands before that.
    private func linkWord(before first: Int) -> Int? {
        var link = first - 1
        if link >= 1, Self.objectArticles.contains(tokens[link].key) { link -= 1 }
        return link >= 1 ? link : nil
    }

    /// A time that opens the subject of a clause reported without "that", right after the reporting verb and perhaps a
    /// determiner, before its noun ("said its second-half results would improve", "said fourth-quarter profit rose"):
    /// the tense of the reported clause's verb after that noun (within ``window`` words), not the reporting verb's. Only a
    /// month or an ordinal period modifies a noun so ("March inflation", "fourth-quarter profit"): `nil` for a weekday,
    /// which may date the report itself ("said Tuesday talks would resume"), for a time before a pronoun or an article
    /// ("said a day earlier it would not back him"), or when no marker follows.
    /// A month or a season that is the reported clause's subject itself, before its verb ("said June would be busy",
    /// "said that summer would be spent rebuilding", "said on Monday that February was the wettest"), takes that verb's
    /// tense too.
    /// A month or a season fronted after "in" in a clause reported with "that", before the clause's subject
    /// ("said that in June the plant would be busy", "warned on Monday that in December the reservoirs would run dry"),
    /// takes the reported verb's tense as well.
    private func reportedSubjectTense(first: Int, last: Int, clause: Int32) -> Tense? {
        let subject = first == last && (infos[first].month != 0 || infos[first].season != 0) && tokens[first].kind == .word
        if subject, first >= 3, tokens[first - 1].key == K.in_, tokens[first - 2].key == K.that {
            // "said that in June, the plant would be busy": a comma may close the fronted phrase.
            let next = last + 2 < tokens.count && tokens[last + 1].isPunctuation(",") ? last + 2 : last + 1
            guard next < tokens.count, tokens[next].kind == .word, marker(at: next) == nil,
                  !infos[next].tags.contains(.preposition), !infos[next].isTimeWord, reportingVerb(beforeThat: first - 2) != nil
            else { return nil }
            return scanForward(clause: clauses[next], after: next - 1)
        }
        guard infos[first].month != 0 || infos[first].ordinal != 0 || subject, last + 1 < tokens.count, tokens[last + 1].kind == .word,
              clauses[last + 1] == clause, marker(at: last + 1) == nil || subject,
              infos[last + 1].tags.isDisjoint(with: [.preposition, .pronounSubject, .determiner]), !infos[last + 1].isTimeWord
        else { return nil }
        let verbFollows = subject && marker(at: last + 1) != nil
        var back = first - 1
        if back >= 1, Self.objectArticles.contains(tokens[back].key) { back -= 1 }
        if verbFollows, back >= 2, tokens[back].key == K.that { back = beforeThat(back) }
        guard back >= 0, clauses[back] == clause else { return nil }
        // "expected second-half sales to rise", "forecast fourth-quarter profit to fall": an expectation's object and its
        // infinitive, still ahead.
        if Self.expectationVerbs.contains(tokens[back].key), !verbFollows {
            let reach = min(tokens.count - 1, last + 3)
            return last + 2 <= reach && (last + 2...reach).contains(where: { tokens[$0].key == K.to && isInfinitive(after: $0) })
                ? .future : nil
        }
        // "told investors third-quarter revenue would beat forecasts": the hearer between the verb and what it was told.
        if back >= 1, Self.tellVerbs.contains(tokens[back - 1].key), tokens[back].kind == .word, marker(at: back) == nil { back -= 1 }
        // "warned that December would bring shortages", "predicted that June would be busy": a forecast's clause too.
        guard infos[back].tags.contains(.reporting) || verbFollows && Self.expectationVerbs.contains(tokens[back].key)
        else { return nil }
        return scanForward(clause: clause, after: last)
    }

    /// The word before the "that" at `that`, past the report's own day ("said Monday that", "said on Monday that").
    private func beforeThat(_ that: Int) -> Int {
        var back = that - 1
        if infos[back].weekday != 0 || infos[back].tags.contains(.deictic) { back -= 1 }
        if back >= 1, tokens[back].key == K.on, !infos[back].tags.contains(.reporting) { back -= 1 }
        return back
    }

    /// The verb of saying, forecasting or warning before the "that" at `that` (past the report's day and a hearer, "told
    /// reporters that"); `nil` when none stands there.
    private func reportingVerb(beforeThat that: Int) -> Int? {
        guard that >= 2 else { return nil }
        var back = beforeThat(that)
        guard back >= 0 else { return nil }
        if back >= 1, Self.tellVerbs.contains(tokens[back - 1].key), tokens[back].kind == .word, marker(at: back) == nil { back -= 1 }
        return infos[back].tags.contains(.reporting) || Self.expectationVerbs.contains(tokens[back].key) ? back : nil
    }

    /// Reporting verbs whose hearer may stand before what was reported: "told investors …".
    static let tellVerbs = KeySet(words: ["told", "tells", "tell", "telling", "warned"])
    /// Verbs of expecting whose object takes an infinitive: "expected fourth-quarter profit to fall"; a half or a quarter
    /// they look to is one still ahead ("sees demand picking up in the fourth quarter", ``followsExpectation(_:tokens:infos:)``).
    static let expectationVerbs = KeySet(words: ["expects", "expected", "expect", "predicts", "predicted", "forecast",
                                                 "forecasts", "projects", "projected", "sees", "anticipates", "anticipated",
                                                 "foresees", "guided", "warned"])

    // MARK: Plans and expectations before a month or a period (read by the recognizer)

    /// Whether a verb of expecting (``expectationVerbs``) stands within eight words before `first`, in its sentence, as a
    /// verb: not after "as", "than" ("as expected", "better than expected"), "had" (an expectation that did not come true:
    /// "had expected a loss in the fourth quarter"), a form of "be" (round 68's results season: "Profit is expected to rise
    /// in the fourth quarter" in February is the quarter just ended), a preposition, a determiner or a possessive (the
    /// noun: "below forecasts", "analysts' forecasts"). The recognizer records it as ``Mention/expectedAhead`` on a half
    /// or a quarter: a static function over the token arrays, as it runs before the clauses are numbered.
    static func followsExpectation(_ first: Int, tokens: [Token], infos: [WordInfo]) -> Bool {
        let sentence = tokens[first].sentence
        var position = first - 1
        while position >= 0, position >= first - 8, tokens[position].sentence == sentence {
            if tokens[position].kind == .word, expectationVerbs.contains(tokens[position].key) {
                guard position > 0 else { return true }
                let before = tokens[position - 1]
                guard before.kind == .word else { return !before.isApostrophe }
                return !notExpecting.contains(before.key) && infos[position - 1].tags.isDisjoint(with: [.preposition, .determiner])
            }
            position -= 1
        }
        return false
    }

    /// Whether the clause of a month at `month` reports a plan, a schedule or an intention before it: a word of planning
    /// (``WordInfo/Tags/intends``: "planned for early March", "was scheduled for April"), a verb that sets or announces
    /// (``settingVerbs``: "agreed to meet in March"), a verb of expecting, "will", "would" or an infinitive ("said it would
    /// cut supply in September", "decided to admit three members in early March"), "for" right before it after a
    /// scheduled event's noun (``scheduledNouns``: "a trip for September"), or what a hearer was told of (``tellVerbs``:
    /// "told oil companies of a cutback in September"), or a period that opens in it ("the fiscal year starting in
    /// April"). Up to ``planReach`` tokens back, no clause break, semicolon or colon between. The recognizer records it
    /// as ``Mention/plannedAhead`` on a month without a year: a past clause keeps the next month in the dateline's year
    /// only then ("resigned in March" on a February dateline is last March).
    static func reportsPlan(before month: Int, tokens: [Token], infos: [WordInfo]) -> Bool {
        let sentence = tokens[month].sentence
        var position = month - 1, toldOf = false
        while position >= 0, position >= month - planReach, tokens[position].sentence == sentence {
            let token = tokens[position]
            guard token.kind == .word else {
                if token.isPunctuation(";") || token.isPunctuation(":") { return false }
                position -= 1
                continue
            }
            let word = infos[position], wordKey = token.key
            if word.tags.contains(.clauseBreak) { return false }
            if !word.tags.isDisjoint(with: [.intends, .future, .modal]) || settingVerbs.contains(wordKey)
                || expectationVerbs.contains(wordKey) { return true }
            if wordKey == K.to, position + 1 < month, tokens[position + 1].kind == .word, !tokens[position + 1].capitalized,
               infos[position + 1].tags.isDisjoint(with: [.determiner, .the, .preposition]), !infos[position + 1].isTimeWord {
                return true
            }
            // "the fiscal year starting in April": a period that opens in the month.
            if wordKey == K.starting || wordKey == K.beginning, position >= month - 2 { return true }
            // "told oil companies of a cutback in its supply in September": what the hearer was told of.
            if wordKey == K.of { toldOf = true }
            if toldOf, tellVerbs.contains(wordKey) { return true }
            if wordKey == K.for_, position + 1 >= month - 1, position >= 1, tokens[position - 1].kind == .word,
               scheduledNouns.contains(tokens[position - 1].key) { return true }
            position -= 1
        }
        return false
    }

    /// How many tokens back ``reportsPlan(before:tokens:infos:)`` looks for a plan.
    static let planReach = 24

    /// Words before a verb of expecting that make it no expectation of what is ahead: "as expected", "than expected", "had
    /// expected", "is expected"; and words before the noun "forecasts", "projects": "below forecasts", "beat forecasts".
    static let notExpecting = KeySet(words: ["as", "than", "had", "is", "are", "was", "were", "be", "been", "being", "below",
                                             "above", "beat", "beats", "missed", "topped", "exceeded", "met", "under", "over"])

    /// Verbs that book an event for a day, in their past or base form: "set the hearing for April 3", "called elections
    /// for May 6", "fixed the ballot for Sunday", "booked the venue for Saturday".
    static let bookingVerbs = KeySet(words: ["set", "called", "call", "fixed", "fix", "booked", "book", "rescheduled",
                                             "reschedule", "reset"])
    /// The words that may stand between a booking verb and its "for": the object's, up to this many.
    static let bookedObjectReach = 5

    /// Whether "for" stands right before `first`, after an active verb of ``bookingVerbs`` and its object (one to
    /// ``bookedObjectReach`` words, no marker of tense, preposition but "of" or punctuation between): "set sentencing for
    /// June 10", "called a snap parliamentary election for Nov. 4"; not a passive or a participle, whose "for" follows the
    /// verb ("the vote was set for Thursday", "the hearing, set for April 3"), nor a past perfect ("had set the hearing
    /// for April 3", a plan the story may have seen pass).
    private func bookedFor(_ first: Int) -> Bool {
        guard first >= 3, tokens[first - 1].key == K.for_ else { return false }
        let clause = clauses[first]
        var index = first - 2
        while index >= max(1, first - 2 - Self.bookedObjectReach), clauses[index] == clause {
            let token = tokens[index]
            guard token.kind == .word else { return false }
            if Self.bookingVerbs.contains(token.key) {
                let before = infos[index - 1].tags
                return index < first - 2 && !before.contains(.beAux) && tokens[index - 1].key != K.had
            }
            if infos[index].tags.contains(.preposition) && token.key != K.of || marker(at: index) != nil { return false }
            index -= 1
        }
        return false
    }

    /// Verbs that pick a day for an event, the day as their object before "for" or "as", in their past or base form:
    /// "set Jan. 14 for a referendum", "fixed Feb. 2 as the election date", "picked March 3 for its congress".
    static let dateBookingVerbs = KeySet(words: ["set", "fixed", "fix", "picked", "pick", "chose", "choose", "proposed",
                                                 "propose", "designated", "designate", "reset", "rescheduled", "reschedule",
                                                 "earmarked", "earmark"])

    /// Whether the expression `first...last` is the object of an active verb of ``dateBookingVerbs`` right before it, and
    /// "for" or "as" right after it (or after a second day: "Jan. 14 and 15 for"): "set March 3 for the vote"; not a
    /// passive or a past perfect ("was set March 3 for", "had set March 3 for": the plan may have passed), nor "for the
    /// first time" or "as part of", which say nothing of a booking.
    private func booksDate(first: Int, last: Int) -> Bool {
        var verb = first - 1
        // The second day of "Jan. 14 and 15": the verb before the first day's month.
        if verb >= 1, tokens[verb].key == K.and || tokens[verb].key == K.or, tokens[first].kind == .number {
            verb -= 1
            while verb >= 1, first - verb < 5, tokens[verb].kind != .word || infos[verb].month != 0 { verb -= 1 }
        }
        guard verb >= 1, Self.dateBookingVerbs.contains(tokens[verb].key),
              !infos[verb - 1].tags.contains(.beAux), tokens[verb - 1].key != K.had else { return false }
        var next = last + 1
        if next + 1 < tokens.count, tokens[next].key == K.and || tokens[next].key == K.or, tokens[next + 1].kind == .number { next += 2 }
        guard next + 1 < tokens.count, tokens[next].sentence == tokens[first].sentence else { return false }
        if tokens[next].key == K.as_ { return tokens[next + 1].key != K.part }
        return tokens[next].key == K.for_ && !(next + 3 < tokens.count && tokens[next + 3].key == K.time)
    }

    /// Whether a verb of ``settingVerbs`` stands a few words before `first` in its clause, no other marker between.
    private func setsDeadline(before first: Int) -> Bool {
        nearestBack(from: first - 1, downTo: max(0, first - 6), in: clauses[first]) { Self.settingVerbs.contains(tokens[$0].key) } != nil
    }

    /// Nouns of a release of figures that cover a period ("data for February", "the March jobs report") or of a
    /// document published at one ("their December projections", "the January minutes", "its April forecast").
    static let dataNouns = KeySet(words: ["data", "figures", "numbers", "statistics", "report", "reports", "sales", "results",
                                          "payrolls", "index", "reading", "readings", "inflation", "unemployment", "output",
                                          "exports", "imports", "orders", "production", "spending", "jobs",
                                          "projections", "projection", "forecast", "forecasts", "estimate", "estimates",
                                          "minutes", "statement", "outlook", "survey"])

    /// Whether the month name at `index` names the period a release of figures covers: after a data noun's "for" ("data
    /// for February", "results for March"), or before a data noun it modifies, possessive or not ("the March jobs report",
    /// "March retail sales data", "February's figures"; not after a preposition: "in March sales will rise").
    private func coversDataPeriod(_ index: Int) -> Bool {
        if index >= 2, tokens[index - 1].key == K.for_, Self.dataNouns.contains(tokens[index - 2].key) { return true }
        if index >= 1, tokens[index - 1].kind == .word, infos[index - 1].tags.contains(.preposition) { return false }
        var next = index + 1
        if isPossessiveMark(next) { next += 2 }
        var words = 0
        while next < tokens.count, words < 3, tokens[next].kind == .word,
              tokens[next].sentence == tokens[index].sentence {
            if Self.dataNouns.contains(tokens[next].key) { return true }
            if marker(at: next) != nil || infos[next].tags.contains(.preposition) || infos[next].isTimeWord { return false }
            next += 1; words += 1
        }
        return false
    }

    /// Commodities a futures contract names between its month and "contract" or "futures": "the July soybean contract".
    static let contractCommodities = KeySet(words: [
        "crude", "oil", "brent", "wti", "gas", "gasoline", "diesel", "gasoil", "heating", "gold", "silver", "copper",
        "platinum", "palladium", "aluminium", "aluminum", "nickel", "zinc", "corn", "wheat", "soybean", "soybeans", "soy",
        "soymeal", "sugar", "coffee", "arabica", "robusta", "cocoa", "cotton", "rubber", "rice", "oats", "cattle", "hogs",
        "canola", "palm", "bund", "treasury", "euro", "yen", "index"])

    /// The ``contractCommodities`` whose price "for" a month is that month's contract ("Brent for May", "gold for April"):
    /// not an index, a currency or a bond, whose figures "for" a month cover it ("the index for March").
    static let forMonthCommodities = KeySet(words: [
        "crude", "oil", "brent", "wti", "gas", "gasoline", "diesel", "gasoil", "gold", "silver", "copper", "platinum",
        "palladium", "aluminium", "aluminum", "nickel", "zinc", "corn", "wheat", "soybean", "soybeans", "soymeal", "sugar",
        "coffee", "arabica", "robusta", "cocoa", "cotton", "rubber", "oats", "cattle", "hogs", "canola"])

    /// Words after a month that make it a futures contract's delivery month: "for May delivery", "the May contract",
    /// "March futures".
    static let deliveryNouns = KeySet(words: ["delivery", "contract", "contracts", "futures", "options", "expiry"])

    /// Whether the month at `index` names a futures contract's delivery month
    /// (``deliveryMonth(before:next:afterNext:third:)``).
    private func namesDeliveryMonth(_ index: Int) -> Bool {
        // "Brent for May settled at $107.46", "Copper for May slipped": a commodity's price for a month is its contract's,
        // "delivery" left out (not "exports of crude for May", a period of figures).
        if index >= 2, tokens[index - 1].key == K.for_, Self.forMonthCommodities.contains(tokens[index - 2].key),
           index < 3 || tokens[index - 3].key != K.of { return true }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        return Self.deliveryMonth(before: index >= 1 ? tokens[index - 1].key : 0, next: tokens[index + 1].key,
                                  afterNext: index + 2 < tokens.count && tokens[index + 2].kind == .word ? tokens[index + 2].key : 0,
                                  third: index + 3 < tokens.count && tokens[index + 3].kind == .word ? tokens[index + 3].key : 0)
    }

    /// Whether a month with the words `before`, `next` and `afterNext` around it names a futures contract's delivery
    /// month: "delivery", "futures" or "contract" right after it ("for May delivery", "May futures", "the May contract";
    /// not "a March contract with Boeing"), or "contract" or "futures" after a commodity's name ("the July soybean
    /// contract"), or after two of them ("May Brent crude futures", "the July heating oil contract"; `third` is the
    /// word after `afterNext`).
    static func deliveryMonth(before: UInt64, next: UInt64, afterNext: UInt64, third: UInt64 = 0) -> Bool {
        if deliveryNouns.contains(next) {
            return next != K.contract && next != K.contracts || before != K.a && before != K.an
        }
        guard contractCommodities.contains(next) else { return false }
        if deliveryNouns.contains(afterNext) { return afterNext != K.delivery }
        return contractCommodities.contains(afterNext) && deliveryNouns.contains(third) && third != K.delivery
    }

    /// Whether the "s" at `index` after an apostrophe marks a noun's possessive before the noun it owns ("the
    /// commission's headquarters", "the company's plant"), not a contraction of "is" or "has" ("Maduro's expected",
    /// "it's a", "there's been", "the deal's not done").
    private func isPossessiveNoun(_ index: Int) -> Bool {
        guard tokens[index].key == K.s, index >= 2, index + 1 < tokens.count, isPossessiveMark(index - 1),
              !tokens[index - 1].spaceBefore, tokens[index - 2].kind == .word,
              !infos[index - 2].tags.contains(.pronounSubject), !Self.contractionHosts.contains(tokens[index - 2].key),
              tokens[index + 1].kind == .word, tokens[index + 1].sentence == tokens[index].sentence else { return false }
        let next = index + 1
        let key = tokens[next].key
        let nextTags = infos[next].tags
        guard nextTags.isDisjoint(with: [.pastVerb, .beAux, .presentAux, .pastAux, .modal, .future, .determiner, .the,
                                         .preposition, .pronounSubject]),
              !isPastForm(next), key != K.not, key != K.to, !Self.contractionFollowers.contains(key) else { return false }
        let end = Int(tokens[next].end)
        return !(end >= 3 && scalars[end - 3] == "i" && scalars[end - 2] == "n" && scalars[end - 1] == "g")
    }

    /// Words whose "'s" is "is" or "has": "that's", "there's", "here's", "what's", "who's", "where's".
    static let contractionHosts = KeySet(words: ["that", "there", "here", "what", "who", "where", "how", "when", "why", "it",
                                                 "he", "she", "let"])
    /// Words after a contracted "is" that are no noun: "the deal's off", "the plan's still …".
    static let contractionFollowers = KeySet(words: ["still", "also", "already", "now", "just", "never", "off", "over", "up",
                                                     "out", "due", "set", "likely", "unlikely", "expected", "about", "going"])

    /// Whether an apostrophe (straight or curly) at `index` and an "s" after it make a possessive: "Sunday's".
    private func isPossessiveMark(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].isApostrophe
            && tokens[index + 1].key == K.s
    }

    /// Verbs whose object is awaited: "investors await Wednesday's decision".
    static let awaitVerbs = KeySet(words: ["await", "awaits", "awaiting"])
    /// Verbs of getting ready, before "for": "bracing for Sunday's vote", "prepares for Monday's summit".
    static let prepareVerbs = KeySet(words: ["preparing", "prepare", "prepares", "bracing", "brace", "braces", "gearing", "gear",
                                             "gears", "readying", "readies"])
    /// Words before "to" that look ahead: "looking ahead to", "looks forward to".
    static let forwardWords = KeySet(words: ["ahead", "forward", "look", "looks", "looking"])
    /// Words that open a relative clause after a noun: "Wednesday's ruling, which …", "the vote that …".
    static let relativeOpeners = KeySet(words: ["that", "which", "who", "whose", "where", "when"])

    /// Nouns of a fixture, an event on a calendar before it happens (a game, a race, a show), not of its outcome ("win",
    /// "defeat", "ruling"): "Sunday's final", "Saturday's home game", "Tuesday's second leg", "Friday's concert".
    static let fixtureNouns = KeySet(words: ["final", "finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals",
                                             "match", "game", "race", "concert", "show", "gig", "premiere", "opener", "derby",
                                             "clash", "showdown", "fight", "bout", "leg", "playoff", "decider", "replay",
                                             "fixture", "meet", "performance", "screening", "ceremony", "gala", "parade"])

    /// Participles that put an event on a calendar and modify a noun as often as they are its verb ("a referendum
    /// scheduled for mid-2009").
    static let scheduleWords = KeySet(words: ["scheduled", "rescheduled", "slated", "planned", "set", "expected", "due", "timetabled"])

    /// Prepositions that put a verb's event in or before a fixture: "start in Sunday's final", "fit for Saturday's game".
    static let fixturePrepositions = KeySet(words: ["in", "for", "at", "into"])

    /// Whether a fixture noun (``fixtureNouns``) is the noun a possessive day owns: within three words after its "s" at
    /// `after`, no punctuation between ("Sunday's Champions League final").
    private func ownsFixture(after: Int) -> Bool {
        var index = after + 1
        while index < tokens.count, index <= after + 4, tokens[index].kind == .word {
            if Self.fixtureNouns.contains(tokens[index].key) { return true }
            index += 1
        }
        return false
    }

    /// The nearest tense marker before `first` in its clause (within ``window`` words).
    private func markerBefore(_ first: Int) -> Tense? {
        var index = first - 1
        while index >= 0, index >= first - window, clauses[index] == clauses[first] {
            if let found = marker(at: index) { return found }
            index -= 1
        }
        return nil
    }

    /// Presents of hanging on an event to come, before "on": "hinges on Sunday's referendum", "depend on Tuesday's vote".
    static let dependVerbs = KeySet(words: ["hinges", "hinge", "depends", "depend"])

    /// Whether a possessive day at `first` is the object of waiting or getting ready, or of what hangs on it: "await
    /// Wednesday's decision", "bracing for Sunday's vote", "looking ahead to Tuesday's talks", "hinges on Sunday's vote".
    private func awaitsPossessive(_ first: Int) -> Bool {
        guard first >= 1 else { return false }
        let previous = tokens[first - 1].key
        if Self.awaitVerbs.contains(previous) { return true }
        guard first >= 2 else { return false }
        if previous == K.for_ { return Self.prepareVerbs.contains(tokens[first - 2].key) }
        // "The bailout hinges on Sunday's referendum", "depends on Tuesday's vote".
        if previous == K.on { return Self.dependVerbs.contains(tokens[first - 2].key) }
        return previous == K.to && Self.forwardWords.contains(tokens[first - 2].key)
    }

    /// The tense of the verb group after the noun a possessive day heads ("Sunday's election *will decide*"), when the
    /// noun and its modifiers are all that stands between: the possessive's noun phrase is that verb's subject.
    /// `after`: the possessive's "s".
    private func possessiveSubjectTense(first: Int, after: Int) -> Tense? {
        // "The verdict in Tuesday's trial will be appealed": the day's noun is no subject after a preposition other than
        // "of" ("the outcome of Sunday's vote will be known").
        if first > 0, tokens[first - 1].kind == .word, infos[first - 1].tags.contains(.preposition), tokens[first - 1].key != K.of {
            return nil
        }
        var index = after + 1
        while index < tokens.count, index <= after + 6, clauses[index] == clauses[first], tokens[index].sentence == tokens[first].sentence {
            let token = tokens[index]
            guard token.kind == .word else {
                if token.isPunctuation("-") { index += 1; continue }
                return nil
            }
            if Self.relativeOpeners.contains(token.key) || infos[index].tags.contains(.preposition) && index == after + 1 { return nil }
            // "Friday's closely watched jobs report": a participle modifying the noun.
            let modifier = index == after + 1 || Self.participleAdverbs.contains(tokens[index - 1].key)
            if modifier, infos[index].tags.contains(.pastVerb) || isPastForm(index) { index += 1; continue }
            // "Wednesday's decision to cut rates will help borrowers": a decision whose content is told was taken.
            if token.key == K.to, Self.decisionNouns.contains(tokens[index - 1].key) { return nil }
            if let found = marker(at: index) {
                // "Wednesday's attack will deepen fears": what befell a day is past, whatever it leads to; only an
                // expectation in the present ("Wednesday's sell-off is expected to …") puts it ahead.
                if (after + 1..<index).contains(where: { Self.outcomeNouns.contains(tokens[$0].key) }),
                   !(infos[index].tags.contains(.beAux) && infos[index].tags.contains(.presentAux)) { return nil }
                if Self.possibilityModals.contains(token.key) { return found == .future ? .endPoint : found }
                return verbGroup(found, at: index)
            }
            index += 1
        }
        return nil
    }

    /// Modals of possibility, which may tell what a day's event leads to as well as what it may bring: "Sunday's vote
    /// could topple the government".
    static let possibilityModals = KeySet(words: ["could", "may", "might"])
    /// Nouns of something that befell a day, never scheduled, which a future verb does not move ahead.
    static let outcomeNouns = KeySet(words: ["attack", "attacks", "bombing", "bombings", "shooting", "shootings", "killing",
                                             "killings", "explosion", "explosions", "blast", "blasts", "crash", "earthquake", "quake",
                                             "storm", "arrest", "death", "resignation", "sell-off", "selloff", "rally", "drop", "fall",
                                             "rise", "gains", "losses"])
    /// Nouns of a decision, which may be scheduled ("Wednesday's rate decision will be closely watched") unless its
    /// content follows ("Wednesday's decision to cut rates", "Monday's ruling that …").
    static let decisionNouns = KeySet(words: ["decision", "ruling", "verdict", "announcement", "statement", "move", "vote"])

    /// "the proposed merger", "a still unspecified date": a participle after a determiner is an adjective.
    private func isAttributive(_ index: Int) -> Bool {
        var cursor = index - 1
        if cursor >= 0, Self.participleAdverbs.contains(tokens[cursor].key) { cursor -= 1 }
        guard cursor >= 0, tokens[cursor].kind == .word, infos[cursor].tags.contains(.determiner) else { return false }
        return tokens[cursor].key != K.that
    }

    /// The first token of the clause holding `index` (its sentence's first one at most).
    private func clauseStart(_ index: Int) -> Int? {
        var cursor = index
        while cursor > 0, clauses[cursor - 1] == clauses[index], tokens[cursor - 1].sentence == tokens[index].sentence { cursor -= 1 }
        while cursor < index, tokens[cursor].kind != .word { cursor += 1 }
        return tokens[cursor].kind == .word ? cursor : nil
    }

    /// The keys of the contractions "re" and "ve" (``readMarker(at:)``).
    @inline(__always) static var reKey: UInt64 { K.k("re") }  // (folded: a `static let` cost two `swift_once` per word read)
    @inline(__always) static var veKey: UInt64 { K.k("ve") }

    /// Words that open a relative clause set off after a subject: "Cho, who was elected in 2021, …".
    static let setOffRelatives = KeySet(words: ["who", "which", "whose", "whom"])
    /// Adverbs before a participle set off after a subject: "The festival, first held in 1970, …".
    static let participleLeads = KeySet(words: ["first", "once", "originally", "recently", "newly", "long", "previously", "only"])

    /// Whether the clause ending at `end` is set off by commas or brackets right after the words that open its sentence
    /// (up to six, no tense marker): a relative clause ("Cho, who was elected in 2021, faces re-election"), a participle
    /// ("The bridge, built in 1932, gets a new deck", "The festival, first held in 1970, draws crowds") or a bracket ("The
    /// plant (closed in 2009) gets a new owner"). Its tense is the subject's past, not the main clause's.
    private func isSetOffSubjectModifier(endingAt end: Int) -> Bool {
        let closing = end + 1 < tokens.count && (tokens[end + 1].isPunctuation(",") || tokens[end + 1].isPunctuation(")"))
        guard closing || tokens[end].isPunctuation(",") || tokens[end].isPunctuation(")"),
              let opener = clauseStart(end), opener >= 2, opener < end,
              tokens[opener - 1].isPunctuation(",") || tokens[opener - 1].isPunctuation("("), tokens[opener - 2].kind == .word else { return false }
        let key = tokens[opener].key
        guard Self.setOffRelatives.contains(key) || isPastForm(opener) || infos[opener].tags.contains(.pastVerb)
                || Self.participleLeads.contains(key) && (isPastForm(opener + 1) || infos[opener + 1].tags.contains(.pastVerb)) else { return false }
        return followsOpeningWords(opener - 1)
    }

    /// Whether only the words that open the sentence stand before the mark at `mark`: up to six, without a tense marker or
    /// a time word (and an abbreviation's period: "Mr. Lee, the winner in January, …").
    private func followsOpeningWords(_ mark: Int) -> Bool {
        let sentence = tokens[mark].sentence
        var cursor = mark - 1
        while cursor > 0, tokens[cursor - 1].sentence == sentence, clauses[cursor - 1] == clauses[mark - 1] { cursor -= 1 }
        guard cursor == 0 || tokens[cursor - 1].sentence != sentence, mark - cursor <= 6 else { return false }
        return (cursor..<mark).allSatisfy {
            tokens[$0].kind == .word ? marker(at: $0) == nil && !infos[$0].isTimeWord : tokens[$0].isPunctuation(".") && !tokens[$0].spaceBefore
        }
    }

    /// Whether the clause of `first` is a noun phrase ("a hit at Sundance in January", "the winner in March") set off by
    /// a comma right after the words that open its sentence, up to six words without a tense marker: an appositive of the
    /// sentence's subject.
    private func opensAppositiveOfSubject(_ first: Int) -> Bool {
        guard let start = clauseStart(first), start >= 2, tokens[start].key == K.a || tokens[start].key == K.an || tokens[start].key == K.the,
              tokens[start - 1].isPunctuation(","), tokens[start - 2].kind == .word else { return false }
        return followsOpeningWords(start - 1)
    }

    /// Whether the clause of `first...last` opens with "since" a few words before it and holds no tense marker: a
    /// noun phrase after "since" ("since the riots in August"), not a clause ("since the vote in April will decide …").
    private func sinceOpensVerblessPhrase(first: Int, last: Int) -> Bool {
        // (Only a time word's direction is in doubt, a month's or a weekday's; then a cheap look for "since": mostly none
        // stands there.)
        guard first >= 2, infos[first].isTimeWord, (max(0, first - 8)...(first - 2)).contains(where: { infos[$0].tags.contains(.since) }),
              let start = clauseStart(first), start < first - 1, first - start <= 8,
              infos[start].tags.contains(.since) else { return false }
        let clause = clauses[first]
        var index = start + 1
        while index < tokens.count, index <= last + window, clauses[index] == clause {
            if (index < first || index > last), tokens[index].kind == .word, marker(at: index) != nil { return false }
            index += 1
        }
        return true
    }

    /// Past verbs of trying and of its outcome before an infinitive: what they tell was tried when they happened.
    static let attemptVerbs = KeySet(words: ["failed", "managed", "tried", "attempted", "struggled", "scrambled", "rushed",
                                             "declined", "refused", "neglected", "sought", "strove", "endeavored", "endeavoured",
                                             "fought", "battled"])

    /// Participles that, made passive, tell the infinitive's event happened: "were forced to", "was compelled to".
    static let compelledVerbs = KeySet(words: ["forced", "compelled", "obliged"])

    /// Whether the word at `index` is such a participle after "was", "were" or "been": "Police were forced to use tear gas
    /// on Sunday", "The bank has been forced to close branches on Tuesday" (the forcing and the act are one, already
    /// past); not "will be forced to act on Sunday", "could be forced to".
    private func compelledInPast(_ index: Int) -> Bool {
        guard index >= 1, Self.compelledVerbs.contains(tokens[index].key) else { return false }
        let before = infos[index - 1].tags
        return before.contains(.beAux) && (before.contains(.pastAux) || tokens[index - 1].key == K.been)
    }

    /// Past verbs that warn of, threaten or call for an action still to come: "warned of", "threatened", "called for".
    static let threatVerbs = KeySet(words: ["warned", "threatened", "called"])
    /// Nouns of a collective action that is warned of, threatened or called for: "strike", "walkouts", "protests".
    static let actionNouns = KeySet(words: ["strike", "strikes", "walkout", "walkouts", "stoppage", "stoppages", "protest",
                                            "protests", "rally", "rallies", "demonstration", "demonstrations", "march",
                                            "marches", "boycott", "boycotts", "blockade", "blockades", "shutdown",
                                            "action", "actions", "unrest"])

    /// Whether the past verb at `verb` warns of, threatens or calls for an action noun that stands, with "on" or "at",
    /// right before the weekday or weekend at `first`, up to five words after the verb ("warned of more walkouts at the
    /// weekend", "threatened a fresh strike on Monday", "called for mass protests at the weekend"; not "called a strike
    /// on Monday", where the day dates the call).
    private func threatensAction(verb: Int, before first: Int) -> Bool {
        let key = tokens[verb].key
        guard Self.threatVerbs.contains(key), verb + 2 < first else { return false }
        // (A weekday or the weekend after "on" or "at": "on Monday", "at the weekend"; not "the previous day", which dates
        // the call.)
        let day = tokens[first].key == K.the && first + 1 < tokens.count ? first + 1 : first
        guard infos[day].weekday != 0 || tokens[day].key == K.weekend else { return false }
        let noun = first - 2
        guard tokens[first - 1].key == K.on || tokens[first - 1].key == K.at else { return false }
        guard noun > verb + 1, noun - verb <= 6, tokens[noun].kind == .word, Self.actionNouns.contains(tokens[noun].key)
        else { return false }
        let opener = tokens[verb + 1].key
        if key == K.warned { return opener == K.of }
        if key == K.called { return opener == K.for_ }
        return true
    }

    /// Verbs that announce or decide something still to happen: "announced a strike starting Sunday".
    static let announcingVerbs = KeySet(words: ["announced", "called", "declared", "ordered", "proposed", "unveiled", "approved",
                                                "scheduled", "planned", "agreed", "voted", "decided", "set"])

    /// Whether "starting" or "beginning" (and "on" or "at") stand right before `first`, after a verb of
    /// ``announcingVerbs`` up to six words back in the same clause (a hyphenated length's number and hyphen not counted:
    /// "called a 36-hour general strike starting Sunday morning"), with no other verb between.
    private func announcedStart(before first: Int) -> Bool {
        var cursor = first - 1
        if cursor >= 0, tokens[cursor].key == K.on || tokens[cursor].key == K.at { cursor -= 1 }
        guard cursor >= 1, tokens[cursor].key == K.starting || tokens[cursor].key == K.beginning else { return false }
        var lowest = cursor, words = 0
        while lowest > 0, words < 6, clauses[lowest - 1] == clauses[first] {
            lowest -= 1
            if tokens[lowest].kind == .word { words += 1 }
        }
        return nearestBack(from: cursor - 1, downTo: lowest, in: clauses[first]) {
            Self.announcingVerbs.contains(tokens[$0].key)
        } != nil
    }

    /// Whether prepositions, and before them "and", "or" or "then", stand right before `first`: "and on Sunday".
    private func opensConjunct(_ first: Int) -> Bool {
        var cursor = first - 1, prepositions = 0
        while cursor >= 0, prepositions < 2, tokens[cursor].kind == .word, infos[cursor].tags.contains(.preposition) {
            cursor -= 1; prepositions += 1
        }
        return prepositions > 0 && cursor > 0 && Self.conjuncts.contains(tokens[cursor].key)
            && clauses[cursor] == clauses[first] && !infos[cursor - 1].isTimeWord
    }

    /// "ahead of [the vote on] Sunday", "in the run-up to [elections in] April", "the lead-up to", "the countdown to": a
    /// few words of the same clause back, with no verb between.
    private func followsAhead(_ first: Int) -> Bool {
        // "ahead of", "run-up to", "lead-up to", "build-up to", "countdown to" (not "went ahead of schedule").
        func isAhead(_ cursor: Int) -> Bool {
            let key = tokens[cursor].key
            guard key == K.of || key == K.to else { return false }
            let aheadWord = tokens[cursor - 1].key
            return Self.aheadWords.contains(aheadWord) && (aheadWord == K.ahead ? key == K.of : key == K.to)
        }
        // A cheap first pass over the same words without the verb test: mostly nothing of the kind stands there.
        let clause = clauses[first], lowest = max(1, first - 7)
        var index = first - 1, found = false
        while index >= lowest, clauses[index] == clause {
            if isAhead(index) { found = true; break }
            index -= 1
        }
        guard found else { return false }
        return nearestBack(from: first - 1, downTo: lowest, in: clause, where: isAhead) != nil
    }

    /// The tense of the main clause after a time fronted at the start of its sentence, past subordinate clauses ("after
    /// talks collapsed"), relative ones ("which has been closed") and participles ("speaking in Brussels"), whose tense
    /// is kept only as a last resort.
    private func mainClauseTense(after last: Int, clause: Int32) -> Tense? {
        guard let start = tokens.sentenceStart(of: last, within: window), clauses[start] == clause else { return nil }
        let sentence = tokens[last].sentence
        var fallback: Tense?
        var index = last + 1
        while index < tokens.count, index <= last + window, tokens[index].sentence == sentence {
            let current = clauses[index]
            guard current != clause else { index += 1; continue }
            var opener = index
            while opener < tokens.count, clauses[opener] == current, tokens[opener].kind != .word { opener += 1 }
            var end = index
            while end < tokens.count, clauses[end] == current { end += 1 }
            if opener < end, Clauses.opensSubordinate(opener, tokens: tokens, infos: infos, scalars: scalars) {
                if fallback == nil { fallback = scanForward(clause: current, after: opener - 1) }
            } else if let found = scanForward(clause: current, after: index - 1) {
                return found
            }
            index = end
        }
        return fallback
    }

    /// When "before" right before `first` opens a clause of its own ("will try to reach a deal before Monday's vote"), the
    /// tense of the clause before it, read back from "before".
    private func tenseBeforeBefore(_ first: Int) -> Tense? {
        guard first >= 2, tokens[first - 1].key == K.before_, clauses[first - 2] != clauses[first] else { return nil }
        return scan(clause: clauses[first - 2], before: first - 1, after: first - 2)
    }

    /// Nouns of a plan or an intention after "had", "had no", "had any": "had no plans", "had every intention".
    static let planNouns = KeySet(words: ["plans", "plan", "intention", "intentions"])
    /// Words between "had" and a ``planNouns`` noun.
    static let planDeterminers = KeySet(words: ["no", "any", "every", "firm", "immediate", "concrete", "definite"])

    /// Whether "had" and a plan noun ("had no plans", "had plans") stand up to eight words before `first`, no
    /// punctuation between.
    private func hadPlans(before first: Int) -> Bool {
        var index = first - 1
        // (Across a clause opened by "before" or "until": "had no plans for a tablet before the second half".)
        while index >= max(1, first - Self.endPointReach), tokens[index].kind == .word {
            if Self.planNouns.contains(tokens[index].key) {
                var back = index - 1
                while back > 0, back > index - 3, Self.planDeterminers.contains(tokens[back].key) { back -= 1 }
                return tokens[back].key == K.had
            }
            index -= 1
        }
        return false
    }

    /// The "until", "till" or "through" right before `first`, or before a time of day and "on" before it ("until
    /// midnight on Saturday", "through the night on Sunday").
    private func lastedUntil(_ first: Int) -> Int? {
        var end = first - 1
        if end >= 2, tokens[end].key == K.on, tokens[end - 1].kind == .word { end -= 2 }
        if end >= 1, tokens[end].key == K.the { end -= 1 }
        guard end >= 0 else { return nil }
        let key = tokens[end].key
        return key == K.until || key == K.till || key == K.through ? end : nil
    }

    /// "through the end of the fiscal year on Sept. 30", "until the end of the session on June 30": a date after "on"
    /// that restates the end an end point's preposition names, no marker between them; the token after that preposition.
    func restatedEndPoint(_ first: Int) -> Int? {
        guard first > 4, tokens[first - 1].key == K.on else { return nil }
        let end = nearestBack(from: first - 2, downTo: max(2, first - Self.endPointReach), in: clauses[first - 1]) { back in
            tokens[back].key == K.end && tokens[back - 1].key == K.the && Self.endPoints.contains(tokens[back - 2].key)
        }
        return end.map { $0 - 1 }
    }

    /// The start of the time before "or" that the end point's word opens, for the time at `first` after "or": "until late
    /// February or early March", "by Friday or Monday" (the second of the two is an end point too).
    func coordinatedEndPoint(_ first: Int) -> Int? {
        guard first > 3, tokens[first - 1].key == K.or else { return nil }
        var back = first - 2, steps = 0
        while back > 0, steps < 4, tokens[back].kind != .punctuation, !Self.endPoints.contains(tokens[back].key) {
            guard infos[back].isTimeWord || tokens[back].kind == .number
                    || infos[back].tags.contains(.early) || infos[back].tags.contains(.late) || infos[back].tags.contains(.mid)
            else { return nil }
            back -= 1; steps += 1
        }
        return back < first - 2 && Self.endPoints.contains(tokens[back].key) ? back + 1 : nil
    }

    /// The nearest token from `start` back to `lowest` (both included) in `clause` for which `wanted` holds, looked for
    /// until a tense marker (whose own token is tested first): the back-scans of the rules that ask for a word a few words
    /// before a time, with no verb between.
    private func nearestBack(from start: Int, downTo lowest: Int, in clause: Int32, where wanted: (Int) -> Bool) -> Int? {
        var index = start
        while index >= lowest, clauses[index] == clause {
            if wanted(index) { return index }
            if marker(at: index) != nil { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the expression at `first` follows "to" or "through" closing a reported period: "the year to", "the 12
    /// months through".
    private func endsReportedPeriod(_ first: Int) -> Bool {
        guard first > 2, tokens[first - 1].key == K.to || tokens[first - 1].key == K.through, infos[first - 2].unit != nil
        else { return false }
        var article = first - 3
        if tokens[article].kind == .number || infos[article].cardinal > 1 { article -= 1 }
        // "the half year to", "the half-year to" (a hyphen, then "half").
        if article > 0, !tokens[first - 2].spaceBefore, infos[article - 1].unit == .half { article -= 1 }
        if article >= 0, infos[article].unit == .half { article -= 1 }
        return article >= 0 && tokens[article].key == K.the
    }

    /// "to" or "through" closing a "from …" range of the same sentence, a few words back.
    private func closesRange(_ index: Int) -> Bool {
        guard tokens[index].key == K.to || tokens[index].key == K.through else { return false }
        var cursor = index - 1
        while cursor >= 0, cursor >= index - 6, tokens[cursor].sentence == tokens[index].sentence {
            if tokens[cursor].key == K.from { return true }
            cursor -= 1
        }
        return false
    }

    /// How far (in tokens) from the expression a tense marker is looked for (see `EventLinker.window`).
    private var window: Int { EventLinker.window }

    private func scan(clause: Int32, before: Int, after: Int) -> Tense? {
        var index = before - 1
        var infinitive = false
        while index >= 0, index >= before - window, clauses[index] == clause {
            if let marker = marker(at: index) {
                // "voted on Monday to strike from Thursday", "agreed to meet again on Wednesday": the infinitive's event
                // follows the past one, so its date is the nearest one, not necessarily a past one; but after a verb of
                // trying or of its outcome ("failed to reach a deal on Sunday", "managed to reach the village on Sunday")
                // the infinitive's event was tried then, already past.
                if marker == .past, infinitive, index + 1 < tokens.count, tokens[index + 1].key == K.to,
                   Self.attemptVerbs.contains(tokens[index].key) || compelledInPast(index) { return .past }
                // "warned of more walkouts at the weekend", "called for mass protests on Monday": the action warned of,
                // threatened or called for is still to come.
                if marker == .past, !infinitive, threatensAction(verb: index, before: before) { return .future }
                return marker == .past && infinitive ? .endPoint : marker
            }
            // (Not the "to" right before the expression: "the three months to end-June".)
            if tokens[index].key == K.to, index + 1 != before, isInfinitive(after: index) { infinitive = true }
            index = tokens[index].kind == .word ? index - 1 : openingBracket(before: index, clause: clause) - 1
        }
        if let ahead = scanForward(clause: clause, after: after) { return ahead }
        // "Kerry to visit Moscow on Tuesday", "Cyprus parliament to vote on bailout on Sunday": a headline's infinitive,
        // with no verb before it in a sentence that opens its line, is a plan.
        if infinitive, before - window <= index, index < 0 || tokens[index].sentence != tokens[before].sentence,
           before - (index + 1) <= 10, opensLine(index + 1) {
            return .future
        }
        return nil
    }

    /// The "(" that opens the bracket closed by the ")" at `index` in `clause` (up to 12 tokens back), else `index`: the
    /// backward scan of a clause steps over an aside ("The school (founded in 1890) marks its anniversary in May": the
    /// aside's past is the subject's, not the clause's).
    private func openingBracket(before index: Int, clause: Int32) -> Int {
        guard tokens[index].kind != .word, tokens[index].isPunctuation(")") else { return index }
        var cursor = index - 1
        while cursor >= max(0, index - 12), clauses[cursor] == clause {
            if tokens[cursor].isPunctuation("(") { return cursor }
            cursor -= 1
        }
        return index
    }

    /// Whether only spaces stand between the start of a line (or of the text) and token `index`, or it is the first token read.
    private func opensLine(_ index: Int) -> Bool {
        // The first token read opens the text read (a headline after its wire slug, "UPDATE 2-Euro zone ministers to …").
        if index == 0 { return true }
        var cursor = Int(tokens[index].start) - 1
        while cursor >= 0, scalars[cursor] == " " || scalars[cursor] == "\t" { cursor -= 1 }
        return cursor < 0 || scalars[cursor] == "\n" || scalars[cursor] == "\r"
    }

    /// The first marker after `after` in the clause, with its verb group (``verbGroup(_:at:)``).
    private func scanForward(clause: Int32, after: Int) -> Tense? {
        var index = after + 1
        while index < tokens.count, index <= after + window, clauses[index] == clause {
            if let marker = marker(at: index) { return verbGroup(marker, at: index) }
            index += 1
        }
        return nil
    }

    /// Read forward, the first marker of a verb group is its auxiliary; the group's last marker decides, as it does
    /// read backward: "On Sunday the eurogroup *is expected to* meet", "Early Monday, markets *are likely to* open",
    /// "On Tuesday lawmakers *are set to* vote", "the vote *has been scheduled*" look ahead; "had been scheduled to"
    /// stays a plan of the past.
    private func verbGroup(_ found: Tense, at start: Int) -> Tense {
        guard !infos[start].tags.isDisjoint(with: [.beAux, .presentAux, .pastAux]) else { return found }
        var result = found
        var index = start + 1
        while index < tokens.count, index <= start + 4, clauses[index] == clauses[start], tokens[index].kind == .word {
            let key = tokens[index].key
            if let marker = marker(at: index) {
                result = marker
            } else if !(Self.negations.contains(key) || Self.scheduleAdverbs.contains(key) || key == K.be || key == K.been
                        || key == K.being) {
                break
            }
            index += 1
        }
        return result
    }

    /// "runs", a schedule's present before its day that is also the sports pages' plural noun.
    @inline(__always) static var runsKey: UInt64 { K.k("runs") }
    /// Words before "runs" that make it the sports pages' noun ("home runs", "earned runs", "more runs").
    static let runNouns = KeySet(words: ["home", "earned", "unearned", "more", "many", "few", "several", "no"])

    /// Words other than prepositions of the lexicon that take a noun after them: "below forecasts", "than forecasts".
    static let nounTakers = KeySet(words: ["below", "above", "than", "beyond", "against", "under", "versus", "vs"])

    /// Whether a ``Cue/scheduledEvent`` word ending in "s" at `index` is a plural noun, not a verb: after a determiner
    /// (not "that", which may open a relative clause), a possessive ("analysts' forecasts", "the IMF's forecasts"), a
    /// preposition or a word that takes a noun ("below forecasts", "than forecasts"), or a past verb whose object it is
    /// ("beat forecasts in February", "topped forecasts", "undershot forecasts": the month is the figures', not ahead).
    private func isPluralNoun(_ index: Int) -> Bool {
        guard index > 0, scalars[Int(tokens[index].end) - 1] == "s" else { return false }
        let previous = index - 1
        if tokens[previous].isApostrophe { return true }
        guard tokens[previous].kind == .word, tokens[previous].sentence == tokens[index].sentence else { return false }
        let key = tokens[previous].key
        if key == K.s { return previous > 0 && tokens[previous - 1].isApostrophe }
        let tags = infos[previous].tags
        if tags.contains(.determiner) { return key != K.that }
        if tags.contains(.preposition) || Self.nounTakers.contains(key) { return true }
        return tags.isDisjoint(with: [.beAux, .presentAux, .pastAux, .modal]) && isPastForm(previous)
    }

    /// Whether "runs" at `index` is a schedule's verb right before its day ("The festival runs Saturday and Sunday", "runs
    /// on Friday"): not the sports pages' noun after a count or ``runNouns`` ("hit two home runs Saturday", "scored 10 runs
    /// Friday"); a span after it ("runs from 8 a.m. on Monday until …", "runs until Sunday") reads as before.
    private func runsOnDay(_ index: Int) -> Bool {
        guard index > 0, index + 1 < tokens.count else { return false }
        let previous = index - 1
        if tokens[previous].kind == .number || Self.runNouns.contains(tokens[previous].key) || infos[previous].cardinal > 0 {
            return false
        }
        let day = tokens[index + 1].key == K.on ? index + 2 : index + 1
        return day < tokens.count && tokens[day].kind == .word && infos[day].weekday != 0
    }

    /// Whether "to" at `index` opens an infinitive: a lowercase word follows that is no function word, time word or
    /// plural ("to strike", "to meet"; not "to the capital", "to Paris", "to Thursday", "to residents").
    private func isInfinitive(after index: Int) -> Bool {
        let next = index + 1
        guard next < tokens.count, tokens[next].kind == .word, !tokens[next].capitalized, tokens[next].length >= 3 else { return false }
        let info = infos[next]
        guard !info.isTimeWord, info.cardinal < 0, info.tags.isDisjoint(with: [.determiner, .the, .preposition, .pronounSubject]),
              !Self.toNouns.contains(tokens[next].key) else { return false }
        return scalars[Int(tokens[next].end) - 1] != "s"
    }

    /// Nouns of "on track to", "on course to", "on pace to", "on schedule to", "on target to": an expectation.
    static let courseNouns = KeySet(words: ["track", "course", "pace", "schedule", "target"])

    /// Nouns "to" takes without an article: "shot to death", "came to power", "went to court", "sent to prison".
    static let toNouns = KeySet(words: ["death", "power", "office", "court", "prison", "jail", "trial", "hospital", "safety",
                                        "school", "church", "bed", "market", "justice", "date", "war", "sea", "land", "town"])

    /// The tense a single token marks, if any.
    func marker(at index: Int) -> Tense? {
        if let known: Tense? = markers.answer(at: index) { return known }
        return markers.remember(readMarker(at: index), at: index)
    }

    /// ``marker(at:)`` read: it depends on the token and its neighbours only.
    private func readMarker(at index: Int) -> Tense? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let tags = infos[index].tags
        let previous = index > 0 ? infos[index - 1].tags : []
        // "10am": the clock's "am" is no verb.
        if token.key == K.am, index > 0, tokens[index - 1].kind == .number { return nil }
        // An "s" is "is" or "has" only after an apostrophe: the "S" of "U.S." is none ("won the U.S. Open in September").
        if token.key == K.s, !(index > 0 && tokens[index - 1].isApostrophe) {
            return nil
        }
        // A "re" or a "ve" likewise ("they're", "we've"): the prefix of "re-election" is none ("faces re-election in November").
        if token.key == Self.reKey || token.key == Self.veKey, !(index > 0 && tokens[index - 1].isApostrophe) { return nil }
        if tags.contains(.future) { return .future }
        if tags.contains(.tenseCue), let cue = Self.cues[token.key], let marked = cueMarker(cue, at: index) { return marked }
        // "The festival runs Saturday and Sunday": a schedule's present right before its day (no cue in the lexicon, whose
        // tag would make the plain conjunct "… and runs until Sunday" no verb for the linker).
        if token.key == Self.runsKey, runsOnDay(index) { return .future }
        if token.key == K.to, index > 0 {
            // "is to meet", "are expected to", "plans to"
            if previous.contains(.intends), isPastPerfectPlan(index - 1) { return .past }
            if previous.contains(.intends) || (previous.contains(.beAux) && previous.contains(.presentAux)) { return .future }
            // "is on track to close by the end of the third quarter", "was on course to finish in June": an expectation.
            if index >= 2, tokens[index - 2].key == K.on, Self.courseNouns.contains(tokens[index - 1].key) { return .future }
            return nil
        }
        // "should", "must", "may", "can" look ahead; "would" and "could" are futures seen from the past.
        if tags.contains(.modal) {
            // "Sales rose in May and in February": a capitalised "May" inside its sentence is the month, no modal.
            if token.key == K.may, token.capitalized, index > 0, tokens[index - 1].sentence == token.sentence { return nil }
            // Reported speech: "He added that the ceremony would be held on April 24" looks ahead of the report.
            if token.key == K.would, reportedAhead(index) { return .future }
            // "The storm could hit late Saturday", "the vote could be held on Sunday": a possibility still ahead; "could
            // have", "could not", "could be reached/located" (an ability in the past, as "he could not be reached for
            // comment Wednesday") say nothing.
            if token.key == K.could { return couldLooksAhead(index) ? .future : nil }
            // "may have been responsible for a decline … on Wednesday", "might have caused", "must have known": a modal
            // perfect looks back.
            if index + 2 < tokens.count, tokens[index + 1].key == K.have, isPastForm(index + 2) || infos[index + 2].tags.contains(.pastVerb)
                || tokens[index + 2].key == K.been { return .past }
            return token.key == K.would || token.key == K.d ? nil : .future
        }
        if tags.contains(.intends), index + 1 < tokens.count, tokens[index + 1].key == K.to { return isPastPerfectPlan(index) ? .past : .future }
        // "Protesters planned a large demonstration on Saturday", "has scheduled a news conference Thursday": the
        // planned event, the verb's object, is still ahead ("a service planned for Saturday was canceled" reads back).
        // (The sets of these three tests are looked up only for words the lexicon tags as copulas or plan verbs: most
        // words read here are neither.)
        if tags.contains(.copulaOrPlan), Self.planVerbs.contains(token.key), index + 1 < tokens.count,
           Self.objectArticles.contains(tokens[index + 1].key), !isPastPerfectPlan(index) { return .future }
        if tags.contains(.pastAux) { return .past }
        // "banks remain closed until Tuesday", "will stay shut": a copula's present is a present, its base form says nothing.
        if tags.contains(.copulaOrPlan), Self.presentCopulas.contains(token.key) { return isBaseForm(index) ? nil : .present }
        // "will remain closed", "stayed shut": the participle after a copula is an adjective; the copula decides.
        if previous.contains(.copulaOrPlan), Self.copulas.contains(tokens[index - 1].key), tags.contains(.pastVerb) || isPastForm(index) {
            return nil
        }
        if tags.contains(.presentAux) {
            // "march to the commission's headquarters on Wednesday": a possessive's "s" before its noun, no "is".
            if isPossessiveNoun(index) { return nil }
            // "the minister is meeting his counterparts on Tuesday", "are holding talks on Sunday": a present progressive
            // of an arranged event is a future.
            if tags.contains(.beAux), !isBaseForm(index), arrangedProgressive(after: index) { return .future }
            // "will have their say", "could be", "to have": a base form; the auxiliary before it decides.
            if isBaseForm(index) { return nil }
            // "has been", "have agreed": present perfect reads as past.
            if index + 1 < tokens.count, isPastForm(index + 1) && !tags.contains(.beAux) { return .past }
            return .present
        }
        // (A past form or a word in -ed, asked once for the tests below: a call each, ~38,000 per MB, had asked twice or more
        // for most words read.)
        let pastForm = tags.contains(.pastVerb) || isPastForm(index)
        // "will be held", "to be announced": a passive infinitive; the auxiliary before it decides.
        if index > 0, tokens[index - 1].key == K.be || tokens[index - 1].key == K.being, pastForm { return nil }
        if pastForm, isAttributive(index) { return nil }
        // "Met Office: Snow to hit UK over Easter weekend", "the Met Police": a capitalised past form before a capitalised
        // word is part of a name.
        if tokens[index].capitalized, index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].capitalized,
           tokens[index + 1].sentence == tokens[index].sentence, pastForm { return nil }
        if tags.contains(.pastVerb) {
            // "low-cost", "burnt-out": part of a hyphenated adjective.
            if EventLinker.inHyphenatedCompound(index, tokens: tokens) { return nil }
            // "is set", "are held": a present passive of an irregular verb.
            if previous.contains(.beAux) && previous.contains(.presentAux) { return .present }
            // "will hit", "to cut", "did not set": the base form of a verb whose past looks the same; the auxiliary decides.
            if isBaseForm(index) { return nil }
            return .past
        }
        if pastForm {  // (no past tag here: the word in -ed)
            // "if passed in March", "once approved": a participle without its subject says nothing of the time.
            if index > 0, Self.conditionals.contains(tokens[index - 1].key) { return nil }
            // "is expected", "are based": a present passive.
            if previous.contains(.beAux) && previous.contains(.presentAux) { return .present }
            if previous.contains(.presentAux) { return .past }
            if index > 0, tokens[index - 1].key == K.to { return nil }
            return .past
        }
        return nil
    }

    /// The marker of the cue word at `index` (which may be none), or `nil` when the cue decides nothing and
    /// ``readMarker(at:)`` reads on. (A function of its own, as are ``possessiveDayTense(first:last:)`` and
    /// ``endPointTense(first:last:point:clause:)``: it keeps ``readMarker(at:)`` short enough for the compiler to inline
    /// the token arrays' subscripts.)
    private func cueMarker(_ cue: Cue, at index: Int) -> Tense?? {
        let noMarker: Tense?? = .some(nil)
        let token = tokens[index]
        if Self.openCloseVerbs.contains(token.key), followsMarketMove(index) { return noMarker }
        switch cue {
        case .scheduledEvent: return isPluralNoun(index) ? noMarker : .future
        case .scheduledPlural:
            // "Voters go to the polls on Sunday": "go" only after a plural subject, "they", "we" or a relative pronoun
            // ("Barcelona, who play Mallorca on Saturday"; not "let go").
            if Self.pluralsNeedingSubject.contains(token.key), !followsPluralSubject(index) { return noMarker }
            return isBaseForm(index) ? noMarker : .future
        case .schedule:
            if isPresentSchedule(index) { return .future }
            if isReducedSchedule(index) { return isHeadlineSchedule(index) ? .future : noMarker }
            return nil
        case .calendarDay:
            // (Or the noun before "which" or "that": "the festival, which falls on Sunday".)
            var subject = index - 1
            if subject >= 1, tokens[subject].key == K.which || tokens[subject].key == K.that {
                subject -= tokens[subject - 1].isPunctuation(",") ? 2 : 1
            }
            if subject >= 0, infos[subject].holiday != 0 || Self.occasionNouns.contains(tokens[subject].key) { return .future }
            return noMarker
        }
    }

    /// Whether a market's move or level follows the opening or closing verb at `index`: a word of ``marketMoves`` ("close
    /// higher", "open mixed", also after the day: "close Friday higher"), a change in percent ("close 0.5% lower", "open 1
    /// percent up"), or "at" before a price or "a record" ("closes at $80", "closes at 85.50", "close at a record"); not a
    /// clock time ("close at 8 p.m.", "at 10.30"), nor "up" or "down" as a phrasal verb's particle ("The plant closes down
    /// on Monday", "opens up on Thursday"; a move only before a number or another move: "closes down 2%", "down sharply").
    private func followsMarketMove(_ index: Int) -> Bool {
        var next = index + 1
        guard next < tokens.count else { return false }
        if tokens[next].key == K.at, next + 1 < tokens.count {
            next += 1
            if tokens[next].isPunctuation("$") || tokens[next].isPunctuation("€") || tokens[next].isPunctuation("£") { return true }
            if isPrice(next) || isIntegerPrice(next, verb: index) { return true }
            if tokens[next].key == K.a, next + 1 < tokens.count { next += 1 }
        }
        if tokens[next].kind == .word, infos[next].weekday != 0, next + 1 < tokens.count, tokens[next + 1].sentence == tokens[next].sentence {
            next += 1
        }
        if Self.marketMoves.contains(tokens[next].key) {
            guard tokens[next].key == K.up || tokens[next].key == K.down else { return true }
            if next + 1 < tokens.count, tokens[next + 1].kind == .number || Self.marketMoves.contains(tokens[next + 1].key) { return true }
            return hasMarketSubject(index)
        }
        guard tokens[next].kind == .number, next + 1 < tokens.count else { return false }
        return tokens[next + 1].isPunctuation("%") || Self.percentWords.contains(tokens[next + 1].key)
    }

    /// Whether the word right before the opening or closing verb at `index` is one of ``marketSubjects`` ("Stocks close
    /// down", "Wall Street closes up"; "street" only after "wall"), or the subject is an index named further back: one of
    /// ``marketNames`` or "S&P" among the capitalised words, numbers and ``indexHeads`` right before the verb ("The Dow
    /// Jones industrial average closes up", "The S&P 500 opens down", "The Stoxx 600 closes down"; not "The plant closes
    /// down").
    private func hasMarketSubject(_ index: Int) -> Bool {
        let subject = index - 1
        guard subject >= 0 else { return false }
        if tokens[subject].kind == .word, Self.marketSubjects.contains(tokens[subject].key) {
            guard tokens[subject].key == K.street else { return true }
            return subject >= 1 && tokens[subject - 1].key == K.wall
        }
        var cursor = subject
        while cursor >= 0, cursor >= subject - 5, tokens[cursor].sentence == tokens[index].sentence {
            let token = tokens[cursor]
            if token.isPunctuation("&") {
                if cursor >= 1, cursor + 1 < index, tokens[cursor - 1].key == K.s, tokens[cursor + 1].key == K.p { return true }
            } else if token.kind == .word {
                if Self.marketNames.contains(token.key) { return true }
                guard Self.indexHeads.contains(token.key)
                    || token.capitalized && infos[cursor].tags.isDisjoint(with: [.determiner, .the, .preposition]) else { return false }
            } else if token.kind != .number {
                return false
            }
            cursor -= 1
        }
        return false
    }

    /// Whether the number at `index` is a price rather than a clock time: grouped ("1,850") or decimal but no dotted clock
    /// ("85.50", "1.0850"; not "10.30").
    private func isPrice(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .number else { return false }
        if token.flags.contains(.grouped) { return true }
        guard token.flags.contains(.decimal) else { return false }
        return token.digits != 3 && token.digits != 4 || token.number / 100 > 24 || token.number % 100 >= 60
    }

    /// Whether the whole number at `index`, after the opening or closing verb `verb` and "at", is a level rather than a
    /// clock time: no hour ("closes at 85", "closed at 7512"), or an hour and minutes written together after a market's
    /// subject ("The index closes at 1850 on Friday"; "The store closes at 1800" and "opens at 10" stay clock times).
    private func isIntegerPrice(_ index: Int, verb: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .number, token.flags.isDisjoint(with: [.grouped, .decimal]), token.number > 24 else { return false }
        // (Not before a clock's word: "at 1850 GMT", "at 1800 hours".)
        if index + 1 < tokens.count, tokens[index + 1].kind == .word,
           infos[index + 1].isTimeWord || infos[index + 1].tags.contains(.timeSuffix) { return false }
        guard token.digits >= 3, token.digits <= 4, token.number / 100 <= 24, token.number % 100 < 60 else { return true }
        return hasMarketSubject(verb)
    }

    /// Whether the verb at `index` stands after "to", a modal, "will" or "do": "to hit", "will cut", "did not set",
    /// "won't put".
    private func isBaseForm(_ index: Int) -> Bool {
        var cursor = index - 1
        if cursor >= 0, Self.negations.contains(tokens[cursor].key) { cursor -= 1 }
        // "won't", "didn't": the tokenizer splits "n" "'" "t" off the auxiliary.
        if cursor >= 2, tokens[cursor].key == K.t, tokens[cursor - 1].isPunctuation("'") { cursor -= 2 }
        guard cursor >= 0, tokens[cursor].kind == .word else { return false }
        return tokens[cursor].key == K.to || Self.baseFormAuxiliaries.contains(tokens[cursor].key)
            || !infos[cursor].tags.isDisjoint(with: [.modal, .future]) || opensQuestion(before: index)
    }

    /// Whether the word before `index` can be the plural subject of a present: a subject pronoun ("they go"), "which",
    /// "who", or a word ending in "s" that is no auxiliary or determiner ("Voters go", "Lawmakers leave").
    private func followsPluralSubject(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = index - 1
        if infos[previous].tags.contains(.pronounSubject) || EventLinker.relativePronouns.contains(tokens[previous].key) { return true }
        // "Chelsea, who won the cup last year, face Basel on Thursday": the subject before a relative clause set off by commas.
        if tokens[previous].isPunctuation(","), let opening = relativeClauseOpening(before: previous) { return followsPluralSubject(opening) }
        guard tokens[previous].kind == .word else { return false }
        if scalars[Int(tokens[previous].end) - 1] == "s" && tokens[previous].key != K.s
            && infos[previous].tags.isDisjoint(with: [.presentAux, .pastAux, .beAux, .determiner]) {
            return true
        }
        // (Not "close to": "Temperatures in the region close to freezing".)
        if index + 1 < tokens.count, tokens[index + 1].key != K.to, let preposition = placePhraseStart(before: index) {
            return followsPluralSubject(preposition)
        }
        // A team or a group named without an article takes a plural verb in the wires' sports copy: "Arsenal play Chelsea
        // on Sunday", "United face Chelsea in the replay on Monday", "Real Madrid travel to Manchester on Tuesday"; the
        // name no compound's ("a Shakespeare play", "the Obama visit"), no time word ("In January play resumed").
        guard tokens[previous].capitalized, !infos[previous].isTimeWord,
              infos[previous].tags.isDisjoint(with: [.determiner, .the, .preposition, .pronounSubject, .clauseBreak, .and])
        else { return false }
        var before = previous - 1
        while before >= 0, tokens[before].kind == .word, tokens[before].capitalized, tokens[before].sentence == tokens[previous].sentence,
              infos[before].tags.isDisjoint(with: [.determiner, .the, .preposition]), !infos[before].isTimeWord {
            before -= 1
        }
        guard before >= 0, tokens[before].sentence == tokens[previous].sentence else { return true }
        if tokens[before].kind == .word {
            // "The Heat host the Knicks on Sunday", "the Miami Heat play Boston": a team named with "the" (one or two
            // words), when the verb's object is a name too (not "the Obama visit to Paris").
            if infos[before].tags.contains(.the), previous - before <= 2, namesObject(after: index) { return true }
            return infos[before].tags.isDisjoint(with: [.determiner, .the]) && tokens[before].key != K.s
        }
        return !tokens[before].isApostrophe
    }

    /// The preposition opening a place phrase of one to four words right before the verb at `index` ("Schools in the county
    /// close", "Shops in the city center open"), none of them a verb, an auxiliary or a pronoun; `nil` if there is none.
    private func placePhraseStart(before index: Int) -> Int? {
        var back = index - 1
        while back >= max(0, index - 5), tokens[back].kind == .word, tokens[back].sentence == tokens[index].sentence {
            if back < index - 1, Self.placePrepositions.contains(tokens[back].key) { return back }
            if !infos[back].tags.isDisjoint(with: [.presentAux, .pastAux, .beAux, .modal, .pastVerb, .pronounSubject, .clauseBreak])
                || isPastForm(back) { return nil }
            back -= 1
        }
        return nil
    }

    /// Whether a name follows the verb at `index`, by itself or after "the": "host the Knicks", "visit Denver".
    private func namesObject(after index: Int) -> Bool {
        var object = index + 1
        if object < tokens.count, tokens[object].kind == .word, infos[object].tags.contains(.the) { object += 1 }
        return object < tokens.count && tokens[object].kind == .word && tokens[object].capitalized
            && tokens[object].sentence == tokens[index].sentence && !infos[object].isTimeWord
    }

    /// The comma that opens a relative clause ending at the comma `close` (", who won the cup last year,"), when a word
    /// stands before it; `nil` when another comma or the sentence's start comes first.
    private func relativeClauseOpening(before close: Int) -> Int? {
        var cursor = close - 1
        while cursor >= 1, cursor >= close - 30, tokens[cursor].sentence == tokens[close].sentence {
            if tokens[cursor].kind == .punctuation, tokens[cursor].number == 44 {
                return EventLinker.relativePronouns.contains(tokens[cursor + 1].key) && tokens[cursor - 1].kind == .word ? cursor : nil
            }
            cursor -= 1
        }
        return nil
    }

    /// The -ing forms of arranged events: "is meeting", "are travelling", "is hosting".
    static let arrangedEvents = KeySet(words: [
        "meeting", "traveling", "travelling", "visiting", "holding", "hosting", "heading", "flying", "leaving", "returning",
        "attending", "delivering", "playing", "launching", "unveiling", "arriving", "departing", "staging", "testifying",
        "resuming", "reopening", "convening", "sailing", "celebrating", "chairing", "closing", "releasing", "announcing",
        "introducing", "signing", "voting", "marching", "striking", "rallying", "debating", "bracing", "preparing", "gearing",
        "reporting", "publishing", "speaking", "addressing", "presenting", "opening", "starting", "kicking", "wrapping",
        "facing", "campaigning", "competing", "performing", "headlining", "stepping", "retiring", "touring",
        // A hope or a race for what is still ahead: "are hoping for a big turnout on Saturday", "are racing to reach a
        // deal by Sunday".
        "hoping", "praying", "racing", "scrambling", "aiming", "awaiting",
    ])

    /// Whether an arranged event's -ing form follows the auxiliary at `index` (an adverb may stand between).
    private func arrangedProgressive(after index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, Self.negations.contains(tokens[next].key) || Self.scheduleAdverbs.contains(tokens[next].key) { next += 1 }
        return next < tokens.count && Self.arrangedEvents.contains(tokens[next].key)
    }

    /// Participles after "could be" that report an attempt made ("could not be reached for comment Wednesday").
    static let attemptParticiples = KeySet(words: ["reached", "located", "contacted", "found", "determined", "confirmed",
                                                   "verified", "identified", "seen", "heard"])

    /// Whether "could" at `index` opens a possibility still ahead: not "could have", "could not", "couldn't", "could be
    /// reached".
    private func couldLooksAhead(_ index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, Self.scheduleAdverbs.contains(tokens[next].key) { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word, !Self.negations.contains(tokens[next].key),
              tokens[next].key != K.have, tokens[next].key != K.n else { return false }
        if tokens[next].key == K.be, next + 1 < tokens.count, Self.attemptParticiples.contains(tokens[next + 1].key) { return false }
        return true
    }

    /// "Will the central bank cut rates on Thursday?": an auxiliary opens the sentence, a few words before the verb.
    private func opensQuestion(before index: Int) -> Bool {
        guard let start = tokens.sentenceStart(of: index, within: 6), index - start >= 2,
              Self.questionAuxiliaries.contains(tokens[start].key) else { return false }
        return (start + 1..<index).allSatisfy { tokens[$0].kind == .word && clauses[$0] == clauses[index] }
    }

    /// Participles after "would have" that tell an anniversary a dead person or a closed thing would have reached: "would
    /// have been 80", "would have turned 65", "would have celebrated his 70th birthday".
    static let anniversaryParticiples = KeySet(words: ["been", "turned", "celebrated", "marked", "reached"])

    /// Conjunctions before a participle without its subject: "if passed", "once approved", "unless renewed".
    static let conditionals = KeySet(words: ["if", "unless", "once", "until", "whether"])
    /// Words between an auxiliary and its verb: "will not", "could also", "did never".
    static let negations = KeySet(words: ["not", "never", "also", "still", "only", "just", "then"])
    /// Auxiliaries that take a base form: "do", "did", and their contractions' stems ("didn", "won", "can").
    static let baseFormAuxiliaries = KeySet(words: ["do", "does", "did", "didn", "doesn", "don", "won", "can", "couldn", "wouldn", "shouldn"])

    /// "had been scheduled to expire", "had been due to", "had planned to": a plan in the past perfect, overtaken by
    /// the news (a deadline moved, a trip called off), was for a time already past.
    private func isPastPerfectPlan(_ intends: Int) -> Bool {
        var cursor = intends - 1
        if cursor >= 0, tokens[cursor].key == K.been { cursor -= 1 }
        return cursor >= 0 && tokens[cursor].key == K.had
    }

    /// A schedule word in the present: "is set for Thursday", "are now scheduled for March", "has been slated for",
    /// "is due on Monday": the event is still ahead.
    private func isPresentSchedule(_ index: Int) -> Bool {
        var cursor = index - 1
        if cursor >= 0, Self.scheduleAdverbs.contains(tokens[cursor].key) || tokens[cursor].key == K.not { cursor -= 1 }
        guard cursor >= 0, tokens[cursor].kind == .word else { return false }
        let auxiliary = infos[cursor].tags
        if auxiliary.contains(.beAux) && auxiliary.contains(.presentAux) { return true }
        return tokens[cursor].key == K.been && cursor > 0 && infos[cursor - 1].tags.contains(.presentAux)
    }

    /// A schedule participle without an auxiliary before "for" is a reduced relative: "talks scheduled for Monday will
    /// …", "a service planned for Saturday was canceled". It marks no tense; the clause's own verb decides.
    private func isReducedSchedule(_ index: Int) -> Bool {
        // "The new iPhone, expected in September, will have …", "The report, due out in May, …": an appositive after a
        // comma, before a preposition or "out", likewise (not "…, expected to rise": a verb of its own).
        if index > 0, index + 1 < tokens.count, tokens[index - 1].isPunctuation(","), tokens[index + 1].kind == .word,
           infos[index + 1].tags.contains(.preposition) && tokens[index + 1].key != K.to || tokens[index + 1].key == K.out {
            return true
        }
        guard index > 0, index + 1 < tokens.count, tokens[index + 1].key == K.for_, tokens[index - 1].kind == .word else { return false }
        return infos[index - 1].tags.isDisjoint(with: [.beAux, .presentAux, .pastAux, .modal, .future])
    }

    /// "Chavez funeral set for Friday", "Final vote scheduled for Tuesday": a reduced schedule word a few words into a line
    /// that opens its sentence, which ends without a full stop (a headline's), is a plan.
    private func isHeadlineSchedule(_ index: Int) -> Bool {
        let sentence = tokens[index].sentence
        var start = index
        while start > 0, index - start <= 8, tokens[start - 1].sentence == sentence { start -= 1 }
        guard start == 0 || tokens[start - 1].sentence != sentence, opensLine(start) else { return false }
        var end = index + 1
        while end + 1 < tokens.count, end - index <= 24, tokens[end + 1].sentence == sentence { end += 1 }
        guard end + 1 >= tokens.count || tokens[end + 1].sentence != sentence else { return false }
        return !tokens[end].isPunctuation(".")
    }

    /// Steps `index` by `direction` (1 or −1) past the tokens of `clause`, within `lowest...highest` (valid token indices) and
    /// `sentence`; whether it stopped on a token inside them: the nearest token of the next clause that way, which
    /// ``clauseTense(first:last:)`` and ``tenseOfClause(before:behindClause:first:)`` read next. On their hot path: inlined,
    /// and it allocates nothing.
    @inline(__always)
    private func step(_ index: inout Int, by direction: Int, past clause: Int32, in sentence: Int32, within lowest: Int, _ highest: Int) -> Bool {
        while index >= lowest, index <= highest, tokens[index].sentence == sentence, clauses[index] == clause { index += direction }
        return index >= lowest && index <= highest && tokens[index].sentence == sentence
    }

    /// Whether the clause opening with the comma at `start` is a trailing attribution: a reporting verb, and no more than
    /// a few words, to the end of the sentence (", officials said.", ", said a UN official.", ", the army said Wednesday.").
    private func isTrailingAttribution(from start: Int) -> Bool {
        let sentence = tokens[start].sentence, clause = clauses[start]
        var index = start + 1, reporting = false
        while index < tokens.count, tokens[index].sentence == sentence {
            guard index - start <= 8, clauses[index] == clause else { return false }
            if infos[index].tags.contains(.reporting) { reporting = true }
            index += 1
        }
        return reporting
    }

    /// Words that open a relative or parenthetical clause after a noun: "at the academy, where mourners queued, …".
    static let asideOpeners = KeySet(words: ["which", "who", "whose", "where", "when"])

    /// The tense of the nearest clause before the one `behind` stands in (the date's own, `behindClause`), read back;
    /// past clauses set off between them ("at the academy, where mourners queued, until …", ", the army said, until …"):
    /// a clause opened by a relative word, or by a comma with a comma after it, whose tense is kept only as a last resort.
    private func tenseOfClause(before behind: Int, behindClause: Int32, first: Int) -> Tense? {
        var index = behind, clause = behindClause
        let sentence = tokens[first].sentence
        var fallback: Tense?
        let lowest = max(0, first - window)
        while true {
            guard step(&index, by: -1, past: clause, in: sentence, within: lowest, tokens.count - 1) else { return fallback }
            clause = clauses[index]
            let found = scan(clause: clause, before: index + 1, after: index)
            guard index + 1 < tokens.count, tokens[index + 1].isPunctuation(","), let start = clauseStart(index),
                  Self.asideOpeners.contains(tokens[start].key) || start > 0 && tokens[start - 1].isPunctuation(",")
                    && clauses[start - 1] == clause else { return found ?? fallback }
            if fallback == nil { fallback = found }
        }
    }

    /// Past verbs of deciding, promising or predicting whose "that" clause is reported like speech (they are no reporting
    /// verbs to the event linker): "The court ruled Monday that the law would take effect in July", "The board decided
    /// that the plant would close in March", "The minister pledged that taxes would fall in the spring".
    static let decisionVerbs = KeySet(words: ["ruled", "decided", "agreed", "indicated", "predicted", "promised", "argued",
                                              "conceded", "estimated", "suggested", "pledged", "vowed", "hinted", "determined",
                                              "concluded", "projected", "guaranteed", "assured", "forecast", "calculated",
                                              "reckoned", "speculated", "signaled", "signalled", "implied", "guessed"])

    /// "said that … would", "added the ceremony would", "ruled that … would": a reporting verb or a ``decisionVerbs`` one
    /// shortly before "would" in the sentence.
    private func reportedAhead(_ index: Int) -> Bool {
        var cursor = index - 1
        let sentence = tokens[index].sentence
        while cursor >= 0, cursor >= index - 12, tokens[cursor].sentence == sentence {
            if infos[cursor].tags.contains(.reporting) { return true }
            // (Not before "would have": "ruled that the search would have been illegal in March" looks back.)
            if Self.decisionVerbs.contains(tokens[cursor].key) { return index + 1 >= tokens.count || tokens[index + 1].key != K.have }
            cursor -= 1
        }
        return false
    }

    /// A lowercase word in -ed that is not a known look-alike ("hundred", "need").
    func isPastForm(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.capitalized || index == 0 || tokens[index - 1].sentence != token.sentence,
              token.length >= 4 else { return infos[index].tags.contains(.pastVerb) }
        let end = Int(token.end)
        guard scalars[end - 1] == "d", scalars[end - 2] == "e" else { return infos[index].tags.contains(.pastVerb) }
        return !infos[index].tags.contains(.notVerb)
    }
}
