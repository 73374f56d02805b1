/// A date in an article's header that has the form of a dateline but names no real day: "Feb 30, 2023",
/// "March 32, 2024", "2023-02-30", "31 June 2013", "2013-13-01". ``DatelineDetector`` reads none of them (ICU parses
/// strictly), so the header would otherwise be reported as having no dateline at all; the error says which date is
/// wrong and why instead. Read only on that error's path, never for an article whose dateline is found.
enum ImpossibleHeaderDate {
    /// The first impossible date in the header's lines and why it is impossible ("February 2023 has no day 30").
    static func find(in text: String) -> (written: String, reason: String)? {
        var nonEmpty = 0
        for line in text.unicodeScalars.prefix(8_000).split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{FEFF}" })
            guard !words.isEmpty else { continue }
            nonEmpty += 1
            if nonEmpty > DatelineDetector.headerLines { break }
            // Header lines are short; a long line is the body's.
            guard line.count <= 120 else { continue }
            if let found = impossible(in: words.map { String(String.UnicodeScalarView($0)) }) { return found }
        }
        return nil
    }

    /// An impossible "Month D, YYYY", "D Month YYYY" or "YYYY-MM-DD" among a line's words, as written.
    private static func impossible(in written: [String]) -> (written: String, reason: String)? {
        // "30 de fevereiro de 2023": the Spanish and Portuguese "de" between the fields is passed over.
        let kept = written.indices.filter { written[$0] != "de" && written[$0] != "del" }
        let words = kept.map { written[$0].filter { $0 != "," } }
        func shown(_ range: ClosedRange<Int>) -> String {
            var text = written[kept[range.lowerBound]...kept[range.upperBound]].joined(separator: " ")
            if text.hasSuffix(",") { text.removeLast() }
            return text
        }
        for (index, word) in words.enumerated() {
            // "3/7/23", "7.3.23" (round 104): a numeric date with a two-digit year, which the dateline never guesses.
            let numbers = word.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
            if numbers.count == 3, word.contains("/") != word.contains("."), numbers[2].utf8.count == 2,
               numbers.allSatisfy({ (1...2).contains($0.utf8.count) && $0.utf8.allSatisfy { $0 &- 48 < 10 } }),
               let first = Int(numbers[0]), let second = Int(numbers[1]), (1...31).contains(first), (1...31).contains(second),
               first <= 12 || second <= 12 {
                return (shown(index...index), "its year has two digits, which is never guessed")
            }
            // "2023-02-30", "2013-13-01"
            let parts = word.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2,
               let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
               let reason = reason(year: year, month: month, day: day) {
                return (shown(index...index), reason)
            }
            guard index + 2 < words.count, let year = fourDigitYear(words[index + 2]) else { continue }
            // "Feb 30 2023", "March 32, 2024"; "30 February 2023"
            if let month = month(named: word), let day = dayNumber(words[index + 1]),
               let reason = reason(year: year, month: month, day: day) {
                return (shown(index...(index + 2)), reason)
            }
            if let day = dayNumber(word), let month = month(named: words[index + 1]),
               let reason = reason(year: year, month: month, day: day) {
                return (shown(index...(index + 2)), reason)
            }
        }
        return nil
    }

    /// Why the day does not exist, or `nil` when it does.
    private static func reason(year: Int, month: Int, day: Int) -> String? {
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        guard !CalendarDate(year: year, month: month, day: day).isValid else { return nil }
        return "\(MonthNames.english[month]) \(year) has no day \(day)"
    }

    private static func fourDigitYear(_ word: String) -> Int? {
        word.utf8.count == 4 && word.utf8.allSatisfy({ $0 &- 48 < 10 }) ? Int(word) : nil
    }

    /// A day written with one or two digits, "30", "30th" or German's "30.".
    private static func dayNumber(_ word: String) -> Int? {
        var digits = Substring(word)
        if digits.hasSuffix(".") { digits = digits.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) { digits = digits.dropLast(2) }
        guard (1...2).contains(digits.utf8.count), digits.utf8.allSatisfy({ $0 &- 48 < 10 }) else { return nil }
        return Int(digits)
    }

    /// A month's number from its English name or abbreviation ("February", "Feb", "Feb.", "Sept."): the recogniser's
    /// month names (``Lexicon/months``); a German, French, Spanish, Italian or Portuguese one through the dateline's
    /// table (``DateParsing/foreignMonths``: "Februar", "février", "febbraio", "fevereiro"; round 88).
    private static func month(named word: String) -> Int? {
        var name = word.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if let english = DateParsing.foreignMonth(name) { name = english.lowercased() }
        return Lexicon.months.first { $0.0 == name }.map { Int($0.1) }
    }
}
