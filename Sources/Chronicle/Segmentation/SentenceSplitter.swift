internal import ChronicleICU

/// Finds sentence boundaries with ICU (`en_US@ss=standard`, so "Mr. Xi" does not end a sentence).
///
/// Blank lines also end a sentence: headlines, bylines and paragraphs without final punctuation
/// must not run into the next paragraph.
enum SentenceSplitter {
    private static let pool = ResourcePool<ICUSentenceBreaker> { try ICUSentenceBreaker() }

    /// The scalar offset at which each sentence ends, ascending; the last one is `scalars.count`. `skippingPlainRuns`:
    /// ICU reads the text with the middles of long plain runs cut out, the same ends for less reading
    /// (``ICUSentenceBreaker/sentenceEnds(utf16:skippingPlainRuns:)``); `false` for the tests that compare.
    static func sentenceEnds(_ scalars: [Unicode.Scalar], skippingPlainRuns: Bool = true) throws(ChronicleError) -> [Int] {
        let utf16 = utf16(of: scalars)
        let ends16: [Int]
        do {
            ends16 = try pool.borrow { breaker in
                try utf16.withUnsafeBufferPointer { try breaker.sentenceEnds(utf16: $0, skippingPlainRuns: skippingPlainRuns) }
            }
        } catch let error as ICUError {
            throw ChronicleError(.icu, error.description)
        } catch {
            throw ChronicleError(.icu, "\(error)")
        }
        // ICU's ends as scalar offsets (the same numbers when every scalar is one UTF-16 unit), with breaks
        // at blank lines: a sentence at a time, so the per-scalar loop only looks for blank lines.
        let oneUnitEach = utf16.count == scalars.count
        let icuEnds = oneUnitEach ? ends16 : scalarOffsets(ofUTF16: ends16, in: scalars)
        // The blank-line scan reads 16-bit units, four to a word: the UTF-16 copy when every scalar is one unit (the
        // usual case), else the scalars clamped to 16 bits (to the scan, a scalar above the space is text, clamped or not).
        let units = oneUnitEach ? utf16 : scalars.map { UInt16(truncatingIfNeeded: min($0.value, 0xFFFF)) }
        var breaks = BlankLineBreaks()
        breaks.ends.reserveCapacity(icuEnds.count + 8)
        units.withUnsafeBufferPointer { units in
            var position = 0
            for end in icuEnds {
                breaks.scan(units, position..<end)
                if breaks.ends.last.map({ $0 < end }) ?? true { breaks.ends.append(end) }
                breaks.sawTextSinceBreak = false
                position = end
            }
            breaks.scan(units, position..<units.count)
        }
        var ends = breaks.ends
        if ends.last != scalars.count { ends.append(scalars.count) }
        return placeAbbreviationsJoined(ends, scalars)
    }

    /// The ends with a break after a word of capitals and its period before a capitalised word, which ICU's rule for
    /// initials ("J. Smith": an uppercase letter, a period, an uppercase letter) never breaks: a time zone ("at 1:28
    /// p.m. EST. Maven is due …", "5 p.m. GMT. Shares rose"), an acronym ("the IMF. The fund"), a Roman numeral. Not
    /// before a word of capitals ("ST. LOUIS (AP) —", a dateline in capitals), nor after one letter ("U.S.", "J.").
    static func withCapitalsBreaks(_ ends: [Int], tokens: [Token]) -> [Int] {
        var added: [Int] = []
        tokens.withUnsafeBufferPointer { tokens in
            var index = 1
            while index + 1 < tokens.count {
                // (One comparison for most tokens: the period's scalar is the punctuation token's number.)
                if tokens[index].number == 46, tokens[index].kind == .punctuation, !tokens[index].spaceBefore,
                   tokens[index - 1].flags.contains(.allCaps), tokens[index - 1].kind == .word, tokens[index - 1].length >= 2,
                   tokens[index + 1].kind == .word, tokens[index + 1].spaceBefore, tokens[index + 1].flags.contains(.capitalized),
                   !tokens[index + 1].flags.contains(.allCaps) || tokens[index + 1].length == 1 {
                    added.append(Int(tokens[index + 1].start))
                }
                index += 1
            }
        }
        guard !added.isEmpty else { return ends }
        var merged = ends
        for end in added {
            // ICU's own end there: nothing to add.
            let slot = merged.partitionPoint(where: { $0 >= end })
            if slot < merged.count, merged[slot] == end { continue }
            merged.insert(end, at: slot)
        }
        return merged
    }

