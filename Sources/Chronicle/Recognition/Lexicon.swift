/// The word tables the recogniser and the clause analysis look words up in.
///
/// Words are keyed by a 64-bit FNV-1a hash of their lowercased letters, so a token is looked up
/// without building a `String`. Every rule that depends on a word's meaning reads it from here.
enum Lexicon {
    /// The FNV-1a hash of the lowercased ASCII letters (other scalars unchanged) of `scalars[range]`.
    @inline(__always)
    static func key<C: Collection>(_ scalars: C) -> UInt64 where C.Element == Unicode.Scalar {
        var hash = keySeed
        for scalar in scalars { hash = extend(hash, with: scalar) }
        return hash
    }

    /// The key of the empty word: FNV-1a's offset basis (computed, so reading it needs no lazy initialisation).
    @inline(__always) static var keySeed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// `key` extended by one more scalar (lowercased when an ASCII capital).
    @inline(__always)
    static func extend(_ key: UInt64, with scalar: Unicode.Scalar) -> UInt64 {
        var value = scalar.value
        if value >= 65 && value <= 90 { value += 32 }
        return (key ^ UInt64(value)) &* keyPrime
    }

    /// FNV-1a's 64-bit prime.
    @inline(__always) static var keyPrime: UInt64 { 0x0000_0100_0000_01b3 }

    /// The table entry of a word given as a string (any case).
    static func info(for word: some StringProtocol) -> WordInfo { table[key(word.unicodeScalars)] ?? .none }

    /// The table entry for a token key.
    @inline(__always)
    static func info(key: UInt64) -> WordInfo { table[key] ?? .none }

    static let table = KeyTable(build())

    // MARK: The tables

