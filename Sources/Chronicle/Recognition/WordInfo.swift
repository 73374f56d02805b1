/// A calendar or clock unit, as words name it ("day", "weeks", "decade").
enum TimeUnit: UInt8, Sendable {
    case second, minute, hour, day, week, weekend, fortnight, month, quarter, season, half, year, decade, century, millennium

    /// The TIMEX3 duration designator and the number of such designators per unit (`P1DE`, `P2W`, `PT5H`).
    var durationParts: (letter: String, timePart: Bool, factor: Int) {
        switch self {
        case .second: ("S", true, 1)
        case .minute: ("M", true, 1)
        case .hour: ("H", true, 1)
        case .day: ("D", false, 1)
        case .week, .weekend: ("W", false, 1)
        case .fortnight: ("W", false, 2)
        case .month: ("M", false, 1)
        case .quarter: ("Q", false, 1)
        case .season: ("M", false, 3)
        case .half: ("M", false, 6)
        case .year: ("Y", false, 1)
        case .decade: ("Y", false, 10)  // TimeBank writes "two decades" as P20Y
        case .century: ("CE", false, 1)
        case .millennium: ("ML", false, 1)
        }
    }
}

/// What a word can mean to the recogniser and to the clause analysis; one table entry per word.
struct WordInfo: Sendable {
    /// Roles a word can play, several at once ("last" is a modifier and a verb).
    struct Tags: OptionSet, Sendable {
        let rawValue: UInt64
        static let last = Tags(rawValue: 1 << 0)           // last, past (as in "last week")
        static let this = Tags(rawValue: 1 << 1)           // this, current
        static let next = Tags(rawValue: 1 << 2)           // next, coming, upcoming
        static let previous = Tags(rawValue: 1 << 3)       // previous, preceding, prior
        static let following = Tags(rawValue: 1 << 4)      // following, subsequent
        static let early = Tags(rawValue: 1 << 5)          // early, beginning, start
        static let mid = Tags(rawValue: 1 << 6)            // mid, middle
        static let late = Tags(rawValue: 1 << 7)           // late, end
        static let earlier = Tags(rawValue: 1 << 8)        // earlier
        static let later = Tags(rawValue: 1 << 9)          // later
        static let ago = Tags(rawValue: 1 << 10)           // ago
        static let afterward = Tags(rawValue: 1 << 11)     // later, after, afterwards, hence (after a quantity)
        static let before = Tags(rawValue: 1 << 12)        // before, earlier, previously (after a quantity)
        static let every = Tags(rawValue: 1 << 13)         // every, each, per
        static let deictic = Tags(rawValue: 1 << 14)       // today, yesterday, tomorrow, tonight
        static let present = Tags(rawValue: 1 << 15)       // now, currently, nowadays
        static let pastRef = Tags(rawValue: 1 << 16)       // recently, lately, formerly
        static let futureRef = Tags(rawValue: 1 << 17)     // soon
        static let the = Tags(rawValue: 1 << 18)           // the
        static let approximate = Tags(rawValue: 1 << 19)   // about, around, nearly, roughly
        static let moreThan = Tags(rawValue: 1 << 20)      // more (than), over
        static let lessThan = Tags(rawValue: 1 << 21)      // less (than), under, within
        static let frequency = Tags(rawValue: 1 << 22)     // daily, weekly, annually
        static let fiscal = Tags(rawValue: 1 << 23)        // fiscal
        static let same = Tags(rawValue: 1 << 24)          // same, that (back-references)
        static let recent = Tags(rawValue: 1 << 25)        // recent
        static let clauseBreak = Tags(rawValue: 1 << 26)   // which, who, while, but, because
        static let future = Tags(rawValue: 1 << 27)        // will, shall, 'll
        static let pastAux = Tags(rawValue: 1 << 28)       // was, were, had, did
        static let presentAux = Tags(rawValue: 1 << 29)    // is, are, am, has, have, do, does
        static let beAux = Tags(rawValue: 1 << 30)         // is, are, am, be, been, being, was, were
        static let pastVerb = Tags(rawValue: 1 << 31)      // irregular past forms: said, told, met
        static let verb = Tags(rawValue: 1 << 32)          // other verbs worth anchoring on (say, meet)
        static let eventNoun = Tags(rawValue: 1 << 33)     // meeting, election, talks, visit
        static let preposition = Tags(rawValue: 1 << 34)   // in, on, at, during, since ...
        static let intends = Tags(rawValue: 1 << 35)       // expected, scheduled, set, due, plans (… to)
        static let since = Tags(rawValue: 1 << 36)         // since
        static let notVerb = Tags(rawValue: 1 << 37)       // -ed/-ing look-alikes that are no verbs (during, hundred)
        static let pronounSubject = Tags(rawValue: 1 << 38)// he, she, it, they, we, I, you
        static let modal = Tags(rawValue: 1 << 39)         // would, could, may, might, can, should, must
        static let range = Tags(rawValue: 1 << 40)         // to, through, until, till (between range ends)
        static let between = Tags(rawValue: 1 << 41)       // between
        static let from = Tags(rawValue: 1 << 42)          // from
        static let and = Tags(rawValue: 1 << 43)           // and
        static let of = Tags(rawValue: 1 << 44)            // of
        static let timeSuffix = Tags(rawValue: 1 << 45)    // o'clock pieces, EST, GMT
        static let noon = Tags(rawValue: 1 << 46)          // noon, midday
        static let midnight = Tags(rawValue: 1 << 47)      // midnight
        static let decadeWord = Tags(rawValue: 1 << 48)    // twenties … nineties
        static let century = Tags(rawValue: 1 << 49)       // century (after an ordinal)
        static let reporting = Tags(rawValue: 1 << 50)     // said, announced, told (reporting verbs)
        static let lowercaseOnlyTime = Tags(rawValue: 1 << 51) // may, march, sun, sat, fall: time words only when capitalised or in context
        static let yearWord = Tags(rawValue: 1 << 52)      // year (for "fiscal year", "the year")
        static let once = Tags(rawValue: 1 << 53)          // once, twice
        static let determiner = Tags(rawValue: 1 << 54)    // a, an, the, this, that, his, her, its, their
        /// Words that may start an expression and have no other tag that says so (``Recognizer/mayStart(_:)``).
        static let startsExpression = Tags(rawValue: 1 << 55) // at, up, ca, c, modern, these, multi, dusk; several, many, some
        static let capitalizedStart = Tags(rawValue: 1 << 56) // Q1–Q4, Q, H, FY, Black (Friday): may start an expression when capitalised
        static let toDate = Tags(rawValue: 1 << 57)        // date: may start an expression after "to" ("to date")
        static let dayEdge = Tags(rawValue: 1 << 58)       // dawn, dusk, nightfall, midmorning, first (light): a point of a day
        static let qualifier = Tags(rawValue: 1 << 59)     // the, no, more, less, at, up, over, nearly, almost, ca, c: may open a quantifier
        static let tenseCue = Tags(rawValue: 1 << 60)      // arrives, expects, resume, scheduled, due …: ``TenseReader/cueWords``
        static let copulaOrPlan = Tags(rawValue: 1 << 61)  // remain, stays, seemed …, planned, scheduling …: ``TenseReader/copulas``, ``TenseReader/planVerbs``