    /// Abbreviations of a place name's first word that ICU's English exceptions lack ("St.", "Ste.", "Ft."),
    /// lowercased without their period.
    private static let placeAbbreviations: [[Unicode.Scalar]] = [["s", "t"], ["s", "t", "e"], ["f", "t"]]

    /// The ends without ICU's breaks after "St.", "Ste." or "Ft." that open a place's name: a capitalised word
    /// follows, and the abbreviation opens its sentence or follows a lowercase word ("at St. Paul's Cathedral",
    /// "to Ft. Worth"). After a capitalised word the abbreviation closes a street's name and may end the
    /// sentence ("on Main St. The rally …").
    private static func placeAbbreviationsJoined(_ ends: [Int], _ scalars: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(ends.count)
        var start = 0
        for (number, end) in ends.enumerated() {
            // Initials and abbreviations that go on a name: a place's ("St. Paul"), a name's initials ("H.J. Heinz"), a
            // dotted initialism before a name ("the U.S. Senate").
            // (Every rule below needs a period at the end: one look at the last scalar before the end's spaces first.)
            var lastScalar = end - 1
            while lastScalar > start && isWhitespace(scalars[lastScalar]) { lastScalar -= 1 }
            if number + 1 < ends.count, lastScalar > start, scalars[lastScalar] == ".",
               opensPlaceName(before: end, sentenceStart: start, scalars)
                || initialsGoOn(before: end, sentenceStart: start, scalars)
                || frontedClockTime(before: end, sentenceStart: start, scalars)
                || clockBeforeDay(before: end, sentenceStart: start, scalars) { continue }
            result.append(end)
            start = end
        }
        return result
    }

    /// Whether the sentence that ends at `end` ends with a place abbreviation that opens a name going on
    /// after `end`.
    /// (Unicode property look-ups cost ~300 instructions each: ASCII is tested first, and the word before the period is
    /// read only as far as the longest abbreviation, since a longer one or one with letters beyond ASCII matches none.)
    private static func opensPlaceName(before end: Int, sentenceStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var last = end - 1
        while last > sentenceStart && isWhitespace(scalars[last]) { last -= 1 }
        guard last > sentenceStart, scalars[last] == "." else { return false }
        var wordStart = last
        while wordStart > sentenceStart, last - wordStart <= 3, isASCIILetter(scalars[wordStart - 1]) { wordStart -= 1 }
        if wordStart > sentenceStart, isAlphabetic(scalars[wordStart - 1]) { return false }
        // The word holds ASCII letters only: lowercased by setting one bit.
        let word = scalars[wordStart..<last]
        guard let first = word.first, isUppercase(first),
              placeAbbreviations.contains(where: { $0.elementsEqual(word.lazy.map { Unicode.Scalar(UInt8($0.value | 0x20)) }) })
        else { return false }
        // The next word is capitalised.
        var next = end
        while next < scalars.count && isWhitespace(scalars[next]) { next += 1 }
        guard next < scalars.count, isUppercase(scalars[next]) else { return false }
        // The word before opens with a lowercase letter, or there is none.
        var previous = wordStart - 1
        while previous >= sentenceStart && isWhitespace(scalars[previous]) { previous -= 1 }
        guard previous >= sentenceStart else { return true }
        var previousStart = previous
        while previousStart > sentenceStart && !isWhitespace(scalars[previousStart - 1]) { previousStart -= 1 }
        return scalars[previousStart].properties.isLowercase
    }

