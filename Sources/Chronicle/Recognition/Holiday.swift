internal import ChronicleICU

/// Holidays news refers to by name, with the rule that gives their day in a year.
struct Holiday: Sendable {
    /// How the day of a holiday is found in a given year.
    enum Rule: Sendable {
        /// The same month and day every year.
        case fixed(month: Int, day: Int)
        /// Days after (or before, when negative) Western Easter Sunday.
        case easter(offset: Int)
        /// Days after (or before, when negative) Orthodox Easter Sunday (the Julian computus, on the Gregorian calendar).
        case orthodoxEaster(offset: Int)
        /// The `nth` ISO weekday (1 Monday … 7 Sunday) of a month, `nth` −1 the last; then `days` later
        /// (Black Friday: the day after the fourth Thursday of November).
        case nthWeekday(month: Int, weekday: Int, nth: Int, days: Int = 0)
        /// The first ISO weekday on or after a day (US Election Day: the Tuesday after the first Monday of November).
        case weekdayOnOrAfter(month: Int, day: Int, weekday: Int)
        /// A day of another calendar's month (0-based, as ICU counts them): the first Gregorian day from `from` (month,
        /// day) on, within `within` days, that is that day ("Passover": 15 Nisan, Hebrew month 7, from March 26).
        case lunar(ICULunarCalendar.Kind, month: Int, day: Int, from: Int, _ fromDay: Int, within: Int)
        /// A day read from a table, one per Gregorian year from `first` (month × 100 + day), for a calendar ICU does not
        /// have (the Hindu lunisolar one: Diwali, Holi); a year outside the table has no day and is left unresolved.
        case table(first: Int, days: [Int])
    }

    /// The words in order, lowercased, apostrophes, hyphens and abbreviation points left out ("new year s day",
    /// "st patrick s day", "all saints day").
    let words: [String]
    /// The rule for its day.
    let rule: Rule
    /// A US holiday other countries keep on other days ("India's Independence Day", "Canadian Thanksgiving").
    var national = false
    /// A week named after a holiday, the ISO week holding the day the rule gives ("Holy Week": Easter's).
    var week = false
    /// A name whose words after the first are written in lower case as often as not ("the August bank holiday").
    var lowercaseRest = false
    /// A one-word name that is also a person's or the first word of another name ("Tariq Ramadan", "Ramadan Shallah", "the
    /// Tet Offensive"): no day inside a run of capitalised words, unless a preposition of time opens it ("During Ramadan
    /// Muslims fast").
    var nameWord = false
    /// Another calendar's month, dated by its first day ("Ramadan"): "the holy month of Ramadan", "the start of Ramadan"
    /// take their words, "the end of Ramadan" is no such day.
    var calendarMonth = false
    /// A name histories give the event fought or fallen on the day as often ("trumped by Tet", "tales of Ashura"): a day
    /// only after a preposition of when or a verb of keeping it ("for Tet", "marked Ashura"), or before "holiday".
    var needsOccasion = false

