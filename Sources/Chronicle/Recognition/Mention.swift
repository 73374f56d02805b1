/// What a recognised expression says, before it is resolved against a date.
///
/// The recogniser fills in what the words give ("September" gives a month and no year,
/// "last year" gives a unit and an offset from the dateline); the resolver supplies the rest.
struct Mention: Sendable {
    enum Kind: Sendable { case date, time, duration, set }

    /// Where the missing context comes from.
    enum Anchor: Sendable {
        /// Everything is written out ("February 28, 2023", "1998").
        case absolute
        /// A calendar name without its year or week ("September", "Friday"): the tense of the clause decides.
        case implicit
        /// `offset` units from the dateline's period ("last year", "two weeks ago", "today").
        case dateline
        /// `offset` units from the last date the text mentioned ("the next day", "two days later").
        case reference
    }

    /// Which part of a period is meant ("early", "mid", "late").
    enum Part: Sendable {
        case start, middle, end

        /// The TIMEX3 `mod` of the part: START, MID, END.
        var mod: String { self == .start ? "START" : self == .middle ? "MID" : "END" }
    }

    /// How the dateline cuts the period ("earlier this month" ends at the dateline).
    enum Cut: Sendable { case untilAnchor, fromAnchor }

    /// How a weekday relates to the anchor: "last Friday", "next Friday", or the day in a week counted from the
    /// anchor's ("this Friday" 0, "Tuesday last week" −1, "Monday of next week" +1).
    enum WeekdayRelation: Sendable { case previous, next, week(Int) }

    var kind: Kind = .date
    var anchor: Anchor = .absolute
    /// The period the expression names.
    var unit: Granularity = .day
    /// Units from the anchor's period.
    var offset = 0

    var year: Int?
    var month: Int?
    var day: Int?
    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    var weekday: Int?
    var quarter: Int?
    var half: Int?
    var season: Int?
    /// Index into ``Holiday/all``.
    var holiday: Int?
    /// The decade as its first three digits (199 for the 1990s).
    var decade: Int?
    /// A decade written without its century ("the '90s", "the nineties"): 9 for the nineties.
    var shortDecade: Int?
    /// The century as TIMEX3 writes it (20 for the 21st century).
    var century: Int?
    /// A decade counted within the anchor's century ("the first decade of the century": 0).
    var decadeInCentury: Int?

    var hour: Int?
    var minute: Int?
    /// Seconds, when written ("17:00:00").
    var second: Int?
    /// 1 morning, 2 afternoon, 3 evening, 4 night.
    var partOfDay: Int?

