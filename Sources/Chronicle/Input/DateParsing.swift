internal import ChronicleICU

/// Parses whole date strings (datelines, `--dateline` values) with ICU, one pattern per news form.
///
/// ICU's English `MMM` does not know AP-style abbreviations ("Sept."), so the text is first
/// normalised: periods after month abbreviations go, "Sept" becomes "Sep", a leading weekday and
/// extra spaces are dropped. Two-digit years pivot on `reference` (the article), never on the clock. A date written
/// with slashes is read month first, as US copy writes it ("02/01/2013" is Feb. 1), and day first only when the first
/// number cannot be a month ("13/01/2013"): nothing in a header tells the two orders apart otherwise.
struct DateParsing: Sendable {
    /// The patterns tried in order, after normalisation.
    static let patterns = [
        "y-MM-dd", "MMMM d, y", "MMM d, y", "MMMM d y", "MMM d y", "d MMMM y", "d MMM y",
        "d MMMM, y", "M/d/y", "d/M/y", "y/M/d", "d.M.y", "MMMM y", "MMM y",
    ]

    static let shared = DateParsing()

    private let pool = ResourcePool<[ICUDateParser]> {
        try DateParsing.patterns.map { try ICUDateParser(pattern: $0, locale: "en_US_POSIX") }
    }

    /// The day `text` names, or `nil`. A text naming only a month and year gives the first of the month. `anyYear`: a
    /// year outside 1000–9999 too (for the message that says why a dateline was refused).
    func parse(_ text: String, reference: CalendarDate = CalendarDate(year: 2000, month: 1, day: 1), anyYear: Bool = false) -> CalendarDate? {
        if let date = Self.isoDate(text) ?? Self.cjkDate(text) { return date }
        // Every pattern has a year in digits: a text without a digit needs no ICU call (header lines).
        guard Self.hasDigit(text),
              Self.visibleCount(text.unicodeScalars) <= Self.maxVisibleScalars,
              Self.mayStart(text) else { return nil }
        let normalised = Self.normalise(text)
        guard !normalised.isEmpty, normalised.unicodeScalars.count < 64, Self.mayMatch(normalised),
              Self.mayBeRead(normalised), Self.hasTwoFields(normalised), Self.mayBeReadToItsEnd(normalised) else { return nil }
        return read(normalised, reference: reference, anyYear: anyYear)
    }

    /// The day of a text that is exactly an ISO date, `yyyy-MM-dd` in ASCII digits, that exists in the Gregorian calendar
    /// in 1600–9999 (an archive's datelines): the day ICU's first pattern (`y-MM-dd`) reads, without its parse (tens of
    /// thousands of instructions). Any other text, an impossible day among them ("2023-02-30"), is `nil`: left to ICU.
    static func isoDate(_ text: String) -> CalendarDate? {
        var text = text
        return text.withUTF8 { bytes -> CalendarDate? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ from: Int, _ to: Int) -> Int? {
                var value = 0
                for index in from..<to {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 7), let day = number(8, 10), (1600...9999).contains(year)
            else { return nil }
            let date = CalendarDate(year: year, month: month, day: day)
            return date.isValid ? date : nil
        }
    }

