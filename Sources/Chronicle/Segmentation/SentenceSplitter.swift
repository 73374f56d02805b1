internal import ChronicleICU

/// Finds sentence boundaries with ICU (`en_US@ss=standard`, so "Mr. Xi" does not end a sentence).
///
/// Blank lines also end a sentence: headlines, bylines and paragraphs without final punctuation
/// must not run into the next paragraph.
enum SentenceSplitter {
    private static let pool = ResourcePool<ICUSentenceBreaker> { try ICUSentenceBreaker() }

    /// The scalar offset at which each sentence ends, ascending; the last one is `scalars.count`.
    static func sentenceEnds(_ scalars: [Unicode.Scalar]) throws(ChronicleError) -> [Int] {
        let utf16 = utf16(of: scalars)
        let ends16: [Int]
        do {
            ends16 = try pool.borrow { breaker in try utf16.withUnsafeBufferPointer { try breaker.sentenceEnds(utf16: $0) } }
        } catch let error as ICUError {
            throw ChronicleError(.icu, error.description)
        } catch {
            throw ChronicleError(.icu, "\(error)")
        }
        // ICU's ends as scalar offsets (the same numbers when every scalar is one UTF-16 unit), with breaks
        // at blank lines: a sentence at a time, so the per-scalar loop only looks for blank lines.
        let icuEnds = utf16.count == scalars.count ? ends16 : scalarOffsets(ofUTF16: ends16, in: scalars)
        var breaks = BlankLineBreaks()
        breaks.ends.reserveCapacity(icuEnds.count + 8)
        var position = 0
        for end in icuEnds {
            breaks.scan(scalars, position..<end)
            if breaks.ends.last.map({ $0 < end }) ?? true { breaks.ends.append(end) }
            breaks.sawTextSinceBreak = false
            position = end
        }
        breaks.scan(scalars, position..<scalars.count)
        var ends = breaks.ends
        if ends.last != scalars.count { ends.append(scalars.count) }
        return ends
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

    /// Sentence ends at blank lines (two line breaks with only spaces, tabs or carriage returns between
    /// them), when some text came since the last end.
    private struct BlankLineBreaks {
        var ends: [Int] = []
        var newlines = 0
        var sawTextSinceBreak = false

        mutating func scan(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
            for index in range {
                let value = scalars[index].value
                // The usual case first: a scalar above the space is text (one comparison instead of four).
                if value > 32 {
                    newlines = 0
                    sawTextSinceBreak = true
                } else if value == 10 {
                    newlines += 1
                    if newlines >= 2 && sawTextSinceBreak {
                        if ends.last != index { ends.append(index) }
                        sawTextSinceBreak = false
                    }
                } else if !(value == 32 || value == 9 || value == 13) {
                    newlines = 0
                    sawTextSinceBreak = true
                }
            }
        }
    }
}
