/// Splits text into tokens in a single pass over its Unicode scalars.
///
/// Letters form words, digits form numbers ("1,000" and "1.5" stay one number), anything else
/// that is not whitespace is one punctuation token. Real-world noise is handled on the way:
/// a word glued to the next sentence ("monthLukashenko") is split where a lowercase letter meets
/// an uppercase one, and "1990s" or "5th" split into a number and a suffix word.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar], from start: Int = 0, to end: Int? = nil, into tokens: inout [Token]) {
        // About one token per five scalars in news text: room for one per four, so that the array seldom grows.
        tokens.reserveCapacity(max(0, (end ?? scalars.count) - start) / 4 + 16)
        var index = start
        var flags: Token.Flags = [.spaceBefore, .newlineBefore]
        let count = min(end ?? scalars.count, scalars.count)
        // Tokens hold 32-bit offsets: checked once here, so that each token's two offsets need no check of their own.
        precondition(count <= Int(Int32.max), "a text of more than 2^31 - 1 scalars")
        while index < count {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 32 {  // the usual space: no line break to look for
                flags.insert(.spaceBefore)
                index += 1
                continue
            }
            // An ASCII letter, the start of most tokens, is neither a space nor a digit: tested first.
            let asciiLetter = (value | 32) &- 97 < 26
            if !asciiLetter, isSpace(value) {
                flags.insert(.spaceBefore)
                if value == 10 || value == 13 || value == 0x2029 || value == 0x2028 { flags.insert(.newlineBefore) }
                index += 1
                continue
            }
            let tokenStart = index
            if !asciiLetter, isDigit(value) {
                var number: Int64 = 0
                var digits = 0
                var numberFlags = flags
                while index < count {
                    let v = scalars[index].value
                    if isDigit(v) {
                        if digits < 18 { number = number * 10 + Int64(v - 48) }
                        digits += 1
                        index += 1
                    } else if v == 44, digits > 0, groupOfThree(scalars, at: index + 1) {
                        // "1,000": a comma followed by exactly three digits.
                        numberFlags.insert(.grouped)
                        index += 1
                    } else if v == 46, index + 1 < count, isDigit(scalars[index + 1].value), !numberFlags.contains(.decimal) {
                        numberFlags.insert(.decimal)
                        index += 1
                    } else {
                        break
                    }
                }
                var token = Self.token(from: tokenStart, to: index, kind: .number, flags: numberFlags)
                token.digits = UInt8(min(digits, 255))
                token.number = number
                tokens.append(token)
            } else if asciiLetter || isLetter(scalar) {
                var wordFlags = flags
                if isUpper(value) { wordFlags.insert(.capitalized) }
                var allCaps = true
                var previousLower = false
                var key = Lexicon.keySeed  // Lexicon.key(_:) of the word, computed as it is read
                while index < count {
                    let s = scalars[index]
                    // The usual case first: a run of lowercase ASCII letters (no case test, nothing to lowercase),
                    // read in a loop of its own, so that the flags are set once per run instead of once per letter.
                    if s.value &- 97 < 26 {
                        allCaps = false
                        previousLower = true
                        key = (key ^ UInt64(s.value)) &* Lexicon.keyPrime
                        index += 1
                        while index < count {
                            let value = scalars[index].value
                            guard value &- 97 < 26 else { break }
                            key = (key ^ UInt64(value)) &* Lexicon.keyPrime
                            index += 1
                        }
                        continue
                    }
                    guard isLetter(s) else { break }
                    let upper = isUpper(s.value)
                    if upper && previousLower { break }  // "monthLukashenko"
                    if !upper { allCaps = false }
                    previousLower = !upper
                    key = Lexicon.extend(key, with: s)
                    index += 1
                }
                if allCaps && index - tokenStart > 1 { wordFlags.insert(.allCaps) }
                var token = Self.token(from: tokenStart, to: index, kind: .word, flags: wordFlags)
                token.key = key
                tokens.append(token)
            } else {
                index += 1
                var token = Self.token(from: tokenStart, to: index, kind: .punctuation, flags: flags)
                token.number = Int64(canonicalPunctuation(value))
                tokens.append(token)
            }
            flags = []
        }
    }

    /// A token from scalar `start` to `end`, offsets `tokenize` has checked against `Int32.max` for the whole text.
    @inline(__always) private static func token(from start: Int, to end: Int, kind: Token.Kind, flags: Token.Flags) -> Token {
        Token(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind, flags: flags)
    }

    @inline(__always) static func isDigit(_ value: UInt32) -> Bool { value >= 48 && value <= 57 }

    @inline(__always) static func isSpace(_ value: UInt32) -> Bool {
        // Below the no-break space (almost every scalar), two comparisons decide.
        if value < 0xA0 { return value == 32 || (value >= 9 && value <= 13) }
        return value == 0xA0 || value == 0x2028 || value == 0x2029
            || (value >= 0x2000 && value <= 0x200A) || value == 0x3000 || value == 0x202F || value == 0xFEFF
    }

    @inline(__always) static func isUpper(_ value: UInt32) -> Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value | 32) >= 97 && (value | 32) <= 122 }
        return scalar.properties.isAlphabetic
    }

    /// Folds typographic variants onto one scalar: curly apostrophes onto `'`, dashes onto `-`.
    @inline(__always) static func canonicalPunctuation(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x2018, 0x2019, 0x02BC, 0x2032: return 39  // ’ ‘ ʼ ′ → '
        case 0x2010, 0x2011, 0x2012: return 45  // hyphens → -
        default: return value
        }
    }

    private static func groupOfThree(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 3 <= scalars.count else { return false }
        for offset in 0..<3 where !isDigit(scalars[index + offset].value) { return false }
        return index + 3 == scalars.count || !isDigit(scalars[index + 3].value)
    }
}

/// Dash scalars that separate the ends of a range: hyphen and en dash.
enum Dash {
    static let enDash: Int64 = 0x2013
    static let hyphen: Int64 = 45
}