    /// Longer names first, so "Christmas Eve" wins over "Christmas".
    static let all: [Holiday] = [
        // The Orthodox churches' feasts, by the Julian calendar ("Orthodox Easter", "Orthodox Christmas": Jan. 7).
        Holiday(words: ["orthodox", "easter", "sunday"], rule: .orthodoxEaster(offset: 0)),
        Holiday(words: ["orthodox", "easter"], rule: .orthodoxEaster(offset: 0)),
        Holiday(words: ["orthodox", "christmas", "eve"], rule: .fixed(month: 1, day: 6)),
        Holiday(words: ["orthodox", "christmas", "day"], rule: .fixed(month: 1, day: 7)),
        Holiday(words: ["orthodox", "christmas"], rule: .fixed(month: 1, day: 7)),
        Holiday(words: ["christmas", "eve"], rule: .fixed(month: 12, day: 24)),
        Holiday(words: ["christmas", "day"], rule: .fixed(month: 12, day: 25)),
        Holiday(words: ["christmas"], rule: .fixed(month: 12, day: 25)),
        Holiday(words: ["xmas"], rule: .fixed(month: 12, day: 25)),
        Holiday(words: ["boxing", "day"], rule: .fixed(month: 12, day: 26)),
        Holiday(words: ["new", "year", "s", "eve"], rule: .fixed(month: 12, day: 31)),
        Holiday(words: ["new", "year", "s", "day"], rule: .fixed(month: 1, day: 1)),
        Holiday(words: ["new", "year", "s"], rule: .fixed(month: 1, day: 1)),
        Holiday(words: ["new", "year"], rule: .fixed(month: 1, day: 1)),
        Holiday(words: ["valentine", "s", "day"], rule: .fixed(month: 2, day: 14)),
        Holiday(words: ["independence", "day"], rule: .fixed(month: 7, day: 4), national: true),
        Holiday(words: ["halloween"], rule: .fixed(month: 10, day: 31)),
        Holiday(words: ["veterans", "day"], rule: .fixed(month: 11, day: 11), national: true),
        Holiday(words: ["armistice", "day"], rule: .fixed(month: 11, day: 11)),
        Holiday(words: ["good", "friday"], rule: .easter(offset: -2)),
        Holiday(words: ["easter", "sunday"], rule: .easter(offset: 0)),
        Holiday(words: ["easter", "monday"], rule: .easter(offset: 1)),
        Holiday(words: ["easter", "saturday"], rule: .easter(offset: -1)),
        Holiday(words: ["easter", "day"], rule: .easter(offset: 0)),
        Holiday(words: ["holy", "week"], rule: .easter(offset: 0), week: true),
        Holiday(words: ["easter"], rule: .easter(offset: 0)),
        Holiday(words: ["thanksgiving", "day"], rule: .nthWeekday(month: 11, weekday: 4, nth: 4), national: true),
        Holiday(words: ["thanksgiving"], rule: .nthWeekday(month: 11, weekday: 4, nth: 4), national: true),
        Holiday(words: ["labor", "day"], rule: .nthWeekday(month: 9, weekday: 1, nth: 1), national: true),
        Holiday(words: ["memorial", "day"], rule: .nthWeekday(month: 5, weekday: 1, nth: -1), national: true),
        Holiday(words: ["mother", "s", "day"], rule: .nthWeekday(month: 5, weekday: 7, nth: 2), national: true),
        Holiday(words: ["father", "s", "day"], rule: .nthWeekday(month: 6, weekday: 7, nth: 3), national: true),
        Holiday(words: ["election", "day"], rule: .weekdayOnOrAfter(month: 11, day: 2, weekday: 2), national: true),
        Holiday(words: ["inauguration", "day"], rule: .fixed(month: 1, day: 20), national: true),
        Holiday(words: ["may", "bank", "holiday"], rule: .nthWeekday(month: 5, weekday: 1, nth: 1), lowercaseRest: true),
        Holiday(words: ["may", "day"], rule: .fixed(month: 5, day: 1)),
        // England and Wales: the summer bank holiday is the last Monday of August, the spring one the last Monday of May,
        // the early May one the first Monday of May ("the spring bank holiday" in lower case: `matchSeason`).
        Holiday(words: ["august", "bank", "holiday"], rule: .nthWeekday(month: 8, weekday: 1, nth: -1), lowercaseRest: true),
        Holiday(words: ["summer", "bank", "holiday"], rule: .nthWeekday(month: 8, weekday: 1, nth: -1), lowercaseRest: true),
        Holiday(words: ["spring", "bank", "holiday"], rule: .nthWeekday(month: 5, weekday: 1, nth: -1), lowercaseRest: true),
        // The days of the Second World War's victories, kept every year ("Veterans marked VE Day"; "V-E Day": the dash
        // between the letters is skipped). VJ Day as Britain and Australia keep it (the US keeps Sept. 2).
        Holiday(words: ["ve", "day"], rule: .fixed(month: 5, day: 8)),
        Holiday(words: ["v", "e", "day"], rule: .fixed(month: 5, day: 8)),
        Holiday(words: ["vj", "day"], rule: .fixed(month: 8, day: 15)),
        Holiday(words: ["v", "j", "day"], rule: .fixed(month: 8, day: 15)),
        Holiday(words: ["fourth", "of", "july"], rule: .fixed(month: 7, day: 4)),
        // "the Ides of March": the fifteenth of March, Caesar's day ("the Ides of March in 44 BC").
        Holiday(words: ["ides", "of", "march"], rule: .fixed(month: 3, day: 15)),
        Holiday(words: ["st", "valentine", "s", "day"], rule: .fixed(month: 2, day: 14)),
        Holiday(words: ["st", "patrick", "s", "day"], rule: .fixed(month: 3, day: 17)),
        Holiday(words: ["april", "fools", "day"], rule: .fixed(month: 4, day: 1)),
        Holiday(words: ["april", "fool", "s", "day"], rule: .fixed(month: 4, day: 1)),
        Holiday(words: ["earth", "day"], rule: .fixed(month: 4, day: 22)),
        Holiday(words: ["anzac", "day"], rule: .fixed(month: 4, day: 25)),
        Holiday(words: ["cinco", "de", "mayo"], rule: .fixed(month: 5, day: 5)),
        Holiday(words: ["flag", "day"], rule: .fixed(month: 6, day: 14)),
        Holiday(words: ["juneteenth"], rule: .fixed(month: 6, day: 19)),
        Holiday(words: ["canada", "day"], rule: .fixed(month: 7, day: 1)),
        Holiday(words: ["bastille", "day"], rule: .fixed(month: 7, day: 14)),
        Holiday(words: ["remembrance", "day"], rule: .fixed(month: 11, day: 11)),
        Holiday(words: ["remembrance", "sunday"], rule: .nthWeekday(month: 11, weekday: 7, nth: 2)),
        Holiday(words: ["australia", "day"], rule: .fixed(month: 1, day: 26)),
        // India's (Press Trust of India, the Commonwealth wires) and New Zealand's national days.
        Holiday(words: ["republic", "day"], rule: .fixed(month: 1, day: 26)),
        Holiday(words: ["waitangi", "day"], rule: .fixed(month: 2, day: 6)),
        Holiday(words: ["hogmanay"], rule: .fixed(month: 12, day: 31)),
        Holiday(words: ["burns", "night"], rule: .fixed(month: 1, day: 25)),
        Holiday(words: ["st", "david", "s", "day"], rule: .fixed(month: 3, day: 1)),
        Holiday(words: ["st", "george", "s", "day"], rule: .fixed(month: 4, day: 23)),
        Holiday(words: ["st", "andrew", "s", "day"], rule: .fixed(month: 11, day: 30)),
        Holiday(words: ["guy", "fawkes", "night"], rule: .fixed(month: 11, day: 5)),
        Holiday(words: ["bonfire", "night"], rule: .fixed(month: 11, day: 5)),
        Holiday(words: ["mothering", "sunday"], rule: .easter(offset: -21)),
        Holiday(words: ["victoria", "day"], rule: .weekdayOnOrAfter(month: 5, day: 18, weekday: 1)),
        Holiday(words: ["all", "saints", "day"], rule: .fixed(month: 11, day: 1)),
        Holiday(words: ["all", "souls", "day"], rule: .fixed(month: 11, day: 2)),
        Holiday(words: ["shrove", "tuesday"], rule: .easter(offset: -47)),
        Holiday(words: ["mardi", "gras"], rule: .easter(offset: -47)),
        Holiday(words: ["pancake", "day"], rule: .easter(offset: -47)),
        Holiday(words: ["ash", "wednesday"], rule: .easter(offset: -46)),
        Holiday(words: ["palm", "sunday"], rule: .easter(offset: -7)),
        Holiday(words: ["maundy", "thursday"], rule: .easter(offset: -3)),
        Holiday(words: ["holy", "thursday"], rule: .easter(offset: -3)),
        Holiday(words: ["holy", "saturday"], rule: .easter(offset: -1)),
        Holiday(words: ["ascension", "day"], rule: .easter(offset: 39)),
        Holiday(words: ["pentecost"], rule: .easter(offset: 49)),
        Holiday(words: ["whit", "sunday"], rule: .easter(offset: 49)),
        Holiday(words: ["whit", "monday"], rule: .easter(offset: 50)),
        Holiday(words: ["martin", "luther", "king", "jr", "day"], rule: .nthWeekday(month: 1, weekday: 1, nth: 3)),
        Holiday(words: ["martin", "luther", "king", "day"], rule: .nthWeekday(month: 1, weekday: 1, nth: 3)),
        Holiday(words: ["mlk", "day"], rule: .nthWeekday(month: 1, weekday: 1, nth: 3)),
        Holiday(words: ["presidents", "day"], rule: .nthWeekday(month: 2, weekday: 1, nth: 3), national: true),
        Holiday(words: ["president", "s", "day"], rule: .nthWeekday(month: 2, weekday: 1, nth: 3), national: true),
        Holiday(words: ["columbus", "day"], rule: .nthWeekday(month: 10, weekday: 1, nth: 2), national: true),
        Holiday(words: ["indigenous", "peoples", "day"], rule: .nthWeekday(month: 10, weekday: 1, nth: 2)),
        Holiday(words: ["black", "friday"], rule: .nthWeekday(month: 11, weekday: 4, nth: 4, days: 1)),
        Holiday(words: ["cyber", "monday"], rule: .nthWeekday(month: 11, weekday: 4, nth: 4, days: 4)),
        // The Hindu festivals by the days India's government lists (Diwali: Lakshmi Puja; Holi: the day of colours), 2000–2030.
        Holiday(words: ["diwali"], rule: Self.diwali),
        Holiday(words: ["deepavali"], rule: Self.diwali),
        Holiday(words: ["holi"], rule: Self.holi),
        // The Super Bowl's Sunday, 2000–2027 (late January, the first Sunday of February from 2004, the second from 2022).
        Holiday(words: ["super", "bowl", "sunday"], rule: Self.superBowl),
        // Other calendars' days, in the Gregorian weeks they can fall in (an Islamic one anywhere in the year: the first).
        Holiday(words: ["passover"], rule: .lunar(.hebrew, month: 7, day: 15, from: 3, 26, within: 31)),
        Holiday(words: ["rosh", "hashanah"], rule: .lunar(.hebrew, month: 0, day: 1, from: 9, 5, within: 31)),
        Holiday(words: ["rosh", "hashana"], rule: .lunar(.hebrew, month: 0, day: 1, from: 9, 5, within: 31)),
        Holiday(words: ["hanukkah"], rule: .lunar(.hebrew, month: 2, day: 25, from: 11, 27, within: 31)),
        Holiday(words: ["chanukah"], rule: .lunar(.hebrew, month: 2, day: 25, from: 11, 27, within: 31)),
        Holiday(words: ["yom", "kippur"], rule: .lunar(.hebrew, month: 0, day: 10, from: 9, 14, within: 31)),
        // Purim, 14 Adar (ICU's month 6, Adar II in a leap year: Feb. 24 – March 26); Shavuot, 6 Sivan (May 15 – June
        // 14); Sukkot, 15 Tishri (Sept. 19 – Oct. 19), a week-long festival dated by its first day as Passover is.
        Holiday(words: ["purim"], rule: .lunar(.hebrew, month: 6, day: 14, from: 2, 23, within: 33)),
        Holiday(words: ["shavuot"], rule: .lunar(.hebrew, month: 9, day: 6, from: 5, 14, within: 33)),
        Holiday(words: ["shavuoth"], rule: .lunar(.hebrew, month: 9, day: 6, from: 5, 14, within: 33)),
        Holiday(words: ["sukkot"], rule: .lunar(.hebrew, month: 0, day: 15, from: 9, 18, within: 33)),
        Holiday(words: ["succot"], rule: .lunar(.hebrew, month: 0, day: 15, from: 9, 18, within: 33)),
        Holiday(words: ["sukkoth"], rule: .lunar(.hebrew, month: 0, day: 15, from: 9, 18, within: 33)),
        Holiday(words: ["lunar", "new", "year"], rule: .lunar(.chinese, month: 0, day: 1, from: 1, 21, within: 31)),
        Holiday(words: ["chinese", "new", "year"], rule: .lunar(.chinese, month: 0, day: 1, from: 1, 21, within: 31)),
        Holiday(words: ["eid", "al", "fitr"], rule: .lunar(.islamic, month: 9, day: 1, from: 1, 1, within: 366)),
        Holiday(words: ["eid", "ul", "fitr"], rule: .lunar(.islamic, month: 9, day: 1, from: 1, 1, within: 366)),
        Holiday(words: ["eid", "el", "fitr"], rule: .lunar(.islamic, month: 9, day: 1, from: 1, 1, within: 366)),
        Holiday(words: ["eid", "al", "adha"], rule: .lunar(.islamic, month: 11, day: 10, from: 1, 1, within: 366)),
        Holiday(words: ["eid", "ul", "adha"], rule: .lunar(.islamic, month: 11, day: 10, from: 1, 1, within: 366)),
        Holiday(words: ["eid", "el", "adha"], rule: .lunar(.islamic, month: 11, day: 10, from: 1, 1, within: 366)),
        // The Islamic months news names as seasons of their own, by their first day (TimeML has no value for another
        // calendar's month; a multi-day holiday is its first day): Ramadan (month 8), Muharram; and Ashura, 10 Muharram.
        Holiday(words: ["ramadan"], rule: .lunar(.islamic, month: 8, day: 1, from: 1, 1, within: 366), nameWord: true,
                calendarMonth: true),
        Holiday(words: ["ramadhan"], rule: .lunar(.islamic, month: 8, day: 1, from: 1, 1, within: 366), nameWord: true,
                calendarMonth: true),
        Holiday(words: ["muharram"], rule: .lunar(.islamic, month: 0, day: 1, from: 1, 1, within: 366), nameWord: true,
                calendarMonth: true),
        Holiday(words: ["ashura"], rule: .lunar(.islamic, month: 0, day: 10, from: 1, 1, within: 366), needsOccasion: true),
        // The Chinese calendar's other festivals (and Korea's, in the same months), the first day of the Persian and of
        // the Islamic year.
        Holiday(words: ["spring", "festival"], rule: .lunar(.chinese, month: 0, day: 1, from: 1, 21, within: 31)),
        Holiday(words: ["lantern", "festival"], rule: .lunar(.chinese, month: 0, day: 15, from: 2, 4, within: 31)),
        Holiday(words: ["dragon", "boat", "festival"], rule: .lunar(.chinese, month: 4, day: 5, from: 5, 28, within: 31)),
        Holiday(words: ["mid", "autumn", "festival"], rule: .lunar(.chinese, month: 7, day: 15, from: 9, 7, within: 33)),
        Holiday(words: ["moon", "festival"], rule: .lunar(.chinese, month: 7, day: 15, from: 9, 7, within: 33)),
        Holiday(words: ["chuseok"], rule: .lunar(.chinese, month: 7, day: 15, from: 9, 7, within: 33)),
        Holiday(words: ["seollal"], rule: .lunar(.chinese, month: 0, day: 1, from: 1, 21, within: 31)),
        // Vietnam's Lunar New Year, by the Chinese calendar (Vietnam's counts at UTC+7 and differs by a day in a few years, 2007).
        Holiday(words: ["tet"], rule: .lunar(.chinese, month: 0, day: 1, from: 1, 21, within: 31), nameWord: true,
                needsOccasion: true),
        Holiday(words: ["tết"], rule: .lunar(.chinese, month: 0, day: 1, from: 1, 21, within: 31), nameWord: true,
                needsOccasion: true),
        Holiday(words: ["nowruz"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5)),
        Holiday(words: ["norouz"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5)),
        Holiday(words: ["norooz"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5)),
        Holiday(words: ["navruz"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5)),
        Holiday(words: ["novruz"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5)),
        Holiday(words: ["persian", "new", "year"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5),
                lowercaseRest: true),
        Holiday(words: ["iranian", "new", "year"], rule: .lunar(.persian, month: 0, day: 1, from: 3, 19, within: 5),
                lowercaseRest: true),
        Holiday(words: ["islamic", "new", "year"], rule: .lunar(.islamic, month: 0, day: 1, from: 1, 1, within: 366),
                lowercaseRest: true),
        Holiday(words: ["hijri", "new", "year"], rule: .lunar(.islamic, month: 0, day: 1, from: 1, 1, within: 366),
                lowercaseRest: true),
        Holiday(words: ["muslim", "new", "year"], rule: .lunar(.islamic, month: 0, day: 1, from: 1, 1, within: 366),
                lowercaseRest: true),
    ]

