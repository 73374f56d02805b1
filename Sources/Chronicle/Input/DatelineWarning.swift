/// Something a reader should know about a dateline that was read all the same (round 119): the header names a month
/// but no day ("March 2023"), or a weekday that is not its date's ("Monday, March 8, 2023": March 8, 2023 is a
/// Wednesday). The date is kept as written (the first of the month for a month alone); the warning says what was
/// doubtful, in ``Dateline/warnings``, the JSON output's `dateline.warnings` and one line each on the CLI's standard error.
///
/// ```swift
/// let article = try Article(text: "March 2023\n\nThe ministry said on Friday that prices rose.")
/// article.dateline.warnings.map(\.kind)   // [.monthOnly]
/// ```
public struct DatelineWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What was doubtful about the dateline.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The date names a month and a year but no day ("March 2023", "Published: Mar 2023", a given `2023-03`): the
        /// dateline is the month's first day with ``Dateline/precision`` ``Dateline/Precision/month`` (round 124), and
        /// expressions whose value depends on the day ("on Friday", "yesterday") are left unresolved.
        case monthOnly
        /// The date is written with a weekday that is not its own ("Monday, March 8, 2023", "Fri, 07 Mar 2023 14:02:11
        /// +0000"): the date is kept, the weekday left aside.
        case weekdayMismatch
    }

    /// What was doubtful.
    public var kind: Kind
    /// One line for people, naming the date as written and what was assumed.
    public var message: String

    /// Creates a warning.
    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// The warnings a dateline's text `written` gives for its `date`: a month alone (the first of the month, and the
    /// year the only number written), a weekday before or after the date that is not its own. Read on the line's bytes,
    /// one look-up per word that may be a weekday; most lines need no more than their digits counted.
    static func warnings(for written: String, date: CalendarDate) -> [DatelineWarning] {
        var text = written
        return text.withUTF8 { bytes -> [DatelineWarning] in
            var warnings: [DatelineWarning] = []
            // A month alone: one run of digits, the year's four ("March 2023"), the day read as the first.
            if date.day == 1 {
                var runs = 0, run = 0, longest = 0
                for byte in bytes {
                    if byte &- 48 < 10 { run += 1; continue }
                    if run > 0 { runs += 1; longest = max(longest, run) }
                    run = 0
                }
                if run > 0 { runs += 1; longest = max(longest, run) }
                // ISO's "2023-03" (a given dateline, round 124) too.
                if runs == 1 && longest == 4 || runs == 2 && bytes.count == 7 && Dateline.isoMonth(written) != nil {
                    warnings.append(DatelineWarning(kind: .monthOnly, message: "the dateline \"\(written)\" names a month, not a day; "
                        + "the dates that need the day (\"yesterday\", \"on Friday\") are left unresolved and out of the timeline: "
                        + "give the article's date explicitly to place them"))
                }
            }
            if let (weekday, name) = writtenWeekday(in: bytes), weekday != Self.weekday(of: date) {
                warnings.append(DatelineWarning(kind: .weekdayMismatch, message: "the dateline \"\(written)\" says \(name), but \(date) "
                    + "is a \(englishWeekdays[Self.weekday(of: date) - 1]); the date is kept"))
            }
            return warnings
        }
    }

    /// The weekday (1 Monday … 7 Sunday) written next to the date in `bytes`, and the word as written: a word of
    /// ``weekdays`` followed by a number, a month's name or an article ("Dienstag, den 7. März 2023"), or after a
    /// four-digit year (LexisNexis' "October 24, 2013 Thursday"), and not after "the": "The Sun, March 7, 2023" and
    /// "Sun | March 7, 2023" name a paper.
    private static func writtenWeekday(in bytes: UnsafeBufferPointer<UInt8>) -> (Int, String)? {
        func isSeparator(_ byte: UInt8) -> Bool {
            byte == 32 || byte == 9 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
        }
        var start = 0
        var previousWasYear = false, previousWasThe = false
        while start < bytes.count {
            while start < bytes.count, isSeparator(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, !isSeparator(bytes[end]) { end += 1 }
            guard end > start else { break }
            var wordEnd = end
            if bytes[wordEnd - 1] == UInt8(ascii: ".") { wordEnd -= 1 }
            let length = wordEnd - start
            let isYear = length == 4 && bytes[start..<wordEnd].allSatisfy { $0 &- 48 < 10 }
            // A weekday's name is 3 to 13 bytes of letters (and "-feira"), its first a letter.
            if !previousWasThe, (3...13).contains(length), (bytes[start] | 0x20) &- 97 < 26, let weekday = weekdays[key(bytes[start..<wordEnd])] {
                var next = end
                while next < bytes.count, isSeparator(bytes[next]) { next += 1 }
                var nextEnd = next
                while nextEnd < bytes.count, !isSeparator(bytes[nextEnd]) { nextEnd += 1 }
                let following = String(decoding: bytes[next..<nextEnd], as: UTF8.self)
                let abbreviation = length <= 4 && weekday.abbreviated
                // An English abbreviation is capitalised ("Sun", "SUN"; not a word "sun" or "sat").
                if (!abbreviation || bytes[start] &- 65 < 26)
                    && (previousWasYear || next < nextEnd && (bytes[next] &- 48 < 10 || weekdayArticles.contains(following.lowercased())
                        || isMonthName(following))) {
                    return (weekday.number, String(decoding: bytes[start..<wordEnd], as: UTF8.self))
                }
            }
            previousWasYear = isYear
            previousWasThe = length == 3 && bytes[start] | 0x20 == UInt8(ascii: "t") && bytes[start + 1] | 0x20 == UInt8(ascii: "h")
                && bytes[start + 2] | 0x20 == UInt8(ascii: "e")
            start = end
        }
        return nil
    }

    /// Whether `word` is a month's name, English or foreign, abbreviated or not ("March", "Mar.", "März", "marzo").
    private static func isMonthName(_ word: String) -> Bool {
        var name = word.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        return DateParsing.foreignMonth(name) != nil || Lexicon.months.contains { $0.0 == name }
    }

    /// The articles written between a weekday and its day: German's "den", French "le", Spanish "el", Italian "il".
    private static let weekdayArticles: Set<String> = ["den", "le", "el", "il"]

    /// A word's look-up key: its first seven bytes, ASCII letters lower-cased, and its length in the eighth.
    private static func key(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        var key = UInt64(word.count) << 56
        var shift: UInt64 = 0
        for byte in word.prefix(7) {
            key |= UInt64(byte &- 65 < 26 ? byte | 0x20 : byte) << shift
            shift += 8
        }
        return key
    }

    /// The weekday (1 Monday … 7 Sunday) of `date`, in the proleptic Gregorian calendar.
    static func weekday(of date: CalendarDate) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = date.month < 3 ? date.year - 1 : date.year
        let sunday0 = (year + year / 4 - year / 100 + year / 400 + offsets[date.month - 1] + date.day) % 7
        return sunday0 == 0 ? 7 : sunday0
    }

    private static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Weekday names by ``key(_:)``: English in full and abbreviated, German, French, Spanish, Italian and Portuguese in
    /// full and abbreviated as their datelines write them (``DateParsing/foreignWeekdayAbbreviations``); `abbreviated`
    /// for a short English form, which must be capitalised to count. Two-letter German forms ("Di.", "Do.", "So.") and
    /// "mar." (French, Spanish and Italian Tuesday) are left out: "so", "do" and "Mar" are other words in a header.
    private static let weekdays: [UInt64: (number: Int, abbreviated: Bool)] = {
        let names: [[String]] = [
            ["monday", "montag", "lundi", "lunes", "lunedì", "segunda-feira", "lun", "seg"],
            ["tuesday", "dienstag", "mardi", "martes", "martedì", "terça-feira", "ter"],
            ["wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "quarta-feira", "mer", "mié", "qua"],
            ["thursday", "donnerstag", "jeudi", "jueves", "giovedì", "quinta-feira", "jeu", "jue", "gio", "qui"],
            ["friday", "freitag", "vendredi", "viernes", "venerdì", "sexta-feira", "ven", "vie", "sex"],
            ["saturday", "samstag", "sonnabend", "samedi", "sábado", "sabato", "sam", "sáb", "sab"],
            ["sunday", "sonntag", "dimanche", "domingo", "domenica", "dim", "dom"],
        ]
        let english = [["mon"], ["tue", "tues"], ["wed"], ["thu", "thur", "thurs"], ["fri"], ["sat"], ["sun"]]
        var table: [UInt64: (number: Int, abbreviated: Bool)] = [:]
        for (index, words) in names.enumerated() {
            for word in words {
                var word = word
                word.withUTF8 { table[key($0[...])] = (index + 1, false) }
            }
            for word in english[index] {
                var word = word
                word.withUTF8 { table[key($0[...])] = (index + 1, true) }
            }
        }
        return table
    }()
}