    static let months: [(String, UInt8)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sep", 9), ("sept", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11),
        ("december", 12), ("dec", 12),
    ]
    static let weekdays: [(String, UInt8)] = [
        ("monday", 1), ("mon", 1), ("tuesday", 2), ("tue", 2), ("tues", 2), ("wednesday", 3), ("wed", 3),
        ("thursday", 4), ("thu", 4), ("thur", 4), ("thurs", 4), ("friday", 5), ("fri", 5),
        ("saturday", 6), ("sat", 6), ("sunday", 7), ("sun", 7),
    ]
    /// Words that are time words only when capitalised (or in a clear date context): verbs and nouns otherwise.
    static let ambiguousTimeWords = ["may", "march", "mar", "sun", "sat", "wed", "fall", "jan", "dec", "sept", "aug", "mon", "tue", "thu", "fri"]
    static let units: [(String, TimeUnit, Bool)] = [
        ("second", .second, false), ("seconds", .second, true), ("sec", .second, false), ("secs", .second, true),
        ("minute", .minute, false), ("minutes", .minute, true), ("min", .minute, false), ("mins", .minute, true),
        ("hour", .hour, false), ("hours", .hour, true), ("hr", .hour, false), ("hrs", .hour, true),
        ("day", .day, false), ("days", .day, true), ("week", .week, false), ("weeks", .week, true),
        ("weekend", .weekend, false), ("weekends", .weekend, true), ("fortnight", .fortnight, false),
        ("month", .month, false), ("months", .month, true), ("quarter", .quarter, false), ("quarters", .quarter, true),
        ("season", .season, false), ("seasons", .season, true), ("half", .half, false), ("halves", .half, true),
        ("year", .year, false), ("years", .year, true), ("yr", .year, false), ("yrs", .year, true),
        ("decade", .decade, false), ("decades", .decade, true), ("century", .century, false), ("centuries", .century, true),
        ("millennium", .millennium, false), ("millennia", .millennium, true),
    ]
    static let cardinals: [(String, Int32)] = [
        ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14),
        ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20),
        ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
        ("hundred", 100), ("thousand", 1000), ("dozen", 12), ("couple", 2), ("single", 1),
    ]
    /// Quantities without a number: "several years" is `PXY`.
    static let vagueQuantities = ["several", "few", "many", "some", "various", "numerous", "countless"]
    /// Plural counts before "of" ("hundreds of years ago", "dozens of years ago"): a vague count of units before "ago".
    static let pluralCounts = ["hundreds", "thousands", "dozens"]
    static let ordinals: [(String, UInt8)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
        ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12), ("thirteenth", 13),
        ("fourteenth", 14), ("fifteenth", 15), ("sixteenth", 16), ("seventeenth", 17), ("eighteenth", 18),
        ("nineteenth", 19), ("twentieth", 20), ("thirtieth", 30),
    ]
    static let seasons: [(String, UInt8)] = [("spring", 1), ("summer", 2), ("fall", 3), ("autumn", 3), ("winter", 4)]
    static let partsOfDay: [(String, UInt8)] = [("morning", 1), ("afternoon", 2), ("evening", 3), ("night", 4), ("overnight", 4), ("lunchtime", 5)]
    static let decadeWords: [(String, Int32)] = [
        ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6), ("seventies", 7), ("eighties", 8), ("nineties", 9),
        ("noughties", 0), ("aughts", 0),
    ]

    static let tagged: [(WordInfo.Tags, [String])] = [
        (.startsExpression, [
            "at", "up", "ca", "c", "modern", "these", "no", "multi",
            "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
            "daybreak", "sunrise", "dusk", "sunset", "nightfall", "twilight", "midmorning", "midafternoon", "midevening",
        ] + vagueQuantities + pluralCounts),
        (.dayEdge, ["dawn", "daybreak", "sunrise", "first", "dusk", "sunset", "nightfall", "twilight", "midmorning", "midafternoon", "midevening"]),
        (.capitalizedStart, ["q1", "q2", "q3", "q4", "fy", "q", "h"]),
        (.toDate, ["date"]),
        (.qualifier, ["the", "no", "more", "less", "at", "up", "over", "under", "nearly", "almost", "ca", "c"]),
        (.last, ["last", "past", "trailing"]),
        (.this, ["this", "current", "present"]),
        (.next, ["next", "coming", "upcoming"]),
        (.previous, ["previous", "preceding", "prior"]),
        (.following, ["following", "subsequent", "succeeding"]),
        (.early, ["early", "beginning", "start", "dawn"]),
        (.mid, ["mid", "middle", "midst", "midyear", "midmonth", "midweek"]),
        (.late, ["late", "end", "close"]),
        (.earlier, ["earlier"]),
        (.later, ["later"]),
        (.ago, ["ago"]),
        (.afterward, ["later", "after", "afterward", "afterwards", "hence", "on"]),
        (.before, ["earlier", "before", "previously", "prior"]),
        (.every, ["every", "each", "per"]),
        (.deictic, ["today", "yesterday", "tomorrow", "tonight"]),
        (.present, ["now", "currently", "nowadays", "presently"]),
        (.pastRef, ["recently", "lately", "formerly", "previously", "once"]),
        (.futureRef, ["eventually", "soon"]),
        (.the, ["the"]),
        (.approximate, ["about", "around", "nearly", "almost", "roughly", "approximately", "some", "circa", "approx"]),
        (.moreThan, ["more", "over", "longer", "greater"]),
        (.lessThan, ["less", "under", "fewer", "within", "shorter"]),
        (.frequency, ["daily", "weekly", "monthly", "yearly", "annually", "quarterly", "hourly", "nightly", "biweekly", "annual", "fortnightly", "semiannually", "biannually", "bimonthly", "biennially", "triennially"]),
        (.fiscal, ["fiscal", "fy"]),
        (.same, ["same", "that"]),
        (.recent, ["recent"]),
        (.clauseBreak, ["which", "who", "whom", "whose", "while", "whereas", "but", "because", "although", "though", "where", "when", "unless", "whether", "if", "after", "before", "since", "as", "until", "so"]),
        (.future, ["will", "shall", "ll", "wo", "gonna"]),
        (.pastAux, ["was", "were", "had", "did", "got", "went", "came", "became"]),
        (.presentAux, ["is", "are", "am", "has", "have", "do", "does", "s", "re", "ve"]),
        (.beAux, ["is", "are", "am", "be", "been", "being", "was", "were", "s", "re"]),
        (.modal, ["would", "could", "may", "might", "can", "should", "must", "d"]),
        (.pastVerb, [
            "said", "told", "met", "took", "gave", "made", "began", "left", "held", "won", "lost", "saw", "rose", "fell",
            "grew", "sold", "bought", "paid", "spent", "sent", "led", "ran", "kept", "brought", "thought", "felt", "found",
            "came", "went", "became", "got", "did", "had", "was", "were", "knew", "wrote", "spoke", "stood", "struck",
            "broke", "chose", "drew", "drove", "fought", "flew", "forgot", "froze", "hid", "hit", "hung", "laid", "lay",
            "lent", "let", "meant", "quit", "read", "rode", "rang", "sang", "sank", "shot", "shut", "slid", "sought",
            "split", "spread", "sprang", "stole", "stuck", "swore", "swept", "swam", "taught", "tore", "threw", "understood",
            "woke", "wore", "withdrew", "upheld", "overtook", "undertook", "undershot", "overshot", "forecast", "set", "cut", "put", "beat",
            "bid", "built", "caught", "dealt", "fed", "heard", "oversaw", "slept", "wound", "ate", "arose", "bore",
            "fallen", "taken", "given", "begun", "done", "seen", "known", "shown", "grown", "risen", "driven", "written",
            "spoken", "broken", "chosen", "forgotten", "frozen", "hidden", "stolen", "sworn", "torn", "worn", "gone",
            "eaten", "beaten", "ridden", "shaken", "withdrawn", "drawn", "flown", "thrown", "blown", "overseen",
            "undertaken", "arisen", "sunk", "sung", "swum", "begun", "won", "sold", "fought", "brought", "sought",
            "shrank", "shrunk", "fled", "shook", "swung", "underwent", "overcame", "overthrew", "overran", "withheld",
            "withstood", "forgave", "foresaw", "wept", "sped", "spun", "clung", "crept", "dug", "flung", "knelt", "mistook",
            "retook", "rebuilt", "strode", "stung", "blew", "bled", "leapt", "shone", "slew", "burst", "shed",
            // Irregular pasts under a prefix (corporate and sports copy): "The phone, launched in October, outsold the
            // iPhone in January", "The bank repaid its loans in December".
            "outsold", "outspent", "outgrew", "outgrown", "outran", "outbid", "outdid", "outdone", "outfought", "outshone",
            "oversold", "overpaid", "overspent", "overbuilt", "overdrew", "overheard", "overrode", "overridden",
            "underpaid", "undersold", "underspent", "underwrote", "underwritten", "undergone", "resold", "repaid",
            "rewrote", "rewritten", "reran", "remade", "rethought", "mislaid", "misspoke", "misunderstood",
            // The rest of the irregular verbs a wire uses: "Fireworks lit up the sky on Independence Day", "The president
            // forbade the march in June", "The storm cost the city $2 million", "Villarreal upset Barcelona"; a verb whose
            // past looks like its present ("cost", "hurt", "cast") is read as the others above ("hit", "set") are: past,
            // unless an auxiliary or "to" stands before it or a determiner makes it a noun ("the cost", "an upset"). Not the
            // forms that are mostly nouns or adjectives in news ("ground", "bound", "bit", "drunk", "dove", "spat", "bent",
            // "stricken", "swollen", "proven", "mistaken") nor "rid" ("will get rid of").
            "lit", "sat", "drank", "forbade", "forbidden", "forgiven", "overtaken", "overthrown", "misled", "misread",
            "foretold", "strove", "striven", "awoke", "awoken", "woken", "sprung", "lain", "slain", "burnt", "learnt",
            "spilt", "dreamt", "wove", "befell", "befallen", "beheld", "bitten", "borne", "bred", "forsook", "forsaken",
            "cost", "hurt", "upset", "cast", "thrust", "outshot", "relit",
        ]),
        (.reporting, [
            "said", "say", "says", "saying", "told", "tell", "tells", "telling", "announced", "announce", "announces",
            "announcing", "reported", "report", "reports", "stated", "added", "noted", "declared", "confirmed", "claimed",
            "disclosed", "revealed", "wrote", "explained", "warned", "insisted", "acknowledged", "testified",
        ]),
        (.verb, [
            "say", "says", "meet", "meets", "begin", "begins", "take", "takes", "make",
            "hold", "holds", "visit", "visits", "open", "opens", "close", "closes", "start", "starts", "end", "ends",
            "leave", "leaves", "arrive", "arrives", "return", "returns", "expire", "expires", "vote", "votes",
            // A holiday's or an anniversary's day: "the festival, which falls on April 4, …".
            "falls", "coincides",
        ]),
        (.eventNoun, [
            "meeting", "meetings", "election", "elections", "talks", "visit", "trip", "summit", "call", "briefing",
            "conference", "war", "attack", "attacks", "invasion", "crash", "vote", "referendum", "speech", "interview",
            "announcement", "agreement", "deal", "launch", "release", "protest", "protests", "strike", "ceremony",
            "funeral", "wedding", "trial", "hearing", "session", "game", "match", "race", "earthquake", "storm",
            "explosion", "bombing", "shooting", "raid", "crisis", "merger", "acquisition", "offering", "sale", "sales",
            "earnings", "profit", "loss", "decline", "increase", "growth", "rise", "fall", "drop", "collapse", "takeover",
            "victory", "defeat", "campaign", "offensive", "ceasefire", "truce", "treaty", "coup", "revolution", "debate",
            "negotiations", "visit", "tour", "report", "statement", "decision", "ruling", "verdict", "arrest", "death",
            "birth", "resignation", "appointment", "inauguration", "foray", "publication", "deadline", "auction",
            "results", "income", "charge", "charges", "gain", "gains", "losses", "payment", "payments", "trend", "boom",
            "change", "changes", "cutback", "cutbacks", "investigation", "investigations", "bombings", "killing", "killings",
            "slaying", "slayings", "murder", "murders", "battle", "battles", "rally", "rallies", "shootings", "blast", "blasts",
            "demonstration", "demonstrations", "clashes", "fighting", "accession", "mission", "purchase", "purchases", "explosions", "invasions",
            // Plurals of the nouns above that name events a wire counts: "two decisions by the Supreme Court last June".
            "decisions", "rulings", "verdicts", "arrests", "deaths", "hearings", "trials", "visits", "storms", "earthquakes",
            "crashes", "raids", "speeches", "interviews", "announcements", "agreements", "ceremonies", "funerals",
            "sessions", "debates", "referendums", "summits", "coups", "resignations", "appointments",
            // Politics and conflict copy: "a runoff on May 5", "the conclave that begins Tuesday", "drills that ended
            // in April", "the uprising in March 2011", "a bailout agreed on Monday".
            "runoff", "runoffs", "conclave", "uprising", "uprisings", "drills", "standoff", "bailout", "bailouts",
            // Street protest copy: "a vigil planned for Sunday", "a walkout set for Friday" (a lower-case "march":
            // `EventLinker.computedKind`).
            "vigil", "vigils", "walkout", "walkouts", "marches", "parade", "parades", "strikes",
            // Broadcast copy: "during a television appearance on Sunday night", "during the broadcast on Sunday".
            "appearance", "appearances", "broadcast", "broadcasts",
            // Sports, weather, courts and launch copy (round 135): "Kickoff is at 8 p.m.", "The hurricane made landfall on
            // Tuesday", "His arraignment is set for Tuesday", "Splashdown came on Sunday", "Heavy snowfall on Monday".
            "kickoff", "kickoffs", "landfall", "landfalls", "liftoff", "splashdown", "takeoff", "touchdown", "sentencing",
            "arraignment", "arraignments", "snowfall", "snowfalls", "rainfall", "heatwave", "heatwaves", "blizzard",
            "downpour",
            // Bans, unrest, crime, courts, launches and listings copy (round 163): "A ban on protests on Monday angered
            // students", "The curfew on Friday emptied the streets", "The robbery in March shocked the town", "The concert on
            // Saturday sold out".
            "ban", "bans", "curfew", "curfews", "boycott", "boycotts", "embargo", "embargoes", "lockdown", "lockdowns",
            "rescue", "rescues", "airstrike", "airstrikes", "crackdown", "crackdowns", "eruption", "eruptions", "indictment",
            "indictments", "acquittal", "acquittals", "landing", "landings", "outage", "outages", "shutdown", "shutdowns",
            "recount", "recounts", "robbery", "robberies", "burglary", "burglaries", "heist", "stabbing", "stabbings",
            "concert", "concerts", "premiere", "premieres", "screening", "screenings",
        ]),
        (.preposition, [
            "in", "on", "at", "during", "since", "for", "by", "from", "to", "until", "till", "through", "throughout",
            "within", "over", "after", "before", "between", "of", "into", "around", "near", "about", "amid", "with",
        ]),
        (.intends, ["expected", "scheduled", "set", "due", "plans", "plan", "planned", "planning", "intends", "intend",
                    "aims", "aim", "going", "slated", "poised", "likely", "hopes", "hoping", "wants", "ready",
                    "forecast", "predicted", "projected", "tipped", "expects", "expect", "hoped", "intended", "aimed",
                    "vow", "vows", "pledge", "pledges", "promise", "promises", "threaten", "threatens"]),
        (.since, ["since"]),
        (.tenseCue, TenseReader.cueWords.flatMap { $0.1 }),
        (.copulaOrPlan, TenseReader.copulaWords + TenseReader.planVerbWords),
        (.notVerb, [
            "during", "according", "including", "regarding", "following", "morning", "evening", "nothing", "something",
            "anything", "everything", "thing", "things", "king", "ring", "spring", "string", "bring", "sing", "wing",
            "building", "meeting", "meetings", "hundred", "need", "indeed", "speed", "proceed", "succeed", "exceed",
            "feed", "seed", "bed", "red", "shed", "wed", "united", "limited", "related", "ongoing", "outstanding",
            "interesting", "leading", "funding", "ceiling", "earnings", "feeling", "briefing", "bombing", "shooting",
            "offering", "hearing", "ruling", "landing", "warning", "beijing", "wyoming", "sterling", "darling",
            "evening", "pending", "notwithstanding", "concerning", "excluding", "considering", "alleged", "armed",
            "based", "advanced", "detailed", "skilled", "talented", "aged", "sacred", "wicked", "naked", "rugged",
            "crooked", "learned", "beloved", "belated", "ragged", "boring", "booming", "neighboring", "neighbouring",
            // -ing nouns a wire puts before a date: "scored in the first inning on Sunday", "lightning on Monday".
            "inning", "lightning", "clothing", "sibling", "pudding", "awning",
        ]),
        (.pronounSubject, ["he", "she", "it", "they", "we", "i", "you"]),
        (.range, ["to", "through", "until", "till", "thru", "and"]),
        (.between, ["between"]),
        (.from, ["from"]),
        (.and, ["and"]),
        (.of, ["of"]),
        (.timeSuffix, ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "et", "pt", "ct", "hkt", "jst",
                       "cest", "eet", "eest", "ist", "msk", "aest", "aedt", "sgt", "kst", "pht", "sast", "nzst", "nzdt", "akst", "akdt", "hst"]),
        (.noon, ["noon", "midday"]),
        (.midnight, ["midnight"]),
        (.century, ["century"]),
        (.yearWord, ["year"]),
        (.once, ["once", "twice"]),
        (.determiner, ["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]),
    ]

    private static func build() -> [UInt64: WordInfo] {
        var table: [UInt64: WordInfo] = [:]
        func update(_ word: String, _ change: (inout WordInfo) -> Void) {
            let key = key(word.unicodeScalars)
            var info = table[key] ?? WordInfo()
            change(&info)
            table[key] = info
        }
        for (word, month) in months { update(word) { $0.month = month } }
        for (word, day) in weekdays { update(word) { $0.weekday = day } }
        for (word, unit, plural) in units { update(word) { $0.unit = unit; $0.plural = plural } }
        for (word, value) in cardinals { update(word) { $0.cardinal = value } }
        for (word, value) in ordinals { update(word) { $0.ordinal = value } }
        for (word, value) in seasons { update(word) { $0.season = value } }
        for (word, value) in partsOfDay { update(word) { $0.partOfDay = value } }
        for (word, value) in decadeWords { update(word) { $0.cardinal = value; $0.tags.insert(.decadeWord) } }
        // A holiday's first word that is no holiday alone ("Black", "Palm", "Good"): it starts one only when capitalised
        // and is no time word by itself ("a black cat", "Palm Beach").
        let alone = Set(Holiday.all.filter { $0.words.count == 1 }.map { $0.words[0] })
        for (index, holiday) in Holiday.all.enumerated() {
            update(holiday.words[0]) {
                $0.holiday = UInt8(index + 1)
                if !alone.contains(holiday.words[0]) { $0.tags.insert(.capitalizedStart) }
            }
        }
        for word in ambiguousTimeWords { update(word) { $0.tags.insert(.lowercaseOnlyTime) } }
        for (tags, words) in tagged {
            for word in words { update(word) { $0.tags.formUnion(tags) } }
        }
        for (key, info) in table {
            table[key]?.startsAlone = info.isTimeWord || info.cardinal >= 0 || info.ordinal > 0
                || !info.tags.isDisjoint(with: WordInfo.startTags)
        }
        return table
    }
}
