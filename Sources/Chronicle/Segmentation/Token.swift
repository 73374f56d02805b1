/// One token of the article: a word, a number or a punctuation mark, with its place in the text.
///
/// Tokens hold offsets and a lookup key, never a copy of their text, so tokenising allocates
/// nothing per token.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// Whitespace comes right before the token.
        static let spaceBefore = Flags(rawValue: 1 << 0)
        /// A line break comes before the token.
        static let newlineBefore = Flags(rawValue: 1 << 1)
        /// The word starts with an uppercase letter.
        static let capitalized = Flags(rawValue: 1 << 2)
        /// The number was written with thousands separators ("1,000").
        static let grouped = Flags(rawValue: 1 << 3)
        /// The number has a decimal part ("1.5").
        static let decimal = Flags(rawValue: 1 << 4)
        /// Every letter of the word is uppercase.
        static let allCaps = Flags(rawValue: 1 << 5)
    }

    /// Offset of the first Unicode scalar.
    var start: Int32
    /// Offset just past the last Unicode scalar.
    var end: Int32
    var kind: Kind
    var flags: Flags
    /// The number of digits of a number token.
    var digits: UInt8 = 0
    /// The value of a number token (clamped), or of the punctuation scalar.
    var number: Int64 = 0
    /// The lexicon key of a word token (see ``Lexicon/key(_:)``).
    var key: UInt64 = 0
    /// The index of the sentence holding the token.
    var sentence: Int32 = 0

    var length: Int { Int(end - start) }

    @inline(__always) func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        // The value first: it rarely matches, so its branch is foreseen; the kind first was a branch the predictor missed
        // often (~111,000 times per MB in cachegrind's simulation), words, numbers and marks following no pattern.
        number == Int64(scalar.value) && kind == .punctuation
    }
    /// An apostrophe, straight or curly: the mark of "Sunday's", "That's", "'90s".
    @inline(__always) var isApostrophe: Bool { isPunctuation("'") || isPunctuation("\u{2019}") }
    // The quote marks (a token each; "``" and "''" are two), in the subsets the pipeline tests.
    /// A double quote that may open a quotation: `"` or `“` (a straight one opens or closes).
    @inline(__always) var opensDoubleQuote: Bool { isPunctuation("\"") || isPunctuation("\u{201C}") }
    /// A double quote that may close a quotation: `"` or `”`.
    @inline(__always) var closesDoubleQuote: Bool { isPunctuation("\"") || isPunctuation("\u{201D}") }
    /// A mark that may stand before a quotation's first word: `"`, `“`, a backquote ("``") or a straight single quote.
    @inline(__always) var mayOpenQuotation: Bool { opensDoubleQuote || isPunctuation("`") || isPunctuation("'") }
    /// A quote mark that is nothing else: `"`, `“`, `”` or a backquote; not a straight single quote, far more often an
    /// apostrophe ("Sunday's", "'90s") than half of "''".
    @inline(__always) var isPlainQuoteMark: Bool { opensDoubleQuote || isPunctuation("\u{201D}") || isPunctuation("`") }
    @inline(__always) var spaceBefore: Bool { flags.contains(.spaceBefore) }
    @inline(__always) var capitalized: Bool { flags.contains(.capitalized) }
}

extension Array where Element == Token {
    /// The first token of the sentence holding `index`, or `nil` when it lies more than `limit` tokens back: a run-on
    /// "sentence" (a whole file without a full stop) must not make each look-up as long as the text.
    func sentenceStart(of index: Int, within limit: Int) -> Int? {
        let lowest = Swift.max(0, index - limit)
        var cursor = index
        while cursor > 0, self[cursor - 1].sentence == self[index].sentence {
            if cursor == lowest { return nil }
            cursor -= 1
        }
        return cursor
    }
}

/// The token array read through a subscript that is always inlined. In a function grown past the length up to which the
/// compiler inlines `Array`'s getter, each `tokens[i].kind` was a call that copied the whole token (~15 instructions and
/// the call's own); such a function shadows its `tokens` with this view in its first line
/// (`let tokens = InlineTokens(self.tokens)`) and reads the fields it needs in place.
struct InlineTokens {
    /// The tokens read.
    let base: [Token]

    /// `base.count`, kept (read through the view, `Array.count` was called out of line too).
    let count: Int

    @inline(__always) init(_ base: [Token]) {
        self.base = base
        count = base.count
    }

    @inline(__always) subscript(index: Int) -> Token { base[index] }
}