    /// The day of a text that is exactly a Japanese or Chinese date, `2023年3月7日` (a four-digit year, then a month and a
    /// day of one or two digits, each followed by its sign), perhaps with its weekday in brackets after it, Japanese
    /// style (`2023年3月7日（火）`, `2023年3月7日(火)`), that exists in 1600–9999 (round 104): ICU's English patterns read
    /// none of it. Any other text is `nil`; most are turned away at their fifth byte.
    static func cjkDate(_ text: String) -> CalendarDate? {
        guard (15...26).contains(text.utf8.count) else { return nil }
        var text = text
        return text.withUTF8 { bytes -> CalendarDate? in
            // 年 E5 B9 B4, 月 E6 9C 88, 日 E6 97 A5.
            guard bytes[4] == 0xE5, bytes[5] == 0xB9, bytes[6] == 0xB4 else { return nil }
            var index = 0
            // "（火）", "(火)": a bracket, one of the seven weekdays' signs, its closing bracket, and the end of the text.
            func isWeekday(from start: Int) -> Bool {
                let full = bytes[start] == 0xEF
                let sign = full ? start + 3 : start + 1
                guard full ? bytes.count - start == 9 && bytes[start + 1] == 0xBC && bytes[start + 2] == 0x88
                            && bytes[start + 6] == 0xEF && bytes[start + 7] == 0xBC && bytes[start + 8] == 0x89
                           : bytes.count - start == 5 && bytes[start] == UInt8(ascii: "(") && bytes[start + 4] == UInt8(ascii: ")")
                else { return false }
                return cjkWeekdays.contains { $0.elementsEqual(bytes[sign..<(sign + 3)]) }
            }
            func number(upTo sign: (UInt8, UInt8, UInt8), digits: ClosedRange<Int>) -> Int? {
                var value = 0, count = 0
                while index < bytes.count, bytes[index] &- 48 < 10 {
                    value = value * 10 + Int(bytes[index] &- 48)
                    count += 1
                    index += 1
                }
                guard digits.contains(count), index + 3 <= bytes.count, bytes[index] == sign.0, bytes[index + 1] == sign.1,
                      bytes[index + 2] == sign.2 else { return nil }
                index += 3
                return value
            }
            guard let year = number(upTo: (0xE5, 0xB9, 0xB4), digits: 4...4), let month = number(upTo: (0xE6, 0x9C, 0x88), digits: 1...2),
                  let day = number(upTo: (0xE6, 0x97, 0xA5), digits: 1...2), index == bytes.count || isWeekday(from: index),
                  (1600...9999).contains(year) else { return nil }
            let date = CalendarDate(year: year, month: month, day: day)
            return date.isValid ? date : nil
        }
    }

    /// The signs of the seven weekdays in Japanese, as UTF-8 bytes: 月火水木金土日.
    private static let cjkWeekdays: [[UInt8]] = ["月", "火", "水", "木", "金", "土", "日"].map { Array($0.utf8) }

