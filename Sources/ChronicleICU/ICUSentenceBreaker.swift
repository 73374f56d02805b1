@_implementationOnly import CICU

/// Finds sentence boundaries with ICU's sentence break rules.
///
/// The default locale `en_US@ss=standard` applies CLDR's abbreviation suppressions, so
/// "Mr. Xi arrived." stays one sentence. Not thread-safe: it owns an ICU break iterator.
public final class ICUSentenceBreaker {
    private let iterator: OpaquePointer

    /// Opens a sentence break iterator for `locale`.
    public init(locale: String = "en_US@ss=standard") throws(ICUError) {
        let opened = try check("ubrk_open") { status in cicu_ubrk_openSentence(locale, nil, 0, status) }
        guard let opened else { throw ICUError(call: "ubrk_open", code: -1) }
        iterator = opened
    }

    deinit { cicu_ubrk_close(iterator) }

    /// The end offset (in UTF-16 code units) of each sentence of `text`, in order; the last is `text.count`.
    ///
    /// With `skippingPlainRuns` (the default) ICU reads a shorter copy of the text, the middles of long runs of
    /// plain ASCII cut out (``PlainRuns``), and its ends are mapped back: the same ends, for a quarter of the reading
    /// (ICU's rule machine costs ~55 instructions a unit; `false` reads the whole text, for the tests that compare).
    public func sentenceEnds(utf16 text: UnsafeBufferPointer<UInt16>, skippingPlainRuns: Bool = true) throws(ICUError) -> [Int] {
        guard text.count > 0 else { return [] }
        guard skippingPlainRuns else { return try ends(of: text) }
        var runs = PlainRuns()
        let shortened = runs.shorten(text)
        var ends = try shortened.withUnsafeBufferPointer { shortened throws(ICUError) in try self.ends(of: shortened) }
        runs.restore(&ends)
        return ends
    }

    /// ICU's ends of `text`, read whole.
    private func ends(of text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Int] {
        try check("ubrk_setText") { cicu_ubrk_setText(iterator, text.baseAddress, Int32(clamping: text.count), $0) }
        var ends: [Int] = []
        ends.reserveCapacity(text.count / 64 + 8)  // news sentences are longer: the array seldom grows
        _ = cicu_ubrk_first(iterator)
        while true {
            let next = cicu_ubrk_next(iterator)
            if next < 0 { break }  // UBRK_DONE
            ends.append(Int(next))
        }
        // The iterator keeps a pointer to the text; detach it before the caller's buffer goes away.
        try check("ubrk_setText") { cicu_ubrk_setText(iterator, nil, 0, $0) }
        return ends
    }
}

/// Cuts the middles out of long runs of plain ASCII, where ICU's sentence rules cannot break nor tell one unit from
/// another, and maps ICU's ends in the shortened text back to the text.
///
/// A *plain run* is a stretch of printable ASCII without `.`, `!` or `?`: letters, digits, spaces, commas, quotes,
/// brackets. UAX #29 breaks a sentence only after a paragraph separator (CR, LF, U+0085, U+2028, U+2029) or after a
/// terminator (`.`, `!`, `?` and non-ASCII ones) with its closing marks and spaces, and no rule reads past the first
/// letter that follows them: SB8's look-ahead for a lowercase word stops at any letter, SB6 and SB7 read one unit on
/// each side of a period. So no end falls in a plain run after its first letter, and what ICU decides at the run's
/// end depends only on the run's last unit. The `ss=standard` filter, which turns a break after an abbreviation
/// back ("Mr.", "U.S.", "Ph.D."), reads a few units back from the break (the longest English exception, "Hon.B.A.",
/// is 8 units) and forward from where the abbreviation starts. A run keeps its units up to its first letter and
/// `margin` more, and its last `margin`; what lies between is cut (`ICUSentenceBreakerTests` checks the ends against
/// the whole text's).
struct PlainRuns {
    /// Units kept after a run's first letter and before its end: the longest exception and half as much again.
    static let margin = 12
    /// Where each cut lies in the shortened text, and how many units were cut there.
    private var cuts: [(at: Int, removed: Int)] = []

    /// Printable ASCII except the terminators.
    @inline(__always) private static func isPlain(_ unit: UInt16) -> Bool {
        unit &- 0x20 < 0x5F && unit != 0x21 && unit != 0x2E && unit != 0x3F
    }

    @inline(__always) private static func isLetter(_ unit: UInt16) -> Bool { (unit | 0x20) &- 0x61 < 26 }

    /// `text` with the middles of its long plain runs cut out.
    mutating func shorten(_ text: UnsafeBufferPointer<UInt16>) -> [UInt16] {
        cuts.reserveCapacity(text.count / 128 + 8)
        let marks = Self.marks(text)
        return [UInt16](unsafeUninitializedCapacity: text.count) { shortened, count in
            var written = 0  // units in `shortened`
            var copied = 0  // units of `text` copied or cut
            marks.withUnsafeBytes { marks in
                var index = 0
                while index < text.count {
                    guard marks[index] == 0 else {
                        index += 1
                        continue
                    }
                    // A plain run: its first letter (the marks' padding stops the search at the text's end), then its end.
                    var letter = index
                    while marks[letter] == 0, !Self.isLetter(text[letter]) { letter += 1 }
                    guard marks[letter] == 0 else {
                        index = letter
                        continue
                    }
                    let end = Self.nextMark(in: marks, after: letter)
                    let keptHead = letter + 1 + Self.margin
                    let keptTail = end - Self.margin
                    if keptTail > keptHead {
                        (shortened.baseAddress! + written).initialize(from: text.baseAddress! + copied, count: keptHead - copied)
                        written += keptHead - copied
                        cuts.append((at: written, removed: keptTail - keptHead))
                        copied = keptTail
                    }
                    index = end
                }
            }
            (shortened.baseAddress! + written).initialize(from: text.baseAddress! + copied, count: text.count - copied)
            count = written + text.count - copied
        }
    }

    /// A byte per unit, 1 where the unit is not plain, and eight 1s after the last: a loop without branches, which the
    /// compiler vectorises, so that runs are then read eight units at a time.
    private static func marks(_ text: UnsafeBufferPointer<UInt16>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: text.count + 8) { marks, count in
            for index in 0..<text.count { marks[index] = isPlain(text[index]) ? 0 : 1 }
            for index in text.count..<(text.count + 8) { marks[index] = 1 }
            count = text.count + 8
        }
    }

    /// The first unit after `index` whose mark is set (the padding holds one).
    @inline(__always) private static func nextMark(in marks: UnsafeRawBufferPointer, after index: Int) -> Int {
        var index = index + 1
        while true {
            let word = UInt64(littleEndian: marks.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            if word != 0 { return index + word.trailingZeroBitCount / 8 }
            index += 8
        }
    }

    /// `ends`, offsets into the shortened text, as offsets into the text.
    func restore(_ ends: inout [Int]) {
        guard !cuts.isEmpty else { return }
        var removed = 0
        var next = 0
        for index in ends.indices {
            while next < cuts.count && cuts[next].at < ends[index] {
                removed += cuts[next].removed
                next += 1
            }
            ends[index] += removed
        }
    }
}