    /// Initials that may end a sentence: a country's, a state's or a city's abbreviation, an era, a clock's ("moved to
    /// the U.S. In 2012, …", "in Washington, D.C. On Friday, …"), as their letters packed by ``initialsCode``.
    private static let sentenceFinalInitials: Set<UInt32> = Set(["US", "UK", "UN", "EU", "DC", "LA", "NY", "NJ", "NC", "SC",
                                                                 "ND", "SD", "NH", "NM", "RI", "BC", "AD", "AM", "PM", "USA",
                                                                 "UAE", "USSR"].map(initialsCode))

    /// The capital letters of `initials` packed into one number, a byte each.
    private static func initialsCode(_ initials: String) -> UInt32 {
        initials.unicodeScalars.reduce(0) { $0 << 8 | $1.value }
    }

    /// Capitalised words that open a sentence rather than go on a name, lowercased: after them a dotted initialism's
    /// period ends its sentence ("sold in the U.S. The company said …", "… in the U.K. He …").
    private static let sentenceOpeners = KeySet(words: [
        "a", "after", "all", "also", "an", "and", "as", "at", "before", "both", "but", "by", "despite", "during",
        "earlier", "each", "for", "from", "he", "her", "his", "however", "i", "if", "in", "it", "its", "last", "later",
        "many", "meanwhile", "more", "most", "my", "no", "not", "now", "on", "one", "only", "or", "other", "our", "she",
        "since", "so", "some", "still", "such", "that", "the", "their", "there", "these", "they", "this", "those", "to",
        "under", "we", "what", "when", "where", "while", "with", "yet", "you",
        // Plural subjects that open a wire's next sentence and name no institution: "… in the U.S. Officials said …".
        "analysts", "authorities", "critics", "economists", "experts", "investors", "officials", "others", "people",
        "prices", "researchers", "sales", "scientists", "several", "shares", "then", "today", "yesterday",
    ])

    /// Whether the sentence that ends at `end` ends with dotted initials that a capitalised word goes on after, where ICU
    /// breaks after their period: two to four initials of a name, none that may end a sentence
    /// (``sentenceFinalInitials``), after a space ("buy H.J. Heinz Co", "shares of J.P. Morgan"; "Ph.D." and "p.m." are
    /// no initials); or any initialism before a word of its paragraph that is no sentence opener (``sentenceOpeners``):
    /// "the U.S. Senate approved …", "won the U.S. Open in September", "U.N. Security Council".
    private static func initialsGoOn(before end: Int, sentenceStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var last = end - 1
        while last > sentenceStart && isWhitespace(scalars[last]) { last -= 1 }
        // Read back "X." pairs: "H.J." is "J." then "H."; the first four letters packed as ``initialsCode`` packs them.
        var cursor = last, count = 0, code: UInt32 = 0
        while cursor - 1 >= sentenceStart, scalars[cursor] == ".", isASCIICapital(scalars[cursor - 1]) {
            if count < 4 { code |= scalars[cursor - 1].value << (8 * UInt32(count)) }
            count += 1
            cursor -= 2
        }
        if count == 1 { return middleInitialGoesOn(initial: cursor + 1, last: last, sentenceStart: sentenceStart, scalars) }
        guard count >= 2 else { return false }
        // The next word, capitalised.
        var next = last + 1
        var newlines = 0
        while next < scalars.count && isWhitespace(scalars[next]) {
            if scalars[next] == "\n" { newlines += 1 }
            next += 1
        }
        guard next < scalars.count, isASCIICapital(scalars[next]) else { return false }
        let opensText = cursor < sentenceStart
        if count <= 4, opensText || isWhitespace(scalars[cursor]), !sentenceFinalInitials.contains(code) { return true }
        guard newlines < 2,
              opensText || !(scalars[cursor].properties.isAlphabetic || scalars[cursor].properties.numericType != nil) else { return false }
        var wordEnd = next
        while wordEnd < scalars.count && isASCIILetter(scalars[wordEnd]) { wordEnd += 1 }
        return !sentenceOpeners.contains(Lexicon.key(scalars[next..<wordEnd]))
    }