    var weekdayRelation: WeekdayRelation?
    /// The year relative to the anchor's year ("March of last year" −1), when no year is written.
    var relativeYear: Int?
    /// News: the year written after the dateline's day, week or month ("on this day in 1969", "this week in 1989"): that
    /// period of the anchor moved into this year, as ``relativeYear`` moves it by a count.
    var inYear: Int?
    /// −1 for "last September", +1 for "next spring", 0 for "this summer": overrides the tense.
    var relativeYearDirection: Int?
    var part: Part?
    var cut: Cut?
    /// `PAST_REF`, `PRESENT_REF` or `FUTURE_REF`.
    var reference: String?
    /// The TIMEX3 value of a duration or set, fixed at recognition ("P3Y", "XXXX-WXX-1").
    var fixedValue: String?
    /// A set's TIMEX3 `quant`: `EVERY` ("every Monday", "annually", "on Sundays"), `EACH` ("each year").
    var quant: String?
    /// A set's TIMEX3 `freq`: how many times in each period ("twice a week": `2X`).
    var freq: String?
    /// For "the past three years": the duration's unit and count, to anchor it as an interval ending at the dateline.
    var span: (unit: TimeUnit, count: Int)?
    /// TIMEX3 `mod`.
    var mod: String?
    var approximate = false
    /// Written as a count of units from an anchor ("a year ago", "two days later").
    var quantified = false
    /// "this weekend" right after a count back ("fell 25 years ago this weekend"): the dateline's period the anniversary
    /// falls in, whatever the tense.
    var anniversary = false
    /// "the turn of the century" (no century named): in a told history, the turn nearest the story's time.
    var centuryTurn = false
    /// A thousand years, kept at century granularity ("the next millennium", "the third millennium"): resolved and written
    /// by the millennium's first digit (`3`, `2`), ``Period/millennium(_:)``.
    var millennium = false
    /// "the new millennium", "the new century": the one whose start is nearest the anchor (in 1999 and in 2013 news the
    /// one from 2000: `2`, `20`).
    var nearestTurn = false
    /// "the 1988 quarter": the quarter number comes from the quarter the text reports on.
    var quarterFromReference = false
    /// "the same period last year", "the corresponding period a year ago": the period the text is about, a year
    /// before, when that is no quarter ("this year" gives last year).
    var periodFromReference = false
    /// "August of that year": the year is the one of the last date mentioned.
    var yearFromReference = false
    /// "that time", "the same time": the whole period of the last date mentioned.
    var storyTime = false
    /// News: a report's "on the day" ("closed up 0.3 percent on the day"): the story's day; after a coarser date ("next
    /// year", "July last year") the dateline's day, not an unknown day of that period.
    var reportDay = false
    /// "the quarter ended July 31": `month` and `day` give the quarter's last day, not the date meant.
    var quarterEnding = false
    /// "the fiscal third quarter ended Feb. 28": the day the numbered period ends on is over (its year is the latest
    /// such day's not after the dateline); `false` for "ending", whose day is the nearest one.
    var periodEnded = false
    /// News: "the holidays" alone, the year-end holidays' December only at a dateline from November to January (at
    /// other datelines they may be Easter's or the summer's: no expression).
    var yearEndHolidays = false
    /// "since 1813", "(1790)": a year named in passing, which does not move the story's time.
    var aside = false
    /// News: a written year opening its sentence, alone or after "In", "During", "By" ("In 1994, …", "In the spring of
    /// 1994, …"): a told history, whose months without a year in a past clause are that year's.
    var opensHistory = false
    /// News: a month without a year after "By" opening a past clause ("By mid-July, rebels had taken the capital"): an end
    /// point the told history reached, in its year after a year opening a sentence (``opensHistory``).
    var reachedInPast = false
    /// News: the expression right after "since", the start of a span running up to now ("shut since Monday", "have
    /// slumped since December"): a bare weekday or month that is the dateline's own is the one before it.
    var sinceStart = false
    /// "the day after Christmas" (day, +1), "two weeks before Easter" (week, −2): units counted from the day named, at
    /// that unit's granularity.
    var countedFromDay: (unit: TimeUnit, count: Int)?
    /// "the Monday after Easter" (1), "the Friday before Christmas" (5): with ``countedFromDay``, the first such weekday
    /// after (before) the day named.
    var countedWeekday: Int?
    /// News' "the last day of the year", "the final day of March": with ``countedFromDay`` (day, 0), the period's last day,
    /// not its first ("the first day of the month").
    var countedFromLastDay = false
    /// News' "overnight" in a sentence that names no day before it: the night before the story's day (the dateline's, or
    /// the lede's day across a weekend).
    var fromStoryDay = false
    /// "two days after the invasion": counted from an event, not from a written date.
    var eventOffset = false
    /// Years added to the anchor's year before a decade is counted from it: "a generation ago" is the decade of the year
    /// 25 years back (−25).
    var yearShift = 0
    /// News: "a year and a half ago" (−1), "half a year from now" (+1): half a unit more, in that direction, past
    /// ``offset`` whole units; counted in the next finer unit and kept at the unit's granularity (years, months, weeks,
    /// days).
    var halfStep = 0
    /// "the first nine months": the year so far; a later "a year earlier" compares whole years.
    var yearToDate = false
    /// "the week of March 6", "Easter week": the ISO week holding the day named.
    var weekOfDay = false
    /// "year-ago", "year-earlier": an adjective naming the period a year before the one reported on.
    var yearAgoAdjective = false
    /// "on the 20th", "the 28th of that month": a day of the month the story is in.
    var monthFromReference = false
    /// "a week from Tuesday" (1), "two weeks on Friday" (2): weeks after the weekday named.
    /// Negative for "two weeks ago Friday" (−2): weeks before the last such weekday.
    var weeksAfter = 0
    /// "the first Tuesday in November" (1), "the last Friday of March" (−1): the `weekday` counted in `month`.
    var nthWeekday: Int?
    /// "Monday and Tuesday", "late Thursday or early Friday", "Friday, Saturday and Sunday": a bare weekday listed with
    /// the bare weekday recognised next, resolved with it so that the list runs forward in time.
    var listedWithNext = false
    /// News: "The festival opens Thursday, with the premiere on Saturday": the next weekday, in a "with" phrase after this
    /// one, comes after it (a list whose days never run backward; also `listedWithNext`).
    var followedInOrder = false
    /// A holiday after "before", "ahead of", "until": what the clause tells happened before the day, which may still be
    /// ahead of a past clause ("shoppers rushed to stores before Christmas", a week before it).
    var leadsUpTo = false
    /// A holiday after "after": what the clause tells comes once the day is over, which may be a day just past in a future
    /// clause ("Markets reopen after the Easter holiday", two days after Easter).
    var followsDay = false
    /// News' "for the year", "the full year": the year a report's figures cover, in a past clause early in the year the
    /// one just ended ("U.S. auto sales rose 13 percent for the year", written on Jan. 3).
    var reportedYear = false
    /// News: a half-year beside a verb of change in its base form ("is expected to grow in the second half", "Revenue in
    /// the second half should improve", "expects H2 margins to widen"): a forecast, so in a future clause the coming half,
    /// not the one just ended (which a future "report" may still be about).
    var forecastChange = false
    /// News: a half or a quarter a verb of expecting looks to ("expects a profit in the second half", "forecast a loss in
    /// the fourth quarter", "sees demand picking up in the fourth quarter"): one still ahead, not last year's.
    var expectedAhead = false
    /// News: a month without a year after words of a plan, a schedule or an intention in its clause ("the accession was
    /// planned for early March", "announced it would cut supply in September"): in a past clause, the month after the
    /// dateline's stays ahead; a plain past event then ("resigned in March" in February) is last year's. A day of the month
    /// after "for" likewise ("the vote was scheduled for Jan. 15"): in a past clause, the next one when it is at most 60 days
    /// ahead (across the new year), else as a past clause reads it ("was set for May 6", written in November: the May gone).
    var plannedAhead = false
    /// News' "the week ahead", "the year ahead": the unit the next half of one mostly falls in (this one early in it,
    /// the next one later: "the year ahead" is 2013 on Jan. 2 and 2014 on Dec. 27).
    var ahead = false
    /// News' "the year", "the decade" written with "the" ("by the end of the year", "later in the decade", "during the
    /// month"): in a past clause after the text went back to an earlier period, that period's, not the dateline's.
    var storyUnit = false
    /// News' "the new year": the year New Year's Day begins, that day placed as the holiday is (`2013` in December 2012).
    var yearOfHoliday = false
    /// News: "up from 8.3 percent a year ago", "down 2 percent from a month ago": a figure compared with the one a count of
    /// units before, which counts from the month the text reports on when it is one.
    var comparedFigure = false
    /// News: "the fiscal year that begins Oct. 1", "the fiscal year starting in July": the month the fiscal year opens in,
    /// and the token of its date, whose place (`TimelineExtractor`) places the fiscal year.
    var fiscalOpeningMonth: Int?
    var fiscalOpeningToken: Int?

