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
        /// The date is written in numbers with slashes and either order reads a day ("01/12/2026": January 12 or
        /// 1 December): it is read month first, as US copy writes it (round 158); the message names both days.
        case ambiguousOrder
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
            // A month alone: the day read as the first, and no day written (``writesFirstDay(_:month:)``).
            if date.day == 1, !writesFirstDay(bytes, month: date.month) {
                warnings.append(DatelineWarning(kind: .monthOnly, message: "the dateline \"\(written)\" names a month, not a day; "
                    + "the dates that need the day (\"yesterday\", \"on Friday\") are left unresolved and out of the timeline: "
                    + "give the article's date explicitly to place them"))
            }
            if let (weekday, name) = writtenWeekday(in: bytes), weekday != Self.weekday(of: date) {
                warnings.append(DatelineWarning(kind: .weekdayMismatch, message: "the dateline \"\(written)\" says \(name), but \(date) "
                    + "is a \(englishWeekdays[Self.weekday(of: date) - 1]); the date is kept"))
            }
            if let (first, second) = slashedNumbers(bytes), first != second, first <= 12, second <= 12 {
                let other = CalendarDate(year: date.year, month: first, day: second) == date
                    ? CalendarDate(year: date.year, month: second, day: first) : nil
                if let other, other.isValid {
                    warnings.append(DatelineWarning(kind: .ambiguousOrder, message: "the dateline \"\(written)\" may be \(date) "
                        + "(month first, as US copy writes it, the reading kept) or \(other) (day first); give the date as "
                        + "\(other) if it is that day"))
                }
            }
            return warnings
        }
    }

    /// The two numbers before the year of a date written with slashes ("01/12/2026", "1/12/2026": one or two digits each,
    /// then four), or `nil`: a line without such a date is read to its end once, a slash looked for.
    private static func slashedNumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        func run(from start: Int, forward: Bool) -> (value: Int, length: Int) {
            var value = 0, length = 0, index = start
            if forward {
                while index < bytes.count, bytes[index] &- 48 < 10 { value = value &* 10 &+ Int(bytes[index] &- 48); length += 1; index += 1 }
            } else {
                var scale = 1
                while index >= 0, bytes[index] &- 48 < 10 { value &+= Int(bytes[index] &- 48) &* scale; scale &*= 10; length += 1; index -= 1 }
            }
            return (value, length)
        }
        let first = run(from: slash - 1, forward: false)
        let second = run(from: slash + 1, forward: true)
        let yearStart = slash + 1 + second.length + 1
        guard (1...2).contains(first.length), (1...2).contains(second.length), yearStart - 1 < bytes.count,
              bytes[yearStart - 1] == UInt8(ascii: "/"), run(from: yearStart, forward: true).length == 4 else { return nil }
        return (first.value, second.value)
    }

    /// Whether a line whose date is a month's first day writes that day (round 134): a number 1 ("March 1, 2023",
    /// "2023-03-01", "1er mars 2023"), two of them in January written without its name ("2023-01-01"; "2023-01" is the
    /// month), or a run of six digits or more (a compact stamp, "20230301"). The numbers of a clock time (next to a
    /// colon) are not the day: "Updated 5:31 AM EST, March 2023", "Page 2 | March 2023" and ISO's month "2023-03" write
    /// no day (round 119 counted every run of digits: a month after other digits went without a warning).
    private static func writesFirstDay(_ bytes: UnsafeBufferPointer<UInt8>, month: Int) -> Bool {
        var ones = 0, index = 0
        while index < bytes.count {
            guard bytes[index] &- 48 < 10 else { index += 1; continue }
            let start = index
            var value = 0
            while index < bytes.count, bytes[index] &- 48 < 10 { value = value &* 10 &+ Int(bytes[index] &- 48); index += 1 }
            if index - start >= 6 { return true }
            let clock = start > 0 && bytes[start - 1] == UInt8(ascii: ":") || index < bytes.count && bytes[index] == UInt8(ascii: ":")
            if !clock, index - start <= 2, value == 1, !isCountBeforeMonth(bytes, after: index) { ones += 1 }
        }
        guard ones == 1, month == 1 else { return ones > 0 }
        // January's 1 alone: the day when the month is written as a name ("January 1, 2023"), the month's number otherwise.
        return namesMonth(bytes, from: 0)
    }

    /// Whether a word of `bytes` from `index` on is a month's name.
    private static func namesMonth(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
        var start = index
        while start < bytes.count {
            while start < bytes.count, !isLetter(bytes[start]) { start += 1 }
            var end = start
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            if end > start, isMonthName(String(decoding: bytes[start..<end], as: UTF8.self)) { return true }
            start = end
        }
        return false
    }

    /// Whether the number that ends at `index` is no day though it is a 1 (round 147): a clock's hour, a unit word after it
    /// ("1 PM, March 2023", "Updated 1 p.m., March 2023", "1pm"), or a page's or an issue's number, a field separator after
    /// it and the month named later ("Page 1 | March 2023", "Issue 1 • March 2023", "No. 1, March 2023"). A day is
    /// followed by its month ("1 March 2023") or comes after it ("March 1, 2023": no month after the comma).
    private static func isCountBeforeMonth(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Bool {
        var next = index
        while next < bytes.count, bytes[next] == 32 { next += 1 }
        guard next < bytes.count else { return false }
        let byte = bytes[next]
        // "|", ",", "·" (C2 B7), "•" (E2 80 A2), "–" and "—" (E2 80 93/94): a field ends here; the day is not before it
        // unless the month is named after it.
        // A hyphen between spaces too (round 158: "1 - March 2023"; "1-Dec-2026" is a day).
        let separator = byte == UInt8(ascii: "|") || byte == UInt8(ascii: ",")
            || byte == UInt8(ascii: "-") && next > index && next + 1 < bytes.count && bytes[next + 1] == 32
            || byte == 0xC2 && next + 1 < bytes.count && bytes[next + 1] == 0xB7
            || byte == 0xE2 && next + 2 < bytes.count && bytes[next + 1] == 0x80 && [0x93, 0x94, 0xA2].contains(bytes[next + 2])
        if separator { return namesMonth(bytes, from: next + 1) }
        // A clock's unit word: "PM", "pm", "a.m.", "h" (letters and dots up to a space or a separator).
        var key = 0, length = 0, end = next
        while end < bytes.count, isLetter(bytes[end]) || bytes[end] == UInt8(ascii: ".") {
            if bytes[end] != UInt8(ascii: ".") { key = key &* 128 &+ Int(bytes[end] | 0x20); length += 1 }
            end += 1
        }
        guard (1...2).contains(length) else { return false }
        return clockUnits.contains(key)
    }

    /// A clock's unit words, lower-cased without their dots, as ``isCountBeforeMonth(_:after:)`` keys them: "am", "pm", "h".
    private static let clockUnits: Set<Int> = [97 * 128 + 109, 112 * 128 + 109, 104]

    /// Whether a byte may be part of a word: an ASCII letter or a byte of a multi-byte scalar ("März").
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 97 < 26 || byte >= 0x80 }

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