        /// Whether every tag of `member` is set: the bits tested in place. The standard library's `contains` for an
        /// option set was compiled as a call, specialised but not inlined, ~200,000 times per MB of text.
        @inline(__always) func contains(_ member: Tags) -> Bool { rawValue & member.rawValue == member.rawValue }
    }

    /// 1–12 for month names and abbreviations.
    var month: UInt8 = 0
    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    var weekday: UInt8 = 0
    /// The unit a word names, if any.
    var unit: TimeUnit? = nil
    /// Whether the unit word is plural ("days").
    var plural = false
    /// The value of a number word ("three" = 3, "a" = 1, "dozen" = 12), or -1.
    var cardinal: Int32 = -1
    /// The value of an ordinal word ("first" = 1), or 0.
    var ordinal: UInt8 = 0
    /// 1 spring, 2 summer, 3 fall, 4 winter.
    var season: UInt8 = 0
    /// 1 morning, 2 afternoon, 3 evening, 4 night.
    var partOfDay: UInt8 = 0
    /// An index into ``Holiday/all`` plus one, or 0.
    var holiday: UInt8 = 0
    /// The word's roles.
    var tags: Tags = []
    /// Whether the word may start an expression whatever its context (see ``Recognizer/mayStart(_:)``): set once when
    /// the lexicon is built, so the per-token test reads one flag instead of nine fields.
    var startsAlone = false

    static let none = WordInfo()

    /// The tags of words that may start an expression by themselves (``startsAlone``).
    static let startTags: Tags = [
        .last, .this, .next, .previous, .following, .early, .mid, .late, .earlier, .later, .deictic, .present, .pastRef,
        .futureRef, .the, .approximate, .moreThan, .lessThan, .frequency, .fiscal, .same, .recent, .every, .from, .between,
        .noon, .midnight, .decadeWord, .once, .startsExpression,
    ]

    /// Whether the word names a time: a month, a weekday, a unit, a season, a part of the day, or a holiday that is one
    /// uncapitalised too. (Inlined: the event linker's and the tense reader's tests call it ~100,000 times per MB.)
    @inline(__always) var isTimeWord: Bool {
        month != 0 || weekday != 0 || unit != nil || season != 0 || partOfDay != 0 || holiday != 0 && !tags.contains(.capitalizedStart)
    }
}

/// The word infos read through a subscript that is always inlined, as ``InlineTokens`` reads the tokens: in a function grown
/// past the length up to which the compiler inlines `Array`'s getter, each `infos[i].tags` was a call that copied the whole
/// word info. Such a function shadows its `infos` with this view in its first lines (`let infos = InlineInfos(self.infos)`).
struct InlineInfos {
    /// The word infos read.
    let base: [WordInfo]

    @inline(__always) init(_ base: [WordInfo]) { self.base = base }

    @inline(__always) subscript(index: Int) -> WordInfo { base[index] }
}