    /// Whether the one initial at `initial` (its period at `last`) is a name's middle initial: after a capitalised word
    /// of lowercase letters (a first name: "George W. Bush", "Jacob J. Lew", "Actor Michael J. Fox") and before a
    /// capitalised word of its paragraph that is no sentence opener (``sentenceOpeners``: "under Plan B. The company …").
    private static func middleInitialGoesOn(initial: Int, last: Int, sentenceStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        // The first name: a space, then lowercase ASCII letters back to a capital.
        guard initial - 3 > sentenceStart, scalars[initial - 1] == " " else { return false }
        var cursor = initial - 2, letters = 0
        while cursor > sentenceStart, isASCIILetter(scalars[cursor]), !isASCIICapital(scalars[cursor]) { cursor -= 1; letters += 1 }
        guard letters >= 1, isASCIICapital(scalars[cursor]),
              cursor == sentenceStart || isWhitespace(scalars[cursor - 1]) else { return false }
        // The surname: a capital after one space, in the same paragraph, no sentence opener.
        let next = last + 2
        guard next < scalars.count, scalars[last + 1] == " ", isASCIICapital(scalars[next]) else { return false }
        var wordEnd = next + 1
        while wordEnd < scalars.count && isASCIILetter(scalars[wordEnd]) { wordEnd += 1 }
        guard wordEnd - next >= 2, !isASCIICapital(scalars[next + 1]) else { return false }
        return !sentenceOpeners.contains(Lexicon.key(scalars[next..<wordEnd]))
    }

    /// Prepositions that open a time fronted before its clause ("At 7 p.m. Bersani told reporters …"), lowercased.
    private static let frontingPrepositions: [[Unicode.Scalar]] = ["at", "by", "until", "around", "about", "shortly",
                                                                   "just", "before", "after"].map { Array($0.unicodeScalars) }

    /// Whether the sentence that ends at `end` is only a preposition and a clock time ending in "a.m." or "p.m.", which
    /// ICU breaks after before a capitalised word: a time fronted before its clause ("At 7 p.m. Bersani told reporters",
    /// "Shortly after 9 a.m. Hassan arrived"), no sentence of its own.
    private static func frontedClockTime(before end: Int, sentenceStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var last = end - 1
        while last > sentenceStart && isWhitespace(scalars[last]) { last -= 1 }
        guard last - sentenceStart <= 24, last - 3 > sentenceStart, scalars[last] == ".", scalars[last - 1] == "m" || scalars[last - 1] == "M",
              scalars[last - 2] == ".", scalars[last - 3] == "a" || scalars[last - 3] == "p" || scalars[last - 3] == "A" || scalars[last - 3] == "P"
        else { return false }
        var wordEnd = sentenceStart
        while wordEnd < last, isASCIILetter(scalars[wordEnd]) { wordEnd += 1 }
        guard wordEnd > sentenceStart, isASCIICapital(scalars[sentenceStart]) else { return false }
        let word = scalars[sentenceStart..<wordEnd].lazy.map { Unicode.Scalar(UInt8($0.value | 0x20)) }
        guard frontingPrepositions.contains(where: { $0.elementsEqual(word) }) else { return false }
        // Only digits, spaces, colons and the preposition's second word ("Shortly after") between it and the time.
        var next = end
        while next < scalars.count && (scalars[next] == " " || scalars[next] == "\t") { next += 1 }
        return next < scalars.count && isASCIICapital(scalars[next])
    }