    /// The month its day always falls in, when the rule keeps to one (`nil` for Easter's and other calendars' days).
    var month: Int? {
        switch rule {
        case .fixed(let month, _), .nthWeekday(let month, _, _, _), .weekdayOnOrAfter(let month, _, _): month
        case .easter, .orthodoxEaster, .lunar, .table: nil
        }
    }

    /// The TIMEX3 value of the holiday in every year ("every Christmas"): its month and day when fixed, its month when
    /// it falls on a weekday of one, else a day of unknown month.
    var recurringValue: String {
        switch rule {
        case .fixed(let month, let day):
            return "XXXX-\(pad(month, 2))-\(pad(day, 2))"
        case .nthWeekday(let month, _, _, _), .weekdayOnOrAfter(let month, _, _):
            return "XXXX-\(pad(month, 2))"
        case .easter, .orthodoxEaster, .lunar, .table:
            return "XXXX-XX-XX"
        }
    }

    /// Diwali, 2000–2030 (month × 100 + day).
    static let diwali = Rule.table(first: 2000, days: [
        1026, 1114, 1104, 1025, 1112, 1101, 1021, 1109, 1028, 1017, 1105, 1026, 1113, 1103, 1023, 1111, 1030, 1019, 1107, 1027,
        1114, 1104, 1024, 1112, 1101, 1020, 1108, 1029, 1017, 1105, 1026])
    /// Super Bowl Sunday, 2000–2027 (month × 100 + day).
    static let superBowl = Rule.table(first: 2000, days: [
        130, 128, 203, 126, 201, 206, 205, 204, 203, 201, 207, 206, 205, 203, 202, 201, 207, 205, 204, 203,
        202, 207, 213, 212, 211, 209, 208, 214])
    /// Holi, 2000–2030 (month × 100 + day).
    static let holi = Rule.table(first: 2000, days: [
        320, 310, 329, 318, 307, 326, 315, 304, 322, 311, 301, 320, 308, 327, 317, 306, 324, 313, 302, 321,
        310, 329, 318, 308, 325, 314, 304, 322, 311, 301, 320])

    /// Orthodox Easter Sunday of a year, as a Julian month and day and the days the Gregorian calendar is ahead of the
    /// Julian one that year (13 from 1900 to 2099): Meeus's Julian computus.
    static func orthodoxEasterSunday(year: Int) -> (month: Int, day: Int, shift: Int) {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7
        return ((d + e + 114) / 31, (d + e + 114) % 31 + 1, year / 100 - year / 400 - 2)
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
    static func easterSunday(year: Int) -> (month: Int, day: Int) {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        return ((h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1)
    }
}
