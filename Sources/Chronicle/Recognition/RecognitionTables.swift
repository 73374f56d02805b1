/// Small tables the recogniser reads: TIMEX3 codes, frequency words, count nouns, unit granularities.
extension Granularity {
    /// The granularity of a period named by a unit word.
    init(_ unit: TimeUnit) {
        switch unit {
        case .second, .minute, .hour: self = .time
        case .day: self = .day
        case .week, .fortnight: self = .week
        case .weekend: self = .weekend
        case .month: self = .month
        case .quarter: self = .quarter
        case .season: self = .season
        case .half: self = .half
        case .year: self = .year
        case .decade: self = .decade
        case .century, .millennium: self = .century
        }
    }
}

/// TIMEX3 codes for parts of a day and seasons, indexed by the lexicon's numbers.
enum PartOfDay { static let codes = ["", "MO", "AF", "EV", "NI", "MI"] }
enum Season { static let codes = ["", "SP", "SU", "FA", "WI"] }

/// SET values of frequency adverbs.
enum FrequencyValues {
    static let table = KeyTable<String>([
        K.k("daily"): "P1D", K.k("weekly"): "P1W", K.k("monthly"): "P1M", K.k("yearly"): "P1Y", K.k("annually"): "P1Y",
        K.k("quarterly"): "P3M", K.k("hourly"): "PT1H", K.k("nightly"): "P1D", K.k("biweekly"): "P2W",
        K.k("fortnightly"): "P2W", K.k("semiannually"): "P6M", K.k("biannually"): "P6M",
        K.k("bimonthly"): "P2M", K.k("biennially"): "P2Y", K.k("triennially"): "P3Y",
    ])
}

/// Plural weekdays and weekends as recurring days ("on Sundays", "at weekends"): their TIMEX3 `SET` values.
enum RecurringDays {
    static let table = KeyTable<String>([
        K.k("mondays"): "XXXX-WXX-1", K.k("tuesdays"): "XXXX-WXX-2", K.k("wednesdays"): "XXXX-WXX-3",
        K.k("thursdays"): "XXXX-WXX-4", K.k("fridays"): "XXXX-WXX-5", K.k("saturdays"): "XXXX-WXX-6",
        K.k("sundays"): "XXXX-WXX-7", K.k("weekends"): "XXXX-WXX-WE",
    ])
}

/// Plural parts of a day after a weekday ("Tuesday nights"), as indexes into ``PartOfDay/codes``.
enum RecurringParts {
    static let table = KeyTable<Int>([K.k("mornings"): 1, K.k("afternoons"): 2, K.k("evenings"): 3, K.k("nights"): 4])
}

/// Nouns that name a thing by its number, never by a year: "Flight 1549", "Resolution 1483", "room 1010".
/// The capitalised-name test in ``Recognizer/isYear(at:afterName:)`` cannot see them at a sentence start, nor in lower case.
enum NumberedNouns {
    static let keys = KeySet(words: [
        "flight", "route", "highway", "interstate", "room", "suite", "section", "article", "resolution", "chapter",
        "paragraph", "amendment", "proposition", "page", "item", "exhibit", "gate", "platform", "pier", "precinct",
        "number", "model", "code", "channel", "docket", "track", "bus", "train", "apartment", "unit", "ward",
    ])
}

/// Abbreviated labels of a number, capitalised before a dot: a bill's chamber ("S. 2012", "H.R. 1999", "H.B. 2016",
/// "S.B. 2015"), a number's mark ("No. 2012"), an article's or a section's ("Art. 2019", "Sec. 2010").
enum NumberLabels {
    static let keys = KeySet(words: ["no", "nos", "nr", "s", "r", "b", "res", "art", "sec", "ch", "para", "vol", "fig"])
}

/// Street nouns that end an address after its house number: "2020 Main Street", "1600 Pennsylvania Avenue",
/// "1999 Broadway" (a street named by one word). See ``Recognizer/opensAddress(_:)``.
enum StreetNouns {
    static let keys = KeySet(words: [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "dr", "lane", "ln", "place", "pl",
        "way", "court", "ct", "parkway", "pkwy", "terrace", "plaza", "square", "crescent", "broadway", "circle", "highway",
    ])
    /// Words before a year that say when, which no house number follows: "In 2012 Oxford Street was closed".
    static let whenWords = KeySet(words: ["in", "since", "by", "until", "till", "before", "after", "from", "through", "during",
                                          "of", "circa", "around", "early", "late", "mid", "and", "or"])
}

/// Nouns after the adjective "minute" (tiny), which is then no unit: "every minute detail", "each minute trace".
enum MinuteAdjectiveNouns {
    static let keys = KeySet(words: [
        "detail", "details", "amount", "amounts", "quantity", "quantities", "trace", "traces", "particle", "particles",
        "fraction", "fractions", "fragment", "fragments", "crack", "cracks", "difference", "differences", "change",
        "changes", "dose", "doses", "piece", "pieces", "aspect", "aspects", "variation", "variations",
    ])
}

