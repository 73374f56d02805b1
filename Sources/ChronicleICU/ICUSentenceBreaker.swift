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
    public func sentenceEnds(utf16 text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> [Int] {
        guard text.count > 0 else { return [] }
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