    /// The name of the fiscal year that opens in `month` of `year`: the calendar year most of it falls in (one opening in
    /// October 2013 is 2014, in July 2013 2014, in April 2013 2013).
    static func fiscalYear(openingIn year: Int, month: Int) -> Int { month >= 7 ? year + 1 : year }

    /// A weekday without a date, a week or a relation ("Friday", "late Thursday", "Wednesday night").
    var isBareWeekday: Bool {
        weekday != nil && month == nil && day == nil && holiday == nil && anchor == .implicit && weekdayRelation == nil
            && (unit == .day || unit == .partOfDay || unit == .time)
    }
}

extension Mention {
    /// Whether a clock time or part of a day names the day `day` names: "6 p.m." put on "Sunday" in "6 p.m. on Sunday".
    func sameDay(as day: Mention) -> Bool {
        day.kind == .date && (day.weekday != nil || day.day != nil || day.holiday != nil)
            && weekday == day.weekday && self.day == day.day && month == day.month && holiday == day.holiday && year == day.year
    }
}

/// An expression the recogniser found: tokens `first...last` and what they mean.
struct Recognized: Sendable {
    var first: Int
    var last: Int
    /// What the tokens mean. Boxed (copied on write), so that the `Recognized?` every match attempt at
    /// every token returns is three words, not a mention of some 450 bytes copied and zeroed (speed).
    var mention: Mention {
        get { mentionBox.value }
        _modify {
            if !isKnownUniquelyReferenced(&mentionBox) { mentionBox = MentionBox(mentionBox.value) }
            yield &mentionBox.value
        }
    }
    private var mentionBox: MentionBox
    /// The second end of a range ("Tuesday to Thursday"), with its own token span.
    var rangeEnd: (first: Int, last: Int, mention: Mention)? {
        get { rangeEndBox?.value }
        set { rangeEndBox = newValue.map(RangeEndBox.init) }
    }

    /// Ranges are rare: boxed, so that the many `Recognized?` every token's match attempts return and
    /// copy hold one mention, not two (speed).
    private var rangeEndBox: RangeEndBox?

    init(first: Int, last: Int, mention: Mention, rangeEnd: (first: Int, last: Int, mention: Mention)? = nil) {
        self.first = first
        self.last = last
        self.mentionBox = MentionBox(mention)
        self.rangeEnd = rangeEnd
    }
}

/// The storage of ``Recognized/mention``: written only while its one owner holds it (copy on write),
/// so it is never mutated while shared, and its accesses need no run-time exclusivity check.
private final class MentionBox: @unchecked Sendable {
    @exclusivity(unchecked) var value: Mention
    init(_ value: Mention) { self.value = value }
}

private final class RangeEndBox: Sendable {
    let value: (first: Int, last: Int, mention: Mention)
    init(_ value: (first: Int, last: Int, mention: Mention)) { self.value = value }
}