/// Words that make "current" a flow or an accounting term, no present: "the ocean current", "a rip current", "the current
/// account deficit", "current assets", "current affairs".
enum CurrentNounWords {
    /// Words before "current" that make it a flow.
    static let before = KeySet(words: ["ocean", "rip", "electric", "electrical", "tidal", "alternating", "direct", "sea",
                                       "river", "undersea", "underwater", "surface", "gulf", "jet"])
    /// Nouns after "current" that make it an accounting or broadcasting term.
    static let after = KeySet(words: ["account", "accounts", "assets", "liabilities", "affairs"])
}

/// Nouns after a season that make it a kind of thing: "a winter coat", "winter wheat", "the spring water".
enum SeasonThingNouns {
    static let keys = KeySet(words: [
        "coat", "coats", "jacket", "jackets", "tyres", "tires", "boots", "clothes", "clothing", "wheat", "barley", "water",
        "onion", "onions", "roll", "rolls", "squash", "dress", "dresses", "wear", "uniform", "uniforms", "gear",
    ])
}

/// Nouns that follow a count, never a year: "1500 soldiers", "2000 km".
enum CountNouns {
    static let keys = KeySet(words: [
        "people", "persons", "soldiers", "troops", "workers", "jobs", "employees", "residents", "students", "cases",
        "deaths", "members", "shares", "units", "copies", "votes", "km", "kilometers", "kilometres", "kilometer",
        "miles", "mile", "meters", "metres", "feet", "foot", "tons", "tonnes", "barrels", "points", "dollars", "euros",
        "yuan", "pounds", "yen", "acres", "hectares", "calories", "words", "pages", "vehicles", "cars", "homes",
        "houses", "children", "women", "men", "refugees", "prisoners", "civilians", "police", "officers", "protesters",
        "delegates", "seats", "rooms", "beds", "flights", "passengers", "visitors", "tourists", "companies", "firms",
        "stores", "plants", "ships", "planes", "aircraft", "tanks", "missiles", "rockets", "bombs", "guns", "rounds",
        "percent", "per", "kg", "kilograms", "lb", "lbs", "mph", "km/h", "bpd", "mw", "gw", "ft", "m", "cm", "mm",
        "hours", "minutes", "seconds", "days", "weeks", "months", "years", "times", "square", "cubic", "victims",
        "casualties", "dead", "wounded", "deaths", "fighters", "guerrillas", "rebels", "insurgents", "sailors", "marines",
        "demonstrators", "marchers", "patients", "runners", "participants", "spectators", "fans", "voters", "households",
        "families", "inmates", "migrants", "pupils", "teachers", "doctors", "nurses", "athletes", "customers", "users",
        "signatures", "arrests", "ballots", "trucks", "buses", "animals", "trees", "buildings", "schools", "villages",
        "litres", "liters", "gallons", "inches", "yards", "kilos", "grams", "ounces", "rupees", "pesos", "francs",
        "tickets", "jets", "drones", "weapons", "rifles", "shells", "bullets", "staff", "volunteers", "troopers",
        "containers", "items", "boxes", "bags", "bottles", "packages", "sheep", "cattle", "cows", "pigs", "birds",
        "species", "samples", "doses",
    ])

    /// A year opening its sentence after a word of when keeps a count noun after it as the clause's subject: "In 2020
    /// protesters marched again", "Since 2014 votes have been counted", "By 2000 people had left" (not mid-sentence:
    /// "power was cut in 2000 homes", "signed by 2000 people"; not before a comma: "In 2000 homes, ...").
    static let whenWords = KeySet(words: ["in", "since", "by", "until", "till", "before", "after", "during", "through"])

    /// A count's noun joined to it by a hyphen: "a 2000-strong crowd", "a 1500-page report", "the 2000-seat arena".
    static let hyphenated = KeySet(words: [
        "strong", "member", "seat", "page", "mile", "acre", "hectare", "word", "point", "foot", "metre", "meter",
        "kilometre", "kilometer", "km", "tonne", "ton", "bed", "room", "student", "person", "man", "troop", "vehicle",
        "car", "unit", "pound", "kilogram", "kg", "yard", "square", "employee", "worker", "home", "house", "mw",
    ])
}

/// Names with a year that is the time of their event ("Euro 2016", "Expo 2020", "Budget 2023", "the London 2012 Games", "the Tokyo 2020
/// Olympics"): TimeML tags the year of an event's name when it dates the event. `before`: a capitalised word before the
/// year that names such an event; `after`: a capitalised noun after it ("Games", "Olympics").
enum EventYearNames {
    static let before = KeySet(words: ["euro", "expo", "eurovision", "eurobasket", "afrobasket", "afcon", "budget"])
    static let after = KeySet(words: ["games", "olympics", "paralympics", "olympic", "paralympic", "olympiad",
                                      "championships", "world"])
    /// A season word between the year and its noun: "the Beijing 2008 Summer Olympics".
    static let season = KeySet(words: ["summer", "winter", "youth"])
}

/// Nouns of works before a title that is a number: "the film 2012", "the novel 1984", "his album 1989".
enum WorkTitleNouns {
    static let keys = KeySet(words: ["film", "movie", "novel", "book", "album", "song", "single", "play", "musical",
                                     "opera", "documentary", "series", "symphony", "painting", "poem"])
}