    /// Whether `text` writes a year in full: a run of four digits or more (round 104). ICU's `y` reads "3/7/23" as a year
    /// in 1920–2019 (1923), a guess a dateline never makes: a two-digit year is refused, as a missing one is.
    static func hasFullYear(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte &- 48 < 10 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    /// Whether `text` holds a decimal digit, ASCII or not: every pattern has a year in digits, so a text without one is
    /// no date. The bytes are read first (a header line is mostly ASCII); a scalar beyond ASCII is asked its numeric type.
    static func hasDigit(_ text: String) -> Bool {
        var beyondASCII = false
        for byte in text.utf8 {
            if byte &- 48 < 10 { return true }
            if byte >= 0x80 { beyondASCII = true }
        }
        return beyondASCII && text.unicodeScalars.contains { $0.value > 0x7F && $0.properties.numericType == .decimal }
    }

    /// The day ICU reads from the whole of an already normalised `text` with one of the patterns, or `nil`
    /// (no filter before ICU: ``parse(_:reference:)`` without its shortcuts, for tests).
    func read(_ normalised: String, reference: CalendarDate, anyYear: Bool = false) -> CalendarDate? {
        let seed = ICUDay(year: reference.year, month: reference.month, day: 1)
        // "Aug. 11" is a day without its year, not August 2011: a month and year need the year's four digits.
        let trailingDigits = normalised.unicodeScalars.reversed().prefix { ("0"..."9").contains($0) }.count
        let day = try? pool.borrow { parsers -> ICUDay? in
            for (parser, pattern) in zip(parsers, Self.patterns) where trailingDigits >= 4 || !pattern.hasPrefix("MMM") || pattern.contains("d") {
                if let day = parser.parse(normalised, reference: seed) { return day }
            }
            return nil
        }
        guard let day = day ?? nil else { return nil }
        let date = CalendarDate(year: day.year, month: day.month, day: day.day)
        // ICU's `y` accepts any digit count; a dateline is a four-digit year in the common era, written in full.
        return anyYear || (1000...9999).contains(date.year) && Self.hasFullYear(normalised) ? date : nil
    }

    /// The most scalars other than spaces a text can have and still normalise to fewer than 64 (the
    /// longest date any pattern reads is far shorter): normalising drops a leading weekday (10 with its
    /// comma) and one period per word of three or more scalars, each of which keeps two and a space.
    static let maxVisibleScalars = 106

    /// The scalars that are not spaces, tabs or no-break spaces.
    static func visibleCount(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        var count = 0
        for scalar in scalars where !(scalar == " " || scalar == "\t" || scalar == "\u{A0}") { count += 1 }
        return count
    }

    /// Whether any pattern can match (speed: most header lines are not dates, and ICU tries
    /// 14 patterns on each): every pattern starts with a number or a month name, and every English
    /// month name starts with its three-letter abbreviation.
    static func mayMatch(_ normalised: String) -> Bool {
        guard let first = normalised.unicodeScalars.first else { return false }
        if first.properties.numericType == .decimal || first == "-" || first == "+" { return true }
        let prefix = String(normalised.unicodeScalars.prefix(3)).lowercased()
        return monthPrefixes.contains(prefix)
    }

    /// Whether ICU may read the whole of `normalised`, as far as its ASCII punctuation tells (speed: a
    /// header line that is no date costs ICU ~22,000 instructions per pattern, 14 patterns; most such
    /// lines with a digit are times, "2009-12-19T17:00:00", or wire ledes, "March 12 (Xinhua) --").
    ///
    /// The patterns hold numbers, English month names and the literals space, `,`, `-`, `/` and `.`;
    /// ICU's strict parser (lenient off, which also turns off its whitespace and numeric leniency) skips
    /// nothing but whitespace between fields, its number parser reads digits and a sign, and a parse
    /// that stops before the end of the text is rejected. So no text with any other ASCII punctuation
    /// (`` !"#$%&'()*:;<=>?@[\]^_`{|}~ ``) can be read. `DateParsingTests` checks it against ICU: each of
    /// these characters, put anywhere into a date each pattern reads, makes every pattern fail.
    static func mayBeRead(_ normalised: String) -> Bool {
        !normalised.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "!")...UInt8(ascii: "*"), UInt8(ascii: ":")...UInt8(ascii: "@"),
                 UInt8(ascii: "[")...UInt8(ascii: "`"), UInt8(ascii: "{")...UInt8(ascii: "~"):
                true
            default:
                false
            }
        }
    }

    /// Whether `normalised` has at least two fields, a field being a run of ASCII digits, of ASCII letters or of other
    /// scalars (speed: a header line's comma tail is often a number alone, "877" of "Injured: 4,877", and ICU tried 12
    /// patterns on it, each with its number parser). Every pattern has two fields or more, a month's name and a number or
    /// two numbers with a literal other than a space between them, and ICU's strict parser fills a field only from the
    /// text: one run cannot fill two. `DateParsingTests` checks it against ICU.
    static func hasTwoFields(_ normalised: String) -> Bool {
        var fields = 0
        var previous: UInt8 = 0  // the class of the byte before: 0 no field, 1 digit, 2 letter, 3 beyond ASCII
        for byte in normalised.utf8 {
            let kind: UInt8 = byte &- 48 < 10 ? 1 : (byte | 0x20) &- 97 < 26 ? 2 : byte >= 0x80 ? 3 : 0
            if kind != 0 && kind != previous {
                fields += 1
                if fields == 2 { return true }
            }
            previous = kind
        }
        return false
    }

    /// Whether ICU may read `normalised` to its end, as its last byte and its runs of digits tell (speed: a header line's
    /// comma tail that passes the other tests, "44, of St Albans, Vt His whereabouts are unknown", "1775-1780", went
    /// through all 14 patterns, and ICU's strict parser builds a number parser anew for each numeric field it tries,
    /// ~190,000 instructions). Every pattern ends with a number, and ICU's number parser reads no ASCII letter but those of
    /// "NaN" (any case); every pattern without a month's name holds three numbers with a literal between each two, so a
    /// text of ASCII digits and punctuation, no letter, needs three runs of digits. `DateParsingTests` checks it against ICU.
    static func mayBeReadToItsEnd(_ normalised: String) -> Bool {
        let bytes = normalised.utf8
        guard let last = bytes.last else { return false }
        if (last | 0x20) &- 97 < 26 {
            return bytes.count >= 3 && bytes.suffix(3).map { $0 | 0x20 }.elementsEqual("nan".utf8)
        }
        var runs = 0
        var previousIsDigit = false
        for byte in bytes {
            if byte >= 0x80 || (byte | 0x20) &- 97 < 26 { return true }
            let isDigit = byte &- 48 < 10
            if isDigit && !previousIsDigit {
                runs += 1
                if runs == 3 { return true }
            }
            previousIsDigit = isDigit
        }
        return false
    }

    private static let monthPrefixes: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Whether `mayMatch(normalise(text))` can hold, read from the first word alone (speed: most header
    /// lines with a digit are not dates, and normalising a whole line costs more than ICU's first pattern).
    /// Normalising changes a word only at its end, so the first word's first three scalars are those the
    /// normalised text starts with, unless the word is a weekday, which normalising may drop.
    static func mayStart(_ text: String) -> Bool {
        let first: String
        if isPlainASCII(text) {
            guard let word = text.utf8.split(maxSplits: 1, whereSeparator: isASCIISpace).first else { return false }
            first = englishMonth(normalise(asciiWord: word))
        } else {
            guard let word = text.split(maxSplits: 1, whereSeparator: isSpace).first else { return false }
            first = englishMonth(normalise(word: String(word)))
        }
        return mayMatch(first) || isWeekday(first) || leadingArticles.contains(first)
            || isWeekdayAbbreviation(first) && hasDigit(text)
    }

    /// Whether `word` (a comma after it or not, its period dropped) is a weekday's abbreviation in German, French, Spanish,
    /// Italian or Portuguese (``foreignWeekdayAbbreviations``): "Di.,", "mar.", "mié.,", "sex.,".
    static func isWeekdayAbbreviation(_ word: String) -> Bool {
        var bytes = word.utf8.count
        if word.utf8.last == UInt8(ascii: ",") { bytes -= 1 }
        guard bytes >= 2, bytes <= 4, let first = word.utf8.first, (first | 0x20) &- 97 < 26 else { return false }
        return foreignWeekdayAbbreviations.contains(word.trimmingCharacters(in: ",.").lowercased())
    }

    /// Whether `word` is a month's name as normalised (English, or a foreign one made English by ``englishMonth(_:)``).
    static func isMonthName(_ word: String) -> Bool {
        guard let first = word.utf8.first, (first | 0x20) &- 97 < 26 else { return false }
        return mayMatch(word)
    }

    /// Weekday abbreviations of German, French, Spanish, Italian and Portuguese datelines, lower-cased and without their
    /// period (round 88): "Di., 7. März 2023", "mar. 7 mars 2023", "mié., 8 de marzo de 2023", "sex., 3 de junho de 2022".
    /// English's ("Tue.", "Thurs.") are the recogniser's (``Lexicon``). Dropped before the date only when a month's name
    /// follows: French "mar." is March's abbreviation too.
    static let foreignWeekdayAbbreviations: Set<String> = [
        "mo", "di", "mi", "do", "fr", "sa", "so",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
        "mié", "mie", "jue", "vie", "sáb", "sab", "dom",
        "gio",
        "seg", "ter", "qua", "qui", "sex",
    ]

    /// Drops a leading weekday, periods after words, doubled spaces; "Sept" → "Sep".
    static func normalise(_ text: String) -> String {
        var words = isPlainASCII(text)
            ? text.utf8.split(whereSeparator: isASCIISpace).map { englishMonth(normalise(asciiWord: $0)) }
            : text.split(whereSeparator: isSpace).map { englishMonth(normalise(word: String($0))) }
        // "Dienstag, den 7. März 2023": a weekday, then an article; an abbreviated weekday ("Di., 7. März 2023", "mar. 7 mars
        // 2023") only before a month's name, as "Mar 7 2023" is March's.
        if words.count > 2, let first = words.first,
           isWeekday(first) || isWeekdayAbbreviation(first) && words.dropFirst().contains(where: isMonthName) {
            words.removeFirst()
        }
        if words.count > 2, let first = words.first, leadingArticles.contains(first) { words.removeFirst() }
        // "7 de marzo de 2023": Spanish's "de" between the fields goes.
        if words.count > 3 { words.removeAll { $0 == "de" || $0 == "del" } }
        return words.joined(separator: " ")
    }

    /// The articles French, Spanish and German datelines write before the day ("Paris, le 7 mars 2023", "Madrid, el 7 de
    /// marzo de 2023", "am 7. März 2023"), dropped as a leading weekday is; capitalised too, opening the line ("Le 7 mars
    /// 2023", "El 7 de marzo de 2023", "Am 7. März 2023").
    /// German's "den" after a weekday ("Dienstag, den 7. März 2023", round 88).
    static let leadingArticles: Set<String> = ["le", "el", "am", "den", "Le", "El", "Am", "Den"]

    /// Month names and abbreviations of German, French, Spanish, Italian and Portuguese datelines, lower-cased and without
    /// their period, as the English abbreviation ICU's `MMM` reads ("7. März 2023", "7 mars 2023", "7 de marzo de 2023",
    /// "7 janv. 2023"; round 88: "7 marzo 2023", "14 dicembre 2021", "7 de março de 2023", "12 out 2021"). Names English
    /// writes alike ("April", "August", "Nov") are not listed, nor the Romance languages' "ago" (English "ago"). A table
    /// rather than ICU's own month names (`udat_getSymbols` of each locale, or a parser per locale): ChronicleICU wraps
    /// neither, a parser per language would multiply the ICU calls a header line costs (14 patterns each), the language
    /// of a header is not known before it is read, and ICU's data lacks forms headers write ("fevr" and "aout" without
    /// their accents, "Sept"); the table is one dictionary look-up per word, with no ICU call.
    static let foreignMonths: [String: String] = {
        let names: [(String, [String])] = [
            ("Jan", ["januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro"]),
            ("Feb", ["februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev"]),
            ("Mar", ["märz", "maerz", "mär", "mars", "marzo", "março"]),
            ("Apr", ["avril", "avr", "abril", "abr", "aprile"]),
            ("May", ["mai", "mayo", "maggio", "mag", "maio"]),
            ("Jun", ["juni", "juin", "junio", "giugno", "giu", "junho"]),
            ("Jul", ["juli", "juillet", "juil", "julio", "luglio", "lug", "julho"]),
            ("Aug", ["août", "aout", "agosto"]),
            ("Sep", ["septembre", "septiembre", "setiembre", "settembre", "sett", "set", "setembro"]),
            ("Oct", ["oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"]),
            ("Nov", ["novembre", "noviembre", "novembro"]),
            ("Dec", ["dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"]),
        ]
        var table: [String: String] = [:]
        for (english, words) in names { for word in words { table[word] = english } }
        return table
    }()

    /// The English abbreviation of a German, French or Spanish month's name (``foreignMonths``), or `word` itself; a
    /// day's number with the period German writes after it ("7.") without the period.
    static func englishMonth(_ word: String) -> String {
        guard let first = word.utf8.first, word.utf8.count <= 12 else { return word }
        if first &- 48 < 10 {
            let bytes = Array(word.utf8)
            guard bytes.count <= 3, bytes.last == UInt8(ascii: "."), bytes.dropLast().allSatisfy({ $0 &- 48 < 10 }) else { return word }
            return String(decoding: bytes.dropLast(), as: UTF8.self)
        }
        guard word.utf8.count >= 3, (first | 0x20) &- 97 < 26, let english = foreignMonth(word) else { return word }
        return word.hasSuffix(",") ? english + "," : english
    }

    /// The English abbreviation of a German, French, Spanish, Italian or Portuguese month's name written as `word`
    /// (``foreignMonths``): its letters in any case, with its periods and commas after it ("März", "févr.", "marzo,"), or
    /// `nil`. The one key normalisation for a date's words (``englishMonth(_:)``) and a place's line
    /// (``DatelineDetector/commaPlace(in:)``).
    static func foreignMonth(_ word: some StringProtocol) -> String? {
        var key = word.lowercased()
        while key.hasSuffix(".") || key.hasSuffix(",") { key.removeLast() }
        return foreignMonths[key]
    }

    /// Whether `text` is printable ASCII and tabs, the usual header line: there every scalar is a `Character` of its
    /// own (no CR LF pair), a space is a space or a tab and a letter is A–Z or a–z, so words are split and normalised
    /// on the bytes (``normalise(asciiWord:)``), with the same result as by `Character` and ~10 times fewer instructions.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 9 || (0x20...0x7E).contains($0) }
    }

    private static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{A0}"
    }

    /// One word without a period after it (unless short or not a word); "Sept" → "Sep".
    private static func normalise(word: String) -> String {
        var word = word
        if word.hasSuffix("."), word.count > 2, word.dropLast().allSatisfy(\.isLetter) { word.removeLast() }
        if word.hasSuffix(".,") { word = String(word.dropLast(2)) + "," }
        if word.lowercased().hasPrefix("sept") && (word.count == 4 || word.count == 5 && word.hasSuffix(",")) {
            word = "Sep" + word.dropFirst(4)
        }
        if word.unicodeScalars.allSatisfy(\.isASCII) { return normalise(asciiWord: Substring(word).utf8) }
        return word
    }

    /// ``normalise(word:)`` for a word of printable ASCII other than the space, on its bytes.
    private static func normalise(asciiWord word: Substring.UTF8View) -> String {
        func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
        var bytes = Array(word)
        // "07-Mar-2023" (round 104): a day, a month's name and a year joined by hyphens, read as with spaces.
        if bytes.count >= 10, bytes[0] &- 48 < 10, let dash = bytes.prefix(3).firstIndex(of: UInt8(ascii: "-")), dash > 0,
           bytes.count - 5 > dash + 3, bytes[bytes.count - 5] == UInt8(ascii: "-"),
           bytes[..<dash].allSatisfy({ $0 &- 48 < 10 }), bytes[(dash + 1)..<(bytes.count - 5)].allSatisfy(isLetter),
           bytes.suffix(4).allSatisfy({ $0 &- 48 < 10 }) {
            bytes[dash] = 32
            bytes[bytes.count - 5] = 32
        }
        if bytes.last == UInt8(ascii: "."), bytes.count > 2, bytes.dropLast().allSatisfy(isLetter) { bytes.removeLast() }
        if bytes.count >= 2, bytes[bytes.count - 2] == UInt8(ascii: "."), bytes[bytes.count - 1] == UInt8(ascii: ",") {
            bytes.remove(at: bytes.count - 2)
        }
        if bytes.count == 4 || bytes.count == 5 && bytes[4] == UInt8(ascii: ","),
           bytes[0] | 0x20 == UInt8(ascii: "s"), bytes[1] | 0x20 == UInt8(ascii: "e"), bytes[2] | 0x20 == UInt8(ascii: "p"),
           bytes[3] | 0x20 == UInt8(ascii: "t") {
            bytes.replaceSubrange(0..<4, with: "Sep".utf8)
        }
        // "7th", "21st,", "2nd": a day's ordinal suffix goes ("7th March 2023", "March 7th, 2023"); and French's first,
        // "1er" ("1er mars 2023", round 147: the one day French writes as an ordinal).
        let comma = bytes.last == UInt8(ascii: ",") ? 1 : 0
        let digits = bytes.prefix { $0 &- 48 < 10 }.count
        if digits >= 1, digits <= 2, bytes.count - comma == digits + 2 {
            let suffix = UInt16(bytes[digits] | 0x20) << 8 | UInt16(bytes[digits + 1] | 0x20)
            if Self.ordinalSuffixes.contains(suffix) || suffix == Self.frenchFirst && digits == 1 && bytes[0] == UInt8(ascii: "1") {
                bytes.removeSubrange(digits..<(digits + 2))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// French's "er" of "1er" as its two lower-case bytes (only after a 1: not "2er").
    private static let frenchFirst = UInt16(UInt8(ascii: "e")) << 8 | UInt16(UInt8(ascii: "r"))

    /// A day's ordinal suffixes, "st", "nd", "rd", "th", each as its two lower-case bytes.
    private static let ordinalSuffixes: Set<UInt16> = Set(["st", "nd", "rd", "th"].map { suffix in
        let bytes = Array(suffix.utf8)
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    })

    /// Whether `word` (a comma after it or not) is a weekday's name, in English (``Lexicon``) or in German, French,
    /// Spanish, Italian or Portuguese (``foreignWeekdays``).
    static func isWeekday(_ word: String) -> Bool {
        let bare = word.trimmingCharacters(in: ",")
        if Lexicon.info(for: bare).weekday != 0 { return true }
        guard let first = bare.utf8.first, (first | 0x20) &- 97 < 26, bare.utf8.count >= 5, bare.utf8.count <= 13 else { return false }
        return foreignWeekdays.contains(bare.lowercased())
    }

    /// Weekday names of German, French, Spanish, Italian and Portuguese datelines, lower-cased ("Dienstag, 7. März 2023",
    /// "mardi 7 mars 2023", "martes, 7 de marzo de 2023"; round 88: "martedì 7 marzo 2023", "terça-feira, 7 de março de
    /// 2023"): dropped before the date as an English weekday is (round 76).
    static let foreignWeekdays: Set<String> = [
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi",
        "sabato", "domenica",
        "segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira", "sexta-feira",
        "segunda", "terça", "quarta", "quinta", "sexta",
    ]
}

extension String {
    /// The string without the given scalars at either end.
    func trimmingCharacters(in set: String) -> String {
        let scalars = unicodeScalars
        let trimmed = set.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trimmed.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start, trimmed.contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