    /// Whether the sentence that ends at `end` ends with a clock time's "a.m." or "p.m." after a digit, before a weekday
    /// or a month on the same line, which ICU breaks after: the day of that time ("expires at 11:59 p.m. Saturday, and
    /// …", "Polls will open at 7 a.m. Sunday and close at 7 p.m."), no sentence's end; nor is its zone's abbreviation in
    /// capitals ("is set for 9:15 p.m. EDT (0115 GMT Tuesday)", "at 10 a.m. CET on Monday").
    private static func clockBeforeDay(before end: Int, sentenceStart: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var last = end - 1
        while last > sentenceStart && isWhitespace(scalars[last]) { last -= 1 }
        guard last - 5 >= sentenceStart, scalars[last] == ".", scalars[last - 1] == "m" || scalars[last - 1] == "M",
              scalars[last - 2] == ".", scalars[last - 3] == "a" || scalars[last - 3] == "p" || scalars[last - 3] == "A" || scalars[last - 3] == "P"
        else { return false }
        let digit = scalars[last - 4] == " " ? scalars[last - 5] : scalars[last - 4]
        guard digit.value &- 48 < 10 else { return false }
        var next = end
        while next < scalars.count && (scalars[next] == " " || scalars[next] == "\t") { next += 1 }
        guard next < scalars.count, isASCIICapital(scalars[next]), !scalars[(last + 1)..<next].contains("\n") else { return false }
        var wordEnd = next + 1
        while wordEnd < scalars.count && isASCIILetter(scalars[wordEnd]) { wordEnd += 1 }
        let info = Lexicon.info(key: Lexicon.key(scalars[next..<wordEnd]))
        if info.tags.contains(.timeSuffix), wordEnd - next >= 2, scalars[next..<wordEnd].allSatisfy(isASCIICapital) { return true }
        return info.weekday != 0 || info.month != 0
    }

    @inline(__always) private static func isASCIICapital(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 65 < 26
    }

    @inline(__always) private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        let folded = scalar.value | 0x20
        return folded >= 97 && folded <= 122
    }

    /// Unicode's Alphabetic, read without a property look-up for ASCII (where only the letters are alphabetic).
    @inline(__always) private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? isASCIILetter(scalar) : scalar.properties.isAlphabetic
    }

    /// Unicode's Uppercase, read without a property look-up for ASCII.
    @inline(__always) private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value >= 65 && scalar.value <= 90 : scalar.properties.isUppercase
    }

    /// Unicode's White_Space, read without a property look-up for ASCII.
    @inline(__always) private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value == 32 || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    /// The scalars as UTF-16, for ICU.
    private static func utf16(of scalars: [Unicode.Scalar]) -> [UInt16] {
        scalars.withUnsafeBufferPointer { scalars in
            // Usually every scalar is one UTF-16 unit: then two passes without a branch per scalar (an OR
            // of the values, then the units), which the compiler vectorises (−6 M instructions per MB).
            var bits: UInt32 = 0
            for index in 0..<scalars.count { bits |= scalars[index].value }
            if bits < 0x10000 {
                return [UInt16](unsafeUninitializedCapacity: scalars.count) { buffer, count in
                    for index in 0..<scalars.count { buffer[index] = UInt16(truncatingIfNeeded: scalars[index].value) }
                    count = scalars.count
                }
            }
            // Otherwise one pass into a buffer sized for the worst case (every scalar a surrogate pair).
            return [UInt16](unsafeUninitializedCapacity: 2 * scalars.count) { buffer, count in
                var index = 0
                for scalar in scalars {
                    if scalar.value < 0x10000 {
                        buffer[index] = UInt16(truncatingIfNeeded: scalar.value)
                        index += 1
                    } else {
                        // Both surrogates; the sentence iterator never breaks between them.
                        buffer[index] = UTF16.leadSurrogate(scalar)
                        buffer[index + 1] = UTF16.trailSurrogate(scalar)
                        index += 2
                    }
                }
                count = index
            }
        }
    }

    /// UTF-16 offsets (at scalar boundaries, ascending) as scalar offsets.
    private static func scalarOffsets(ofUTF16 offsets: [Int], in scalars: [Unicode.Scalar]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var unit = 0
        var next = 0
        for (index, scalar) in scalars.enumerated() {
            unit += scalar.value < 0x10000 ? 1 : 2
            while next < offsets.count && offsets[next] <= unit {
                result.append(index + 1)
                next += 1
            }
        }
        return result
    }

    /// Sentence ends at blank lines (two line breaks with only spaces or tabs between them), when some text came since
    /// the last end. A line break is a line feed, a carriage return and line feed, or a carriage return alone (old Mac
    /// text).
    private struct BlankLineBreaks {
        var ends: [Int] = []
        var newlines = 0
        var sawTextSinceBreak = false
        /// Where the last carriage return was (the line feed right after one adds no line break: CR LF is one).
        var lastReturn = -2
        /// Whether that carriage return made the last end.
        var returnEnded = false

        mutating func scan(_ units: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) {
            // Sixteen units (four 64-bit words of four units each) at a time while none of them is below 14 (a tab, a
            // line feed, a carriage return, another control): such sixteen are text, which ends any run of line breaks,
            // unless all sixteen are spaces, which change nothing. `(x - 14·ones) & ~x` sets the high bit of a 16-bit
            // lane when the lane is below 14 (and may set it in a lane above one that is, which only sends those sixteen
            // to the unit-by-unit scan); never in a lane of 0x8000 or more, whose own high bit `~x` clears.
            let raw = UnsafeRawBufferPointer(units)
            let fourteens: UInt64 = 0x000E_000E_000E_000E
            let highBits: UInt64 = 0x8000_8000_8000_8000
            let spaces: UInt64 = 0x0020_0020_0020_0020
            var index = range.lowerBound
            while index + 16 <= range.upperBound {
                let a = raw.loadUnaligned(fromByteOffset: 2 * index, as: UInt64.self)
                let b = raw.loadUnaligned(fromByteOffset: 2 * index + 8, as: UInt64.self)
                let c = raw.loadUnaligned(fromByteOffset: 2 * index + 16, as: UInt64.self)
                let d = raw.loadUnaligned(fromByteOffset: 2 * index + 24, as: UInt64.self)
                if ((a &- fourteens) & ~a | (b &- fourteens) & ~b | (c &- fourteens) & ~c | (d &- fourteens) & ~d) & highBits != 0 {
                    for control in index..<(index + 16) { scan(UInt32(units[control]), at: control) }
                } else if (a ^ spaces) | (b ^ spaces) | (c ^ spaces) | (d ^ spaces) != 0 {
                    newlines = 0
                    sawTextSinceBreak = true
                }
                index += 16
            }
            while index < range.upperBound {
                scan(UInt32(units[index]), at: index)
                index += 1
            }
        }

        /// Counts a line break at `index`; whether it made an end (the second of a blank line's breaks).
        @inline(__always) private mutating func lineBreak(at index: Int) -> Bool {
            newlines += 1
            guard newlines >= 2 && sawTextSinceBreak else { return false }
            sawTextSinceBreak = false
            guard ends.last != index else { return false }
            ends.append(index)
            return true
        }

        @inline(__always) private mutating func scan(_ value: UInt32, at index: Int) {
            // The usual case first: a scalar above the space is text (one comparison instead of four).
            if value > 32 {
                newlines = 0
                sawTextSinceBreak = true
            } else if value == 10 {
                if lastReturn == index - 1 {
                    // The line feed of a CR LF: an end made at its carriage return moves to it, as with a line feed alone.
                    if returnEnded, ends.last == index - 1 { ends[ends.count - 1] = index }
                    returnEnded = false
                } else {
                    _ = lineBreak(at: index)
                    returnEnded = false
                }
            } else if value == 13 {
                returnEnded = lineBreak(at: index)
                lastReturn = index
            } else if !(value == 32 || value == 9) {
                newlines = 0
                sawTextSinceBreak = true
            }
        }
    }
}

extension Array where Element == Int {
    /// The index of the first element for which `predicate` holds, the elements being sorted so that it holds from
    /// some index on (binary search).
    fileprivate func partitionPoint(where predicate: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
